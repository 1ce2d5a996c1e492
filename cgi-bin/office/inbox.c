/* office: the inbox — the dossiers routed to the official's agency, overdue first, then by due
 * date, filtered by status, procedure and due date. */
#include "office.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "db.h"
#include "pager.h"
#include "sess.h"
#include "url.h"

#define INBOX_PER_PAGE 20

enum {
	SQL_COUNT,
	SQL_LIST,
	SQL_PROCEDURES,
	SQL__MAX
};

/* The filters, each off when its parameter is '': the same text for the count and the page. */
#define INBOX_WHERE "FROM dossiers d JOIN procedures p ON p.id = d.procedure_id " \
	"WHERE d.agency_id = ? AND d.status <> 'draft' AND (? = '' OR d.code = ?) " \
	"AND (? = '' OR d.status = ?) " \
	"AND (? = '' OR p.code = ?) " \
	"AND (? = '' OR (? = 'overdue' AND d.due_date < CURDATE() " \
	"AND d.status IN ('submitted','received','processing')) " \
	"OR (? = 'week' AND d.due_date BETWEEN CURDATE() AND CURDATE() + INTERVAL 7 DAY)) "

static const char *const sqls[SQL__MAX] = {
	/* SQL_COUNT */
	"SELECT COUNT(*) " INBOX_WHERE,
	/* SQL_LIST: overdue first (what is still open past its date), then the nearest due date. */
	"SELECT d.code, d.status, p.name AS procedure_name, d.applicant_name, "
	"DATE_FORMAT(d.submitted_at, '%d/%m/%Y') AS submitted, "
	"DATE_FORMAT(d.due_date, '%d/%m/%Y') AS due, "
	"d.due_date < CURDATE() AND d.status IN ('submitted','received','processing') AS overdue "
	INBOX_WHERE "ORDER BY overdue DESC, d.due_date IS NULL, d.due_date, d.id LIMIT ? OFFSET ?",
	/* SQL_PROCEDURES: the procedures the agency has dossiers of, for the filter. */
	"SELECT DISTINCT p.code, p.name FROM dossiers d JOIN procedures p ON p.id = d.procedure_id "
	"WHERE d.agency_id = ? AND d.status <> 'draft' ORDER BY p.name LIMIT 200",
};

static const struct db_stmts inbox_stmts = DB_STMTS("inbox", sqls);

/*
 * GET /office[?code=&status=&procedure=&due=overdue|week&page=] (staff): 200, 500/503.
 */
int
office_inbox(struct req *req)
{
	const char *code = req_form(req, "code") ? req_form(req, "code") : "";
	const char *status = req_form(req, "status") ? req_form(req, "status") : "";
	const char *proc = req_form(req, "procedure") ? req_form(req, "procedure") : "";
	const char *due = req_form(req, "due") ? req_form(req, "due") : "";
	int page = req_form_int(req, "page", 1), rc;
	long long agency = req->sess->agency_id, total;
	struct db_result *res = NULL;
	struct buf base = BUF_INIT;
	/* The filter's ten arguments, then (for the list) the page's two. */
	struct db_arg filter[] = { DB_INT(agency), DB_STR(code), DB_STR(code), DB_STR(status),
	    DB_STR(status), DB_STR(proc), DB_STR(proc), DB_STR(due), DB_STR(due), DB_STR(due) };
	struct db_arg args[] = { DB_INT(agency), DB_STR(code), DB_STR(code), DB_STR(status),
	    DB_STR(status), DB_STR(proc), DB_STR(proc), DB_STR(due), DB_STR(due), DB_STR(due),
	    DB_INT(INBOX_PER_PAGE), DB_INT(pager_offset(page, INBOX_PER_PAGE)) };
	struct db_arg aid = DB_INT(agency);

	req_set(req, "Page.Title", "Hồ sơ cần xử lý");
	req->template = "office/inbox.cs";
	req->cache_private = 1;
	if (db_query(req->app->db, &inbox_stmts, SQL_COUNT, DB_ARGS(filter), &res) == -1)
		return req_db_failed(req);
	total = db_cell_ll(res, 0, 0, 0);
	db_result_free(res);
	if (db_query_to_hdf(req->app->db, &inbox_stmts, SQL_LIST, DB_ARGS(args), req->hdf, "Dossiers") == -1 ||
	    db_query_to_hdf(req->app->db, &inbox_stmts, SQL_PROCEDURES, DB_ARG(aid), req->hdf,
	    "Procedures") == -1)
		return req_db_failed(req);
	buf_puts(&base, "/office?code=");
	url_encode(code, &base);
	buf_puts(&base, "&status=");
	url_encode(status, &base);
	buf_puts(&base, "&procedure=");
	url_encode(proc, &base);
	buf_puts(&base, "&due=");
	url_encode(due, &base);
	rc = pager_set(req, buf_str(&base), total, page, INBOX_PER_PAGE);
	buf_free(&base);
	if (rc == -1)
		return 500;
	req_set_int(req, "Inbox.Total", total);
	return 200;
}
