#!/bin/bash
# Benchmark of the payment callback endpoint, GET /pay/ipn (not part of make check), on a stack of
# its own. N electricity bills and N orders pending at the gateway are made in SQL, as the pay
# pages leave them; N callbacks are signed as the gateway signs them (HMAC-SHA512 under the stack's
# merchant key, by Python's hmac: independent of vnpay.c). wrk (tests/bench/ipn.lua) sends each
# callback exactly once, so the figure is callbacks verified and settled a second: signature,
# order locked, amount checked, order paid, bill credited, message logged, one transaction each.
# Then the same N again (every one is answered 02, already confirmed: verified and refused), then
# N forged ones (answered 97 before the database is touched but to log them), with GET /hello
# before as the baseline of the same run. Afterwards SQL checks that exactly N orders are paid
# and N bills credited, each once.
#
# usage: tests/bench/ipn.sh [-d SECONDS] [-c CONNECTIONS]     (from a built tree)
# BENCH_CALLBACKS (N, default 20000); CONG_WORKERS (default 4) as for tests/stack.sh.
BENCH_CONNS=16
cmdline="$0 $*"
. "$(dirname "$0")/common.sh"

n=${BENCH_CALLBACKS:-20000}
threads=2
work=$(mktemp -d "${TMPDIR:-/tmp}/cong-bench-ipn.XXXXXX")
bench_on_exit "rm -rf '$work'"
lua=$top/tests/bench/ipn.lua
failed=0
sql() { mariadb --socket="$CONG_DB_SOCKET" -u root -N -B cong -e "$1"; }
fail() { echo "CHECK FAILED: $*"; failed=1; }
setting() { sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*//p" "$CONG_CONF" | tail -n 1; }

echo "command: $cmdline"
echo "machine: $(nproc) cores ($(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1)), $(free -m | awk '/^Mem:/ {print $2}') MB RAM, $(mariadb --version | sed 's/.*Distrib \([^,]*\),.*/MariaDB \1/'), $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2)"
echo "run: $CONG_URL, ${CONG_WORKERS:-4} workers per FastCGI program; wrk -t$threads -c$conns; $(date -u +%Y-%m-%dT%H:%MZ)"
echo "sizes: $n callbacks, each settling its own order"
echo

# --- the payer, the bills and the pending orders ------------------------------------------------
sql "INSERT INTO users (kind, citizen_id, full_name, birth_date, sex, phone, email, password_hash, status)
	VALUES ('citizen', '001085999999', 'Người Nộp Tiền', '1985-01-01', 'M', '0980999999',
	'ipn-bench@example.vn', 'x', 'active')"
user=$(sql "SELECT id FROM users WHERE citizen_id = '001085999999'")
sql "INSERT INTO bills (biller_code, biller_name, customer_code, customer_name, period, amount, due_on)
	SELECT 'EVNHANOI', 'Tổng công ty Điện lực Thành phố Hà Nội', CONCAT('PB', LPAD(seq, 11, '0')),
	'Khách hàng thử tải', '2026-10', 100000 + seq, '2026-11-30' FROM seq_1_to_$n"
sql "INSERT INTO payment_orders (txn_ref, provider, kind, bill_id, user_id, payer_name, description,
	order_info, amount, state, create_date, expires_at)
	SELECT CONCAT('BEN', LPAD(b.id, 12, '0')), 'vnpay', 'bill', b.id, $user, 'Người Nộp Tiền',
	'Tiền điện thử tải', 'Tien dien thu tai', b.amount, 'pending', '20261123090000',
	NOW() + INTERVAL 1 HOUR FROM bills b WHERE b.customer_code LIKE 'PB%'"
[ "$(sql "SELECT COUNT(*) FROM payment_orders WHERE txn_ref LIKE 'BEN%' AND state = 'pending'")" = "$n" ] ||
	{ echo "bench: the orders were not made" >&2; exit 1; }

# --- the callbacks, signed as the gateway signs them --------------------------------------------
secret=$(setting 'Pay\.VNPay\.HashSecret'); tmn=$(setting 'Pay\.VNPay\.TmnCode')
sql "SELECT txn_ref, amount FROM payment_orders WHERE txn_ref LIKE 'BEN%'" > "$work/orders"
/usr/bin/python3 - "$secret" "$tmn" "$work/orders" "$work/paid" "$work/forged" <<'PY'
import hashlib, hmac, sys, urllib.parse
secret, tmn, orders, paid, forged = sys.argv[1:]
def query(params, key):
    data = "&".join(urllib.parse.quote_plus(k, safe="") + "=" + urllib.parse.quote_plus(v, safe="")
                    for k, v in sorted(params.items()) if v)
    return data + "&vnp_SecureHash=" + hmac.new(key.encode(), data.encode(), hashlib.sha512).hexdigest()
with open(orders) as f, open(paid, "w") as p, open(forged, "w") as g:
    for n, line in enumerate(f):
        ref, amount = line.split()
        params = {"vnp_Amount": str(int(amount) * 100), "vnp_BankCode": "NCB", "vnp_BankTranNo": "VNP%08d" % n,
                  "vnp_CardType": "ATM", "vnp_OrderInfo": "Tien dien thu tai", "vnp_PayDate": "20261123091500",
                  "vnp_ResponseCode": "00", "vnp_TmnCode": tmn, "vnp_TransactionNo": str(20000000 + n),
                  "vnp_TransactionStatus": "00", "vnp_TxnRef": ref}
        p.write("/pay/ipn?" + query(params, secret) + "\n")
        g.write("/pay/ipn?" + query(params, "not-the-merchant-key") + "\n")
PY

# --- the runs --------------------------------------------------------------------------------------
printf '%-40s %9s        %9s       %9s\n' "" "" "latency" ""
get "hello (GET /hello, baseline)" hello /hello
limit=$((n / 20 + 60))
out=$(wrk_until_done -t$threads -c"$conns" -d"${limit}s" --timeout 10s --latency -s "$lua" "$CONG_URL/" -- "$work/paid" $threads)
row "IPN verified and settled (00)" "$out" "" settle
out=$(wrk_until_done -t$threads -c"$conns" -d"${limit}s" --timeout 10s --latency -s "$lua" "$CONG_URL/" -- "$work/paid" $threads)
row "the same IPN again (02)" "$out" "" again
out=$(wrk_until_done -t$threads -c"$conns" -d"${limit}s" --timeout 10s --latency -s "$lua" "$CONG_URL/" -- "$work/forged" $threads)
row "forged IPN (97)" "$out" "" forged

# --- checks -----------------------------------------------------------------------------------------
echo
paid=$(sql "SELECT COUNT(*) FROM payment_orders WHERE txn_ref LIKE 'BEN%' AND state = 'paid'")
credited=$(sql "SELECT COUNT(*) FROM bills b JOIN payment_orders o ON o.id = b.settled_order_id WHERE o.txn_ref LIKE 'BEN%'")
confirmed=$(sql "SELECT COUNT(*) FROM payment_messages WHERE txn_ref LIKE 'BEN%' AND verdict = '00 confirmed'")
echo "orders paid: $paid of $n; bills credited: $credited; callbacks confirmed: $confirmed"
[ "$paid" = "$n" ] || fail "$paid orders paid, not $n"
[ "$credited" = "$n" ] || fail "$credited bills credited, not $n"
[ "$confirmed" = "$n" ] || fail "$confirmed callbacks confirmed, not $n (each exactly once)"
echo "load after: $(uptime | sed 's/.*load average/load average/')"
exit $failed
