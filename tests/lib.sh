# lib.sh: what integration tests share — TAP output, HTTP through the stack's nginx, and SQL through
# the stack's MariaDB. Sourced by tests/integration/*.sh, run by automake's TAP driver.
#
# The stack (tests/stack.sh) is started by `make check` before any test; its settings are in
# $CONG_STACK/env: CONG_URL (http://127.0.0.1:PORT), CONG_DB_SOCKET, CONG_DB_NAME, CONG_CONF, ...

set -u
. "$CONG_STACK/env"

TAP_N=0
TAP_FAILED=0
TMP=$(mktemp -d "${TMPDIR:-/tmp}/cong-test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

plan() { echo "1..$1"; }
ok() {			# ok CONDITION-EXIT-STATUS DESCRIPTION
	TAP_N=$((TAP_N + 1))
	if [ "$1" -eq 0 ]; then echo "ok $TAP_N - $2"; else echo "not ok $TAP_N - $2"; TAP_FAILED=1; fi
}
diag() { printf '# %s\n' "$*" | head -c 4000; echo; }
is() {			# is GOT WANT DESCRIPTION
	if [ "$1" = "$2" ]; then ok 0 "$3"; else ok 1 "$3"; diag "got '$1', want '$2'"; fi
}
done_testing() { echo "1..$TAP_N"; exit 0; }

# fetch [curl options...] PATH: GET (or whatever the options say) through nginx. Sets STATUS,
# and leaves the body in $TMP/body and the headers in $TMP/headers.
fetch() {
	local path="${*: -1}"
	local opts=("${@:1:$#-1}")
	# curl writes the -o file only when a body comes: without this, a failed request or an
	# answer without a body would leave the last page to be checked again.
	: > "$TMP/body"; : > "$TMP/headers"
	STATUS=$(curl -sS -o "$TMP/body" -D "$TMP/headers" -w '%{http_code}' --max-time 20 \
		"${opts[@]}" "$CONG_URL$path") || STATUS=000
}
body() { cat "$TMP/body"; }
header() { grep -i "^$1:" "$TMP/headers" | head -n 1 | cut -d' ' -f2- | tr -d '\r'; }
# body_has TEXT DESCRIPTION: the last body contains TEXT (fixed string; an empty TEXT, as from a
# query that found nothing, fails rather than matching everything).
body_has() {
	if [ -n "$1" ] && grep -qF -- "$1" "$TMP/body"; then ok 0 "$2"; else ok 1 "$2"; diag "body lacks: $1"; diag "$(head -c 1500 "$TMP/body")"; fi
}
body_lacks() {
	if grep -qF -- "$1" "$TMP/body"; then ok 1 "$2"; diag "body has: $1"; else ok 0 "$2"; fi
}
# has STRING TEXT DESCRIPTION / lacks ...: fixed-string checks on any text.
has() { if [ -n "$1" ] && printf '%s' "$2" | grep -qF -- "$1"; then ok 0 "$3"; else ok 1 "$3"; diag "'$2' lacks '$1'"; fi; }
lacks() { if printf '%s' "$2" | grep -qF -- "$1"; then ok 1 "$3"; diag "'$2' has '$1'"; else ok 0 "$3"; fi; }

# valid_html WHAT: the last body is valid HTML5 for tidy — errors fail, warnings do not (tidy exits
# 2 on errors, 1 on warnings only).
valid_html() {
	tidy -q -e --show-warnings no "$TMP/body" >"$TMP/tidy" 2>&1
	if [ $? -lt 2 ]; then ok 0 "$1 is valid HTML"; else ok 1 "$1 is valid HTML"; diag "$(head -20 "$TMP/tidy")"; fi
}

# sql [DB] STATEMENT: runs SQL as root through the stack's socket; prints tab-separated rows.
sql() {
	local db="$CONG_DB_NAME"
	[ $# -gt 1 ] && { db="$1"; shift; }
	mariadb --socket="$CONG_DB_SOCKET" -u root -N -B "$db" -e "$1"
}

# private_nginx SOCKET [DIRECTIVES]: a second nginx on a free loopback port that sends every request
# to the FastCGI program listening on SOCKET (with DIRECTIVES in its location), for tests that must
# break or restart a program without disturbing the shared stack. Sets PRIV_URL; stopped when the
# test exits.
private_nginx() { private_server "location / { include fastcgi_params; fastcgi_pass unix:$1; ${2:-} }"; }

# private_site SOCKDIR: a second nginx with the portal's own conf/nginx-cong.conf.in, as the stack
# has it but with the family programs' sockets looked for in SOCKDIR (an empty one: every program
# is down). Sets PRIV_URL, as private_nginx.
private_site() {
	mkdir -p "$TMP/nginx"
	sed -e "s|@pkgdatadir@/public|$CONG_SRCDIR/public|g" -e "s|@runstatedir@/cong|$1|g" \
		"$CONG_SRCDIR/conf/nginx-cong.conf.in" > "$TMP/nginx/site.conf"
	private_server "include $TMP/nginx/site.conf;"
}

# private_server DIRECTIVES: what private_nginx and private_site share — the nginx, with DIRECTIVES
# in its server { }.
private_server() {
	local body=$1 port dir="$TMP/nginx" attempt
	mkdir -p "$dir/tmp"
	cp "$CONG_STACK_DIR/nginx/fastcgi_params" "$CONG_STACK_DIR/nginx/mime.types" "$dir/"
	# A port below the ephemeral range (32768+), which the many client connections of a test run
	# churn through; a port taken at the last moment is tried again with another.
	for attempt in 1 2 3 4 5; do
		port=$((10000 + RANDOM % 22000))
		(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue
		cat > "$dir/nginx.conf" <<-CONF
			$( [ "$(id -u)" = 0 ] && echo 'user root root;' )
			daemon off;
			worker_processes 1;
			pid $dir/nginx.pid;
			error_log $dir/error.log warn;
			events { worker_connections 256; }
			http {
				include mime.types;
				access_log off;
				client_body_temp_path $dir/tmp/body;
				fastcgi_temp_path $dir/tmp/fastcgi;
				proxy_temp_path $dir/tmp/proxy;
				uwsgi_temp_path $dir/tmp/uwsgi;
				scgi_temp_path $dir/tmp/scgi;
				server {
					listen 127.0.0.1:$port;
					$body
				}
			}
		CONF
		"$CONG_NGINX" -p "$dir" -c "$dir/nginx.conf" </dev/null >/dev/null 2>&1 &
		PRIV_NGINX_PID=$!
		PRIV_URL=http://127.0.0.1:$port
		trap 'kill $PRIV_NGINX_PID 2>/dev/null; wait 2>/dev/null; rm -rf "$TMP"' EXIT
		wait_until "(exec 3<>/dev/tcp/127.0.0.1/$port)" 10 && kill -0 $PRIV_NGINX_PID 2>/dev/null && return 0
		kill $PRIV_NGINX_PID 2>/dev/null
	done
	diag "no private nginx could be started"
	return 1
}

# wait_until COMMAND SECONDS: polls COMMAND every 0.1 s; returns 1 if it never succeeds.
wait_until() {
	local i
	for i in $(seq 1 $(($2 * 10))); do
		eval "$1" >/dev/null 2>&1 && return 0
		sleep 0.1
	done
	return 1
}

# pfetch PATH: fetch through the private nginx.
pfetch() {
	: > "$TMP/body"; : > "$TMP/headers"
	STATUS=$(curl -sS -o "$TMP/body" -D "$TMP/headers" -w '%{http_code}' --max-time 20 "$PRIV_URL$1") || STATUS=000
}
