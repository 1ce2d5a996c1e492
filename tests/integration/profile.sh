#!/bin/bash
# The account's own pages: changing the password (which logs out every other device) and a copy of
# everything the portal keeps about the account.
. "$CONG_SRCDIR/tests/lib.sh"
. "$CONG_SRCDIR/tests/accounts-lib.sh"

ID=$(new_citizen 1975 M)
PW="Doi-Mat-Khau-$(digits 6)!"
NEW="Mat-Khau-Moi-$(digits 6)?"
form a /account/register
post a /account/register "csrf=$CSRF" kind=citizen "citizen_id=$ID" "full_name=Vũ Văn Đổi" \
	birth_date=1975-11-20 sex=M phone=09$(digits 8) "email=doi$(digits 5)@example.vn" \
	"password=$PW" "password2=$PW"
is "$STATUS" 303 "a citizen registers"
form b /account/login
post b /account/login "csrf=$CSRF" kind=citizen "login=$ID" "password=$PW"
OTHER=$(cookie b cong_session)
is "$STATUS" 303 "and logs in on a second device"

form a /account/password
is "$STATUS" 200 "the password form opens"
post a /account/password "csrf=$CSRF" "current=sai-$PW" "password=$NEW" "password2=$NEW"
is "$STATUS" 401 "a wrong current password changes nothing"
body_has 'Mật khẩu hiện tại không đúng' "and says so by the field"
body_lacks "$NEW" "without echoing any password"
post a /account/password "csrf=$CSRF" "current=$PW" "password=matkhau123" "password2=matkhau123"
is "$STATUS" 422 "a common new password is refused"
post a /account/password "csrf=$CSRF" "current=$PW" "password=$NEW" "password2=$NEW-x"
is "$STATUS" 422 "a mismatched confirmation is refused"
post a /account/password "csrf=$CSRF" "current=$PW" "password=$NEW" "password2=$NEW"
is "$STATUS" 303 "the right current password and a good new one change it"
is "$(header Location)" "/account?password=1" "back to the account page, which says so"
with_token "$OTHER" /account
rejected "the other device is logged out"
web a /account
is "$STATUS" 200 "this device stays logged in (with a new token)"
is "$(sql "SELECT COUNT(*) FROM audit_log a JOIN users u ON u.id = a.user_id WHERE u.citizen_id = '$ID' AND a.event = 'password_changed'")" 1 \
	"the change is audited"

form c /account/login
post c /account/login "csrf=$CSRF" kind=citizen "login=$ID" "password=$PW"
is "$STATUS" 401 "the old password no longer logs in"
post c /account/login "csrf=$CSRF" kind=citizen "login=$ID" "password=$NEW"
is "$STATUS" 303 "the new one does"

web a /account/export
is "$STATUS" 200 "the account's data can be downloaded"
is "$(header Content-Type)" "application/json; charset=utf-8" "as JSON"
ok "$(header Content-Disposition | grep -q attachment; echo $?)" "as a file"
python3 - "$TMP/body" "$ID" > "$TMP/check" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
acct = doc["account"]
print("id" if acct["citizen_id"] == sys.argv[2] else "noid")
print("name" if acct["full_name"] == "Vũ Văn Đổi" else "noname")
print("secret" if any(k in json.dumps(doc) for k in ("password_hash", "totp_secret", "token_hash", "$scrypt$")) else "clean")
print("events" if any(e["event"] == "password_changed" for e in doc["security_events"]) else "noevents")
print("sessions" if len(doc["sessions"]) >= 2 else "nosessions")
PY
is "$(tr '\n' ' ' < "$TMP/check")" "id name clean events sessions " \
	"it holds the account, its sessions and security events, and no hash or secret"
web z /account/export
rejected "a visitor gets no data, only the login page"
done_testing
