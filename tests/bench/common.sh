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
