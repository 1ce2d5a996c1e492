/* pay: starting a payment — one open order per thing, made or reused, checked with the gateway,
 * and the payer sent there. */
#include "pay.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "buf.h"
#include "conf.h"
#include "db.h"
#include "fmt.h"
#include "log.h"
#include "money.h"
#include "payment.h"
#include "payprov.h"
#include "sess.h"
#include "url.h"
#include "vnpay.h"

enum {
	SQL_DOSSIER,
	SQL_BILL,
	SQL_FINE,
	SQL_OPEN,
	SQL_INSERT,
	SQL_NAME_REF,
	SQL_REF,
	SQL_PENDING,
	SQL_PAYER,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_DOSSIER: the payer's own submitted dossier. Columns as enum thing_col. */
	"SELECT d.id, d.fee_amount, d.fee_order_id IS NOT NULL, d.agency_id, "
	"CONCAT('Lệ phí hồ sơ ', d.code, ' — ', p.name), "
	"CONCAT('Thanh toan le phi ho so ', d.code), "
	"d.status IN ('draft', 'rejected') "
	"FROM dossiers d JOIN procedures p ON p.id = d.procedure_id "
	"WHERE d.code = ? AND d.user_id = ?",
	/* SQL_BILL: any bill (people pay their parents' electricity too). */
	"SELECT id, amount, settled_order_id IS NOT NULL, NULL, "
	"CONCAT('Tiền điện kỳ ', SUBSTRING(period, 6, 2), '/', LEFT(period, 4), ' — khách hàng ', "
	"customer_code, ' (', customer_name, ')'), "
	"CONCAT('Thanh toan tien dien ', customer_code, ' ky ', period), 0 "
	"FROM bills WHERE id = ?",
	/* SQL_FINE */
	"SELECT id, amount, settled_order_id IS NOT NULL, agency_id, "
	"CONCAT('Nộp phạt vi phạm giao thông, biên bản ', record_no, ', xe ', plate), "
	"CONCAT('Nop phat vi pham giao thong bien ban ', record_no), 0 "
	"FROM fines WHERE id = ?",
	/* SQL_OPEN: the thing's open order, locked while we decide. Columns as enum open_col. */
	"SELECT id, txn_ref, user_id, state, expires_at > NOW(), create_date, "
	"UNIX_TIMESTAMP(expires_at), order_info FROM payment_orders WHERE open_key = ? FOR UPDATE",
	/* SQL_INSERT: a new order; its reference is made from its id (SQL_NAME_REF). */
	"INSERT INTO payment_orders (txn_ref, provider, kind, dossier_id, bill_id, fine_id, "
	"agency_id, user_id, payer_name, description, order_info, amount, create_date, expires_at, "
	"ip) VALUES (CONCAT('new-', UUID()), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
	"FROM_UNIXTIME(?), ?)",
	/* SQL_NAME_REF: DVC + yymmdd + the id in ten digits: unique, and readable over the phone. */
	"UPDATE payment_orders SET txn_ref = CONCAT('DVC', DATE_FORMAT(created_at, '%y%m%d'), "
	"LPAD(id, 10, '0')) WHERE id = ?",
	/* SQL_REF */
	"SELECT txn_ref FROM payment_orders WHERE id = ?",
	/* SQL_PENDING: the payer is being sent to the gateway. */
	"UPDATE payment_orders SET state = 'pending' WHERE id = ? AND state = 'created'",
	/* SQL_PAYER */
	"SELECT full_name FROM users WHERE id = ?",
};

static const struct db_stmts start_stmts = DB_STMTS("start", sqls);

enum thing_col { T_ID, T_AMOUNT, T_SETTLED, T_AGENCY, T_DESCRIPTION, T_ORDER_INFO, T_CLOSED };
enum open_col { O_ID, O_REF, O_USER, O_STATE, O_LIVE, O_CREATE_DATE, O_EXPIRES, O_INFO };

/* What is being paid. */
struct thing {
	const char *kind;		/* dossier, bill, fine */
	const char *order_type;		/* the gateway's category */
	int         sql;
};

/* The order the payer is sent to the gateway with. */
struct order {
	long long  id;
	char       txn_ref[40];
	char       create_date[15];
	long long  expires;
	char      *order_info;		/* owned */
	long long  amount;
};

/* Sends the payer to the order's page (a payment that settled meanwhile, or any other outcome
 * that is not a payment to make now). */
static int
start_to_order(struct req *req, const char *txn_ref)
{
	struct buf where = BUF_INIT;
	int rc;

	buf_puts(&where, "/pay/orders/");
	url_encode(txn_ref, &where);
	rc = req_redirect(req, 303, "%s", buf_str(&where));
	buf_free(&where);
	return rc;
}

/* Asks the gateway about an order. Returns 0 with out filled, or -1 when it cannot be reached. */
static int
start_query(struct req *req, const struct pay_provider *provider, const struct order *o,
    struct pay_outcome *out)
{
	struct pay_order_ref ref = { o->txn_ref, o->amount, o->order_info, o->create_date,
	    o->expires, pay_remote_addr(req), NULL };
	struct buf sent = BUF_INIT, answer = BUF_INIT;
	int rc;

	rc = provider->query(req->app->conf, &ref, out, &sent, &answer);
	payment_log(req->app->db, o->id, o->txn_ref, "out", "querydr", buf_str(&sent), "", "");
	if (answer.len)
		payment_log(req->app->db, o->id, o->txn_ref, "in", "querydr_answer", buf_str(&answer),
		    rc == 0 ? "read" : "refused", "");
	buf_free(&sent);
	buf_free(&answer);
	return rc;
}

static int
start_gateway_down(struct req *req)
{
	req_error(req, "Cổng thanh toán của ngân hàng tạm thời không kết nối được, nên bạn chưa bị "
	    "trừ tiền. Khoản cần nộp vẫn được giữ nguyên; vui lòng thử lại sau ít phút.");
	return 503;
}

/* An open order whose time is up: the gateway says what became of it, and it is settled or
 * expired accordingly. Returns 1 when the thing was paid by it (the payer is sent to the order),
 * 0 when the way is clear for a new order, or an error status (as a negative number). */
static int
start_close_stale(struct req *req, const struct pay_provider *provider, struct order *stale)
{
	struct pay_outcome outcome;
	long long order_id = 0;

	if (start_query(req, provider, stale, &outcome) == -1)
		return -start_gateway_down(req);
	switch (outcome.state) {
	case PAY_STATE_PAID:
	case PAY_STATE_FAILED:
		if (payment_settle(req->app->db, &outcome, "querydr", "querydr_answer", NULL,
		        pay_remote_addr(req), &order_id) == PAY_FAILURE)
			return -req_db_failed(req);
		return outcome.state == PAY_STATE_PAID ? 1 : 0;
	case PAY_STATE_UNKNOWN:
		if (payment_expire(req->app->db, stale->id) == -1)
			return -req_db_failed(req);
		return 0;
	case PAY_STATE_OPEN:
		break;
	}
	req_error(req, "Giao dịch thanh toán trước của khoản này đang được ngân hàng xử lý. Vui lòng "
	    "đợi ít phút rồi xem lại trong mục «Thanh toán của tôi».");
	return -409;
}

/* Inserts a new order for the thing, in the caller's transaction; sets o's id, create_date and
 * expires. Returns 0 or -1 (db_errno 1062: another order of the thing opened meanwhile). */
static int
start_insert(struct req *req, const struct thing *thing, const struct db_result *t,
    long long thing_id, const char *payer, struct order *o)
{
	long long now = (long long)time(NULL);
	int minutes = conf_int(req->app->conf, "Pay.ExpireMinutes", 15);
	unsigned long long id = 0;

	vnp_date(now, o->create_date);
	o->expires = now + 60LL * (minutes > 0 ? minutes : 15);
	{
		struct db_arg args[] = {
			DB_STR(conf_str(req->app->conf, "Pay.Provider", "vnpay")), DB_STR(thing->kind),
			strcmp(thing->kind, "dossier") == 0 ? DB_INT(thing_id) : DB_NULL,
			strcmp(thing->kind, "bill") == 0 ? DB_INT(thing_id) : DB_NULL,
			strcmp(thing->kind, "fine") == 0 ? DB_INT(thing_id) : DB_NULL,
			/* A bill has no agency: NULL, not agency 0. */
			db_cell_is_null(t, 0, T_AGENCY) ? DB_NULL : DB_INT(db_cell_ll(t, 0, T_AGENCY, 0)),
			DB_INT(req->sess->user_id), DB_STR(payer),
			DB_STR(db_cell(t, 0, T_DESCRIPTION)), DB_STR(db_cell(t, 0, T_ORDER_INFO)),
			DB_INT(db_cell_ll(t, 0, T_AMOUNT, 0)), DB_STR(o->create_date),
			DB_INT(o->expires), DB_STR(pay_remote_addr(req)) };

		if (db_exec(req->app->db, &start_stmts, SQL_INSERT, DB_ARGS(args), NULL, &id) == -1)
			return -1;
	}
	o->id = (long long)id;
	return 0;
}

/* Finds the thing's open order or makes one, in a transaction. Returns 1 with *o filled (an
 * order to send the payer to), 2 when an order of the thing has to be closed first (*o is it),
 * or an error status as a negative number. */
static int
start_order(struct req *req, const struct thing *thing, const struct db_result *t, struct order *o)
{
	struct db *db = req->app->db;
	struct db_result *open = NULL, *payer = NULL, *ref = NULL;
	struct buf key = BUF_INIT;
	long long thing_id = db_cell_ll(t, 0, T_ID, 0);
	int rc = -500;

	buf_printf(&key, "%s:%lld", thing->kind, thing_id);
	if (db_begin(db) == -1)
		goto failed;
	{
		struct db_arg arg = DB_STR(buf_str(&key));

		if (db_query(db, &start_stmts, SQL_OPEN, DB_ARG(arg), &open) == -1)
			goto failed;
	}
	if (open->nrows == 1) {
		o->id = db_cell_ll(open, 0, O_ID, 0);
		/* A cut reference or date would send the payer to pay for another order. */
		if (str_copy(o->txn_ref, sizeof(o->txn_ref), db_cell(open, 0, O_REF)) == -1 ||
		    str_copy(o->create_date, sizeof(o->create_date),
		        db_cell(open, 0, O_CREATE_DATE)) == -1) {
			log_err("pay: order %lld: reference or date too long", o->id);
			goto failed;
		}
		o->expires = db_cell_ll(open, 0, O_EXPIRES, 0);
		o->order_info = xstrdup(db_cell(open, 0, O_INFO));
		o->amount = db_cell_ll(t, 0, T_AMOUNT, 0);
		db_rollback(db);
		if (strcmp(db_cell(open, 0, O_LIVE), "1") != 0) {
			rc = 2;		/* its time is up: ask the gateway first */
		} else if (db_cell_ll(open, 0, O_USER, 0) != req->sess->user_id) {
			req_error(req, "Khoản này đang được một người khác thanh toán. Vui lòng thử lại "
			    "sau ít phút.");
			rc = -409;
		} else {
			rc = 1;		/* the same payer again (a second tab, the back button) */
		}
		goto out;
	}
	{
		struct db_arg arg = DB_INT(req->sess->user_id);

		if (db_query(db, &start_stmts, SQL_PAYER, DB_ARG(arg), &payer) == -1 || payer->nrows != 1)
			goto failed;
	}
	if (start_insert(req, thing, t, thing_id, db_cell(payer, 0, 0), o) == -1) {
		/* Another request opened an order for it a moment ago: go round again. */
		if (db_errno(db) == 1062) {
			db_rollback(db);
			rc = 3;
			goto out;
		}
		goto failed;
	}
	{
		struct db_arg arg = DB_INT(o->id);

		if (db_exec(db, &start_stmts, SQL_NAME_REF, DB_ARG(arg), NULL, NULL) == -1 ||
		    db_query(db, &start_stmts, SQL_REF, DB_ARG(arg), &ref) == -1 || ref->nrows != 1)
			goto failed;
		if (str_copy(o->txn_ref, sizeof(o->txn_ref), db_cell(ref, 0, 0)) == -1) {
			log_err("pay: order %lld: reference %s too long", o->id, db_cell(ref, 0, 0));
			goto failed;
		}
	}
	o->order_info = xstrdup(db_cell(t, 0, T_ORDER_INFO));
	o->amount = db_cell_ll(t, 0, T_AMOUNT, 0);
	if (db_commit(db) == -1)
		goto failed;
	rc = 1;
	goto out;
failed:
	if (db_in_transaction(db))
		db_rollback(db);
	rc = -req_db_failed(req);
out:
	db_result_free(open);
	db_result_free(payer);
	db_result_free(ref);
	buf_free(&key);
	return rc;
}

/* Sends the payer to the gateway with the order: checked with the gateway first (down: 503, the
 * order stays payable; paid meanwhile: the order's page), then pending, logged, redirected. */
static int
start_send(struct req *req, const struct pay_provider *provider, struct order *o)
{
	struct pay_order_ref ref = { o->txn_ref, o->amount, o->order_info, o->create_date,
	    o->expires, pay_remote_addr(req), NULL };
	struct pay_outcome outcome;
	struct buf url = BUF_INIT;
	struct db_arg id = DB_INT(o->id);
	long long settled = 0;
	int rc;

	/* The order may have been paid in another tab whose callback has not come yet. */
	if (conf_int(req->app->conf, "Pay.CheckGateway", 1)) {
		if (start_query(req, provider, o, &outcome) == -1)
			return start_gateway_down(req);
		if (outcome.state == PAY_STATE_PAID || outcome.state == PAY_STATE_FAILED) {
			if (payment_settle(req->app->db, &outcome, "querydr", "querydr_answer", NULL,
			        pay_remote_addr(req), &settled) == PAY_FAILURE)
				return req_db_failed(req);
			if (outcome.state == PAY_STATE_PAID)
				return start_to_order(req, o->txn_ref);
			return 0;	/* failed: the caller starts a new order */
		}
	}
	if (db_exec(req->app->db, &start_stmts, SQL_PENDING, DB_ARG(id), NULL, NULL) == -1)
		return req_db_failed(req);
	if (provider->pay_url(req->app->conf, &ref, &url) == -1) {
		buf_free(&url);
		return 500;
	}
	payment_log(req->app->db, o->id, o->txn_ref, "out", "pay_url", buf_str(&url), "", "");
	/* The pay button's page lets its form go to the gateway's origin (app.c's policy). */
	rc = req_redirect(req, 303, "%s", buf_str(&url));
	buf_free(&url);
	return rc;
}

/* POST /pay/{kind}/{id}: the common course. Returns the status. */
static int
start(struct req *req, const struct thing *thing, const struct db_arg *args, size_t nargs)
{
	const struct pay_provider *provider = payprov_get(req->app->conf);
	struct db_result *t = NULL;
	struct order o;
	int rc, round;

	if (provider == NULL) {
		log_err("Pay.Provider names no known provider");
		return 500;
	}
	if (db_query(req->app->db, &start_stmts, thing->sql, args, nargs, &t) == -1)
		return req_db_failed(req);
	if (t->nrows != 1) {
		db_result_free(t);
		req_error(req, "Không tìm thấy khoản cần thanh toán này.");
		return 404;
	}
	if (strcmp(db_cell(t, 0, T_SETTLED), "1") == 0) {
		req_error(req, "Khoản này đã được thanh toán. Biên lai có trong mục «Thanh toán của "
		    "tôi» của người đã nộp.");
		rc = 409;
		goto out;
	}
	if (strcmp(db_cell(t, 0, T_CLOSED), "1") == 0 ||
	    db_cell_ll(t, 0, T_AMOUNT, 0) <= 0) {
		req_error(req, "Hồ sơ này hiện không có khoản phí, lệ phí nào cần nộp trực tuyến.");
		rc = 409;
		goto out;
	}
	rc = 500;
	for (round = 0; round < 4; round++) {
		memset(&o, 0, sizeof(o));
		rc = start_order(req, thing, t, &o);
		if (rc == 2) {
			rc = start_close_stale(req, provider, &o);
			if (rc == 1)
				rc = start_to_order(req, o.txn_ref);
			free(o.order_info);
			if (rc == 0)
				continue;
			rc = rc < 0 ? -rc : rc;
			break;
		}
		if (rc == 3) {
			free(o.order_info);
			continue;
		}
		if (rc < 0) {
			free(o.order_info);
			rc = -rc;
			break;
		}
		rc = start_send(req, provider, &o);
		free(o.order_info);
		if (rc != 0)
			break;
	}
	if (rc == 0)
		rc = 500;
out:
	db_result_free(t);
	return rc;
}

int
pay_start_dossier(struct req *req)
{
	static const struct thing dossier = { "dossier", "other", SQL_DOSSIER };
	struct db_arg args[] = { DB_STR(req->path_args[0]), DB_INT(req->sess->user_id) };

	return start(req, &dossier, DB_ARGS(args));
}

/* The id of a path segment, or -1 when it is not a plain number. */
static long long
start_path_id(const char *s)
{
	char *end;
	long long v;

	if (s == NULL || *s < '0' || *s > '9' || strlen(s) > 18)
		return -1;
	v = strtoll(s, &end, 10);
	return *end ? -1 : v;
}

int
pay_start_bill(struct req *req)
{
	static const struct thing bill = { "bill", "billpayment", SQL_BILL };
	long long id = start_path_id(req->path_args[0]);
	struct db_arg arg = DB_INT(id);

	if (id < 0) {
		req_error(req, "Không tìm thấy khoản cần thanh toán này.");
		return 404;
	}
	return start(req, &bill, DB_ARG(arg));
}

int
pay_start_fine(struct req *req)
{
	static const struct thing fine = { "fine", "other", SQL_FINE };
	long long id = start_path_id(req->path_args[0]);
	struct db_arg arg = DB_INT(id);

	if (id < 0) {
		req_error(req, "Không tìm thấy khoản cần thanh toán này.");
		return 404;
	}
	return start(req, &fine, DB_ARG(arg));
}
