#!/bin/bash
# The shared code has two layers: cgi-bin/lib/core/ (the web platform) and cgi-bin/lib/domain/
# (the portal's rules, built on the core). The core never reaches up: no core file #includes a
# domain header. The build compiles the core without the domain's include path and links the
# domain first, but an #include by a relative path, or a call whose object the domain library
# happens to have pulled in already, would slip past those; this test reads the #include lines.
# Needs no stack.
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

# And the other way: every file of cgi-bin/lib is in one of the two layers.
stray=$(cd "$CONG_SRCDIR/cgi-bin/lib" && find . -maxdepth 1 -type f -name '*.[ch]' | sort)
is "$stray" "" "no source is left in cgi-bin/lib outside the two layers"
done_testing
