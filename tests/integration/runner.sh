#!/bin/bash
# The prefork runner: N workers, a dead worker replaced, a clean stop on SIGTERM.
. "$CONG_SRCDIR/tests/lib.sh"

workers_of() { pgrep -P "$1" | wc -l; }

"$CONG_BIN/search.fcgi" --listen "$TMP/run.sock" --workers 3 --conf "$CONG_CONF" 2>"$TMP/run.log" &
pid=$!
wait_until "[ -S '$TMP/run.sock' ] && [ \$(pgrep -P $pid | wc -l) -eq 3 ]" 10
is "$(workers_of $pid)" 3 "--workers 3 starts three workers"
private_nginx "$TMP/run.sock"
trap 'kill $pid $PRIV_NGINX_PID 2>/dev/null; wait 2>/dev/null; rm -rf "$TMP"' EXIT

pfetch /procedures/1.004194
is "$STATUS" 200 "they serve pages"

victim=$(pgrep -P $pid | head -n 1)
kill -9 "$victim"
wait_until "! kill -0 $victim && [ \$(pgrep -P $pid | wc -l) -eq 3 ]" 10
is "$(workers_of $pid)" 3 "a killed worker is replaced"
ok "$(pgrep -P $pid | grep -qx "$victim"; [ $? -ne 0 ]; echo $?)" "by a new process"
ok "$(grep -q "killed by signal 9; restarting" "$TMP/run.log"; echo $?)" "and the runner logs it"
codes=""
for i in $(seq 1 20); do pfetch /; codes="$codes$STATUS "; done
is "$(printf '%s\n' $codes | grep -cx 200)" 20 "every request after it is served ($codes)"

"$CONG_BIN/search.fcgi" --workers 2 2>/dev/null
is "$?" 2 "a missing --listen is a usage error"
"$CONG_BIN/search.fcgi" --listen "$TMP/x.sock" --workers 0 2>/dev/null
is "$?" 2 "zero workers is a usage error"

children=$(pgrep -P $pid | tr '\n' ' ')
kill -TERM $pid
wait_until "! kill -0 $pid" 10
ok "$(kill -0 $pid 2>/dev/null; [ $? -ne 0 ]; echo $?)" "SIGTERM stops the runner"
alive=0; for c in $children; do kill -0 "$c" 2>/dev/null && alive=1; done
is "$alive" 0 "and all its workers"
ok "$([ ! -e "$TMP/run.sock" ]; echo $?)" "and removes its socket"
done_testing
