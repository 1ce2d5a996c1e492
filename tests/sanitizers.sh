#!/bin/bash
# The last test of `make check` (Makefile.am runs it after every other one): the stack's programs
# are stopped as in production (SIGTERM: each runner stops its workers, which finish the request at
# hand), then what the whole run left behind is read. In a sanitizer build (./configure
# --enable-sanitizers), every program of ours wrote its ASan, LeakSanitizer and UBSan reports to
# files in $CONG_STACK_DIR/sanitizer/ (tests/stack.sh), leaks being checked at each process's exit:
# any such file is a bug found by the run, and fails it. In every build, a worker that died of a
# signal (a crash; tests kill workers on purpose with SIGKILL only) or a process that had to be
# killed to stop fails it.
. "$CONG_SRCDIR/tests/lib.sh"

reports="$CONG_STACK_DIR/sanitizer"
if [ "${CONG_SANITIZERS:-no}" = yes ]; then
	grep -qa AddressSanitizer "$CONG_BIN/search.fcgi"
	ok $? "the programs are built with AddressSanitizer"
	case "${ASAN_OPTIONS:-}:${UBSAN_OPTIONS:-}" in
	*"log_path=$reports/asan"*"log_path=$reports/ubsan"*) ok 0 "reports of every process go to $reports" ;;
	*) ok 1 "reports of every process go to $reports"; diag "ASAN_OPTIONS=${ASAN_OPTIONS:-} UBSAN_OPTIONS=${UBSAN_OPTIONS:-}" ;;
	esac
fi

# Stopping the stack stops every FastCGI runner (and its workers), cong-mailer and the sandbox
# gateway's programs; the watchdog has nothing left to do when make ends.
bash "$CONG_SRCDIR/tests/stack.sh" stop "$CONG_STACK_DIR" 2>"$TMP/stop"
ok $? "the stack stops"
if grep -q 'did not stop' "$TMP/stop" "$CONG_STACK_DIR"/log/*.log; then
	ok 1 "every process of ours stopped on SIGTERM, in time to check itself"
	diag "$(grep -h 'did not stop' "$TMP/stop" "$CONG_STACK_DIR"/log/*.log)"
else
	ok 0 "every process of ours stopped on SIGTERM, in time to check itself"
fi

grep -H 'killed by signal' "$CONG_STACK_DIR"/log/*.log | grep -v 'killed by signal 9;' > "$TMP/crashes"
if [ -s "$TMP/crashes" ]; then
	ok 1 "no worker of the stack died of a signal"
	diag "$(cat "$TMP/crashes")"
else
	ok 0 "no worker of the stack died of a signal"
fi

# A report that reached a program's stderr instead of its file is in the stack's logs.
grep -H -E 'runtime error:|ERROR: (Address|Leak)Sanitizer' "$CONG_STACK_DIR"/log/*.log > "$TMP/stderr"
if [ -s "$TMP/stderr" ]; then
	ok 1 "no sanitizer report in the stack's logs"
	diag "$(cat "$TMP/stderr")"
else
	ok 0 "no sanitizer report in the stack's logs"
fi

if [ "${CONG_SANITIZERS:-no}" = yes ]; then
	found=$(find "$reports" -type f | sort)
	is "$(echo "$found" | grep -c .)" 0 "no sanitizer report from any process of the run"
	for f in $found; do
		echo "# === $f"
		head -n 80 "$f" | sed 's/^/# /'
	done
fi
done_testing
