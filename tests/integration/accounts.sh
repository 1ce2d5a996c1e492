#!/bin/bash
# Accounts through nginx: registering a citizen or a business, logging in and out, sessions and
# their cookie, the limits on failed logins, and the audit log — what a user meets on /account,
# and what the database keeps of it.
#
# It shares the stack with tests running at the same time: every account here is made up for this
# run (citizen IDs and tax codes with random digits, checked unused), and every request comes from
# a loopback address of its own (curl --interface 127.0.0.N), so the failures counted per client
# address never lock 127.0.0.1 for the others.
. "$CONG_SRCDIR/tests/lib.sh"

. "$CONG_SRCDIR/tests/accounts-lib.sh"

# A citizen of this run, and what is typed to register it.
SUF=$(digits 6)
CID=$(new_citizen 1987 M)
NAME="Nguyễn Văn Thử $SUF"
PW="Sen-Hong-$SUF-Tay!"
PHONE=09$(digits 8)
EMAIL="acct$SUF@example.vn"
# citizen_fields ID NAME BIRTH SEX PASSWORD PASSWORD2: the citizen form, in $F.
citizen_fields() {
	F=(kind=citizen "citizen_id=$1" "full_name=$2" "birth_date=$3" "sex=$4" "phone=$PHONE"
	    "email=$EMAIL" "password=$5" "password2=$6")
}

# --- registering a citizen --------------------------------------------------------------------------

form cit /account/register
is "$STATUS" 200 "the registration form opens"
ok "$([ ${#CSRF} -eq 43 ]; echo $?)" "it carries a CSRF token in a hidden field"
citizen_fields "$CID" "$NAME" 1987-06-15 M "$PW" "$PW"
post cit /account/register "csrf=$CSRF" "${F[@]}"
is "$STATUS" 303 "a citizen with a valid form is registered"
is "$(header Location)" "/account?welcome=1" "and sent to the account page with a welcome"
SC=$(set_cookie cong_session)
TOKEN_REG=$(cookie cit cong_session)
has "HttpOnly" "$SC" "the session cookie is HttpOnly (no script can read it)"
has "Secure" "$SC" "the session cookie is Secure (never sent over plain HTTP)"
has "SameSite=Lax" "$SC" "the session cookie is SameSite=Lax (other sites cannot post with it)"
has "Path=/" "$SC" "the session cookie is for the whole portal (Path=/)"
lacks "Max-Age" "$SC" "without \"remember me\" the cookie ends with the browser (no Max-Age)"
ok "$([ ${#TOKEN_REG} -eq 43 ]; echo $?)" "the session token is 43 characters (256 bits)"

web cit /account?welcome=1
is "$STATUS" 200 "the new user's account page opens"
body_has "$NAME" "it shows the name typed"
body_has "$CID" "it shows the citizen ID"
body_has "Tài khoản đã được tạo" "it welcomes the new user"

is "$(sql "SELECT COUNT(*) FROM users WHERE citizen_id = '$CID'")" 1 "the account is one row in users"
UID_CIT=$(sql "SELECT id FROM users WHERE citizen_id = '$CID'")
UID_CIT=${UID_CIT:-0}
is "$(sql "SELECT kind, full_name, birth_date, sex FROM users WHERE id = $UID_CIT" | tr '\t' '|')" \
	"citizen|$NAME|1987-06-15|M" "with the kind, name, birth date and sex typed"
is "$(sql "SELECT LEFT(password_hash, 8) FROM users WHERE id = $UID_CIT")" '$scrypt$' \
	"the password is stored as a scrypt hash"
is "$(sql "SELECT * FROM users WHERE id = $UID_CIT" | grep -cF -- "$PW")" 0 \
	"the password itself is nowhere in the account's row"
is "$(sql "SELECT COUNT(*) FROM sessions WHERE user_id = $UID_CIT AND token_hash = '$(sha256 "$TOKEN_REG")'")" 1 \
	"the database holds the SHA-256 of the session token"
is "$(sql "SELECT COUNT(*) FROM sessions WHERE token_hash = '$TOKEN_REG' OR csrf_token = '$TOKEN_REG' OR user_agent LIKE '%$TOKEN_REG%'")" 0 \
	"and never the token itself (a copy of the table opens no account)"

# --- what the form refuses --------------------------------------------------------------------------

# refused CASE FIELD MESSAGE TYPED-PASSWORD: the last answer is the form again (422) with MESSAGE
# next to FIELD, the name typed kept, and the password typed nowhere.
refused() {
	is "$STATUS" 422 "$1: the form comes back (422)"
	body_has "id=\"e-$2\">$3" "$1: a Vietnamese message is shown next to the field"
	body_has "value=\"$NAME2\"" "$1: the name typed is kept"
	body_lacks "$4" "$1: the password typed is not sent back"
}
NAME2="Trần Thị Bích $SUF"
form visitor /account/register

citizen_fields "${CID:0:11}" "$NAME2" 1987-06-15 M "$PW" "$PW"
post visitor /account/register "csrf=$CSRF" "${F[@]}"
refused "an 11-digit citizen ID" citizen_id "Số định danh cá nhân phải gồm đúng 12 chữ số" "$PW"
body_has "value=\"${CID:0:11}\"" "an 11-digit citizen ID: the ID typed is kept to be corrected"

citizen_fields "003${CID:3}" "$NAME2" 1987-06-15 M "$PW" "$PW"
post visitor /account/register "csrf=$CSRF" "${F[@]}"
refused "an unassigned province code (003)" citizen_id "Mã tỉnh nơi đăng ký khai sinh" "$PW"

citizen_fields "$(new_citizen 1987 M)" "$NAME2" 1988-06-15 M "$PW" "$PW"
post visitor /account/register "csrf=$CSRF" "${F[@]}"
refused "a birth year not the ID's" birth_date "Năm sinh không khớp với số định danh cá nhân" "$PW"

citizen_fields "$(new_citizen 1987 M)" "$NAME2" "" M "$PW" "$PW"
post visitor /account/register "csrf=$CSRF" "${F[@]}"
refused "no birth date" birth_date "Vui lòng nhập ngày sinh đúng" "$PW"

citizen_fields "$(new_citizen 1987 M)" "$NAME2" 1987-06-15 M matkhau123 matkhau123
post visitor /account/register "csrf=$CSRF" "${F[@]}"
refused "a common password (matkhau123)" password "Mật khẩu này quá phổ biến" matkhau123

citizen_fields "$(new_citizen 1987 M)" "$NAME2" 1987-06-15 M "$PW" "${PW}x"
post visitor /account/register "csrf=$CSRF" "${F[@]}"
refused "a confirmation that differs" password2 "Hai lần nhập mật khẩu không khớp nhau" "$PW"

citizen_fields "$(new_citizen 1987 M)" "$(head -c 5000 /dev/zero | tr '\0' 'a')" 1987-06-15 M "$PW" "$PW"
post visitor /account/register "csrf=$CSRF" "${F[@]}"
is "$STATUS" 422 "a 5,000-character name is refused by the page table with the form (422)"
body_has 'name="citizen_id"' "the registration form comes back"
body_has "Họ và tên" "naming the field"
body_has "dài quá 200 ký tự" "and saying how long it may be"
body_lacks "$PW" "the over-long form's password is not sent back"

BROKEN_ID=$(new_citizen 1987 M)
form utf8 /account/register
web utf8 --data-urlencode "csrf=$CSRF" -d kind=citizen -d "citizen_id=$BROKEN_ID" \
	-d 'full_name=Nguy%FF%C3n%E1%BB+V%C3%A3n' -d birth_date=1987-06-15 -d sex=M \
	--data-urlencode "phone=$PHONE" --data-urlencode "email=$EMAIL" \
	--data-urlencode "password=$PW" --data-urlencode "password2=$PW" /account/register
case "$STATUS" in 303|400|422) ok 0 "broken UTF-8 in the name gets an ordinary answer ($STATUS)" ;;
*) ok 1 "broken UTF-8 in the name gets an ordinary answer ($STATUS)" ;; esac
hex=$(sql "SELECT HEX(full_name) FROM users WHERE citizen_id = '$BROKEN_ID'")
ok "$([ -z "$hex" ] || case "$hex" in *EFBFBD*) true ;; *) false ;; esac; echo $?)" \
	"a name kept from it has its broken bytes replaced (U+FFFD), not stored raw"

# --- one account per citizen ID ---------------------------------------------------------------------

form dup /account/register
citizen_fields "$CID" "$NAME2" 1987-06-15 M "$PW" "$PW"
post dup /account/register "csrf=$CSRF" "${F[@]}"
is "$STATUS" 409 "registering the same citizen ID again is refused (409)"
body_has "Số định danh này đã có tài khoản" "saying the ID already has an account"
body_has '<p class="notice" id="duplicate-account"><a href="/account/login">' "with the way to log in"
is "$(sql "SELECT COUNT(*) FROM users WHERE citizen_id = '$CID'")" 1 "there is still exactly one account for it"
is "$(cookie dup cong_session)" "" "and the second registrant is not logged in"

# --- CSRF: a form not sent from the portal changes nothing ------------------------------------------

CSRF_ID=$(new_citizen 1987 M)
citizen_fields "$CSRF_ID" "$NAME2" 1987-06-15 M "$PW" "$PW"
post visitor /account/register "${F[@]}"
is "$STATUS" 403 "a registration without the CSRF field is refused (403)"
body_has "không có thay đổi nào được thực hiện" "saying nothing was changed"
post visitor /account/register "csrf=$(tr -dc 'A-Za-z0-9_-' </dev/urandom | head -c 43)" "${F[@]}"
is "$STATUS" 403 "a registration with a wrong CSRF token is refused (403)"
fetch --interface "$IP" --data-urlencode "csrf=$CSRF" -d kind=citizen /account/register
is "$STATUS" 403 "a token without its cookie (another browser's form) is refused (403)"
is "$(sql "SELECT COUNT(*) FROM users WHERE citizen_id = '$CSRF_ID'")" 0 "none of them wrote an account"

# --- a business -------------------------------------------------------------------------------------

TAX=$(new_tax)
BIZ="Công ty TNHH Kiểm Thử $SUF"
form biz '/account/register?kind=business'
is "$STATUS" 200 "the business registration form opens"
body_has 'name="tax_code"' "it asks for the tax code"
post biz /account/register "csrf=$CSRF" kind=business "tax_code=$TAX" "full_name=$BIZ" \
	"representative=Lê Văn Đại Diện" "phone=$PHONE" "email=biz$SUF@example.vn" "password=$PW" "password2=$PW"
is "$STATUS" 303 "a business with a valid tax code is registered"
is "$(sql "SELECT kind FROM users WHERE tax_code = '$TAX'")" business "as a business account"
UID_BIZ=$(sql "SELECT id FROM users WHERE tax_code = '$TAX'")
UID_BIZ=${UID_BIZ:-0}
TOKEN_BIZ=$(cookie biz cong_session)

BADTAX=${TAX:0:9}$(( (${TAX:9:1} + 1) % 10 ))
form visitor '/account/register?kind=business'
post visitor /account/register "csrf=$CSRF" kind=business "tax_code=$BADTAX" "full_name=$BIZ" \
	"representative=Lê Văn Đại Diện" "phone=$PHONE" "email=biz$SUF@example.vn" "password=$PW" "password2=$PW"
is "$STATUS" 422 "a tax code with a wrong check digit is refused (422)"
body_has 'id="e-tax_code">Mã số thuế không đúng: chữ số kiểm tra' "with the message on the tax code field"
body_has "value=\"$BADTAX\"" "keeping the code typed to be corrected"
is "$(sql "SELECT COUNT(*) FROM users WHERE tax_code = '$BADTAX'")" 0 "and no account for it"

# --- logging out ------------------------------------------------------------------------------------

form cit /account
post cit /account/logout "csrf="
is "$STATUS" 403 "a logout without the session's CSRF token (another site's form) is refused"
web cit /account
is "$STATUS" 200 "and the user is still logged in"
form cit /account
post cit /account/logout "csrf=$CSRF"
is "$STATUS" 303 "logging out answers 303"
is "$(header Location)" / "to the home page"
has "Max-Age=0" "$(set_cookie cong_session)" "and the browser is told to forget the cookie"
is "$(sql "SELECT ended_at IS NOT NULL FROM sessions WHERE token_hash = '$(sha256 "$TOKEN_REG")'")" 1 \
	"the session is ended in the database"
with_token "$TOKEN_REG" /account
rejected "the old cookie replayed after logout opens nothing (the server ended it)"
is "$(sql "SELECT COUNT(*) FROM audit_log WHERE event = 'logout' AND user_id = $UID_CIT")" 1 \
	"the logout is in the audit log"

# --- declared fields: the page table refuses, the form comes back ---------------------------------

form dec /account/login
post dec /account/login "csrf=$CSRF" kind=citizen "login=$CID"
is "$STATUS" 422 "a login without its password gives the form back (422), not an error page"
body_has 'Vui lòng nhập mật khẩu.' "the required field's message is there"
body_has "value=\"$CID\"" "and what was typed is kept"
body_has 'name="password"' "it is the login form"
post dec /account/login "csrf=$CSRF" kind=citizen "login=$(printf '1%.0s' $(seq 41))" "password=x"
is "$STATUS" 422 "an over-long login is refused by the table with the form (422), not a bare 400"
body_has 'dài quá 40 ký tự' "the message names the limit"
is "$(sql "SELECT COUNT(*) FROM login_failures WHERE subject = '$(printf '1%.0s' $(seq 41))'")" 0 \
	"the refused login reached no handler: nothing is counted against it"
form dec /account/password/forgot
post dec /account/password/forgot "csrf=$CSRF" kind=citizen login=
is "$STATUS" 422 "the forgotten-password form without a login comes back (422)"
body_has 'Vui lòng nhập số định danh, mã số BHXH hoặc mã số thuế.' "with the message beside the field"
web dec '/account/login?kind=other'
is "$STATUS" 400 "a GET with a bad declared value and no form to give back is a 400"

# --- logging in -------------------------------------------------------------------------------------

form in1 '/account/login?next=/account'
is "$STATUS" 200 "the login form opens"
body_has 'name="next" value="/account"' "it keeps where to go after the login"
post in1 /account/login "csrf=$CSRF" kind=citizen "login=$CID" "password=$PW" next=/account
is "$STATUS" 303 "logging in with the citizen ID and password succeeds"
is "$(header Location)" /account "and goes to the page asked for (next)"
TOKEN_IN1=$(cookie in1 cong_session)
ok "$([ ${#TOKEN_IN1} -eq 43 ] && [ "$TOKEN_IN1" != "$TOKEN_REG" ]; echo $?)" \
	"the login gives a new session token"
lacks "Max-Age" "$(set_cookie cong_session)" "without \"remember me\" the cookie is not kept past the browser"
web in1 /account
is "$STATUS" 200 "the logged-in user's account page opens"
body_has "$NAME" "showing the user's name"
is "$(header Cache-Control)" no-store "a page with a session is never cached (Cache-Control: no-store)"
web in1 /
is "$(header Cache-Control)" no-store "so is any other family's page seen with a session"
body_has "$NAME" "which names the user in its header"

# next_goes JAR NEXT DESCRIPTION: a login with next=NEXT goes to /account.
next_goes() {
	form "$1" /account/login
	post "$1" /account/login "csrf=$CSRF" kind=citizen "login=$CID" "password=$PW" "next=$2"
	if [ "$STATUS" = 303 ] && [ "$(header Location)" = /account ]; then ok 0 "$3"
	else ok 1 "$3"; diag "got $STATUS to '$(header Location)'"; fi
}
next_goes in2 //evil.example "a next of //evil.example is ignored: the login goes to /account"
next_goes in3 https://evil.example "a next of https://evil.example is ignored"
next_goes in5 '/\evil.example' "a next of /\\evil.example (a host to browsers) is ignored"
next_goes in6 "$(printf '/\t/evil.example')" \
	"a next of /<tab>/evil.example (browsers drop the tab: //evil.example) is ignored"

web in1 '/account/login?next=//evil.example'
is "$(header Location)" /account "a logged-in user opening the login page with next=//evil.example stays on the portal"
web in1 '/account/login?next=/%09/evil.example'
is "$(header Location)" /account "nor with next=/<tab>/evil.example (a link that would send a logged-in user off-site)"

form in4 /account/login
post in4 /account/login "csrf=$CSRF" kind=citizen "login=$CID" "password=$PW" remember=1
is "$STATUS" 303 "logging in with \"remember me\" succeeds"
SC=$(set_cookie cong_session)
ma=$(printf '%s' "$SC" | grep -o 'Max-Age=[0-9]*' | cut -d= -f2)
ok "$([ "${ma:-0}" -gt 86400 ]; echo $?)" "\"remember me\" gives a cookie that outlives the browser (Max-Age=${ma:-none})"
is "$(sql "SELECT remember FROM sessions WHERE token_hash = '$(sha256 "$(cookie in4 cong_session)")'")" 1 \
	"and the session is marked remembered"

# Logging in again over a session: a new token; the one known before is worth nothing after.
form in1 /account
post in1 /account/login "csrf=$CSRF" kind=citizen "login=$CID" "password=$PW"
is "$STATUS" 303 "logging in again while logged in succeeds"
TOKEN_IN1B=$(cookie in1 cong_session)
ok "$([ ${#TOKEN_IN1B} -eq 43 ] && [ "$TOKEN_IN1B" != "$TOKEN_IN1" ] && [ "$TOKEN_IN1B" != "$TOKEN_REG" ]; echo $?)" \
	"the token rotates: it differs from every earlier one"
with_token "$TOKEN_IN1" /account
rejected "the token from before the new login is no longer accepted"
web in1 /account
is "$STATUS" 200 "the new one is"

# --- wrong passwords --------------------------------------------------------------------------------

WRONG="Sai-Mat-Khau-$SUF"
form bad /account/login
post bad /account/login "csrf=$CSRF" kind=citizen "login=$CID" "password=$WRONG"
is "$STATUS" 401 "a wrong password is refused (401)"
body_has "Tên đăng nhập hoặc mật khẩu không đúng" "with a Vietnamese message"
body_lacks "$WRONG" "the password typed is not sent back"
sed "s/$CID/LOGIN/g" "$TMP/body" > "$TMP/wrong.html"
UNKNOWN=$(new_citizen 1987 M)
post bad /account/login "csrf=$CSRF" kind=citizen "login=$UNKNOWN" "password=$WRONG"
is "$STATUS" 401 "an unknown account is refused the same way (401)"
sed "s/$UNKNOWN/LOGIN/g" "$TMP/body" > "$TMP/unknown.html"
if cmp -s "$TMP/wrong.html" "$TMP/unknown.html"; then ok 0 "with the same page: nobody learns which IDs have accounts"
else ok 1 "with the same page: nobody learns which IDs have accounts"; diag "$(diff "$TMP/wrong.html" "$TMP/unknown.html" | head -20)"; fi
is "$(cookie bad cong_session)" "" "and no session"

# --- five failures lock the account -----------------------------------------------------------------

LID=$(new_citizen 1992 F)
form lockreg /account/register
citizen_fields "$LID" "Phạm Thị Khóa $SUF" 1992-02-29 F "$PW" "$PW"
post lockreg /account/register "csrf=$CSRF" "${F[@]}"
is "$STATUS" 303 "a second citizen is registered (to be locked out)"
UID_LOCK=$(sql "SELECT id FROM users WHERE citizen_id = '$LID'")
UID_LOCK=${UID_LOCK:-0}
form lock /account/login
codes=""
for i in 1 2 3 4 5; do
	post lock /account/login "csrf=$CSRF" kind=citizen "login=$LID" "password=$WRONG$i"
	codes="$codes $STATUS"
done
is "$codes" " 401 401 401 401 401" "five wrong passwords each get 401"
post lock /account/login "csrf=$CSRF" kind=citizen "login=$LID" "password=$PW"
is "$STATUS" 429 "the sixth attempt, even with the right password, is refused while locked (429)"
ra=$(header Retry-After)
ok "$([ "${ra:-0}" -gt 0 ] && [ "${ra:-0}" -le 900 ]; echo $?)" "with a Retry-After of at most 15 minutes (${ra:-none})"
body_has "Đăng nhập tạm bị khóa" "the page says the login is locked, in Vietnamese"
ok "$(grep -qE 'thử lại sau [0-9]{2}:[0-9]{2}' "$TMP/body"; echo $?)" "and the time to try again"
is "$(cookie lock cong_session)" "" "and no session is given"
is "$(sql "SELECT COUNT(*) FROM audit_log WHERE event = 'login_failed' AND user_id = $UID_LOCK")" 5 \
	"the audit log has the five failures"
is "$(sql "SELECT COUNT(*) FROM audit_log WHERE event = 'lockout' AND user_id = $UID_LOCK AND detail = 'account'")" 1 \
	"and the lockout"
# The lock is on the account, not on the number typed: its social-insurance number is locked too.
SIN=$(printf '9%09d' $(( (RANDOM * 32768 + RANDOM) % 1000000000 )))
sql "UPDATE users SET social_insurance_no = '$SIN' WHERE id = $UID_LOCK"
post lock /account/login "csrf=$CSRF" kind=citizen "login=$SIN" "password=$PW"
is "$STATUS" 429 "the same account typed by its social-insurance number is locked as well"
sql "UPDATE login_failures SET locked_until = NOW() - INTERVAL 1 SECOND WHERE scope = 'account' AND subject = 'account $UID_LOCK'"
form lock /account/login
post lock /account/login "csrf=$CSRF" kind=citizen "login=$LID" "password=$PW"
is "$STATUS" 303 "once the lock has run out, the right password logs in"

# --- twenty failures lock the client address --------------------------------------------------------

IP1=$IP
IP=$(free_address "$IP1")
diag "address lock from $IP"
form addr /account/login
codes=""
for i in $(seq 1 20); do
	post addr /account/login "csrf=$CSRF" kind=citizen "login=001$(digits 9)" "password=$WRONG"
	codes="$codes$STATUS "
done
is "$(printf '%s\n' $codes | sort -u | tr -d '\n')" 401 "twenty failures for twenty IDs each get 401"
post addr /account/login "csrf=$CSRF" kind=citizen "login=$CID" "password=$PW"
is "$STATUS" 429 "then the address is locked, even for another account's right password (429)"
is "$(sql "SELECT COUNT(*) FROM audit_log WHERE event = 'lockout' AND client_ip = '$IP' AND detail = 'address'")" 1 \
	"the address lockout is in the audit log"
IP=$IP1
form addr2 /account/login
post addr2 /account/login "csrf=$CSRF" kind=citizen "login=$CID" "password=$PW"
is "$STATUS" 303 "the same account still logs in from another address"

# --- cookies that are not sessions ------------------------------------------------------------------

with_token "$(tr -dc 'A-Za-z0-9_-' </dev/urandom | head -c 43)" /account
rejected "a made-up 43-character token opens nothing"
HASH_BIZ=$(sha256 "$TOKEN_BIZ")
is "$(sql "SELECT COUNT(*) FROM sessions WHERE token_hash = '$HASH_BIZ' AND ended_at IS NULL")" 1 \
	"(the business's session is live)"
with_token "$HASH_BIZ" /account
rejected "another user's token hash, as read from the database, is no cookie"
with_token "${HASH_BIZ:0:43}" /account
rejected "nor is the hash cut to a token's length"
with_token "$TOKEN_BIZ" /account
is "$STATUS" 200 "(while the business's own cookie works)"

# session_dies JAR SQL DESCRIPTION: a fresh login works, SQL on its session (WHERE id = ...)
# changes it, and the cookie then opens nothing.
session_dies() {
	form "$1" /account/login
	post "$1" /account/login "csrf=$CSRF" kind=citizen "login=$CID" "password=$PW"
	local hash; hash=$(sha256 "$(cookie "$1" cong_session)")
	web "$1" /account
	is "$STATUS" 200 "$3: before, the session works"
	sql "$2 WHERE token_hash = '$hash'"
	web "$1" /account
	rejected "$3: after, it is not accepted"
}
session_dies exp "UPDATE sessions SET expires_at = NOW() - INTERVAL 1 SECOND" "an expired session"
session_dies idle "UPDATE sessions SET last_seen_at = NOW() - INTERVAL 2 HOUR" "a session idle for 2 hours"

# --- ending the other sessions ----------------------------------------------------------------------

form dev1 /account/login
post dev1 /account/login "csrf=$CSRF" kind=citizen "login=$CID" "password=$PW"
form dev2 /account/login
post dev2 /account/login "csrf=$CSRF" kind=citizen "login=$CID" "password=$PW"
form dev1 /account
body_has 'action="/account/sessions/end-others"' "with two sessions, the account page offers to end the others"
post dev1 /account/sessions/end-others "csrf="
is "$STATUS" 403 "ending the others without the CSRF token is refused"
web dev2 /account
is "$STATUS" 200 "and the other device is still logged in"
post dev1 /account/sessions/end-others "csrf=$CSRF"
is "$STATUS" 303 "ending the other sessions answers 303"
back=$(header Location)
case "$back" in "/account?ended="[1-9]*) ok 0 "back to the account page, with how many were ended" ;;
*) ok 1 "back to the account page, with how many were ended"; diag "Location: $(header Location)" ;; esac
web dev2 /account
rejected "the other device's cookie no longer opens the account"
web dev1 "$back"
is "$STATUS" 200 "the device that asked stays logged in"
body_has "Đã đăng xuất khỏi các thiết bị khác" "and is told the others were ended"
is "$(sql "SELECT COUNT(*) FROM sessions WHERE user_id = $UID_CIT AND ended_at IS NULL AND token_hash <> '$(sha256 "$(cookie dev1 cong_session)")'")" 0 \
	"no other session of the user is left in the database"
is "$(sql "SELECT COUNT(*) FROM sessions WHERE user_id = $UID_BIZ AND ended_at IS NULL")" 1 \
	"and another user's session is untouched"

# --- the audit log ----------------------------------------------------------------------------------

is "$(sql "SELECT GROUP_CONCAT(DISTINCT event ORDER BY event) FROM audit_log WHERE user_id = $UID_CIT
	AND event IN ('register', 'login', 'logout', 'sessions_ended')")" "login,logout,register,sessions_ended" \
	"the registration, logins, logout and ending of sessions are all in the audit log"
is "$(sql "SELECT COUNT(*) FROM (SELECT prev_hash, LAG(row_hash) OVER (ORDER BY id) AS before_it FROM audit_log) t
	WHERE prev_hash <> COALESCE(before_it, REPEAT('0', 64))")" 0 \
	"the audit log is one chain: each row's prev_hash is the row_hash of the row before"
out=$(sql "UPDATE audit_log SET detail = detail WHERE user_id = $UID_CIT" 2>&1)
has "append-only" "$out" "the database refuses to UPDATE the audit log"
n=$(sql "SELECT COUNT(*) FROM audit_log WHERE user_id = $UID_LOCK")
out=$(sql "START TRANSACTION; DELETE FROM audit_log WHERE user_id = $UID_LOCK; ROLLBACK" 2>&1)
has "append-only" "$out" "the database refuses to DELETE from the audit log"
is "$(sql "SELECT COUNT(*) FROM audit_log WHERE user_id = $UID_LOCK")" "$n" "and the rows are all still there"

done_testing
