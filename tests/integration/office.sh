#!/bin/bash
# The officials' side: the inbox of their agency only, each action a transition the database
# checks, required reasons, two officials at once (the second is told, nothing is overwritten),
# and the whole way from submission through a supplement to the result, rated by the applicant.
. "$CONG_SRCDIR/tests/lib.sh"
. "$CONG_SRCDIR/tests/accounts-lib.sh"
. "$CONG_SRCDIR/tests/dossier-lib.sh"

citizen c
file_dossier c 1.004194 01
ok "$([ -n "$CODE" ]; echo $?)" "a citizen files a dossier of Hà Nội ($CODE)"
DID=$DRAFT

official o1 H26.CA
is "$STATUS" 303 "an official of Công an Thành phố Hà Nội logs in with 2FA"
O1=$OFFICIAL_USER
official o2 H26.CA
official x H26.STP

# --- the inbox, and nothing outside the agency --------------------------------------------------
web o1 /office
is "$STATUS" 200 "the inbox opens"
body_has "$CODE" "with the dossier routed to the agency"
valid_html "the inbox"
web x /office
is "$STATUS" 200 "the page answers (before: an official of another agency does not see it)"
body_lacks "$CODE" "an official of another agency does not see it"
web x "/office/dossiers/$CODE"
is "$STATUS" 404 "nor can open it"
cp "$TMP/body" "$TMP/notours.html"
web x "/office/dossiers/000.00.00.G01-000000-000000"
cmp -s "$TMP/body" "$TMP/notours.html"; ok $? "with the same page as for a dossier that does not exist"
FILE=$(sql "SELECT id FROM dossier_files WHERE dossier_id = $DID LIMIT 1")
web x "/office/dossiers/$CODE/files/$FILE"
is "$STATUS" 404 "nor download its files"
web c /office
is "$STATUS" 403 "a citizen cannot open the officials' side"
web o1 "/office?code=$CODE"
body_has "$CODE" "an official looks a dossier up by its code"
is "$(grep -c '/office/dossiers/' "$TMP/body")" 1 "and finds that one only"
web o1 "/office?status=supplement"
is "$STATUS" 200 "the page answers (before: filters by status leave it out when it does not match)"
body_lacks "$CODE" "filters by status leave it out when it does not match"
web o1 "/office?status=submitted&procedure=1.004194"
body_has "$CODE" "and keep it when it does"

# --- looking at it ------------------------------------------------------------------------------
form o1 "/office/dossiers/$CODE"
is "$STATUS" 200 "the dossier opens for the agency's official"
body_has "Nguyễn Thị Nộp Hồ Sơ" "with the applicant"
body_has '<strong>Nộp hồ sơ</strong>' "and the timeline"
valid_html "the official's dossier page"
web o1 "/office/dossiers/$CODE/files/$FILE"
is "$STATUS" 200 "its files download"
is "$(sha256sum < "$TMP/body" | cut -d' ' -f1)" "$(sql "SELECT f.sha256 FROM dossier_files df JOIN files f ON f.id = df.file_id WHERE df.id = $FILE")" \
	"byte for byte"
ok "$(header Content-Disposition | grep -q '^attachment'; echo $?)" "as an attachment"

VERSION=$(sql "SELECT version FROM dossiers WHERE id = $DID")
form o1 "/office/dossiers/$CODE"
post o1 "/office/dossiers/$CODE/act" "csrf=$CSRF" action=approve "version=$VERSION"
is "$STATUS" 422 "approving without a result file is refused"
post o1 "/office/dossiers/$CODE/act" "csrf=$CSRF" action=process "version=$VERSION"
is "$STATUS" 409 "processing a dossier not yet received is not a transition"
body_has "không áp dụng được" "and the page says so"
is "$(sql "SELECT status FROM dossiers WHERE id = $DID")" submitted "nothing changed"
post o1 "/office/dossiers/$CODE/act" action=receive "version=$VERSION"
is "$STATUS" 403 "without its CSRF token an action is refused"

# --- receive ------------------------------------------------------------------------------------
post o1 "/office/dossiers/$CODE/act" "csrf=$CSRF" action=receive "version=$VERSION"
is "$STATUS" 303 "the official receives it"
is "$(sql "SELECT status FROM dossiers WHERE id = $DID")" received "it is received"
is "$(sql "SELECT CONCAT(action, '|', from_status, '|', to_status, '|', actor_id) FROM dossier_events WHERE dossier_id = $DID ORDER BY id DESC LIMIT 1")" \
	"receive|submitted|received|$O1" "the timeline says who did what"
is "$(sql "SELECT COUNT(*) FROM audit_log WHERE event = 'dossier_action' AND detail = 'receive $CODE'")" 1 "the audit log too"
ok "$(mail_wait "$CITIZEN_MAIL" 3 | grep -q 'đã được tiếp nhận'; echo $?)" "and the applicant is mailed"
sql "UPDATE dossiers SET status = 'returned' WHERE id = $DID" 2>/dev/null
is "$(sql "SELECT status FROM dossiers WHERE id = $DID")" received "the database itself refuses an illegal change of state"

# --- two officials at once ----------------------------------------------------------------------
form o1 "/office/dossiers/$CODE"
CSRF1=$CSRF
form o2 "/office/dossiers/$CODE"
CSRF2=$CSRF
VERSION=$(sql "SELECT version FROM dossiers WHERE id = $DID")
post o1 "/office/dossiers/$CODE/act" "csrf=$CSRF1" action=process "version=$VERSION" "note=Chuyển tổ xử lý"
is "$STATUS" 303 "one official moves it on"
post o2 "/office/dossiers/$CODE/act" "csrf=$CSRF2" action=reject "version=$VERSION" "note=Không đủ điều kiện"
is "$STATUS" 409 "the other, acting on what they saw before, is stopped"
body_has "cán bộ khác cập nhật trước bạn" "and told why"
valid_html "the conflict page"
body_has "Đang xử lý" "with the state it is in now"
is "$(sql "SELECT status FROM dossiers WHERE id = $DID")" processing "nothing was overwritten"

# --- a supplement -------------------------------------------------------------------------------
VERSION=$(sql "SELECT version FROM dossiers WHERE id = $DID")
DUE_BEFORE=$(sql "SELECT due_date FROM dossiers WHERE id = $DID")
form o1 "/office/dossiers/$CODE"
post o1 "/office/dossiers/$CODE/act" "csrf=$CSRF" action=supplement "version=$VERSION" "note=Thiếu giấy tờ"
is "$STATUS" 422 "a supplement request must list the documents"
post o1 "/office/dossiers/$CODE/act" "csrf=$CSRF" action=supplement "version=$VERSION" \
	"documents=Bản sao giấy khai sinh" "note=Cần xác minh quan hệ với chủ hộ"
is "$STATUS" 303 "with documents and a reason it is asked"
is "$(sql "SELECT CONCAT(status, '|', due_date IS NULL, '|', days_left IS NOT NULL) FROM dossiers WHERE id = $DID")" "supplement|1|1" \
	"the clock stops, keeping the working days left"
is "$(sql "SELECT documents FROM dossier_requests WHERE dossier_id = $DID AND resolved_at IS NULL")" "Bản sao giấy khai sinh" \
	"what is asked is recorded"
web c "/dossiers/$CODE"
body_has "Bản sao giấy khai sinh" "the applicant sees exactly which document"
body_has "Cần xác minh quan hệ với chủ hộ" "and why"
form c "/dossiers/$CODE"
pdf "$TMP/ks.pdf" 2
upload c "/dossiers/$CODE/supply" "csrf=$CSRF" "file1=@$TMP/ks.pdf;filename=khai-sinh.pdf"
ok "$([ "$STATUS" = 303 ] || [ "$STATUS" = 200 ]; echo $?)" "the applicant supplies it on the same dossier"
is "$(sql "SELECT CONCAT(status, '|', due_date IS NOT NULL) FROM dossiers WHERE id = $DID")" "received|1" \
	"it is back with the agency and the clock runs again"

# --- approve with the result, return it, rate ---------------------------------------------------
VERSION=$(sql "SELECT version FROM dossiers WHERE id = $DID")
form o1 "/office/dossiers/$CODE"
post o1 "/office/dossiers/$CODE/act" "csrf=$CSRF" action=reject "version=$VERSION"
is "$STATUS" 422 "rejecting without a reason is refused"
post o1 "/office/dossiers/$CODE/act" "csrf=$CSRF" action=process "version=$VERSION"
VERSION=$(sql "SELECT version FROM dossiers WHERE id = $DID")
form o1 "/office/dossiers/$CODE"
pdf "$TMP/ket-qua.pdf" 4
upload o1 "/office/dossiers/$CODE/act" "csrf=$CSRF" action=approve "version=$VERSION" "result=@$TMP/ket-qua.pdf;filename=Kết quả.pdf"
is "$STATUS" 303 "approving with the result file"
is "$(sql "SELECT CONCAT(status, '|', decided_at IS NOT NULL) FROM dossiers WHERE id = $DID")" "approved|1" "it is approved"
RESULT=$(sql "SELECT id FROM dossier_files WHERE dossier_id = $DID AND role = 'result'")
web c "/dossiers/$CODE/files/$RESULT"
is "$STATUS" 200 "the applicant downloads the result"
is "$(sha256sum < "$TMP/body" | cut -d' ' -f1)" "$(sha256sum < "$TMP/ket-qua.pdf" | cut -d' ' -f1)" "the very file the official attached"
VERSION=$(sql "SELECT version FROM dossiers WHERE id = $DID")
form o1 "/office/dossiers/$CODE"
post o1 "/office/dossiers/$CODE/act" "csrf=$CSRF" action=return "version=$VERSION"
is "$(sql "SELECT status FROM dossiers WHERE id = $DID")" returned "the result is returned"
web o1 "/office?status=returned"
body_has "$CODE" "the inbox filter finds it among the returned"
form c "/dossiers/$CODE"
post c "/dossiers/$CODE/rate" "csrf=$CSRF" rating=1 "comment=Nhanh, rõ ràng"
is "$STATUS" 303 "the applicant rates the service"
post c "/dossiers/$CODE/rate" "csrf=$CSRF" rating=4
is "$STATUS" 409 "once"
is "$(sql "SELECT rating FROM dossiers WHERE id = $DID")" 1 "the first rating stands"
is "$(sql "SELECT COUNT(*) FROM dossier_events WHERE dossier_id = $DID")" 8 \
	"the timeline has every step: submit, receive, process, supplement, supply, process, approve, return"

# --- overdue first ------------------------------------------------------------------------------
file_dossier c 1.004194 01
LATE=$CODE
sql "UPDATE dossiers SET due_date = CURDATE() - INTERVAL 3 DAY WHERE code = '$LATE'"
web o1 /office
FIRST=$(grep -o '/office/dossiers/[^"]*' "$TMP/body" | head -n 1 | sed 's|/office/dossiers/||')
OVERDUE_FIRST=$(sql "SELECT code FROM dossiers WHERE agency_id = (SELECT id FROM agencies WHERE code = 'H26.CA') AND status IN ('submitted','received','processing') AND due_date < CURDATE() ORDER BY due_date, id LIMIT 1")
is "$FIRST" "$OVERDUE_FIRST" "overdue dossiers come first in the inbox"
web o1 "/office?due=overdue"
body_has "$LATE" "and the overdue filter finds it"
body_has '<strong class="overdue">Quá hạn</strong>' "marked overdue"
done_testing
