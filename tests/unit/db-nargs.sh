#!/bin/bash
# db-nargs: DB_NARGS (and so DB_ARGS) compiles for an array of arguments and stops the build for a
# pointer, which would otherwise count the bytes of a pointer. Compiles two small files with the
# build's compiler and flags (CONG_CC, CONG_DB_CFLAGS from the Makefile); needs no stack.
set -u
tmp=$(mktemp -d "${TMPDIR:-/tmp}/cong-nargs.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
n=0 failed=0
ok() { n=$((n + 1)); if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=1; fi; }

# try NAME BODY: compiles a function with BODY; its status is the compiler's.
try() {
	printf '#include "db.h"\nsize_t f(void);\nsize_t f(void)\n{\n%s\n}\n' "$2" > "$tmp/$1.c"
	# shellcheck disable=SC2086
	${CONG_CC:-cc} $CONG_DB_CFLAGS -c -o "$tmp/$1.o" "$tmp/$1.c" 2> "$tmp/$1.err"
}

try array 'struct db_arg args[] = { DB_INT(1), DB_NULL }; return DB_NARGS(args);'
ok $? "an array of arguments compiles"
[ -s "$tmp/array.err" ] && sed 's/^/# /' "$tmp/array.err"
try pointer 'struct db_arg args[] = { DB_INT(1), DB_NULL }, *p = args; return DB_NARGS(p);'
[ $? -ne 0 ]; ok $? "a pointer does not"
grep -q "negative" "$tmp/pointer.err"; ok $? "because of DB_MUST_BE_ARRAY (a negative array size)"
echo "1..$n"
exit 0
