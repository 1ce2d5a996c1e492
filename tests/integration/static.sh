#!/bin/bash
# The files nginx serves itself from public/ (the stylesheet, the favicon, robots.txt, the page shown
# while a program is down): each with the same protective headers as the portal's pages, a policy
# that lets it load nothing it does not need, and one Cache-Control a cache can follow.
. "$CONG_SRCDIR/tests/lib.sh"

# count NAME: how many times the last answer has the header NAME.
count() { grep -ci "^$1:" "$TMP/headers"; }

# protected WHAT: the last answer has each protective header once, with the static files' policy.
protected() {
	local h
	for h in Content-Security-Policy X-Content-Type-Options X-Frame-Options Referrer-Policy; do
		is "$(count $h)" 1 "$1 has one $h"
	done
	is "$(header X-Content-Type-Options)" nosniff "$1 may not be sniffed into another type"
	is "$(header X-Frame-Options)" DENY "$1 may not be framed"
	is "$(header Referrer-Policy)" same-origin "$1 tells no other site where its reader was"
	csp=$(header Content-Security-Policy)
	has "default-src 'none'" "$csp" "$1 loads nothing by default"
	has "frame-ancestors 'none'" "$csp" "$1 may not be framed (CSP)"
	has "base-uri 'none'" "$csp" "$1 may not change its base"
	lacks "script-src" "$csp" "$1 may run no script"
	lacks "unsafe-" "$csp" "$1 allows nothing inline"
}

fetch /css/cong.css
is "$STATUS" 200 "the stylesheet is served"
is "$(header Content-Type)" text/css "as CSS"
protected "the stylesheet"
is "$(count Cache-Control)" 1 "the stylesheet has one Cache-Control, not two that disagree"
is "$(header Cache-Control)" max-age=86400 "kept for a day"
etag=$(header ETag)
fetch -H "If-None-Match: $etag" /css/cong.css
is "$STATUS" 304 "a browser that has it is told it has not changed"
protected "the answer 'not modified'"
is "$(count Cache-Control)" 1 "which has one Cache-Control too"

fetch /favicon.svg
is "$STATUS" 200 "the favicon is served"
is "$(header Content-Type)" image/svg+xml "as SVG"
protected "the favicon"
is "$(count Cache-Control)" 1 "the favicon has one Cache-Control"
is "$(header Cache-Control)" max-age=604800 "kept for a week"
# The policy allows no script, no inline style and nothing from elsewhere: the icon needs none.
is "$(grep -ciE '<script|<style|style=|on[a-z]+=|href=|url[(]|<image|<foreignObject' \
	"$CONG_SRCDIR/public/favicon.svg")" 0 "the favicon has no script, style or outside reference its policy would block"

fetch /robots.txt
is "$STATUS" 200 "robots.txt is served"
is "$(header Content-Type)" "text/plain; charset=utf-8" "as UTF-8 text"
protected "robots.txt"
is "$(count Cache-Control)" 1 "robots.txt has one Cache-Control"
is "$(header Cache-Control)" max-age=3600 "kept for an hour"

fetch /css
is "$STATUS" 301 "a folder without its slash is redirected by nginx"
protected "the redirect"

# What nginx does not find goes to the portal's page, which sends its own headers: none twice.
fetch /css/khong-co.css
is "$STATUS" 404 "a missing file is 404"
body_has 'Không tìm thấy trang' "with the portal's Vietnamese page"
for h in Content-Security-Policy X-Content-Type-Options X-Frame-Options Referrer-Policy Cache-Control; do
	is "$(count $h)" 1 "the 404 page has one $h"
done
fetch /
for h in Content-Security-Policy X-Content-Type-Options X-Frame-Options Referrer-Policy Cache-Control; do
	is "$(count $h)" 1 "a program's page has one $h (nginx adds none of its own)"
done
has "script-src 'self'" "$(header Content-Security-Policy)" "and keeps the pages' own policy"
fetch /errors/502.html
is "$STATUS" 404 "the page shown while a program is down is no page of its own"

# --- every program down: nginx's own 502 page ----------------------------------------------------
mkdir -p "$TMP/down"
private_site "$TMP/down"
pfetch /procedures
is "$STATUS" 502 "with the programs down, a page is 502"
body_has 'Hệ thống tạm thời gián đoạn' "with the portal's Vietnamese page"
is "$(header Content-Type)" "text/html; charset=utf-8" "as UTF-8 HTML"
protected "the 502 page"
is "$(count Cache-Control)" 1 "the 502 page has one Cache-Control"
is "$(header Cache-Control)" no-store "and is never kept, so the page comes back with the program"
pfetch /css/cong.css
is "$STATUS" 200 "the stylesheet it uses is still served"
done_testing
