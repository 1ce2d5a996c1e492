/* submit: starting a dossier — the procedure must be offered online and open to this kind of
 * account; the applicant picks the case that applies (only its documents are asked for) and, for
 * a local procedure, the province; the draft is made with everything the portal already knows. */
#include "submit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "db.h"
#include "sess.h"

enum {
	SQL_PROCEDURE,
	SQL_CASES,
	SQL_PROVINCES,
	SQL_PROVINCE,
	SQL_DRAFTS,
	SQL_INSERT,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_PROCEDURE: whether and where it can be filed online. */
	"SELECT id, code, name, online_level, FIND_IN_SET(?, audience) > 0 AS open_to_user, "
	"FIND_IN_SET('province', levels) > 0 OR FIND_IN_SET('commune', levels) > 0 AS local "
	"FROM procedures WHERE code = ?",
	/* SQL_CASES */
	"SELECT id, name FROM procedure_cases WHERE procedure_id = ? ORDER BY ord",
	/* SQL_PROVINCES: where a local procedure may be filed. */
	"SELECT code, full_name FROM admin_units WHERE unit_type = 'province' ORDER BY name",
	/* SQL_PROVINCE: one of them. */
	"SELECT code FROM admin_units WHERE unit_type = 'province' AND code = ?",
	/* SQL_DRAFTS: the user's drafts of this procedure, to resume instead of starting again. */
	"SELECT id, DATE_FORMAT(updated_at, '%H:%i %d/%m/%Y') AS saved FROM dossiers "
	"WHERE user_id = ? AND procedure_id = ? AND status = 'draft' ORDER BY updated_at DESC LIMIT 5",
	/* SQL_INSERT: the draft. */
	"INSERT INTO dossiers (user_id, procedure_id, case_id, province_code) "
	"VALUES (?, ?, ?, NULLIF(?, ''))",
};

static const struct db_stmts start_stmts = DB_STMTS("start", sqls);

int submit_fields_prefill(struct req *req, long long dossier_id, long long procedure_id);

/* The procedure of path_args[0] into Procedure.*, and whether this user may file it. Returns 200
 * when the form can be shown, else the status to answer. */
static int
start_procedure(struct req *req, struct db_result **proc)
{
	const char *kind = req->sess->kind;
	struct db_arg args[] = { DB_STR(kind), DB_STR(req->path_args[0]) };

	*proc = NULL;
	req_set(req, "Page.Title", "Nộp hồ sơ trực tuyến");
	req->template = "submit/start.cs";
	if (db_query(req->app->db, &start_stmts, SQL_PROCEDURE, DB_ARGS(args), proc) == -1)
		return req_db_failed(req);
	if ((*proc)->nrows != 1) {
		db_result_free(*proc);
		*proc = NULL;
		return 404;
	}
	db_row_to_hdf(*proc, 0, req->hdf, "Procedure");
	/* The refusals below are error pages, with the reason. */
	req->template = NULL;
	if (strcmp(db_cell(*proc, 0, 3), "none") == 0) {
		req_error(req, "Thủ tục này chưa được cung cấp trực tuyến. Xem trang thủ tục để biết nơi "
		    "nộp hồ sơ trực tiếp hoặc qua bưu chính.");
		return 409;
	}
	if (sess_is_staff(req->sess)) {
		req_error(req, "Tài khoản cán bộ không dùng để nộp hồ sơ. Hãy dùng tài khoản công dân "
		    "hoặc doanh nghiệp.");
		return 403;
	}
	if (db_cell_ll(*proc, 0, 4, 0) == 0) {
		req_error(req, req->sess->role == ROLE_BUSINESS
		    ? "Thủ tục này dành cho công dân; tài khoản doanh nghiệp không nộp được."
		    : "Thủ tục này dành cho doanh nghiệp, tổ chức; hãy dùng tài khoản doanh nghiệp.");
		return 403;
	}
	req->template = "submit/start.cs";
	return 200;
}

/* Cases, provinces and the user's drafts of this procedure, for the form. Returns 0 or -1. */
static int
start_choices(struct req *req, long long procedure_id, int local)
{
	struct db_arg pid = DB_INT(procedure_id);
	struct db_arg drafts[] = { DB_INT(req->sess->user_id), DB_INT(procedure_id) };
	struct db *db = req->app->db;

	if (db_query_to_hdf(db, &start_stmts, SQL_CASES, DB_ARG(pid), req->hdf, "Cases") == -1 ||
	    (local && db_query_to_hdf(db, &start_stmts, SQL_PROVINCES, DB_NOARGS, req->hdf,
	    "Provinces") == -1) ||
	    db_query_to_hdf(db, &start_stmts, SQL_DRAFTS, DB_ARGS(drafts), req->hdf, "Drafts") == -1)
		return -1;
	return 0;
}

/*
 * GET /submit/{code} (login required): the first step — which case, and where. 200; 404 for no
 * such procedure; 409 for one not offered online; 403 for an account it is not open to.
 */
int
submit_start_form(struct req *req)
{
	struct db_result *proc;
	int status = start_procedure(req, &proc);

	if (status == 200 && start_choices(req, db_cell_ll(proc, 0, 0, 0), db_cell_ll(proc, 0, 5, 0)) == -1)
		status = req_db_failed(req);
	db_result_free(proc);
	return status;
}

/* 1 when case_id is one of the Cases.N.id in the HDF. */
static int
start_case_ok(struct req *req, const char *case_id)
{
	HDF *c;

	for (c = hdf_get_child(req->hdf, "Cases"); c; c = hdf_obj_next(c))
		if (strcmp(hdf_get_value(c, "id", ""), case_id) == 0)
			return 1;
	return 0;
}

/*
 * POST /submit/{code} (case, province): makes the draft, filled with what the account says, and
 * sends the user to it (303). 422 with the problem next to its field; 403/404/409 as the form.
 */
int
submit_start(struct req *req)
{
	struct db_result *proc, *res = NULL;
	const char *case_id = req_form(req, "case"), *province = req_form(req, "province");
	struct db *db = req->app->db;
	unsigned long long id = 0;
	long long procedure_id;
	int status = start_procedure(req, &proc), local;

	if (status != 200)
		goto out;
	procedure_id = db_cell_ll(proc, 0, 0, 0);
	local = db_cell_ll(proc, 0, 5, 0);
	if (start_choices(req, procedure_id, local) == -1) {
		status = req_db_failed(req);
		goto out;
	}
	/* A procedure with one case needs no choice. */
	if (case_id == NULL && hdf_get_child(req->hdf, "Cases") &&
	    hdf_obj_next(hdf_get_child(req->hdf, "Cases")) == NULL)
		case_id = hdf_get_value(req->hdf, "Cases.0.id", NULL);
	if (case_id == NULL || !start_case_ok(req, case_id)) {
		req_field_error(req, "case", "Vui lòng chọn trường hợp của bạn.");
	}
	if (local) {
		struct db_arg arg = DB_STR(province ? province : "");

		if (db_query(db, &start_stmts, SQL_PROVINCE, DB_ARG(arg), &res) == -1) {
			status = req_db_failed(req);
			goto out;
		}
		if (res->nrows != 1) {
			req_field_error(req, "province", "Vui lòng chọn tỉnh, thành phố nơi nộp hồ sơ.");
		}
	}
	if (hdf_get_value(req->hdf, "Form.Invalid", NULL)) {
		status = 422;
		goto out;
	}
	{
		struct db_arg args[] = { DB_INT(req->sess->user_id), DB_INT(procedure_id),
		    DB_INT(atoll(case_id)), DB_STR(local && province ? province : "") };

		if (db_begin(db) == -1 ||
		    db_exec(db, &start_stmts, SQL_INSERT, DB_ARGS(args), NULL, &id) == -1 ||
		    submit_fields_prefill(req, (long long)id, procedure_id) == -1 ||
		    db_commit(db) == -1) {
			db_rollback(db);
			status = req_db_failed(req);
			goto out;
		}
	}
	status = req_redirect(req, 303, "/drafts/%llu", id);
out:
	db_result_free(res);
	db_result_free(proc);
	return status;
}
