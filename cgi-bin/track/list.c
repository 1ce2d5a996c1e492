/* track: the applicant's dossiers — drafts on top, then what was filed, newest first. */
#include "track.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "db.h"
#include "pager.h"
#include "sess.h"
#include "url.h"

#define LIST_PER_PAGE 20
#define LIST_DRAFTS_MAX 50	/* a draft is kept for a while; more than this is not a list */

enum {
	SQL_DRAFTS,
	SQL_COUNT,
	SQL_PAGE,
	SQL__MAX
};

/* One statement for "any status" and "this status": the empty string stands for any. */
#define LIST_WHERE "WHERE d.user_id = ? AND d.status <> 'draft' AND (? = '' OR d.status = ?) "

static const char *const sqls[SQL__MAX] = {
	/* SQL_DRAFTS: the user's drafts, the one last worked on first. */
	"SELECT d.id, p.name AS `procedure`, DATE_FORMAT(d.updated_at, '%H:%i %d/%m/%Y') AS saved "
	"FROM dossiers d JOIN procedures p ON p.id = d.procedure_id "
	"WHERE d.user_id = ? AND d.status = 'draft' ORDER BY d.updated_at DESC, d.id DESC LIMIT ?",
	/* SQL_COUNT: how many filed dossiers the filter keeps, for the pager. */
	"SELECT COUNT(*) FROM dossiers d " LIST_WHERE,
	/* SQL_PAGE: one page of them, newest first; overdue only while the clock runs. */
	"SELECT d.code, p.name AS `procedure`, d.status, "
	"DATE_FORMAT(d.submitted_at, '%d/%m/%Y') AS submitted, DATE_FORMAT(d.due_date, '%d/%m/%Y') AS due, "
	"d.due_date < CURDATE() AND d.status IN ('submitted', 'received', 'processing') AS overdue, "
	"COALESCE(a.name, '') AS agency "
	"FROM dossiers d JOIN procedures p ON p.id = d.procedure_id "
	"LEFT JOIN agencies a ON a.id = d.agency_id " LIST_WHERE
	"ORDER BY d.submitted_at DESC, d.id DESC LIMIT ? OFFSET ?",
};

static const struct db_stmts list_stmts = DB_STMTS("list", sqls);

/*
 * GET /dossiers?status=&page= (login required): the user's drafts (unless another status is
 * chosen) and one page of the dossiers filed, with the pager. 200; 500/503.
 */
int
track_list(struct req *req)
{
	struct db *db = req->app->db;
	const char *status = req_form(req, "status");
	long long uid = req->sess->user_id, total;
	int page = req_form_int(req, "page", 1);
	struct db_result *res = NULL;
	struct buf base = BUF_INIT;
	char name[48];
	size_t i;

	if (status == NULL)
		status = "";
	if (status[0] == '\0' || strcmp(status, "draft") == 0) {
		struct db_arg args[] = { DB_INT(uid), DB_INT(LIST_DRAFTS_MAX) };

		if (db_query(db, &list_stmts, SQL_DRAFTS, DB_ARGS(args), &res) == -1)
			return req_db_failed(req);
		db_result_to_hdf(res, req->hdf, "Drafts");
		db_result_free(res);
	}
	if (strcmp(status, "draft") != 0) {
		struct db_arg filter[] = { DB_INT(uid), DB_STR(status), DB_STR(status) };
		struct db_arg args[] = { DB_INT(uid), DB_STR(status), DB_STR(status),
		    DB_INT(LIST_PER_PAGE), DB_INT(pager_offset(page, LIST_PER_PAGE)) };

		if (db_query(db, &list_stmts, SQL_COUNT, DB_ARGS(filter), &res) == -1)
			return req_db_failed(req);
		total = db_cell_ll(res, 0, 0, 0);
		db_result_free(res);
		if (db_query(db, &list_stmts, SQL_PAGE, DB_ARGS(args), &res) == -1)
			return req_db_failed(req);
		db_result_to_hdf(res, req->hdf, "Dossiers");
		db_result_free(res);
		buf_puts(&base, "/dossiers");
		if (status[0]) {
			buf_puts(&base, "?status=");
			url_encode(status, &base);
		}
		int rc = pager_set(req, buf_str(&base), total, page, LIST_PER_PAGE);

		buf_free(&base);
		if (rc == -1)
			return 500;
		req_set(req, "List.Filed", "1");
	}
	/* The filter's choices, from the one list the page table checks against. */
	for (i = 0; track_statuses[i]; i++) {
		hdf_name_index(name, sizeof(name), "Choices.Statuses.", i, "");
		req_set(req, name, track_statuses[i]);
	}
	req_set(req, "Page.Title", "Hồ sơ của tôi");
	req->template = "track/list.cs";
	req->cache_private = 1;
	return 200;
}
