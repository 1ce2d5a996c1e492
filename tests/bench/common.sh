# common.sh: what the benchmark scripts share — options, tools, and a stack of their own.
# Sourced with the default connection count in BENCH_CONNS; leaves duration, conns, top, and the
# stack's settings (CONG_URL, CONG_CONF, CONG_BIN, CONG_DB_SOCKET…) exported. The stack stops when
# the script exits; add to the cleanup with bench_on_exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
top=$(pwd)
duration=10
conns=${BENCH_CONNS:-64}
while getopts d:c: opt; do
	case $opt in d) duration=$OPTARG ;; c) conns=$OPTARG ;; *) exit 2 ;; esac
done
command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install wrk)" >&2; exit 1; }
[ -x cgi-bin/search.fcgi ] || { echo "bench: build first (./bootstrap && make)" >&2; exit 1; }

export CONG_SRCDIR=$top CONG_BUILDDIR=$top
export CONG_MARIADBD=${CONG_MARIADBD:-$(command -v mariadbd || echo /usr/sbin/mariadbd)}
export CONG_NGINX=${CONG_NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
bench_dir=$top/bench-stack
bench_cleanup="bash tests/stack.sh stop '$bench_dir'"
bench_on_exit() { bench_cleanup="$bench_cleanup; $1"; trap "$bench_cleanup" EXIT; }
bash tests/stack.sh start "$bench_dir" 0 $$ >/dev/null
trap "$bench_cleanup" EXIT
. "$bench_dir/env"

# --- wrk runs and the table (the caller sets threads, and work: a scratch directory) -------------
# row NAME WRK-OUTPUT [NOTE]: one line of the table from wrk's output.
row() {
	local rps p50 p99 extra
	rps=$(echo "$2" | awk '/^Requests\/sec:/ {print $2}')
	p50=$(echo "$2" | awk '$1 == "50%" {print $2}')
	p99=$(echo "$2" | awk '$1 == "99%" {print $2}')
	extra=$(echo "$2" | awk '/Non-2xx|Socket errors|^statuses:|^rsp:/' | sed 's/^ *//' | tr '\n' ' ')
	printf '%-40s %9s req/s   p50 %9s   p99 %9s   %s%s\n' "$1" "$rps" "$p50" "$p99" "${3:+$3 }" "$extra"
	eval "RPS_$4=\$rps"
}
# get NAME KEY PATH [COOKIE]: wrk for -d seconds on a GET.
get() {
	local out
	out=$(wrk -t$threads -c"$conns" -d"${duration}s" --latency ${4:+-H "Cookie: cong_session=$4"} "$CONG_URL$3")
	row "$1" "$out" "" "$2"
}
# wrk_until_done ARGS...: wrk in the background, interrupted (SIGINT makes it print its figures
# at once) when all its threads have stopped by themselves; its -d is then only a time limit.
wrk_until_done() {
	local pid i tasks
	wrk "$@" > "$work/wrk.out" 2>&1 &
	pid=$!
	for i in $(seq 1 200); do	# its threads start
		tasks=(/proc/$pid/task/*)
		[ ${#tasks[@]} -gt 1 ] && break
		sleep 0.05
	done
	while kill -0 $pid 2>/dev/null; do
		tasks=(/proc/$pid/task/*)
		[ ${#tasks[@]} -le 1 ] && break
		sleep 0.05
	done
	kill -INT $pid 2>/dev/null || true
	wait $pid || true
	cat "$work/wrk.out"
}
