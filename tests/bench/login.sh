#!/bin/bash
# Benchmark of logging in (not part of make check): the scrypt cost chosen (time and memory of one
# hash with the parameters passwd.c uses, through OpenSSL as the portal calls it), and wrk against
# POST /account/login on a stack of its own, with /hello as the baseline of the same run.
#
# usage: tests/bench/login.sh [-d SECONDS] [-c CONNECTIONS]     (from a built tree)
BENCH_CONNS=8
. "$(dirname "$0")/common.sh"

# --- one hash: ln=15 (N = 32768), r = 8, p = 1, as passwd_default_params() --------------------
ln=$(sed -n 's/^static const struct passwd_params passwd_defaults = { \([0-9]*\),.*/\1/p' cgi-bin/lib/domain/passwd.c)
ln=${ln:-15}
n=$((1 << ln))
start=$(date +%s%N)
for i in $(seq 1 10); do
	openssl kdf -keylen 32 -kdfopt "pass:mat khau $i" -kdfopt salt:0123456789abcdef \
		-kdfopt "n:$n" -kdfopt r:8 -kdfopt p:1 -kdfopt maxmem_bytes:134217728 SCRYPT >/dev/null
done
end=$(date +%s%N)
rss=$(/usr/bin/time -f %M openssl kdf -keylen 32 -kdfopt pass:x -kdfopt salt:0123456789abcdef \
	-kdfopt "n:$n" -kdfopt r:8 -kdfopt p:1 -kdfopt maxmem_bytes:134217728 SCRYPT 2>&1 >/dev/null | tail -n 1)
echo "scrypt ln=$ln r=8 p=1: $(( (end - start) / 10000000 )) ms per hash (openssl kdf, process start included), max RSS ${rss} KiB"

# --- logins through nginx -------------------------------------------------------------------
jar=$(mktemp); lua=$(mktemp --suffix=.lua)
bench_on_exit "rm -f $jar $lua"
tok=$(curl -s -c "$jar" "$CONG_URL/account/register" | grep -o 'name="csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
password='Trời xanh mây trắng 2024'
curl -s -b "$jar" -c "$jar" -o /dev/null -w 'register: %{http_code}\n' "$CONG_URL/account/register" \
	--data-urlencode "csrf=$tok" -d kind=citizen -d citizen_id=001090054321 \
	--data-urlencode 'full_name=Trần Thị Bình' -d birth_date=1990-02-03 -d sex=M -d phone=0987654321 \
	-d email=binh@example.vn --data-urlencode "password=$password" --data-urlencode "password2=$password"
# Each request logs in from scratch: a visitor's CSRF cookie and the form, as a browser sends them.
cat > "$lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "cong_csrf=$tok"
wrk.body = "csrf=$tok&kind=citizen&login=001090054321&password=Tr%E1%BB%9Di%20xanh%20m%C3%A2y%20tr%E1%BA%AFng%202024"
LUA
echo "wrk -t2 -c$conns -d${duration}s, $(nproc) cores"
out=$(wrk -t2 -c"$conns" -d"${duration}s" --latency -s "$lua" "$CONG_URL/account/login")
echo "$out" | awk '/Requests\/sec|Non-2xx|  50%|  99%/'
hello=$(wrk -t2 -c"$conns" -d5s "$CONG_URL/hello" | awk '/Requests\/sec/ {print $2}')
echo "hello baseline: $hello req/s"
echo "sessions made: $(mariadb --socket="$CONG_DB_SOCKET" -u root -N -B cong -e 'SELECT COUNT(*) FROM sessions')"
