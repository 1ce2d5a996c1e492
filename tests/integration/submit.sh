#!/bin/bash
# Filing a dossier: the form built from the procedure and the chosen case, what the account knows
# filled in and not asked again, drafts saved at every step with their uploads (checked by
# content), every problem listed at once, one transaction that gives the code, route and due date,
# and one dossier however many times the form is sent. A worker killed mid-upload loses nothing.
. "$CONG_SRCDIR/tests/lib.sh"
. "$CONG_SRCDIR/tests/accounts-lib.sh"
. "$CONG_SRCDIR/tests/dossier-lib.sh"

PROC=1.004194			# Đăng ký tạm trú: local, several cases
ID=$(new_citizen 1988 M)
PW="Nop-Ho-So-$(digits 6)!"
MAIL="nop$(digits 8)@example.vn"
form a /account/register
post a /account/register "csrf=$CSRF" kind=citizen "citizen_id=$ID" "full_name=Phạm Văn Nộp" \
	birth_date=1988-04-02 sex=M phone=09$(digits 8) "email=$MAIL" "password=$PW" "password2=$PW"
is "$STATUS" 303 "a citizen registers"
USER=$(sql "SELECT id FROM users WHERE citizen_id = '$ID'")

pdf "$TMP/giay-to.pdf" 3
pdf "$TMP/khac.pdf" 2
printf 'not really a pdf\n' > "$TMP/scan.pdf"

# --- which procedures, for whom -----------------------------------------------------------------
web a "/submit/$PROC"
is "$STATUS" 200 "the first step of filing opens"
body_has 'name="case"' "it asks which case applies"
body_has 'name="province"' "and, for a local procedure, the province"
valid_html "the first step"
sql "INSERT IGNORE INTO procedures (code, name, online_level, search_text) VALUES ('T.900001', 'Thủ tục chỉ nộp trực tiếp (thử)', 'none', '')"
web a /submit/T.900001
is "$STATUS" 409 "a procedure not offered online cannot be filed"
body_has "chưa được cung cấp trực tuyến" "and the page says so"
BIZ=$(sql "SELECT code FROM procedures WHERE audience = 'business' AND online_level <> 'none' LIMIT 1")
web a "/submit/$BIZ"
is "$STATUS" 403 "a business procedure is not open to a citizen's account"
web a /submit/9.999999
is "$STATUS" 404 "an unknown procedure is a 404"
web z "/submit/$PROC"
is "$STATUS" 303 "a visitor is sent to log in first"

# --- the draft ----------------------------------------------------------------------------------
form a "/submit/$PROC"
post a "/submit/$PROC" "csrf=$CSRF"
is "$STATUS" 422 "without a case and a province the draft is not made"
body_has 'id="e-province"' "the province error is by its field"
CASE=$(sql "SELECT c.id FROM procedure_cases c JOIN procedures p ON p.id = c.procedure_id WHERE p.code = '$PROC' ORDER BY c.ord DESC LIMIT 1")
OTHER_CASE=$(sql "SELECT c.id FROM procedure_cases c JOIN procedures p ON p.id = c.procedure_id WHERE p.code = '$PROC' ORDER BY c.ord LIMIT 1")
post a "/submit/$PROC" "csrf=$CSRF" "case=$CASE" province=01
is "$STATUS" 303 "with them, a draft is made"
DRAFT=$(header Location | sed 's|^/drafts/||')
is "$(header Location)" "/drafts/$DRAFT" "and the user is sent to it"
is "$(sql "SELECT CONCAT(status, '|', user_id, '|', case_id, '|', province_code) FROM dossiers WHERE id = '$DRAFT'")" "draft|$USER|$CASE|01" \
	"a draft of the user, case and province is kept on the server"
is "$(sql "SELECT value FROM dossier_values WHERE dossier_id = '$DRAFT' AND name = 'citizen_id'")" "$ID" \
	"the citizen ID is filled in from the account"
web a "/drafts/$DRAFT"
is "$STATUS" 200 "the draft form opens"
body_has "Thông tin đã có trên Cổng" "what the account knows is shown, not asked"
body_lacks 'name="f_citizen_id"' "the ID is not a field to type (nor to change)"
DOCS=$(sql "SELECT id FROM procedure_documents WHERE case_id = $CASE AND required = 1 ORDER BY ord")
OTHER_DOC=$(sql "SELECT id FROM procedure_documents WHERE case_id = $OTHER_CASE ORDER BY ord LIMIT 1")
FIRST_DOC=$(echo "$DOCS" | head -n 1)
body_has "name=\"doc_$FIRST_DOC\"" "the documents of the chosen case are asked for"
if [ "$OTHER_DOC" != "$FIRST_DOC" ] && ! echo "$DOCS" | grep -qx "$OTHER_DOC"; then
	body_lacks "name=\"doc_$OTHER_DOC\"" "and not those of another case"
fi
body_has 'enctype="multipart/form-data"' "the form uploads files"
body_has "mỗi tệp tối đa 5 MB" "the limits are stated on the page"
valid_html "the draft form"

ID2=$(new_citizen 1990 F)
form b /account/register
post b /account/register "csrf=$CSRF" kind=citizen "citizen_id=$ID2" "full_name=Người Khác" \
	birth_date=1990-01-01 sex=F phone=09$(digits 8) "email=khac$(digits 6)@example.vn" "password=$PW" "password2=$PW"
web b "/drafts/$DRAFT"
is "$STATUS" 404 "another user's draft is a 404"
form b /account
upload b "/drafts/$DRAFT" "csrf=$CSRF" action=save "f_full_name=Kẻ Gian"
is "$STATUS" 404 "and cannot be written to"

# --- saving, with uploads -----------------------------------------------------------------------
form a "/drafts/$DRAFT"
TEXT_FIELD=$(sql "SELECT f.name FROM procedure_fields f JOIN procedures p ON p.id = f.procedure_id WHERE p.code = '$PROC' AND f.kind = 'text' AND f.prefill = '' ORDER BY f.ord LIMIT 1")
DATE_FIELD=$(sql "SELECT f.name FROM procedure_fields f JOIN procedures p ON p.id = f.procedure_id WHERE p.code = '$PROC' AND f.kind = 'date' AND f.prefill = '' ORDER BY f.ord LIMIT 1")
SECOND_DOC=$(echo "$DOCS" | sed -n 2p); SECOND_DOC=${SECOND_DOC:-$FIRST_DOC}
upload a "/drafts/$DRAFT" "csrf=$CSRF" action=save "f_$TEXT_FIELD=Giá trị đang nhập" \
	"doc_$FIRST_DOC=@$TMP/giay-to.pdf;type=application/pdf" "doc_$SECOND_DOC=@$TMP/scan.pdf;type=application/pdf" \
	"f_citizen_id=000000000000"
is "$STATUS" 422 "a save with a refused file says so"
body_has "scan.pdf: Không phải tệp PDF" "naming the file that is not what its name says"
body_has "đã được lưu nháp" "and that the rest was saved"
is "$(sql "SELECT COUNT(*) FROM dossier_files WHERE dossier_id = '$DRAFT'")" 1 "the good file is kept"
is "$(sql "SELECT f.sha256 FROM dossier_files df JOIN files f ON f.id = df.file_id WHERE df.dossier_id = '$DRAFT'")" \
	"$(sha256sum "$TMP/giay-to.pdf" | cut -d' ' -f1)" "stored with its SHA-256, byte for byte"
is "$(sql "SELECT value FROM dossier_values WHERE dossier_id = '$DRAFT' AND name = '$TEXT_FIELD'")" "Giá trị đang nhập" \
	"what was typed is saved"
is "$(sql "SELECT value FROM dossier_values WHERE dossier_id = '$DRAFT' AND name = 'citizen_id'")" "$ID" \
	"a known value sent from outside the form changes nothing"
web a "/drafts/$DRAFT"
body_has "Giá trị đang nhập" "coming back later, the draft has what was typed"
body_has "giay-to.pdf" "and the file"
if [ -n "$DATE_FIELD" ]; then
	form a "/drafts/$DRAFT"
	upload a "/drafts/$DRAFT" "csrf=$CSRF" action=save "f_$DATE_FIELD=2025-02-30"
	is "$STATUS" 422 "a date that does not exist is refused"
	body_has "id=\"e-f_$DATE_FIELD\"" "by its field"
	body_has 'value="2025-02-30"' "keeping what was typed"
fi
upload a "/drafts/$DRAFT" "action=save"
is "$STATUS" 403 "a save without its CSRF token is refused"

# --- submitting: every problem at once ----------------------------------------------------------
form a "/drafts/$DRAFT"
upload a "/drafts/$DRAFT" "csrf=$CSRF" action=submit
is "$STATUS" 422 "submitting an incomplete draft is refused"
body_has "Hồ sơ chưa nộp được" "with the problems listed"
valid_html "the draft with its problems"
N_ERR=$(grep -o '<li><a href="#[^"]*">' "$TMP/body" | wc -l)
ok "$([ "$N_ERR" -ge 2 ]; echo $?)" "all of them at once ($N_ERR)"
is "$(sql "SELECT status FROM dossiers WHERE id = '$DRAFT'")" draft "and it stays a draft"

# Every field of its kind, and a file for each required document.
field_args "$PROC"
ARGS=("${FIELD_ARGS[@]}")
for d in $DOCS; do [ "$d" = "$FIRST_DOC" ] || ARGS+=("doc_$d=@$TMP/khac.pdf;type=application/pdf"); done
form a "/drafts/$DRAFT"
upload a "/drafts/$DRAFT" "csrf=$CSRF" action=submit "${ARGS[@]}"
is "$STATUS" 303 "a complete draft is submitted"
[ "$STATUS" = 303 ] || diag "$(grep -o '<li>[^<]*\(<a[^>]*>\)\?[^<]*' "$TMP/body")"
CODE=$(sql "SELECT code FROM dossiers WHERE id = '$DRAFT'")
is "$(header Location)" "/dossiers/$CODE?submitted=1" "and the receipt comes next"
ok "$(echo "$CODE" | grep -qE '^[A-Za-z0-9.]+-[0-9]{6}-[0-9]{6}$'; echo $?)" "the code is AGENCY-YYMMDD-NNNNNN ($CODE)"
is "$(sql "SELECT a.code FROM dossiers d JOIN agencies a ON a.id = d.agency_id WHERE d.id = '$DRAFT'")" "H26.CA" \
	"routed to the competent agency's office in the chosen province (Công an Thành phố Hà Nội)"
is "$(sql "SELECT CONCAT(status, '|', applicant_idnum, '|', submitted_at IS NOT NULL) FROM dossiers WHERE id = '$DRAFT'")" "submitted|$ID|1" \
	"the dossier is submitted, with the applicant's ID for tracking"
DUE=$(sql "SELECT due_date FROM dossiers WHERE id = '$DRAFT'")
DAYS=$(sql "SELECT time_days FROM procedure_channels c JOIN procedures p ON p.id = c.procedure_id WHERE p.code = '$PROC' AND channel = 'online'")
if [ -n "$DAYS" ] && [ "$DAYS" != NULL ]; then
	ok "$([ -n "$DUE" ] && [ "$DUE" != NULL ]; echo $?)" "the dossier has a due date"
	ok "$([ "$(date -d "$DUE" +%u)" -le 5 ]; echo $?)" "the due date $DUE falls on a working day"
	is "$(sql "SELECT COUNT(*) FROM holidays WHERE day = '$DUE'")" 0 "and not on a holiday"
	# Count the working days from today to the due date as the rules say.
	n=0; d=$(sql "SELECT CURDATE()")
	while [ "$d" \< "$DUE" ]; do
		d=$(date -d "$d + 1 day" +%F)
		if [ "$(date -d "$d" +%u)" -le 5 ] && [ "$(sql "SELECT COUNT(*) FROM holidays WHERE day = '$d'")" = 0 ]; then n=$((n + 1)); fi
	done
	is "$n" "$DAYS" "it is $DAYS working days away, weekends and holidays excluded"
fi
is "$(sql "SELECT CONCAT(action, '|', to_status, '|', actor_id) FROM dossier_events WHERE dossier_id = '$DRAFT'")" "submit|submitted|$USER" \
	"the timeline starts with the submission"
is "$(sql "SELECT COUNT(*) FROM outbox WHERE recipient = '$MAIL' AND body LIKE '%$CODE%'")" 1 \
	"a confirmation mail with the code is queued"
MSG=$(mail_wait "$MAIL" 2)
has "$CODE" "$MSG" "and delivered"

form a /account
upload a "/drafts/$DRAFT" "csrf=$CSRF" action=submit "${ARGS[@]}"
is "$STATUS" 303 "sending the same form again (a double click) is answered"
is "$(header Location)" "/dossiers/$CODE" "with the same dossier"
is "$(sql "SELECT COUNT(*) FROM dossiers WHERE user_id = $USER AND status <> 'draft'")" 1 "one dossier, not two"
is "$(sql "SELECT COUNT(*) FROM dossier_events WHERE dossier_id = '$DRAFT'")" 1 "and one submission in its timeline"
web a "/drafts/$DRAFT"
is "$STATUS" 404 "the draft page is gone once submitted"

# --- reusing a file, deleting a draft -----------------------------------------------------------
form a "/submit/$PROC"
post a "/submit/$PROC" "csrf=$CSRF" "case=$CASE" province=01
DRAFT2=$(header Location | sed 's|^/drafts/||')
web a "/drafts/$DRAFT2"
body_has "name=\"reuse_$FIRST_DOC\"" "a new draft offers the files of the earlier dossier again"
FILE_ID=$(sql "SELECT file_id FROM dossier_files WHERE dossier_id = '$DRAFT' AND document_id = $FIRST_DOC LIMIT 1")
form a "/drafts/$DRAFT2"
upload a "/drafts/$DRAFT2" "csrf=$CSRF" action=save "reuse_$FIRST_DOC=$FILE_ID"
is "$STATUS" 303 "choosing one saves the draft"
is "$(sql "SELECT COUNT(*) FROM dossier_files WHERE dossier_id = '$DRAFT2' AND file_id = $FILE_ID")" 1 \
	"with the same stored file, not a copy"
form b /account
post b /submit/"$PROC" "csrf=$CSRF" "case=$CASE" province=01
DRAFT_B=$(header Location | sed 's|^/drafts/||')
ok "$([ -n "$DRAFT_B" ]; echo $?)" "the other user has a draft"
form b "/drafts/$DRAFT_B"
upload b "/drafts/$DRAFT_B" "csrf=$CSRF" action=save "reuse_$FIRST_DOC=$FILE_ID"
is "$(sql "SELECT COUNT(*) FROM dossier_files WHERE dossier_id = '$DRAFT_B'")" 0 \
	"another user cannot take someone's file by its number"
# unique_file JAR DRAFT: uploads a PDF of its own to DRAFT's first document; FILE is its files.id.
unique_file() {
	pdf "$TMP/rieng.pdf" 1
	form "$1" "/drafts/$2"
	upload "$1" "/drafts/$2" "csrf=$CSRF" action=save "doc_$FIRST_DOC=@$TMP/rieng.pdf;type=application/pdf"
	FILE=$(sql "SELECT id FROM files WHERE sha256 = '$(sha256sum "$TMP/rieng.pdf" | cut -d' ' -f1)'")
}
unique_file a "$DRAFT2"
DF=$(sql "SELECT id FROM dossier_files WHERE dossier_id = '$DRAFT2' AND file_id = '$FILE'")
ok "$([ -n "$FILE" ] && [ -n "$DF" ]; echo $?)" "the draft has a file of its own"
form a "/drafts/$DRAFT2"
upload a "/drafts/$DRAFT2" "csrf=$CSRF" action=save "remove_$DF=yes"
is "$STATUS" 400 "a removal that is not the form's tick is refused by the page table (400)"
is "$(sql "SELECT COUNT(*) FROM dossier_files WHERE id = '$DF'")" 1 "and nothing is removed"
upload a "/drafts/$DRAFT2" "csrf=$CSRF" action=save "reuse_$FIRST_DOC=${FILE_ID}abc"
is "$STATUS" 400 "a reused file that is not a number is refused, not read as its leading digits"
is "$(sql "SELECT COUNT(*) FROM dossier_files WHERE dossier_id = '$DRAFT2' AND file_id = $FILE_ID")" 1 \
	"and the draft is as it was"
form a "/drafts/$DRAFT2"
upload a "/drafts/$DRAFT2" "csrf=$CSRF" action=save "remove_$DF=1"
is "$(sql "SELECT COUNT(*) FROM dossier_files WHERE id = '$DF'")" 0 "a file ticked for removal leaves the draft"
is "$(sql "SELECT COUNT(*) FROM files WHERE id = '$FILE'")" 0 "and its bytes, which no dossier names any more, go"
unique_file a "$DRAFT2"
ok "$([ -n "$FILE" ]; echo $?)" "the draft has a file only it names"
form a "/drafts/$DRAFT2"
post a "/drafts/$DRAFT2/delete" "csrf=$CSRF"
is "$STATUS" 303 "a draft can be deleted"
is "$(sql "SELECT COUNT(*) FROM dossiers WHERE id = '$DRAFT2'")" 0 "and it is gone"
is "$(sql "SELECT COUNT(*) FROM files WHERE id = $FILE_ID")" 1 "a file another dossier still names stays"
is "$(sql "SELECT COUNT(*) FROM files WHERE id = '$FILE'")" 0 "a file only the draft named goes with it"

# --- a worker killed mid-upload -----------------------------------------------------------------
form a "/submit/$PROC"
post a "/submit/$PROC" "csrf=$CSRF" "case=$CASE" province=01
DRAFT3=$(header Location | sed 's|^/drafts/||')
form a "/drafts/$DRAFT3"
upload a "/drafts/$DRAFT3" "csrf=$CSRF" action=save "f_$TEXT_FIELD=Trước khi hỏng" "doc_$FIRST_DOC=@$TMP/giay-to.pdf;type=application/pdf"
is "$STATUS" 303 "a third draft has a value and a file"
pdf "$TMP/lon.pdf" 3000
# The stack's nginx takes a whole upload before the program sees it (a slow client ties up no
# worker); a private nginx that streams it makes sure the worker dies in the middle of reading.
private_nginx "$CONG_SOCKDIR/submit.sock" "client_max_body_size 25m; fastcgi_request_buffering off;"
curl -s -o /dev/null --limit-rate 200k --max-time 30 --interface "$IP" -b "$TMP/a.jar" \
	-F "csrf=$CSRF" -F action=save -F "f_$TEXT_FIELD=Sau khi hỏng" -F "doc_$FIRST_DOC=@$TMP/lon.pdf;type=application/pdf" \
	"$PRIV_URL/drafts/$DRAFT3" & UP=$!
sleep 3
pkill -KILL -P "$(cat "$CONG_STACK_DIR/submit.pid")" 2>/dev/null
wait $UP
wait_until "[ \$(pgrep -c -P $(cat "$CONG_STACK_DIR/submit.pid")) -ge 1 ]" 10
is "$(sql "SELECT value FROM dossier_values WHERE dossier_id = '$DRAFT3' AND name = '$TEXT_FIELD'")" "Trước khi hỏng" \
	"after the worker was killed mid-upload, the draft is as it was"
is "$(sql "SELECT COUNT(*) FROM dossier_files WHERE dossier_id = '$DRAFT3'")" 1 "with its one file"
is "$(sql "SELECT COUNT(*) FROM files WHERE sha256 = '$(sha256sum "$TMP/lon.pdf" | cut -d' ' -f1)'")" 0 \
	"and the half-sent file is nowhere in the database"
is "$(find "$CONG_STACK_DIR/tmp" -type f | wc -l)" 0 "nor on disk (upload files are unlinked as soon as made)"
web a "/drafts/$DRAFT3"
is "$STATUS" 200 "the portal goes on serving the draft"
done_testing
