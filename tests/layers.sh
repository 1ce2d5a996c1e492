#!/bin/bash
# The shared code has two layers: cgi-bin/lib/core/ (the web platform) and cgi-bin/lib/domain/
# (the portal's rules, built on the core). The core never reaches up: no core file #includes a
# domain header. The build compiles the core without the domain's include path and links the
# domain first, but an #include by a relative path, or a call whose object the domain library
# happens to have pulled in already, would slip past those; this test reads the #include lines
# and the libraries' symbols. Needs no stack.
. "$CONG_SRCDIR/tests/lib.sh"

core=$CONG_SRCDIR/cgi-bin/lib/core
domain=$CONG_SRCDIR/cgi-bin/lib/domain
[ -d "$core" ] && [ -d "$domain" ]; ok $? "the shared code is in cgi-bin/lib/core and cgi-bin/lib/domain"

# The domain's headers, by name.
domain_headers=$(cd "$domain" && ls -- *.h 2>/dev/null)
[ -n "$domain_headers" ]; ok $? "the domain has headers ($(echo "$domain_headers" | grep -c .))"

# Every core #include "..." that names a domain header (by its name or any path to it).
reaching=$(cd "$core" && grep -HnE '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' -- *.c *.h |
	while IFS= read -r line; do
		name=${line#*\"}; name=${name%%\"*}
		case $name in
		*domain/*) echo "$line" ;;
		*) echo "$domain_headers" | grep -qxF "${name##*/}" && echo "$line" ;;
		esac
	done)
is "$reaching" "" "no core file includes a domain header"

# And in the objects: no symbol the core library needs is one the domain library defines (a call
# without an #include, which the link order catches only when nothing else pulled the object in).
core_lib=$CONG_BUILDDIR/cgi-bin/lib/core/libcong-core.a
domain_lib=$CONG_BUILDDIR/cgi-bin/lib/domain/libcong-domain.a
if [ -f "$core_lib" ] && [ -f "$domain_lib" ] && command -v nm >/dev/null; then
	calls=$(comm -12 <(nm -u "$core_lib" | awk '{ print $NF }' | sort -u) \
		<(nm -g --defined-only "$domain_lib" | awk 'NF == 3 { print $3 }' | sort -u))
	is "$calls" "" "no core object calls a domain function"
else
	ok 1 "the two libraries are built and nm is there, to read their symbols"
fi

# And the other way: every file of cgi-bin/lib is in one of the two layers.
stray=$(cd "$CONG_SRCDIR/cgi-bin/lib" && find . -maxdepth 1 -type f -name '*.[ch]' | sort)
is "$stray" "" "no source is left in cgi-bin/lib outside the two layers"
done_testing
