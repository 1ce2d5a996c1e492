/* track: one dossier of the applicant — what was filed, its files, its timeline, what an official
 * asks for, the result and the rating. */
#include "track.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "db.h"
#include "sess.h"

enum {
	SQL_DOSSIER,
	SQL_VALUES,
	SQL_FILES,
	SQL_EVENTS,
	SQL_REQUEST,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_DOSSIER: the user's dossier by code, never a draft (drafts belong to /drafts). The
	 * columns are enum track_col; a due date is overdue only while the clock runs. */
	"SELECT d.id, d.code, d.status, p.name AS `procedure`, COALESCE(a.name, '') AS agency, "
	"DATE_FORMAT(d.submitted_at, '%H:%i %d/%m/%Y') AS submitted, "
	"DATE_FORMAT(d.due_date, '%d/%m/%Y') AS due, "
	"d.due_date < CURDATE() AND d.status IN ('submitted', 'received', 'processing') AS overdue, "
	"d.days_left, d.applicant_name AS applicant, d.applicant_idnum AS idnum, d.rating, "
	"d.rating_comment, DATE_FORMAT(d.rated_at, '%H:%i %d/%m/%Y') AS rated, "
	"d.fee_amount, REPLACE(FORMAT(d.fee_amount, 0), ',', '.') AS fee, "
	"(SELECT txn_ref FROM payment_orders WHERE id = d.fee_order_id) AS fee_receipt, "
	"DATE_FORMAT(d.fee_paid_at, '%H:%i %d/%m/%Y') AS fee_paid "
	"FROM dossiers d JOIN procedures p ON p.id = d.procedure_id "
	"LEFT JOIN agencies a ON a.id = d.agency_id "
	"WHERE d.code = ? AND d.user_id = ? AND d.status <> 'draft'",
	/* SQL_VALUES: the values typed, labelled by the procedure's fields, in the form's order;
	 * dates as the page writes them. */
	"SELECT f.label, f.kind, "
	"IF(f.kind = 'date', COALESCE(DATE_FORMAT(STR_TO_DATE(v.value, '%Y-%m-%d'), '%d/%m/%Y'), "
	"v.value), v.value) AS value "
	"FROM dossier_values v JOIN dossiers d ON d.id = v.dossier_id "
	"JOIN procedure_fields f ON f.procedure_id = d.procedure_id AND f.name = v.name "
	"WHERE v.dossier_id = ? ORDER BY f.ord",
	/* SQL_FILES: every file of the dossier, documents first (in the procedure's order), then
	 * supplements, then the result; sizes as people read them. */
	"SELECT df.id, df.role, df.filename, COALESCE(pd.name, '') AS document, f.mime, "
	"IF(f.size >= 1048576, CONCAT(REPLACE(FORMAT(f.size / 1048576, 1), '.', ','), ' MB'), "
	"CONCAT(GREATEST(1, ROUND(f.size / 1024)), ' KB')) AS size, "
	"DATE_FORMAT(df.created_at, '%H:%i %d/%m/%Y') AS added "
	"FROM dossier_files df JOIN files f ON f.id = df.file_id "
	"LEFT JOIN procedure_documents pd ON pd.id = df.document_id "
	"WHERE df.dossier_id = ? ORDER BY df.role, pd.ord, df.id",
	/* SQL_EVENTS: the timeline, oldest first; mine says the applicant did it. */
	"SELECT DATE_FORMAT(e.at, '%H:%i %d/%m/%Y') AS at, e.actor_id = d.user_id AS mine, "
	"COALESCE(u.full_name, '') AS actor, e.action, e.from_status, e.to_status, e.note "
	"FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id "
	"LEFT JOIN users u ON u.id = e.actor_id "
	"WHERE e.dossier_id = ? ORDER BY e.at, e.id",
	/* SQL_REQUEST: what the official asks for, while the request is open. */
	"SELECT r.documents, r.reason, DATE_FORMAT(e.at, '%H:%i %d/%m/%Y') AS asked "
	"FROM dossier_requests r LEFT JOIN dossier_events e ON e.id = r.event_id "
	"WHERE r.dossier_id = ? AND r.resolved_at IS NULL ORDER BY r.id DESC LIMIT 1",
};

static const struct db_stmts dossier_stmts = DB_STMTS("dossier", sqls);

int
track_not_found(struct req *req)
{
	req_error(req, "Không tìm thấy hồ sơ này trong tài khoản của bạn. Vui lòng kiểm tra lại mã "
	    "hồ sơ, hoặc mở mục «Hồ sơ của tôi» để xem các hồ sơ bạn đã nộp.");
	return 404;
}

int
track_load(struct req *req, struct db_result **out)
{
	struct db_arg args[] = { DB_STR(req->path_args[0]), DB_INT(req->sess->user_id) };

	*out = NULL;
	if (db_query(req->app->db, &dossier_stmts, SQL_DOSSIER, DB_ARGS(args), out) == -1)
		return -1;
	if ((*out)->nrows == 1)
		return 1;
	db_result_free(*out);
	*out = NULL;
	track_not_found(req);
	return 0;
}

/* Files.N for what the applicant gave (documents and supplements), Results.N for the result,
 * which the page shows in a section of its own. Returns 0 or -1. */
static int
dossier_files(struct req *req, long long id)
{
	struct db_arg arg = DB_INT(id);
	struct db_result *res = NULL;
	char name[48];
	size_t r, nfiles = 0, nresults = 0;
	int rc = 0;

	if (db_query(req->app->db, &dossier_stmts, SQL_FILES, DB_ARG(arg), &res) == -1)
		return -1;
	for (r = 0; r < res->nrows && rc == 0; r++) {
		if (strcmp(db_cell(res, r, 1), "result") == 0)
			hdf_name_index(name, sizeof(name), "Results.", nresults++, "");
		else
			hdf_name_index(name, sizeof(name), "Files.", nfiles++, "");
		rc = db_row_to_hdf(res, r, req->hdf, name);
	}
	db_result_free(res);
	return rc;
}

/* Request.{reason,asked} and Request.Documents.N, one per line of what the official wrote.
 * Returns 0 or -1. */
static int
dossier_request(struct req *req, long long id)
{
	struct db_arg arg = DB_INT(id);
	struct db_result *res = NULL;
	const char *p, *end;
	char name[48];
	size_t n = 0;

	if (db_query(req->app->db, &dossier_stmts, SQL_REQUEST, DB_ARG(arg), &res) == -1)
		return -1;
	if (res->nrows == 1) {
		req_set(req, "Request.reason", db_cell(res, 0, 1));
		req_set(req, "Request.asked", db_cell(res, 0, 2));
		for (p = db_cell(res, 0, 0); *p; p = *end ? end + 1 : end) {
			char *line;
			size_t len;

			end = p + strcspn(p, "\n");
			len = (size_t)(end - p);
			while (len > 0 && (p[len - 1] == '\r' || p[len - 1] == ' ' || p[len - 1] == '\t'))
				len--;
			while (len > 0 && (*p == ' ' || *p == '\t' || *p == '-' || *p == '*')) {
				p++;	/* a list the official typed with dashes is the same list */
				len--;
			}
			if (len == 0)
				continue;
			line = xstrndup(p, len);
			hdf_name_index(name, sizeof(name), "Request.Documents.", n++, "");
			req_set(req, name, line);
			free(line);
		}
	}
	db_result_free(res);
	return 0;
}

int
track_dossier_fill(struct req *req, const struct db_result *dossier)
{
	long long id = db_cell_ll(dossier, 0, TRACK_ID, 0);
	const char *status = db_cell(dossier, 0, TRACK_STATUS);
	struct db_arg arg = DB_INT(id);
	struct db *db = req->app->db;

	if (db_row_to_hdf(dossier, 0, req->hdf, "Dossier") == -1)
		return -1;
	if (db_query_to_hdf(db, &dossier_stmts, SQL_VALUES, DB_ARG(arg), req->hdf, "Values") == -1 ||
	    dossier_files(req, id) == -1 ||
	    db_query_to_hdf(db, &dossier_stmts, SQL_EVENTS, DB_ARG(arg), req->hdf, "Events") == -1)
		return -1;
	if (strcmp(status, "supplement") == 0 && dossier_request(req, id) == -1)
		return -1;
	req_setf(req, "Page.Title", "Hồ sơ %s", db_cell(dossier, 0, TRACK_CODE));
	req->template = "track/dossier.cs";
	req->cache_private = 1;
	return 0;
}

/*
 * GET /dossiers/{code} (login required): the dossier's page; with submitted=1 the receipt on top,
 * with supplied=N or rated=1 the word that it was done. 200; 404 for anything that is not the
 * user's dossier (the same page for every such case); 500/503.
 */
int
track_dossier(struct req *req)
{
	struct db_result *dossier = NULL;
	int rc;

	if ((rc = track_load(req, &dossier)) != 1)
		return rc == 0 ? 404 : req_db_failed(req);
	rc = track_dossier_fill(req, dossier);
	db_result_free(dossier);
	return rc == -1 ? req_db_failed(req) : 200;
}
