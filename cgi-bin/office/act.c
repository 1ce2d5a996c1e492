/* office: an official's action on a dossier — receive, request a supplement, process, approve with
 * the result file, reject, return the result. What each needs and does is a row of dossier_flow's
 * table (checked again by the database's trigger); the action is made only if nobody changed the
 * dossier since the official saw it (the version in the form: optimistic locking), and recorded
 * with the timeline, the audit log and a mail to the applicant, all in one transaction. */
#include "office.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "buf.h"
#include "conf.h"
#include "db.h"
#include "dossier_flow.h"
#include "filestore.h"
#include "fmt.h"
#include "log.h"
#include "mailmsg.h"
#include "sess.h"

enum { D_ID, D_STATUS, D_VERSION, D_CODE, D_USER, D_PROCEDURE, D_PROCEDURE_NAME,
    D_PROCEDURE_CODE, D_NAME, D_IDNUM, D_EMAIL, D_SUBMITTED, D_DUE, D_DUE_ISO };

/* The applicant's mail about an action: what each action means to them is worded in
 * templates/mail/dossier-action.cs. In the transaction. Returns 0 or -1. */
static int
act_mail(struct req *req, const struct db_result *d, const char *action, const char *note)
{
	struct mailmsg msg;
	int rc = -1;

	if (!db_cell(d, 0, D_EMAIL)[0])
		return 0;
	if (mailmsg_init(&msg) == 0) {
		mailmsg_set(&msg, "Name", db_cell(d, 0, D_NAME));
		mailmsg_set(&msg, "Code", db_cell(d, 0, D_CODE));
		mailmsg_set(&msg, "Procedure", db_cell(d, 0, D_PROCEDURE_NAME));
		mailmsg_set(&msg, "Action", action);
		if (note && *note)
			mailmsg_set(&msg, "Note", note);
		mailmsg_set(&msg, "BaseURL", conf_str(req->app->conf, "Site.BaseURL", ""));
		rc = mailmsg_queue(&msg, req->app->db, req->app->templates, db_cell(d, 0, D_EMAIL),
		    "mail/dossier-action.cs");
	}
	mailmsg_free(&msg);
	return rc;
}

/* The dossier page again, saying why the action was not taken (the error beside its field, what
 * was typed kept): status, or the page's own failure. Outside any transaction. */
static int
act_refuse(struct req *req, int status, const char *field, const char *message)
{
	struct db_result *d;
	int failed, rc;

	req_field_error(req, field, message);
	req_set(req, "Office.Failed", req_form(req, "action") ? req_form(req, "action") : "");
	req_set(req, "Page.Title", "Xử lý hồ sơ");
	if ((d = office_load(req, 0, &failed)) == NULL)
		return failed ? req_db_failed(req) : 404;
	rc = office_dossier_fill(req, d);
	db_result_free(d);
	return rc == -1 ? req_db_failed(req) : status;
}

/* What the form must give for step: 0 when it is all there (the result file read into up), 1
 * after saying what is missing (why gets the page's words), -1 on a read error. */
static int
act_check(struct req *req, const struct dossier_step *step, struct filestore_upload *up,
    struct buf *why)
{
	const char *note = req_form(req, "note"), *docs = req_form(req, "documents");
	int got;

	if (((step->needs & DOSSIER_NEEDS_NOTE) && (note == NULL || !*note)) ||
	    ((step->needs & DOSSIER_NEEDS_DOCUMENTS) && (docs == NULL || !*docs))) {
		buf_printf(why, "%s.", step->missing);
		return 1;
	}
	if (!(step->needs & DOSSIER_NEEDS_RESULT))
		return 0;
	if ((got = filestore_read(req, "result", up)) == -1)
		return -1;
	if (got == 0 || up->error) {
		buf_printf(why, "%s%s%s", step->missing, up->error ? ": " : ".",
		    up->error ? up->error : "");
		return 1;
	}
	return 0;
}

/*
 * POST /office/dossiers/{code}/act (action, version, note, documents; result file "result"):
 * 303 back to the dossier when done. 409 when another official acted first (nothing is
 * overwritten) or the action is not allowed in the dossier's state; 422 when a reason, the
 * documents or the result file is missing; 404 for a dossier that is not the agency's.
 */
int
office_act(struct req *req)
{
	const char *action = req_form(req, "action"), *note = req_form(req, "note");
	const struct dossier_step *step = dossier_step_find(action, DOSSIER_OFFICIAL);
	struct db *db = req->app->db;
	struct db_result *d = NULL;
	struct filestore_upload up;
	struct dossier_move move;
	struct buf why = BUF_INIT;
	int failed, status, rc;
	char detail[200];

	memset(&up, 0, sizeof(up));
	if (step == NULL || req_form(req, "version") == NULL)
		return act_refuse(req, 422, "action", "Vui lòng chọn một thao tác.");
	if ((rc = act_check(req, step, &up, &why)) != 0) {
		filestore_upload_free(&up);
		status = rc == -1 ? 500 : act_refuse(req, 422, step->field, buf_str(&why));
		buf_free(&why);
		return status;
	}

	if (db_begin(db) == -1) {
		status = req_db_failed(req);
		goto out;
	}
	if ((d = office_load(req, 1, &failed)) == NULL) {
		status = failed ? req_db_failed(req) : 404;
		goto rollback;
	}
	if (db_cell_ll(d, 0, D_VERSION, -1) != req_form_ll(req, "version", -2)) {
		db_rollback(db);
		req_set(req, "Office.Conflict", "1");
		status = act_refuse(req, 409, "action", "Hồ sơ vừa được cán bộ khác cập nhật trước bạn; "
		    "thao tác của bạn chưa được thực hiện. Hãy xem trạng thái mới dưới đây rồi quyết định.");
		goto out;
	}
	move = (struct dossier_move){ .dossier_id = db_cell_ll(d, 0, D_ID, 0),
	    .version = db_cell_ll(d, 0, D_VERSION, 0), .actor_id = req->sess->user_id,
	    .from = db_cell(d, 0, D_STATUS), .note = note, .documents = req_form(req, "documents"),
	    .due_iso = db_cell(d, 0, D_DUE_ISO),
	    .result = (step->needs & DOSSIER_NEEDS_RESULT) ? &up : NULL };
	rc = dossier_step_allows(step, move.from) ? dossier_step_apply(db, step, &move) : 1;
	if (rc == 1) {
		db_rollback(db);
		status = act_refuse(req, 409, "action", "Thao tác này không áp dụng được với trạng thái "
		    "hiện tại của hồ sơ.");
		goto out;
	}
	if (rc == -1) {
		status = req_db_failed(req);
		goto rollback;
	}
	if (fmt_into(detail, sizeof(detail), "%s %s", action, db_cell(d, 0, D_CODE)) == -1) {
		log_err("office: dossier %s: audit detail too long", db_cell(d, 0, D_CODE));
		status = 500;
		goto rollback;
	}
	if (audit_log(db, "dossier_action", db_cell_ll(d, 0, D_USER, 0), req->sess->user_id,
	    req_param(req, "REMOTE_ADDR"), detail) == -1 ||
	    act_mail(req, d, action, note) == -1 || db_commit(db) == -1) {
		status = req_db_failed(req);
		goto rollback;
	}
	status = req_redirect(req, 303, "/office/dossiers/%s?done=%s", db_cell(d, 0, D_CODE), action);
	goto out;
rollback:
	db_rollback(db);
out:
	filestore_upload_free(&up);
	db_result_free(d);
	return status;
}
