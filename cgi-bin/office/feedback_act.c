/* office: an action on feedback — accept, reject with a reason, transfer to the competent agency,
 * answer (with files), publish the answer. Each is made only by an official of the agency that
 * holds the feedback, only from the version the official saw (optimistic locking), and only if
 * the feedback_transitions trigger lets the status change; the timeline, the audit log and the
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
#include "filestore.h"
#include "fmt.h"
#include "holidays.h"
#include "sess.h"
#include "utf8.h"

/* The server's error for SIGNAL SQLSTATE '45000' (ER_SIGNAL_EXCEPTION): the trigger said no. */
#define FB_ER_SIGNAL 1644
/* Files of an answer: file1..file3, all of them together within what the office's body limit
 * (nginx's 6 MB for /office) lets through. */
#define FB_ANSWER_FILES 3
#define FB_ANSWER_BYTES FILESTORE_MAX_FILE
/* Characters of the answer the timeline keeps (the whole answer is on the feedback). */
#define FB_SUMMARY_CHARS 300
/* Characters a timeline note may have (feedback_events.note). */
#define FB_NOTE_CHARS 2000

enum {
	SQL_LOCK,
	SQL_ACCEPT,
	SQL_REJECT,
	SQL_TRANSFER,
	SQL_ANSWER,
	SQL_PUBLISH,
	SQL_TARGET,
	SQL_FILE,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_LOCK: the row an action changes, held until it commits. */
	"SELECT id FROM feedback WHERE code = ? FOR UPDATE",
	/* SQL_ACCEPT: each change only from the version the official saw; the trigger checks the
	 * change of status. */
	"UPDATE feedback SET status = 'accepted', version = version + 1, answer_due = ? "
	"WHERE id = ? AND version = ?",
	/* SQL_REJECT */
	"UPDATE feedback SET status = 'rejected', version = version + 1, reject_reason = ? "
	"WHERE id = ? AND version = ?",
	/* SQL_TRANSFER: the status stays, so the trigger has nothing to say: only what waits to be
	 * classified moves, and the deadline to classify it starts again at the new agency. */
	"UPDATE feedback SET agency_id = ?, classify_due = ?, version = version + 1 "
	"WHERE id = ? AND version = ? AND status = 'received'",
	/* SQL_ANSWER: the deadline to publish only when the submitter agreed to publication. */
	"UPDATE feedback SET status = 'answered', version = version + 1, answer = ?, "
	"answered_at = NOW(), answered_by = ?, publish_due = IF(publish_ok = 1, ?, NULL) "
	"WHERE id = ? AND version = ?",
	/* SQL_PUBLISH */
	"UPDATE feedback SET status = 'published', version = version + 1, published_at = NOW() "
	"WHERE id = ? AND version = ? AND publish_ok = 1",
	/* SQL_TARGET: the agency a transfer sends it to. */
	"SELECT id, code, name FROM agencies WHERE code = ?",
	/* SQL_FILE: a file of the answer. */
	"INSERT INTO feedback_files (feedback_id, role, file_id, filename) VALUES (?, 'answer', ?, ?)",
};

static const struct db_stmts fb_act_stmts = DB_STMTS("office_feedback_act", sqls);

/* The page again, saying why the action was not taken: status, or the page's own failure. */
static int
fb_refuse(struct req *req, int status, const char *field, const char *message)
{
	int rc;

	req_field_error(req, field, message);
	req_set(req, "Office.Failed", req_form(req, "action") ? req_form(req, "action") : "");
	rc = office_feedback_view(req);
	return rc == 200 ? status : rc;
}

/* Writes YYYY-MM-DD as DD/MM/YYYY, as the pages say dates. Returns 0 or -1. */
static int
fb_date(const char *iso, char out[11])
{
	return fmt_into(out, 11, "%.2s/%.2s/%.4s", iso + 8, iso + 5, iso);
}

/* Reads the answer's files into ups (up to FB_ANSWER_FILES, *n of them). Returns 0, 1 when one
 * cannot be taken (*field says which, and why is appended to why, for a 422), or -1 on a read
 * error. */
static int
fb_read_files(struct req *req, struct filestore_upload *ups, size_t *n, const char **field,
    struct buf *why)
{
	static const char *const names[FB_ANSWER_FILES] = { "file1", "file2", "file3" };
	size_t i, total = 0;

	*n = 0;
	for (i = 0; i < FB_ANSWER_FILES; i++) {
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
	if (total > (size_t)FB_ANSWER_BYTES) {
		*field = "file1";
		buf_puts(why, "Các tệp đính kèm câu trả lời cộng lại không được quá 5 MB.");
		return 1;
	}
	return 0;
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
	const char *action = req_form(req, "action"), *reason = req_form(req, "reason");
	const char *answer = req_form(req, "answer"), *target_code = req_form(req, "agency");
	const char *base_url = conf_str(req->app->conf, "Site.BaseURL", "");
	struct db *db = req->app->db;
	struct db_result *f = NULL, *lock = NULL, *target = NULL;
	struct filestore_upload ups[FB_ANSWER_FILES];
	const struct office_fb_action *act = NULL;
	struct buf note = BUF_INIT, mail = BUF_INIT, detail = BUF_INIT;
	size_t nfiles = 0, i;
	unsigned long long moved = 0;
	long long id, version, agency = req->sess->agency_id;
	char due[11] = "", shown[11];
	int failed, status, rc;

	memset(ups, 0, sizeof(ups));
	for (i = 0; action && i < office_fb_nactions; i++)
		if (strcmp(office_fb_actions[i].action, action) == 0)
			act = &office_fb_actions[i];
	if (act == NULL || req_form(req, "version") == NULL)
		return fb_refuse(req, 422, "action", "Vui lòng chọn một thao tác.");
	if (strcmp(action, "reject") == 0 && reason == NULL)
		return fb_refuse(req, 422, "reason", "Từ chối tiếp nhận phải nêu rõ lý do.");
	if (strcmp(action, "transfer") == 0 && target_code == NULL)
		return fb_refuse(req, 422, "agency", "Hãy nhập mã cơ quan có thẩm quyền sẽ nhận phản ánh.");
	if (strcmp(action, "answer") == 0) {
		if (answer == NULL)
			return fb_refuse(req, 422, "answer", "Hãy nhập nội dung trả lời.");
		const char *field = "file1";
		struct buf why = BUF_INIT;	/* grown: a file's name may be 200 characters */

		rc = fb_read_files(req, ups, &nfiles, &field, &why);
		if (rc != 0)
			status = rc == -1 ? 500 : fb_refuse(req, 422, field, buf_str(&why));
		buf_free(&why);
		if (rc != 0)
			goto out;
	}

	if (db_begin(db) == -1) {
		status = req_db_failed(req);
		goto out;
	}
	{
		struct db_arg code = DB_STR(req->path_args[0]);

		if (db_query(db, &fb_act_stmts, SQL_LOCK, &code, 1, &lock) == -1) {
			status = req_db_failed(req);
			goto rollback;
		}
	}
	if (lock->nrows != 1 || (f = office_feedback_load(req, &failed)) == NULL) {
		status = lock->nrows == 1 && failed ? req_db_failed(req) : 404;
		goto rollback;
	}
	if (req->sess->role != ROLE_OFFICIAL || atoll(db_cell(f, 0, FB_AGENCY_ID)) != agency) {
		req_error(req, "Phản ánh này do cơ quan khác xử lý; bạn chỉ có thể theo dõi, không thể "
		    "thao tác trên nó.");
		status = 403;
		goto rollback;
	}
	id = atoll(db_cell(f, 0, FB_ID));
	version = atoll(db_cell(f, 0, FB_VERSION));
	if (version != atoll(req_form(req, "version"))) {
		db_rollback(db);
		req_set(req, "Office.Conflict", "1");
		status = fb_refuse(req, 409, "action", "Phản ánh vừa được cán bộ khác cập nhật trước "
		    "bạn; thao tác của bạn chưa được thực hiện. Hãy xem trạng thái mới dưới đây rồi "
		    "quyết định.");
		goto out;
	}
	if (strcmp(action, "publish") == 0 && strcmp(db_cell(f, 0, FB_PUBLISH_OK), "1") != 0) {
		db_rollback(db);
		status = fb_refuse(req, 409, "action", "Người gửi không đồng ý công khai câu trả lời, "
		    "nên phản ánh này không được công khai.");
		goto out;
	}

	/* The change itself, and what the timeline and the mail say of it. */
	if (strcmp(action, "accept") == 0) {
		struct db_arg args[3];

		if (holidays_due(db, FEEDBACK_ANSWER_DAYS, due) == -1) {
			status = req_db_failed(req);
			goto rollback;
		}
		args[0] = DB_STR(due);
		args[1] = DB_INT(id);
		args[2] = DB_INT(version);
		if (fb_date(due, shown) == -1) {
			status = 500;
			goto rollback;
		}
		rc = db_exec(db, &fb_act_stmts, SQL_ACCEPT, args, 3, &moved, NULL);
		buf_printf(&note, "Hạn trả lời: %s.", shown);
		buf_printf(&mail, "Hạn trả lời: %s.", shown);
	} else if (strcmp(action, "reject") == 0) {
		struct db_arg args[] = { DB_STR(reason), DB_INT(id), DB_INT(version) };

		rc = db_exec(db, &fb_act_stmts, SQL_REJECT, args, 3, &moved, NULL);
		buf_puts(&note, reason);
		buf_puts(&mail, reason);
	} else if (strcmp(action, "transfer") == 0) {
		struct db_arg code = DB_STR(target_code);

		if (db_query(db, &fb_act_stmts, SQL_TARGET, &code, 1, &target) == -1) {
			status = req_db_failed(req);
			goto rollback;
		}
		if (target->nrows != 1 || atoll(db_cell(target, 0, 0)) == agency) {
			db_rollback(db);
			status = fb_refuse(req, 422, "agency", target->nrows != 1 ?
			    "Không có cơ quan nào mang mã này." :
			    "Phản ánh đang ở chính cơ quan này; hãy chọn cơ quan khác.");
			goto out;
		}
		if (holidays_due(db, FEEDBACK_CLASSIFY_DAYS, due) == -1) {
			status = req_db_failed(req);
			goto rollback;
		}
		{
			struct db_arg args[] = { DB_INT(atoll(db_cell(target, 0, 0))), DB_STR(due),
			    DB_INT(id), DB_INT(version) };

			rc = db_exec(db, &fb_act_stmts, SQL_TRANSFER, args, 4, &moved, NULL);
		}
		buf_printf(&note, "Chuyển đến %s (%s).", db_cell(target, 0, 2), db_cell(target, 0, 1));
		if (reason) {
			buf_printf(&note, "\n%s", reason);
			buf_puts(&mail, reason);
		}
	} else if (strcmp(action, "answer") == 0) {
		struct db_arg args[5];

		if (holidays_due(db, FEEDBACK_PUBLISH_DAYS, due) == -1) {
			status = req_db_failed(req);
			goto rollback;
		}
		args[0] = DB_STR(answer);
		args[1] = DB_INT(req->sess->user_id);
		args[2] = DB_STR(due);
		args[3] = DB_INT(id);
		args[4] = DB_INT(version);
		rc = db_exec(db, &fb_act_stmts, SQL_ANSWER, args, 5, &moved, NULL);
		utf8_clean(answer, strlen(answer), FB_SUMMARY_CHARS, 1, &note);
		if (utf8_length(answer, strlen(answer)) > FB_SUMMARY_CHARS)
			buf_puts(&note, "…");
		buf_puts(&mail, answer);
		if (nfiles > 0)
			buf_printf(&mail, "\n\n(Câu trả lời có %zu tệp đính kèm, xem trên trang của phản "
			    "ánh, kiến nghị.)", nfiles);
	} else {
		struct db_arg args[] = { DB_INT(id), DB_INT(version) };

		rc = db_exec(db, &fb_act_stmts, SQL_PUBLISH, args, 2, &moved, NULL);
	}
	if (rc == -1 && db_errno(db) == FB_ER_SIGNAL) {
		db_rollback(db);
		status = fb_refuse(req, 409, "action", "Thao tác này không áp dụng được với trạng thái "
		    "hiện tại của phản ánh; không có gì thay đổi.");
		goto out;
	}
	if (rc == 0 && moved == 0 && strcmp(action, "transfer") == 0) {
		db_rollback(db);
		status = fb_refuse(req, 409, "action", "Chỉ chuyển được phản ánh đang chờ phân loại; "
		    "phản ánh này đã được phân loại, không có gì thay đổi.");
		goto out;
	}
	if (rc == -1 || moved != 1) {
		status = req_db_failed(req);
		goto rollback;
	}

	/* A transfer's note is the target and the reason together: it must still fit the column. */
	if (utf8_length(buf_str(&note), note.len) > FB_NOTE_CHARS) {
		struct buf cut = BUF_INIT;

		utf8_clean(buf_str(&note), note.len, FB_NOTE_CHARS, 1, &cut);
		buf_free(&note);
		note = cut;
	}
	if (feedback_event(db, id, req->sess->user_id, agency, action, db_cell(f, 0, FB_STATUS),
	    act->to, buf_str(&note)) == -1) {
		status = req_db_failed(req);
		goto rollback;
	}
	for (i = 0; i < nfiles; i++) {
		long long file_id;
		struct db_arg args[3];

		if (filestore_put(db, &ups[i], &file_id) == -1) {
			status = req_db_failed(req);
			goto rollback;
		}
		args[0] = DB_INT(id);
		args[1] = DB_INT(file_id);
		args[2] = DB_STR(ups[i].filename);
		if (db_exec(db, &fb_act_stmts, SQL_FILE, args, 3, NULL, NULL) == -1) {
			status = req_db_failed(req);
			goto rollback;
		}
	}
	buf_printf(&detail, "%s %s", action, db_cell(f, 0, FB_CODE));
	if (target)
		buf_printf(&detail, " to %s", db_cell(target, 0, 1));
	if ((strcmp(action, "answer") == 0 && feedback_reindex(db, id) == -1) ||
	    audit_log(db, "feedback_action", atoll(db_cell(f, 0, FB_USER_ID)), req->sess->user_id,
	    req_param(req, "REMOTE_ADDR"), buf_str(&detail)) == -1 ||
	    (strcmp(action, "publish") != 0 &&
	    feedback_notify(db, req->app->templates, id, action, buf_str(&mail), base_url) == -1) ||
	    db_commit(db) == -1) {
		status = req_db_failed(req);
		goto rollback;
	}
	if (target)	/* the feedback is the other agency's now: back to the list */
		status = req_redirect(req, 303, "/office/feedback?moved=%s", db_cell(f, 0, FB_CODE));
	else
		status = req_redirect(req, 303, "/office/feedback/%s?done=%s", db_cell(f, 0, FB_CODE),
		    action);
	goto out;
rollback:
	db_rollback(db);
out:
	for (i = 0; i < FB_ANSWER_FILES; i++)
		filestore_upload_free(&ups[i]);
	db_result_free(f);
	db_result_free(lock);
	db_result_free(target);
	buf_free(&note);
	buf_free(&mail);
	buf_free(&detail);
	return status;
}
