#!/bin/bash
# The access policy of every page of every family, from the page tables themselves (each program's
# --pages): a POST without its CSRF token is refused (unless the page is declared PAGE_NO_CSRF), a
# staff page refuses a citizen, an admin page refuses an official, and a page that needs a login
# sends a visitor to the login page. A page added tomorrow is checked the day it is added.
. "$CONG_SRCDIR/tests/lib.sh"
. "$CONG_SRCDIR/tests/accounts-lib.sh"
. "$CONG_SRCDIR/tests/dossier-lib.sh"

citizen c
official o H26.CA
admin_user a
for who in c o a; do
	web "$who" /account
	is "$STATUS" 200 "the $who account is logged in"
done

# ask WHO METHOD BASE PATH: the page asked for as WHO (a jar name, or "visitor") of the site at
# BASE, a form body with no token for a POST, PUT or DELETE. Sets STATUS; the page is in $TMP/body.
ask() {
	local who=$1 method=$2 CONG_URL=$3 url=$4 jar=()
	[ "$who" = visitor ] || jar=(-b "$TMP/$who.jar")
	if [ "$method" = GET ]; then
		fetch --interface "$IP" "${jar[@]}" "$url"
	else
		fetch --interface "$IP" "${jar[@]}" -X "$method" --data-urlencode "probe=1" "$url"
	fi
}
refusal() { grep -qF "$1" "$TMP/body"; }

CSRF_REFUSED="Biểu mẫu đã hết hạn hoặc không được gửi từ Cổng"
NOT_ALLOWED="Tài khoản của bạn không có quyền mở trang này"
# Every program of conf/families: those the stack starts (tests/stack.sh) and the sandbox gateway.
FAMILIES=$(awk '!/^#/ && NF { printf "%s ", $1 }' "$CONG_SRCDIR/conf/families")
: > "$TMP/pages"
for f in $FAMILIES; do
	"$CONG_BIN/$f.fcgi" --pages > "$TMP/$f.pages"
	ok $? "$f.fcgi lists its pages"
	sed "s/^/$f /" "$TMP/$f.pages" >> "$TMP/pages"
done
pages=$(grep -c . "$TMP/pages")
ok "$([ "$pages" -ge 80 ]; echo $?)" "the families have $pages pages and methods"

want_csrf=0 want_staff=0 want_admin=0 want_login=0 n_csrf=0 n_staff=0 n_admin=0 n_login=0
while read -r family method pattern flags; do
	path=$(printf '%s' "$pattern" | sed 's/{[^}]*}/1/g')
	base=$CONG_URL
	[ "$family" = sandbox ] && base=$CONG_SANDBOX_URL
	has_flag() { case ",$flags," in *",$1,"*) return 0 ;; esac; return 1; }
	who=visitor
	if has_flag admin; then who=a; elif has_flag staff; then who=o; elif has_flag login || has_flag pending; then who=c; fi

	if [ "$method" != GET ] && ! has_flag no-csrf; then
		want_csrf=$((want_csrf + 1))
		ask "$who" "$method" "$base" "$path"
		if [ "$STATUS" = 403 ] && refusal "$CSRF_REFUSED"; then
			n_csrf=$((n_csrf + 1))
		else
			ok 1 "$family: $method $pattern without a token, as $who: 403 for the token"; diag "got $STATUS"
		fi
	fi
	if has_flag staff || has_flag admin; then
		if has_flag admin; then
			want_admin=$((want_admin + 1)); ask o "$method" "$base" "$path"
		else
			want_staff=$((want_staff + 1)); ask c "$method" "$base" "$path"
		fi
		if [ "$STATUS" = 403 ] && refusal "$NOT_ALLOWED"; then
			if has_flag admin; then n_admin=$((n_admin + 1)); else n_staff=$((n_staff + 1)); fi
		else
			ok 1 "$family: $method $pattern refuses $(has_flag admin && echo an official || echo a citizen)"
			diag "got $STATUS"
		fi
	fi
	if has_flag login || has_flag staff || has_flag admin; then
		want_login=$((want_login + 1))
		ask visitor "$method" "$base" "$path"
		if [ "$method" = GET ]; then
			loc=$(header Location)
			[ "$STATUS" = 303 ] && [ "${loc%%\?*}" = /account/login ]
		else
			[ "$STATUS" = 403 ]
		fi
		if [ $? -eq 0 ]; then
			n_login=$((n_login + 1))
		else
			ok 1 "$family: $method $pattern sends a visitor to the login page"; diag "got $STATUS $(header Location)"
		fi
	fi
done < "$TMP/pages"

is "$n_csrf" "$want_csrf" "every POST that needs a token refuses one without it (403)"
is "$n_staff" "$want_staff" "every staff page refuses a citizen (403)"
is "$n_admin" "$want_admin" "every admin page refuses an official (403)"
is "$n_login" "$want_login" "every page that needs a login sends a visitor to log in (a POST: 403)"
# The table has them today; if a flag stopped being listed, the counts above would pass on nothing.
ok "$([ "$want_csrf" -ge 20 ] && [ "$want_staff" -ge 8 ] && [ "$want_login" -ge 30 ]; echo $?)" \
	"with $want_csrf token checks, $want_staff staff pages, $want_admin admin pages and $want_login login pages"
done_testing
