/* sandbox: the payer's decision on the payment page — the transaction decided once, the IPN calls
 * queued as the tester's fault mode says, and the payer sent back to the merchant. */
#include "config.h"

#include "sandbox.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "app.h"
#include "buf.h"
#include "conf.h"
#include "db.h"
#include "fmt.h"
#include "log.h"

enum {
	SQL_DECIDE,
	SQL_IPN,
	SQL_ATTEMPTED,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_DECIDE: once; the statement itself is the check, so two posts at the same moment
	 * cannot both decide. */
	"UPDATE sbx_transactions SET state = ?, response_code = ?, transaction_no = ?, "
	"bank_code = ?, bank_tran_no = ?, card_type = ?, pay_date = ?, fault = ?, "
	"decided_at = NOW() WHERE id = ? AND state = 'pending'",
	/* SQL_IPN: a call owed to the merchant. */
	"INSERT INTO sbx_ipn (transaction_id, url, query, after_id, held, next_attempt_at) "
	"VALUES (?, ?, ?, ?, ?, NOW() + INTERVAL ? SECOND)",
	/* SQL_ATTEMPTED: whether the merchant has had (and answered, or failed) a call. */
	"SELECT COUNT(*) FROM sbx_ipn_attempts WHERE ipn_id = ?",
};

static const struct db_stmts decide_stmts = DB_STMTS("sandbox-decide", sqls);

/* A paid transaction's bank number: VNPay's are 8 digits and more; ours are the row's id from
 * 14 000 000 on, so they never repeat. */
#define SBX_TXN_NO_BASE 14000000LL

/* How long an `early` payer waits for the IPN call to be answered before being sent back anyway:
 * the sender's poll, its 10 s timeout, and some room. */
#define SBX_EARLY_WAIT_MS 20000

/* Queues one IPN call with the query in q. Returns 0 (*id its row) or -1. */
static int
sbx_ipn_add(struct req *req, long long txn_id, const char *url, const char *q, long long after,
    int delay, long long *id)
{
	struct db_arg args[] = { DB_INT(txn_id), DB_STR(url), DB_STR(q),
	    after ? DB_INT(after) : DB_NULL, DB_INT(after != 0), DB_INT(delay) };
	unsigned long long insert_id = 0;

	if (db_exec(req->app->db, &decide_stmts, SQL_IPN, DB_ARGS(args), NULL, &insert_id) == -1)
		return -1;
	*id = (long long)insert_id;
	return 0;
}

/* Queues the IPN calls of a decided transaction as its fault mode says (sbx_faults). Inside the
 * decision's database transaction. Returns 0 (*first the first call, 0 for none) or -1. */
static int
sbx_ipn_queue(struct req *req, const struct sbx_merchant *m, const struct db_result *txn,
    long long *first)
{
	const char *fault = db_cell(txn, 0, SBX_FAULT), *state = db_cell(txn, 0, SBX_STATE);
	long long txn_id = db_cell_ll(txn, 0, SBX_ID, 0), id = 0;
	struct vnp_params p = VNP_PARAMS_INIT;
	struct buf q = BUF_INIT, secret = BUF_INIT;
	int rc = -1, i, delay = 0;

	*first = 0;
	if (strcmp(fault, "lost") == 0)
		return 0;
	sbx_result_params(txn, &p);
	if (strcmp(fault, "amount") == 0)	/* tampered on the way: a thousand đồng more */
		vnp_params_setf(&p, "vnp_Amount", "%lld",
		    db_cell_ll(txn, 0, SBX_AMOUNT, 0) + 100000);
	/* A key that is not the merchant's: the merchant must answer 97. */
	buf_printf(&secret, "%s%s", m->secret, strcmp(fault, "badsig") == 0 ? "-not-the-key" : "");
	if (vnp_signed_query(&p, buf_str(&secret), &q) == -1)
		goto out;
	if (strcmp(fault, "delay") == 0)
		delay = conf_int(req->app->conf, "Sandbox.Ipn.DelaySeconds", 5);
	for (i = 0; i < (strcmp(fault, "duplicate") == 0 ? 10 : 1); i++)
		if (sbx_ipn_add(req, txn_id, m->ipn_url, buf_str(&q), 0, delay, i ? &id : first) == -1)
			goto out;
	if (strcmp(fault, "stale") == 0 && strcmp(state, "paid") == 0) {
		/* After the real call has ended, an old one saying the payer cancelled. */
		vnp_params_set(&p, "vnp_ResponseCode", "24");
		vnp_params_set(&p, "vnp_TransactionStatus", "02");
		buf_reset(&q);
		if (vnp_signed_query(&p, m->secret, &q) == -1 ||
		    sbx_ipn_add(req, txn_id, m->ipn_url, buf_str(&q), *first, 0, &id) == -1)
			goto out;
	}
	rc = 0;
out:
	vnp_params_free(&p);
	buf_free(&q);
	buf_free(&secret);
	return rc;
}

/* Decides pending transaction txn (reloaded into *txn afterwards) and queues its IPN calls, in
 * one database transaction. Returns 1 decided, 0 decided already by someone else, -1 error. */
static int
sbx_decide_txn(struct req *req, const struct sbx_merchant *m, struct db_result **txn,
    long long *first_ipn)
{
	const char *action = req_form(req, "action"), *fault = req_form(req, "fault");
	const char *bank = req_form(req, "bank");
	long long id = db_cell_ll(*txn, 0, SBX_ID, 0), no = id + SBX_TXN_NO_BASE;
	int paid = strcmp(action, "pay") == 0, expired;
	unsigned long long decided = 0;
	char pay_date[15], bank_tran_no[32];
	const char *state, *code;

	expired = db_cell_ll(*txn, 0, SBX_EXPIRES_AT, 0) < (long long)time(NULL);
	state = expired ? "expired" : paid ? "paid" : "cancelled";
	code = expired ? "11" : paid ? "00" : "24";
	paid = paid && !expired;
	vnp_date((long long)time(NULL), pay_date);
	if (fmt_into(bank_tran_no, sizeof(bank_tran_no), "VNP%lld", no) == -1)
		return -1;
	if (db_begin(req->app->db) == -1)
		return -1;
	{
		struct db_arg args[] = { DB_STR(state), DB_STR(code), paid ? DB_INT(no) : DB_NULL,
		    DB_STR(bank ? bank : db_cell(*txn, 0, SBX_BANK)),
		    paid ? DB_STR(bank_tran_no) : DB_NULL, paid ? DB_STR("ATM") : DB_NULL,
		    DB_STR(pay_date), DB_STR(fault ? fault : "none"), DB_INT(id) };

		if (db_exec(req->app->db, &decide_stmts, SQL_DECIDE, DB_ARGS(args), &decided, NULL) == -1)
			goto fail;
	}
	if (decided == 0) {
		db_rollback(req->app->db);
		return 0;
	}
	db_result_free(*txn);
	if (sbx_txn_by_token(req->app->db, req->path_args[0], txn) != 1 ||
	    sbx_ipn_queue(req, m, *txn, first_ipn) == -1)
		goto fail;
	if (db_commit(req->app->db) == -1)
		goto fail;
	log_info("transaction %s of %s: %s (%s), fault %s", db_cell(*txn, 0, SBX_REF), m->code,
	    state, code, fault ? fault : "none");
	return 1;
fail:
	db_rollback(req->app->db);
	return -1;
}

/* The `early` mode: waits until the merchant has had IPN call id (or the wait runs out), so that
 * the call is answered before the payer is back. */
static void
sbx_wait_ipn(struct req *req, long long id)
{
	struct db_arg arg = DB_INT(id);
	struct db_result *res = NULL;
	int waited;

	for (waited = 0; waited < SBX_EARLY_WAIT_MS; waited += 100) {
		if (db_query(req->app->db, &decide_stmts, SQL_ATTEMPTED, DB_ARG(arg), &res) == -1)
			return;
		if (db_cell_ll(res, 0, 0, 0) > 0) {
			db_result_free(res);
			return;
		}
		db_result_free(res);
		usleep(100 * 1000);
	}
	log_warn("IPN call %lld not made within %d ms (is cong-sandbox-ipn running?)", id,
	    SBX_EARLY_WAIT_MS);
}

/*
 * POST /paymentv2/vpcpay.html/{token} (CSRF-checked): action=pay|cancel, bank (one of sbx_banks),
 * fault (one of sbx_faults). 303 to the merchant's return URL with the signed result; the outcome
 * page (409) when the transaction was decided already; 422 when paying without a bank; 404 for a
 * token unknown; 400 for a field out of its choices; 500/503.
 */
int
sbx_decide(struct req *req)
{
	struct db_result *txn = NULL;
	struct sbx_merchant m;
	struct vnp_params p = VNP_PARAMS_INIT;
	struct buf where = BUF_INIT;
	long long first_ipn = 0;
	const char *ret;
	int rc;

	if ((rc = sbx_txn_by_token(req->app->db, req->path_args[0], &txn)) != 1)
		return rc == 0 ? sbx_refuse(req, 404, "91", "Không tìm thấy giao dịch",
		    "Liên kết thanh toán này không đúng hoặc giao dịch không còn.")
		    : req_db_failed(req);
	if (!sbx_merchant_find(req->app->conf, db_cell(txn, 0, SBX_TMN), &m)) {
		rc = sbx_show(req, txn, 404);
		goto out;
	}
	sbx_form_target(req, db_cell(txn, 0, SBX_RETURN_URL));
	if (strcmp(db_cell(txn, 0, SBX_STATE), "pending") != 0) {
		rc = sbx_show(req, txn, 409);
		goto out;
	}
	if (req_form(req, "action") == NULL) {
		rc = sbx_refuse(req, 400, "03", "Giao dịch không hợp lệ",
		    "Vui lòng chọn Thanh toán hoặc Hủy giao dịch trên trang thanh toán.");
		goto out;
	}
	if (strcmp(req_form(req, "action"), "pay") == 0 && req_form(req, "bank") == NULL) {
		req_field_error(req, "bank", "Vui lòng chọn ngân hàng thanh toán.");
		rc = sbx_show(req, txn, 422);
		goto out;
	}
	if ((rc = sbx_decide_txn(req, &m, &txn, &first_ipn)) != 1) {
		if (rc == -1) {
			rc = req_db_failed(req);
			goto out;
		}
		db_result_free(txn);
		if ((rc = sbx_txn_by_token(req->app->db, req->path_args[0], &txn)) != 1) {
			rc = rc == 0 ? 404 : req_db_failed(req);
			goto out;
		}
		rc = sbx_show(req, txn, 409);
		goto out;
	}
	if (first_ipn && strcmp(db_cell(txn, 0, SBX_FAULT), "early") == 0)
		sbx_wait_ipn(req, first_ipn);
	sbx_result_params(txn, &p);
	ret = db_cell(txn, 0, SBX_RETURN_URL);
	buf_printf(&where, "%s%c", ret, strchr(ret, '?') ? '&' : '?');
	if (vnp_signed_query(&p, m.secret, &where) == -1) {
		rc = 500;
		goto out;
	}
	rc = req_redirect(req, 303, "%s", buf_str(&where));
out:
	vnp_params_free(&p);
	buf_free(&where);
	db_result_free(txn);
	return rc;
}
