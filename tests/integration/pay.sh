#!/bin/bash
# Paying online, with not one payment lost or taken twice: a bill, a fine and a dossier's fee paid
# through the sandbox gateway's page; the callback (IPN) alone settles a payment, and settles it
# once however many copies race (the gateway's ten at once, and ten more sent by this test in
# parallel); a callback that is lost, late, early, tampered or badly signed, a forged or stale one,
# a tampered return URL, a gateway that is down, a payer who pays and never comes back, and a
# reconciliation that settles what the callback never did; receipts; who may see what.
. "$CONG_SRCDIR/tests/lib.sh"
. "$CONG_SRCDIR/tests/accounts-lib.sh"
. "$CONG_SRCDIR/tests/dossier-lib.sh"
. "$CONG_SRCDIR/tests/pay-lib.sh"

SECRET=$(sed -n 's/^[[:space:]]*Pay\.VNPay\.HashSecret[[:space:]]*=[[:space:]]*//p' "$CONG_CONF")
TMN=$(sed -n 's/^[[:space:]]*Pay\.VNPay\.TmnCode[[:space:]]*=[[:space:]]*//p' "$CONG_CONF")
[ ${#SECRET} -ge 16 ] || bail "no merchant secret in $CONG_CONF"

state() { sql "SELECT state FROM payment_orders WHERE txn_ref = '$1'"; }
# verdicts REF: what the portal answered each callback of the order: "00 confirmed:1,02 already…".
verdicts() {
	sql "SELECT verdict, COUNT(*) FROM payment_messages WHERE txn_ref = '$1' AND kind = 'ipn'
		GROUP BY verdict ORDER BY verdict" | tr '\t\n' ':,' | sed 's/,$//'
}
callbacks() { sql "SELECT COUNT(*) FROM payment_messages WHERE txn_ref = '$1' AND kind = 'ipn'"; }
# ipn QUERY: a callback as the gateway sends it; the answer's RspCode in RSP.
ipn() { fetch "/pay/ipn?$1"; RSP=$(grep -o '"RspCode":"[0-9]*"' "$TMP/body" | grep -o '[0-9][0-9]'); }
# new_bill AMOUNT: a bill the power company's system files; sets BILL and CUSTOMER.
new_bill() {
	CUSTOMER=PD0$(digits 10)
	BILL=$(sql "INSERT INTO bills (biller_code, biller_name, customer_code, customer_name, address,
		period, kwh, amount, due_on) VALUES ('EVNHANOI', 'Tổng công ty Điện lực Thành phố Hà Nội',
		'$CUSTOMER', 'Đỗ Thị Điện', 'Số 1 phố Hàng Gai, Hà Nội', '2026-10', 100, $1, '2026-11-30');
		SELECT LAST_INSERT_ID()")
}
reconcile() { "$CONG_BIN/cong-reconcile" --conf "$CONG_CONF" --older-than 0 >"$TMP/reconcile" 2>&1; }
paid_by() { sql "SELECT COALESCE(settled_order_id, 0) FROM bills WHERE id = $1"; }
order_id() { sql "SELECT id FROM payment_orders WHERE txn_ref = '$1'"; }

citizen c
C_USER=$(sql "SELECT id FROM users WHERE citizen_id = '$CITIZEN_ID'")

# --- an electricity bill, the whole way ----------------------------------------------------------
new_bill 415000
web c "/pay/electricity?customer=$(printf '%s' "${CUSTOMER,,}" | sed 's/^\(....\)/\1%20/')"
is "$STATUS" 200 "the bills are found by the customer code, typed in lower case with a space"
body_has "415.000 đồng" "the amount is written with dots"
body_has "action=\"/pay/bills/$BILL\"" "an unpaid bill has its pay button"
valid_html "the electricity page"
pay_button c "/pay/electricity?customer=$CUSTOMER" "/pay/bills/$BILL"
is "$STATUS" 303 "the pay button sends the payer to the gateway"
case "$GATEWAY" in "$CONG_SANDBOX_URL/paymentv2/vpcpay.html?"*) ok 0 "to the gateway's payment URL" ;;
	*) ok 1 "to the gateway's payment URL"; diag "$GATEWAY" ;; esac
Q=${GATEWAY#*\?}
verifies "$SECRET" "$Q"; ok $? "the payment URL is signed as VNPay signs (checked with openssl)"
is "$(param "$Q" vnp_Amount)" 41500000 "vnp_Amount is the amount × 100"
is "$(param "$Q" vnp_Version)/$(param "$Q" vnp_Command)/$(param "$Q" vnp_CurrCode)" "2.1.0/pay/VND" "version, command, currency"
is "$(param "$Q" vnp_ReturnUrl)" "$CONG_URL/pay/return" "the return URL is the portal's, from its configuration"
CREATED=$(param "$Q" vnp_CreateDate)
is "${CREATED:0:10}" "$(vndate | cut -c1-10)" "vnp_CreateDate is now in Vietnam's time (GMT+7)"
case "$REF" in DVC$(TZ=Asia/Ho_Chi_Minh date +%y%m%d)*) ok 0 "the reference is DVC, the day and the order's number" ;;
	*) ok 1 "the reference is DVC, the day and the order's number"; diag "$REF" ;; esac
is "$(state "$REF")" pending "the order is pending at the gateway"
is "$(sql "SELECT COUNT(*) FROM payment_messages WHERE txn_ref = '$REF' AND kind = 'pay_url'")" 1 "the payment URL sent is kept"
bank_open "$GATEWAY"
is "$BANK_STATUS" 200 "the gateway shows its payment page"
bank_decide pay
is "$BANK_STATUS" 303 "the payer approves and is sent back"
wait_until "[ \"\$(state $REF)\" = paid ]" 20; ok $? "the gateway's callback settles the order"
is "$(paid_by "$BILL")" "$(order_id "$REF")" "the bill is settled by that order"
is "$(verdicts "$REF")" "00 confirmed:1" "the callback was answered 00 once"
web c "$RETURN"
is "$STATUS" 303 "the return page sends the payer to the order"
is "$(header Location)" "/pay/orders/$REF?returned=1&code=00" "with the gateway's code"
web c "/pay/orders/$REF?returned=1&code=00"
is "$STATUS" 200 "the receipt opens"
body_has "Biên lai thanh toán điện tử" "it is the electronic receipt"
body_has "Bốn trăm mười lăm nghìn đồng" "the amount in Vietnamese words"
body_has "415.000 đồng" "and in figures"
body_has "<dt>Người nộp tiền</dt><dd>Nguyễn Thị Nộp Hồ Sơ</dd>" "the payer"
body_has "$CUSTOMER" "what it was for"
body_has "$(sql "SELECT gateway_txn_no FROM payment_orders WHERE txn_ref = '$REF'")" "the gateway's transaction number"
valid_html "the receipt"
web c "/pay/electricity?customer=$CUSTOMER"
body_lacks "action=\"/pay/bills/$BILL\"" "a paid bill has no pay button any more"
body_has "Đã thanh toán" "it says it is paid"
form c "/pay"
post c "/pay/bills/$BILL" "csrf=$CSRF"
is "$STATUS" 409 "paying a paid bill again is refused"
body_has "đã được thanh toán" "with the reason"
ipn "$(sql "SELECT body FROM payment_messages WHERE txn_ref = '$REF' AND kind = 'ipn' LIMIT 1")"
is "$RSP" 02 "the same callback again is answered 02 (already confirmed)"
is "$(paid_by "$BILL")" "$(order_id "$REF")" "and changes nothing"
ok "$(grep -c -F -- "$SECRET" "$CONG_STACK_DIR"/log/*.log | awk -F: '{ s += $2 } END { print (s > 0) }')" "the merchant secret is in no log"
is "$(sql "SELECT COUNT(*) FROM payment_messages WHERE body LIKE '%$SECRET%'")" 0 "nor in any stored message"
web c /pay/orders
body_has "$REF" "the payer's orders list it"
valid_html "the orders page"

# --- callbacks that must change nothing ---------------------------------------------------------
new_bill 200000
pay_through c "/pay/electricity?customer=$CUSTOMER" "/pay/bills/$BILL" pay lost
R_LOST=$REF
T0=$(sql "SELECT NOW(3)")
ipn "$(signed_query "wrong-secret-$(digits 8)" "vnp_Amount=20000000" "vnp_TmnCode=$TMN" "vnp_TxnRef=$R_LOST" \
	vnp_ResponseCode=00 vnp_TransactionStatus=00 vnp_TransactionNo=99999999 "vnp_PayDate=$(vndate)")"
is "$RSP" 97 "a callback signed with another key is answered 97"
Q=$(signed_query "$SECRET" "vnp_Amount=20000000" "vnp_TmnCode=$TMN" "vnp_TxnRef=$R_LOST" vnp_ResponseCode=00 \
	vnp_TransactionStatus=00 vnp_TransactionNo=99999999 "vnp_PayDate=$(vndate)")
ipn "${Q/vnp_Amount=20000000/vnp_Amount=2000000}"
is "$RSP" 97 "an amount changed after signing breaks the signature: 97"
ipn "$(signed_query "$SECRET" "vnp_Amount=100" "vnp_TmnCode=$TMN" "vnp_TxnRef=$R_LOST" vnp_ResponseCode=00 \
	vnp_TransactionStatus=00 vnp_TransactionNo=99999999 "vnp_PayDate=$(vndate)")"
is "$RSP" 04 "a rightly signed callback with another amount is answered 04"
ipn "$(signed_query "$SECRET" "vnp_Amount=20000000" "vnp_TmnCode=$TMN" "vnp_TxnRef=DVC000000$(digits 10)" \
	vnp_ResponseCode=00 vnp_TransactionStatus=00 vnp_TransactionNo=99999999 "vnp_PayDate=$(vndate)")"
is "$RSP" 01 "a callback for an unknown reference is answered 01"
ipn "vnp_TxnRef=$R_LOST&vnp_Amount=20000000&vnp_ResponseCode=00"
is "$RSP" 97 "a callback without a signature is answered 97"
fetch "/pay/ipn?vnp_TxnRef=%ZZ"
is "$STATUS/$(grep -o '"RspCode":"[0-9]*"' "$TMP/body")" '200/"RspCode":"99"' "a malformed one is answered 99, not an error page"
is "$(state "$R_LOST")" pending "after all of them the order is still pending"
is "$(paid_by "$BILL")" 0 "and the bill unpaid"
is "$(sql "SELECT COUNT(*) FROM payment_messages WHERE kind = 'ipn' AND verdict LIKE '97%' AND at >= '$T0'")" 3 \
	"the forged callbacks are kept, as received, with their verdicts"
web c "$RETURN"
is "$STATUS" 303 "the payer who comes back after a lost callback"
web c "$(header Location)"
body_has "đang chờ ngân hàng xác nhận" "is told that the portal waits for the bank, not that it is paid"
body_lacks "Biên lai thanh toán điện tử" "and gets no receipt yet"

# --- the lost callback: reconciliation settles it -----------------------------------------------
sleep 3	# the sandbox would have sent it by now
is "$(verdicts "$R_LOST")/$(state "$R_LOST")" "04 wrong amount:1,97 bad signature:3/pending" \
	"the gateway never called (the callbacks are this test's forgeries)"
reconcile
ok $? "cong-reconcile runs"
is "$(state "$R_LOST")" paid "reconciliation (querydr) settles the lost payment"
is "$(sql "SELECT settled_by FROM payment_orders WHERE txn_ref = '$R_LOST'")" querydr "and says so"
is "$(paid_by "$BILL")" "$(order_id "$R_LOST")" "the bill is settled once"
grep -qE ': [1-9][0-9]* paid,' "$TMP/reconcile"; ok $? "its summary counts it"
reconcile
is "$(paid_by "$BILL")/$(state "$R_LOST")" "$(order_id "$R_LOST")/paid" "a second run changes nothing"

# --- the gateway's amount tampered: refused 04, then reconciled from the true amount -----------
new_bill 150000
pay_through c "/pay/electricity?customer=$CUSTOMER" "/pay/bills/$BILL" pay amount
R_AMOUNT=$REF
wait_until "[ \"\$(callbacks $R_AMOUNT)\" -ge 1 ]" 20; ok $? "the tampered callback comes"
is "$(verdicts "$R_AMOUNT")" "04 wrong amount:1" "it is refused with 04"
is "$(state "$R_AMOUNT")/$(paid_by "$BILL")" "pending/0" "nothing is credited"
reconcile
is "$(state "$R_AMOUNT")/$(paid_by "$BILL")" "paid/$(order_id "$R_AMOUNT")" "querydr's true amount settles it"

# --- a badly signed callback ----------------------------------------------------------------------
new_bill 120000
pay_through c "/pay/electricity?customer=$CUSTOMER" "/pay/bills/$BILL" pay badsig
R_BAD=$REF
wait_until "[ \"\$(callbacks $R_BAD)\" -ge 1 ]" 20; ok $? "the badly signed callback comes"
is "$(verdicts "$R_BAD" | cut -d: -f1)" "97 bad signature" "it is refused with 97"
is "$(state "$R_BAD")" pending "and changes nothing"

# --- ten copies at once from the gateway; ten more in parallel from here ---------------------------
new_bill 300000
pay_through c "/pay/electricity?customer=$CUSTOMER" "/pay/bills/$BILL" pay duplicate
R_DUP=$REF
wait_until "[ \"\$(callbacks $R_DUP)\" -ge 10 ]" 30; ok $? "the gateway sends its ten copies"
is "$(verdicts "$R_DUP")" "00 confirmed:1,02 already confirmed:9" "one is confirmed, nine are answered 02"
is "$(paid_by "$BILL")" "$(order_id "$R_DUP")" "the bill is credited once"
new_bill 330000
pay_through c "/pay/electricity?customer=$CUSTOMER" "/pay/bills/$BILL" pay lost
R_PAR=$REF
Q=$(signed_query "$SECRET" "vnp_Amount=33000000" "vnp_TmnCode=$TMN" "vnp_TxnRef=$R_PAR" vnp_ResponseCode=00 \
	vnp_TransactionStatus=00 vnp_TransactionNo=77$(digits 6) vnp_BankCode=NCB "vnp_PayDate=$(vndate)")
for i in $(seq 1 10); do
	curl -sS -o "$TMP/par-$i" --max-time 20 "$CONG_URL/pay/ipn?$Q" &
done
wait
is "$(cat "$TMP"/par-* | grep -o '"RspCode":"[0-9]*"' | sort | uniq -c | awk '{ printf "%s%s×%s", (NR > 1 ? "," : ""), $2, $1 }')" \
	'"RspCode":"00"×1,"RspCode":"02"×9' "ten callbacks in parallel: one 00, nine 02"
is "$(paid_by "$BILL")" "$(order_id "$R_PAR")" "credited once"

# --- a stale cancellation after the payment ----------------------------------------------------
new_bill 110000
pay_through c "/pay/electricity?customer=$CUSTOMER" "/pay/bills/$BILL" pay stale
R_STALE=$REF
wait_until "[ \"\$(callbacks $R_STALE)\" -ge 2 ]" 30; ok $? "the payment's callback, then a stale cancellation"
is "$(verdicts "$R_STALE")" "00 confirmed:1,02 already confirmed:1" "the stale one is answered 02"
is "$(state "$R_STALE")" paid "and the order stays paid"

# --- the callback before the payer is back; a late one; a payer who never comes back ----------
new_bill 105000
pay_through c "/pay/electricity?customer=$CUSTOMER" "/pay/bills/$BILL" pay early
is "$(state "$REF")" paid "an early callback has settled the order before the payer is back"
web c "$RETURN"; web c "$(header Location)"
body_has "Biên lai thanh toán điện tử" "so the returning payer sees the receipt at once"
new_bill 107000
pay_through c "/pay/electricity?customer=$CUSTOMER" "/pay/bills/$BILL" pay delay
R_LATE=$REF
web c "$RETURN"; web c "$(header Location)"
body_has "đang chờ ngân hàng xác nhận" "while a callback is late the payer is told to wait"
wait_until "[ \"\$(state $R_LATE)\" = paid ]" 30; ok $? "the late callback settles it"
new_bill 108000
pay_through c "/pay/electricity?customer=$CUSTOMER" "/pay/bills/$BILL" pay none
R_GONE=$REF	# the browser is closed: RETURN is never followed
wait_until "[ \"\$(state $R_GONE)\" = paid ]" 20; ok $? "a payer who pays and closes the browser is credited all the same"
is "$(sql "SELECT COUNT(*) FROM payment_messages WHERE txn_ref = '$R_GONE' AND kind = 'return'")" 0 "without any return"

# --- cancelled, a tampered return, paying again -------------------------------------------------
new_bill 99000
pay_through c "/pay/electricity?customer=$CUSTOMER" "/pay/bills/$BILL" cancel
R_CANCEL=$REF
is "$(param "${RETURN#*\?}" vnp_ResponseCode)" 24 "the cancelled payment comes back with code 24"
web c "${RETURN/vnp_ResponseCode=24/vnp_ResponseCode=00}"
is "$STATUS" 400 "a return URL altered to say 00 is refused"
body_has "không hợp lệ" "with a page that says so"
wait_until "[ \"\$(state $R_CANCEL)\" = failed ]" 20; ok $? "the gateway's callback marks it failed"
is "$(paid_by "$BILL")" 0 "nothing is paid"
web c "$RETURN"; web c "$(header Location)"
body_has "Thanh toán lại" "the failed order offers to pay again"
valid_html "the failed order's page"
pay_button c "/pay/orders/$R_CANCEL" "/pay/bills/$BILL"
is "$STATUS" 303 "paying again goes to the gateway"
[ "$REF" != "$R_CANCEL" ]; ok $? "with a new order"

# --- one open order a bill: two tabs, two people ------------------------------------------------
new_bill 250000
pay_button c "/pay/electricity?customer=$CUSTOMER" "/pay/bills/$BILL"
R_OPEN=$REF
pay_button c "/pay/electricity?customer=$CUSTOMER" "/pay/bills/$BILL"
ok "$([ -n "$R_OPEN" ] && [ "$REF" = "$R_OPEN" ]; echo $?)" "a second tab of the same payer reuses the open order"
citizen d
pay_button d "/pay/electricity?customer=$CUSTOMER" "/pay/bills/$BILL"
is "$STATUS" 409 "another payer cannot start a second payment of the same bill"
web d "/pay/orders/$R_OPEN"
is "$STATUS" 404 "nor see the first payer's order"
fetch "/pay/orders/$R_OPEN"
is "$STATUS" 303 "a visitor is sent to log in"

# --- an open order whose time is up, and one the gateway never saw ----------------------------------
sql "UPDATE payment_orders SET expires_at = NOW() - INTERVAL 1 MINUTE, created_at = NOW() - INTERVAL 20 MINUTE WHERE txn_ref = '$R_OPEN'"
reconcile
is "$(state "$R_OPEN")" expired "an order the gateway never saw expires once its time is up"
pay_button c "/pay/electricity?customer=$CUSTOMER" "/pay/bills/$BILL"
[ "$STATUS" = 303 ] && [ "$REF" != "$R_OPEN" ]; ok $? "and the bill can be paid with a new order"

# --- the gateway down ------------------------------------------------------------------------------
new_bill 180000
bash "$CONG_SRCDIR/tests/stack.sh" sandbox-stop "$CONG_STACK_DIR"
form c "/pay/electricity?customer=$CUSTOMER"
post c "/pay/bills/$BILL" "csrf=$CSRF"
is "$STATUS" 503 "with the gateway down the payer gets 503"
body_has "tạm thời không kết nối được" "and a clear message"
body_has "chưa bị trừ tiền" "that says no money was taken"
R_DOWN=$(sql "SELECT txn_ref FROM payment_orders WHERE bill_id = $BILL")
is "$(state "$R_DOWN")" created "the order stays payable"
bash "$CONG_SRCDIR/tests/stack.sh" sandbox-start "$CONG_STACK_DIR" >/dev/null 2>&1
wait_until "curl -sf -o /dev/null $CONG_SANDBOX_URL/health" 20
pay_through c "/pay/electricity?customer=$CUSTOMER" "/pay/bills/$BILL" pay
is "$REF" "$R_DOWN" "once the gateway is back the same order is paid"
wait_until "[ \"\$(state $R_DOWN)\" = paid ]" 20; ok $? "and settled"

# --- a fine, by plate -----------------------------------------------------------------------------
PLATE_KEY=$(digits 2)C$(digits 5)
FINE=$(sql "INSERT INTO fines (record_no, decision_no, plate, plate_key, violator_name, violation, place,
	violated_at, agency_id, amount) VALUES ('$(digits 7)/BB-CSGT', '', '${PLATE_KEY:0:3}-${PLATE_KEY:3:3}.${PLATE_KEY:6:2}',
	'$PLATE_KEY', 'Hoàng Văn Phạt', 'Vượt đèn đỏ', 'Hà Nội', NOW() - INTERVAL 3 DAY,
	(SELECT id FROM agencies WHERE code = 'H26.CA'), 4000000); SELECT LAST_INSERT_ID()")
web c "/pay/fines?q=${PLATE_KEY:0:3}-${PLATE_KEY:3:3}.${PLATE_KEY:6:2}"
body_has "action=\"/pay/fines/$FINE\"" "a fine is found by its plate as written"
valid_html "the fines page"
pay_through c "/pay/fines?q=$PLATE_KEY" "/pay/fines/$FINE" pay
wait_until "[ \"\$(state $REF)\" = paid ]" 20; ok $? "the fine is paid"
is "$(sql "SELECT settled_order_id FROM fines WHERE id = $FINE")" "$(order_id "$REF")" "and settled"
R_FINE=$REF

# --- a dossier's fee, and what the official sees ---------------------------------------------------
file_dossier c 1.004194 01
[ -n "$CODE" ]; ok $? "a dossier of a procedure with a fee is filed"
is "$(sql "SELECT fee_amount FROM dossiers WHERE code = '$CODE'")" 7000 "its fee is the online channel's, fixed at submission"
web c "/dossiers/$CODE"
body_has "action=\"/pay/dossiers/$CODE\"" "the dossier's page has the pay button"
body_has "7.000 đồng" "with the amount"
web c /pay
body_has "$CODE" "the payments page lists the unpaid fee"
valid_html "the payments page"
web d "/dossiers/$CODE"
form d /pay
post d "/pay/dossiers/$CODE" "csrf=$CSRF"
is "$STATUS" 404 "another citizen cannot pay (nor learn of) someone's dossier"
pay_through c "/dossiers/$CODE" "/pay/dossiers/$CODE" pay
wait_until "[ \"\$(state $REF)\" = paid ]" 20; ok $? "the fee is paid"
R_FEE=$REF
is "$(sql "SELECT fee_order_id FROM dossiers WHERE code = '$CODE'")" "$(order_id "$R_FEE")" "the dossier is credited"
is "$(sql "SELECT COUNT(*) FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id WHERE d.code = '$CODE' AND e.action = 'pay'")" 1 \
	"the payment is in the dossier's timeline once"
web c "/dossiers/$CODE"
body_has 'status-paid">Đã nộp</span>' "the dossier shows the fee paid"
body_has "/pay/orders/$R_FEE" "with a link to the receipt"
official o H26.CA
web o "/office/dossiers/$CODE"
is "$STATUS" 200 "the official opens the dossier"
body_has 'status-paid">Đã nộp</span>' "and sees the fee paid"
body_has "$R_FEE" "with the transaction"
web o "/office/payments"
is "$STATUS" 200 "the official's payments page opens"
body_has "$R_FEE" "it lists the agency's fee"
body_has "$R_FINE" "and the agency's fine"
body_lacks "$R_DUP" "but not electricity bills, which are not the agency's"
body_has "Tổng theo ngày" "with totals per day"
valid_html "the official's payments page"
web o "/office/payments?from=2026-13-01"
is "$STATUS" 422 "a date that is no date is refused"
official o2 H29.CA
web o2 "/office/payments"
is "$STATUS" 200 "the page answers (before: an official of another agency does not see them)"
body_lacks "$R_FEE" "an official of another agency does not see them"
web o2 "/office/dossiers/$CODE"
is "$STATUS" 404 "nor the dossier"
web c "/pay/orders/$R_FEE"
body_has "Công an Thành phố Hà Nội" "the fee's receipt names the agency paid"

# --- the message log ---------------------------------------------------------------------------------
is "$(sql "SELECT GROUP_CONCAT(DISTINCT kind ORDER BY kind) FROM payment_messages WHERE txn_ref = '$R_FEE'")" \
	"pay_url,ipn,querydr,querydr_answer" "every message of an order is kept: the URL, the check, the callback" 
done_testing
