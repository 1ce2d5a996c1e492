#!/bin/bash
# The sandbox payment gateway, as a merchant meets it: a payment URL signed here with openssl (an
# implementation of VNPay's signing independent of vnpay.c, so that a bug there shows) opens the
# payment page; what VNPay refuses is refused, and leaves nothing payable behind; the payer's
# decision comes back signed; querydr answers in signed JSON; and the IPN calls reach a merchant
# (a small recording server of this test) as each fault mode says — retried while the merchant
# does not confirm, ten at once, never, early, badly signed, tampered, or followed by a stale one.
#
# The pages are tried on the stack's gateway; the IPN calls on a gateway of this test's own (its
# own database, configuration, program and sender), so that the stack's sender does not race it.
. "$CONG_SRCDIR/tests/lib.sh"
. "$CONG_SRCDIR/tests/pay-lib.sh"

SBX=$CONG_SANDBOX_URL
SECRET=$(sed -n 's/^[[:space:]]*Sandbox\.Merchants\.CONGDEMO\.HashSecret[[:space:]]*=[[:space:]]*//p' "$CONG_SANDBOX_CONF")
RETURN_URL="$CONG_URL/pay/return"
sbx_sql() { sql "${SBX_DB:-cong_sandbox}" "$1"; }

# pay_query SECRET TMN REF AMOUNT [NAME=VALUE...]: a payment URL's query, created now, valid 15
# minutes; later NAME=VALUE pairs replace the defaults.
pay_query() {
	local secret=$1 tmn=$2 ref=$3 amount=$4; shift 4
	signed_query "$secret" vnp_Version=2.1.0 vnp_Command=pay "vnp_TmnCode=$tmn" "vnp_Amount=$amount" \
		vnp_CurrCode=VND "vnp_TxnRef=$ref" "vnp_OrderInfo=Thanh toan le phi ho so $ref" \
		vnp_OrderType=other vnp_Locale=vn "vnp_ReturnUrl=$RETURN_URL" vnp_IpAddr=127.0.0.1 \
		"vnp_CreateDate=$(vndate)" "vnp_ExpireDate=$(vndate '+15 min')" "$@"
}
ref() { echo "T$(date +%s%N | tail -c 10)$RANDOM"; }
# open URL-BASE QUERY: GET the payment page, keeping cookies in $TMP/jar.
open_pay() { STATUS=$(curl -sS -o "$TMP/body" -D "$TMP/headers" -w '%{http_code}' -c "$TMP/jar" -b "$TMP/jar" \
	"$1/paymentv2/vpcpay.html?$2") || STATUS=000; }
token() { grep -o 'action="/paymentv2/vpcpay.html/[^"]*' "$TMP/body" | sed 's|.*/||'; }
csrf() { grep -o 'name="csrf" value="[^"]*' "$TMP/body" | sed 's/.*value="//'; }
# decide URL-BASE TOKEN CSRF ACTION [FAULT]: the payer's decision; Location in LOC.
decide() {
	STATUS=$(curl -sS -o "$TMP/body" -D "$TMP/headers" -w '%{http_code}' -b "$TMP/jar" \
		--data "csrf=$3&action=$4&bank=NCB&fault=${5:-none}" "$1/paymentv2/vpcpay.html/$2") || STATUS=000
	LOC=$(header Location)
}
rows() { sbx_sql "SELECT COUNT(*) FROM sbx_transactions WHERE txn_ref = '$1'"; }

# querydr SECRET TMN REF DATE [REQUEST-ID]: posts a signed querydr request; the answer in $TMP/body.
querydr() {
	local secret=$1 tmn=$2 ref=$3 date=$4 rid=${5:-R$(date +%s%N)} now; now=$(vndate)
	local sig; sig=$(hmac "$secret" "$rid|2.1.0|querydr|$tmn|$ref|$date|$now|127.0.0.1|Truy van $ref")
	jq -n --arg rid "$rid" --arg tmn "$tmn" --arg ref "$ref" --arg date "$date" --arg now "$now" --arg sig "$sig" \
		'{vnp_RequestId: $rid, vnp_Version: "2.1.0", vnp_Command: "querydr", vnp_TmnCode: $tmn,
		  vnp_TxnRef: $ref, vnp_OrderInfo: ("Truy van " + $ref), vnp_TransactionDate: $date,
		  vnp_CreateDate: $now, vnp_IpAddr: "127.0.0.1", vnp_SecureHash: $sig}' > "$TMP/querydr.json"
	STATUS=$(curl -sS -o "$TMP/body" -w '%{http_code}' -H 'Content-Type: application/json' \
		--data-binary @"$TMP/querydr.json" "${QUERYDR_BASE:-$SBX}/merchant_webapi/api/transaction") || STATUS=000
}
jf() { jq -r ".$1 // empty" "$TMP/body"; }
# answer_verifies SECRET: the querydr answer's signature, over VNPay's fields joined with '|'.
answer_verifies() {
	local data
	data=$(jq -r '[.vnp_ResponseId, .vnp_Command, .vnp_ResponseCode, .vnp_Message, .vnp_TmnCode,
		.vnp_TxnRef, .vnp_Amount, .vnp_BankCode, .vnp_PayDate, .vnp_TransactionNo,
		.vnp_TransactionType, .vnp_TransactionStatus, .vnp_OrderInfo, .vnp_PromotionCode,
		.vnp_PromotionAmount] | map(. // "") | join("|")' "$TMP/body")
	[ "$(hmac "$1" "$data")" = "$(jf vnp_SecureHash)" ]
}

# --- the stack's gateway --------------------------------------------------------------------------
STATUS=$(curl -sS -o "$TMP/body" -w '%{http_code}' "$SBX/health") || STATUS=000
is "$STATUS $(body)" "200 ok" "the gateway says it is up (the stack waits for this)"

R1=$(ref)
Q1=$(pay_query "$SECRET" CONGDEMO "$R1" 11500000)
open_pay "$SBX" "$Q1"
is "$STATUS" 200 "a payment URL signed with the merchant's secret opens the payment page"
valid_html "the payment page"
body_has '<html lang="vi">' "the page says it is Vietnamese"
is "$(grep -c '<h1' "$TMP/body")" 1 "with one h1"
body_has "Cổng thanh toán thử nghiệm — VNPAY Sandbox (chỉ dùng để kiểm thử)" "the title says it is the sandbox"
body_has "không có tiền thật nào được chuyển" "and a banner that no real money moves"
body_has "Cổng Dịch vụ công (demo)" "the merchant's name is shown"
body_has "Thanh toan le phi ho so $R1" "the order info"
body_has "115.000 VND" "the amount in đồng, with dots"
body_has '<label for="f-bank">' "the bank choice has a label"
body_has '<select id="f-fault" name="fault"' "the tester's fault select is there"
body_has 'Chế độ kiểm thử' "clearly labelled"
body_has '<button type="submit" name="action" value="pay">Thanh toán</button>' "a Thanh toán button"
body_has '<button type="submit" name="action" value="cancel" class="secondary">Hủy giao dịch</button>' "a Hủy giao dịch button"
has_target=$(header Content-Security-Policy | grep -c "form-action 'self' $CONG_URL;")
is "$has_target" 1 "the page's policy lets its form lead back to the merchant"
is "$(sbx_sql "SELECT state, amount, create_date <> '' FROM sbx_transactions WHERE txn_ref = '$R1'")" \
	"pending	11500000	1" "the transaction is recorded, pending"
T1=$(token); C1=$(csrf)
open_pay "$SBX" "$Q1"
is "$STATUS $(token) $(rows "$R1")" "200 $T1 1" "the same link again shows the same transaction"

# What VNPay refuses: refused with its status, nothing recorded.
R=$(ref); Q=$(pay_query "$SECRET" CONGDEMO "$R" 11500000)
# The hash's last digit changed (to 1 when it is 0 already: a valid link is never opened here).
if [ "${Q: -1}" = 0 ]; then open_pay "$SBX" "${Q%?}1"; else open_pay "$SBX" "${Q%?}0"; fi
is "$STATUS $(rows "$R")" "400 0" "a wrong signature is refused (400), nothing recorded"
body_has "Sai chữ ký" "saying the signature is wrong"
valid_html "the refusal page"
R=$(ref); open_pay "$SBX" "$(pay_query "$SECRET" KHONGCO "$R" 11500000)"
is "$STATUS $(rows "$R")" "404 0" "an unknown merchant is refused (404), nothing recorded"
R=$(ref); open_pay "$SBX" "$(pay_query wrong-secret CONGDEMO "$R" 11500000)"
is "$STATUS $(rows "$R")" "400 0" "a URL signed with another key is refused"
R=$(ref); open_pay "$SBX" "$(pay_query "$SECRET" CONGDEMO "$R" 11500000 "vnp_CreateDate=$(vndate '-30 min')" "vnp_ExpireDate=$(vndate '-15 min')")"
is "$STATUS $(rows "$R")" "400 0" "an expired link is refused, nothing recorded"
body_has "quá thời gian chờ thanh toán" "saying it has expired"
R=$(ref); open_pay "$SBX" "$(pay_query "$SECRET" CONGDEMO "$R" 11500050)"
is "$STATUS $(rows "$R")" "400 0" "an amount that is not a multiple of 100 is refused"
body_has "Giao dịch không hợp lệ" "as an invalid transaction"
R=$(ref); open_pay "$SBX" "$(pay_query "$SECRET" CONGDEMO "$R" 11500000 vnp_CurrCode=USD)"
is "$STATUS $(rows "$R")" "400 0" "a currency other than VND is refused"
R=$(ref); open_pay "$SBX" "$(pay_query "$SECRET" CONGDEMO "$R" 11500000 vnp_Version=2.0.0)"
is "$STATUS $(rows "$R")" "400 0" "another protocol version is refused"
R=$(ref); open_pay "$SBX" "$(pay_query "$SECRET" CONGDEMO "$R" 11500000 vnp_CreateDate=20251301000000)"
is "$STATUS $(rows "$R")" "400 0" "a create date that is not a date is refused"

# The decision.
STATUS=$(curl -sS -o "$TMP/body" -w '%{http_code}' -b "$TMP/jar" \
	--data "action=pay&bank=NCB&fault=none" "$SBX/paymentv2/vpcpay.html/$T1") || STATUS=000
is "$STATUS $(sbx_sql "SELECT state FROM sbx_transactions WHERE txn_ref = '$R1'")" "403 pending" \
	"a decision without the form's CSRF token is refused, nothing decided"
decide "$SBX" "$T1" "$C1" pay
is "$STATUS" 303 "paying answers 303"
is "${LOC%%\?*}" "$RETURN_URL" "to the merchant's return URL"
RQ=${LOC#*\?}
verifies "$SECRET" "$RQ"; ok $? "whose query verifies with openssl under the merchant's secret"
is "$(param "$RQ" vnp_ResponseCode) $(param "$RQ" vnp_TransactionStatus) $(param "$RQ" vnp_Amount) $(param "$RQ" vnp_TxnRef)" \
	"00 00 11500000 $R1" "saying paid (00/00), the amount and the order"
NO=$(param "$RQ" vnp_TransactionNo)
[[ "$NO" =~ ^[1-9][0-9]+$ ]]; ok $? "with a numeric bank transaction number ($NO)"
is "$(param "$RQ" vnp_CardType) $(param "$RQ" vnp_BankCode)" "ATM NCB" "card type ATM, the bank chosen"
is "$(param "$RQ" vnp_PayDate | cut -c1-10)" "$(vndate | cut -c1-10)" "paid now, in Vietnam's time"
is "$(echo "$RQ" | tr '&' '\n' | cut -d= -f1 | tr '\n' ' ')" \
	"vnp_Amount vnp_BankCode vnp_BankTranNo vnp_CardType vnp_OrderInfo vnp_PayDate vnp_ResponseCode vnp_TmnCode vnp_TransactionNo vnp_TransactionStatus vnp_TxnRef vnp_SecureHash " \
	"the return parameters are VNPay's, in VNPay's order"
header Content-Security-Policy | grep -qF "form-action 'self' $CONG_URL;"; ok $? "the redirect's policy names the merchant's origin"
decide "$SBX" "$T1" "$C1" cancel
is "$STATUS $(sbx_sql "SELECT state, transaction_no FROM sbx_transactions WHERE txn_ref = '$R1'")" \
	"409 paid	$NO" "a decided transaction is not decided twice"
body_has "Giao dịch thành công" "the second post shows the outcome"
valid_html "the outcome page"
open_pay "$SBX" "$Q1"
is "$STATUS" 400 "a paid TxnRef cannot be paid again"

R2=$(ref); open_pay "$SBX" "$(pay_query "$SECRET" CONGDEMO "$R2" 5000000)"
decide "$SBX" "$(token)" "$(csrf)" cancel
RQ=${LOC#*\?}
verifies "$SECRET" "$RQ"; ok $? "cancelling answers with a signed result too"
is "$STATUS $(param "$RQ" vnp_ResponseCode) $(param "$RQ" vnp_TransactionStatus) $(param "$RQ" vnp_TransactionNo)" \
	"303 24 02 0" "cancelled: 24, status 02, no bank transaction"

# querydr.
D1=$(sbx_sql "SELECT create_date FROM sbx_transactions WHERE txn_ref = '$R1'")
querydr "$SECRET" CONGDEMO "$R1" "$D1" RQ1-$$
is "$STATUS $(jf vnp_ResponseCode) $(jf vnp_TransactionStatus) $(jf vnp_Amount) $(jf vnp_TransactionNo)" \
	"200 00 00 11500000 $NO" "querydr finds the payment: 00, paid, its amount and number"
answer_verifies "$SECRET"; ok $? "its answer's signature verifies with openssl"
is "$(jf vnp_Command) $(jf vnp_TransactionType) $(jf vnp_BankCode)" "querydr 01 NCB" "command, type and bank as VNPay says"
querydr "$SECRET" CONGDEMO "$R1" "$D1" RQ1-$$
is "$STATUS $(jf vnp_ResponseCode)" "200 94" "the same request id again the same day: 94"
querydr "$SECRET" CONGDEMO "KHONGCO$$" "$D1"
is "$(jf vnp_ResponseCode)" 91 "an order the gateway never saw: 91"
answer_verifies "$SECRET"; ok $? "signed too"
querydr wrong-secret CONGDEMO "$R1" "$D1"
is "$(jf vnp_ResponseCode)" 97 "a request with a wrong signature: 97"
querydr "$SECRET" KHONGCO "$R1" "$D1"
is "$(jf vnp_ResponseCode)" 02 "an unknown merchant: 02"
querydr "$SECRET" CONGDEMO "$R2" "$(sbx_sql "SELECT create_date FROM sbx_transactions WHERE txn_ref = '$R2'")"
is "$(jf vnp_ResponseCode) $(jf vnp_TransactionStatus)" "00 02" "a cancelled payment: found, status 02"
STATUS=$(curl -sS -o "$TMP/body" -w '%{http_code}' --data-binary 'khong phai json' "$SBX/merchant_webapi/api/transaction") || STATUS=000
is "$STATUS $(jf vnp_ResponseCode)" "400 03" "a body that is not JSON: 400, in JSON"

# --- IPN calls, on a gateway of this test's own ----------------------------------------------------
SBX_DB=cong_sbxtest_$$
RPORT=$((10000 + RANDOM % 22000))
TSECRET=TESTSECRETTESTSECRETTESTSECRET12
REC_PID=; IPN_PID=; FCGI_PID=
cleanup() {
	for p in $REC_PID $IPN_PID $FCGI_PID ${PRIV_NGINX_PID:-}; do kill "$p" 2>/dev/null; done
	wait 2>/dev/null
	sql cong "DROP DATABASE IF EXISTS $SBX_DB"
	rm -rf "$TMP"
}
trap cleanup EXIT
grep -v -e '^[[:space:]]*Db\.Name' -e '^[[:space:]]*Sandbox\.' "$CONG_SANDBOX_CONF" > "$TMP/sandbox.conf"
cat >> "$TMP/sandbox.conf" <<CONF
Db.Name = $SBX_DB
Sandbox.Merchants.TESTSHOP.HashSecret = $TSECRET
Sandbox.Merchants.TESTSHOP.IpnURL = http://127.0.0.1:$RPORT/ipn
Sandbox.Merchants.TESTSHOP.Name = Cửa hàng kiểm thử
Sandbox.Ipn.PollSeconds = 1
Sandbox.Ipn.RetrySeconds = 600
Sandbox.Ipn.MaxAttempts = 4
Sandbox.Ipn.DelaySeconds = 30
CONF
sql cong "CREATE DATABASE $SBX_DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
"$CONG_BIN/cong-migrate" --conf "$TMP/sandbox.conf" --sql "$CONG_SRCDIR/sql/sandbox" >"$TMP/migrate.log" 2>&1
ok $? "the gateway's schema applies to an empty database"
"$CONG_BIN/sandbox.fcgi" --listen "$TMP/sbx.sock" --workers 2 --conf "$TMP/sandbox.conf" 2>>"$TMP/sandbox.log" &
FCGI_PID=$!
wait_until "[ -S '$TMP/sbx.sock' ]" 20
private_nginx "$TMP/sbx.sock"
trap cleanup EXIT
TSBX=$PRIV_URL

# The merchant: records each call's query in $TMP/ipn.log and answers $TMP/answer (a file, so the
# test can change its mind); "slow" in $TMP/slow makes each answer take a second.
printf '%s' '{"RspCode":"00","Message":"Confirm Success"}' > "$TMP/answer"
recorder_start() {
	/usr/bin/python3 - "$RPORT" "$TMP" <<-'PY' >>"$TMP/recorder.log" 2>&1 &
	import http.server, os, sys, time
	port, tmp = int(sys.argv[1]), sys.argv[2]
	class H(http.server.BaseHTTPRequestHandler):
	    def do_GET(self):
	        with open(os.path.join(tmp, "ipn.log"), "a") as f:
	            f.write("%.3f %s\n" % (time.time(), self.path))
	        if os.path.exists(os.path.join(tmp, "slow")):
	            time.sleep(1)
	        body = open(os.path.join(tmp, "answer"), "rb").read()
	        self.send_response(200)
	        self.send_header("Content-Type", "application/json")
	        self.send_header("Content-Length", str(len(body)))
	        self.end_headers()
	        self.wfile.write(body)
	    def log_message(self, *a):
	        pass
	http.server.ThreadingHTTPServer(("127.0.0.1", port), H).serve_forever()
	PY
	REC_PID=$!
	wait_until "(exec 3<>/dev/tcp/127.0.0.1/$RPORT)" 20 || diag "the recording server did not start: $(cat "$TMP/recorder.log")"
}
recorder_stop() { kill "$REC_PID" 2>/dev/null; wait "$REC_PID" 2>/dev/null; REC_PID=; }
calls() { grep -c "vnp_TxnRef=$1&" "$TMP/ipn.log" 2>/dev/null || true; }
call() { grep "vnp_TxnRef=$1&" "$TMP/ipn.log" | sed -n "${2:-1}p" | sed 's/^[^?]*?//'; }
sender() { "$CONG_BIN/cong-sandbox-ipn" --conf "$TMP/sandbox.conf" "$@" 2>>"$TMP/ipn-sender.log"; }
# paid REF FAULT: a payment made on the test's gateway with that fault mode.
paid() {
	open_pay "$TSBX" "$(pay_query "$TSECRET" TESTSHOP "$1" 20000000)"
	decide "$TSBX" "$(token)" "$(csrf)" pay "$2"
}
due_now() { sbx_sql "UPDATE sbx_ipn SET next_attempt_at = NOW() WHERE held = 0"; }
: > "$TMP/ipn.log"
recorder_start

# A merchant that does not confirm is called again; one that confirms is not.
printf '%s' '{"RspCode":"99","Message":"Unknown error"}' > "$TMP/answer"
RA=$(ref); paid "$RA" none
is "$STATUS" 303 "a payment on the test's gateway"
sender --once
is "$(calls "$RA")" 1 "the IPN call reaches the merchant"
verifies "$TSECRET" "$(call "$RA")"; ok $? "signed with the merchant's secret"
is "$(param "$(call "$RA")" vnp_ResponseCode) $(param "$(call "$RA")" vnp_Amount)" "00 20000000" "saying paid, with the amount"
is "$(sbx_sql "SELECT a.http_status, a.rsp_code, CONVERT(a.answer USING utf8mb4), i.done_at IS NULL, i.next_attempt_at > NOW() + INTERVAL 500 SECOND
	FROM sbx_ipn i JOIN sbx_ipn_attempts a ON a.ipn_id = i.id JOIN sbx_transactions t ON t.id = i.transaction_id WHERE t.txn_ref = '$RA'")" \
	'200	99	{"RspCode":"99","Message":"Unknown error"}	1	1' "an answer of 99 is recorded as received, and the call waits RetrySeconds"
sender --once
is "$(calls "$RA")" 1 "it is not made again before then"
printf '%s' '{"RspCode":"00","Message":"Confirm Success"}' > "$TMP/answer"
due_now; sender --once
is "$(calls "$RA") $(sbx_sql "SELECT done_at IS NOT NULL, attempts, rsp_code FROM sbx_ipn")" "2 1	2	00" \
	"called again when due, it ends at 00"
due_now; sender --once
is "$(calls "$RA")" 2 "a confirmed call is never made again"

# A merchant that is down.
recorder_stop
RB=$(ref); paid "$RB" none
sender --once
is "$(sbx_sql "SELECT a.http_status IS NULL, a.error <> '', i.done_at IS NULL FROM sbx_ipn_attempts a JOIN sbx_ipn i ON i.id = a.ipn_id
	JOIN sbx_transactions t ON t.id = i.transaction_id WHERE t.txn_ref = '$RB'")" "1	1	1" \
	"a merchant that is down: the attempt is recorded with the error, the call kept"
recorder_start
due_now; sender --once
is "$(calls "$RB")" 1 "once it is back, the call reaches it"

# Given up after MaxAttempts.
echo 'not json' > "$TMP/answer"
RC=$(ref); paid "$RC" none
for i in 1 2 3 4 5; do due_now; sender --once; done
is "$(calls "$RC") $(sbx_sql "SELECT i.failed_at IS NOT NULL, i.attempts FROM sbx_ipn i JOIN sbx_transactions t ON t.id = i.transaction_id WHERE t.txn_ref = '$RC'")" \
	"4 1	4" "an answer that is not JSON is retried, and given up after MaxAttempts"
printf '%s' '{"RspCode":"00","Message":"Confirm Success"}' > "$TMP/answer"

# duplicate: ten calls at once.
RD=$(ref); paid "$RD" duplicate
touch "$TMP/slow"; start=$(date +%s)
sender --once
elapsed=$(( $(date +%s) - start )); rm -f "$TMP/slow"
is "$(calls "$RD")" 10 "duplicate: ten calls reach the merchant"
[ "$elapsed" -lt 5 ]; ok $? "at the same time (ten answers of a second each took ${elapsed}s)"
is "$(call "$RD" 1 | md5sum) $(call "$RD" 10 | md5sum)" "$(call "$RD" 10 | md5sum) $(call "$RD" 1 | md5sum)" "all the same call"

# lost: none, but querydr knows.
RL=$(ref); paid "$RL" lost
sender --once
is "$(calls "$RL") $(sbx_sql "SELECT COUNT(*) FROM sbx_ipn i JOIN sbx_transactions t ON t.id = i.transaction_id WHERE t.txn_ref = '$RL'")" \
	"0 0" "lost: no call is ever made"
QUERYDR_BASE=$TSBX querydr "$TSECRET" TESTSHOP "$RL" "$(sbx_sql "SELECT create_date FROM sbx_transactions WHERE txn_ref = '$RL'")"
is "$(jf vnp_ResponseCode) $(jf vnp_TransactionStatus)" "00 00" "querydr still says it is paid"

# badsig and amount: what the merchant must refuse.
RS=$(ref); paid "$RS" badsig
RM=$(ref); paid "$RM" amount
sender --once
is "$(calls "$RS")" 1 "badsig: the call is made"
verifies "$TSECRET" "$(call "$RS")"; [ $? -ne 0 ]; ok $? "with a signature that does not verify"
verifies "$TSECRET" "$(call "$RM")"; ok $? "amount: the call is correctly signed"
is "$(param "$(call "$RM")" vnp_Amount)" 20100000 "but says another amount"

# stale: after the real call, an old one saying the payer cancelled.
RT=$(ref); paid "$RT" stale
is "$(sbx_sql "SELECT COUNT(*) FROM sbx_ipn i JOIN sbx_transactions t ON t.id = i.transaction_id WHERE t.txn_ref = '$RT' AND i.held = 1")" 1 \
	"stale: the stale call is held until the real one has ended"
sender --once
is "$(calls "$RT")" 2 "the real call, then the stale one"
is "$(param "$(call "$RT" 1)" vnp_ResponseCode) $(param "$(call "$RT" 2)" vnp_ResponseCode) $(param "$(call "$RT" 2)" vnp_TransactionStatus)" \
	"00 24 02" "the second says cancelled (24, status 02)"
verifies "$TSECRET" "$(call "$RT" 2)"; ok $? "correctly signed"

# delay: not due before DelaySeconds.
RY=$(ref); paid "$RY" delay
sender --once
is "$(calls "$RY") $(sbx_sql "SELECT i.next_attempt_at >= i.created_at + INTERVAL 29 SECOND FROM sbx_ipn i JOIN sbx_transactions t ON t.id = i.transaction_id WHERE t.txn_ref = '$RY'")" \
	"0 1" "delay: the call waits DelaySeconds"

# early: the call is answered before the payer is back, with the sender as a service.
"$CONG_BIN/cong-sandbox-ipn" --conf "$TMP/sandbox.conf" --verbose 2>>"$TMP/ipn-sender.log" & IPN_PID=$!
RE=$(ref); paid "$RE" early
n_at_redirect=$(calls "$RE")
is "$STATUS $n_at_redirect" "303 1" "early: the merchant has had the call when the payer is sent back"
kill -TERM $IPN_PID
wait_until "! kill -0 $IPN_PID" 15
wait $IPN_PID; is "$?" 0 "SIGTERM stops the sender cleanly"
IPN_PID=
done_testing
