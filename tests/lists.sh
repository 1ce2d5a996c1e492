#!/bin/bash
# Every file of the tree that the build must know of is listed in Makefile.am: a test that is not
# in TESTS never runs, a template, migration or static file that is not in the data lists is not
# installed, and a source or test file missing from the lists is not in the tarball. The lists are
# what make wrote to tests/listed (the Makefile's own variables, expanded); the tree is the source
# directory. Needs no stack.
. "$CONG_SRCDIR/tests/lib.sh"

listed=$CONG_BUILDDIR/tests/listed
[ -s "$listed" ]; ok $? "make wrote what Makefile.am lists ($(grep -c . "$listed" 2>/dev/null) entries)"

# unlisted FILE...: those of the files that are neither listed nor under a listed directory.
unlisted() {
	local f d found
	for f in "$@"; do
		found=0
		grep -qxF "$f" "$listed" && found=1
		d=$f
		while [ $found = 0 ] && [ "$d" != "${d%/*}" ]; do
			d=${d%/*}
			grep -qxF "$d" "$listed" && found=1
		done
		[ $found = 1 ] || printf '%s ' "$f"
	done
}
# check WHAT FIND-ARGS...: every file find gives (from the source directory) is listed.
check() {
	local what=$1 files
	shift
	files=$(cd "$CONG_SRCDIR" && find "$@" -type f | sort)
	[ -n "$files" ]; ok $? "the tree has $what ($(echo "$files" | grep -c .))"
	# shellcheck disable=SC2086
	is "$(cd "$CONG_SRCDIR" && unlisted $files)" "" "every one of them is listed in Makefile.am"
}

check "integration tests" tests/integration -name '*.sh'
check "browser tests" tests/browser -maxdepth 1 -name '*.mjs'
check "unit tests" tests/unit -name '*.c'
check "fuzz targets" tests/fuzz -maxdepth 1 -name '*.c'
check "templates" templates -name '*.cs'
check "migrations and demo data" sql -name '*.sql'
check "static files" public
check "sources" cgi-bin -name '*.[ch]'
check "test helpers and benchmarks" tests -maxdepth 2 \( -path tests/bench/'*' -o -path tests/smtp/'*' -o -name '*.sh' -o -name '*.supp' \) -not -path 'tests/integration/*' -not -path 'tests/stack/*'
check "configuration" conf -name '*.in'
done_testing
