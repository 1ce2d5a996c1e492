#!/bin/bash
# run.sh: make check's part of fuzzing, as TAP, one test per target: its seeds and regression inputs
# replayed (each must pass), then a short run (FUZZ_CHECK_SECONDS, 10 by default) that must find
# nothing. No database is needed. The targets are those make built (tests/fuzz/targets); none when
# configured with --disable-fuzz, which skips.
set -u
: "${CONG_SRCDIR:?}" "${CONG_BUILDDIR:?}"
seconds=${FUZZ_CHECK_SECONDS:-10}
fuzzdir=$CONG_BUILDDIR/tests/fuzz

targets=$(cat "$fuzzdir/targets" 2>/dev/null)
if [ -z "$targets" ]; then
	echo "1..0 # SKIP configured with --disable-fuzz"
	exit 0
fi
# shellcheck disable=SC2086
set -- $targets
echo "1..$#"

# report LOG: what went wrong, as TAP comments: the sanitizer's or the invariant's words, and the
# first frames of the stack.
report() {
	grep -E 'ERROR|SUMMARY|invariant broken|runtime error|^ +#[0-5] ' "$1" | head -n 16 |
		sed 's/^/# /'
}

n=0
for name in "$@"; do
	n=$((n + 1))
	exe=$fuzzdir/fuzz-$name
	if [ ! -x "$exe" ]; then
		echo "not ok $n - $name: tests/fuzz/fuzz-$name was not built"
		continue
	fi
	# The inputs in the tree, each run once: any failure names its file.
	inputs=()
	for d in "$CONG_SRCDIR/tests/fuzz/corpus/$name" "$CONG_SRCDIR/tests/fuzz/regress/$name"; do
		[ -d "$d" ] || continue
		while IFS= read -r f; do inputs+=("$f"); done < <(find "$d" -maxdepth 1 -type f | sort)
	done
	mkdir -p "$fuzzdir/check"
	replay=$fuzzdir/check/$name.replay.log
	if [ ${#inputs[@]} -eq 0 ]; then
		echo "not ok $n - $name: no seeds in tests/fuzz/corpus/$name"
		continue
	fi
	if ! "$exe" "${inputs[@]}" > "$replay" 2>&1; then
		bad=$(sed -n 's/^Running: //p' "$replay" | tail -n 1)
		echo "not ok $n - $name: ${bad#"$CONG_SRCDIR/"} fails"
		echo "# reproduce: $exe $bad"
		report "$replay"
		continue
	fi
	# Then a short run from a fresh copy of them.
	rm -rf "$fuzzdir/check/$name"
	line=$($SHELL "$CONG_SRCDIR/tests/fuzz/fuzz.sh" "$CONG_SRCDIR" "$CONG_BUILDDIR" check "$seconds" "$name")
	rc=$?
	if [ $rc -eq 0 ]; then
		echo "ok $n - $name: ${#inputs[@]} inputs replayed; ${line#fuzz-"$name": }"
	else
		echo "not ok $n - $name: $line"
		report "$fuzzdir/check/$name.log"
	fi
done
