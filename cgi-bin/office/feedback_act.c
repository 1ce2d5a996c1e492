/* office: an official's action on feedback — accept, reject with a reason, transfer to the
 * competent agency, answer (with files), publish the answer. What each needs and does is a row of
 * feedback_flow's table; it is made only by an official of the agency that holds the feedback,
 * only from the version the official saw (optimistic locking), and only if the
 * feedback_transitions trigger lets the status change; the timeline, the audit log and the
 * submitter's mail go with it in one transaction. */
#include "office.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "buf.h"
#include "conf.h"
#include "db.h"
#include "feedback.h"
#include "feedback_flow.h"
#include "filestore.h"
#include "sess.h"

/* Files of an answer: file1..file3, all of them together within what the office's body limit
 * (nginx's 6 MB for /office) lets through. */
#define FEEDBACK_FILES 3
#define FEEDBACK_FILES_BYTES FILESTORE_MAX_FILE

enum {
	SQL_LOCK,
	SQL_TARGET,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_LOCK: the row an action changes, held until it commits. */
	"SELECT id FROM feedback WHERE code = ? FOR UPDATE",
	/* SQL_TARGET: the agency a transfer sends it to. */
	"SELECT id, code, name FROM agencies WHERE code = ?",
};

static const struct db_stmts feedback_act_stmts = DB_STMTS("office_feedback_act", sqls);

/* The feedback page again, saying why the action was not taken (the error beside its field, what
 * was typed kept): status, or the page's own failure. Outside any transaction. */
static int
feedback_refuse(struct req *req, int status, const char *field, const char *message)
{
	struct db_result *f;
	int failed, rc;

	req_field_error(req, field, message);
	req_set(req, "Office.Failed", req_form(req, "action") ? req_form(req, "action") : "");
	req_set(req, "Page.Title", "Xử lý phản ánh, kiến nghị");
	if ((f = office_feedback_load(req, &failed)) == NULL)
		return failed ? req_db_failed(req) : 404;
	rc = office_feedback_fill(req, f);
	db_result_free(f);
	return rc == -1 ? req_db_failed(req) : status;
}

/* Reads the answer's files into ups (up to FEEDBACK_FILES, *n of them). Returns 0, 1 when one
 * cannot be taken (*field says which, and why is appended to why, for a 422), or -1 on a read
 * error. */
static int
feedback_read_files(struct req *req, struct filestore_upload *ups, size_t *n, const char **field,
    struct buf *why)
{
	static const char *const names[FEEDBACK_FILES] = { "file1", "file2", "file3" };
	size_t i, total = 0;

	*n = 0;
	for (i = 0; i < FEEDBACK_FILES; i++) {
		int got;

		if ((got = filestore_read(req, names[i], &ups[*n])) == -1)
			return -1;
		if (got == 0)
			continue;
		total += ups[*n].size;
		if (ups[(*n)++].error) {
			*field = names[i];
			buf_printf(why, "Tệp «%s»: %s", ups[*n - 1].filename, ups[*n - 1].error);
			return 1;
		}
	}
	if (total > (size_t)FEEDBACK_FILES_BYTES) {
		*field = "file1";
		buf_puts(why, "Các tệp đính kèm câu trả lời cộng lại không được quá 5 MB.");
		return 1;
	}
	return 0;
}

/* What the form must give for step, before anything is locked: 0 when it is all there (the
 * answer's files read into ups, *nfiles of them); else the status after the page said what is
 * missing (422), or 500 on a read error. */
static int
feedback_check(struct req *req, const struct feedback_step *step,
    struct filestore_upload *ups, size_t *nfiles)
{
	const char *field = "file1";
	struct buf why = BUF_INIT;	/* grown: a file's name may be 200 characters */
	int rc;

	if (step->field && (req_form(req, step->field) == NULL || !*req_form(req, step->field)))
		return feedback_refuse(req, 422, step->field, step->missing);
	if (!(step->flags & FEEDBACK_ANSWER_FILES))
		return 0;
	rc = feedback_read_files(req, ups, nfiles, &field, &why);
	if (rc == 1)
		rc = feedback_refuse(req, 422, field, buf_str(&why));
	else if (rc == -1)
		rc = 500;
	buf_free(&why);
	return rc;
}

/* The agency a transfer sends it to, into *target (id, code, name; the caller frees it): 0; else,
 * the transaction rolled back, the status after the page said why not (422: no such agency, or
 * the one holding it) or after a database error. */
static int
feedback_target(struct req *req, struct db_result **target)
{
	struct db *db = req->app->db;
	struct db_arg code = DB_STR(req_form(req, "agency"));

	if (db_query(db, &feedback_act_stmts, SQL_TARGET, DB_ARG(code), target) == -1) {
		db_rollback(db);
		return req_db_failed(req);
	}
	if ((*target)->nrows == 1 && db_cell_ll(*target, 0, 0, 0) != req->sess->agency_id)
		return 0;
	db_rollback(db);
	return feedback_refuse(req, 422, "agency", (*target)->nrows != 1 ?
	    "Không có cơ quan nào mang mã này." :
	    "Phản ánh đang ở chính cơ quan này; hãy chọn cơ quan khác.");
}

/* What the audit log says of the action. */
static void
feedback_detail(struct buf *detail, const char *action, const struct db_result *f,
    const struct db_result *target)
{
	buf_printf(detail, "%s %s", action, db_cell(f, 0, FEEDBACK_COL_CODE));
	if (target)
		buf_printf(detail, " to %s", db_cell(target, 0, 1));
}

/*
 * POST /office/feedback/{code}/act (action, version; reason for reject and transfer, agency for
 * transfer, answer and files file1..file3 for answer): 303 back to the feedback (to the list after
 * a transfer out of the official's reach). 409 when another official acted first or the action
 * does not fit the feedback's state (nothing changes); 422 when the reason, the answer or the
 * agency is missing or wrong, or a file cannot be taken; 403 for a feedback the official may see
 * but not act on (an agency above the one holding it); 404 for one out of reach.
 */
int
office_feedback_act(struct req *req)
{
	const char *action = req_form(req, "action");
	const struct feedback_step *step = feedback_step_find(action, FEEDBACK_OFFICIAL);
	struct db *db = req->app->db;
	struct db_result *f = NULL, *lock = NULL, *target = NULL;
	struct filestore_upload ups[FEEDBACK_FILES];
	struct feedback_move move;
	struct buf mail = BUF_INIT, detail = BUF_INIT;
	size_t nfiles = 0, i;
	int failed, status, rc;

	memset(ups, 0, sizeof(ups));
	if (step == NULL || req_form(req, "version") == NULL)
		return feedback_refuse(req, 422, "action", "Vui lòng chọn một thao tác.");
	if ((status = feedback_check(req, step, ups, &nfiles)) != 0)
		goto out;

	if (db_begin(db) == -1) {
		status = req_db_failed(req);
		goto out;
	}
	{
		struct db_arg code = DB_STR(req->path_args[0]);

		if (db_query(db, &feedback_act_stmts, SQL_LOCK, DB_ARG(code), &lock) == -1) {
			status = req_db_failed(req);
			goto rollback;
		}
	}
	if (lock->nrows != 1 || (f = office_feedback_load(req, &failed)) == NULL) {
		status = lock->nrows == 1 && failed ? req_db_failed(req) : 404;
		goto rollback;
	}
	if (req->sess->role != ROLE_OFFICIAL ||
	    db_cell_ll(f, 0, FEEDBACK_COL_AGENCY_ID, 0) != req->sess->agency_id) {
		req_error(req, "Phản ánh này do cơ quan khác xử lý; bạn chỉ có thể theo dõi, không thể "
		    "thao tác trên nó.");
		status = 403;
		goto rollback;
	}
	if (db_cell_ll(f, 0, FEEDBACK_COL_VERSION, -1) != req_form_ll(req, "version", -2)) {
		db_rollback(db);
		req_set(req, "Office.Conflict", "1");
		status = feedback_refuse(req, 409, "action", "Phản ánh vừa được cán bộ khác cập nhật "
		    "trước bạn; thao tác của bạn chưa được thực hiện. Hãy xem trạng thái mới dưới đây "
		    "rồi quyết định.");
		goto out;
	}
	if ((step->flags & FEEDBACK_PUBLISH_OK) && db_cell_ll(f, 0, FEEDBACK_COL_PUBLISH_OK, 0) != 1) {
		db_rollback(db);
		status = feedback_refuse(req, 409, "action", "Người gửi không đồng ý công khai câu trả "
		    "lời, nên phản ánh này không được công khai.");
		goto out;
	}
	if ((step->flags & FEEDBACK_TO_AGENCY) && (status = feedback_target(req, &target)) != 0)
		goto out;

	move = (struct feedback_move){ .feedback_id = db_cell_ll(f, 0, FEEDBACK_COL_ID, 0),
	    .version = db_cell_ll(f, 0, FEEDBACK_COL_VERSION, 0), .actor_id = req->sess->user_id,
	    .agency_id = req->sess->agency_id, .from = db_cell(f, 0, FEEDBACK_COL_STATUS),
	    .text = step->text ? req_form(req, step->text) : NULL, .files = ups, .nfiles = nfiles };
	if (target) {
		move.target_id = db_cell_ll(target, 0, 0, 0);
		move.target_code = db_cell(target, 0, 1);
		move.target_name = db_cell(target, 0, 2);
	}
	if (feedback_step_allows(step, move.from))
		rc = feedback_step_apply(db, step, &move, &mail);
	else	/* what the trigger (or, for a transfer, the statement's guard) would say */
		rc = step->unmoved ? FEEDBACK_UNMOVED : FEEDBACK_REFUSED;
	if (rc == FEEDBACK_REFUSED || rc == FEEDBACK_UNMOVED) {
		db_rollback(db);
		status = feedback_refuse(req, 409, "action", rc == FEEDBACK_UNMOVED ? step->unmoved :
		    "Thao tác này không áp dụng được với trạng thái hiện tại của phản ánh; không có gì "
		    "thay đổi.");
		goto out;
	}
	feedback_detail(&detail, action, f, target);
	if (rc == -1 ||
	    audit_log(db, "feedback_action", db_cell_ll(f, 0, FEEDBACK_COL_USER_ID, 0),
	    req->sess->user_id, req_param(req, "REMOTE_ADDR"), buf_str(&detail)) == -1 ||
	    (!(step->flags & FEEDBACK_NO_MAIL) && feedback_notify(db,
	    req->app->templates, move.feedback_id, action,
	    buf_str(&mail), conf_str(req->app->conf, "Site.BaseURL", "")) == -1) ||
	    db_commit(db) == -1) {
		status = req_db_failed(req);
		goto rollback;
	}
	if (target)	/* the feedback is the other agency's now: back to the list */
		status = req_redirect(req, 303, "/office/feedback?moved=%s",
		    db_cell(f, 0, FEEDBACK_COL_CODE));
	else
		status = req_redirect(req, 303, "/office/feedback/%s?done=%s",
		    db_cell(f, 0, FEEDBACK_COL_CODE), action);
	goto out;
rollback:
	db_rollback(db);
out:
	for (i = 0; i < FEEDBACK_FILES; i++)
		filestore_upload_free(&ups[i]);
	db_result_free(f);
	db_result_free(lock);
	db_result_free(target);
	buf_free(&mail);
	buf_free(&detail);
	return status;
}
