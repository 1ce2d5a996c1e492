#!/bin/bash
# stack.sh: the whole portal on loopback, for `make run` and `make check` — a private MariaDB in its
# own data directory (no system service touched), the migrations and demo data, every FastCGI
# program, and nginx.
#
#   stack.sh run   DIR PORT            start, print the address, stop everything on Ctrl-C/SIGTERM
#   stack.sh start DIR PORT OWNER_PID  start in the background (PORT 0: a free one); stops by
#                                      itself when process OWNER_PID ends
#   stack.sh stop  DIR                 stop what DIR's stack runs
#   stack.sh db-stop DIR | db-start DIR   stop or start only MariaDB (tests of outages)
#   stack.sh smtp-stop DIR | smtp-start DIR   the same for the SMTP receiver
#   stack.sh sandbox-stop DIR | sandbox-start DIR   the same for the sandbox gateway (the bank down)
#
# Mail goes to an SMTP receiver on loopback (Debian's aiosmtpd) that keeps every message in the
# maildir DIR/mail: one file per message in DIR/mail/new.
#
# Payments go to the sandbox gateway (sandbox.fcgi and cong-sandbox-ipn, the bank's side of the
# VNPay protocol) on its own port (PORT + 10 for `make run`, a free one for tests), with its own
# database cong_sandbox; the merchant key is made once per stack and written to both
# configuration files.
#
# A sanitizer build (./configure --enable-sanitizers, CONG_SANITIZERS=yes) has every program of ours
# write its ASan, LeakSanitizer and UBSan reports to files DIR/sanitizer/{asan,ubsan}.PID: those the
# stack starts, and, through DIR/env, every test and the tools it runs. tests/sanitizers.sh stops
# the stack (so that each process is checked for leaks at its exit) and fails on any such file.
#
# Needs in the environment: CONG_SRCDIR, CONG_BUILDDIR, CONG_MARIADBD, CONG_NGINX, CONG_SMTP_PYTHON;
# CONG_SANITIZERS (yes or no) from a sanitizer build.
set -euo pipefail
# The daemons started here must not keep a caller's descriptors open: a test's TAP pipe (its fd 3)
# held by a gateway started from the test would keep the test harness waiting for ever.
for fd in 3 4 5 6 7 8 9; do eval "exec $fd>&-"; done

# Every FastCGI program the stack starts as a family: the portal's and the dev ones of
# conf/families (the sandbox gateway, its own kind, is started on its own).
FAMILIES=$(awk '!/^#/ && ($2 == "portal" || $2 == "dev") { printf "%s ", $1 }' "$CONG_SRCDIR/conf/families")
FAMILIES=${FAMILIES% }
DEMO_OFFICIAL_ID=001075000001		# make run only: a demo official, printed at start
DEMO_OFFICIAL_PASSWORD=Demo-Can-Bo-2026
WORKERS=${CONG_WORKERS:-4}

cmd=${1:?usage: stack.sh run|start|stop|db-stop|db-start|smtp-stop|smtp-start DIR [PORT [OWNER]]}
DIR=${2:?stack directory missing}
case "$cmd" in
stop|watch|db-stop|smtp-stop|sandbox-stop) [ -d "$DIR" ] || exit 0 ;;	# nothing to stop; do not make the directory
esac
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)

say() { echo "stack: $*" >&2; }
die() { say "$*"; exit 1; }

# The sanitizers' settings, for what this script starts and (written to DIR/env) for the tests.
# Leaks that third-party libraries keep for the life of a process by design are in tests/lsan.supp.
if [ "${CONG_SANITIZERS:-no}" = yes ]; then
	ASAN_OPTIONS="detect_leaks=1:log_path=$DIR/sanitizer/asan"
	UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$DIR/sanitizer/ubsan"
	LSAN_OPTIONS="suppressions=$CONG_SRCDIR/tests/lsan.supp:print_suppressions=0"
	export ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS
	mkdir -p "$DIR/sanitizer"
fi

# Unix socket paths must fit in 108 bytes; a deep build tree gets its sockets under /tmp.
sockdir() {
	if [ -f "$DIR/sockdir" ]; then cat "$DIR/sockdir"; return; fi
	local s="$DIR/sock"
	if [ ${#s} -gt 80 ]; then s=$(mktemp -d /tmp/cong-sock.XXXXXX); fi
	mkdir -p "$s"
	echo "$s" > "$DIR/sockdir"
	echo "$s"
}

free_port() {
	local p i
	for i in $(seq 1 200); do
		p=$((10000 + RANDOM % 22000))	# below the ephemeral ports (32768+) clients use
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
	done
	die "no free port found"
}

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Waits up to $2 seconds for command $1 to succeed.
wait_for() {
	local i
	for i in $(seq 1 $(($2 * 10))); do
		if eval "$1" >/dev/null 2>&1; then return 0; fi
		sleep 0.1
	done
	return 1
}

# stop_pid FILE NAME: stops the process whose pid is in FILE as systemd would: SIGTERM, and SIGKILL
# if it is still there after 15 seconds. That is said, as a process killed so skipped its exit (and,
# in a sanitizer build, its leak check).
stop_pid() {
	local pid
	if pid_alive "$1"; then
		pid=$(cat "$1")
		kill -TERM "$pid" 2>/dev/null || true
		if ! wait_for "! kill -0 $pid" 15; then
			say "$2 (pid $pid) did not stop in 15 s; killed"
			kill -9 "$pid" 2>/dev/null || true
		fi
	fi
	rm -f "$1"
}

db_start() {
	local sock; sock=$(sockdir)
	mkdir -p "$DIR/log"
	if [ ! -d "$DIR/db/mysql" ]; then
		say "creating a private MariaDB in $DIR/db"
		rm -rf "$DIR/db"
		mariadb-install-db --no-defaults --datadir="$DIR/db" --auth-root-authentication-method=normal \
			$( [ "$(id -u)" = 0 ] && echo --user=root ) --skip-test-db >"$DIR/log/mariadb-install.log" 2>&1 \
			|| die "mariadb-install-db failed; see $DIR/log/mariadb-install.log"
	fi
	pid_alive "$DIR/db.pid" && return 0
	# Full-text settings: one-letter tokens and no stopword list (the default one is English and
	# drops Vietnamese syllables such as "an", "la", "xe").
	"$CONG_MARIADBD" --no-defaults --datadir="$DIR/db" --socket="$sock/db.sock" --skip-networking \
		--pid-file="$DIR/db.pid" --log-error="$DIR/log/mariadb.log" \
		$( [ "$(id -u)" = 0 ] && echo --user=root ) \
		--character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
		--innodb-ft-min-token-size=1 --innodb-ft-enable-stopword=0 --ft-min-word-len=1 \
		--innodb-buffer-pool-size=256M --max-connections=300 --skip-name-resolve \
		</dev/null >/dev/null 2>&1 &
	wait_for "mariadb-admin --socket='$sock/db.sock' -u root ping" 60 \
		|| die "MariaDB did not start; see $DIR/log/mariadb.log"
}

db_stop() {
	local sock; sock=$(cat "$DIR/sockdir" 2>/dev/null || echo "$DIR/sock")
	if pid_alive "$DIR/db.pid"; then
		local pid; pid=$(cat "$DIR/db.pid")
		mariadb-admin --socket="$sock/db.sock" -u root shutdown 2>/dev/null || kill "$pid" 2>/dev/null || true
		wait_for "! kill -0 $pid" 60 || kill -9 "$pid" 2>/dev/null || true
	fi
	rm -f "$DIR/db.pid"
}

db_setup() {	# db_setup PORT
	local sock port=$1; sock=$(sockdir)
	[ -f "$DIR/db-password" ] || { head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$DIR/db-password"; chmod 600 "$DIR/db-password"; }
	# The key that seals TOTP secrets at rest: made once, kept with the data it opens.
	[ -f "$DIR/secret.key" ] || { (umask 077; head -c 32 /dev/urandom > "$DIR/secret.key"); }
	# The merchant's hash secret, as a bank hands it over: 32 letters.
	[ -f "$DIR/merchant-secret" ] || { (umask 077; head -c 64 /dev/urandom | base64 | tr -dc 'A-Z' | head -c 32 > "$DIR/merchant-secret"); }
	local pw secret sport; pw=$(cat "$DIR/db-password"); secret=$(cat "$DIR/merchant-secret")
	sport=$(cat "$DIR/sandbox-port")
	mariadb --socket="$sock/db.sock" -u root <<-SQL
		CREATE DATABASE IF NOT EXISTS cong_sandbox CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
		CREATE DATABASE IF NOT EXISTS cong CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
		CREATE USER IF NOT EXISTS 'cong'@'localhost' IDENTIFIED BY '$pw';
		GRANT ALL PRIVILEGES ON \`cong%\`.* TO 'cong'@'localhost';
	SQL
	cat > "$DIR/cong.conf" <<-CONF
		# Written by tests/stack.sh for this stack.
		Site.Name = Cổng Dịch vụ công
		Db.Socket = $sock/db.sock
		Db.Name = cong
		Db.User = cong
		Db.Password = $pw
		Paths.Templates = $CONG_SRCDIR/templates
		Paths.UploadTmp = $DIR/tmp
		Limits.MaxBody = 1048576
		Limits.MaxBody.submit = 26214400
		Limits.MaxBody.track = 26214400
		Limits.MaxBody.complain = 26214400
		Limits.MaxBody.office = 6291456
		Security.SecretKeyFile = $DIR/secret.key
		# Links in mail lead here; never taken from a request's Host header.
		Site.BaseURL = http://127.0.0.1:$port
		Mail.Relay = smtp://127.0.0.1:$(cat "$DIR/smtp-port")
		Mail.From = no-reply@dichvucong.localhost
		Mail.TLS = none
		Mail.PollSeconds = 1
		Mail.RetrySeconds = 1
		Pay.Provider = vnpay
		Pay.VNPay.TmnCode = CONGDEMO
		Pay.VNPay.HashSecret = $secret
		Pay.VNPay.PayURL = http://127.0.0.1:$sport/paymentv2/vpcpay.html
		Pay.VNPay.ApiURL = http://127.0.0.1:$sport/merchant_webapi/api/transaction
		Pay.VNPay.TimeoutSeconds = 5
		Security.FormActionURL : Pay.VNPay.PayURL
		Pay.ExpireMinutes = 15
		Pay.ReconcileAfterMinutes = 15
	CONF
	chmod 600 "$DIR/cong.conf"
	cat > "$DIR/sandbox.conf" <<-CONF
		# The sandbox gateway's own configuration: the bank's side of the merchant contract.
		Db.Socket = $sock/db.sock
		Db.Name = cong_sandbox
		Db.User = cong
		Db.Password = $pw
		Paths.Templates = $CONG_SRCDIR/templates
		Paths.UploadTmp = $DIR/tmp
		Site.BaseURL = http://127.0.0.1:$sport
		Sandbox.Merchants.CONGDEMO.HashSecret = $secret
		Sandbox.Merchants.CONGDEMO.IpnURL = http://127.0.0.1:$port/pay/ipn
		Sandbox.Merchants.CONGDEMO.Name = Cổng Dịch vụ công (demo)
		Sandbox.Ipn.PollSeconds = 1
		Sandbox.Ipn.RetrySeconds = 1
		Sandbox.Ipn.MaxAttempts = 10
		Sandbox.Ipn.DelaySeconds = 5
	CONF
	chmod 600 "$DIR/sandbox.conf"
	mkdir -p "$DIR/tmp"
	"$CONG_BUILDDIR/cgi-bin/cong-migrate" --conf "$DIR/cong.conf" --sql "$CONG_SRCDIR/sql" --demo >"$DIR/log/migrate.log" 2>&1 \
		|| { cat "$DIR/log/migrate.log" >&2; die "migrations failed"; }
	"$CONG_BUILDDIR/cgi-bin/cong-import" --conf "$DIR/cong.conf" reindex >>"$DIR/log/migrate.log" 2>&1 \
		|| { cat "$DIR/log/migrate.log" >&2; die "reindex failed"; }
	"$CONG_BUILDDIR/cgi-bin/cong-migrate" --conf "$DIR/sandbox.conf" --sql "$CONG_SRCDIR/sql/sandbox" >>"$DIR/log/migrate.log" 2>&1 \
		|| { cat "$DIR/log/migrate.log" >&2; die "the sandbox gateway's migrations failed"; }
}

# The SMTP receiver: keeps each message in the maildir $DIR/mail (new/ holds one file per message).
smtp_start() {
	pid_alive "$DIR/smtp.pid" && return 0
	[ -f "$DIR/smtp-port" ] || free_port > "$DIR/smtp-port"
	local port; port=$(cat "$DIR/smtp-port")
	mkdir -p "$DIR/mail/new" "$DIR/mail/cur" "$DIR/mail/tmp" "$DIR/log"
	"${CONG_SMTP_PYTHON:-/usr/bin/python3}" -m aiosmtpd -n -u -l "127.0.0.1:$port" \
		-c aiosmtpd.handlers.Mailbox "$DIR/mail" </dev/null >>"$DIR/log/smtp.log" 2>&1 &
	echo $! > "$DIR/smtp.pid"
	wait_for "(exec 3<>/dev/tcp/127.0.0.1/$port)" 20 \
		|| die "the SMTP receiver did not start (is python3-aiosmtpd installed?); see $DIR/log/smtp.log"
}

smtp_stop() { stop_pid "$DIR/smtp.pid" "the SMTP receiver"; }

programs_start() {
	local sock f; sock=$(sockdir)
	for f in $FAMILIES; do
		pid_alive "$DIR/$f.pid" && continue
		"$CONG_BUILDDIR/cgi-bin/$f.fcgi" --listen "$sock/$f.sock" --workers "$WORKERS" \
			--conf "$DIR/cong.conf" </dev/null >>"$DIR/log/$f.log" 2>&1 &
		echo $! > "$DIR/$f.pid"
	done
	for f in $FAMILIES; do
		wait_for "[ -S '$sock/$f.sock' ]" 20 || die "$f.fcgi did not start; see $DIR/log/$f.log"
	done
	if ! pid_alive "$DIR/mailer.pid"; then
		"$CONG_BUILDDIR/cgi-bin/cong-mailer" --conf "$DIR/cong.conf" --verbose \
			</dev/null >>"$DIR/log/mailer.log" 2>&1 &
		echo $! > "$DIR/mailer.pid"
	fi
	sandbox_start
}

# The sandbox gateway: its pages on their own socket (nginx serves them on the sandbox port) and
# the daemon that sends its IPN callbacks to the portal.
sandbox_start() {
	local sock; sock=$(sockdir)
	if ! pid_alive "$DIR/sandbox.pid"; then
		"$CONG_BUILDDIR/cgi-bin/sandbox.fcgi" --listen "$sock/sandbox.sock" --workers 2 \
			--conf "$DIR/sandbox.conf" </dev/null >>"$DIR/log/sandbox.log" 2>&1 &
		echo $! > "$DIR/sandbox.pid"
	fi
	wait_for "[ -S '$sock/sandbox.sock' ]" 20 || die "sandbox.fcgi did not start; see $DIR/log/sandbox.log"
	if ! pid_alive "$DIR/sandbox-ipn.pid"; then
		"$CONG_BUILDDIR/cgi-bin/cong-sandbox-ipn" --conf "$DIR/sandbox.conf" --verbose \
			</dev/null >>"$DIR/log/sandbox-ipn.log" 2>&1 &
		echo $! > "$DIR/sandbox-ipn.pid"
	fi
}

sandbox_stop() {
	local f
	for f in sandbox sandbox-ipn; do stop_pid "$DIR/$f.pid" "$f"; done
}

nginx_start() {
	local port=$1 sock; sock=$(sockdir)
	mkdir -p "$DIR/nginx/tmp"
	cp /etc/nginx/mime.types /etc/nginx/fastcgi_params "$DIR/nginx/"
	sed -e "s|@pkgdatadir@/public|$CONG_SRCDIR/public|g" -e "s|@runstatedir@/cong|$sock|g" \
		"$CONG_SRCDIR/conf/nginx-cong.conf.in" > "$DIR/nginx/site.conf"
	sed -e "s|@DIR@|$DIR|g" -e "s|@PORT@|$port|g" -e "s|@SOCKDIR@|$sock|g" \
		-e "s|@SANDBOX_PORT@|$(cat "$DIR/sandbox-port")|g" \
		-e "s|@USER@|$( [ "$(id -u)" = 0 ] && echo 'user root root;' )|" \
		"$CONG_SRCDIR/conf/nginx-dev.conf.in" > "$DIR/nginx/nginx.conf"
	"$CONG_NGINX" -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf" -t >"$DIR/log/nginx-test.log" 2>&1 \
		|| { cat "$DIR/log/nginx-test.log" >&2; die "nginx configuration rejected"; }
	"$CONG_NGINX" -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf" </dev/null >>"$DIR/log/nginx.log" 2>&1 &
	echo $! > "$DIR/nginx.pid"
	wait_for "curl -sf -o /dev/null http://127.0.0.1:$port/" 30 \
		|| die "the portal does not answer on port $port; see $DIR/log/"
}

stop_all() {
	local f
	sandbox_stop
	# All at once: each runner waits for its workers, which (in a sanitizer build) check for leaks.
	for f in nginx mailer $FAMILIES; do
		if pid_alive "$DIR/$f.pid"; then kill -TERM "$(cat "$DIR/$f.pid")" 2>/dev/null || true; fi
	done
	for f in nginx mailer $FAMILIES; do stop_pid "$DIR/$f.pid" "$f"; done
	smtp_stop
	db_stop
	# Anything of this stack that an interrupted stop left behind (every process of the stack has
	# the directory in its arguments; this script's own arguments end without the slash).
	if pkill -TERM -f -- "$DIR/" 2>/dev/null; then
		sleep 1
		if pkill -KILL -f -- "$DIR/" 2>/dev/null; then say "a process of $DIR did not stop in 1 s; killed"; fi
	fi
	if [ -f "$DIR/sockdir" ]; then
		case "$(cat "$DIR/sockdir")" in /tmp/cong-sock.*) rm -rf "$(cat "$DIR/sockdir")" ;; esac
	fi
	if [ -f "$DIR/watchdog.pid" ]; then
		[ "$(cat "$DIR/watchdog.pid")" != "$$" ] && kill "$(cat "$DIR/watchdog.pid")" 2>/dev/null || true
		rm -f "$DIR/watchdog.pid"
	fi
}

start_all() {	# start_all PORT FRESH: FRESH=1 starts from an empty database
	local port=$1
	[ "$port" = 0 ] && port=$(free_port)
	stop_all	# whatever an earlier run left behind
	rm -f "$DIR/sockdir"
	[ "${2:-0}" = 1 ] && rm -rf "$DIR/db" "$DIR/mail" "$DIR/smtp-port" "$DIR/sanitizer"
	if [ "${CONG_SANITIZERS:-no}" = yes ]; then mkdir -p "$DIR/sanitizer"; fi
	if [ "${2:-0}" = 1 ]; then free_port > "$DIR/sandbox-port"; else echo $((port + 10)) > "$DIR/sandbox-port"; fi
	db_start
	smtp_start
	db_setup "$port"
	programs_start
	nginx_start "$port"
	cat > "$DIR/env" <<-ENV
		CONG_URL=http://127.0.0.1:$port
		CONG_PORT=$port
		CONG_STACK_DIR=$DIR
		CONG_DB_SOCKET=$(sockdir)/db.sock
		CONG_DB_NAME=cong
		CONG_CONF=$DIR/cong.conf
		CONG_BIN=$CONG_BUILDDIR/cgi-bin
		CONG_SOCKDIR=$(sockdir)
		CONG_NGINX=$CONG_NGINX
		CONG_MARIADBD=$CONG_MARIADBD
		CONG_MAILDIR=$DIR/mail
		CONG_SMTP_PYTHON=${CONG_SMTP_PYTHON:-/usr/bin/python3}
		CONG_SANDBOX_URL=http://127.0.0.1:$(cat "$DIR/sandbox-port")
		CONG_SANDBOX_CONF=$DIR/sandbox.conf
		CONG_SANDBOX_DB=cong_sandbox
		CONG_FAMILIES="$FAMILIES"
		export CONG_SANDBOX_URL CONG_SANDBOX_CONF CONG_SANDBOX_DB CONG_FAMILIES
		export CONG_MAILDIR CONG_SMTP_PYTHON CONG_URL CONG_PORT CONG_STACK_DIR CONG_DB_SOCKET CONG_DB_NAME CONG_CONF CONG_BIN CONG_SOCKDIR CONG_NGINX CONG_MARIADBD
	ENV
	if [ "${CONG_SANITIZERS:-no}" = yes ]; then
		cat >> "$DIR/env" <<-ENV
			ASAN_OPTIONS=$ASAN_OPTIONS
			UBSAN_OPTIONS=$UBSAN_OPTIONS
			LSAN_OPTIONS=$LSAN_OPTIONS
			export ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS
		ENV
	fi
	echo "$port"
}

case "$cmd" in
run)
	port=$(start_all "${3:-8080}")
	trap 'echo; say "stopping"; stop_all; exit 0' INT TERM
	# A demo official for the tour (officials are never registered; made once, kept after).
	printf '%s\n' "$DEMO_OFFICIAL_PASSWORD" | "$CONG_BUILDDIR/cgi-bin/cong-admin" --conf "$DIR/cong.conf" \
		create-official --citizen-id "$DEMO_OFFICIAL_ID" --name "Cán bộ Công an Hà Nội (demo)" \
		--agency H26.CA --email canbo@dichvucong.localhost >/dev/null 2>&1 || true
	echo
	echo "  Cổng is running: http://127.0.0.1:$port/"
	echo "  logs: $DIR/log/    database: mariadb --socket=$(sockdir)/db.sock -u root cong"
	echo "  mail the portal sends: $DIR/mail/new/ (one file per message)"
	echo "  payments go to the sandbox gateway: http://127.0.0.1:$(cat "$DIR/sandbox-port")/ (no real money)"
	echo "  demo official (Công an Thành phố Hà Nội): $DEMO_OFFICIAL_ID / $DEMO_OFFICIAL_PASSWORD"
	echo "  Ctrl-C stops everything."
	echo
	while true; do sleep 1 & wait $!; done
	;;
start)
	# Called from make with the sub-make that builds check data: the owner is the make above it
	# (skipping a shell). Called from a script: that script is the owner.
	owner=${4:?owner pid missing}
	if [ "$(cat "/proc/$owner/comm" 2>/dev/null)" = make ]; then
		owner=$(awk '{print $4}' "/proc/$owner/stat")
		case "$(cat "/proc/$owner/comm" 2>/dev/null)" in
		sh|bash|dash) owner=$(awk '{print $4}' "/proc/$owner/stat") ;;
		esac
	fi
	port=$(start_all "${3:-0}" 1)	# tests and benchmarks start from the demo data alone
	# The watchdog: when the make that runs the tests ends, however it ends, the stack goes too.
	setsid bash "$0" watch "$DIR" "$owner" </dev/null >/dev/null 2>&1 &
	echo $! > "$DIR/watchdog.pid"
	say "running on http://127.0.0.1:$port/ (logs in $DIR/log)"
	;;
watch)
	owner=${3:?}
	while kill -0 "$owner" 2>/dev/null; do sleep 1; done
	[ -d "$DIR" ] && stop_all
	;;
stop) stop_all ;;
db-stop) db_stop ;;
db-start) db_start ;;
smtp-stop) smtp_stop ;;
smtp-start) smtp_start ;;
sandbox-stop) sandbox_stop ;;
sandbox-start) sandbox_start ;;
*) die "unknown command $cmd" ;;
esac
