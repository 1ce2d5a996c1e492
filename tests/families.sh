#!/bin/bash
# conf/families is the one list of the FastCGI programs. tests/stack.sh and policy.sh read it;
# what cannot read it is checked against it here: Makefile.am (automake needs the program names
# written out), the nginx configurations (each family has its own locations) and the install
# guide's systemctl line. A family added in one place and forgotten in another fails here, not
# as a 404 in production. Needs no stack.
. "$CONG_SRCDIR/tests/lib.sh"

families=$CONG_SRCDIR/conf/families
built=$CONG_BUILDDIR/tests/programs
# kind KIND...: the names of conf/families of those kinds, sorted, one a line.
kind() { awk -v kinds=" $* " '!/^#/ && NF && index(kinds, " " $2 " ") { print $1 }' "$families" | sort; }
# sockets FILE: the names of the unix sockets FILE passes requests to, sorted, one a line.
sockets() { grep -oE 'fastcgi_pass unix:[^;]*/[a-z0-9_-]+\.sock' "$1" | sed 's|.*/||; s|\.sock$||' | sort -u; }
# programs DIR: the .fcgi programs make installs in (or builds for) DIR, sorted, one a line.
programs() { awk -v d="$1" '$1 == d { print $2 }' "$built" | sed 's|^cgi-bin/||; s|\.fcgi$||' | sort; }

all=$(kind portal dev gateway)
[ -n "$all" ]; ok $? "conf/families names the programs ($(echo "$all" | grep -c .))"
is "$(awk '!/^#/ && NF && $2 != "portal" && $2 != "dev" && $2 != "gateway"' "$families")" "" \
	"every family is of a known kind"
[ -s "$built" ]; ok $? "make wrote the programs Makefile.am builds"
is "$(programs pkglibexec | grep -vxF "$(kind portal gateway)")" "" \
	"every installed .fcgi program of Makefile.am is a portal family or the gateway in conf/families"
is "$(kind portal gateway | grep -vxF "$(programs pkglibexec)")" "" \
	"every portal family and the gateway of conf/families is installed by Makefile.am"
is "$(programs noinst | grep -vxF "$(kind dev)")" "" "every uninstalled .fcgi program is a dev family"
is "$(kind dev | grep -vxF "$(programs noinst)")" "" "every dev family is built, not installed"
missing=
for f in $all; do [ -f "$CONG_SRCDIR/cgi-bin/$f/main.c" ] || missing="$missing $f"; done
is "$missing" "" "every family's program starts in cgi-bin/NAME/main.c"
is "$(sockets "$CONG_SRCDIR/conf/nginx-cong.conf.in")" "$(kind portal)" \
	"nginx-cong.conf.in passes requests to the portal families, and to nothing else"
is "$(sockets "$CONG_SRCDIR/conf/nginx-dev.conf.in")" "$(kind dev gateway)" \
	"nginx-dev.conf.in serves the dev families and the gateway, and nothing else"
enabled=$(grep -oE 'systemctl enable --now( cong@[a-z0-9_-]+)+' "$CONG_SRCDIR/README.md" | head -n 1 |
	grep -oE 'cong@[a-z0-9_-]+' | sed 's/^cong@//' | sort)
is "$enabled" "$(kind portal)" "the install guide starts every portal family"
done_testing
