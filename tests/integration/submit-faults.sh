#!/bin/bash
# A submission that meets a fault: the database unreachable, and the database connection lost in
# the middle of the submission's transaction (as when MariaDB restarts). Either way the draft stays
# exactly as it was — no code, no event, no half-dossier — and the same form submits once the
# database is back. A private submit program on a database user of its own, behind a private
# nginx, so that the shared stack's other tests are not disturbed.
. "$CONG_SRCDIR/tests/lib.sh"
. "$CONG_SRCDIR/tests/accounts-lib.sh"
. "$CONG_SRCDIR/tests/dossier-lib.sh"

citizen a
file_dossier a 1.004194 01 save
is "$(sql "SELECT status FROM dossiers WHERE id = '$DRAFT'")" draft "a citizen has a complete draft"

pw=$(sed -n 's/^Db.Password = //p' "$CONG_CONF")
sql mysql "CREATE USER IF NOT EXISTS 'cong_faults'@'localhost' IDENTIFIED BY '$pw';
	GRANT ALL PRIVILEGES ON cong.* TO 'cong_faults'@'localhost'"
sed -e "s|^Db.Socket = .*|Db.Socket = $TMP/db.sock|" -e "s|^Db.User = .*|Db.User = cong_faults|" \
	"$CONG_CONF" > "$TMP/cong.conf"
"$CONG_BIN/submit.fcgi" --listen "$TMP/submit.sock" --workers 1 --conf "$TMP/cong.conf" 2>"$TMP/submit.log" &
SUBMIT_PID=$!
wait_until "[ -S '$TMP/submit.sock' ]" 10
private_nginx "$TMP/submit.sock" "client_max_body_size 25m;"
trap '{ echo "ROLLBACK;" >&7; } 2>/dev/null; kill $SUBMIT_PID $PRIV_NGINX_PID 2>/dev/null; wait 2>/dev/null; rm -rf "$TMP"' EXIT
# psubmit: the draft's submit button, pressed through the private program.
psubmit() {
	STATUS=$(curl -s -o "$TMP/body" -w '%{http_code}' --max-time 30 --interface "$IP" -b "$TMP/a.jar" \
		-F "csrf=$CSRF" -F action=submit "$PRIV_URL/drafts/$DRAFT") || STATUS=000
}
state() { sql "SELECT CONCAT(status, '|', COALESCE(code, '-'), '|', (SELECT COUNT(*) FROM dossier_events WHERE dossier_id = d.id)) FROM dossiers d WHERE id = '$DRAFT'"; }
form a "/drafts/$DRAFT"

# --- no database --------------------------------------------------------------------------------
psubmit
is "$STATUS" 503 "with the database unreachable, submitting is a 503"
grep -qF 'Hệ thống tạm thời gián đoạn' "$TMP/body"; ok $? "with the Vietnamese page that says the data is not lost"
is "$(state)" "draft|-|0" "and the draft is as it was"

# --- the connection lost inside the transaction -------------------------------------------------
ln -s "$CONG_DB_SOCKET" "$TMP/db.sock"
AGENCY=$(sql "SELECT id FROM agencies WHERE code = 'H26.CA'")
# Another session holds the agency's counter of the day, so the submission waits there, in the
# middle of its transaction, after it has locked the draft and read everything.
mkfifo "$TMP/hold"
mariadb --socket="$CONG_DB_SOCKET" -u root -N cong < "$TMP/hold" >/dev/null 2>&1 &
exec 7>"$TMP/hold"
echo "SET time_zone = '+07:00'; BEGIN; INSERT INTO dossier_counters (agency_id, day, last) VALUES ($AGENCY, CURDATE(), 0) ON DUPLICATE KEY UPDATE last = last;" >&7
sleep 0.5
# (In the background, STATUS is set in a subshell: it comes back through a file.)
( psubmit; echo "$STATUS" > "$TMP/sub.status" ) & SUB=$!
wait_until "[ \"\$(sql \"SELECT COUNT(*) FROM information_schema.processlist WHERE user = 'cong_faults' AND info LIKE 'INSERT INTO dossier_counters%'\")\" = 1 ]" 10
ok $? "the submission is inside its transaction, waiting on the counter"
rm "$TMP/db.sock"
for id in $(sql "SELECT id FROM information_schema.processlist WHERE user = 'cong_faults'"); do
	sql "KILL CONNECTION $id" 2>/dev/null || true
done
wait $SUB
STATUS=$(cat "$TMP/sub.status")
echo "ROLLBACK;" >&7
exec 7>&-
ok "$([ "$STATUS" = 503 ] || [ "$STATUS" = 500 ]; echo $?)" "losing the connection mid-submission is an error page ($STATUS), not a crash"
is "$(state)" "draft|-|0" "and leaves the draft as it was: no code, no event"
ok "$([ "$(sql "SELECT COUNT(*) FROM dossier_values WHERE dossier_id = '$DRAFT'")" -gt 5 ]; echo $?)" "with its values"

# --- back ---------------------------------------------------------------------------------------
ln -s "$CONG_DB_SOCKET" "$TMP/db.sock"
psubmit
is "$STATUS" 303 "with the database back, the same form submits"
is "$(state | cut -d'|' -f1,3)" "submitted|1" "once, with one event"
ok "$(kill -0 $SUBMIT_PID; echo $?)" "and the program never died"
done_testing
