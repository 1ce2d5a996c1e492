#!/bin/bash
# fuzz.sh: fuzzes targets for a set time, one after another, each from its seeds, and prints one
# line of figures per target (make fuzz; tests/fuzz/run.sh uses it for make check's short runs).
#
#   fuzz.sh SRCDIR BUILDDIR WORK SECONDS NAME...
#
# BUILDDIR/tests/fuzz/fuzz-NAME runs for SECONDS on its working corpus BUILDDIR/tests/fuzz/WORK/NAME,
# which starts as a copy of SRCDIR/tests/fuzz/corpus/NAME and regress/NAME and keeps what each run
# adds; its output is in WORK/NAME.log. A crash, leak, undefined behaviour, broken invariant or
# timeout stops the target and leaves the input in BUILDDIR/tests/fuzz/artifacts/NAME-*. The line:
#   fuzz-NAME: S s, E execs (R/s), cov C, ft F, corpus N (SIZE), crashes K[, reproduce: …]
# Exit status: 0 when no target found anything, else 1.
set -u
[ $# -ge 4 ] || { echo "usage: fuzz.sh SRCDIR BUILDDIR WORK SECONDS NAME..." >&2; exit 2; }
srcdir=$1 builddir=$2 work=$3 seconds=$4
shift 4

arts=$builddir/tests/fuzz/artifacts
mkdir -p "$arts" || exit 1
status=0
for name in "$@"; do
	exe=$builddir/tests/fuzz/fuzz-$name
	dir=$builddir/tests/fuzz/$work/$name
	log=$builddir/tests/fuzz/$work/$name.log
	if [ ! -x "$exe" ]; then
		echo "fuzz-$name: not built ($exe)"
		status=1
		continue
	fi
	mkdir -p "$dir" || exit 1
	for seeds in "$srcdir/tests/fuzz/corpus/$name" "$srcdir/tests/fuzz/regress/$name"; do
		[ -d "$seeds" ] && find "$seeds" -maxdepth 1 -type f -exec cp {} "$dir/" \;
	done
	# A read-only source tree (make distcheck) gives read-only copies; libFuzzer rewrites some.
	chmod -R u+w "$dir"
	before=$(find "$arts" -name "$name-*" | wc -l)
	start=$(date +%s)
	# -timeout: a single input that takes 10 s is a bug (a loop); -rss_limit_mb: two fuzzers
	# may share a small machine.
	"$exe" -max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 \
		-artifact_prefix="$arts/$name-" "$dir" > "$log" 2>&1
	rc=$?
	took=$(( $(date +%s) - start ))
	found=$(( $(find "$arts" -name "$name-*" | wc -l) - before ))

	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
	# The last status line: "#N DONE cov: C ft: F corp: N/SIZE ..." (or the last before a crash).
	last=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -n 1)
	cov=$(echo "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
	ft=$(echo "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
	corp=$(echo "$last" | sed -n 's/.* corp: \([0-9]*\)\/\([^ ]*\).*/\1 (\2)/p')
	line="fuzz-$name: $took s, ${execs:-?} execs (${rate:-?}/s), cov ${cov:-?}, ft ${ft:-?}, corpus ${corp:-?}, crashes $found"
	if [ "$rc" -ne 0 ] || [ "$found" -gt 0 ]; then
		status=1
		art=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
		if [ -n "$art" ]; then
			line="$line, reproduce: $exe $art"
		else
			line="$line, exit status $rc: see $log"
		fi
	fi
	echo "$line"
done
exit $status
