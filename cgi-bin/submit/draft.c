/* submit: the draft — one form with the procedure's fields and documents, saved on the server at
 * every press of a button (with its uploads, in one transaction), resumed days later, deleted, or
 * submitted. */
#include "submit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "db.h"
#include "filestore.h"
#include "sess.h"

enum {
	SQL_DRAFT,
	SQL_LOCK,
	SQL_STATUS,
	SQL_TOUCH,
	SQL_FILE_IDS,
	SQL_DELETE,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_DRAFT: the user's draft with what the form shows of its procedure. */
	"SELECT d.id, d.procedure_id, d.case_id, d.province_code, d.version, p.code, p.name, "
	"c.name AS case_name, u.full_name AS province_name, "
	"DATE_FORMAT(d.updated_at, '%H:%i %d/%m/%Y') AS saved FROM dossiers d "
	"JOIN procedures p ON p.id = d.procedure_id LEFT JOIN procedure_cases c ON c.id = d.case_id "
	"LEFT JOIN admin_units u ON u.code = d.province_code "
	"WHERE d.id = ? AND d.user_id = ? AND d.status = 'draft'",
	/* SQL_LOCK: one save of a draft at a time. */
	"SELECT id FROM dossiers WHERE id = ? AND user_id = ? AND status = 'draft' FOR UPDATE",
	/* SQL_STATUS: a draft that is a draft no more (submitted by an earlier click). */
	"SELECT status, code FROM dossiers WHERE id = ? AND user_id = ?",
	/* SQL_TOUCH: saved now. */
	"UPDATE dossiers SET version = version + 1 WHERE id = ?",
	/* SQL_FILE_IDS: the files a draft names, to remove those nothing else names. */
	"SELECT DISTINCT file_id FROM dossier_files WHERE dossier_id = ?",
	/* SQL_DELETE */
	"DELETE FROM dossiers WHERE id = ? AND user_id = ? AND status = 'draft'",
};

static const struct db_stmts draft_stmts = DB_STMTS("draft", sqls);

enum { D_ID, D_PROCEDURE, D_CASE, D_PROVINCE, D_VERSION };

struct db_result *
submit_load_draft(struct req *req, int lock, int *failed)
{
	struct db_arg args[] = { DB_INT(atoll(req->path_args[0])), DB_INT(req->sess->user_id) };
	struct db_result *res = NULL;

	*failed = 0;
	if (lock) {
		if (db_query(req->app->db, &draft_stmts, SQL_LOCK, DB_ARGS(args), &res) == -1) {
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
	if (db_query(req->app->db, &draft_stmts, SQL_DRAFT, DB_ARGS(args), &res) == -1) {
		*failed = 1;
		return NULL;
	}
	if (res->nrows != 1) {
		db_result_free(res);
		return NULL;
	}
	return res;
}

/* The form of a draft: its procedure, fields and documents. Returns status, or 500/503. */
static int
draft_render(struct req *req, const struct db_result *draft, int status)
{
	long long id = db_cell_ll(draft, 0, D_ID, 0);

	db_row_to_hdf(draft, 0, req->hdf, "Draft");
	if (submit_fields_load(req, id, db_cell_ll(draft, 0, D_PROCEDURE, 0)) == -1 ||
	    submit_documents_load(req, id, db_cell_ll(draft, 0, D_CASE, 0)) == -1)
		return req_db_failed(req);
	req_set(req, "Page.Title", "Hồ sơ nháp");
	req->template = "submit/draft.cs";
	req->cache_private = 1;
	return status;
}

/*
 * GET /drafts/{id} (login required): the draft's form. 200; 404 for anything but the user's own
 * draft.
 */
int
submit_draft_form(struct req *req)
{
	struct db_result *draft;
	int failed, status;

	if ((draft = submit_load_draft(req, 0, &failed)) == NULL)
		return failed ? req_db_failed(req) : 404;
	if (req_form(req, "saved") && req_set(req, "Draft.JustSaved", "1") == -1) {
		db_result_free(draft);
		return 500;
	}
	status = draft_render(req, draft, 200);
	db_result_free(draft);
	return status;
}

/* A POST for a draft that was submitted meanwhile (a second click, a resent form): the answer is
 * the dossier it became, so that the user sees one dossier, not an error. */
static int
draft_gone(struct req *req)
{
	struct db_arg args[] = { DB_INT(atoll(req->path_args[0])), DB_INT(req->sess->user_id) };
	struct db_result *res = NULL;
	int status = 404;

	if (db_query(req->app->db, &draft_stmts, SQL_STATUS, DB_ARGS(args), &res) == -1)
		return req_db_failed(req);
	if (res->nrows == 1 && db_cell(res, 0, 1))
		status = req_redirect(req, 303, "/dossiers/%s", db_cell(res, 0, 1));
	db_result_free(res);
	return status;
}

/*
 * POST /drafts/{id} (action = save | submit; f_<name> fields; doc_<id> uploads; reuse_<id>):
 * saves everything sent, whatever is wrong with it, in one transaction — a refused file is named
 * and the others kept. Then, to save: 303 back to the form (422 with the problems, if any); to
 * submit: every field and required document is checked and every problem listed at once (422),
 * or the dossier is submitted (303 to it). A draft submitted already answers with its dossier.
 */
int
submit_draft_save(struct req *req)
{
	const char *action = req_form(req, "action") ? req_form(req, "action") : "save";
	int submit = strcmp(action, "submit") == 0, failed, refused, problems, missing = 0;
	struct db *db = req->app->db;
	struct db_result *draft;
	long long id;

	if (db_begin(db) == -1)
		return req_db_failed(req);
	if ((draft = submit_load_draft(req, 1, &failed)) == NULL) {
		db_rollback(db);
		return failed ? req_db_failed(req) : draft_gone(req);
	}
	id = db_cell_ll(draft, 0, D_ID, 0);
	{
		struct db_arg arg = DB_INT(id);

		if ((problems = submit_fields_save(req, id, db_cell_ll(draft, 0, D_PROCEDURE, 0),
		    submit)) == -1 ||
		    (refused = submit_documents_save(req, id, db_cell_ll(draft, 0, D_CASE, 0))) == -1 ||
		    db_exec(db, &draft_stmts, SQL_TOUCH, DB_ARG(arg), NULL, NULL) == -1 ||
		    (submit && (missing = submit_documents_check(req, id,
		    db_cell_ll(draft, 0, D_CASE, 0))) == -1)) {
			db_rollback(db);
			db_result_free(draft);
			return req_db_failed(req);
		}
	}
	if (submit && problems == 0 && refused == 0 && missing == 0) {
		/* Checked and submitted under the draft's lock, in this transaction: a save from
		 * another tab waits, and cannot take a document away in between. */
		db_result_free(draft);
		return submit_finish(req, id);
	}
	if (db_commit(db) == -1) {
		db_rollback(db);
		db_result_free(draft);
		return req_db_failed(req);
	}
	if (problems > 0 || refused > 0 || missing > 0) {
		int status = draft_render(req, draft, 422);

		req_set(req, "Draft.Saved", "1");
		db_result_free(draft);
		return status;
	}
	db_result_free(draft);
	return req_redirect(req, 303, "/drafts/%lld?saved=1", id);
}

/* Removes the files of ids that no dossier names any more. In a transaction. Returns 0 or -1. */
static int
draft_prune(struct db *db, const struct db_result *ids)
{
	size_t i;

	for (i = 0; i < ids->nrows; i++)
		if (filestore_prune(db, db_cell_ll(ids, i, 0, 0)) == -1)
			return -1;
	return 0;
}

/*
 * POST /drafts/{id}/delete (login required): the draft goes, with its values and any file that
 * nothing else names. 303 to the list of dossiers; 404 for anything but the user's draft.
 */
int
submit_draft_delete(struct req *req)
{
	struct db *db = req->app->db;
	struct db_arg args[] = { DB_INT(atoll(req->path_args[0])), DB_INT(req->sess->user_id) };
	struct db_arg did = DB_INT(atoll(req->path_args[0]));
	struct db_result *ids = NULL;
	unsigned long long n = 0;

	if (db_begin(db) == -1 ||
	    db_query(db, &draft_stmts, SQL_FILE_IDS, DB_ARG(did), &ids) == -1 ||
	    db_exec(db, &draft_stmts, SQL_DELETE, DB_ARGS(args), &n, NULL) == -1 ||
	    (n == 1 && draft_prune(db, ids) == -1) ||
	    db_commit(db) == -1) {
		db_rollback(db);
		db_result_free(ids);
		return req_db_failed(req);
	}
	db_result_free(ids);
	if (n != 1)
		return 404;
	return req_redirect(req, 303, "/dossiers?deleted=1");
}
