/* pay: what comes back from the gateway — the server-to-server callback (IPN), which alone settles
 * a payment, and the payer's browser returning, which only shows what the portal knows. */
#include "pay.h"

#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "db.h"
#include "log.h"
#include "payment.h"
#include "payprov.h"
#include "sess.h"
#include "url.h"

enum {
	SQL_ORDER,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_ORDER: what the return page may show anyone holding a signed return: no names. */
	"SELECT id, user_id, state, amount FROM payment_orders WHERE txn_ref = ?",
};

static const struct db_stmts callback_stmts = DB_STMTS("callback", sqls);

const char *
pay_remote_addr(const struct req *req)
{
	const char *addr = req_param(req, "REMOTE_ADDR");

	return addr ? addr : "";
}

/*
 * GET /pay/ipn?vnp_… (the gateway, server to server): verified in the protocol's order —
 * signature, order exists, amount matches, not settled already — then settled exactly once
 * (payment.c). Always 200 with the protocol's JSON: RspCode 00 confirmed, 01 unknown order,
 * 02 already confirmed, 04 wrong amount, 97 bad signature, 99 our failure (the gateway retries).
 * Every callback, refused ones too, is kept in payment_messages as received.
 */
int
pay_ipn(struct req *req)
{
	const struct pay_provider *provider = payprov_get(req->app->conf);
	const char *query = req_param(req, "QUERY_STRING"), *addr = pay_remote_addr(req);
	struct pay_outcome outcome;
	enum pay_verdict verdict;
	long long order_id = 0;
	int read;

	req->template = NULL;
	req->content_type = "application/json";
	req->cache_private = 1;
	if (provider == NULL) {
		log_err("Pay.Provider names no known provider");
		buf_puts(&req->body, "{\"RspCode\":\"99\",\"Message\":\"Unknow error\"}");
		return 200;
	}
	query = query ? query : "";
	read = provider->read_callback(req->app->conf, query, &outcome);
	if (read != 1) {
		verdict = read == 0 ? PAY_BAD_SIGNATURE : PAY_FAILURE;
		log_warn("payment callback from %s refused: %s", addr,
		    read == 0 ? "bad signature" : "malformed");
		if (payment_log(req->app->db, 0, read == 0 ? outcome.txn_ref : "", "in", "ipn", query,
		        read == 0 ? "97 bad signature" : "99 malformed", addr) == -1)
			log_err("a refused payment callback could not be logged");
	} else {
		verdict = payment_settle(req->app->db, &outcome, "ipn", "ipn", query, addr, &order_id);
		if (verdict == PAY_BAD_AMOUNT || verdict == PAY_UNKNOWN_ORDER)
			log_warn("payment callback %s from %s refused: %s", outcome.txn_ref, addr,
			    payment_verdict_name(verdict));
	}
	buf_puts(&req->body, provider->callback_answer(verdict));
	return 200;
}

/*
 * GET /pay/return?vnp_… (the payer's browser, sent back by the gateway): shows the order as the
 * portal knows it, never as the URL says: a payment counts only when the callback settled it.
 * The payer is sent on to the order's page (303); anyone else sees the state alone (200). A
 * return whose signature is wrong shows that nothing was recorded (400).
 */
int
pay_return(struct req *req)
{
	const struct pay_provider *provider = payprov_get(req->app->conf);
	const char *query = req_param(req, "QUERY_STRING"), *addr = pay_remote_addr(req);
	struct db_result *order = NULL;
	struct pay_outcome outcome;
	struct db_arg ref;
	struct buf where = BUF_INIT;
	long long order_id = 0;
	int rc, read = -1;

	query = query ? query : "";
	if (provider == NULL || (read = provider->read_callback(req->app->conf, query, &outcome)) != 1) {
		payment_log(req->app->db, 0, read == 0 ? outcome.txn_ref : "", "in", "return", query,
		    "refused: bad signature", addr);
		req_error(req, "Kết quả thanh toán nhận được không hợp lệ (sai chữ ký), nên Cổng không "
		    "ghi nhận gì từ đó. Nếu bạn đã thanh toán, Cổng sẽ cập nhật khi ngân hàng xác nhận; "
		    "xem mục «Thanh toán của tôi».");
		return 400;
	}
	ref = DB_STR(outcome.txn_ref);
	if (db_query(req->app->db, &callback_stmts, SQL_ORDER, DB_ARG(ref), &order) == -1)
		return req_db_failed(req);
	if (order->nrows == 1)
		order_id = db_cell_ll(order, 0, 0, 0);
	payment_log(req->app->db, order_id, outcome.txn_ref, "in", "return", query, "shown", addr);
	if (order->nrows == 0) {
		db_result_free(order);
		req_error(req, "Không tìm thấy giao dịch thanh toán này.");
		return 404;
	}
	if (req->sess && req->sess->user_id == db_cell_ll(order, 0, 1, 0)) {
		buf_puts(&where, "/pay/orders/");
		url_encode(outcome.txn_ref, &where);
		rc = req_redirect(req, 303, "%s?returned=1&code=%s", buf_str(&where),
		    outcome.response_code[0] ? outcome.response_code : "99");
		buf_free(&where);
		db_result_free(order);
		return rc;
	}
	req_set(req, "Order.txn_ref", outcome.txn_ref);
	req_set(req, "Order.state", db_cell(order, 0, 2));
	req_set(req, "Page.Title", "Kết quả thanh toán");
	req->template = "pay/return.cs";
	req->cache_private = 1;
	db_result_free(order);
	return 200;
}
