#!/bin/bash
# Errors a citizen can meet, each a readable Vietnamese page with the right status — including the
# database going away and coming back, which the worker must survive by itself.
. "$CONG_SRCDIR/tests/lib.sh"

fetch /khong-co-trang-nay
is "$STATUS" 404 "an unknown path is 404"
body_has 'Không tìm thấy trang' "with the portal's Vietnamese page"
body_has '/css/cong.css' "in the portal's layout"

fetch -X POST -d 'q=x' /procedures
is "$STATUS" 405 "POST to a GET page is 405"
is "$(header Allow)" "GET, HEAD" "and says what is allowed"
body_has 'Thao tác không được hỗ trợ' "in Vietnamese"

head -c 2000000 /dev/zero > "$TMP/big"
fetch -X POST --data-binary "@$TMP/big" -H 'Content-Type: application/octet-stream' /procedures
is "$STATUS" 413 "a body over the limit is 413"
body_has 'Dữ liệu gửi lên quá lớn' "with a Vietnamese page"

fetch '/procedures?page=0'
is "$STATUS" 400 "a bad page number is 400"
body_has 'Yêu cầu không hợp lệ' "with a Vietnamese page"
body_has 'Trang' "naming the field"

# Nothing internal leaks: no SQL, no paths.
for path in '/procedures?q=%27' '/procedures/%27%22' '/agencies/%00' '/procedures?agency=%27'; do
	fetch "$path"
	ok "$([ "$STATUS" -ge 200 ] && [ "$STATUS" -lt 500 ]; echo $?)" "$path is no server error ($STATUS)"
	body_lacks 'SELECT' "$path shows no SQL"
	body_lacks '/work/' "$path shows no paths"
done

# A storm of random queries: no request may crash a worker or get a 5xx.
python3 - "$TMP/urls" <<'PY'
import random, sys, urllib.parse
random.seed(7)
paths = ["/procedures?q=", "/procedures?agency=", "/agencies?q=", "/procedures/", "/agencies/",
         "/procedures?page=", "/procedures?q=a&field="]
with open(sys.argv[1], "w") as f:
    for i in range(300):
        raw = bytes(random.randrange(256) for _ in range(random.randrange(1, 300)))
        f.write(random.choice(paths) + urllib.parse.quote(raw, safe="") + "\n")
PY
is "$(grep -c . "$TMP/urls")" 300 "300 random queries are made"
bad=0
while read -r url; do
	code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$CONG_URL$url")
	case "$code" in 200|302|400|404|413|414) ;; *) bad=$((bad + 1)); diag "$url -> $code" ;; esac
done < "$TMP/urls"
is "$bad" 0 "300 random queries all get an ordinary answer"
# A worker that died of a signal, or exited with a status (a sanitizer's report), is said in the log.
ok "$(grep -cE 'killed by signal|exited with [1-9]' "$CONG_STACK_DIR/log/search.log" | grep -qx 0; echo $?)" \
	"and no worker died"

# --- a broken template: a 500 page, still in Vietnamese, with nothing internal ------------------
mkdir -p "$TMP/broken/search"
printf '<?cs each:x = ?>broken<?cs /if ?>\n' > "$TMP/broken/search/home.cs"
cp "$CONG_SRCDIR/templates/layout.cs" "$CONG_SRCDIR/templates/macros.cs" "$TMP/broken/"
printf '<?cs call:no_such_macro() ?>\n' > "$TMP/broken/error.cs"
sed "s|^Paths.Templates = .*|Paths.Templates = $TMP/broken|" "$CONG_CONF" > "$TMP/broken.conf"
"$CONG_BIN/search.fcgi" --listen "$TMP/broken.sock" --workers 1 --conf "$TMP/broken.conf" \
	2>"$TMP/broken.log" &
BROKEN_PID=$!
wait_until "[ -S '$TMP/broken.sock' ]" 10
private_nginx "$TMP/broken.sock"
pfetch /
is "$STATUS" 500 "a template error is a 500"
body_has 'Lỗi hệ thống' "with a Vietnamese page even when the error page itself cannot render"
body_lacks 'home.cs' "naming no file"
body_lacks 'no_such_macro' "and no template internals"
ok "$(grep -q 'template search/home.cs' "$TMP/broken.log"; echo $?)" "the error is in the program's log instead"
kill $BROKEN_PID $PRIV_NGINX_PID 2>/dev/null
wait $BROKEN_PID $PRIV_NGINX_PID 2>/dev/null

# --- the database goes away and comes back ------------------------------------------------------
# A private search program whose database socket is a link we can take away, behind a private
# nginx, so the shared stack's other tests are not disturbed.
# It logs in as a database user of its own, so that the connections this test kills are its own.
pw=$(sed -n 's/^Db.Password = //p' "$CONG_CONF")
sql mysql "CREATE USER IF NOT EXISTS 'cong_outage'@'localhost' IDENTIFIED BY '$pw';
	GRANT SELECT ON cong.* TO 'cong_outage'@'localhost'"
sed -e "s|^Db.Socket = .*|Db.Socket = $TMP/db.sock|" -e "s|^Db.User = .*|Db.User = cong_outage|" \
	"$CONG_CONF" > "$TMP/cong.conf"
"$CONG_BIN/search.fcgi" --listen "$TMP/search.sock" --workers 1 --conf "$TMP/cong.conf" \
	2>"$TMP/search.log" &
SEARCH_PID=$!
wait_until "[ -S '$TMP/search.sock' ]" 10
private_nginx "$TMP/search.sock"
trap 'kill $SEARCH_PID $PRIV_NGINX_PID 2>/dev/null; wait 2>/dev/null; rm -rf "$TMP"' EXIT

pfetch /procedures
is "$STATUS" 503 "with no database, a page is 503"
body_has 'Hệ thống tạm thời gián đoạn' "with a Vietnamese page"
is "$(header Retry-After)" 30 "that says when to retry"
body_lacks 'mysql' "and no driver message"

ln -s "$CONG_DB_SOCKET" "$TMP/db.sock"
pfetch /procedures
is "$STATUS" 200 "when the database is back, the same worker serves again by itself"

# The server drops the worker's connection (as a restart would) while the socket is gone.
rm "$TMP/db.sock"
for id in $(sql "SELECT id FROM information_schema.processlist WHERE user = 'cong_outage'"); do
	sql "KILL CONNECTION $id" 2>/dev/null || true
done
pfetch /procedures/1.004194
is "$STATUS" 503 "a connection lost mid-life gives 503, not a crash"
ln -s "$CONG_DB_SOCKET" "$TMP/db.sock"
pfetch '/procedures?q=tam+tru'
is "$STATUS" 200 "and it reconnects and re-prepares when the server is back"
body_has '<mark>tạm</mark>' "with the right results"
ok "$(kill -0 $SEARCH_PID; echo $?)" "the program lived through it all"
ok "$(grep -cE 'killed by signal|exited with [1-9]' "$TMP/search.log" | grep -qx 0; echo $?)" "with no worker crash"
done_testing
