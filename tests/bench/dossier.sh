#!/bin/bash
# Benchmark of filing and following dossiers (not part of make check), on a stack of its own:
#
#  1. Submissions per second with a 200 KB attachment. Citizens (the first registered through the
#     real form, the others copied from it in SQL with the same scrypt hash) each log in through
#     /account/login; one draft of procedure 1.004194 (its first case, province 01) is filled
#     through the real pages — fields saved, every required document but the last uploaded — and
#     copied in SQL into N drafts spread over the citizens, each value the account prefills taken
#     from the draft's own owner. One request is then POST /drafts/{id}: multipart with the CSRF
#     token, action=submit and a 200 KB PDF for the last required document. Each draft can be
#     submitted once, so wrk (tests/bench/dossier.lua) walks the N drafts, each exactly once, at
#     -c connections; its threads stop when their drafts are answered and the script then ends
#     wrk, so that requests/s is N over the time they took. Baselines of the same run: GET /hello,
#     the same 200 KB multipart body POSTed to /hello (which serves GET only: it answers 405 without
#     parsing the body, so this is nginx taking 200 KB and handing it to the runner) and a plain
#     save of the drafts (action=save, the form's fields, no file). Afterwards SQL checks that
#     exactly the N drafts became N dossiers, each with one code and one submit event.
#  2. GET /dossiers/{code} (one citizen's dossier of part 1, with its session cookie) with the
#     database as part 1 left it, then again after bulk-inserting a million submitted dossiers
#     over ten thousand users (INSERT ... SELECT from the Sequence engine's seq_1_to_N tables)
#     with codes, values, files and one submit event each, as the submit family leaves them; with
#     /hello before and after. The time of the bulk insert is reported step by step.
#
# usage: tests/bench/dossier.sh [-d SECONDS] [-c CONNECTIONS]     (from a built tree)
# Sizes, from the environment: BENCH_SUBMISSIONS (N, default 1000), BENCH_CITIZENS (50),
# BENCH_DOSSIERS (1000000), BENCH_USERS (10000, counting the citizens of part 1). CONG_WORKERS
# (default 4) is the number of workers of every FastCGI program, as for tests/stack.sh.
# It starts its own stack in ./bench-stack on a free port and stops it at the end, even on failure.
BENCH_CONNS=16
cmdline="$0 $*"
. "$(dirname "$0")/common.sh"

nsub=${BENCH_SUBMISSIONS:-1000}
ncit=${BENCH_CITIZENS:-50}
nbulk=${BENCH_DOSSIERS:-1000000}
nusers=${BENCH_USERS:-10000}
kb=200
proc=1.004194
province=01
threads=2
[ "$nsub" -ge "$threads" ] || { echo "bench: BENCH_SUBMISSIONS must be at least $threads" >&2; exit 2; }
[ "$ncit" -ge 2 ] && [ "$nusers" -gt "$ncit" ] && [ "$nbulk" -ge 1 ] ||
	{ echo "bench: BENCH_CITIZENS must be at least 2, BENCH_USERS more than BENCH_CITIZENS" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/cong-bench-dossier.XXXXXX")
# The database grows to about 2 GB: it goes with the stack (the logs stay in bench-stack/log).
bench_on_exit "rm -rf '$work' '$bench_dir/db'"
lua=$top/tests/bench/dossier.lua
failed=0

sql() { mariadb --socket="$CONG_DB_SOCKET" -u root -N -B cong -e "$1"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
secs() { awk -v ms="$1" 'BEGIN { printf "%.1f s", ms / 1000 }'; }
# citizen K: the citizen ID of the Kth bench account (Hà Nội, man born in 1985).
citizen() { printf '001085%06d' "$1"; }
fail() { echo "CHECK FAILED: $*"; failed=1; }

echo "command: $cmdline"
echo "machine: $(nproc) cores ($(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1)), $(free -m | awk '/^Mem:/ {print $2}') MB RAM, $(mariadb --version | sed 's/.*Distrib \([^,]*\),.*/MariaDB \1/'), $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2)"
echo "load before: $(uptime | sed 's/.*load average/load average/')"
echo "run: $CONG_URL, ${CONG_WORKERS:-4} workers per FastCGI program; wrk -t$threads -c$conns, -d${duration}s for the timed runs; $(date -u +%Y-%m-%dT%H:%MZ)"
echo "sizes: $nsub submissions by $ncit citizens, ${kb} KB file; bulk $nbulk dossiers over $nusers users"
echo

# --- part 1: the citizens, their sessions and their drafts ------------------------------------
t0=$(now_ms)
password='Trời xanh mây trắng 2024'
jar=$work/visitor.jar
vtok=$(curl -s -c "$jar" "$CONG_URL/account/register" | grep -o 'name="csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
status=$(curl -s -b "$jar" -o /dev/null -w '%{http_code}' "$CONG_URL/account/register" \
	--data-urlencode "csrf=$vtok" -d kind=citizen -d "citizen_id=$(citizen 1)" \
	--data-urlencode 'full_name=Nguyễn Văn Một' -d birth_date=1985-02-03 -d sex=M -d phone=0980000001 \
	-d email=cd1@example.vn --data-urlencode "password=$password" --data-urlencode "password2=$password")
[ "$status" = 303 ] || { echo "bench: registration through the form answered $status" >&2; exit 1; }
first=$(sql "SELECT id FROM users WHERE citizen_id = '$(citizen 1)'")
# The others: the same account row with the same scrypt hash (the password is the same).
sql "INSERT INTO users (kind, citizen_id, full_name, birth_date, sex, phone, email, password_hash, status)
	SELECT kind, CONCAT('001085', LPAD(s.seq, 6, '0')), CONCAT('Nguyễn Văn Công Dân ', s.seq), birth_date,
	sex, CONCAT('098', LPAD(s.seq, 7, '0')), CONCAT('cd', s.seq, '@example.vn'), password_hash, status
	FROM users JOIN seq_2_to_$ncit s WHERE id = $first ORDER BY s.seq"

# Real logins, a few at a time (each costs an scrypt hash): the cookie each one sets.
login() {
	curl -s -o /dev/null -D - -H "Cookie: cong_csrf=$vtok" "$CONG_URL/account/login" \
		--data-urlencode "csrf=$vtok" -d kind=citizen --data-urlencode "login=$1" \
		--data-urlencode "password=$password" |
		sed -n 's/^[Ss]et-[Cc]ookie: cong_session=\([^;]*\).*/\1/p' | tr -d '\r'
}
for k in $(seq 1 "$ncit"); do
	login "$(citizen "$k")" > "$work/token.$k" &
	if [ $((k % 4)) = 0 ]; then wait; fi
done
wait
# user id, session token and the session's CSRF token, one line per citizen.
values=$(for k in $(seq 1 "$ncit"); do printf "('%s')," "$(cat "$work/token.$k")"; done)
mariadb --socket="$CONG_DB_SOCKET" -u root -N -B cong > "$work/sessions" <<-SQL
	CREATE TEMPORARY TABLE bench_tokens (token VARCHAR(64) NOT NULL);
	INSERT INTO bench_tokens VALUES ${values%,};
	SELECT s.user_id, t.token, s.csrf_token FROM bench_tokens t
	JOIN sessions s ON s.token_hash = SHA2(t.token, 256) AND s.ended_at IS NULL ORDER BY s.user_id;
SQL
[ "$(wc -l < "$work/sessions")" = "$ncit" ] || { echo "bench: only $(wc -l < "$work/sessions") of $ncit logins worked" >&2; exit 1; }
read -r _ tok1 csrf1 < <(awk -v u="$first" '$1 == u' "$work/sessions")
t_login=$(now_ms)

# The procedure's first case, its required documents (all but the last are attached to the
# drafts; the last is the timed upload) and the form's fields as a browser fills them.
read -r pid case_id < <(sql "SELECT p.id, c.id FROM procedures p JOIN procedure_cases c ON c.procedure_id = p.id WHERE p.code = '$proc' ORDER BY c.ord LIMIT 1")
mapfile -t docs < <(sql "SELECT id FROM procedure_documents WHERE case_id = $case_id AND required = 1 ORDER BY ord")
[ ${#docs[@]} -ge 1 ] || { echo "bench: case $case_id of $proc asks for no document" >&2; exit 1; }
last_doc=${docs[${#docs[@]}-1]}
ward=$(sql "SELECT code FROM admin_units WHERE parent_code = '$province' ORDER BY code LIMIT 1")
boundary=----CongBenchBoundary7MA4YWxkTrZu0gW	# as in dossier.lua
: > "$work/fields.part"
form=()
addfield() {
	form+=(-F "$1=$2")
	printf -- '--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' "$boundary" "$1" "$2" >> "$work/fields.part"
}
while IFS=$'\t' read -r name kind choice; do
	case "$kind" in
	text|textarea) addfield "f_$name" "Thông tin $name" ;;
	date) addfield "f_$name" 2027-06-30 ;;
	number) addfield "f_$name" 12 ;;
	idnum) addfield "f_$name" 001060123456 ;;
	choice) addfield "f_$name" "$choice" ;;
	address) addfield "f_${name}_province" "$province"; addfield "f_${name}_ward" "$ward"
		addfield "f_${name}_street" "Số 5 phố Tràng Tiền" ;;
	esac
done < <(sql "SELECT name, kind, SUBSTRING_INDEX(choices, '\n', 1) FROM procedure_fields WHERE procedure_id = $pid AND prefill = '' ORDER BY ord")
mkpdf() { { printf '%%PDF-1.4\n%% %s\n1 0 obj << >> endobj\n' "$2"; head -c $((kb * 1024 - 64)) /dev/zero | tr '\0' ' '; printf '\n%%%%EOF\n'; } > "$1"; }
for d in "${docs[@]}"; do
	[ "$d" = "$last_doc" ] && continue
	mkpdf "$work/doc-$d.pdf" "to khai $d"
	form+=(-F "doc_$d=@$work/doc-$d.pdf;type=application/pdf;filename=to-khai-$d.pdf")
done

# The model draft, through the pages: started, then saved with its fields and documents.
loc=$(curl -s -o /dev/null -w '%{redirect_url}' -H "Cookie: cong_session=$tok1" "$CONG_URL/submit/$proc" \
	-d "csrf=$csrf1" -d "case=$case_id" -d "province=$province")
model=${loc##*/drafts/}
case "$model" in ''|*[!0-9]*) echo "bench: starting a draft answered '$loc'" >&2; exit 1 ;; esac
loc=$(curl -s -o "$work/save.html" -w '%{http_code} %{redirect_url}' -H "Cookie: cong_session=$tok1" \
	"$CONG_URL/drafts/$model" -F "csrf=$csrf1" -F action=save "${form[@]}")
case "$loc" in "303 "*"saved=1") ;; *) echo "bench: saving the model draft answered $loc" >&2; exit 1 ;; esac

# clone SOURCE LO HI [AT]: gives the dossiers LO < id <= HI the values and files of SOURCE, each
# value the account prefills taken from the dossier's own owner (files added at AT, or now).
clone() {
	sql "INSERT INTO dossier_values (dossier_id, name, value)
		SELECT d.id, v.name, CASE f.prefill WHEN 'full_name' THEN u.full_name
			WHEN 'citizen_id' THEN COALESCE(u.citizen_id, '') WHEN 'tax_code' THEN COALESCE(u.tax_code, '')
			WHEN 'birth_date' THEN COALESCE(DATE_FORMAT(u.birth_date, '%Y-%m-%d'), '')
			WHEN 'phone' THEN u.phone WHEN 'email' THEN u.email
			WHEN 'representative' THEN COALESCE(u.representative, '') ELSE v.value END
		FROM dossiers d JOIN users u ON u.id = d.user_id JOIN dossier_values v ON v.dossier_id = $1
		LEFT JOIN procedure_fields f ON f.procedure_id = d.procedure_id AND f.name = v.name
		WHERE d.id > $2 AND d.id <= $3 ORDER BY d.id, v.name;
		INSERT INTO dossier_files (dossier_id, document_id, role, file_id, filename, created_at)
		SELECT d.id, f.document_id, f.role, f.file_id, f.filename, ${4:-NOW()}
		FROM dossiers d JOIN dossier_files f ON f.dossier_id = $1
		WHERE d.id > $2 AND d.id <= $3 ORDER BY d.id, f.id"
}
# N drafts like the model, the citizens in turn.
lo=$(sql "SELECT MAX(id) FROM dossiers")
sql "INSERT INTO dossiers (user_id, procedure_id, case_id, province_code, version)
	SELECT u.id, m.procedure_id, m.case_id, m.province_code, m.version FROM seq_1_to_$nsub s
	JOIN users u ON u.citizen_id = CONCAT('001085', LPAD(1 + (s.seq - 1) MOD $ncit, 6, '0'))
	JOIN dossiers m ON m.id = $model ORDER BY s.seq"
hi=$(sql "SELECT MAX(id) FROM dossiers")
clone "$model" "$lo" "$hi"
sql "SELECT id, user_id FROM dossiers WHERE id > $lo AND id <= $hi ORDER BY id" |
	awk 'NR == FNR { s[$1] = $2 " " $3; next } { print $1, s[$2] }' "$work/sessions" - > "$work/drafts"
[ "$(wc -l < "$work/drafts")" = "$nsub" ] || { echo "bench: $(wc -l < "$work/drafts") drafts made, not $nsub" >&2; exit 1; }
t_prep=$(now_ms)
echo "prepared: $ncit citizens (1 registered through the form, $((ncit - 1)) copied in SQL), $ncit logins through /account/login in $(secs $((t_login - t0)));"
echo "          model draft $model filled through the pages ($(sql "SELECT COUNT(*) FROM dossier_values WHERE dossier_id = $model") values, $(( ${#docs[@]} - 1 )) of ${#docs[@]} required documents), copied into $nsub drafts in $(secs $((t_prep - t_login)))"
echo

# --- part 1: the runs ----------------------------------------------------------------------------
# The 200 KB multipart body of a submission, for /hello.
{
	printf -- '--%s\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n%s\r\n' "$boundary" "$csrf1"
	printf -- '--%s\r\nContent-Disposition: form-data; name="action"\r\n\r\nsubmit\r\n' "$boundary"
	printf -- '--%s\r\nContent-Disposition: form-data; name="doc_%s"; filename="giay-to-cho-o.pdf"\r\nContent-Type: application/pdf\r\n\r\n' "$boundary" "$last_doc"
	mkpdf "$work/hello.pdf" "hello"; cat "$work/hello.pdf"
	printf '\r\n--%s--\r\n' "$boundary"
} > "$work/hello.body"
cat > "$work/hello.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "multipart/form-data; boundary=$boundary"
local f = io.open("$work/hello.body", "rb")
wrk.body = f:read("*a")
f:close()
LUA

echo "== 1. submitting a dossier with a ${kb} KB file ($nsub drafts, each submitted once) =="
echo "wrk -t$threads -c$conns -d${duration}s --latency URL                                  (baselines)"
echo "wrk -t$threads -c$conns --timeout 10s --latency -s tests/bench/dossier.lua URL -- save|submit ..."
get "hello (GET /hello)" hello /hello
out=$(wrk -t$threads -c"$conns" -d"${duration}s" --latency -s "$work/hello.lua" "$CONG_URL/hello")
row "hello, POST ${kb} KB multipart (405)" "$out" "" hellopost
echo "$out" | grep -q 'Non-2xx' || fail "POST /hello was expected to answer 405"
out=$(wrk -t$threads -c"$conns" -d"${duration}s" --timeout 10s --latency -s "$lua" "$CONG_URL/" -- \
	save "$work/drafts" $threads "$work/fields.part")
row "draft save (action=save, no file)" "$out" "" save
echo "$out" | grep -q '^statuses: 303=[0-9]*$' || fail "a save did not answer 303"
limit=$((30 + nsub / 10))	# seconds, at most (10 submissions/s); the run ends when the N are answered
: > "$work/empty.part"
ts=$(now_ms)
out=$(wrk_until_done -t$threads -c"$conns" -d"${limit}s" --timeout 10s --latency -s "$lua" "$CONG_URL/" -- \
	submit "$work/drafts" $threads "$work/empty.part" $kb "doc_$last_doc")
te=$(now_ms)
row "submission (action=submit + ${kb} KB file)" "$out" "" submit
echo "$out" | awk '/requests in/ {sub(/^ */, ""); print "  (" $0 "; wall time of wrk " '"$(( te - ts ))"' " ms)"}'

# Checks: the N drafts became N dossiers, each once.
read -r n_sub n_draft n_codes n_null < <(sql "SELECT SUM(status = 'submitted'), SUM(status = 'draft'), COUNT(DISTINCT code), SUM(code IS NULL) FROM dossiers WHERE id > $lo AND id <= $hi")
read -r n_ev n_evd < <(sql "SELECT COUNT(*), COUNT(DISTINCT dossier_id) FROM dossier_events WHERE action = 'submit' AND dossier_id > $lo AND dossier_id <= $hi")
n_files=$(sql "SELECT COUNT(*) FROM dossier_files WHERE document_id = $last_doc AND dossier_id > $lo AND dossier_id <= $hi")
n_ok=$(echo "$out" | awk '/^submitted:/ {print $2}')
echo "check: $n_sub submitted, $n_draft still drafts, $n_codes distinct codes ($n_null without), $n_ev submit events on $n_evd dossiers, $n_files uploads of doc_$last_doc, $n_ok answers 303 to a new receipt"
[ "$n_sub" = "$nsub" ] && [ "$n_draft" = 0 ] && [ "$n_codes" = "$nsub" ] && [ "$n_null" = 0 ] &&
	[ "$n_ev" = "$nsub" ] && [ "$n_evd" = "$nsub" ] && [ "$n_files" = "$nsub" ] && [ "$n_ok" = "$nsub" ] ||
	fail "expected exactly $nsub submissions, each once"
awk -v s="$RPS_submit" -v h="$RPS_hellopost" -v v="$RPS_save" 'BEGIN {
	printf "submissions/s = %.2f x the 200 KB POST to /hello, %.2f x a draft save\n", s / h, s / v }'
echo

# --- part 2: a dossier's page, at the size part 1 left, then with a million more ----------------
read -r code owner < <(sql "SELECT code, user_id FROM dossiers WHERE id > $lo AND id <= $hi AND user_id = $first ORDER BY id LIMIT 1")
page=/dossiers/$code
status=$(curl -s -o "$work/page.html" -w '%{http_code}' -H "Cookie: cong_session=$tok1" "$CONG_URL$page")
[ "$status" = 200 ] && grep -qF "$code" "$work/page.html" || { echo "bench: $page answers $status" >&2; exit 1; }
ndos=$(sql "SELECT COUNT(*) FROM dossiers")
echo "== 2. GET $page (owner's session cookie) =="
echo "wrk -t$threads -c$conns -d${duration}s --latency URL"
get "hello (GET /hello)" hello2 /hello
get "dossier page, $ndos dossiers" small "$page" "$tok1"

tb0=$(now_ms)
# Users: BENCH_USERS in all, the citizens of part 1 among them; the same password hash.
sql "INSERT INTO users (kind, citizen_id, full_name, birth_date, sex, phone, email, password_hash, status)
	SELECT kind, CONCAT('001085', LPAD(s.seq, 6, '0')), CONCAT('Nguyễn Văn Công Dân ', s.seq), birth_date,
	sex, CONCAT('098', LPAD(s.seq, 7, '0')), CONCAT('cd', s.seq, '@example.vn'), password_hash, status
	FROM users JOIN seq_$((ncit + 1))_to_$nusers s WHERE id = $first ORDER BY s.seq"
tb1=$(now_ms)
# Dossiers: 1,000 a day for each day back from yesterday, numbered as the counter of their agency
# and day would number them, the users in turn; routed, coded and dated as submit_finish does.
read -r agency acode < <(sql "SELECT d.agency_id, a.code FROM dossiers d JOIN agencies a ON a.id = d.agency_id WHERE d.code = '$code'")
perday=1000
ndays=$(( (nbulk + perday - 1) / perday ))
blo=$(sql "SELECT MAX(id) FROM dossiers")
sql "INSERT INTO dossiers (code, user_id, procedure_id, case_id, province_code, agency_id, status, version,
		applicant_name, applicant_idnum, submitted_at, due_date, created_at, updated_at)
	SELECT CONCAT('$acode-', DATE_FORMAT(b.day, '%y%m%d'), '-', LPAD(b.n, 6, '0')), u.id, $pid, $case_id,
		'$province', $agency, 'submitted', 2, u.full_name, u.citizen_id, b.at, b.day + INTERVAL 3 DAY,
		b.at - INTERVAL 1 HOUR, b.at
	FROM (SELECT s.seq, CURDATE() - INTERVAL ($ndays - (s.seq - 1) DIV $perday) DAY AS day,
		1 + (s.seq - 1) MOD $perday AS n,
		CURDATE() - INTERVAL ($ndays - (s.seq - 1) DIV $perday) DAY + INTERVAL 7 HOUR
			+ INTERVAL ((s.seq - 1) MOD $perday) * 25 SECOND AS at
		FROM seq_1_to_$nbulk s) b
	JOIN users u ON u.citizen_id = CONCAT('001085', LPAD(1 + (b.seq - 1) MOD $nusers, 6, '0'))
	ORDER BY b.seq;
	INSERT INTO dossier_counters (agency_id, day, last)
	SELECT $agency, CURDATE() - INTERVAL s.seq DAY, LEAST($perday, $nbulk - ($ndays - s.seq) * $perday)
	FROM seq_1_to_$ndays s"
bhi=$(sql "SELECT MAX(id) FROM dossiers")
tb2=$(now_ms)
sql "INSERT INTO dossier_events (dossier_id, at, actor_id, action, from_status, to_status)
	SELECT id, submitted_at, user_id, 'submit', 'draft', 'submitted' FROM dossiers
	WHERE id > $blo AND id <= $bhi ORDER BY id"
tb3=$(now_ms)
# Values and files: those of the dossier whose page is measured (a real submission).
clone "$(sql "SELECT id FROM dossiers WHERE code = '$code'")" "$blo" "$bhi" "d.submitted_at"
tb4=$(now_ms)
sql "ANALYZE TABLE users, dossiers, dossier_values, dossier_files, dossier_events" > /dev/null
tb5=$(now_ms)
# What the insert left dirty in the buffer pool is written out before measuring (a database that
# has settled; the I/O capacity is raised so that this takes seconds), then the settings are put
# back.
read -r pct cap capmax < <(sql "SELECT @@innodb_max_dirty_pages_pct, @@innodb_io_capacity, @@innodb_io_capacity_max")
sql "SET GLOBAL innodb_io_capacity_max = 100000; SET GLOBAL innodb_io_capacity = 100000; SET GLOBAL innodb_max_dirty_pages_pct = 0"
for i in $(seq 1 240); do
	dirty=$(sql "SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_pages_dirty'" | cut -f2)
	[ "$dirty" -lt 200 ] && break
	sleep 0.5
done
sql "SET GLOBAL innodb_max_dirty_pages_pct = $pct; SET GLOBAL innodb_io_capacity = $cap; SET GLOBAL innodb_io_capacity_max = $capmax"
tb6=$(now_ms)
read -r ndos nvals nev nfiles < <(sql "SELECT (SELECT COUNT(*) FROM dossiers), (SELECT COUNT(*) FROM dossier_values), (SELECT COUNT(*) FROM dossier_events), (SELECT COUNT(*) FROM dossier_files)")
echo "bulk insert: $(sql "SELECT COUNT(*) FROM dossiers WHERE id > $blo AND id <= $bhi") dossiers for $nusers users in $(secs $((tb4 - tb0))) — users $(secs $((tb1 - tb0))), dossiers $(secs $((tb2 - tb1))), events $(secs $((tb3 - tb2))), values and files $(secs $((tb4 - tb3)));"
echo "             then ANALYZE TABLE $(secs $((tb5 - tb4))), dirty pages written out $(secs $((tb6 - tb5))) ($dirty left)"
echo "database now: $ndos dossiers, $nvals values, $nev events, $nfiles dossier files; $(sql "SELECT ROUND(SUM(data_length + index_length) / 1048576) FROM information_schema.tables WHERE table_schema = 'cong'") MB on disk, buffer pool $(( $(sql "SELECT @@innodb_buffer_pool_size") / 1048576 )) MB"
echo "plan of the page's first query: $(sql "EXPLAIN SELECT d.id FROM dossiers d JOIN procedures p ON p.id = d.procedure_id LEFT JOIN agencies a ON a.id = d.agency_id WHERE d.code = '$code' AND d.user_id = $owner AND d.status <> 'draft'" | awk -F'\t' '$3 == "d" {print "dossiers by key " $6 ", rows " $9}')"
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: cong_session=$tok1" "$CONG_URL$page")
[ "$status" = 200 ] || fail "$page answers $status after the bulk insert"
get "hello (GET /hello)" hello3 /hello
get "dossier page, $ndos dossiers" big "$page" "$tok1"
awk -v a="$RPS_small" -v b="$RPS_big" -v h="$RPS_hello3" 'BEGIN {
	printf "dossier page: %.2f x its throughput at the small size; %.2f x /hello\n", b / a, b / h }'
echo
echo "load after: $(uptime | sed 's/.*load average/load average/')"
exit $failed
