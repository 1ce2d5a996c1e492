#!/bin/bash
# Following a dossier after it is filed: the applicant's list (filters, pages, drafts), a dossier's
# page, timeline and files (the bytes as they were given), supplying what an official asked for
# (files checked by content, the clock resumed, the timeline and a mail in one transaction), rating
# once, and the public look-up by code and ID number — and that nobody sees another's dossier, nor
# learns that it exists.
. "$CONG_SRCDIR/tests/lib.sh"
. "$CONG_SRCDIR/tests/accounts-lib.sh"
. "$CONG_SRCDIR/tests/dossier-lib.sh"

skip() { TAP_N=$((TAP_N + 1)); echo "ok $TAP_N # SKIP $1"; }
hex() { od -An -v -tx1 "$1" | tr -d ' \n'; }
filesha() { sha256sum "$1" | cut -d' ' -f1; }
body_sha() { filesha "$TMP/body"; }
# pdf FILE KBYTES: a PDF by its signature (start and end) with random bytes, NULs included, so
# that a download proves the bytes come back as they went in.
pdf() {
	{ printf '%%PDF-1.4\n'; head -c $(($2 * 1024)) /dev/urandom; printf '\n%%%%EOF\n'; } > "$1"
}
# store FILE MIME: the files row of FILE's bytes (made once per content); prints its id.
store() {
	sql "INSERT INTO files (sha256, size, mime, content) VALUES ('$(filesha "$1")', $(stat -c %s "$1"),
		'$2', UNHEX('$(hex "$1")')) ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id); SELECT LAST_INSERT_ID()"
}
# new_code: a national code no dossier has.
new_code() {
	local c i
	for i in $(seq 1 50); do
		c=000.00.00.G01-$(date +%y%m%d)-9$(digits 5)
		[ "$(sql "SELECT COUNT(*) FROM dossiers WHERE code = '$c'")" = 0 ] && { echo "$c"; return; }
	done
	bail "no unused dossier code found"
}
# dossier USER CODE STATUS IDNUM NAME [EXTRA-COLUMNS EXTRA-VALUES]: a filed dossier as the submit
# family leaves it; prints its id.
dossier() {
	sql "INSERT INTO dossiers (code, user_id, procedure_id, case_id, agency_id, status, version,
		applicant_name, applicant_idnum, submitted_at, due_date${6:+, $6})
		VALUES ('$2', $1, $PROC, $CASE, $AGENCY, '$3', 1, '$5', '$4', NOW() - INTERVAL 2 DAY,
		CURDATE() + INTERVAL 12 DAY${7:+, $7}); SELECT LAST_INSERT_ID()"
}
event() {	# event DOSSIER ACTOR ACTION FROM TO NOTE
	sql "INSERT INTO dossier_events (dossier_id, actor_id, action, from_status, to_status, note)
		VALUES ($1, $2, '$3', '$4', '$5', '$6'); SELECT LAST_INSERT_ID()"
}

# --- two citizens, through the registration form ------------------------------------------------
register() {	# register JAR ID NAME SEX EMAIL BIRTH-YEAR (the ID says the year and the sex)
	local pw="Theo-Doi-Ho-So-$(digits 6)!"
	form "$1" /account/register
	post "$1" /account/register "csrf=$CSRF" kind=citizen "citizen_id=$2" "full_name=$3" \
		"birth_date=$6-05-19" "sex=$4" phone=09$(digits 8) "email=$5" "password=$pw" "password2=$pw"
	[ "$STATUS" = 303 ] || bail "registration of $2 failed with $STATUS: $(grep -o 'class="error"[^<]*<' "$TMP/body")"
}
ID_A=$(new_citizen 1985 M); MAIL_A="hoso$(digits 8)@example.vn"; NAME_A="Trần Văn Hồ Sơ"
ID_B=$(new_citizen 1991 F); MAIL_B="khac$(digits 8)@example.vn"; NAME_B="Lê Thị Khác"
register a "$ID_A" "$NAME_A" M "$MAIL_A" 1985
register b "$ID_B" "$NAME_B" F "$MAIL_B" 1991
UA=$(sql "SELECT id FROM users WHERE citizen_id = '$ID_A'")
UB=$(sql "SELECT id FROM users WHERE citizen_id = '$ID_B'")
ok "$([ -n "$UA" ] && [ -n "$UB" ]; echo $?)" "two citizens register through the form"
mail_wait "$MAIL_A" 1 >/dev/null	# the confirmation of the address: later mail comes after it

# An official of the agency, who acts on the dossiers (made directly: officials are not in scope).
OFFICIAL_NAME="Cán bộ Phạm Thị Tiếp Nhận"
OFFICIAL=$(sql "INSERT INTO users (kind, full_name, password_hash, agency_id) VALUES ('official',
	'$OFFICIAL_NAME', '!', (SELECT id FROM agencies WHERE code = '000.00.00.G01')); SELECT LAST_INSERT_ID()")
PROC=$(sql "SELECT id FROM procedures WHERE code = '3.000347'")
PROC_NAME=$(sql "SELECT name FROM procedures WHERE id = $PROC")
CASE=$(sql "SELECT MIN(id) FROM procedure_cases WHERE procedure_id = $PROC")
DOC=$(sql "SELECT id FROM procedure_documents WHERE case_id = $CASE ORDER BY ord LIMIT 1")
DOC_NAME=$(sql "SELECT name FROM procedure_documents WHERE id = $DOC")
AGENCY=$(sql "SELECT id FROM agencies WHERE code = '000.00.00.G01'")
AGENCY_NAME=$(sql "SELECT name FROM agencies WHERE id = $AGENCY")
FIELD=$(sql "SELECT name FROM procedure_fields WHERE procedure_id = $PROC AND kind = 'text'
	ORDER BY name = 'licence_number' DESC, ord LIMIT 1")
FIELD_LABEL=$(sql "SELECT label FROM procedure_fields WHERE procedure_id = $PROC AND name = '$FIELD'")

# --- the dossiers, as the submit family leaves them ---------------------------------------------
# Submitted, with a value and a document.
C_SUB=$(new_code); D_SUB=$(dossier "$UA" "$C_SUB" submitted "$ID_A" "$NAME_A")
LICENCE="GPLX-$(digits 9)"
[ -n "$FIELD" ] && sql "INSERT INTO dossier_values VALUES ($D_SUB, '$FIELD', '$LICENCE')"
pdf "$TMP/doc.pdf" 24
F_DOC=$(sql "INSERT INTO dossier_files (dossier_id, document_id, role, file_id, filename) VALUES
	($D_SUB, $DOC, 'document', $(store "$TMP/doc.pdf" application/pdf), 'Đơn đề nghị đổi GPLX.pdf');
	SELECT LAST_INSERT_ID()")
event "$D_SUB" "$UA" submit draft submitted "" >/dev/null

# Waiting for a supplement: the clock stopped with 5 working days left.
C_SUP=$(new_code); D_SUP=$(dossier "$UA" "$C_SUP" supplement "$ID_A" "$NAME_A" days_left 5)
event "$D_SUP" "$UA" submit draft submitted "" >/dev/null
event "$D_SUP" "$OFFICIAL" receive submitted received "" >/dev/null
E_SUP=$(event "$D_SUP" "$OFFICIAL" supplement received supplement "Thiếu giấy tờ")
sql "INSERT INTO dossier_requests (dossier_id, event_id, documents, reason) VALUES ($D_SUP, $E_SUP,
	'Bản sao giấy khai sinh\nẢnh chân dung 3x4 nền trắng', 'Ảnh đã nộp bị mờ, không nhận diện được.')"
# A second one, for the uploads that must change nothing.
C_SUP2=$(new_code); D_SUP2=$(dossier "$UA" "$C_SUP2" supplement "$ID_A" "$NAME_A" days_left 3)
E_SUP2=$(event "$D_SUP2" "$OFFICIAL" supplement received supplement "")
sql "INSERT INTO dossier_requests (dossier_id, event_id, documents, reason) VALUES ($D_SUP2, $E_SUP2,
	'Giấy xác nhận cư trú', 'Chưa có giấy xác nhận cư trú.')"

# Approved, with its result.
python3 - "$TMP/result.png" <<-'PY'
	import struct, sys, zlib, os
	def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d))
	raw = b''.join(b'\0' + os.urandom(64 * 3) for _ in range(64))
	open(sys.argv[1], 'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 64, 64, 8, 2, 0, 0, 0))
		+ chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))
PY
C_APP=$(new_code); D_APP=$(dossier "$UA" "$C_APP" approved "$ID_A" "$NAME_A" decided_at "NOW()")
F_RES=$(sql "INSERT INTO dossier_files (dossier_id, role, file_id, filename) VALUES ($D_APP, 'result',
	$(store "$TMP/result.png" image/png), 'Giấy phép lái xe (bản điện tử).png'); SELECT LAST_INSERT_ID()")
event "$D_APP" "$OFFICIAL" approve processing approved "Đủ điều kiện cấp đổi." >/dev/null

# Overdue while the agency holds it.
C_LATE=$(new_code); D_LATE=$(dossier "$UA" "$C_LATE" processing "$ID_A" "$NAME_A")
sql "UPDATE dossiers SET due_date = CURDATE() - INTERVAL 3 DAY WHERE id = $D_LATE"
# A draft, and enough received dossiers for a second page (22 filed in all).
D_DRAFT=$(sql "INSERT INTO dossiers (user_id, procedure_id, case_id) VALUES ($UA, $PROC, $CASE); SELECT LAST_INSERT_ID()")
for i in $(seq 1 17); do
	c=$(new_code)
	sql "INSERT INTO dossiers (code, user_id, procedure_id, agency_id, status, applicant_name,
		applicant_idnum, submitted_at, due_date) VALUES ('$c', $UA, $PROC, $AGENCY, 'received',
		'$NAME_A', '$ID_A', NOW() - INTERVAL $((i + 3)) DAY, CURDATE() + INTERVAL 5 DAY)"
	[ "$i" = 1 ] && C_RECENT=$c
	[ "$i" = 17 ] && C_OLDEST=$c
done
# B's dossier, with a file of its own.
C_B=$(new_code); D_B=$(dossier "$UB" "$C_B" submitted "$ID_B" "$NAME_B")
pdf "$TMP/b.pdf" 8
F_B=$(sql "INSERT INTO dossier_files (dossier_id, document_id, role, file_id, filename) VALUES
	($D_B, $DOC, 'document', $(store "$TMP/b.pdf" application/pdf), 'Bi mat cua B.pdf'); SELECT LAST_INSERT_ID()")

# --- the list ----------------------------------------------------------------------------------
fetch /dossiers
is "$STATUS" 303 "a visitor asking for the list is sent to log in"
web a /dossiers
is "$STATUS" 200 "the list of one's dossiers opens"
body_has "Có <strong>22</strong> hồ sơ" "it counts the 22 dossiers filed, not the draft"
body_has "href=\"/dossiers/$C_SUB\"" "each dossier links to its page by code"
body_has "$PROC_NAME" "with its procedure"
body_has '<span class="status status-submitted">Đã nộp, chờ tiếp nhận</span>' "and its status in Vietnamese"
body_has "$AGENCY_NAME" "and the agency"
body_has "Quá hạn" "an overdue dossier is marked"
body_lacks "$C_B" "another citizen's dossier is not listed"
body_has "Hồ sơ nháp" "drafts have their own section"
body_has "href=\"/drafts/$D_DRAFT\"" "a draft links to where it is edited"
body_has "action=\"/drafts/$D_DRAFT/delete\"" "and can be deleted"
ok "$(grep -A1 "action=\"/drafts/$D_DRAFT/delete\"" "$TMP/body" | grep -q 'name="csrf" value="[^"]\{20,\}"'; echo $?)" \
	"with the CSRF token in its form"
body_has 'rel="next"' "20 to a page: there is a next page"
body_lacks "$C_OLDEST" "the oldest is not on the first page"
ok "$([ "$(grep -n "$C_SUB\"" "$TMP/body" | cut -d: -f1)" -lt "$(grep -n "$C_RECENT\"" "$TMP/body" | cut -d: -f1)" ]; echo $?)" \
	"newest first"
body_has '<th scope="col">Hạn giải quyết</th>' "the table has column headers"
valid_html "the list"
web a '/dossiers?page=2'
is "$STATUS" 200 "page 2 opens"
body_has "$C_OLDEST" "with the oldest dossier"
body_has 'aria-current="page" aria-label="Trang 2' "marked as the current page"
web a '/dossiers?status=supplement'
body_has "Có <strong>2</strong> hồ sơ" "filtering by status counts only those"
body_has "href=\"/dossiers/$C_SUP\"" "and lists them"
body_lacks "href=\"/dossiers/$C_SUB\"" "and not the others"
body_lacks "Hồ sơ nháp" "drafts are not shown under another status"
body_has '<option value="supplement" selected>Cần bổ sung</option>' "the filter keeps its choice"
web a '/dossiers?status=draft'
body_has "href=\"/drafts/$D_DRAFT\"" "the draft filter shows the drafts"
body_lacks "href=\"/dossiers/$C_SUB\"" "and nothing filed"
web a '/dossiers?status=lost'
is "$STATUS" 400 "an unknown status is refused"
web b /dossiers
body_has "href=\"/dossiers/$C_B\"" "the other citizen sees their own dossier"
body_lacks "$C_SUB" "and none of the first one's"

# --- one dossier -------------------------------------------------------------------------------
web a "/dossiers/$C_SUB"
is "$STATUS" 200 "a dossier's page opens"
body_has "<h1>Hồ sơ <span class=\"code\">$C_SUB</span></h1>" "titled with its code"
body_has "$PROC_NAME" "it names the procedure"
body_has "Đã nộp, chờ tiếp nhận" "and the status"
if [ -n "$FIELD" ]; then
	body_has "<dt>$FIELD_LABEL</dt><dd>$LICENCE</dd>" "the values typed, with the procedure's labels"
else
	skip "the procedure has no fields in this catalogue"
fi
body_has "$DOC_NAME" "the documents, by the procedure's names"
body_has "href=\"/dossiers/$C_SUB/files/$F_DOC\"" "each one downloadable"
body_has "Nộp hồ sơ</strong> — Bạn" "the timeline says the applicant filed it"
body_lacks "Giấy tiếp nhận hồ sơ" "no receipt unless just submitted"
body_lacks 'action="/dossiers/'"$C_SUB"'/rate"' "no rating before a decision"
is "$(header Cache-Control)" "no-store" "a personal page is never cached"
valid_html "a dossier's page"
web a "/dossiers/$C_SUB?submitted=1"
body_has "Giấy tiếp nhận hồ sơ" "just submitted, the receipt is on top"
body_has "<dt>Người nộp</dt><dd>$NAME_A</dd>" "naming the applicant"
body_has 'class="screen-only"' "and the rest of the page is left out when printed"
valid_html "the receipt"

web a "/dossiers/$C_SUP"
body_has "Cần bổ sung" "a dossier waiting for a supplement says so"
body_has "<li>Bản sao giấy khai sinh</li>" "it lists each document asked for"
body_has "<li>Ảnh chân dung 3x4 nền trắng</li>" "one per line of the request"
body_has "Ảnh đã nộp bị mờ" "and why"
body_has "— $OFFICIAL_NAME" "the official is named in the timeline"
body_has 'enctype="multipart/form-data"' "there is an upload form"
body_has "Mỗi tệp tối đa 5 MB; tổng các tệp của một hồ sơ tối đa 20 MB" "which states the limits"
body_has "tính tiếp 5 ngày làm việc" "and how much time is left"
valid_html "a dossier waiting for a supplement"

web a "/dossiers/$C_APP"
body_has "Kết quả giải quyết" "a decided dossier shows its result"
body_has "href=\"/dossiers/$C_APP/files/$F_RES\"" "to download"
body_has "action=\"/dossiers/$C_APP/rate\"" "and asks for a rating"
body_has "Rất hài lòng" "on the national scale"
valid_html "a decided dossier"

# --- not found, whoever asks -------------------------------------------------------------------
web a "/dossiers/000.00.00.G01-000000-000000"
is "$STATUS" 404 "an unknown code is not found"
NOT_FOUND=$(body_sha)
body_has "Không tìm thấy hồ sơ này" "with a plain explanation"
valid_html "the page of a dossier not found"
web a "/dossiers/$C_B"
is "$STATUS" 404 "another citizen's dossier is not found either"
is "$(body_sha)" "$NOT_FOUND" "with exactly the same page: nothing says it exists"
web a "/dossiers/$D_DRAFT"
is "$STATUS" 404 "nor is a draft (by its number)"
web a "/dossiers/$C_B/files/$F_B"
is "$STATUS" 404 "another citizen's file is not found"
is "$(body_sha)" "$NOT_FOUND" "the same page again"
web a "/dossiers/$C_SUB/files/$F_B"
is "$STATUS" 404 "nor through one's own dossier's address"
web a "/dossiers/$C_SUB/files/abc"
is "$STATUS" 404 "a file number that is not a number is not found"
web b "/dossiers/$C_SUB"
is "$STATUS" 404 "the other citizen cannot open the first one's dossier"

# --- downloads ---------------------------------------------------------------------------------
web a "/dossiers/$C_SUB/files/$F_DOC"
is "$STATUS" 200 "a document downloads"
is "$(body_sha)" "$(filesha "$TMP/doc.pdf")" "byte for byte as it was given"
is "$(header Content-Type)" "application/pdf" "with its type"
has "filename*=UTF-8''$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' \
	'Đơn đề nghị đổi GPLX.pdf')" "$(header Content-Disposition)" "and its Vietnamese name, encoded as RFC 5987 says"
has 'attachment; filename="don de nghi doi GPLX.pdf"' "$(header Content-Disposition)" \
	"with a plain ASCII name for old clients"
is "$(header Cache-Control)" "no-store" "never cached"
web a "/dossiers/$C_APP/files/$F_RES"
is "$(body_sha)" "$(filesha "$TMP/result.png")" "the result downloads byte for byte"
is "$(header Content-Type)" "image/png" "as a PNG"

# --- the public look-up ------------------------------------------------------------------------
fetch /track
is "$STATUS" 200 "the look-up form is open to all"
body_has '<label for="f-code">Mã hồ sơ</label>' "with a labelled code field"
body_has '<label for="f-idnum">Số giấy tờ của người nộp</label>' "and a labelled ID field"
valid_html "the look-up form"
fetch "/track?code=$C_SUB&idnum=$ID_A"
is "$STATUS" 200 "the code with the applicant's ID finds the dossier"
body_has "Đã nộp, chờ tiếp nhận" "it shows the status"
body_has "$PROC_NAME" "the procedure"
body_has "$AGENCY_NAME" "the agency"
body_lacks "$NAME_A" "but not the applicant's name"
if [ -n "$FIELD" ]; then body_lacks "$LICENCE" "nor what was typed in the form"; else skip "no field"; fi
body_lacks "Đơn đề nghị" "nor the files"
valid_html "a look-up's answer"
fetch "/track?code=$C_SUB&idnum=$ID_B"
is "$STATUS" 404 "the code with someone else's ID finds nothing"
body_has "Không tìm thấy hồ sơ với mã và số giấy tờ này" "and says so plainly"
fetch "/track?code=000.00.00.G01-000000-000000&idnum=$ID_A"
is "$STATUS" 404 "an unknown code finds nothing"
fetch "/track?code=$C_SUB"
is "$STATUS" 422 "the code alone is not enough"
body_has 'id="e-idnum"' "the form says the ID is missing"

# --- supplying what was asked ------------------------------------------------------------------
pdf "$TMP/birth.pdf" 40
printf 'Đây là một tệp văn bản, không phải PDF.\n' > "$TMP/scan.pdf"
OUTBOX_BEFORE=$(sql "SELECT COUNT(*) FROM outbox WHERE recipient = '$MAIL_A'")
form a "/dossiers/$C_SUP2"
upload a "/dossiers/$C_SUP2/supply" "file1=@$TMP/birth.pdf;filename=Giấy cư trú.pdf"
is "$STATUS" 403 "an upload without the CSRF token is refused"
is "$(sql "SELECT status, (SELECT COUNT(*) FROM dossier_files WHERE dossier_id = $D_SUP2) FROM dossiers WHERE id = $D_SUP2")" \
	"supplement	0" "and changes nothing"
form b /dossiers
upload b "/dossiers/$C_SUP2/supply" "csrf=$CSRF" "file1=@$TMP/birth.pdf"
is "$STATUS" 404 "another citizen cannot supply the dossier"

# Only bad files: a text file named .pdf and a PDF of more than 5 MB.
pdf "$TMP/big.pdf" 5200
form a "/dossiers/$C_SUP2"
upload a "/dossiers/$C_SUP2/supply" "csrf=$CSRF" "file1=@$TMP/scan.pdf;filename=scan.pdf" \
	"file2=@$TMP/big.pdf;filename=ban-chup-lon.pdf"
is "$STATUS" 422 "an upload of only bad files is refused"
body_has "<strong>scan.pdf</strong>: Không phải tệp PDF" "the text file is named, with why"
body_has "<strong>ban-chup-lon.pdf</strong>: Tệp lớn hơn 5 MB" "the big file too"
body_has "Không tệp nào được nhận" "the page says nothing was supplied"
is "$(sql "SELECT status, days_left, (SELECT COUNT(*) FROM dossier_files WHERE dossier_id = $D_SUP2),
	(SELECT COUNT(*) FROM dossier_events WHERE dossier_id = $D_SUP2),
	(SELECT COUNT(*) FROM dossier_requests WHERE dossier_id = $D_SUP2 AND resolved_at IS NULL)
	FROM dossiers WHERE id = $D_SUP2")" "supplement	3	0	1	1" "and nothing changed"
upload a "/dossiers/$C_SUP2/supply" "csrf=$CSRF"
is "$STATUS" 422 "an upload without any file is refused"
body_has "Vui lòng chọn ít nhất một tệp" "and says to choose one"
valid_html "the refused upload"

# A good PDF with a text file renamed scan.pdf: the PDF is taken, the other named as refused.
EXPECT_DUE=$(python3 - "$(sql "SELECT CURDATE()")" 5 $(sql "SELECT day FROM holidays WHERE day > CURDATE()") <<-'PY'
	import datetime, sys
	day = datetime.date.fromisoformat(sys.argv[1]); n = int(sys.argv[2])
	off = {datetime.date.fromisoformat(d) for d in sys.argv[3:]}
	while n > 0:
	    day += datetime.timedelta(days=1)
	    if day.weekday() < 5 and day not in off:
	        n -= 1
	print(day)
	PY
)
VERSION=$(sql "SELECT version FROM dossiers WHERE id = $D_SUP")
form a "/dossiers/$C_SUP"
upload a "/dossiers/$C_SUP/supply" "csrf=$CSRF" "file1=@$TMP/birth.pdf;filename=Giấy khai sinh.pdf" \
	"file2=@$TMP/scan.pdf;filename=scan.pdf"
is "$STATUS" 200 "a supplement with one good and one bad file is taken"
body_has "Đã nhận 1 tệp bổ sung" "the page says the good one was"
body_has "<strong>scan.pdf</strong>: Không phải tệp PDF" "and names the one refused"
valid_html "the page after a partial supplement"
is "$(sql "SELECT status, version, due_date, days_left IS NULL FROM dossiers WHERE id = $D_SUP")" \
	"received	$((VERSION + 1))	$EXPECT_DUE	1" \
	"the dossier is back with the agency, its due date 5 working days from today"
is "$(sql "SELECT df.role, df.filename, f.sha256 FROM dossier_files df JOIN files f ON f.id = df.file_id
	WHERE df.dossier_id = $D_SUP")" "supplement	Giấy khai sinh.pdf	$(filesha "$TMP/birth.pdf")" \
	"the PDF is stored, linked as a supplement under its name"
is "$(sql "SELECT COUNT(*) FROM dossier_requests WHERE dossier_id = $D_SUP AND resolved_at IS NOT NULL")" 1 \
	"the request is resolved"
is "$(sql "SELECT actor_id, from_status, to_status FROM dossier_events WHERE dossier_id = $D_SUP AND action = 'supply'")" \
	"$UA	supplement	received" "the timeline records who supplied it"
is "$(sql "SELECT COUNT(*) FROM outbox WHERE recipient = '$MAIL_A' AND subject LIKE '%$C_SUP%'")" 1 \
	"a mail to the applicant is queued with it"
is "$(sql "SELECT COUNT(*) FROM outbox WHERE recipient = '$MAIL_A'")" $((OUTBOX_BEFORE + 1)) \
	"and only one"
MSG=$(mail_wait "$MAIL_A" 2)
has "Kính gửi $NAME_A" "$MSG" "the mail reaches the applicant, by name"
has "/dossiers/$C_SUP" "$MSG" "with a link to the dossier"
web a "/dossiers/$C_SUP"
body_has "Bổ sung hồ sơ</strong> — Bạn" "the timeline shows the supplement"
body_has "Giấy khai sinh.pdf" "and the file among the documents"
body_lacks 'enctype="multipart/form-data"' "the upload form is gone"
form a "/dossiers/$C_SUP"
upload a "/dossiers/$C_SUP/supply" "csrf=$CSRF" "file1=@$TMP/birth.pdf"
is "$STATUS" 409 "a second supplement is refused"
is "$(sql "SELECT COUNT(*) FROM dossier_files WHERE dossier_id = $D_SUP")" 1 "and stores nothing"
# Only good files: the answer is a redirect to the page.
upload a "/dossiers/$C_SUP2/supply" "csrf=$CSRF" "file1=@$TMP/birth.pdf;filename=Xác nhận cư trú.pdf"
is "$STATUS" 303 "a supplement of good files only goes back to the page"
is "$(header Location)" "/dossiers/$C_SUP2?supplied=1" "which says how many were sent"
is "$(sql "SELECT COUNT(DISTINCT f.id) FROM files f WHERE f.sha256 = '$(filesha "$TMP/birth.pdf")'")" 1 \
	"the same file twice is stored once"

# --- rating ------------------------------------------------------------------------------------
form a "/dossiers/$C_APP"
post a "/dossiers/$C_APP/rate" rating=2
is "$STATUS" 403 "a rating without the CSRF token is refused"
is "$(sql "SELECT rated_at IS NULL FROM dossiers WHERE id = $D_APP")" 1 "and records nothing"
post a "/dossiers/$C_APP/rate" "csrf=$CSRF" "comment=Không chọn mức"
is "$STATUS" 422 "a rating without a level is refused"
body_has 'id="e-rating"' "and the form says so"
body_has "Không chọn mức</textarea>" "keeping the comment typed"
post a "/dossiers/$C_APP/rate" "csrf=$CSRF" rating=7
is "$STATUS" 400 "a level off the scale is refused"
post a "/dossiers/$C_SUB/rate" "csrf=$CSRF" rating=1
is "$STATUS" 409 "a dossier not decided cannot be rated"
body_has "chưa có kết quả" "and the page says why"
post b "/dossiers/$C_APP/rate" "csrf=$CSRF" rating=4
is "$STATUS" 403 "another citizen's token is not this session's"
form b /dossiers
post b "/dossiers/$C_APP/rate" "csrf=$CSRF" rating=4
is "$STATUS" 404 "and another citizen cannot rate the dossier"
form a "/dossiers/$C_APP"
post a "/dossiers/$C_APP/rate" "csrf=$CSRF" rating=2 "comment=Cán bộ hướng dẫn tận tình."
is "$STATUS" 303 "the applicant rates the service"
is "$(header Location)" "/dossiers/$C_APP?rated=1" "and goes back to the dossier"
is "$(sql "SELECT rating, rating_comment, rated_at IS NOT NULL FROM dossiers WHERE id = $D_APP")" \
	"2	Cán bộ hướng dẫn tận tình.	1" "the rating is recorded"
post a "/dossiers/$C_APP/rate" "csrf=$CSRF" rating=4 "comment=Đổi ý"
is "$STATUS" 409 "a second rating is refused"
body_has "Bạn đã đánh giá hồ sơ này rồi" "with a clear message"
is "$(sql "SELECT rating, rating_comment FROM dossiers WHERE id = $D_APP")" "2	Cán bộ hướng dẫn tận tình." \
	"and the first one stands"
web a "/dossiers/$C_APP?rated=1"
body_has "Cảm ơn bạn đã đánh giá" "the page thanks the applicant"
body_has "Bạn đã đánh giá: <strong>Hài lòng</strong>" "and shows the rating given"
body_lacks "action=\"/dossiers/$C_APP/rate\"" "without the form"

done_testing
