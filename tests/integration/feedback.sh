#!/bin/bash
# Feedback and complaints as citizens and the public meet them: sending one without an account
# (a code and a secret link that reveals that one submission only), every problem of a form named
# at once and nothing lost (files kept across a correction), HTML shown as text, the deadline in
# working days, the mail, the limits per address; an account's submission about its own dossier;
# the public list of published answers (searched without diacritics, filtered, without who sent
# them); rating the answer and escalating it once to the agency above.
. "$CONG_SRCDIR/tests/lib.sh"
. "$CONG_SRCDIR/tests/accounts-lib.sh"
. "$CONG_SRCDIR/tests/dossier-lib.sh"

hex() { od -An -v -tx1 "$1" | tr -d ' \n'; }
# working_days_after N: the day N working days after today (weekends and the holidays table
# skipped), computed here in SQL, independently of holidays.c.
working_days_after() {
	sql "WITH RECURSIVE d (day, n) AS (SELECT CURDATE(), 0 UNION ALL
		SELECT day + INTERVAL 1 DAY, n + (WEEKDAY(day + INTERVAL 1 DAY) < 5 AND
		NOT EXISTS (SELECT 1 FROM holidays h WHERE h.day = d.day + INTERVAL 1 DAY))
		FROM d WHERE n < $1) SELECT MAX(day) FROM d"
}
fb() { sql "SELECT $2 FROM feedback WHERE code = '$1'"; }
AGENCY=H26.CA
AGENCY_ID=$(sql "SELECT id FROM agencies WHERE code = '$AGENCY'")
PARENT_ID=$(sql "SELECT parent_id FROM agencies WHERE code = '$AGENCY'")

# --- an anonymous submission -----------------------------------------------------------------------
MAIL="phananh$(digits 8)@example.vn"
form v /feedback/new
is "$STATUS" 200 "the form opens for a visitor"
valid_html "the feedback form"
body_has 'name="category"' "it asks for the kind"
body_has "Từ 20 đến 5000 ký tự" "and states the content's limits"
web v "/feedback/new?agency=H26.X00004"
body_has '<option value="H26.X00004" selected>UBND phường Ba Đình' "a ward's committee, chosen from its agency page, is offered"
pdf "$TMP/proof.pdf"
printf 'not a picture' > "$TMP/fake.png"
upload v /feedback/new "csrf=$CSRF" "category=" "agency=$AGENCY" "title=Ngắn" "content=Quá ngắn" \
	"email=khong-phai-thu" "file1=@$TMP/proof.pdf;type=application/pdf" "file2=@$TMP/fake.png;type=image/png"
is "$STATUS" 422 "a form with problems is refused"
body_has "Vui lòng chọn loại phản ánh" "the missing kind is named"
body_has "Độ dài của tiêu đề phải từ 5 đến 200 ký tự (hiện có 4)" "the short title, with its length"
body_has "Độ dài của nội dung phải từ 20 đến 5000 ký tự" "the short content"
body_has "không đúng dạng" "the bad address"
body_has "fake.png" "the refused file is named"
body_has 'value="Ngắn"' "what was typed is kept"
body_has "proof.pdf</strong>" "the good file is kept, not to be uploaded again"
KEPT=$(grep -o 'name="kept" value="[^"]*"' "$TMP/body" | sed 's/.*value="//; s/"$//')
[ -n "$KEPT" ]; ok $? "it travels in the form"
valid_html "the form with its problems"
CONTENT='Cán bộ tiếp nhận yêu cầu nộp thêm bản sao giấy khai sinh không có trong thủ tục. <script>alert(1)</script> Đề nghị làm rõ.'
form v /feedback/new
upload v /feedback/new "csrf=$CSRF" category=handling "agency=$AGENCY" "title=Yêu cầu giấy tờ ngoài quy định" \
	"content=$CONTENT" "name=Người Gửi Ẩn Danh" "email=$MAIL" "phone=0912 000 222" publish=1 "kept=$KEPT"
is "$STATUS" 303 "a complete form is sent"
LOC=$(header Location)
CODE=$(printf '%s' "$LOC" | sed 's|^/feedback/||; s|?.*||')
KEY=$(printf '%s' "$LOC" | grep -o 'key=[^&]*' | cut -d= -f2)
case "$CODE" in PAKN-$(TZ=Asia/Ho_Chi_Minh date +%y%m%d)-*) ok 0 "it gets its tracking code ($CODE)" ;; *) ok 1 "it gets its tracking code"; diag "$LOC" ;; esac
[ ${#KEY} -ge 43 ]; ok $? "and a secret link of 256 bits"
is "$(fb "$CODE" "user_id IS NULL, secret_hash = SHA2('$KEY', 256), status, agency_id")" "1	1	received	$AGENCY_ID" \
	"kept as anonymous, with only the hash of the link, received by the agency chosen"
is "$(fb "$CODE" classify_due)" "$(working_days_after 2)" "the agency must classify it within 2 working days"
is "$(sql "SELECT GROUP_CONCAT(ff.filename) FROM feedback_files ff JOIN feedback f ON f.id = ff.feedback_id WHERE f.code = '$CODE'")" proof.pdf \
	"the file kept from the first try is attached, under the name it was uploaded with"
is "$(sql "SELECT COUNT(*) FROM feedback_events e JOIN feedback f ON f.id = e.feedback_id WHERE f.code = '$CODE' AND e.action = 'submit'")" 1 \
	"the timeline starts"
web v "$LOC"
is "$STATUS" 200 "the secret link opens it"
body_has "Hãy lưu lại địa chỉ của trang này" "and tells to keep the link"
body_has "&lt;script&gt;alert(1)&lt;/script&gt;" "HTML in the content is shown as text"
body_lacks "<script>alert" "and never run"
body_has "Đã tiếp nhận, chờ phân loại" "it shows the state"
is "$(header Referrer-Policy)" no-referrer "the secret link does not leak through Referer"
valid_html "the submitter's page"
FILE=$(grep -o "/feedback/$CODE/files/[0-9]*?key=[^\"]*" "$TMP/body" | head -n 1)
web v "$FILE"
is "$STATUS/$(sha256sum < "$TMP/body" | cut -d' ' -f1)" "200/$(sha256sum < "$TMP/proof.pdf" | cut -d' ' -f1)" "the attachment comes back as it went in"
M=$(mail_wait "$MAIL" 1)
has "$CODE" "$M" "a mail confirms it with the code"
has "/feedback/$CODE?key=$KEY" "$M" "and the secret link"
fetch "/feedback/$CODE"
is "$STATUS" 404 "without the link it is not shown (not published)"
fetch "/feedback/$CODE?key=$(printf '%s' "$KEY" | tr 'A-Za-z' 'B-ZAb-za')"
is "$STATUS" 404 "nor with a wrong key"
fetch "/feedback/PAKN-000000-000000?key=$KEY"
is "$STATUS" 404 "the key opens no other code"
fetch "${FILE%%\?*}"
is "$STATUS" 404 "the attachment is not public"

# --- an account's submission, about its own dossier ---------------------------------------------
citizen c
FB=$CODE	# file_dossier sets CODE to the dossier's
file_dossier c 1.004194 01
DOSSIER=$CODE
web c "/feedback/new?dossier=$DOSSIER"
body_has "selected>Công an Thành phố Hà Nội" "the dossier suggests the agency it was sent to"
body_has 'value="'"$CITIZEN_MAIL"'"' "the account's address is filled in"
form c "/feedback/new?dossier=$DOSSIER"
post c /feedback/new "csrf=$CSRF" category=handling "dossier=$DOSSIER" "title=Hồ sơ chậm trả kết quả" \
	"content=Hồ sơ của tôi đã quá hạn giải quyết nhưng chưa được trả kết quả, đề nghị kiểm tra." "email=$CITIZEN_MAIL"
is "$STATUS" 303 "a logged-in citizen sends one about the dossier"
C_CODE=$(header Location | sed 's|^/feedback/||; s|?.*||')
is "$(fb "$C_CODE" "user_id IS NOT NULL, secret_hash IS NULL, dossier_id IS NOT NULL, publish_ok")" "1	1	1	0" \
	"it belongs to the account, has no secret link, names the dossier, and is not for publication"
web c /feedback/mine
body_has "$C_CODE" "it is in the citizen's list"
valid_html "the citizen's list"
citizen d
form d /feedback/new
post d /feedback/new "csrf=$CSRF" category=handling "dossier=$DOSSIER" "agency=$AGENCY" "title=Hồ sơ của người khác" \
	"content=Thử gắn phản ánh với hồ sơ không phải của mình xem có được không."
is "$STATUS" 422 "nobody can tie feedback to someone else's dossier"
body_has "Không tìm thấy hồ sơ này trong tài khoản của bạn" "with the reason"
web d "/feedback/$C_CODE"
is "$STATUS" 404 "another account does not see it"

# --- the limits per address ----------------------------------------------------------------------
LIMIT_IP=127.0.0.$((2 + RANDOM % 249))
sql "DELETE FROM feedback_events WHERE feedback_id IN (SELECT id FROM feedback WHERE submit_ip = '$LIMIT_IP')"
sql "DELETE FROM feedback WHERE submit_ip = '$LIMIT_IP'"
# An Open311 client at the same address has limits of its own: its posts do not count here.
sql "INSERT INTO feedback (code, category, agency_id, first_agency_id, title, content, search_text, source, submit_ip)
	SELECT CONCAT('PAKN-API-', s.seq, '-', FLOOR(RAND() * 1000000000)), 'proposal', $AGENCY_ID, $AGENCY_ID,
	'Qua Open311', 'Gửi qua ứng dụng phản ánh hiện trường.', '', 'open311', '$LIMIT_IP' FROM seq_1_to_6 s"
statuses=
for i in 1 2 3 4 5 6; do
	curl -sS -o "$TMP/lim" -c "$TMP/lim.jar" -b "$TMP/lim.jar" --interface "$LIMIT_IP" "$CONG_URL/feedback/new"
	T=$(grep -o 'name="csrf" value="[^"]*"' "$TMP/lim" | head -n 1 | sed 's/.*value="//; s/"$//')
	s=$(curl -sS -o "$TMP/lim" -D "$TMP/limh" -w '%{http_code}' -c "$TMP/lim.jar" -b "$TMP/lim.jar" --interface "$LIMIT_IP" \
		--data-urlencode "csrf=$T" -d category=proposal -d "agency=$AGENCY" --data-urlencode "title=Kiến nghị số $i" \
		--data-urlencode "content=Đề nghị bố trí thêm chỗ để xe cho người đến làm thủ tục, lần $i." "$CONG_URL/feedback/new")
	statuses="$statuses$s "
done
is "$statuses" "303 303 303 303 303 429 " "five an hour from one address (Open311's posts aside); the sixth is refused with 429"
grep -qi '^Retry-After:' "$TMP/limh"; ok $? "with Retry-After"
grep -q "thử lại sau một giờ" "$TMP/lim"; ok $? "and a page that says when to try again"

# --- published: the public list, without who sent it ---------------------------------------------
ANSWER="Công an Thành phố Hà Nội đã kiểm tra: yêu cầu nộp thêm bản sao giấy khai sinh là không đúng quy định. Cán bộ đã được nhắc nhở."
sql "UPDATE feedback SET status = 'accepted', answer_due = CURDATE() + INTERVAL 20 DAY WHERE code = '$FB'"
sql "UPDATE feedback SET status = 'answered', answer = '$ANSWER', answered_at = NOW() WHERE code = '$FB'"
fetch "/feedback?q=$(printf 'giay khai sinh' | sed 's/ /+/g')"
is "$STATUS" 200 "the page answers (before: an answer not yet published is not in the public list)"
body_lacks "$FB" "an answer not yet published is not in the public list"
sql "UPDATE feedback SET status = 'published', published_at = NOW(),
	search_text = CONCAT(search_text, ' cong an thanh pho ha noi da kiem tra yeu cau nop them ban sao giay khai sinh') WHERE code = '$FB'"
fetch "/feedback?q=yeu+cau+giay+to+ngoai+quy+dinh"
is "$STATUS" 200 "the public list opens"
body_has "/feedback/$FB" "published, it is found without diacritics"
valid_html "the public list"
fetch "/feedback?q=yeu+cau+giay+to+ngoai+quy+dinh&category=conduct"
is "$STATUS" 200 "the page answers (before: the kind filter leaves it out when it is of another kind)"
body_lacks "/feedback/$FB" "the kind filter leaves it out when it is of another kind"
fetch "/feedback?agency=$AGENCY&category=handling"
body_has "/feedback/$FB" "the agency and kind filters find it"
fetch "/feedback?from=2026-02-30"
is "$STATUS" 422 "a date that is no date is refused"
fetch "/feedback/$FB"
is "$STATUS" 200 "the published one opens for anyone"
body_has "đã kiểm tra" "with the answer"
for secret in "Người Gửi Ẩn Danh" "$MAIL" "0912 000 222" "$KEY"; do
	body_lacks "$secret" "the public page does not show '${secret:0:12}…'"
done
body_lacks "Đánh giá câu trả lời" "and the public page has no rating form"
fetch "/feedback?q=yeu+cau+giay+to+ngoai+quy+dinh"
body_lacks "$MAIL" "nor does the list show the address"
body_lacks "Người Gửi Ẩn Danh" "or the name"

# --- the submitter rates the answer and escalates it once --------------------------------------------
form v "/feedback/$FB?key=$KEY"
body_has "Đánh giá câu trả lời" "the submitter is asked to rate the answer"
post v "/feedback/$FB/rate" "csrf=$CSRF" "key=$KEY" rating=2 escalate=1
is "$STATUS" 422 "an escalation of a satisfied rating is refused"
post v "/feedback/$FB/rate" "csrf=$CSRF" "key=$KEY" rating=4 escalate=1
is "$STATUS" 303 "the unsatisfied submitter sends it to the agency above"
is "$(fb "$FB" "status, agency_id, escalated_at IS NOT NULL, rating IS NULL")" "received	$PARENT_ID	1	1" \
	"it is received again by the agency above, to be answered and rated afresh"
is "$(fb "$FB" classify_due)" "$(working_days_after 2)" "with a new deadline"
is "$(sql "SELECT GROUP_CONCAT(e.action ORDER BY e.id) FROM feedback_events e JOIN feedback f ON f.id = e.feedback_id WHERE f.code = '$FB'")" \
	"submit,rate,escalate" "the timeline has the rating and the escalation"
has "được chuyển lên" "$(mail_wait "$MAIL" 2)" "the submitter is told by mail"
sql "UPDATE feedback SET status = 'accepted' WHERE code = '$FB'"
sql "UPDATE feedback SET status = 'answered', answer = 'Trả lời của cơ quan cấp trên.' WHERE code = '$FB'"
web v "/feedback/$FB?key=$KEY"
is "$STATUS" 200 "the page answers (before: a second escalation is not offered)"
body_lacks 'name="escalate"' "a second escalation is not offered"
post v "/feedback/$FB/rate" "csrf=$CSRF" "key=$KEY" rating=4 escalate=1
is "$STATUS" 422 "nor accepted"
post v "/feedback/$FB/rate" "csrf=$CSRF" "key=$KEY" rating=3
is "$STATUS" 303 "the second answer is rated"
post v "/feedback/$FB/rate" "csrf=$CSRF" "key=$KEY" rating=1
is "$STATUS" 409 "once"
form d /feedback/new
post d "/feedback/$FB/rate" "csrf=$CSRF" rating=1
is "$STATUS" 404 "nobody else can rate it"
is "$(fb "$FB" rating)" 3 "the rating stays the submitter's"
done_testing
