#!/bin/bash
# The officials' side of feedback and complaints: the agency sees what it holds and a higher agency
# what its departments hold, only the holder acts; every step is a transition the database checks,
# from the version the official saw, with its deadline in working days, the timeline, the audit log
# and a mail to the submitter; a transfer hands the feedback over, an answer carries its files.
. "$CONG_SRCDIR/tests/lib.sh"
. "$CONG_SRCDIR/tests/accounts-lib.sh"
. "$CONG_SRCDIR/tests/dossier-lib.sh"

agency_id() { sql "SELECT id FROM agencies WHERE code = '$1'"; }
STP=$(agency_id H26.STP)
SXD=$(agency_id H26.SXD)

# new_feedback AGENCY PUBLISH_OK EMAIL [CATEGORY]: a submission at AGENCY as feedback_create leaves
# it (received, 2 working days to classify, a "submit" event); sets FB (its code) and FID. It
# comes from a documentation address (192.0.2.0/24), so that it counts against nobody's limit.
new_feedback() {
	FB=PAKN-$(date +%y%m%d)-9$(digits 5)
	sql "INSERT INTO feedback (code, category, agency_id, first_agency_id, title, content,
		contact_name, contact_email, contact_phone, publish_ok, classify_due, search_text, submit_ip)
		VALUES ('$FB', '${4:-handling}', $(agency_id "$1"), $(agency_id "$1"),
		'Hồ sơ cấp phiếu lý lịch bị chậm',
		'Tôi nộp hồ sơ từ tháng trước.
Đến nay vẫn chưa có kết quả <b>đậm</b>.', 'Trần Văn Phản Ánh', '$3', '0912345678', $2,
		CURDATE() + INTERVAL 2 DAY, 'ho so cap phieu ly lich bi cham', '192.0.2.10')"
	FID=$(sql "SELECT id FROM feedback WHERE code = '$FB'")
	sql "INSERT INTO feedback_events (feedback_id, agency_id, action, to_status) VALUES ($FID, $(agency_id "$1"), 'submit', 'received')"
}
# due_in N: the Nth working day after today (the portal's day), counted here without the
# portal's code: Monday to Friday, not in the holidays table.
HOLIDAYS=" $(sql "SELECT day FROM holidays" | tr '\n' ' ') "
due_in() {
	local d n=$1
	d=$(sql "SET time_zone = '+07:00'; SELECT CURDATE()")
	while [ "$n" -gt 0 ]; do
		d=$(date -d "$d +1 day" +%F)
		[ "$(date -d "$d" +%u)" -le 5 ] && case "$HOLIDAYS" in *" $d "*) ;; *) n=$((n - 1)) ;; esac
	done
	echo "$d"
}
field() { sql "SELECT $1 FROM feedback WHERE id = $2"; }
events() { sql "SELECT COUNT(*) FROM feedback_events WHERE feedback_id = $1"; }
version() { field version "$1"; }

official o1 H26.STP
is "$STATUS" 303 "an official of Sở Tư pháp Hà Nội logs in"
O1=$OFFICIAL_USER
official o2 H26.STP
official sup H26
official x H26.CA
official y H26.SXD
Y=$OFFICIAL_USER
citizen c

M1="pa$(digits 8)@example.vn"
new_feedback H26.STP 1 "$M1"
F1=$FB; F1ID=$FID
pdf "$TMP/sub.pdf" 2
# The submitter's file, stored as filestore_put stores it.
HEX=$(od -An -v -tx1 "$TMP/sub.pdf" | tr -d ' \n')
sql "INSERT INTO files (sha256, size, mime, content) VALUES ('$(sha256sum < "$TMP/sub.pdf" | cut -d' ' -f1)', $(stat -c %s "$TMP/sub.pdf"), 'application/pdf', 0x$HEX);
	INSERT INTO feedback_files (feedback_id, role, file_id, filename) VALUES ($F1ID, 'submission', LAST_INSERT_ID(), 'bien-nhan.pdf')"
SUBFILE=$(sql "SELECT id FROM feedback_files WHERE feedback_id = $F1ID")

# --- who sees it ---------------------------------------------------------------------------------
web o1 /office
body_has 'href="/office/feedback"' "the dossier inbox links to the feedback"
web o1 /office/feedback
is "$STATUS" 200 "the feedback list opens for the agency's official"
body_has "$F1" "with the agency's feedback"
valid_html "the feedback list"
web sup /office/feedback
body_has "$F1" "an official of UBND Thành phố Hà Nội sees a department's feedback"
body_has "Sở Tư pháp Thành phố Hà Nội" "and which agency holds it"
web x /office/feedback
is "$STATUS" 200 "the page answers (before: an official of an unrelated agency does not see it)"
body_lacks "$F1" "an official of an unrelated agency does not see it"
web x "/office/feedback/$F1"
is "$STATUS" 404 "nor can open it"
cp "$TMP/body" "$TMP/notours.html"
web x "/office/feedback/PAKN-000101-000000"
cmp -s "$TMP/body" "$TMP/notours.html"; ok $? "with the same page as for a code that does not exist"
web x "/office/feedback/$F1/files/$SUBFILE"
is "$STATUS" 404 "nor download its files"
web c /office/feedback
is "$STATUS" 403 "a citizen cannot open the officials' feedback"
web o1 "/office/feedback?code=$F1"
is "$(grep -c '/office/feedback/PAKN' "$TMP/body")" 1 "the list finds one submission by its code"
web o1 "/office/feedback?status=accepted"
is "$STATUS" 200 "the page answers (before: the status filter leaves it out when it does not match)"
body_lacks "$F1" "the status filter leaves it out when it does not match"
web o1 "/office/feedback?category=conduct"
is "$STATUS" 200 "the page answers (before: and so does the category filter)"
body_lacks "$F1" "and so does the category filter"
web o1 "/office/feedback?status=received&category=handling"
body_has "$F1" "both keep it when it matches"

# --- the agency's page ---------------------------------------------------------------------------
form o1 "/office/feedback/$F1"
is "$STATUS" 200 "the submission opens for the holding agency"
body_has "Đến nay vẫn chưa có kết quả &lt;b&gt;đậm&lt;/b&gt;." "its content is shown as text"
body_has 'class="pre-line"' "with its line breaks kept"
body_has "$M1" "the official sees the contact details"
body_has "0912345678" "the phone too"
body_has 'value="accept"' "and may accept it"
body_has 'value="transfer"' "transfer it"
body_has 'value="reject"' "or reject it"
valid_html "the official's feedback page"
web o1 "/office/feedback/$F1/files/$SUBFILE"
is "$STATUS" 200 "the submitter's file downloads"
is "$(sha256sum < "$TMP/body" | cut -d' ' -f1)" "$(sha256sum < "$TMP/sub.pdf" | cut -d' ' -f1)" "byte for byte"
ok "$(header Content-Disposition | grep -q '^attachment'; echo $?)" "as an attachment"

form sup "/office/feedback/$F1"
is "$STATUS" 200 "the higher agency opens it"
body_lacks "/act\"" "but gets no actions"
body_has "chỉ theo dõi" "and is told why"
valid_html "the higher agency's view"
V=$(version "$F1ID")
post sup "/office/feedback/$F1/act" "csrf=$CSRF" action=accept "version=$V"
is "$STATUS" 403 "an action posted by the higher agency is refused"
is "$(field status "$F1ID")|$(events "$F1ID")" "received|1" "and changes nothing"
form x "/office/feedback/PAKN-000101-000000"
post x "/office/feedback/$F1/act" "csrf=$CSRF" action=accept "version=$V"
is "$STATUS" 404 "one posted by an unrelated agency finds nothing"

# --- refusals: the trigger, a reason, the lock ------------------------------------------------------
form o1 "/office/feedback/$F1"
post o1 "/office/feedback/$F1/act" "csrf=$CSRF" action=publish "version=$V"
is "$STATUS" 409 "publishing before an answer is refused by the database's transitions"
body_has "không áp dụng được với trạng thái" "and the page says so"
valid_html "the refused action's page"
is "$(field status "$F1ID")|$(version "$F1ID")|$(events "$F1ID")" "received|$V|1" "nothing changed"
sql "UPDATE feedback SET status = 'published' WHERE id = $F1ID" 2>/dev/null
is "$(field status "$F1ID")" received "the database itself refuses the jump"
post o1 "/office/feedback/$F1/act" "csrf=$CSRF" action=reject "version=$V"
is "$STATUS" 422 "rejecting without a reason is refused"
body_has "phải nêu rõ lý do" "and says a reason is needed"
is "$(field status "$F1ID")" received "nothing changed"
post o1 "/office/feedback/$F1/act" action=accept "version=$V"
is "$STATUS" 403 "without its CSRF token an action is refused"

form o1 "/office/feedback/$F1"
CSRF1=$CSRF
form o2 "/office/feedback/$F1"
CSRF2=$CSRF
post o1 "/office/feedback/$F1/act" "csrf=$CSRF1" action=accept "version=$V"
is "$STATUS" 303 "an official accepts it"
is "$(header Location)" "/office/feedback/$F1?done=accept" "and goes back to it"
post o2 "/office/feedback/$F1/act" "csrf=$CSRF2" action=reject "version=$V" "reason=Không thuộc thẩm quyền"
is "$STATUS" 409 "another, acting on the version seen before, is stopped"
body_has "cán bộ khác cập nhật trước bạn" "and told why"
body_has "Đang xử lý" "with the state it is in now"
is "$(field status "$F1ID")|$(field reject_reason "$F1ID")" "accepted|" "nothing was overwritten"

# --- accept -------------------------------------------------------------------------------------
is "$(field answer_due "$F1ID")" "$(due_in 15)" "the answer is due in 15 working days, holidays skipped"
is "$(sql "SELECT CONCAT(action, '|', from_status, '|', to_status, '|', actor_id, '|', agency_id) FROM feedback_events WHERE feedback_id = $F1ID ORDER BY id DESC LIMIT 1")" \
	"accept|received|accepted|$O1|$STP" "the timeline says who accepted it, at which agency"
is "$(sql "SELECT COUNT(*) FROM audit_log WHERE event = 'feedback_action' AND detail = 'accept $F1' AND actor_id = $O1")" 1 "the audit log has it"
MAIL=$(mail_wait "$M1" 1)
has "được tiếp nhận xử lý" "$MAIL" "the submitter is mailed that it was accepted"
has "Hạn trả lời: $(date -d "$(due_in 15)" +%d/%m/%Y)" "$MAIL" "with the deadline"
web o1 "/office/feedback/$F1?done=accept"
body_has "Đã thực hiện: Tiếp nhận xử lý" "the page says what was done"
V=$(version "$F1ID")
form o1 "/office/feedback/$F1"
post o1 "/office/feedback/$F1/act" "csrf=$CSRF" action=transfer "version=$V" agency=H26.SXD
is "$STATUS" 409 "an accepted submission is not transferred"
is "$(field agency_id "$F1ID")" "$STP" "it stays"

# --- answer with a file, publish ----------------------------------------------------------------
post o1 "/office/feedback/$F1/act" "csrf=$CSRF" action=answer "version=$V"
is "$STATUS" 422 "an answer must say something"
body_has "Hãy nhập nội dung trả lời" "and the page says so"
printf 'not a pdf' > "$TMP/bad.pdf"
upload o1 "/office/feedback/$F1/act" "csrf=$CSRF" action=answer "version=$V" "answer=Trả lời" "file1=@$TMP/bad.pdf"
is "$STATUS" 422 "a file that is not PDF, JPEG or PNG is refused"
body_has "Không phải tệp PDF" "and the page says why"
is "$(field status "$F1ID")" accepted "nothing changed"
pdf "$TMP/tra-loi.pdf" 3
ANSWER="Sở Tư pháp đã kiểm tra: hồ sơ của ông được trả kết quả ngày 20.
Xin lỗi ông vì sự chậm trễ."
upload o1 "/office/feedback/$F1/act" "csrf=$CSRF" action=answer "version=$V" "answer=$ANSWER" "file1=@$TMP/tra-loi.pdf;filename=Trả lời.pdf"
is "$STATUS" 303 "the official answers with a file"
is "$(field status "$F1ID")|$(field answered_by "$F1ID")|$(field 'answered_at IS NOT NULL' "$F1ID")" "answered|$O1|1" "it is answered, by whom, when"
is "$(field "REPLACE(answer, CHAR(10), '/')" "$F1ID")" "${ANSWER//$'\n'//}" "the answer is kept as written, lines and all"
is "$(field publish_due "$F1ID")" "$(due_in 2)" "publication is due in 2 working days"
has "da kiem tra" "$(field search_text "$F1ID")" "the answer is searchable"
ANSFILE=$(sql "SELECT id FROM feedback_files WHERE feedback_id = $F1ID AND role = 'answer'")
web o1 "/office/feedback/$F1/files/$ANSFILE"
is "$STATUS" 200 "the answer's file downloads"
is "$(sha256sum < "$TMP/body" | cut -d' ' -f1)" "$(sha256sum < "$TMP/tra-loi.pdf" | cut -d' ' -f1)" "the very file attached"
web x "/office/feedback/$F1/files/$ANSFILE"
is "$STATUS" 404 "not for an unrelated agency"
MAIL=$(mail_wait "$M1" 2)
has "đã có câu trả lời" "$MAIL" "the submitter is mailed the answer"
has "Xin lỗi ông vì sự chậm trễ." "$MAIL" "in full"
is "$(sql "SELECT COUNT(*) FROM audit_log WHERE event = 'feedback_action' AND detail = 'answer $F1'")" 1 "the audit log has the answer"
form o1 "/office/feedback/$F1"
body_has "Xin lỗi ông vì sự chậm trễ." "the page shows the answer"
body_has "Trả lời.pdf" "and its file"
body_has 'value="publish"' "and offers to publish it"
valid_html "the answered feedback's page"
V=$(version "$F1ID")
post o1 "/office/feedback/$F1/act" "csrf=$CSRF" action=publish "version=$V"
is "$STATUS" 303 "the official publishes the answer"
is "$(field status "$F1ID")|$(field 'published_at IS NOT NULL' "$F1ID")" "published|1" "it is published"
is "$(sql "SELECT GROUP_CONCAT(action ORDER BY id) FROM feedback_events WHERE feedback_id = $F1ID")" \
	"submit,accept,answer,publish" "the timeline has every step"

# --- transfer -----------------------------------------------------------------------------------
M2="pb$(digits 8)@example.vn"
new_feedback H26.STP 0 "$M2" regulation
F2=$FB; F2ID=$FID
V=$(version "$F2ID")
form o1 "/office/feedback/$F2"
post o1 "/office/feedback/$F2/act" "csrf=$CSRF" action=transfer "version=$V"
is "$STATUS" 422 "a transfer needs the receiving agency"
post o1 "/office/feedback/$F2/act" "csrf=$CSRF" action=transfer "version=$V" agency=NOPE.42
is "$STATUS" 422 "one that exists"
body_has "Không có cơ quan nào mang mã này" "and the page says so"
post o1 "/office/feedback/$F2/act" "csrf=$CSRF" action=transfer "version=$V" agency=H26.STP
is "$STATUS" 422 "and that is not the agency itself"
post o1 "/office/feedback/$F2/act" "csrf=$CSRF" action=transfer "version=$V" agency=H26.SXD "reason=Thuộc lĩnh vực xây dựng"
is "$STATUS" 303 "the official transfers it to Sở Xây dựng"
is "$(header Location)" "/office/feedback?moved=$F2" "and goes back to the list"
is "$(field status "$F2ID")|$(field agency_id "$F2ID")|$(field first_agency_id "$F2ID")" "received|$SXD|$STP" \
	"it waits at the new agency, where it came from is kept"
is "$(field classify_due "$F2ID")" "$(due_in 2)" "the new agency has 2 working days to classify it"
web o1 "/office/feedback?moved=$F2"
body_has "Đã chuyển phản ánh $F2" "the list says it was transferred"
web o1 "/office/feedback/$F2"
is "$STATUS" 404 "the first agency no longer sees it"
web y /office/feedback
body_has "$F2" "the receiving agency does"
form y "/office/feedback/$F2"
is "$STATUS" 200 "and opens it"
body_has "Chuyển đến Sở Xây dựng Thành phố Hà Nội (H26.SXD)." "the timeline keeps the transfer"
body_has "Sở Tư pháp Thành phố Hà Nội" "and the first agency's steps"
body_has 'value="accept"' "the receiving agency may act on it"
valid_html "the transferred feedback's page"
is "$(sql "SELECT GROUP_CONCAT(CONCAT(action, '@', agency_id) ORDER BY id) FROM feedback_events WHERE feedback_id = $F2ID")" \
	"submit@$STP,transfer@$STP" "the timeline has both steps, each at its agency"
MAIL=$(mail_wait "$M2" 1)
has "được chuyển đến cơ quan có thẩm quyền" "$MAIL" "the submitter is mailed about the transfer"
has "Sở Xây dựng Thành phố Hà Nội" "$MAIL" "naming the new agency"
is "$(sql "SELECT COUNT(*) FROM audit_log WHERE event = 'feedback_action' AND detail = 'transfer $F2 to H26.SXD'")" 1 "the audit log has it"
web sup "/office/feedback/$F2"
is "$STATUS" 200 "the higher agency still follows it"

# --- publication refused without consent ---------------------------------------------------------
V=$(version "$F2ID")
post y "/office/feedback/$F2/act" "csrf=$CSRF" action=accept "version=$V"
is "$STATUS" 303 "the new agency accepts it"
V=$(version "$F2ID")
post y "/office/feedback/$F2/act" "csrf=$CSRF" action=answer "version=$V" "answer=Quy định sẽ được sửa trong quý tới."
is "$STATUS" 303 "and answers it without a file"
is "$(field "CONCAT(status, '|', publish_due IS NULL, '|', answered_by)" "$F2ID")" "answered|1|$Y" "no publication deadline without consent"
form y "/office/feedback/$F2"
is "$STATUS" 200 "the page answers (before: the page offers no publication)"
body_lacks 'value="publish"' "the page offers no publication"
V=$(version "$F2ID")
post y "/office/feedback/$F2/act" "csrf=$CSRF" action=publish "version=$V"
is "$STATUS" 409 "publishing what the submitter did not agree to publish is refused"
body_has "không đồng ý công khai" "and the page says why"
is "$(field status "$F2ID")" answered "it stays answered"

# --- an admin sees every agency's, acts on none ---------------------------------------------------
admin_user adm
web adm "/office/feedback?code=$F2"
body_has "$F2" "an admin finds any agency's feedback"
body_has "Sở Xây dựng Thành phố Hà Nội" "with the agency that holds it"
form adm "/office/feedback/$F2"
is "$STATUS" 200 "and opens it"
body_lacks "/act\"" "without actions"
V=$(version "$F2ID")
post adm "/office/feedback/$F2/act" "csrf=$CSRF" action=answer "version=$V" "answer=Quản trị trả lời"
is "$STATUS" 403 "an action posted by an admin is refused"

# --- reject, overdue first ----------------------------------------------------------------------
M3="pc$(digits 8)@example.vn"
new_feedback H26.STP 1 "$M3" conduct
F3=$FB; F3ID=$FID
V=$(version "$F3ID")
form o1 "/office/feedback/$F3"
post o1 "/office/feedback/$F3/act" "csrf=$CSRF" action=reject "version=$V" "reason=Nội dung đã được giải quyết theo phản ánh số 12."
is "$STATUS" 303 "an official rejects with a reason"
is "$(field status "$F3ID")|$(field reject_reason "$F3ID")" "rejected|Nội dung đã được giải quyết theo phản ánh số 12." "the reason is kept"
has "Nội dung đã được giải quyết" "$(mail_wait "$M3" 1)" "and mailed to the submitter"
web o1 "/office/feedback/$F3"
is "$STATUS" 200 "the page answers (before: nothing more can be done on it)"
body_lacks "/act\"" "nothing more can be done on it"
web o1 "/office/feedback?status=rejected"
body_has "$F3" "the status filter finds the rejected"

new_feedback H26.STP 0 ""
LONG=$(printf 'Lý do dài %.0s' $(seq 1 200) | head -c 4000)
form o1 "/office/feedback/$FB"
post o1 "/office/feedback/$FB/act" "csrf=$CSRF" action=transfer "version=$(version "$FID")" agency=H26.SXD "reason=${LONG:0:2000}"
is "$STATUS" 303 "a transfer with the longest reason goes through"
is "$(sql "SELECT CHAR_LENGTH(note) <= 2000 AND note LIKE 'Chuyển đến Sở Xây dựng%' FROM feedback_events WHERE feedback_id = $FID AND action = 'transfer'")" 1 \
	"its timeline note is cut to fit, the target first"

new_feedback H26.STP 0 ""
LATE=$FB
EARLIEST=$(sql "SELECT LEAST(CURDATE(), COALESCE(MIN(classify_due), CURDATE()), COALESCE(MIN(answer_due), CURDATE())) - INTERVAL 3 DAY FROM feedback WHERE agency_id = $STP")
sql "UPDATE feedback SET classify_due = '$EARLIEST' WHERE code = '$LATE'"
web o1 /office/feedback
FIRST=$(grep -o '/office/feedback/PAKN[^"]*' "$TMP/body" | head -n 1 | sed 's|/office/feedback/||')
is "$FIRST" "$LATE" "overdue feedback comes first"
body_has "Quá hạn" "marked overdue"
is "$(sql "SELECT COUNT(*) FROM feedback_events e JOIN feedback f ON f.id = e.feedback_id WHERE f.code IN ('$F1', '$F2', '$F3') AND e.action <> 'submit' AND e.actor_id IS NULL")" 0 \
	"every official step names its official"
done_testing
