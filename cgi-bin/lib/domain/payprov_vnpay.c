/* payprov_vnpay: the VNPay 2.1.0 provider — payment URL, callbacks (IPN and return), querydr.
 *
 * Configuration: Pay.VNPay.TmnCode, Pay.VNPay.HashSecret (in the configuration file only, which
 * is readable by the portal's user alone; never in the database, a template or a log line),
 * Pay.VNPay.PayURL, Pay.VNPay.ApiURL, Pay.ReturnURL (default Site.BaseURL + /pay/return),
 * Pay.VNPay.TimeoutSeconds, Pay.ServerIP (the vnp_IpAddr of querydr). */
#include "config.h"

#include "payprov.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <curl/curl.h>
#include <jansson.h>

#include "conf.h"
#include "crypto.h"
#include "fmt.h"
#include "fold.h"
#include "log.h"
#include "vnpay.h"

static const char *
payprov_vnpay_secret(HDF *conf)
{
	return conf_str(conf, "Pay.VNPay.HashSecret", "");
}

/* Appends what VNPay accepts as vnp_OrderInfo: Vietnamese without marks, no control characters. */
static void
payprov_vnpay_order_info(const char *text, struct buf *out)
{
	struct buf folded = BUF_INIT;
	const char *s;

	/* ASCII stays as it is (codes keep their case); the rest is folded. */
	for (s = text; *s; ) {
		const char *run = s;

		while (*s && (unsigned char)*s < 0x80)
			s++;
		for (; run < s; run++)
			if ((unsigned char)*run >= 0x20 && *run != 0x7f)
				buf_putc(out, *run);
		run = s;
		while (*s && (unsigned char)*s >= 0x80)
			s++;
		if (s > run) {
			buf_reset(&folded);
			fold_text(run, (size_t)(s - run), &folded);
			buf_append(out, buf_str(&folded), folded.len);
		}
	}
	buf_free(&folded);
}

static int
payprov_vnpay_pay_url(HDF *conf, const struct pay_order_ref *order, struct buf *url)
{
	struct vnp_params p = VNP_PARAMS_INIT;
	struct buf info = BUF_INIT, ret = BUF_INIT;
	char expire[15];
	const char *return_url = conf_str(conf, "Pay.ReturnURL", NULL);
	int rc;

	if (return_url == NULL) {
		buf_printf(&ret, "%s/pay/return", conf_str(conf, "Site.BaseURL", ""));
		return_url = buf_str(&ret);
	}
	payprov_vnpay_order_info(order->description, &info);
	vnp_date(order->expires, expire);
	vnp_params_set(&p, "vnp_Version", VNP_VERSION);
	vnp_params_set(&p, "vnp_Command", "pay");
	vnp_params_set(&p, "vnp_TmnCode", conf_str(conf, "Pay.VNPay.TmnCode", ""));
	vnp_params_setf(&p, "vnp_Amount", "%lld", order->amount * 100);	/* the protocol's unit */
	vnp_params_set(&p, "vnp_CurrCode", "VND");
	vnp_params_set(&p, "vnp_TxnRef", order->txn_ref);
	vnp_params_set(&p, "vnp_OrderInfo", buf_str(&info));
	vnp_params_set(&p, "vnp_OrderType", order->order_type ? order->order_type : "other");
	vnp_params_set(&p, "vnp_Locale", "vn");
	vnp_params_set(&p, "vnp_ReturnUrl", return_url);
	vnp_params_set(&p, "vnp_IpAddr", order->payer_ip && *order->payer_ip ? order->payer_ip
	    : "127.0.0.1");
	vnp_params_set(&p, "vnp_CreateDate", order->create_date);
	vnp_params_set(&p, "vnp_ExpireDate", expire);
	buf_printf(url, "%s?", conf_str(conf, "Pay.VNPay.PayURL", ""));
	rc = vnp_signed_query(&p, payprov_vnpay_secret(conf), url);
	vnp_params_free(&p);
	buf_free(&info);
	buf_free(&ret);
	return rc;
}

/* The amount in đồng of a vnp_Amount (×100), or -1 when it is not a whole number of đồng. */
static long long
payprov_vnpay_amount(const char *s)
{
	long long v = 0;
	const char *c;

	if (s == NULL || *s == '\0' || strlen(s) > 17)
		return -1;
	for (c = s; *c; c++) {
		if (*c < '0' || *c > '9')
			return -1;
		v = v * 10 + (*c - '0');
	}
	return v % 100 == 0 ? v / 100 : -1;
}

static int
payprov_vnpay_read_callback(HDF *conf, const char *query, struct pay_outcome *out)
{
	struct vnp_params p = VNP_PARAMS_INIT;
	const char *code, *status;
	int rc, cut;

	memset(out, 0, sizeof(*out));
	if (vnp_params_parse(&p, query) == -1) {
		vnp_params_free(&p);
		return -1;
	}
	/* The reference it claims, for the log of a refused one too (cut there if too long: a
	 * signed callback with a field longer than we keep is refused below, never read cut). */
	cut = str_copy(out->txn_ref, sizeof(out->txn_ref), vnp_params_get(&p, "vnp_TxnRef"));
	/* The callback is ours only if it names our terminal and is signed with our secret. */
	if (!vnp_verify(&p, payprov_vnpay_secret(conf)) ||
	    strcmp(vnp_params_get(&p, "vnp_TmnCode") ? vnp_params_get(&p, "vnp_TmnCode") : "",
	        conf_str(conf, "Pay.VNPay.TmnCode", "")) != 0) {
		vnp_params_free(&p);
		return 0;
	}
	out->amount = payprov_vnpay_amount(vnp_params_get(&p, "vnp_Amount"));
	code = vnp_params_get(&p, "vnp_ResponseCode");
	status = vnp_params_get(&p, "vnp_TransactionStatus");
	cut |= str_copy(out->response_code, sizeof(out->response_code), code);
	cut |= str_copy(out->gateway_txn_no, sizeof(out->gateway_txn_no),
	    vnp_params_get(&p, "vnp_TransactionNo"));
	cut |= str_copy(out->bank_code, sizeof(out->bank_code), vnp_params_get(&p, "vnp_BankCode"));
	cut |= str_copy(out->card_type, sizeof(out->card_type), vnp_params_get(&p, "vnp_CardType"));
	cut |= str_copy(out->pay_date, sizeof(out->pay_date), vnp_params_get(&p, "vnp_PayDate"));
	/* Paid only when both say so, as VNPay's own merchant code checks. */
	out->state = code && status && strcmp(code, "00") == 0 && strcmp(status, "00") == 0
	    ? PAY_STATE_PAID : PAY_STATE_FAILED;
	if (cut)
		log_warn("vnpay callback %s: a field is longer than its column", out->txn_ref);
	rc = out->txn_ref[0] && !cut ? 1 : -1;
	vnp_params_free(&p);
	return rc;
}

static const char *
payprov_vnpay_callback_answer(enum pay_verdict verdict)
{
	switch (verdict) {
	case PAY_CONFIRMED:	return "{\"RspCode\":\"00\",\"Message\":\"Confirm Success\"}";
	case PAY_UNKNOWN_ORDER:	return "{\"RspCode\":\"01\",\"Message\":\"Order not found\"}";
	case PAY_ALREADY:	return "{\"RspCode\":\"02\",\"Message\":\"Order already confirmed\"}";
	case PAY_BAD_AMOUNT:	return "{\"RspCode\":\"04\",\"Message\":\"invalid amount\"}";
	case PAY_BAD_SIGNATURE:	return "{\"RspCode\":\"97\",\"Message\":\"Invalid signature\"}";
	case PAY_FAILURE:	break;
	}
	return "{\"RspCode\":\"99\",\"Message\":\"Unknow error\"}";
}

static size_t
payprov_vnpay_collect(char *data, size_t size, size_t n, void *ctx)
{
	struct buf *answer = ctx;

	if (answer->len + size * n > 64 * 1024)	/* no querydr answer is that long */
		return 0;
	buf_append(answer, data, size * n);
	return size * n;
}

/* Reads a verified querydr answer into out. Returns 0, or -1 when it is not one. */
static int
payprov_vnpay_query_outcome(HDF *conf, const char *txn_ref, json_t *answer, struct pay_outcome *out)
{
	const char *code = vnp_json_str(answer, "vnp_ResponseCode"), *status;

	if (strcmp(code, "91") == 0) {	/* Không tìm thấy giao dịch yêu cầu */
		out->state = PAY_STATE_UNKNOWN;
		return 0;
	}
	if (strcmp(code, "00") != 0) {
		log_warn("vnpay querydr %s: response code %s (%s)", txn_ref, code,
		    vnp_json_str(answer, "vnp_Message"));
		return -1;
	}
	if (strcmp(vnp_json_str(answer, "vnp_TxnRef"), txn_ref) != 0 ||
	    strcmp(vnp_json_str(answer, "vnp_TmnCode"), conf_str(conf, "Pay.VNPay.TmnCode", "")) != 0)
		return -1;
	out->amount = payprov_vnpay_amount(vnp_json_str(answer, "vnp_Amount"));
	status = vnp_json_str(answer, "vnp_TransactionStatus");
	if (str_copy(out->response_code, sizeof(out->response_code), status) == -1 ||
	    str_copy(out->gateway_txn_no, sizeof(out->gateway_txn_no),
	        vnp_json_str(answer, "vnp_TransactionNo")) == -1 ||
	    str_copy(out->bank_code, sizeof(out->bank_code),
	        vnp_json_str(answer, "vnp_BankCode")) == -1 ||
	    str_copy(out->pay_date, sizeof(out->pay_date), vnp_json_str(answer, "vnp_PayDate")) == -1) {
		log_warn("vnpay querydr %s: a field is longer than its column", txn_ref);
		return -1;
	}
	/* 00 paid; 01 not finished; 02 failed; 04 reversed (money back: not paid); 05, 06, 09: a
	 * refund under way or refused, after a payment; 07 held as suspected fraud. */
	if (strcmp(status, "00") == 0 || strcmp(status, "05") == 0 || strcmp(status, "06") == 0 ||
	    strcmp(status, "09") == 0)
		out->state = PAY_STATE_PAID;
	else if (strcmp(status, "02") == 0 || strcmp(status, "04") == 0)
		out->state = PAY_STATE_FAILED;
	else
		out->state = PAY_STATE_OPEN;
	return 0;
}

static int
payprov_vnpay_query(HDF *conf, const struct pay_order_ref *order, struct pay_outcome *out,
    struct buf *sent, struct buf *answer_text)
{
	unsigned char id[16];
	char request_id[33], now[15];
	json_t *req = json_object(), *answer = NULL;
	struct curl_slist *headers = NULL;
	CURL *curl = NULL;
	char *body = NULL;
	long http = 0;
	size_t i;
	int rc = -1;

	memset(out, 0, sizeof(*out));
	if (str_copy(out->txn_ref, sizeof(out->txn_ref), order->txn_ref) == -1) {
		log_err("vnpay querydr %s: reference longer than %zu bytes", order->txn_ref,
		    sizeof(out->txn_ref) - 1);
		goto out;
	}
	if (req == NULL || crypto_random(id, sizeof(id)) == -1)
		goto out;
	for (i = 0; i < sizeof(id); i++)
		if (fmt_into(request_id + 2 * i, 3, "%02x", id[i]) == -1)
			goto out;
	vnp_date((long long)time(NULL), now);
	json_object_set_new(req, "vnp_RequestId", json_string(request_id));
	json_object_set_new(req, "vnp_Version", json_string(VNP_VERSION));
	json_object_set_new(req, "vnp_Command", json_string("querydr"));
	json_object_set_new(req, "vnp_TmnCode", json_string(conf_str(conf, "Pay.VNPay.TmnCode", "")));
	json_object_set_new(req, "vnp_TxnRef", json_string(order->txn_ref));
	json_object_set_new(req, "vnp_OrderInfo", json_string("Truy van giao dich"));
	json_object_set_new(req, "vnp_TransactionDate", json_string(order->create_date));
	json_object_set_new(req, "vnp_CreateDate", json_string(now));
	json_object_set_new(req, "vnp_IpAddr", json_string(conf_str(conf, "Pay.ServerIP",
	    "127.0.0.1")));
	if (vnp_json_sign(req, vnp_querydr_request_fields, payprov_vnpay_secret(conf)) == -1 ||
	    (body = json_dumps(req, JSON_COMPACT)) == NULL)
		goto out;
	buf_puts(sent, body);
	if ((curl = curl_easy_init()) == NULL)
		goto out;
	headers = curl_slist_append(headers, "Content-Type: application/json");
	curl_easy_setopt(curl, CURLOPT_URL, conf_str(conf, "Pay.VNPay.ApiURL", ""));
	curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
	curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);
	curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, payprov_vnpay_collect);
	curl_easy_setopt(curl, CURLOPT_WRITEDATA, answer_text);
	curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 5L);
	curl_easy_setopt(curl, CURLOPT_TIMEOUT, (long)conf_int(conf, "Pay.VNPay.TimeoutSeconds", 15));
	{
		CURLcode cc = curl_easy_perform(curl);

		if (cc != CURLE_OK) {
			log_warn("vnpay querydr %s: %s", order->txn_ref, curl_easy_strerror(cc));
			goto out;
		}
	}
	curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &http);
	if (http != 200 || (answer = json_loads(buf_str(answer_text), 0, NULL)) == NULL ||
	    !json_is_object(answer)) {
		log_warn("vnpay querydr %s: HTTP %ld, not a JSON answer", order->txn_ref, http);
		goto out;
	}
	if (!vnp_json_verify(answer, vnp_querydr_response_fields, payprov_vnpay_secret(conf))) {
		log_warn("vnpay querydr %s: the answer's signature is wrong", order->txn_ref);
		goto out;
	}
	rc = payprov_vnpay_query_outcome(conf, order->txn_ref, answer, out);
out:
	json_decref(req);
	json_decref(answer);
	free(body);
	curl_slist_free_all(headers);
	if (curl)
		curl_easy_cleanup(curl);
	return rc;
}

const struct pay_provider payprov_vnpay = {
	"vnpay",
	payprov_vnpay_pay_url,
	payprov_vnpay_read_callback,
	payprov_vnpay_callback_answer,
	payprov_vnpay_query,
	vnp_response_text,
};
