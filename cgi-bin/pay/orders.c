/* pay: the payer's orders — the list, and each order's page, which is its electronic receipt once
 * it is paid. */
#include "pay.h"

#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "db.h"
#include "money.h"
#include "pager.h"
#include "payprov.h"
#include "sess.h"

#define ORDERS_PER_PAGE 20

enum {
	SQL_COUNT,
	SQL_LIST,
	SQL_ORDER,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	"SELECT COUNT(*) FROM payment_orders WHERE user_id = ?",
	/* SQL_LIST: newest first. */
	"SELECT txn_ref, description, REPLACE(FORMAT(amount, 0), ',', '.') AS amount, state, "
	"DATE_FORMAT(created_at, '%H:%i %d/%m/%Y') AS created "
	"FROM payment_orders WHERE user_id = ? ORDER BY id DESC LIMIT ? OFFSET ?",
	/* SQL_ORDER: the payer's own order (an admin may open any). Columns as enum order_col. */
	"SELECT o.txn_ref, o.kind, o.description, o.amount, "
	"REPLACE(FORMAT(o.amount, 0), ',', '.') AS amount_text, o.state, o.payer_name, "
	"o.gateway_txn_no, o.bank_code, o.card_type, o.pay_date, "
	"DATE_FORMAT(o.created_at, '%H:%i:%s %d/%m/%Y') AS created, "
	"DATE_FORMAT(o.settled_at, '%H:%i:%s %d/%m/%Y') AS settled, o.response_code, o.refund_due, "
	"COALESCE(d.code, '') AS dossier_code, COALESCE(a.name, b.biller_name, '') AS payee, "
	"o.dossier_id, o.bill_id, o.fine_id, o.provider "
	"FROM payment_orders o LEFT JOIN dossiers d ON d.id = o.dossier_id "
	"LEFT JOIN bills b ON b.id = o.bill_id "
	"LEFT JOIN agencies a ON a.id = COALESCE(o.agency_id, d.agency_id) "
	"WHERE o.txn_ref = ? AND (o.user_id = ? OR ? = 'admin')",
};

static const struct db_stmts orders_stmts = DB_STMTS("orders", sqls);

enum order_col { C_REF, C_KIND, C_DESCRIPTION, C_AMOUNT, C_AMOUNT_TEXT, C_STATE, C_PAYER,
    C_TXN_NO, C_BANK, C_CARD, C_PAY_DATE, C_CREATED, C_SETTLED, C_CODE, C_REFUND, C_DOSSIER,
    C_PAYEE, C_DOSSIER_ID, C_BILL_ID, C_FINE_ID, C_PROVIDER };

/* GET /pay/orders (login required): the payer's orders, newest first, paginated. */
int
pay_orders(struct req *req)
{
	int page = req_form_int(req, "page", 1);
	struct db_arg uid = DB_INT(req->sess->user_id);
	struct db_result *count = NULL;
	long long total;

	if (db_query(req->app->db, &orders_stmts, SQL_COUNT, DB_ARG(uid), &count) == -1)
		return req_db_failed(req);
	total = db_cell_ll(count, 0, 0, 0);
	db_result_free(count);
	{
		struct db_arg args[] = { uid, DB_INT(ORDERS_PER_PAGE),
		    DB_INT(pager_offset(page, ORDERS_PER_PAGE)) };

		if (db_query_to_hdf(req->app->db, &orders_stmts, SQL_LIST, DB_ARGS(args), req->hdf,
		        "Orders") == -1)
			return req_db_failed(req);
	}
	if (pager_set(req, "/pay/orders?", total, page, ORDERS_PER_PAGE) == -1)
		return 500;
	req_set(req, "Page.Title", "Thanh toán của tôi");
	req->template = "pay/orders.cs";
	req->cache_private = 1;
	return 200;
}

/* The gateway's pay date (yyyyMMddHHmmss, GMT+7) as people read it: 14:05:09 23/11/2026. */
static void
orders_pay_date(struct req *req, const char *d)
{
	size_t i;

	if (d == NULL || strlen(d) != 14)
		return;
	for (i = 0; i < 14; i++)
		if (d[i] < '0' || d[i] > '9')
			return;
	req_setf(req, "Order.paid_at", "%.2s:%.2s:%.2s %.2s/%.2s/%.4s", d + 8, d + 10, d + 12,
	    d + 6, d + 4, d);
}

/*
 * GET /pay/orders/{ref} (login required: the payer, or an admin): the order as the portal knows
 * it — paid (the electronic receipt: payer, what for, amount in figures and in words, reference,
 * gateway transaction number, time), pending (waiting for the gateway's word; returned=1 and the
 * gateway's code when the payer just came back), failed or expired (pay again). 404 for an order
 * that is not the user's, the same as for one that does not exist.
 */
int
pay_order(struct req *req)
{
	struct db_arg args[] = { DB_STR(req->path_args[0]), DB_INT(req->sess->user_id),
	    DB_STR(req->sess->kind) };
	struct db_result *order = NULL;
	struct buf words = BUF_INIT;
	const char *code = req_form(req, "code");

	if (db_query(req->app->db, &orders_stmts, SQL_ORDER, DB_ARGS(args), &order) == -1)
		return req_db_failed(req);
	if (order->nrows != 1) {
		db_result_free(order);
		req_error(req, "Không tìm thấy giao dịch thanh toán này trong tài khoản của bạn.");
		return 404;
	}
	if (db_row_to_hdf(order, 0, req->hdf, "Order") == -1) {
		db_result_free(order);
		return 500;
	}
	money_words(db_cell_ll(order, 0, C_AMOUNT, 0), &words);
	req_set(req, "Order.amount_words", buf_str(&words));
	orders_pay_date(req, db_cell(order, 0, C_PAY_DATE));
	/* Where to pay again: the thing's own payment form. */
	if (db_cell(order, 0, C_DOSSIER_ID))
		req_setf(req, "Order.again", "/pay/dossiers/%s", db_cell(order, 0, C_DOSSIER));
	else if (db_cell(order, 0, C_BILL_ID))
		req_setf(req, "Order.again", "/pay/bills/%s", db_cell(order, 0, C_BILL_ID));
	else if (db_cell(order, 0, C_FINE_ID))
		req_setf(req, "Order.again", "/pay/fines/%s", db_cell(order, 0, C_FINE_ID));
	if (code && strcmp(db_cell(order, 0, C_STATE), "pending") == 0 &&
	    payprov_get(req->app->conf) != NULL)
		req_set(req, "Order.gateway_said", payprov_get(req->app->conf)->response_text(code));
	req_setf(req, "Page.Title", "%s %s", strcmp(db_cell(order, 0, C_STATE), "paid") == 0
	    ? "Biên lai thanh toán" : "Giao dịch", db_cell(order, 0, C_REF));
	req->template = "pay/order.cs";
	req->cache_private = 1;
	buf_free(&words);
	db_result_free(order);
	return 200;
}
