/* office: the payments made to the official's agency — totals per day and each payment — so that
 * an agency can match them against its bank statement. An admin sees every payment. */
#include "office.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "buf.h"
#include "db.h"
#include "pager.h"
#include "sess.h"
#include "url.h"
#include "workdays.h"

#define PAYMENTS_PER_PAGE 50
#define PAYMENTS_MAX_DAYS 366

enum {
	SQL_DAYS,
	SQL_COUNT,
	SQL_LIST,
	SQL__MAX
};

/* Every query: paid orders settled within [from, to] (days, inclusive) of the agency, or of any
 * agency (and billers) when the agency is 0 (an admin). */
#define PAYMENTS_WHERE \
	"WHERE o.state IN ('paid', 'refunded') AND o.settled_at >= ? AND o.settled_at < ? + INTERVAL 1 DAY " \
	"AND (? = 0 OR o.agency_id = ?) "

static const char *const sqls[SQL__MAX] = {
	/* SQL_DAYS: the totals per day, newest first. */
	"SELECT DATE_FORMAT(DATE(o.settled_at), '%d/%m/%Y') AS day, COUNT(*) AS count, "
	"REPLACE(FORMAT(SUM(o.amount), 0), ',', '.') AS total, SUM(o.refund_due) AS refunds "
	"FROM payment_orders o " PAYMENTS_WHERE "GROUP BY DATE(o.settled_at) ORDER BY DATE(o.settled_at) DESC",
	/* SQL_COUNT */
	"SELECT COUNT(*), REPLACE(FORMAT(COALESCE(SUM(o.amount), 0), 0), ',', '.') "
	"FROM payment_orders o " PAYMENTS_WHERE,
	/* SQL_LIST */
	"SELECT o.txn_ref, o.kind, o.description, o.payer_name AS payer, "
	"REPLACE(FORMAT(o.amount, 0), ',', '.') AS amount, o.gateway_txn_no, o.settled_by, "
	"o.refund_due, o.state, DATE_FORMAT(o.settled_at, '%H:%i:%s %d/%m/%Y') AS settled, "
	"COALESCE(d.code, '') AS dossier_code "
	"FROM payment_orders o LEFT JOIN dossiers d ON d.id = o.dossier_id " PAYMENTS_WHERE
	"ORDER BY o.settled_at DESC, o.id DESC LIMIT ? OFFSET ?",
};

static const struct db_stmts payments_stmts = DB_STMTS("payments", sqls);

/* Reads a YYYY-MM-DD field into *day; absent: def. Returns 0, or -1 (the field's error set). */
static int
payments_day(struct req *req, const char *name, long def, long *day)
{
	const char *s = req_form(req, name);

	*day = def;
	if (s == NULL || *s == '\0')
		return 0;
	if ((*day = workdays_parse(s)) == WORKDAYS_INVALID) {
		req_field_error(req, name, "Ngày không hợp lệ; hãy nhập theo dạng năm-tháng-ngày.");
		return -1;
	}
	return 0;
}

/*
 * GET /office/payments?from=&to=&page= (officials of an agency, admins): the payments settled in
 * the range (the last 30 days by default, at most a year), totals per day and in all, and each
 * payment, newest first, paginated. 422 for a bad range (shown with the form).
 */
int
office_payments(struct req *req)
{
	long today, from, to;
	long long agency = req->sess->role == ROLE_ADMIN ? 0 : req->sess->agency_id;
	int page = req_form_int(req, "page", 1), bad;
	char from_s[11], to_s[11];
	struct db_result *count = NULL;
	struct buf base = BUF_INIT;
	int rc = 200;

	req_set(req, "Page.Title", "Thanh toán trực tuyến");
	req->template = "office/payments.cs";
	req->cache_private = 1;
	/* Days in Vietnam's time: a payment at 6:30 on the 1st is the 1st's. */
	today = (long)((time(NULL) + 7 * 3600) / 86400);
	bad = payments_day(req, "from", today - 29, &from) | payments_day(req, "to", today, &to);
	if (!bad && (to < from || to - from >= PAYMENTS_MAX_DAYS)) {
		req_field_error(req, "to", "Khoảng thời gian phải từ 1 ngày đến 1 năm, ngày cuối không "
		    "trước ngày đầu.");
		bad = -1;
	}
	if (bad)
		return 422;
	workdays_format(from, from_s);
	workdays_format(to, to_s);
	req_set(req, "Range.from", from_s);
	req_set(req, "Range.to", to_s);
	req_set_int(req, "Range.all", agency == 0);
	{
		struct db_arg filter[] = { DB_STR(from_s), DB_STR(to_s), DB_INT(agency), DB_INT(agency) };
		struct db_arg args[] = { DB_STR(from_s), DB_STR(to_s), DB_INT(agency), DB_INT(agency),
		    DB_INT(PAYMENTS_PER_PAGE), DB_INT(pager_offset(page, PAYMENTS_PER_PAGE)) };

		if (db_query_to_hdf(req->app->db, &payments_stmts, SQL_DAYS, DB_ARGS(filter), req->hdf,
		        "Days") == -1 ||
		    db_query(req->app->db, &payments_stmts, SQL_COUNT, DB_ARGS(filter), &count) == -1 ||
		    db_query_to_hdf(req->app->db, &payments_stmts, SQL_LIST, DB_ARGS(args), req->hdf,
		        "Payments") == -1) {
			db_result_free(count);
			return req_db_failed(req);
		}
	}
	req_set(req, "Range.total", db_cell(count, 0, 1));
	buf_printf(&base, "/office/payments?from=%s&to=%s&", from_s, to_s);
	if (pager_set(req, buf_str(&base), db_cell_ll(count, 0, 0, 0), page,
	        PAYMENTS_PER_PAGE) == -1)
		rc = 500;
	db_result_free(count);
	buf_free(&base);
	return rc;
}
