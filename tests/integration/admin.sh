#!/bin/bash
# cong-admin: officials and admins are made only at the server, each grant is audited, and the
# audit log's hash chain is verified — and found broken when a row is forged.
. "$CONG_SRCDIR/tests/lib.sh"

DB=cong_admin_test
sql mysql "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
trap 'sql mysql "DROP DATABASE IF EXISTS '$DB'"; rm -rf "$TMP"' EXIT
{ grep -v '^[[:space:]]*Db\.Name[[:space:]]*=' "$CONG_CONF"; echo "Db.Name = $DB"; } > "$TMP/cong.conf"
"$CONG_BIN/cong-migrate" --conf "$TMP/cong.conf" --sql "$CONG_SRCDIR/sql" --demo >"$TMP/migrate.out" 2>&1
ok $? "a database of the test's own gets the schema and the demo catalogue"
admin() { "$CONG_BIN/cong-admin" --conf "$TMP/cong.conf" "$@" >"$TMP/out" 2>"$TMP/err"; RC=$?; }

admin create-official --citizen-id 001085009876 \
	--name 'Phạm Thị Dung' --agency H26.CA --email dung@congan.hanoi.gov.vn --phone 0901234567 <<< 'Bảo vệ hồ sơ công dân 2026'
is "$RC" 0 "an official of an agency is created"
is "$(sql "$DB" "SELECT CONCAT_WS('|', kind, full_name, a.code) FROM users u JOIN agencies a ON a.id = u.agency_id WHERE citizen_id = '001085009876'")" \
	"official|Phạm Thị Dung|H26.CA" "with her agency"
is "$(sql "$DB" "SELECT COUNT(*) FROM audit_log WHERE event = 'role_granted' AND detail = 'official'")" 1 \
	"and the grant is in the audit log"

admin create-official --citizen-id 001085009876 --name X --agency H26.CA <<< 'Bảo vệ hồ sơ công dân 2026'
is "$RC" 1 "the same citizen ID cannot get a second account"
grep -q 'đã có\|has an account already' "$TMP/err"; ok $? "and says why"
admin create-official --citizen-id 001085001111 --name X --agency NOPE <<< 'Bảo vệ hồ sơ công dân 2026'
is "$RC" 2 "an unknown agency is refused"
admin create-admin --citizen-id 001085002222 --name 'Quản trị' <<< 'matkhau123'
is "$RC" 2 "a weak password is refused"
admin create-admin --citizen-id 123 --name X </dev/null
is "$RC" 2 "a malformed citizen ID is refused"
admin create-admin --citizen-id 001085002222 --name 'Quản trị' <<< 'Quản trị hệ thống cổng 2026'
is "$RC" 0 "an admin is created"

admin audit-verify
is "$RC" 0 "the audit chain verifies"
grep -q 'chain intact' "$TMP/out"; ok $? "and says so"

admin disable --login 001085002222
is "$RC" 0 "an account can be disabled"
is "$(sql "$DB" "SELECT status FROM users WHERE citizen_id = '001085002222'")" disabled "and is"

# --- prune: old rows go, live ones stay ---------------------------------------------------------
U=$(sql "$DB" "SELECT id FROM users WHERE citizen_id = '001085009876'")
sql "$DB" "INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at, idle_seconds, ended_at) VALUES
	(REPEAT('1', 64), $U, 'x', NOW() - INTERVAL 200 DAY, 60, NOW() - INTERVAL 200 DAY),
	(REPEAT('2', 64), $U, 'x', NOW() + INTERVAL 1 DAY, 60, NULL),
	(REPEAT('3', 64), $U, 'x', NOW() - INTERVAL 1 DAY, 60, NOW() - INTERVAL 1 DAY);
	INSERT INTO login_failures (scope, subject, failures, first_at, locked_until) VALUES
	('address', '127.9.9.1', 3, NOW() - INTERVAL 2 DAY, NULL),
	('address', '127.9.9.2', 0, NOW() - INTERVAL 2 DAY, NOW() + INTERVAL 1 HOUR),
	('address', '127.9.9.3', 1, NOW(), NULL);
	INSERT INTO email_tokens (token_hash, user_id, purpose, email, expires_at) VALUES
	(REPEAT('4', 64), $U, 'reset', 'a@b.vn', NOW() - INTERVAL 40 DAY),
	(REPEAT('5', 64), $U, 'reset', 'a@b.vn', NOW() + INTERVAL 1 HOUR);
	INSERT INTO outbox (recipient, subject, body, sent_at, failed_at) VALUES
	('old@b.vn', 's', 'b', NOW() - INTERVAL 100 DAY, NULL),
	('gaveup@b.vn', 's', 'b', NULL, NOW() - INTERVAL 100 DAY),
	('new@b.vn', 's', 'b', NOW(), NULL),
	('waiting@b.vn', 's', 'b', NULL, NULL)"
admin prune
is "$RC" 0 "cong-admin prune runs"
grep -q 'pruned 1 sessions' "$TMP/out"; ok $? "and says what it removed"
is "$(sql "$DB" "SELECT GROUP_CONCAT(LEFT(token_hash, 1) ORDER BY token_hash) FROM sessions WHERE user_id = $U")" "2,3" \
	"a session ended 200 days ago goes; a live one and one ended yesterday stay"
is "$(sql "$DB" "SELECT GROUP_CONCAT(subject ORDER BY subject) FROM login_failures WHERE subject LIKE '127.9.9.%'")" "127.9.9.2,127.9.9.3" \
	"old failure counts go; a lock still running and a fresh count stay"
is "$(sql "$DB" "SELECT GROUP_CONCAT(LEFT(token_hash, 1)) FROM email_tokens WHERE user_id = $U")" "5" \
	"a link expired a month ago goes; a live one stays"
is "$(sql "$DB" "SELECT GROUP_CONCAT(recipient ORDER BY recipient) FROM outbox")" "new@b.vn,waiting@b.vn" \
	"old sent and given-up mail goes; recent and waiting mail stays"
N_AUDIT=$(sql "$DB" "SELECT COUNT(*) FROM audit_log")
admin prune
is "$(sql "$DB" "SELECT COUNT(*) FROM audit_log")" "$N_AUDIT" "the audit log is never pruned"

sql "$DB" "UPDATE audit_log SET detail = 'citizen' WHERE event = 'role_granted'" 2>/dev/null
ok "$([ $? -ne 0 ]; echo $?)" "the database refuses to change an audit row"
# Forge a row past the triggers' reach: inserted with a made-up hash.
sql "$DB" "INSERT INTO audit_log (event, prev_hash, row_hash) VALUES ('login', REPEAT('a', 64), REPEAT('b', 64))"
admin audit-verify
is "$RC" 1 "a forged row breaks the chain and verification fails"
grep -q 'broken at row' "$TMP/err"; ok $? "naming the row"
done_testing
