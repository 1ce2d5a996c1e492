#!/bin/bash
# Benchmark of the catalogue (not part of make check): wrk against a running stack with the 1,000
# real procedures imported, on the search page and the detail page, and in the same run on a static
# file served by nginx and on the minimal FastCGI program of the project's runner (/hello), so every
# figure comes with its baseline measured on the same machine at the same time.
#
# usage: tests/bench/search.sh [-d SECONDS] [-c CONNECTIONS]     (from a built tree: ./bootstrap && make)
# It starts its own stack in ./bench-stack on a free port, imports ../shared/data, runs wrk, and
# stops the stack. Targets (issue 2): search >= 0.5 x /hello's throughput, p99 < 25 ms at 64 conns.
BENCH_CONNS=64
. "$(dirname "$0")/common.sh"
data=${CONG_SHARED_DATA:-$top/../shared/data}

for kind in units agencies fields procedures; do
	case $kind in units) f=units/vn_units.json ;; agencies) f=procedures/agencies.json ;;
		fields) f=procedures/fields.json ;; procedures) f=procedures/citizen_services.json ;; esac
	"$CONG_BIN/cong-import" --conf "$CONG_CONF" "$kind" "$data/$f" | sed 's/^/import: /'
done
n=$(mariadb --socket="$CONG_DB_SOCKET" -u root -N -B cong -e "SELECT COUNT(*) FROM procedures")
echo "procedures in the database: $n"

# run NAME PATH: one wrk run; prints "NAME req/s p99" and remembers the figures.
declare -A RPS P99
run() {
	local out
	curl -sf -o /dev/null "$CONG_URL$2" || { echo "bench: $2 does not answer 200" >&2; exit 1; }
	out=$(wrk -t2 -c"$conns" -d"${duration}s" --latency "$CONG_URL$2")
	RPS[$1]=$(echo "$out" | awk '/^Requests\/sec:/ {print $2}')
	P99[$1]=$(echo "$out" | awk '$1 == "99%" {print $2}')
	local errs; errs=$(echo "$out" | awk '/Non-2xx|Socket errors/' | tr '\n' ' ')
	printf '%-34s %10s req/s   p99 %9s   %s\n' "$1 ($2)" "${RPS[$1]}" "${P99[$1]}" "$errs"
}

echo "wrk -t2 -c$conns -d${duration}s, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
run static /css/cong.css
run hello /hello
run search '/procedures?q=dang+ky'
run search-nodiacritics '/procedures?q=cap+giay+phep+lai+xe'
run detail /procedures/1.004194
run home /
echo
for k in search search-nodiacritics detail home; do
	awk -v a="${RPS[$k]}" -v b="${RPS[hello]}" -v k="$k" -v p="${P99[$k]}" \
		'BEGIN { printf "%-22s %.2f x hello   p99 %s\n", k, a / b, p }'
done
