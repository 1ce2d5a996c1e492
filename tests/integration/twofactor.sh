#!/bin/bash
# Two-factor authentication: a citizen adds the portal to an authenticator app, and from then on a
# password alone opens nothing; codes work once, recovery codes once each; turning it off takes the
# password and a code; officials cannot turn it off.
. "$CONG_SRCDIR/tests/lib.sh"
. "$CONG_SRCDIR/tests/accounts-lib.sh"
. "$CONG_SRCDIR/tests/dossier-lib.sh"

code() { totp_code "$@"; }
# register JAR: a new citizen logged in with JAR; sets ID, PW.
register() {
	ID=$(new_citizen 1988 F)
	PW="Hoa-Sen-$(digits 6)-Ho!"
	form "$1" /account/register
	post "$1" /account/register "csrf=$CSRF" kind=citizen "citizen_id=$ID" "full_name=Đỗ Thị Hai Lớp" \
		birth_date=1988-03-08 sex=F phone=09$(digits 8) "email=hai$(digits 5)@example.vn" \
		"password=$PW" "password2=$PW"
}
secret_of_page() { grep -o '<code class="secret">[^<]*' "$TMP/body" | sed 's/.*>//'; }

register a
is "$STATUS" 303 "a citizen registers"
UID_A=$(sql "SELECT id FROM users WHERE citizen_id = '$ID'")
ID_A=$ID; PW_A=$PW

form a /account/2fa
is "$STATUS" 200 "the two-factor page opens"
SECRET=$(secret_of_page)
ok "$([ ${#SECRET} -eq 32 ]; echo $?)" "it shows a 160-bit secret in base32 to type into an app"
body_has 'otpauth://totp/' "and the link an app on the phone opens"
body_has 'issuer=C%E1%BB%95ng' "naming the portal as the issuer"

post a /account/2fa/enable "csrf=$CSRF" code=000000
is "$STATUS" 422 "a wrong first code does not turn it on"
body_has 'Mã không đúng' "and says so"
is "$(sql "SELECT totp_enabled FROM users WHERE id = $UID_A")" 0 "it is still off"

FIRST=$(code "$SECRET" 0)
post a /account/2fa/enable "csrf=$CSRF" "code=$FIRST"
is "$STATUS" 200 "the code of the app turns it on"
body_has 'Đã bật xác thực hai lớp' "the page says so"
RECOVERY=$(grep -o '<code>[a-z0-9]\{4\}-[a-z0-9]\{4\}</code>' "$TMP/body" | sed 's/<[^>]*>//g')
is "$(echo "$RECOVERY" | grep -c .)" 10 "ten recovery codes are shown, once"
is "$(sql "SELECT COUNT(*) FROM recovery_codes WHERE user_id = $UID_A AND code_hash LIKE '\$scrypt\$%'")" 10 \
	"and only their hashes are kept"
is "$(sql "SELECT COUNT(*) FROM audit_log WHERE user_id = $UID_A AND event = 'totp_enabled'")" 1 \
	"turning it on is audited"
STORED=$(sql "SELECT totp_secret FROM users WHERE id = $UID_A")
ok "$(case "$STORED" in v1:*) [ "${STORED#*"$SECRET"}" = "$STORED" ] ;; *) false ;; esac; echo $?)" \
	"the secret is sealed at rest, not readable in the database"
PAGE_CSRF=$(grep -o 'name="csrf" value="[^"]*"' "$TMP/body" | head -n 1 | sed 's/.*value="//; s/"$//')
is "$PAGE_CSRF" "$(sql "SELECT s.csrf_token FROM sessions s WHERE s.user_id = $UID_A AND s.ended_at IS NULL ORDER BY s.id DESC LIMIT 1")" \
	"the page shown after the session's token rotated carries the new session's CSRF token"
form a /account
body_has 'Đang bật' "the account page shows it on"

# --- a login now takes the code ---------------------------------------------------------------------
post a /account/logout "csrf=$CSRF"
form b /account/login
post b /account/login "csrf=$CSRF" kind=citizen "login=$ID_A" "password=$PW_A" next=/account
is "$STATUS" 303 "the right password is taken"
is "$(header Location)" "/account/login/2fa?next=%2Faccount" "and asks for the code next"
PENDING=$(cookie b cong_session)
web b /account
is "$STATUS" 303 "the password alone does not open the account page"
is "$(header Location)" "/account/login/2fa?next=%2Faccount" "it sends to the code instead"
web b /
is "$STATUS" 200 "the home page opens with that session"
body_lacks 'Đỗ Thị Hai Lớp' "but does not show the citizen as logged in"
body_has 'href="/account/login"' "it offers to log in instead"

form b /account/login/2fa
post b /account/login/2fa "csrf=$CSRF" code=123456 next=/account
is "$STATUS" 401 "a wrong code is refused"
post b /account/login/2fa "csrf=$CSRF" "code=$FIRST" next=/account
is "$STATUS" 401 "the code already used to turn it on is refused (no replay)"
GOOD=$(code "$SECRET" 1)
post b /account/login/2fa "csrf=$CSRF" "code=$GOOD" next=/account
is "$STATUS" 303 "the next code of the app logs in"
is "$(header Location)" /account "to the page asked for"
FULL=$(cookie b cong_session)
ok "$([ -n "$FULL" ] && [ "$FULL" != "$PENDING" ]; echo $?)" "with a new session token"
web b /account
is "$STATUS" 200 "the account page opens now"
with_token "$PENDING" /account
rejected "the token that only knew the password is ended"

# The same code again, for another login, is refused.
form c /account/login
post c /account/login "csrf=$CSRF" kind=citizen "login=$ID_A" "password=$PW_A"
form c /account/login/2fa
post c /account/login/2fa "csrf=$CSRF" "code=$GOOD"
is "$STATUS" 401 "a code is good for one login only"
R1=$(echo "$RECOVERY" | head -n 1)
post c /account/login/2fa "csrf=$CSRF" "code=$(echo "$R1" | tr a-z A-Z | tr -d -)"
is "$STATUS" 303 "a recovery code logs in (typed in capitals, without the hyphen)"
is "$(sql "SELECT COUNT(*) FROM recovery_codes WHERE user_id = $UID_A AND used_at IS NOT NULL")" 1 \
	"and is used up"
form d /account/login
post d /account/login "csrf=$CSRF" kind=citizen "login=$ID_A" "password=$PW_A"
form d /account/login/2fa
post d /account/login/2fa "csrf=$CSRF" "code=$R1"
is "$STATUS" 401 "the same recovery code does not work twice"

# --- turning it off ---------------------------------------------------------------------------------
register e
ID_E=$ID; PW_E=$PW
form e /account/2fa
SECRET_E=$(secret_of_page)
post e /account/2fa/enable "csrf=$CSRF" "code=$(code "$SECRET_E" 0)"
is "$STATUS" 200 "a second citizen turns it on"
form e /account/2fa
post e /account/2fa/disable "csrf=$CSRF" "password=wrong-$PW_E" "code=$(code "$SECRET_E" 1)"
is "$STATUS" 401 "turning it off needs the password"
post e /account/2fa/disable "csrf=$CSRF" "password=$PW_E" "code=$(code "$SECRET_E" 1)"
is "$STATUS" 303 "with the password and a code it is turned off"
is "$(sql "SELECT CONCAT(totp_enabled, '|', COALESCE(totp_secret, 'none')) FROM users WHERE citizen_id = '$ID_E'")" "0|none" \
	"and the secret is forgotten"
is "$(sql "SELECT COUNT(*) FROM recovery_codes r JOIN users u ON u.id = r.user_id WHERE u.citizen_id = '$ID_E'")" 0 \
	"with the recovery codes"

# --- officials must keep it -------------------------------------------------------------------------
OID=$(new_citizen 1980 M)
OPW="Can-Bo-$(digits 6)-Xa!"
"$CONG_BIN/cong-admin" --conf "$CONG_CONF" create-official --citizen-id "$OID" --name 'Cán bộ Thử' \
	--agency H26.CA <<< "$OPW" >/dev/null
ok $? "an official is made with cong-admin"
form o /account/login
post o /account/login "csrf=$CSRF" kind=citizen "login=$OID" "password=$OPW"
form o /account/2fa
body_has 'phải bật xác thực hai lớp' "an official is told two-factor authentication is required"
SECRET_O=$(secret_of_page)
post o /account/2fa/enable "csrf=$CSRF" "code=$(code "$SECRET_O" 0)"
form o /account/2fa
post o /account/2fa/disable "csrf=$CSRF" "password=$OPW" "code=$(code "$SECRET_O" 1)"
is "$STATUS" 403 "and cannot turn it off"
is "$(sql "SELECT totp_enabled FROM users WHERE citizen_id = '$OID'")" 1 "it stays on"
done_testing
