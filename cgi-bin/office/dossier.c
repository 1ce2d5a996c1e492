/* office: one dossier of the official's agency — the applicant's values and documents, the
 * timeline, and the actions its state allows — and the download of its files. */
#include "office.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "db.h"
#include "dossier_flow.h"
#include "sess.h"
#include "url.h"

enum {
	SQL_DOSSIER,
	SQL_LOCK,
	SQL_VALUES,
	SQL_FILES,
	SQL_EVENTS,
	SQL_REQUEST,
	SQL_FILE,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_DOSSIER: a dossier of the agency (drafts are nobody's business but the applicant's). */
	"SELECT d.id, d.status, d.version, d.code, d.user_id, d.procedure_id, p.name AS procedure_name, "
	"p.code AS procedure_code, d.applicant_name, d.applicant_idnum, u.email, "
	"DATE_FORMAT(d.submitted_at, '%H:%i %d/%m/%Y') AS submitted, "
	"DATE_FORMAT(d.due_date, '%d/%m/%Y') AS due, DATE_FORMAT(d.due_date, '%Y-%m-%d') AS due_iso, "
	"d.due_date < CURDATE() AND d.status IN ('submitted','received','processing') AS overdue, "
	"c.name AS case_name, d.fee_amount, REPLACE(FORMAT(d.fee_amount, 0), ',', '.') AS fee, "
	"DATE_FORMAT(d.fee_paid_at, '%H:%i %d/%m/%Y') AS fee_paid, "
	"(SELECT txn_ref FROM payment_orders WHERE id = d.fee_order_id) AS fee_ref "
	"FROM dossiers d JOIN procedures p ON p.id = d.procedure_id "
	"JOIN users u ON u.id = d.user_id LEFT JOIN procedure_cases c ON c.id = d.case_id "
	"WHERE d.code = ? AND d.agency_id = ? AND d.status <> 'draft'",
	/* SQL_LOCK: the row an action changes, held until it commits. */
	"SELECT id FROM dossiers WHERE code = ? AND agency_id = ? AND status <> 'draft' FOR UPDATE",
	/* SQL_VALUES: the form as filed; unit codes of addresses shown by name. */
	"SELECT COALESCE(f.label, v.name) AS label, COALESCE(au.full_name, v.value) AS value "
	"FROM dossier_values v LEFT JOIN procedure_fields f ON f.procedure_id = ? AND f.name = v.name "
	"LEFT JOIN admin_units au ON au.code = v.value AND (v.name LIKE '%\\_province' "
	"OR v.name LIKE '%\\_ward') WHERE v.dossier_id = ? ORDER BY f.ord IS NULL, f.ord, v.name",
	/* SQL_FILES */
	"SELECT df.id, df.role, df.filename, COALESCE(pd.name, '') AS document, "
	"ROUND(f.size / 1024) AS kb FROM dossier_files df JOIN files f ON f.id = df.file_id "
	"LEFT JOIN procedure_documents pd ON pd.id = df.document_id WHERE df.dossier_id = ? "
	"ORDER BY FIELD(df.role, 'document', 'supplement', 'result'), pd.ord, df.id",
	/* SQL_EVENTS: the timeline, with who acted. */
	"SELECT DATE_FORMAT(e.at, '%H:%i %d/%m/%Y') AS at, e.action, e.to_status, e.note, "
	"COALESCE(u.full_name, '') AS actor, COALESCE(u.kind, '') AS actor_kind "
	"FROM dossier_events e LEFT JOIN users u ON u.id = e.actor_id WHERE e.dossier_id = ? "
	"ORDER BY e.id",
	/* SQL_REQUEST: an open supplement request. */
	"SELECT documents, reason FROM dossier_requests WHERE dossier_id = ? AND resolved_at IS NULL "
	"ORDER BY id DESC LIMIT 1",
	/* SQL_FILE: one file of a dossier of the agency, with its bytes. */
	"SELECT df.filename, f.mime, f.content FROM dossier_files df JOIN files f ON f.id = df.file_id "
	"JOIN dossiers d ON d.id = df.dossier_id WHERE df.id = ? AND d.code = ? AND d.agency_id = ? "
	"AND d.status <> 'draft'",
};

static const struct db_stmts dossier_stmts = DB_STMTS("office_dossier", sqls);

struct db_result *
office_load(struct req *req, int lock, int *failed)
{
	struct db_arg args[] = { DB_STR(req->path_args[0]), DB_INT(req->sess->agency_id) };
	struct db_result *res = NULL;

	*failed = 0;
	if (lock) {
		if (db_query(req->app->db, &dossier_stmts, SQL_LOCK, DB_ARGS(args), &res) == -1) {
			*failed = 1;
			return NULL;
		}
		if (res->nrows != 1) {
			db_result_free(res);
			return NULL;
		}
		db_result_free(res);
		res = NULL;
	}
	if (db_query(req->app->db, &dossier_stmts, SQL_DOSSIER, DB_ARGS(args), &res) == -1) {
		*failed = 1;
		return NULL;
	}
	if (res->nrows != 1) {
		db_result_free(res);
		return NULL;
	}
	return res;
}

int
office_dossier_fill(struct req *req, const struct db_result *d)
{
	struct db *db = req->app->db;
	struct db_arg id = DB_INT(db_cell_ll(d, 0, 0, 0));
	struct db_arg pv[] = { DB_INT(db_cell_ll(d, 0, 5, 0)), DB_INT(db_cell_ll(d, 0, 0, 0)) };
	const char *status = db_cell(d, 0, 1);
	size_t i, n = 0;

	req_set(req, "Page.Title", "Xử lý hồ sơ");
	db_row_to_hdf(d, 0, req->hdf, "Dossier");
	if (db_query_to_hdf(db, &dossier_stmts, SQL_VALUES, DB_ARGS(pv), req->hdf, "Values") == -1 ||
	    db_query_to_hdf(db, &dossier_stmts, SQL_FILES, DB_ARG(id), req->hdf, "Files") == -1 ||
	    db_query_to_hdf(db, &dossier_stmts, SQL_EVENTS, DB_ARG(id), req->hdf, "Events") == -1 ||
	    db_query_to_hdf(db, &dossier_stmts, SQL_REQUEST, DB_ARG(id), req->hdf, "Request") == -1)
		return -1;
	/* What an official may do in this state, in the table's order. */
	for (i = 0; i < dossier_nsteps; i++) {
		char name[64];

		if (dossier_steps[i].actor != DOSSIER_OFFICIAL ||
		    !dossier_step_allows(&dossier_steps[i], status))
			continue;
		hdf_name_index(name, sizeof(name), "Actions.", n++, ".action");
		req_set(req, name, dossier_steps[i].action);
	}
	if (req_form(req, "done") && req_set(req, "Office.Done", req_form(req, "done")) == -1)
		return -1;
	req->template = "office/dossier.cs";
	req->cache_private = 1;
	return 0;
}

/*
 * GET /office/dossiers/{code} (staff): the dossier and its actions. 200; 404 for a dossier that
 * is not the agency's (the same page as for none at all).
 */
int
office_dossier(struct req *req)
{
	struct db_result *d;
	int failed, rc;

	req_set(req, "Page.Title", "Xử lý hồ sơ");
	if ((d = office_load(req, 0, &failed)) == NULL)
		return failed ? req_db_failed(req) : 404;
	rc = office_dossier_fill(req, d);
	db_result_free(d);
	return rc == -1 ? req_db_failed(req) : 200;
}

/*
 * GET /office/dossiers/{code}/files/{id} (staff): one file of a dossier of the agency, as an
 * attachment. 200; 404 for anything else.
 */
int
office_file(struct req *req)
{
	struct db_arg args[] = { DB_INT(atoll(req->path_args[1])), DB_STR(req->path_args[0]),
	    DB_INT(req->sess->agency_id) };
	struct db_result *res = NULL;

	if (db_query(req->app->db, &dossier_stmts, SQL_FILE, DB_ARGS(args), &res) == -1)
		return req_db_failed(req);
	if (res->nrows != 1) {
		db_result_free(res);
		return 404;
	}
	req_send_file(req, db_cell(res, 0, 0), db_cell(res, 0, 1), db_cell(res, 0, 2),
	    db_cell_len(res, 0, 2));
	db_result_free(res);
	return 200;
}
