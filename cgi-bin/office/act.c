/* office: an action on a dossier — receive, request a supplement, process, approve with the
 * result file, reject, return the result. Each is a transition of dossier_transitions checked in
 * the database, made only if nobody changed the dossier since the official saw it (the version
 * in the form: optimistic locking), and recorded with the timeline, the audit log and a mail to
 * the applicant, all in one transaction. */
#include "office.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "buf.h"
#include "conf.h"
#include "db.h"
#include "filestore.h"
#include "fmt.h"
#include "holidays.h"
#include "log.h"
#include "mailmsg.h"
#include "sess.h"

enum {
	SQL_TRANSITION,
	SQL_MOVE,
	SQL_EVENT,
	SQL_REQUEST,
	SQL_RESULT,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_TRANSITION: where the action leads from this state, if it is allowed at all. */
	"SELECT to_status FROM dossier_transitions WHERE from_status = ? AND action = ? "
	"AND actor = 'official'",
	/* SQL_MOVE: only from the version the official saw. A supplement request stops the clock
	 * (the working days left are kept); approving or rejecting records the decision. */
	"UPDATE dossiers SET status = ?, version = version + 1, "
	"days_left = IF(? = 'supplement', ?, days_left), "
	"due_date = IF(? = 'supplement', NULL, due_date), "
	"decided_at = IF(? IN ('approved', 'rejected'), NOW(), decided_at) "
	"WHERE id = ? AND version = ?",
	/* SQL_EVENT */
	"INSERT INTO dossier_events (dossier_id, actor_id, action, from_status, to_status, note) "
	"VALUES (?, ?, ?, ?, ?, ?)",
	/* SQL_REQUEST: what the applicant must supply, and why. */
	"INSERT INTO dossier_requests (dossier_id, event_id, documents, reason) VALUES (?, ?, ?, ?)",
	/* SQL_RESULT: the result file on the dossier. */
	"INSERT INTO dossier_files (dossier_id, role, file_id, filename) VALUES (?, 'result', ?, ?)",
};

static const struct db_stmts act_stmts = DB_STMTS("act", sqls);

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

/* The page again, saying why the action was not taken. */
static int
act_refuse(struct req *req, int status, const char *field, const char *message)
{
	req_field_error(req, field, message);
	req_set(req, "Office.Failed", req_form(req, "action") ? req_form(req, "action") : "");
	{
		int rc = office_dossier(req);

		return rc == 200 ? status : rc;
	}
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
	const char *docs = req_form(req, "documents");
	struct db *db = req->app->db;
	struct db_result *d = NULL, *to = NULL;
	struct filestore_upload up;
	long long file_id = 0, days_left = -1;
	unsigned long long moved = 0, event_id = 0;
	int failed, got = 0, status;
	char detail[200];

	memset(&up, 0, sizeof(up));
	if (action == NULL || req_form(req, "version") == NULL)
		return act_refuse(req, 422, "action", "Vui lòng chọn một thao tác.");
	if (strcmp(action, "reject") == 0 && (note == NULL || !*note))
		return act_refuse(req, 422, "note", "Từ chối hồ sơ phải nêu rõ lý do.");
	if (strcmp(action, "supplement") == 0 && (docs == NULL || !*docs || note == NULL || !*note))
		return act_refuse(req, 422, "documents",
		    "Yêu cầu bổ sung phải nêu từng giấy tờ cần bổ sung và lý do.");
	if (strcmp(action, "approve") == 0) {
		if ((got = filestore_read(req, "result", &up)) == -1)
			return 500;
		if (got == 0 || up.error) {
			struct buf why = BUF_INIT;
			int rc;

			buf_printf(&why, "Phê duyệt phải kèm tệp kết quả%s%s", up.error ? ": " : ".",
			    up.error ? up.error : "");
			filestore_upload_free(&up);
			rc = act_refuse(req, 422, "result", buf_str(&why));
			buf_free(&why);
			return rc;
		}
	}

	if (db_begin(db) == -1) {
		status = req_db_failed(req);
		goto out;
	}
	if ((d = office_load(req, 1, &failed)) == NULL) {
		status = failed ? req_db_failed(req) : 404;
		goto rollback;
	}
	if (atoll(db_cell(d, 0, D_VERSION)) != atoll(req_form(req, "version"))) {
		db_rollback(db);
		req_set(req, "Office.Conflict", "1");
		status = act_refuse(req, 409, "action", "Hồ sơ vừa được cán bộ khác cập nhật trước bạn; "
		    "thao tác của bạn chưa được thực hiện. Hãy xem trạng thái mới dưới đây rồi quyết định.");
		goto out;
	}
	{
		struct db_arg args[] = { DB_STR(db_cell(d, 0, D_STATUS)), DB_STR(action) };

		if (db_query(db, &act_stmts, SQL_TRANSITION, args, 2, &to) == -1) {
			status = req_db_failed(req);
			goto rollback;
		}
	}
	if (to->nrows != 1) {
		db_rollback(db);
		status = act_refuse(req, 409, "action", "Thao tác này không áp dụng được với trạng thái "
		    "hiện tại của hồ sơ.");
		goto out;
	}
	if (strcmp(action, "supplement") == 0 && db_cell(d, 0, D_DUE_ISO) &&
	    (days_left = holidays_left(db, db_cell(d, 0, D_DUE_ISO))) == -1) {
		status = req_db_failed(req);
		goto rollback;
	}
	{
		const char *to_status = db_cell(to, 0, 0);
		struct db_arg move[] = { DB_STR(to_status), DB_STR(to_status),
		    days_left >= 0 ? DB_INT(days_left) : DB_NULL, DB_STR(to_status), DB_STR(to_status),
		    DB_INT(atoll(db_cell(d, 0, D_ID))), DB_INT(atoll(db_cell(d, 0, D_VERSION))) };
		struct db_arg event[] = { DB_INT(atoll(db_cell(d, 0, D_ID))), DB_INT(req->sess->user_id),
		    DB_STR(action), DB_STR(db_cell(d, 0, D_STATUS)), DB_STR(to_status),
		    DB_STR(note ? note : "") };

		if (db_exec(db, &act_stmts, SQL_MOVE, move, 7, &moved, NULL) == -1 || moved != 1 ||
		    db_exec(db, &act_stmts, SQL_EVENT, event, 6, NULL, &event_id) == -1) {
			status = req_db_failed(req);
			goto rollback;
		}
	}
	if (strcmp(action, "supplement") == 0) {
		struct db_arg args[] = { DB_INT(atoll(db_cell(d, 0, D_ID))), DB_INT(event_id),
		    DB_STR(docs), DB_STR(note) };

		if (db_exec(db, &act_stmts, SQL_REQUEST, args, 4, NULL, NULL) == -1) {
			status = req_db_failed(req);
			goto rollback;
		}
	}
	if (got == 1) {
		struct db_arg args[3];

		if (filestore_put(db, &up, &file_id) == -1) {
			status = req_db_failed(req);
			goto rollback;
		}
		args[0] = DB_INT(atoll(db_cell(d, 0, D_ID)));
		args[1] = DB_INT(file_id);
		args[2] = DB_STR(up.filename);
		if (db_exec(db, &act_stmts, SQL_RESULT, args, 3, NULL, NULL) == -1) {
			status = req_db_failed(req);
			goto rollback;
		}
	}
	if (fmt_into(detail, sizeof(detail), "%s %s", action, db_cell(d, 0, D_CODE)) == -1) {
		log_err("office: dossier %s: audit detail too long", db_cell(d, 0, D_CODE));
		status = 500;
		goto rollback;
	}
	if (audit_log(db, "dossier_action", atoll(db_cell(d, 0, D_USER)), req->sess->user_id,
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
	db_result_free(to);
	return status;
}
