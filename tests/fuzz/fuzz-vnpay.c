/* fuzz-vnpay: the VNPay parameters of a callback or return (parsing, the signed string, the
 * signature check, the outcome read from them) and the JSON answers of querydr, on any bytes:
 * what a forger can send to /pay/ipn and what a gateway can answer. */
/* payprov_vnpay_query_outcome() is static in the provider: the file is compiled in, first, as it
 * includes config.h (which has no include guard). */
#include "../../cgi-bin/lib/domain/payprov_vnpay.c"

#include "fuzz.h"

#include "log.h"
#include "vnpay.h"

#define FUZZ_SECRET "FUZZSECRETFUZZSECRETFUZZSECRET12"
#define FUZZ_TMN "CONGDEMO"

/* The provider's configuration, for the whole run. */
static HDF *fuzz_conf;

/* libFuzzer's start: the provider's configuration, made once. Returns 0. */
int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	/* A refused signature is logged as a warning; a run makes millions. */
	log_init("fuzz-vnpay", 0, LOG_LVL_ERR);
	if (hdf_init(&fuzz_conf) != STATUS_OK ||
	    hdf_set_value(fuzz_conf, "Pay.VNPay.HashSecret", FUZZ_SECRET) != STATUS_OK ||
	    hdf_set_value(fuzz_conf, "Pay.VNPay.TmnCode", FUZZ_TMN) != STATUS_OK)
		abort();
	return 0;
}

/* 1 when every field the outcome keeps fits its column: a signed callback with one that does not
 * is refused (-1), never read cut. */
static int
fuzz_fields_fit(const struct vnp_params *p)
{
	static const struct { const char *name; size_t size; } fields[] = {
		{ "vnp_TxnRef", sizeof(((struct pay_outcome *)0)->txn_ref) },
		{ "vnp_ResponseCode", sizeof(((struct pay_outcome *)0)->response_code) },
		{ "vnp_TransactionNo", sizeof(((struct pay_outcome *)0)->gateway_txn_no) },
		{ "vnp_BankCode", sizeof(((struct pay_outcome *)0)->bank_code) },
		{ "vnp_CardType", sizeof(((struct pay_outcome *)0)->card_type) },
		{ "vnp_PayDate", sizeof(((struct pay_outcome *)0)->pay_date) },
	};
	size_t i;

	for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
		const char *v = vnp_params_get(p, fields[i].name);

		if (v != NULL && strlen(v) >= fields[i].size)
			return 0;
	}
	return 1;
}

/* Checks the outcome read from a callback whose signature was right. */
static void
fuzz_outcome(const struct vnp_params *p, const struct pay_outcome *out)
{
	const char *amount = vnp_params_get(p, "vnp_Amount");

	FUZZ_ASSERT(out->txn_ref[0] != '\0');
	FUZZ_ASSERT(strlen(out->response_code) < sizeof(out->response_code));
	FUZZ_ASSERT(strlen(out->pay_date) < sizeof(out->pay_date));
	FUZZ_ASSERT(out->state == PAY_STATE_PAID || out->state == PAY_STATE_FAILED);
	if (out->state == PAY_STATE_PAID)
		FUZZ_ASSERT(strcmp(vnp_params_get(p, "vnp_ResponseCode"), "00") == 0 &&
		    strcmp(vnp_params_get(p, "vnp_TransactionStatus"), "00") == 0);
	FUZZ_ASSERT(out->amount >= -1);
	if (out->amount >= 0) {
		/* A whole number of đồng, ×100 in the protocol. */
		FUZZ_ASSERT(amount != NULL);
		FUZZ_ASSERT(strtoll(amount, NULL, 10) == out->amount * 100);
	}
}

/*
 * Parameters as a query string: whatever parses is signed and sent back through the parser, and
 * the signature must verify there, under our secret only; the provider must then take it as a
 * callback of ours, unless a field is too long to keep. What does not parse leaves nothing behind.
 */
static void
fuzz_query(const char *query)
{
	struct vnp_params p = VNP_PARAMS_INIT, q = VNP_PARAMS_INIT;
	struct buf signed_query = BUF_INIT, data_p = BUF_INIT, data_q = BUF_INIT;
	struct pay_outcome out;
	size_t i;
	int rc;

	rc = payprov_vnpay.read_callback(fuzz_conf, query, &out);
	FUZZ_ASSERT(rc == -1 || rc == 0 || rc == 1);
	FUZZ_ASSERT(strlen(out.txn_ref) < sizeof(out.txn_ref));
	if (vnp_params_parse(&p, query) != 0) {
		vnp_params_free(&p);
		return;
	}
	FUZZ_ASSERT(rc != -1 || vnp_params_get(&p, "vnp_TxnRef") == NULL ||
	    vnp_params_get(&p, "vnp_TxnRef")[0] == '\0' || vnp_verify(&p, FUZZ_SECRET));
	for (i = 0; i < p.n; i++) {
		FUZZ_ASSERT(strncmp(p.items[i].name, "vnp_", 4) == 0);
		/* Any date in it reads back as it was written. */
		if (strlen(p.items[i].value) == 14) {
			long long t = vnp_date_parse(p.items[i].value);
			char again[15];

			if (t != -1) {
				vnp_date(t, again);
				FUZZ_ASSERT(strcmp(again, p.items[i].value) == 0);
			}
		}
	}
	FUZZ_ASSERT(vnp_response_text(vnp_params_get(&p, "vnp_ResponseCode")) != NULL);
	/* Ours, then signed; a set of 64 (the parser's limit) has no room left for the hash. */
	vnp_params_set(&p, "vnp_TmnCode", FUZZ_TMN);
	if (p.n < 64) {
		FUZZ_ASSERT(vnp_signed_query(&p, FUZZ_SECRET, &signed_query) == 0);
		FUZZ_ASSERT(vnp_params_parse(&q, buf_str(&signed_query)) == 0);
		FUZZ_ASSERT(vnp_verify(&q, FUZZ_SECRET) == 1);
		FUZZ_ASSERT(vnp_verify(&q, FUZZ_SECRET "x") == 0);
		vnp_hash_data(&p, &data_p);
		vnp_hash_data(&q, &data_q);
		FUZZ_ASSERT(strcmp(buf_str(&data_p), buf_str(&data_q)) == 0);
		rc = payprov_vnpay.read_callback(fuzz_conf, buf_str(&signed_query), &out);
		if (vnp_params_get(&q, "vnp_TxnRef") != NULL && fuzz_fields_fit(&q)) {
			FUZZ_ASSERT(rc == 1);
			fuzz_outcome(&q, &out);
		} else
			FUZZ_ASSERT(rc == -1);
	}
	vnp_params_free(&p);
	vnp_params_free(&q);
	buf_free(&signed_query);
	buf_free(&data_p);
	buf_free(&data_q);
}

/*
 * A querydr answer: its signature (as sent, almost never right), then signed by us and read as
 * the provider reads a verified answer. The request's fields sign and verify the same way.
 */
static void
fuzz_querydr(const uint8_t *data, size_t size)
{
	json_t *answer = json_loadb((const char *)data, size, 0, NULL);
	struct pay_outcome out;
	char *txn_ref;

	if (!json_is_object(answer)) {
		json_decref(answer);
		return;
	}
	vnp_json_verify(answer, vnp_querydr_response_fields, FUZZ_SECRET);
	FUZZ_ASSERT(vnp_json_sign(answer, vnp_querydr_response_fields, FUZZ_SECRET) == 0);
	FUZZ_ASSERT(vnp_json_verify(answer, vnp_querydr_response_fields, FUZZ_SECRET) == 1);
	FUZZ_ASSERT(vnp_json_verify(answer, vnp_querydr_response_fields, FUZZ_SECRET "x") == 0);
	memset(&out, 0, sizeof(out));
	txn_ref = xstrdup(vnp_json_str(answer, "vnp_TxnRef"));
	if (payprov_vnpay_query_outcome(fuzz_conf, txn_ref, answer, &out) == 0) {
		FUZZ_ASSERT(out.state == PAY_STATE_UNKNOWN ||
		    strcmp(vnp_json_str(answer, "vnp_ResponseCode"), "00") == 0);
		FUZZ_ASSERT(strlen(out.gateway_txn_no) < sizeof(out.gateway_txn_no));
		FUZZ_ASSERT(out.amount >= -1);
	}
	free(txn_ref);
	FUZZ_ASSERT(vnp_json_sign(answer, vnp_querydr_request_fields, FUZZ_SECRET) == 0);
	FUZZ_ASSERT(vnp_json_verify(answer, vnp_querydr_request_fields, FUZZ_SECRET) == 1);
	json_decref(answer);
}

/* libFuzzer's entry: the input as a query string and as a querydr answer. Returns 0; a broken
 * invariant aborts. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_cstr(data, size);

	fuzz_query(s);
	fuzz_querydr(data, size);
	free(s);
	return 0;
}
