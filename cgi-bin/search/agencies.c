/* search: the list of agencies (/agencies) and one agency with its procedures (/agencies/{code}). */
#include "search.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "db.h"
#include "fmt.h"
#include "fold.h"
#include "pager.h"
#include "url.h"

#define AGENCIES_PER_PAGE 40

enum {
	SQL_AGENCY_COUNT,
	SQL_AGENCY_LIST,
	SQL_AGENCY,
	SQL_AGENCY_CHILDREN,
	SQL_AGENCY_PROC_COUNT,
	SQL_AGENCY_PROCS,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_AGENCY_COUNT: agencies whose folded name has the folded words, at a level. */
	"SELECT COUNT(*) FROM agencies a WHERE a.folded_name LIKE ? "
	"AND (? = '' OR a.agency_level = ?)",
	/* SQL_AGENCY_LIST: one page of them, with how many procedures each handles. */
	"SELECT a.code, a.name, a.agency_level, "
	"(SELECT COUNT(*) FROM procedures p WHERE p.agency_id = a.id) AS procedures "
	"FROM agencies a WHERE a.folded_name LIKE ? AND (? = '' OR a.agency_level = ?) "
	"ORDER BY FIELD(a.agency_level, 'central', 'province', 'branch', 'commune'), a.name "
	"LIMIT ? OFFSET ?",
	/* SQL_AGENCY: one agency, with its parent and the unit it serves. */
	"SELECT a.id, a.code, a.name, a.agency_level, a.address, a.phone, a.email, a.website, "
	"pa.code AS parent_code, pa.name AS parent, u.full_name AS unit "
	"FROM agencies a LEFT JOIN agencies pa ON pa.id = a.parent_id "
	"LEFT JOIN admin_units u ON u.code = a.unit_code WHERE a.code = ?",
	/* SQL_AGENCY_CHILDREN: agencies under it. */
	"SELECT code, name FROM agencies WHERE parent_id = ? ORDER BY name LIMIT 200",
	/* SQL_AGENCY_PROC_COUNT */
	"SELECT COUNT(*) FROM procedures WHERE agency_id = ?",
	/* SQL_AGENCY_PROCS: one page of its procedures, most used first. */
	"SELECT p.code, p.name, p.online_level, p.audience, p.levels FROM procedures p "
	"WHERE p.agency_id = ? ORDER BY p.popularity DESC, p.id LIMIT ? OFFSET ?",
};

static const struct db_stmts agency_stmts = DB_STMTS("agencies", sqls);

/*
 * GET /agencies?q=&level=&page=: agencies, by level, with a name filter that ignores marks.
 * 200, or 500/503 on database failure.
 */
int
search_agencies(struct req *req)
{
	const char *q = req_form(req, "q"), *level = req_form(req, "level");
	int page = req_form_int(req, "page", 1), status = 200;
	struct buf like = BUF_INIT, base = BUF_INIT, link = BUF_INIT;
	struct db_result *res = NULL;
	struct db_arg filter[3], page_args[5];
	char name[64];
	long long total;
	size_t i;

	/* Folded words only: letters, digits and spaces, so no LIKE wildcard comes from the user. */
	buf_putc(&like, '%');
	if (q)
		fold_words(q, strlen(q), &like);
	buf_putc(&like, '%');
	filter[0] = page_args[0] = DB_STR(buf_str(&like));
	filter[1] = page_args[1] = DB_STR(level ? level : "");
	filter[2] = page_args[2] = DB_STR(level ? level : "");
	if (db_query(req->app->db, &agency_stmts, SQL_AGENCY_COUNT, DB_ARGS(filter), &res) == -1)
		goto db_failed;
	total = db_cell_ll(res, 0, 0, 0);
	db_result_free(res);
	page_args[3] = DB_INT(AGENCIES_PER_PAGE);
	page_args[4] = DB_INT(pager_offset(page, AGENCIES_PER_PAGE));
	if (db_query(req->app->db, &agency_stmts, SQL_AGENCY_LIST, DB_ARGS(page_args), &res) == -1)
		goto db_failed;
	db_result_to_hdf(res, req->hdf, "Agencies");
	for (i = 0; i < res->nrows; i++)
		if (fmt_into(name, sizeof(name), "Agencies.%zu.LevelLabel", i) == -1 ||
		    req_set(req, name, search_agency_level_label(db_cell(res, i, 2))) == -1)
			goto failed;
	url_query_add(&base, "q", q);
	url_query_add(&base, "level", level);
	buf_printf(&link, "/agencies%s%s", base.len ? "?" : "", buf_str(&base));
	if (pager_set(req, buf_str(&link), total, page, AGENCIES_PER_PAGE) == -1)
		goto failed;
	req_set(req, "Page.Title", "Cơ quan thực hiện thủ tục");
	req->template = "search/agencies.cs";
	goto out;
failed:
	status = 500;
	goto out;
db_failed:
	status = req_db_failed(req);
out:
	db_result_free(res);
	buf_free(&like);
	buf_free(&base);
	buf_free(&link);
	return status;
}

/*
 * GET /agencies/{code}?page=: the agency, the agencies under it, and its procedures.
 * 200, 404 for an unknown code, 500/503 on database failure.
 */
int
search_agency(struct req *req)
{
	const char *code = req->path_args[0];
	int page = req_form_int(req, "page", 1), status = 200;
	struct db_result *agency = NULL, *res = NULL;
	struct db_arg arg, page_args[3];
	struct buf link = BUF_INIT;
	char name[64];
	long long total;
	size_t i;

	arg = DB_STR(code);
	if (db_query(req->app->db, &agency_stmts, SQL_AGENCY, DB_ARG(arg), &agency) == -1)
		return req_db_failed(req);
	if (agency->nrows == 0) {
		req_error(req, "Không có cơ quan nào mang mã này.");
		status = 404;
		goto out;
	}
	db_row_to_hdf(agency, 0, req->hdf, "Agency");
	req_set(req, "Agency.LevelLabel", search_agency_level_label(db_cell(agency, 0, 3)));
	arg = page_args[0] = DB_STR(db_cell(agency, 0, 0));
	if (db_query(req->app->db, &agency_stmts, SQL_AGENCY_CHILDREN, DB_ARG(arg), &res) == -1)
		goto db_failed;
	db_result_to_hdf(res, req->hdf, "Children");
	db_result_free(res);
	res = NULL;
	if (db_query(req->app->db, &agency_stmts, SQL_AGENCY_PROC_COUNT, DB_ARG(arg), &res) == -1)
		goto db_failed;
	total = db_cell_ll(res, 0, 0, 0);
	db_result_free(res);
	page_args[1] = DB_INT(SEARCH_PER_PAGE);
	page_args[2] = DB_INT(pager_offset(page, SEARCH_PER_PAGE));
	if (db_query(req->app->db, &agency_stmts, SQL_AGENCY_PROCS, DB_ARGS(page_args), &res) == -1)
		goto db_failed;
	db_result_to_hdf(res, req->hdf, "Procedures");
	for (i = 0; i < res->nrows; i++)
		if (fmt_into(name, sizeof(name), "Procedures.%zu", i) == -1 ||
		    search_set_labels(req, name, db_cell(res, i, 2), db_cell(res, i, 3),
		        db_cell(res, i, 4)) == -1)
			goto failed;
	buf_puts(&link, "/agencies/");
	url_encode(code, &link);
	if (pager_set(req, buf_str(&link), total, page, SEARCH_PER_PAGE) == -1)
		goto failed;
	req_set(req, "Page.Title", db_cell(agency, 0, 2));
	req->template = "search/agency.cs";
	goto out;
failed:
	status = 500;
	goto out;
db_failed:
	status = req_db_failed(req);
out:
	db_result_free(agency);
	db_result_free(res);
	buf_free(&link);
	return status;
}
