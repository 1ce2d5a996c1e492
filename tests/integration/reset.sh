#!/bin/bash
# A forgotten password: the link comes by real mail, works once, expires, is replaced by a newer
# reset, and setting the password logs out every device and lifts a lockout. The page never tells
# whether a number has an account.
. "$CONG_SRCDIR/tests/lib.sh"
. "$CONG_SRCDIR/tests/accounts-lib.sh"

ID=$(new_citizen 1969 M)
PW="Quen-Mat-Khau-$(digits 6)!"
NEWPW="Mat-Khau-Lai-$(digits 6)?"
MAIL="quen$(digits 8)@example.vn"
form a /account/register
post a /account/register "csrf=$CSRF" kind=citizen "citizen_id=$ID" "full_name=Đỗ Văn Quên" \
	birth_date=1969-07-01 sex=M phone=09$(digits 8) "email=$MAIL" "password=$PW" "password2=$PW"
is "$STATUS" 303 "a citizen registers (and stays logged in on this device)"
USER=$(sql "SELECT id FROM users WHERE citizen_id = '$ID'")
mail_wait "$MAIL" 1 >/dev/null

# --- asking -------------------------------------------------------------------------------------
form v /account/password/forgot
is "$STATUS" 200 "the forgotten-password form opens"
post v /account/password/forgot "csrf=$CSRF" kind=citizen login=
is "$STATUS" 422 "without a number it asks for one"
UNKNOWN=$(new_citizen 1969 M)
post v /account/password/forgot "csrf=$CSRF" kind=citizen "login=$UNKNOWN"
is "$STATUS" 200 "a number without an account gets an answer"
sed -e 's/name="csrf" value="[^"]*"//' -e "s/$UNKNOWN//g" "$TMP/body" > "$TMP/unknown.html"
post v /account/password/forgot "csrf=$CSRF" kind=citizen "login=$ID"
is "$STATUS" 200 "a number with an account gets one too"
sed -e 's/name="csrf" value="[^"]*"//' -e "s/$ID//g" "$TMP/body" > "$TMP/known.html"
ok "$(cmp -s "$TMP/unknown.html" "$TMP/known.html"; echo $?)" \
	"and the two pages are the same: nobody learns which numbers have accounts"
body_has "Nếu số bạn nhập có tài khoản" "the page says what happens if there is one"
MSG=$(mail_wait "$MAIL" 2)
has "Subject: Đặt lại mật khẩu" "$MSG" "the account's address gets the reset mail"
LINK1=$(link_in "$MSG" /account/password/reset)
has "$CONG_URL/account/password/reset?t=" "$MSG" "with a link to the portal"
is "$(sql "SELECT COUNT(*) FROM audit_log WHERE user_id = $USER AND event = 'password_reset_requested'")" 1 \
	"the request is audited"
post v /account/password/forgot "csrf=$CSRF" kind=citizen "login=$ID"
MSG=$(mail_wait "$MAIL" 3)
LINK2=$(link_in "$MSG" /account/password/reset)
post v /account/password/forgot "csrf=$CSRF" kind=citizen "login=$ID"
MSG=$(mail_wait "$MAIL" 4)
LINK3=$(link_in "$MSG" /account/password/reset)
post v /account/password/forgot "csrf=$CSRF" kind=citizen "login=$ID"
is "$STATUS" 200 "a fourth request within the hour gets the same page"
sleep 2
is "$(mails "$MAIL")" 4 "but no fourth link: a mailbox cannot be flooded"
is "$(sql "SELECT COUNT(*) FROM audit_log WHERE user_id = $USER AND event = 'password_reset_throttled'")" 1 \
	"and that is audited"

# --- a device logged in with the old password, and a lockout ------------------------------------
form b /account/login
post b /account/login "csrf=$CSRF" kind=citizen "login=$ID" "password=$PW"
is "$STATUS" 303 "a second device logs in with the old password"
OTHER=$(cookie b cong_session)
form x /account/login
for i in 1 2 3 4 5; do post x /account/login "csrf=$CSRF" kind=citizen "login=$ID" "password=sai-$i"; done
post x /account/login "csrf=$CSRF" kind=citizen "login=$ID" "password=$PW"
is "$STATUS" 429 "five wrong passwords lock the account"

# --- the link -----------------------------------------------------------------------------------
form r "$LINK3"
is "$STATUS" 200 "the newest link opens the new-password form"
body_has 'autocomplete="new-password"' "a form for a new password"
post r /account/password/reset "t=${LINK3#*t=}" "password=$NEWPW" "password2=$NEWPW"
is "$STATUS" 403 "posted without its CSRF token it is refused"
post r /account/password/reset "csrf=$CSRF" "t=${LINK3#*t=}" "password=matkhau123" "password2=matkhau123"
is "$STATUS" 422 "a common password is refused"
body_has 'id="e-password"' "by the field"
post r /account/password/reset "csrf=$CSRF" "t=${LINK3#*t=}" "password=$NEWPW" "password2=$NEWPW-x"
is "$STATUS" 422 "a mismatched confirmation is refused"
body_lacks "$NEWPW" "no password is echoed"
is "$(sql "SELECT used_at IS NULL FROM email_tokens WHERE token_hash = '$(sha256 "${LINK3#*t=}")'")" 1 \
	"a refused password leaves the link usable"
post r /account/password/reset "csrf=$CSRF" "t=${LINK3#*t=}" "password=$NEWPW" "password2=$NEWPW"
is "$STATUS" 303 "a good password is set"
is "$(header Location)" "/account/login?reset=1" "and the login page comes next"
web r /account/login?reset=1
body_has "Đã đặt mật khẩu mới" "which says so"
with_token "$OTHER" /account
rejected "the device logged in with the old password is logged out"
web a /account
rejected "so is the one that asked"
is "$(sql "SELECT COUNT(*) FROM audit_log WHERE user_id = $USER AND event = 'password_reset'")" 1 "the reset is audited"

form c /account/login
post c /account/login "csrf=$CSRF" kind=citizen "login=$ID" "password=$PW"
is "$STATUS" 401 "the old password no longer works (and the lockout is lifted)"
post c /account/login "csrf=$CSRF" kind=citizen "login=$ID" "password=$NEWPW"
is "$STATUS" 303 "the new one does"

form r "$LINK3"
is "$STATUS" 410 "the link is gone once used"
body_has "đã được dùng" "and the page says so"
form r /account/password/forgot
post r /account/password/reset "csrf=$CSRF" "t=${LINK3#*t=}" "password=Khac-Nua-$NEWPW" "password2=Khac-Nua-$NEWPW"
is "$STATUS" 410 "posting it again changes nothing"
form r "$LINK2"
is "$STATUS" 410 "the older links were revoked by the reset"
body_has "liên kết mới hơn" "and say so"
T1=${LINK1#*t=}
form r "/account/password/reset?t=${T1:0:20}"
is "$STATUS" 404 "a cut link is not found"
body_has "Yêu cầu liên kết mới" "and the page leads to asking for a new one"

# --- expiry, and a password change ends the links in the mailbox --------------------------------
sql "DELETE FROM email_tokens WHERE user_id = $USER AND purpose = 'reset'"
form v /account/password/forgot
post v /account/password/forgot "csrf=$CSRF" kind=citizen "login=$ID"
LINK4=$(link_in "$(mail_wait "$MAIL" 5)" /account/password/reset)
sql "UPDATE email_tokens SET expires_at = NOW() - INTERVAL 1 SECOND WHERE token_hash = '$(sha256 "${LINK4#*t=}")'"
form r "$LINK4"
is "$STATUS" 410 "an hour later the link has expired"
body_has "đã hết hạn" "and the page says so"

post v /account/password/forgot "csrf=$CSRF" kind=citizen "login=$ID"
LINK5=$(link_in "$(mail_wait "$MAIL" 6)" /account/password/reset)
form c /account/password
post c /account/password "csrf=$CSRF" "current=$NEWPW" "password=Doi-Lan-Nua-$NEWPW" "password2=Doi-Lan-Nua-$NEWPW"
is "$STATUS" 303 "the password is changed while logged in"
NOTICE=$(mail_wait "$MAIL" 7)
has "Subject: Mật khẩu đã được đổi" "$NOTICE" "the account's address is told"
form r "$LINK5"
is "$STATUS" 410 "and a reset link still in the mailbox stops working"
done_testing
