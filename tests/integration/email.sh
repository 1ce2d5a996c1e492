#!/bin/bash
# E-mail through a real SMTP server: confirming the address given at registration, sending that
# link again, changing the address (which must be confirmed before it is used), and every way a
# link can be wrong: forged, used, replaced by a newer one, expired, or posted without CSRF.
. "$CONG_SRCDIR/tests/lib.sh"
. "$CONG_SRCDIR/tests/accounts-lib.sh"

ID=$(new_citizen 1984 F)
PW="Xac-Nhan-Thu-$(digits 6)!"
MAIL="thu$(digits 8)@example.vn"
OUTBOX_BEFORE=$(sql "SELECT COUNT(*) FROM outbox")

# --- registration sends the link ---------------------------------------------------------------
form a /account/register
post a /account/register "csrf=$CSRF" kind=citizen "citizen_id=$ID" "full_name=Lê Thị Thư" \
	birth_date=1984-03-08 sex=F phone=09$(digits 8) "email=$MAIL" "password=$PW" "password2=$PW"
is "$STATUS" 303 "a citizen registers"
USER=$(sql "SELECT id FROM users WHERE citizen_id = '$ID'")
is "$(sql "SELECT COUNT(*) FROM outbox WHERE recipient = '$MAIL'")" 1 \
	"the confirmation is in the outbox, written with the account"
MSG=$(mail_wait "$MAIL" 1)
has "Subject: Xác nhận địa chỉ thư điện tử" "$MSG" "the SMTP server receives it, its Vietnamese subject intact"
has "From: Cổng Dịch vụ công <no-reply@dichvucong.localhost>" "$MSG" "from the portal, by name"
has "Kính gửi Lê Thị Thư" "$MSG" "addressed to the citizen by name"
has "cong.outbox." "$MSG" "with a Message-ID of its outbox row"
LINK=$(link_in "$MSG" /account/email/confirm)
has "$CONG_URL/account/email/confirm?t=" "$MSG" "the link starts with the configured address of the portal"
is "$(sql "SELECT sent_at IS NOT NULL, attempts FROM outbox WHERE recipient = '$MAIL'")" "1	1" \
	"the outbox row is marked sent after one attempt"
TOKEN=${LINK#*t=}
is "$(sql "SELECT COUNT(*) FROM email_tokens WHERE token_hash = '$TOKEN'")" 0 "the token itself is not stored"
is "$(sql "SELECT COUNT(*) FROM email_tokens WHERE token_hash = '$(sha256 "$TOKEN")' AND user_id = $USER")" 1 \
	"only its SHA-256"
web a /account
body_has "Chưa xác nhận" "the account page says the address is not confirmed yet"
body_has 'action="/account/email/resend"' "and offers to send the link again"

# --- following the link -------------------------------------------------------------------------
web v "$LINK"
is "$STATUS" 200 "the link opens a page (to a visitor, on another device)"
body_has "$MAIL" "that names the address"
is "$(sql "SELECT email_confirmed_at IS NULL FROM users WHERE id = $USER")" 1 \
	"opening the link alone confirms nothing (mail scanners follow links)"
CSRF=$(grep -o 'name="csrf" value="[^"]*"' "$TMP/body" | head -n 1 | sed 's/.*value="//; s/"$//')
post v /account/email/confirm "t=$TOKEN"
is "$STATUS" 403 "the button without its CSRF token is refused"
is "$(sql "SELECT email_confirmed_at IS NULL FROM users WHERE id = $USER")" 1 "and changes nothing"
post v /account/email/confirm "csrf=$CSRF" "t=$TOKEN"
is "$STATUS" 200 "the button confirms"
body_has "Đã xác nhận địa chỉ" "and says so"
is "$(sql "SELECT email_confirmed_at IS NOT NULL FROM users WHERE id = $USER")" 1 "the address is confirmed"
is "$(sql "SELECT COUNT(*) FROM audit_log WHERE user_id = $USER AND event = 'email_confirmed'")" 1 "and audited"
post v /account/email/confirm "csrf=$CSRF" "t=$TOKEN"
is "$STATUS" 410 "the same link again is gone"
body_has "đã được dùng" "and the page says it was used"
is "$(sql "SELECT COUNT(*) FROM audit_log WHERE user_id = $USER AND event = 'email_confirmed'")" 1 "nothing happens twice"
web v "/account/email/confirm?t=${TOKEN:0:42}x"
is "$STATUS" 404 "a forged link is not found"
body_has "Liên kết không đúng" "and the page explains"
web v "/account/email/confirm?t=%FF%27%22"
is "$STATUS" 404 "a link of garbage gets the same clear page"
web v "/account/email/confirm?t=%00%FF'"
is "$STATUS" 400 "a link with a NUL in it is refused before it is read"
web v "/account/email/confirm"
is "$STATUS" 404 "as does one without a token"
web a /account
is "$STATUS" 200 "the page answers (before: the account page shows the address confirmed)"
body_lacks "Chưa xác nhận" "the account page shows the address confirmed"

# --- changing the address -----------------------------------------------------------------------
NEW="moi$(digits 8)@example.vn"
PHONE=09$(digits 8)
form a /account/contact
is "$STATUS" 200 "the contact form opens"
body_has "value=\"$MAIL\"" "filled with the current address"
post a /account/contact "csrf=$CSRF" "phone=$PHONE" "email=$NEW"
is "$STATUS" 422 "a new address without the password is refused"
body_has "vui lòng nhập mật khẩu hiện tại" "and the form says why, by the field"
body_has "value=\"$NEW\"" "keeping what was typed"
post a /account/contact "csrf=$CSRF" "phone=$PHONE" "email=$NEW" "current=sai-$PW"
is "$STATUS" 401 "a wrong password is refused"
is "$(sql "SELECT email FROM users WHERE id = $USER")" "$MAIL" "and nothing changes"
post a /account/contact "csrf=$CSRF" "phone=12345" "email=khong-phai-thu" "current=$PW"
is "$STATUS" 422 "a bad phone and address are refused"
body_has 'id="e-phone"' "each by its field"
body_has 'id="e-email"' "both of them"
post a /account/contact "csrf=$CSRF" "phone=$PHONE" "email=$NEW" "current=$PW"
is "$STATUS" 303 "with the password, the change is taken"
is "$(header Location)" "/account?contact=email" "and the account page will say a link was sent"
is "$(sql "SELECT email, phone FROM users WHERE id = $USER")" "$MAIL	$PHONE" \
	"the phone changes at once; the address waits for its confirmation"
OLDMSG=$(mail_wait "$MAIL" 2)
has "Yêu cầu đổi địa chỉ thư điện tử" "$OLDMSG" "the old address is told of the change"
lacks "$NEW" "$OLDMSG" "without being given the new address in full"
NEWMSG=$(mail_wait "$NEW" 1)
LINK1=$(link_in "$NEWMSG" /account/email/confirm)
has "/account/email/confirm?t=" "$NEWMSG" "the new address gets a confirmation link"
web a /account
body_has "Đang chờ xác nhận địa chỉ mới: $NEW" "the account page shows the address waiting"

sql "UPDATE email_tokens SET created_at = created_at - INTERVAL 2 MINUTE WHERE user_id = $USER"
form a /account
post a /account/email/resend "csrf=$CSRF"
is "$STATUS" 303 "the link can be sent again"
NEWMSG=$(mail_wait "$NEW" 2)
LINK2=$(link_in "$NEWMSG" /account/email/confirm)
ok "$([ -n "$LINK2" ] && [ "$LINK2" != "$LINK1" ]; echo $?)" "a new link, to the new address"
post a /account/email/resend "csrf=$CSRF"
is "$STATUS" 429 "again within the minute is too soon"
ok "$([ -n "$(header Retry-After)" ]; echo $?)" "with Retry-After"
body_has "vừa được gửi" "and a page that says the link was just sent"
is "$(mails "$NEW")" 2 "no third message goes out"

form v "$LINK1"
is "$STATUS" 410 "the first link was replaced by the second"
body_has "liên kết mới hơn" "and says so"
form v "$LINK2"
post v /account/email/confirm "csrf=$CSRF" "t=${LINK2#*t=}"
is "$STATUS" 200 "the second link confirms the new address"
is "$(sql "SELECT email, email_confirmed_at IS NOT NULL FROM users WHERE id = $USER")" "$NEW	1" \
	"which is now the account's, confirmed"
is "$(sql "SELECT COUNT(*) FROM audit_log WHERE user_id = $USER AND event IN ('contact_changed', 'email_changed')")" 2 \
	"the request and the change are audited"

# --- expiry -------------------------------------------------------------------------------------
NEW2="het$(digits 8)@example.vn"
form a /account/contact
post a /account/contact "csrf=$CSRF" "phone=$PHONE" "email=$NEW2" "current=$PW"
is "$STATUS" 303 "another change is asked for"
LINK3=$(link_in "$(mail_wait "$NEW2" 1)" /account/email/confirm)
sql "UPDATE email_tokens SET expires_at = NOW() - INTERVAL 1 SECOND WHERE token_hash = '$(sha256 "${LINK3#*t=}")'"
form v "$LINK3"
is "$STATUS" 410 "an expired link is gone"
body_has "đã hết hạn" "and the page says it expired"
is "$(sql "SELECT email FROM users WHERE id = $USER")" "$NEW" "the address stays as it was"

# --- cancelling a change ------------------------------------------------------------------------
NEW3="huy$(digits 8)@example.vn"
form a /account/contact
post a /account/contact "csrf=$CSRF" "phone=$PHONE" "email=$NEW3" "current=$PW"
LINK4=$(link_in "$(mail_wait "$NEW3" 1)" /account/email/confirm)
form a /account/contact
body_has "Đang chờ xác nhận địa chỉ mới" "the contact form shows the change waiting"
post a /account/contact "csrf=$CSRF" "phone=$PHONE" "email=$NEW"
is "$STATUS" 303 "typing the current address again cancels it (no password needed)"
form v "$LINK4"
is "$STATUS" 410 "and its link no longer works"

# --- nothing half-written -----------------------------------------------------------------------
BEFORE=$(sql "SELECT COUNT(*) FROM outbox")
form d /account/register
post d /account/register "csrf=$CSRF" kind=citizen "citizen_id=$ID" "full_name=Người Trùng" \
	birth_date=1984-03-08 sex=F phone=09$(digits 8) "email=trung$(digits 6)@example.vn" \
	"password=$PW" "password2=$PW"
is "$STATUS" 409 "registering the same citizen ID again is refused"
is "$(sql "SELECT COUNT(*) FROM outbox")" "$BEFORE" "and queues no mail"
diag "outbox: $OUTBOX_BEFORE rows before this test, $(sql "SELECT COUNT(*) FROM outbox") after"
done_testing
