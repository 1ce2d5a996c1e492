/* payment: settling orders exactly once, expiring them, and the gateway message log. */
#include "config.h"

#include "payment.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "db.h"
#include "log.h"
#include "money.h"

enum {
	SQL_LOCK,
	SQL_PAID,
	SQL_FAILED,
	SQL_CREDIT_DOSSIER,
	SQL_CREDIT_BILL,
	SQL_CREDIT_FINE,
	SQL_REFUND_DUE,
	SQL_DOSSIER_EVENT,
	SQL_EXPIRE,
	SQL_LOG,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_LOCK: the order, locked until the settlement commits: a second message about it waits
	 * here and then sees it settled. */
	"SELECT id, amount, state, kind, COALESCE(dossier_id, bill_id, fine_id) "
	"FROM payment_orders WHERE txn_ref = ? FOR UPDATE",
	/* SQL_PAID */
	"UPDATE payment_orders SET state = 'paid', response_code = ?, gateway_txn_no = ?, "
	"bank_code = ?, card_type = NULLIF(?, ''), pay_date = ?, settled_at = NOW(), settled_by = ? "
	"WHERE id = ?",
	/* SQL_FAILED */
	"UPDATE payment_orders SET state = 'failed', response_code = ?, gateway_txn_no = "
	"NULLIF(?, ''), settled_at = NOW(), settled_by = ? WHERE id = ?",
	/* SQL_CREDIT_DOSSIER..FINE: the thing is credited by the first order paid for it only. */
	"UPDATE dossiers SET fee_order_id = ?, fee_paid_at = NOW() WHERE id = ? AND fee_order_id IS NULL",
	"UPDATE bills SET settled_order_id = ?, settled_at = NOW() WHERE id = ? "
	"AND settled_order_id IS NULL",
	"UPDATE fines SET settled_order_id = ?, settled_at = NOW() WHERE id = ? "
	"AND settled_order_id IS NULL",
	/* SQL_REFUND_DUE */
	"UPDATE payment_orders SET refund_due = 1 WHERE id = ?",
	/* SQL_DOSSIER_EVENT: the payment in the dossier's timeline. */
	"INSERT INTO dossier_events (dossier_id, action, note) VALUES (?, 'pay', ?)",
	/* SQL_EXPIRE */
	"UPDATE payment_orders SET state = 'expired', settled_at = NOW(), settled_by = 'querydr' "
	"WHERE id = ? AND state IN ('created', 'pending')",
	/* SQL_LOG */
	"INSERT INTO payment_messages (order_id, txn_ref, direction, kind, body, verdict, remote_addr) "
	"VALUES (NULLIF(?, 0), ?, ?, ?, ?, ?, ?)",
};

static const struct db_stmts payment_stmts = DB_STMTS("payment", sqls);

enum { O_ID, O_AMOUNT, O_STATE, O_KIND, O_THING };

const char *
payment_verdict_name(enum pay_verdict verdict)
{
	switch (verdict) {
	case PAY_CONFIRMED:	return "00 confirmed";
	case PAY_UNKNOWN_ORDER:	return "01 order not found";
	case PAY_ALREADY:	return "02 already confirmed";
	case PAY_BAD_AMOUNT:	return "04 wrong amount";
	case PAY_BAD_SIGNATURE:	return "97 bad signature";
	case PAY_FAILURE:	break;
	}
	return "99 error";
}

int
payment_log(struct db *db, long long order_id, const char *txn_ref, const char *direction,
    const char *kind, const char *body, const char *verdict, const char *remote_addr)
{
	struct db_arg args[] = { DB_INT(order_id), DB_STRN(txn_ref ? txn_ref : "",
	    txn_ref ? strnlen(txn_ref, 100) : 0), DB_STR(direction), DB_STR(kind),
	    DB_STR(body ? body : ""), DB_STR(verdict ? verdict : ""),
	    DB_STR(remote_addr ? remote_addr : "") };

	return db_exec(db, &payment_stmts, SQL_LOG, DB_ARGS(args), NULL, NULL);
}

/* Credits the order's thing. Returns 1 credited, 0 credited by another order before, -1 error. */
static int
payment_credit(struct db *db, const struct db_result *order, long long id)
{
	const char *kind = db_cell(order, 0, O_KIND);
	long long thing = db_cell_ll(order, 0, O_THING, 0);
	int sql = strcmp(kind, "dossier") == 0 ? SQL_CREDIT_DOSSIER
	    : strcmp(kind, "bill") == 0 ? SQL_CREDIT_BILL : SQL_CREDIT_FINE;
	struct db_arg args[] = { DB_INT(id), DB_INT(thing) };
	unsigned long long credited = 0;

	if (db_exec(db, &payment_stmts, sql, DB_ARGS(args), &credited, NULL) == -1)
		return -1;
	if (credited && sql == SQL_CREDIT_DOSSIER) {
		struct buf note = BUF_INIT;
		struct db_arg ev[2];
		int rc;

		buf_puts(&note, "Đã nộp phí, lệ phí trực tuyến: ");
		money_figures(db_cell_ll(order, 0, O_AMOUNT, 0), &note);
		buf_puts(&note, " đồng.");
		ev[0] = DB_INT(thing);
		ev[1] = DB_STR(buf_str(&note));
		rc = db_exec(db, &payment_stmts, SQL_DOSSIER_EVENT, DB_ARGS(ev), NULL, NULL);
		buf_free(&note);
		if (rc == -1)
			return -1;
	}
	return credited ? 1 : 0;
}

/* The checks and the writes, in the transaction. Returns the verdict. */
static enum pay_verdict
payment_settle_locked(struct db *db, const struct pay_outcome *o, const char *by,
    long long *order_id)
{
	struct db_arg ref = DB_STR(o->txn_ref);
	struct db_result *order = NULL;
	enum pay_verdict verdict = PAY_FAILURE;
	const char *state;
	long long id;
	int credited;

	if (db_query(db, &payment_stmts, SQL_LOCK, DB_ARG(ref), &order) == -1)
		return PAY_FAILURE;
	if (order->nrows == 0) {
		verdict = PAY_UNKNOWN_ORDER;
		goto out;
	}
	id = *order_id = db_cell_ll(order, 0, O_ID, 0);
	state = db_cell(order, 0, O_STATE);
	if (o->amount != db_cell_ll(order, 0, O_AMOUNT, 0)) {
		verdict = PAY_BAD_AMOUNT;
		goto out;
	}
	/* Settled already: paid, failed or refunded. An expired order can still be paid: the
	 * gateway took the money after the portal gave up on it, and the money is what counts. */
	if (strcmp(state, "paid") == 0 || strcmp(state, "failed") == 0 ||
	    strcmp(state, "refunded") == 0 || (strcmp(state, "expired") == 0 &&
	    o->state != PAY_STATE_PAID)) {
		verdict = PAY_ALREADY;
		goto out;
	}
	if (o->state == PAY_STATE_PAID) {
		struct db_arg args[] = { DB_STR(o->response_code), DB_STR(o->gateway_txn_no),
		    DB_STR(o->bank_code), DB_STR(o->card_type), DB_STR(o->pay_date), DB_STR(by),
		    DB_INT(id) };

		if (db_exec(db, &payment_stmts, SQL_PAID, DB_ARGS(args), NULL, NULL) == -1 ||
		    (credited = payment_credit(db, order, id)) == -1)
			goto out;
		if (credited == 0) {
			struct db_arg due = DB_INT(id);

			log_warn("payment %s paid for a thing another order paid: refund due",
			    o->txn_ref);
			if (db_exec(db, &payment_stmts, SQL_REFUND_DUE, DB_ARG(due), NULL, NULL) == -1)
				goto out;
		}
	} else {
		struct db_arg args[] = { DB_STR(o->response_code), DB_STR(o->gateway_txn_no),
		    DB_STR(by), DB_INT(id) };

		if (db_exec(db, &payment_stmts, SQL_FAILED, DB_ARGS(args), NULL, NULL) == -1)
			goto out;
	}
	verdict = PAY_CONFIRMED;
out:
	db_result_free(order);
	return verdict;
}

enum pay_verdict
payment_settle(struct db *db, const struct pay_outcome *outcome, const char *by, const char *kind,
    const char *body, const char *remote_addr, long long *order_id)
{
	enum pay_verdict verdict;

	*order_id = 0;
	if (outcome->state != PAY_STATE_PAID && outcome->state != PAY_STATE_FAILED)
		return PAY_FAILURE;
	if (db_begin(db) == -1)
		return PAY_FAILURE;
	verdict = payment_settle_locked(db, outcome, by, order_id);
	if (verdict == PAY_CONFIRMED) {
		if ((body && payment_log(db, *order_id, outcome->txn_ref, "in", kind, body,
		        payment_verdict_name(verdict), remote_addr) == -1) || db_commit(db) == -1) {
			db_rollback(db);
			verdict = PAY_FAILURE;
		} else {
			return verdict;
		}
	} else {
		db_rollback(db);
	}
	/* Refused, or failed: nothing changed, but the message is kept. */
	if (body && payment_log(db, *order_id, outcome->txn_ref, "in", kind, body,
	        payment_verdict_name(verdict), remote_addr) == -1)
		log_err("payment %s: the %s message could not be logged", outcome->txn_ref, kind);
	return verdict;
}

int
payment_expire(struct db *db, long long order_id)
{
	struct db_arg id = DB_INT(order_id);
	unsigned long long changed = 0;

	if (db_exec(db, &payment_stmts, SQL_EXPIRE, DB_ARG(id), &changed, NULL) == -1)
		return -1;
	return changed ? 1 : 0;
}
