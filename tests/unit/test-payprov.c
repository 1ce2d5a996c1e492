/* test-payprov: the payment provider the pages speak to — the VNPay provider's pay link, its
 * reading of a signed callback (only a callback signed with our secret, for our terminal, is
 * believed), its answers — and the verdicts' log names. No
 * gateway is reached (querydr is the integration tests', tests/integration/pay.sh). */
#include "config.h"

#include <stdlib.h>

#include "payment.h"
#include "payprov.h"
#include "vnpay.h"
#include "tap.h"

#define SECRET "TESTSECRETTESTSECRETTESTSECRET12"

static HDF *conf;

/* A callback query as the gateway sends it, signed with secret; code and status are its
 * vnp_ResponseCode and vnp_TransactionStatus. */
static const char *
callback(const char *secret, const char *tmn, const char *amount, const char *code,
    const char *status)
{
	static struct buf q = BUF_INIT;
	struct vnp_params p = VNP_PARAMS_INIT;

	vnp_params_set(&p, "vnp_TmnCode", tmn);
	vnp_params_set(&p, "vnp_Amount", amount);
	vnp_params_set(&p, "vnp_TxnRef", "P20261204A1");
	vnp_params_set(&p, "vnp_ResponseCode", code);
	vnp_params_set(&p, "vnp_TransactionStatus", status);
	vnp_params_set(&p, "vnp_TransactionNo", "14123456");
	vnp_params_set(&p, "vnp_BankCode", "NCB");
	vnp_params_set(&p, "vnp_CardType", "ATM");
	vnp_params_set(&p, "vnp_PayDate", "20261204101500");
	buf_reset(&q);
	if (vnp_signed_query(&p, secret, &q) == -1)
		exit(99);
	vnp_params_free(&p);
	return buf_str(&q);
}

static void
test_callback(const struct pay_provider *vnpay)
{
	struct pay_outcome o;
	struct buf q = BUF_INIT;

	ok(vnpay->read_callback(conf, callback(SECRET, "CONG0001", "5000000", "00", "00"), &o) == 1,
	    "a callback signed with our secret is believed");
	is_str(o.txn_ref, "P20261204A1", "its reference");
	ok(o.amount == 50000, "its amount in đồng (the protocol's ×100 undone)");
	ok(o.state == PAY_STATE_PAID, "paid: both codes are 00");
	is_str(o.gateway_txn_no, "14123456", "the gateway's number");
	is_str(o.bank_code, "NCB", "the bank");
	is_str(o.pay_date, "20261204101500", "the date");
	ok(vnpay->read_callback(conf, callback(SECRET, "CONG0001", "5000000", "00", "02"), &o) == 1 &&
	    o.state == PAY_STATE_FAILED, "a 00 response with another status is not paid");
	ok(vnpay->read_callback(conf, callback(SECRET, "CONG0001", "5000000", "24", "02"), &o) == 1 &&
	    o.state == PAY_STATE_FAILED, "a cancelled one is failed");
	ok(vnpay->read_callback(conf, callback(SECRET, "CONG0001", "5000050", "00", "00"), &o) == 1 &&
	    o.amount == -1, "an amount that is not whole đồng is -1 (the order's check refuses it)");
	ok(vnpay->read_callback(conf, callback("OTHERSECRET", "CONG0001", "5000000", "00", "00"), &o)
	    == 0, "signed with another secret: not believed");
	is_str(o.txn_ref, "P20261204A1", "but the reference it claims is kept for the log");
	ok(vnpay->read_callback(conf, callback(SECRET, "OTHER001", "5000000", "00", "00"), &o) == 0,
	    "for another terminal: not believed");
	buf_puts(&q, callback(SECRET, "CONG0001", "5000000", "00", "00"));
	memcpy(strstr(q.data, "vnp_Amount=5") + 11, "9", 1);
	ok(vnpay->read_callback(conf, buf_str(&q), &o) == 0, "a changed amount breaks the signature");
	buf_reset(&q);
	buf_puts(&q, callback(SECRET, "CONG0001", "5000000", "00", "00"));
	*strstr(q.data, "&vnp_SecureHash=") = '\0';
	ok(vnpay->read_callback(conf, q.data, &o) == 0, "an unsigned callback is not believed");
	buf_free(&q);
}

static void
test_pay_url(const struct pay_provider *vnpay)
{
	struct pay_order_ref order = {
		"P20261204A1", 150000, "Lệ phí cấp đổi GPLX\n", "20261204100000", 0, "203.0.113.5",
		"billpayment",
	};
	struct vnp_params p = VNP_PARAMS_INIT;
	struct buf url = BUF_INIT;
	char expire[15];
	const char *query;

	order.expires = 1796440800;	/* 2026-12-05 10:20:00 +07:00 */
	vnp_date(order.expires, expire);
	ok(vnpay->pay_url(conf, &order, &url) == 0, "a pay link");
	ok(strncmp(buf_str(&url), "https://sandbox.example:8443/paymentv2/vpcpay.html?", 51) == 0,
	    "to the gateway's page");
	query = strchr(buf_str(&url), '?') + 1;
	ok(vnp_params_parse(&p, query) == 0 && vnp_verify(&p, SECRET) == 1,
	    "signed with our secret");
	is_str(vnp_params_get(&p, "vnp_Amount"), "15000000", "the amount ×100");
	is_str(vnp_params_get(&p, "vnp_TmnCode"), "CONG0001", "our terminal");
	is_str(vnp_params_get(&p, "vnp_Version"), "2.1.0", "protocol 2.1.0");
	is_str(vnp_params_get(&p, "vnp_Command"), "pay", "the pay command");
	is_str(vnp_params_get(&p, "vnp_CurrCode"), "VND", "in đồng");
	is_str(vnp_params_get(&p, "vnp_OrderInfo"), "Le phi cap doi GPLX",
	    "its description without marks or controls, codes kept in their case");
	is_str(vnp_params_get(&p, "vnp_ReturnUrl"), "https://cong.example/pay/return",
	    "back to Site.BaseURL/pay/return");
	is_str(vnp_params_get(&p, "vnp_IpAddr"), "203.0.113.5", "the payer's address");
	is_str(vnp_params_get(&p, "vnp_ExpireDate"), expire, "the order's expiry");
	is_str(vnp_params_get(&p, "vnp_OrderType"), "billpayment", "its type");
	vnp_params_free(&p);
	buf_free(&url);
}

int
main(void)
{
	const struct pay_provider *vnpay;

	hdf_init(&conf);
	hdf_set_value(conf, "Pay.VNPay.HashSecret", SECRET);
	hdf_set_value(conf, "Pay.VNPay.TmnCode", "CONG0001");
	hdf_set_value(conf, "Pay.VNPay.PayURL", "https://sandbox.example:8443/paymentv2/vpcpay.html");
	hdf_set_value(conf, "Site.BaseURL", "https://cong.example");

	ok((vnpay = payprov_get(conf)) == &payprov_vnpay, "the provider is VNPay by default");
	hdf_set_value(conf, "Pay.Provider", "other");
	ok(payprov_get(conf) == NULL, "an unknown provider is none");
	hdf_set_value(conf, "Pay.Provider", "vnpay");
	ok(payprov_get(conf) == &payprov_vnpay, "vnpay by name");

	test_callback(vnpay);
	test_pay_url(vnpay);

	is_str(vnpay->callback_answer(PAY_CONFIRMED), "{\"RspCode\":\"00\",\"Message\":\"Confirm Success\"}",
	    "the callback's answers: 00");
	ok(strstr(vnpay->callback_answer(PAY_UNKNOWN_ORDER), "\"01\"") != NULL &&
	    strstr(vnpay->callback_answer(PAY_ALREADY), "\"02\"") != NULL &&
	    strstr(vnpay->callback_answer(PAY_BAD_AMOUNT), "\"04\"") != NULL &&
	    strstr(vnpay->callback_answer(PAY_BAD_SIGNATURE), "\"97\"") != NULL &&
	    strstr(vnpay->callback_answer(PAY_FAILURE), "\"99\"") != NULL, "01, 02, 04, 97, 99");

	is_str(payment_verdict_name(PAY_CONFIRMED), "00 confirmed", "the log's verdicts: confirmed");
	is_str(payment_verdict_name(PAY_UNKNOWN_ORDER), "01 order not found", "not found");
	is_str(payment_verdict_name(PAY_ALREADY), "02 already confirmed", "already");
	is_str(payment_verdict_name(PAY_BAD_AMOUNT), "04 wrong amount", "wrong amount");
	is_str(payment_verdict_name(PAY_BAD_SIGNATURE), "97 bad signature", "bad signature");
	is_str(payment_verdict_name(PAY_FAILURE), "99 error", "our failure");
	hdf_destroy(&conf);
	return done_testing();
}
