#!/bin/bash
# The catalogue's pages through nginx: what a citizen sees on each, and the headers every page has.
. "$CONG_SRCDIR/tests/lib.sh"


fetch /
is "$STATUS" 200 "the home page answers"
body_has '<html lang="vi">' "it says it is in Vietnamese"
body_has 'Dịch vụ công trực tuyến' "it has the portal's heading"
body_has 'name="q"' "it has the search box"
body_has 'Đăng ký tạm trú' "the most used procedure is listed"
body_has 'href="/procedures?audience=citizen"' "citizens have their entry point"
body_has 'href="/procedures?audience=business"' "businesses have theirs"
body_has 'href="/procedures?field=' "fields are entry points"
valid_html "the home page"
is "$(header Content-Security-Policy | grep -c "script-src 'self'")" 1 "a strict Content-Security-Policy is sent"
is "$(header X-Content-Type-Options)" nosniff "X-Content-Type-Options is sent"
is "$(header X-Frame-Options)" DENY "framing is denied"
is "$(header Content-Type)" "text/html; charset=utf-8" "pages are UTF-8 HTML"

fetch --head /
is "$STATUS" 200 "HEAD / answers"
# curl --head never reads a body, whatever comes: the raw answer is read from the socket instead.
python3 - "$CONG_PORT" > "$TMP/raw-head" <<'PY'
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=10)
s.sendall(b"HEAD / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
data = b""
while True:
    chunk = s.recv(65536)
    if not chunk:
        break
    data += chunk
head, _, rest = data.partition(b"\r\n\r\n")
print("status %s, %d bytes after the headers" % (head.split(b" ")[1].decode(), len(rest)))
PY
is "$(cat "$TMP/raw-head")" "status 200, 0 bytes after the headers" "HEAD has no body"

fetch /procedures
is "$STATUS" 200 "the list of all procedures answers"
n=$(grep -o 'Có <strong>[0-9]*</strong> thủ tục' "$TMP/body" | grep -o '[0-9]*')
ok "$([ "${n:-0}" -ge 40 ]; echo $?)" "it counts at least 40 procedures (got ${n:-none})"
body_has 'rel="next"' "it is paginated"
valid_html "the procedure list"

fetch '/procedures?page=2'
is "$STATUS" 200 "page 2 answers"
body_has 'rel="prev"' "page 2 links back"
body_has 'aria-current="page" aria-label="Trang 2' "page 2 is marked current"

fetch /procedures/1.004194
is "$STATUS" 200 "a procedure's page answers"
body_has '<h1 id="proc-title">Đăng ký tạm trú</h1>' "it is titled with the procedure's name"
body_has 'Thành phần hồ sơ' "it lists the documents"
body_has 'class="checklist"' "as a checklist"
body_has 'Cách thức thực hiện, thời hạn và phí' "it shows time and fee per channel"
body_has '68/2020/QH14' "it cites the Law on Residence"
body_has '<h2 id="faq-title">Câu hỏi thường gặp</h2>' "it has its FAQ"
body_has 'Trình tự thực hiện' "it lists the steps"
valid_html "a procedure's page"

fetch /procedures/3.000347
is "$STATUS" 200 "the driving-licence exchange, one of the first 8 services, has its page"
body_has 'Đổi giấy phép lái xe' "with its name"

fetch /procedures/9.999999
is "$STATUS" 404 "an unknown code is 404"
body_has 'Không có thủ tục nào mang mã này' "with a Vietnamese explanation"
body_has 'href="/procedures">Tìm thủ tục</a>' "and a way back to the search"

fetch /agencies
is "$STATUS" 200 "the agencies list answers"
body_has 'Bộ Công an' "it lists the Ministry of Public Security"
fetch '/agencies?level=province'
body_has 'UBND Thành phố Hà Nội' "provinces are filtered by level"
body_lacks '>Bộ Công an<' "and ministries are not among them"
fetch '/agencies?q=ha%20noi'
body_has 'Hà Nội' "agency names are searched without diacritics"
fetch /agencies/000.00.00.G01
is "$STATUS" 200 "an agency's page answers"
body_has 'Thủ tục do cơ quan thực hiện' "with its procedures"
valid_html "an agency's page"
fetch /agencies/KHONG-CO
is "$STATUS" 404 "an unknown agency is 404"

fetch /faq
is "$STATUS" 200 "the FAQ answers"
is "$(grep -c '<details class="faq">' "$TMP/body")" 12 "with the portal's 12 questions"

fetch /css/cong.css
is "$STATUS" 200 "the stylesheet is served by nginx"
done_testing
