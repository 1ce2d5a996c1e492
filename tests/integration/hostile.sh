#!/bin/bash
# Hostile input from outside, without an account, through the real nginx: every malformed
# Content-Type and body is a 400 with the Vietnamese page and never kills a worker; what clients
# really send (a charset on a form, a chunked body, boundaries of every length one after another)
# is parsed; a NUL anywhere is refused rather than cutting a value short; a one-line field never
# keeps a line break.
. "$CONG_SRCDIR/tests/lib.sh"
. "$CONG_SRCDIR/tests/accounts-lib.sh"
. "$CONG_SRCDIR/tests/dossier-lib.sh"

LOGS="$CONG_STACK_DIR/log"
crashes() { cat "$LOGS"/*.log 2>/dev/null | grep -c 'killed by signal'; }
CRASHES_BEFORE=$(crashes)

# refused STATUS DESCRIPTION: the last answer has STATUS and the portal's Vietnamese error page.
refused() {
	is "$STATUS" "$1" "$2: $1"
	if grep -qF 'id="error-title"' "$TMP/body"; then ok 0 "$2: the Vietnamese error page"
	else ok 1 "$2: the Vietnamese error page"; diag "$(head -c 600 "$TMP/body")"; fi
}

# --- the probe of the issue: one request killed a worker of three families ------------------------
citizen c	# the drafts are a citizen's: a visitor is refused before the body is read
for path in /account/login /feedback/new /drafts/1; do
	for i in 1 2 3 4 5 6; do
		web c -X POST -H 'Content-Type: multipart/form-data' --data-binary x "$path"
		[ "$STATUS" = 400 ] || break
	done
	refused 400 "multipart without a boundary to $path, six times"
	body_has 'thiếu tham số boundary' "$path: the page says what is missing"
done
# A worker that parsed a real upload before is the one the probe killed: its boundary was cached.
fetch --interface "$IP" -X POST -F a=b /feedback/new
fetch --interface "$IP" -X POST -H 'Content-Type: multipart/form-data' --data-binary $'xx\r\nyy' /feedback/new
refused 400 "after an upload, multipart without a boundary"

# --- every malformed Content-Type ------------------------------------------------------------------
long=$(printf 'b%.0s' $(seq 1 71))
while IFS='|' read -r ctype what; do
	fetch --interface "$IP" -X POST -H "Content-Type: $ctype" --data-binary $'--b\r\n\r\n--b--\r\n' /feedback/new
	refused 400 "$what"
done <<EOF
multipart/form-data; boundary=|an empty boundary
multipart/form-data; boundary=""|an empty quoted boundary
multipart/form-data; boundary="b|a quoted boundary that never closes
multipart/form-data; boundary=b; boundary=c|a duplicated boundary
multipart/form-data; boundary=$long|a boundary of 71 characters
multipart/form-data; boundary=a<b|a boundary with a character RFC 2046 does not allow
multipart/form-data; boundary b|a parameter without '='
multipart/|a media type without a subtype
/form-data|a media type without a type
multipart/form-data;; boundary=b junk|text after a parameter
application/x-www-form-urlencoded; charset=utf-8; charset=utf-8|a duplicated charset
EOF
fetch --interface "$IP" -X POST -H "Content-Type: multipart/form-data; boundary=\"b\"" \
	--data-binary $'--b\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--b--\r\n' /feedback/new
is "$STATUS" 403 "a quoted boundary is a boundary (the form is parsed, then refused for its token)"
fetch --interface "$IP" -X POST -H 'Content-Type:' --data-binary 'a=b' /feedback/new
refused 400 "a body without a Content-Type"
fetch --interface "$IP" -X POST -H 'Content-Type: text/plain' --data-binary 'a=b' /feedback/new
refused 415 "a body of a type no form sends"
fetch --interface "$IP" -X POST -H 'Content-Type: application/x-www-form-urlencoded; charset=iso-8859-1' \
	--data-binary 'a=b' /feedback/new
refused 415 "a form in another charset"
fetch --interface "$IP" -X POST -H "Content-Type: multipart/form-data; boundary=$(printf 'x%.0s' $(seq 1 2000))" \
	--data-binary 'a' /feedback/new
refused 400 "a Content-Type of 2 KB"

# --- every malformed multipart body ---------------------------------------------------------------
mp() {	# mp DESCRIPTION BODY (printf format): POST it with boundary b to the anonymous feedback form
	printf -- "$2" > "$TMP/mp"
	fetch --interface "$IP" -X POST -H 'Content-Type: multipart/form-data; boundary=b' \
		--data-binary "@$TMP/mp" /feedback/new
	refused 400 "$1"
}
mp "a body that is no multipart at all" 'x'
mp "a part without headers" '--b\r\n\r\nvalue\r\n--b--\r\n'
mp "a part without a name" '--b\r\nContent-Disposition: form-data\r\n\r\nvalue\r\n--b--\r\n'
mp "a part that is not form-data" '--b\r\nContent-Disposition: attachment; name="a"\r\n\r\nv\r\n--b--\r\n'
mp "two names in a part" '--b\r\nContent-Disposition: form-data; name="a"; name="c"\r\n\r\nv\r\n--b--\r\n'
mp "a folded header line" '--b\r\nContent-Disposition: form-data;\r\n name="a"\r\n\r\nv\r\n--b--\r\n'
mp "a header line without a colon" '--b\r\nContent-Disposition form-data; name="a"\r\n\r\nv\r\n--b--\r\n'
mp "headers that never end" '--b\r\nContent-Disposition: form-data; name="a"\r\n'
mp "a part cut short (no closing delimiter)" '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nvalue'
mp "a part not closed at the end" '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nvalue\r\n--b'
mp "a base64 part" '--b\r\nContent-Disposition: form-data; name="a"\r\nContent-Transfer-Encoding: base64\r\n\r\ndg==\r\n--b--\r\n'
mp "a field whose name has a dot (another field's node)" \
	'--b\r\nContent-Disposition: form-data; name="file1.FileHandle"\r\n\r\n1\r\n--b--\r\n'
mp "a NUL in a field's value" '--b\r\nContent-Disposition: form-data; name="title"\r\n\r\nab\0cd\r\n--b--\r\n'
mp "a file name with a line break" \
	'--b\r\nContent-Disposition: form-data; name="file1"; filename="a\r\nb.pdf"\r\n\r\n%%PDF\r\n--b--\r\n'
mp "a part's Content-Type that is malformed" \
	'--b\r\nContent-Disposition: form-data; name="a"\r\nContent-Type: /\r\n\r\nv\r\n--b--\r\n'
python3 -c 'import sys; sys.stdout.write("".join("--b\r\nContent-Disposition: form-data; name=\"f%d\"\r\n\r\nv\r\n" % i for i in range(1001)) + "--b--\r\n")' > "$TMP/many"
fetch --interface "$IP" -X POST -H 'Content-Type: multipart/form-data; boundary=b' --data-binary "@$TMP/many" /feedback/new
refused 400 "1,001 parts"
fetch --interface "$IP" -X POST -H 'Content-Type: multipart/form-data; boundary=b' \
	--data-binary $'preamble\r\n--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nv\r\n--b--\r\nepilogue' /feedback/new
is "$STATUS" 403 "a preamble and an epilogue, which RFC 2046 allows, are parsed"

# A length that is not a number, bodies shorter or longer than their length, a raw socket.
python3 - "$CONG_PORT" > "$TMP/raw" <<'PY'
import socket, sys
port = int(sys.argv[1])
def send(head, body, half_close=False):
    s = socket.create_connection(("127.0.0.1", port), timeout=15)
    s.sendall(head.encode() + body)
    if half_close:
        s.shutdown(socket.SHUT_WR)
    data = b""
    try:
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    except (socket.timeout, ConnectionResetError):
        pass
    s.close()
    codes = [l.split()[1].decode() for l in data.split(b"\r\n") if l.startswith(b"HTTP/1.")]
    return ",".join(codes) or "none"
h = "POST /feedback/new HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: multipart/form-data; boundary=b\r\n"
form = b'--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nv\r\n--b--\r\n'
# nginx waits for the rest of a short body, and passes none of it on when the client gives up.
print("short", send(h + "Content-Length: %d\r\n\r\n" % (len(form) + 50), form, True))
print("long", send(h + "Content-Length: %d\r\n\r\n" % (len(form) - 10), form))
print("nonnumber", send(h + "Content-Length: 1x\r\n\r\n", form))
print("negative", send(h + "Content-Length: -5\r\n\r\n", form))
chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(form), form)
print("chunked", send(h + "Transfer-Encoding: chunked\r\n\r\n", chunked))
badchunk = b"zz\r\n" + form + b"\r\n0\r\n\r\n"
print("badchunk", send(h + "Transfer-Encoding: chunked\r\n\r\n", badchunk))
PY
while read -r what codes; do
	[ "$what" = short ] && [ "$codes" = none ] && codes="none (nginx never passed it on)"
	case "$codes" in
	*5??*|none) ok 1 "a body $what: no server error and an answer ($codes)" ;;
	*) ok 0 "a body $what: no server error and an answer ($codes)" ;;
	esac
done < "$TMP/raw"
is "$(awk '{ print $1 }' "$TMP/raw" | tr '\n' ' ')" "short long nonnumber negative chunked badchunk " \
	"every raw request was made"
is "$(awk '$1 == "chunked" { print $2 }' "$TMP/raw")" 403 "a chunked multipart body is parsed (then refused for its token)"
is "$(awk '$1 == "long" { print $2 }' "$TMP/raw" | cut -d, -f1)" 400 "a body cut at its length is malformed multipart: 400"

# --- what real clients send is parsed ---------------------------------------------------------------
# The feedback form with its token and nothing else gets as far as its own checks (422); a body
# that was not parsed would be refused for its token (403) first.
form b /feedback/new
for ctype in 'application/x-www-form-urlencoded; charset=utf-8' \
    'application/x-www-form-urlencoded;charset="UTF-8"' 'APPLICATION/X-WWW-FORM-URLENCODED'; do
	web b -H "Content-Type: $ctype" --data-binary "csrf=$CSRF&category=proposal" /feedback/new
	is "$STATUS" 422 "a form sent as '$ctype' is parsed"
done
web b -H 'Transfer-Encoding: chunked' --data-binary "csrf=$CSRF&category=proposal" /feedback/new
is "$STATUS" 422 "a chunked form is parsed"
# ClearSilver caches a boundary's length by the address of a string freed after each request: a
# boundary of another length at the same address would be misread and the form lost. Every length, one
# after another, on the same four workers:
lost=0
for b in x Ab0123456789 ----WebKitFormBoundaryq9XnWZ8KLhVtm7Ms \
    'a-boundary-of-seventy-characters______________________________________' y \
    ---------------------------974767299852498929531610575 z; do
	printf -- '--%s\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n%s\r\n--%s\r\nContent-Disposition: form-data; name="category"\r\n\r\nproposal\r\n--%s--\r\n' \
		"$b" "$CSRF" "$b" "$b" > "$TMP/alt"
	for i in 1 2 3 4; do
		web b -H "Content-Type: multipart/form-data; boundary=$b" --data-binary "@$TMP/alt" /feedback/new
		[ "$STATUS" = 422 ] || { lost=$((lost + 1)); diag "boundary of ${#b}: $STATUS"; }
	done
done
is "$lost" 0 "multipart forms with boundaries of 1 to 70 characters, one after another: none is lost"
printf 'khong phai pdf' > "$TMP/note.txt"
web b -F "csrf=$CSRF" -F category=proposal -F "file1=@$TMP/note.txt;filename=C:\\tai lieu\\ghi-chu.txt" /feedback/new
is "$STATUS" 422 "a file name with backslashes, as browsers send it, is taken"
body_has 'ghi-chu.txt' "and its name is the last part of the path"

# --- NUL ----------------------------------------------------------------------------------------------
for path in '/procedures?page=1%00' '/procedures?q=a%00b' '/agencies?q=%00' '/feedback?q=x%00'; do
	fetch "$path"
	refused 400 "$path"
done
body_has 'ký tự rỗng' "the page says why"
fetch '/procedures?page.x=1'
refused 400 "a query name with a dot"
web b -H 'Content-Type: application/x-www-form-urlencoded' --data-binary "csrf=$CSRF&category=proposal&title=a%00b" /feedback/new
refused 400 "a form value with %00"
printf 'csrf=%s&category=proposal&title=a\0b' "$CSRF" > "$TMP/nul"
web b -H 'Content-Type: application/x-www-form-urlencoded' --data-binary "@$TMP/nul" /feedback/new
refused 400 "a form value with a NUL byte"
fetch '/procedures?q=50%&page=1'
is "$STATUS" 200 "a lone '%' in a search is only a character"

# --- cookies ------------------------------------------------------------------------------------------
fetch -H 'Cookie: a.b=1; =x; c=d"e; ;;; f' /procedures
is "$STATUS" 200 "malformed cookies (another site's on the same domain) are ignored, not refused"

# --- one-line fields keep no line break -----------------------------------------------------------
MAIL="hostile$(digits 8)@example.vn"
form f /feedback/new
post f /feedback/new "csrf=$CSRF" category=proposal agency=H26.CA \
	$'title=Đề nghị sửa quy trình\r\nBcc: nan-nhan@example.vn' \
	$'content=Dòng thứ nhất của nội dung phản ánh.\r\nDòng thứ hai vẫn là dòng riêng.' \
	$'name=Người Gửi\r\nX-Injected: 1' "email=$MAIL"
is "$STATUS" 303 "a feedback whose title and name hold line breaks is sent"
CODE=$(header Location | sed 's|^/feedback/||; s|?.*||')
is "$(sql "SELECT title FROM feedback WHERE code = '$CODE'")" 'Đề nghị sửa quy trình Bcc: nan-nhan@example.vn' \
	"the title is stored on one line, the break made a space"
is "$(sql "SELECT contact_name FROM feedback WHERE code = '$CODE'")" 'Người Gửi X-Injected: 1' "so is the name"
is "$(sql "SELECT content LIKE '%nhất của nội dung phản ánh.\nDòng thứ hai%' FROM feedback WHERE code = '$CODE'")" 1 \
	"the content, a paragraph, keeps its line break"
text=$(mail_wait "$MAIL" 1)
has "$CODE" "$text" "the submitter's mail came"
has 'Đề nghị sửa quy trình Bcc: nan-nhan@example.vn' "$text" "it holds the title on one line"
printf '%s\n' "$text" | grep -q '^Bcc:'
ok $((! $?)) "no line of it starts with the typed header"

# --- and no worker died of any of it ----------------------------------------------------------------
is "$(crashes)" "$CRASHES_BEFORE" "no worker was killed by a signal during this test"
done_testing
