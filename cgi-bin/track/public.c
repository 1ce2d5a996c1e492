/* track: the public look-up of a dossier by its code and the applicant's ID number, for anyone who
 * has the receipt — where the dossier is, never what it holds. */
#include "track.h"

#include "app.h"
#include "db.h"

enum {
	SQL_LOOKUP,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_LOOKUP: both must match. Only where the dossier stands: nothing personal, no values,
	 * no files. */
	"SELECT d.status, p.name AS `procedure`, COALESCE(a.name, '') AS agency, "
	"DATE_FORMAT(d.submitted_at, '%H:%i %d/%m/%Y') AS submitted, "
	"DATE_FORMAT(d.due_date, '%d/%m/%Y') AS due, "
	"d.due_date < CURDATE() AND d.status IN ('submitted', 'received', 'processing') AS overdue "
	"FROM dossiers d JOIN procedures p ON p.id = d.procedure_id "
	"LEFT JOIN agencies a ON a.id = d.agency_id "
	"WHERE d.code = ? AND d.applicant_idnum = ? AND d.status <> 'draft'",
};

static const struct db_stmts public_stmts = DB_STMTS("public", sqls);

/*
 * GET /track?code=&idnum= (open to all): the form; with both, the dossier's status, procedure,
 * agency and dates. 200; 422 when only one of the two is given; 404 when no dossier has both
 * (the page says so plainly, and the form stays filled in); 500/503.
 */
int
track_public(struct req *req)
{
	const char *code = req_form(req, "code"), *idnum = req_form(req, "idnum");
	struct db_result *res = NULL;
	int status = 200;

	req_set(req, "Page.Title", "Tra cứu hồ sơ");
	req->template = "track/public.cs";
	if (code == NULL && idnum == NULL)
		return 200;
	if (code == NULL)
		req_field_error(req, "code", "Vui lòng nhập mã hồ sơ.");
	if (idnum == NULL)
		req_field_error(req, "idnum", "Vui lòng nhập số giấy tờ của người nộp hồ sơ.");
	if (code == NULL || idnum == NULL)
		return 422;
	req->cache_private = 1;	/* the answer to an ID number is nobody else's */
	{
		struct db_arg args[] = { DB_STR(code), DB_STR(idnum) };

		if (db_query(req->app->db, &public_stmts, SQL_LOOKUP, DB_ARGS(args), &res) == -1)
			return req_db_failed(req);
	}
	if (res->nrows == 1)
		db_row_to_hdf(res, 0, req->hdf, "Found");
	else {
		req_set(req, "Track.NotFound", "1");
		status = 404;
	}
	db_result_free(res);
	return status;
}
