/* sandbox: querydr, the merchant's server asking what became of a payment (POST JSON to
 * /merchant_webapi/api/transaction), answered as VNPay answers: HTTP 200, the outcome in
 * vnp_ResponseCode, the answer signed with the merchant's secret. */
#include "config.h"

#include "sandbox.h"

#include <string.h>
#include <time.h>

#include <jansson.h>

#include "app.h"
#include "crypto.h"
#include "db.h"
#include "log.h"

enum {
	SQL_REQUEST,
	SQL_FIND,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_REQUEST: a request id is used once a day by a merchant; a second use is a duplicate
	 * key (1062), answered 94. */
	"INSERT INTO sbx_querydr (tmn_code, request_id, request_day, txn_ref, response_code) "
	"VALUES (?, ?, ?, ?, ?)",
	/* SQL_FIND: the order, by its reference and the date the payment URL was made. */
	"SELECT " SBX_TXN_COLUMNS " FROM sbx_transactions "
	"WHERE tmn_code = ? AND txn_ref = ? AND create_date = ?",
};

static const struct db_stmts querydr_stmts = DB_STMTS("sandbox-querydr", sqls);

/* VNPay's codes of querydr and their messages. */
static const struct { const char *code, *message; } querydr_codes[] = {
	{ "00", "QueryDR Success" },
	{ "02", "Merchant is not valid" },
	{ "03", "Data format is not valid" },
	{ "91", "Transaction not found" },
	{ "94", "Duplicate request" },
	{ "97", "Invalid checksum" },
	{ "99", "Unknown error" },
};

/* Writes the JSON answer: obj with vnp_ResponseCode code and its message, signed when secret is
 * known. Returns 200, or 500 if it cannot be made. */
static int
querydr_answer(struct req *req, json_t *obj, const char *code, const char *secret)
{
	const char *message = "Unknown error";
	char *text;
	size_t i;

	for (i = 0; i < sizeof(querydr_codes) / sizeof(querydr_codes[0]); i++)
		if (strcmp(querydr_codes[i].code, code) == 0)
			message = querydr_codes[i].message;
	json_object_set_new(obj, "vnp_ResponseCode", json_string(code));
	json_object_set_new(obj, "vnp_Message", json_string(message));
	if (secret && vnp_json_sign(obj, vnp_querydr_response_fields, secret) == -1)
		return 500;
	if ((text = json_dumps(obj, JSON_COMPACT)) == NULL)
		return 500;
	req->template = NULL;
	req->content_type = "application/json";
	req->cache_private = 1;
	buf_puts(&req->body, text);
	free(text);
	return 200;
}

/* A request's member as text (a copy: vnpay.h's may be overwritten by the next call), kept in the
 * answer-independent HDF of the request so that it is freed with it. "" when missing. */
static const char *
querydr_get(struct req *req, json_t *request, const char *name)
{
	HDF *node = req_node(req, "Querydr");

	if (node == NULL || req_node_set(node, name, vnp_json_str(request, name)) == -1)
		return "";
	return hdf_get_value(node, name, "");
}

/* 1 when v has 1..max bytes, none of them a control character. */
static int
querydr_text_ok(const char *v, size_t max)
{
	size_t n = strlen(v), i;

	if (n == 0 || n > max)
		return 0;
	for (i = 0; i < n; i++)
		if ((unsigned char)v[i] < 0x20 || v[i] == 0x7f)
			return 0;
	return 1;
}

/* Fills the answer with the transaction of row 0 of txn. */
static void
querydr_fill(json_t *obj, const struct db_result *txn)
{
	const char *no = db_cell(txn, 0, SBX_TXN_NO), *pay = db_cell(txn, 0, SBX_PAY_DATE);
	const char *state = db_cell(txn, 0, SBX_STATE);

	json_object_set_new(obj, "vnp_Amount", json_string(db_cell(txn, 0, SBX_AMOUNT)));
	json_object_set_new(obj, "vnp_OrderInfo", json_string(db_cell(txn, 0, SBX_ORDER_INFO)));
	json_object_set_new(obj, "vnp_BankCode", json_string(db_cell(txn, 0, SBX_BANK)));
	json_object_set_new(obj, "vnp_PayDate", json_string(pay ? pay : ""));
	json_object_set_new(obj, "vnp_TransactionNo", json_string(no ? no : "0"));
	json_object_set_new(obj, "vnp_TransactionType", json_string("01"));
	json_object_set_new(obj, "vnp_TransactionStatus", json_string(sbx_txn_status(state)));
}

/* A fresh vnp_ResponseId: 32 hex digits. Returns 0 or -1. */
static int
querydr_response_id(char out[33])
{
	static const char hex[] = "0123456789abcdef";
	unsigned char raw[16];
	size_t i;

	if (crypto_random(raw, sizeof(raw)) == -1)
		return -1;
	for (i = 0; i < sizeof(raw); i++) {
		out[2 * i] = hex[raw[i] >> 4];
		out[2 * i + 1] = hex[raw[i] & 15];
	}
	out[32] = '\0';
	return 0;
}

/*
 * POST /merchant_webapi/api/transaction (no CSRF: signed): a querydr request in JSON. 200 with
 * the signed JSON answer, whose vnp_ResponseCode says 00 found, 91 not found, 97 bad signature,
 * 02 unknown merchant, 03 bad format, 94 request id used today already, 99 other; 400 (JSON)
 * when the body is not a JSON object.
 */
int
sbx_querydr(struct req *req)
{
	json_t *request = NULL, *answer = json_object();
	struct sbx_merchant m;
	struct db_result *txn = NULL;
	const char *tmn, *ref, *request_id, *date, *code = "99", *secret = NULL;
	char response_id[33], today[15];
	int rc;

	if (querydr_response_id(response_id) == -1) {
		rc = 500;
		goto out;
	}
	json_object_set_new(answer, "vnp_ResponseId", json_string(response_id));
	json_object_set_new(answer, "vnp_Command", json_string("querydr"));
	request = json_loadb(buf_str(&req->raw_body), req->raw_body.len, 0, NULL);
	if (!json_is_object(request)) {
		rc = querydr_answer(req, answer, "03", NULL);
		rc = rc == 200 ? 400 : rc;
		goto out;
	}
	tmn = querydr_get(req, request, "vnp_TmnCode");
	ref = querydr_get(req, request, "vnp_TxnRef");
	request_id = querydr_get(req, request, "vnp_RequestId");
	date = querydr_get(req, request, "vnp_TransactionDate");
	json_object_set_new(answer, "vnp_TmnCode", json_string(tmn));
	json_object_set_new(answer, "vnp_TxnRef", json_string(ref));
	if (!sbx_merchant_find(req->app->conf, tmn, &m)) {
		code = "02";
		goto answer;
	}
	secret = m.secret;
	if (!vnp_json_verify(request, vnp_querydr_request_fields, m.secret)) {
		code = "97";
		goto answer;
	}
	if (!querydr_text_ok(request_id, 32) || !querydr_text_ok(ref, 100) ||
	    strcmp(vnp_json_str(request, "vnp_Version"),
	    VNP_VERSION) != 0 || strcmp(vnp_json_str(request, "vnp_Command"), "querydr") != 0 ||
	    vnp_date_parse(date) == -1 ||
	    vnp_date_parse(vnp_json_str(request, "vnp_CreateDate")) == -1 ||
	    !querydr_text_ok(vnp_json_str(request, "vnp_IpAddr"), 45)) {
		code = "03";
		goto answer;
	}
	{
		struct db_arg args[] = { DB_STR(tmn), DB_STR(ref), DB_STR(date) };

		if (db_query(req->app->db, &querydr_stmts, SQL_FIND, DB_ARGS(args), &txn) == -1)
			goto answer;
	}
	code = txn->nrows == 1 ? "00" : "91";
	vnp_date((long long)time(NULL), today);
	today[8] = '\0';	/* Vietnam's date, yyyyMMdd */
	{
		struct db_arg args[] = { DB_STR(tmn), DB_STR(request_id), DB_STR(today), DB_STR(ref),
		    DB_STR(code) };

		if (db_exec(req->app->db, &querydr_stmts, SQL_REQUEST, DB_ARGS(args), NULL, NULL) == -1) {
			code = db_errno(req->app->db) == 1062 ? "94" : "99";
			goto answer;
		}
	}
	if (txn->nrows == 1)
		querydr_fill(answer, txn);
answer:
	/* Every field the signature covers is in the answer, "" when there is nothing to say. */
	{
		const char *const *f;

		for (f = vnp_querydr_response_fields; *f; f++)
			if (json_object_get(answer, *f) == NULL)
				json_object_set_new(answer, *f, json_string(""));
	}
	rc = querydr_answer(req, answer, code, secret);
out:
	db_result_free(txn);
	json_decref(request);
	json_decref(answer);
	return rc;
}
