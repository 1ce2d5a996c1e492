#!/bin/bash
# cong-import with the real public data sets: an operator loads units, agencies, fields and
# procedures, gets what the files hold with every search column filled, can run it again without
# changing anything, and a broken file is refused with a message saying where, changing nothing.
# It works in a database of its own, so the stack's catalogue is left as the other tests expect.
. "$CONG_SRCDIR/tests/lib.sh"

DB=cong_import_test
BIN=${CONG_BIN:-$CONG_BUILDDIR/cgi-bin}
DATA=$CONG_SHARED_DATA
PROC=$DATA/procedures

trap 'sql mysql "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1; rm -rf "$TMP"' EXIT
sql mysql "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

# The stack's configuration pointed at our database; the last Db.Name wins, in HDF and in
# cong-migrate alike.
{ grep -v '^[[:space:]]*Db\.Name[[:space:]]*=' "$CONG_CONF"; echo "Db.Name = $DB"; } > "$TMP/cong.conf"
"$BIN/cong-migrate" --conf "$TMP/cong.conf" --sql "$CONG_SRCDIR/sql" >"$TMP/migrate.out" 2>&1
ok $? "the schema is applied to a database of the test's own"

# run NAME ARGS...: runs cong-import with our configuration; leaves RC, and the output in
# $TMP/NAME.out and $TMP/NAME.err.
run() {
	local name=$1; shift
	"$BIN/cong-import" --conf "$TMP/cong.conf" "$@" >"$TMP/$name.out" 2>"$TMP/$name.err"
	RC=$?
}
checksums() { sql "$DB" "CHECKSUM TABLE admin_units, agencies, fields, procedures"; }
has() {			# has FILE REGEX DESCRIPTION
	if grep -qE -- "$2" "$1"; then ok 0 "$3"; else ok 1 "$3"; diag "$(basename "$1"): $(head -c 1500 "$1")"; fi
}

# --- a first import: everything is added ---------------------------------------------------------
load() {		# load COMMAND FILE TABLE COUNT
	local start end
	start=$(date +%s%N)
	run "$1" "$1" "$2"
	end=$(date +%s%N)
	is "$RC" 0 "importing $1 succeeds"
	[ "$RC" = 0 ] || diag "$(head -c 1500 "$TMP/$1.err")"
	is "$(cat "$TMP/$1.out")" "$3: $4 read, $4 added, 0 changed" "and says it added $4 rows to $3"
	diag "$1: $(( (end - start) / 1000000 )) ms"
}
load units "$DATA/units/vn_units.json" admin_units 3355
load agencies "$PROC/agencies.json" agencies 57
load fields "$PROC/fields.json" fields 489
load procedures "$PROC/citizen_services.json" procedures 1000

is "$(sql "$DB" "SELECT COUNT(*) FROM admin_units WHERE unit_type = 'province' AND parent_code IS NULL")" 34 \
	"34 provinces"
is "$(sql "$DB" "SELECT COUNT(*) FROM admin_units w JOIN admin_units p ON p.code = w.parent_code
	WHERE w.unit_type = 'ward' AND p.unit_type = 'province'")" 3321 "3,321 wards, each in its province"
is "$(sql "$DB" "SELECT COUNT(*) FROM agencies")" 57 "57 agencies"
is "$(sql "$DB" "SELECT COUNT(*) FROM fields")" 489 "489 fields"
is "$(sql "$DB" "SELECT COUNT(*) FROM procedures WHERE audience = 'citizen' AND online_level = 'partial'")" 1000 \
	"1,000 procedures, as citizens' online services"

# --- what the rows hold -----------------------------------------------------------------------------
is "$(sql "$DB" "SELECT CONCAT_WS('|', kind_name, name, full_name, name_en, code_name, folded_name)
	FROM admin_units WHERE code = '00004'")" "Phường|Ba Đình|Phường Ba Đình|Ba Dinh|ba_dinh|ba dinh" \
	"a ward keeps its kind, names and folded name"
is "$(sql "$DB" "SELECT CONCAT_WS('|', agency_level, unit_code) FROM agencies WHERE code = 'H26'")" \
	"province|01" "UBND Thành phố Hà Nội is a province's agency, serving Hà Nội"
is "$(sql "$DB" "SELECT COUNT(*) FROM agencies WHERE agency_level = 'province' AND unit_code IS NOT NULL")" 34 \
	"every provincial People's Committee is matched to its province (Thanh Hóa/Thanh Hoá too)"
is "$(sql "$DB" "SELECT CONCAT_WS('|', agency_level, folded_name) FROM agencies WHERE code = 'G06'")" \
	"central|bo khoa hoc va cong nghe" "a ministry is central, its folded name without double spaces"
is "$(sql "$DB" "SELECT CONCAT_WS('|', f.name, f.ministry, a.code) FROM fields f
	LEFT JOIN agencies a ON a.id = f.agency_id WHERE f.code = '246'")" \
	"An toàn thực phẩm|Bộ Y tế|000.00.00.G18" "a field's name and ministry are split, and the ministry found"
is "$(sql "$DB" "SELECT name FROM fields WHERE code = '15764'")" "Công chứng (nội bộ)" \
	"a field name with brackets of its own keeps them"
is "$(sql "$DB" "SELECT CONCAT_WS('|', name, folded_name, search_text, is_vertical) FROM procedures
	WHERE code = '3.000347'")" "Đổi giấy phép lái xe|doi giay phep lai xe|doi giay phep lai xe 3 000347 gplx|1" \
	"'Đổi giấy phép lái xe' is folded with đ→d, its search text holds its code and abbreviation"
is "$(sql "$DB" "SELECT popularity FROM procedures WHERE code = '1.004194'")" 15539622 \
	"the portal's weight is the popularity"
is "$(sql "$DB" "SELECT (SELECT COUNT(*) FROM admin_units WHERE folded_name = '')
	+ (SELECT COUNT(*) FROM agencies WHERE folded_name = '') + (SELECT COUNT(*) FROM fields WHERE folded_name = '')
	+ (SELECT COUNT(*) FROM procedures WHERE folded_name = '' OR search_text = '')")" 0 "no folded column is empty"

# --- again: nothing changes ---------------------------------------------------------------------------
before=$(checksums)
again() {		# again COMMAND FILE TABLE COUNT
	run "$1-again" "$1" "$2"
	is "$RC" 0 "importing $1 again succeeds"
	is "$(cat "$TMP/$1-again.out")" "$3: $4 read, 0 added, 0 changed" "and changes nothing in $3"
}
again units "$DATA/units/vn_units.json" admin_units 3355
again agencies "$PROC/agencies.json" agencies 57
again fields "$PROC/fields.json" fields 489
again procedures - procedures 1000 < "$PROC/citizen_services.json"
is "$(checksums)" "$before" "the tables are exactly as they were (from standard input too)"

# --- reindex puts back a folded column ------------------------------------------------------------------
sql "$DB" "UPDATE procedures SET folded_name = '', search_text = '', updated_at = updated_at WHERE code = '3.000347'"
run reindex reindex
is "$RC" 0 "reindex succeeds"
has "$TMP/reindex.out" '^procedures: 1000 read, 0 added, 1 changed$' "and rewrites only the procedure that needed it"
is "$(checksums)" "$before" "which is as it was"

# --- a file that would change things, but is broken: nothing changes -------------------------------------
# Every weight different and one new record, so that any partial write would show.
python3 - "$PROC/citizen_services.json" "$TMP" <<'PY'
import json, sys
recs = json.load(open(sys.argv[1], encoding="utf-8"))
for r in recs:
    r["WEIGHT"] = str(int(r["WEIGHT"]) + 1)
recs.append({"TTHC_MA": "9.999999", "NAME": "Thủ tục thử", "ISNGANHDOC": "0", "WEIGHT": "1"})
text = json.dumps(recs, ensure_ascii=False, indent=2)
open(sys.argv[2] + "/truncated.json", "w", encoding="utf-8").write(text[: len(text) // 2])
del recs[499]["NAME"]
open(sys.argv[2] + "/no-name.json", "w", encoding="utf-8").write(json.dumps(recs, ensure_ascii=False, indent=2))
PY

run truncated procedures "$TMP/truncated.json"
is "$RC" 1 "a truncated file is refused with status 1"
has "$TMP/truncated.err" 'truncated\.json:[0-9]+:[0-9]+: ' "naming the line and column where it breaks"
is "$(checksums)" "$before" "and nothing is written"

run no-name procedures "$TMP/no-name.json"
is "$RC" 1 "a file with a record without NAME is refused with status 1"
has "$TMP/no-name.err" 'record 500 \(TTHC_MA "[0-9.]+"\): NAME is missing or empty' "naming record 500, its code and the field"
is "$(checksums)" "$before" "and nothing is written, not even the 999 good records"

run missing procedures "$TMP/no-such-file.json"
is "$RC" 1 "a missing file is status 1"
has "$TMP/missing.err" "cannot open .*no-such-file\.json: No such file" "with a message naming it"

run wrong-kind units "$PROC/agencies.json"
is "$RC" 1 "a file of another kind is refused"
has "$TMP/wrong-kind.err" 'agencies\.json: record 1: Code is missing or empty' "saying what is missing"
is "$(checksums)" "$before" "and nothing is written"

run bad-command frobnicate x
is "$RC" 2 "an unknown command is a usage error (status 2)"
has "$TMP/bad-command.err" "unknown command 'frobnicate'" "that names it"
has "$TMP/bad-command.err" '^usage: cong-import ' "and shows the usage"

run no-file units
is "$RC" 2 "a command without its FILE is a usage error"

done_testing
