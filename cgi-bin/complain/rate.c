/* complain: the submitter rates the answer, once an answer is given; an unsatisfied submitter may
 * send it, once, to the agency above the one that answered. */
#include "complain.h"

#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "conf.h"
#include "db.h"
#include "feedback.h"
#include "holidays.h"
#include "sess.h"
#include "url.h"

enum {
	SQL_RATE,
	SQL_ESCALATE,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_RATE: once per answer; the statement is the check. */
	"UPDATE feedback SET rating = ?, rated_at = NOW() WHERE id = ? AND rating IS NULL "
	"AND status IN ('answered', 'published')",
	/* SQL_ESCALATE: to the agency above, once; it starts again from classification there, and
	 * the answer it gives will be rated afresh (the first rating stays in the timeline). */
	"UPDATE feedback SET status = 'received', agency_id = ?, classify_due = ?, answer_due = NULL, "
	"publish_due = NULL, escalated_at = NOW(), rating = NULL, rated_at = NULL, "
	"version = version + 1 WHERE id = ? AND escalated_at IS NULL AND rating = 4 "
	"AND status IN ('answered', 'published')",
};

static const struct db_stmts rate_stmts = DB_STMTS("rate", sqls);

static const char *const rating_names[] = { "", "Rất hài lòng", "Hài lòng", "Chấp nhận được",
    "Không hài lòng" };

/* Shows the page again with the form's problem (status). */
static int
rate_refuse(struct req *req, const struct db_result *row, enum complain_viewer viewer, int status,
    const char *message)
{
	req_field_error(req, "rating", message);
	return complain_fill(req, row, viewer) == -1 ? req_db_failed(req) : status;
}

/* The rating (and the escalation) in one transaction. Returns 0, 1 when nothing could be
 * changed (rated already, or not answered), -1 on a database error. */
static int
rate_store(struct req *req, const struct db_result *row, int rating, int escalate)
{
	struct db *db = req->app->db;
	long long id = db_cell_ll(row, 0, CC_ID, 0);
	long long agency = db_cell_ll(row, 0, CC_AGENCY_ID, 0);
	long long parent = db_cell_ll(row, 0, CC_PARENT, 0);
	long long actor = req->sess ? req->sess->user_id : 0;
	const char *status = db_cell(row, 0, CC_STATUS);
	unsigned long long changed = 0;
	char due[11];

	if (db_begin(db) == -1)
		return -1;
	{
		struct db_arg args[] = { DB_INT(rating), DB_INT(id) };

		if (db_exec(db, &rate_stmts, SQL_RATE, DB_ARGS(args), &changed, NULL) == -1)
			goto fail;
	}
	if (changed == 0) {
		db_rollback(db);
		return 1;
	}
	if (feedback_event(db, id, actor, agency, "rate", status, status, rating_names[rating]) == -1)
		goto fail;
	if (escalate) {
		struct db_arg args[3];

		if (holidays_due(db, FEEDBACK_CLASSIFY_DAYS, due) == -1)
			goto fail;
		args[0] = DB_INT(parent);
		args[1] = DB_STR(due);
		args[2] = DB_INT(id);
		if (db_exec(db, &rate_stmts, SQL_ESCALATE, DB_ARGS(args), &changed, NULL) == -1)
			goto fail;
		if (changed == 1 &&
		    (feedback_event(db, id, actor, parent, "escalate", status, "received", "") == -1 ||
		     feedback_notify(db, req->app->templates, id, "escalate", "",
		     conf_str(req->app->conf, "Site.BaseURL", "")) == -1))
			goto fail;
	}
	if (db_commit(db) == -1)
		goto fail;
	return 0;
fail:
	db_rollback(db);
	return -1;
}

/*
 * POST /feedback/{code}/rate (the submitter: its account, or key= its secret link): rating 1
 * "Rất hài lòng" .. 4 "Không hài lòng"; with escalate=1 and rating 4, the submission goes to the
 * agency above, once. 303 back to the page; 422 without a rating, or an escalation that is not
 * possible (satisfied, escalated already, no agency above); 409 when it is rated already or not
 * answered yet; 404 for anyone else.
 */
int
complain_rate(struct req *req)
{
	const char *r = req_form(req, "rating"), *key = req_form(req, "key");
	int escalate = req_form(req, "escalate") != NULL, rating, rc;
	struct db_result *row = NULL;
	enum complain_viewer viewer;
	struct buf where = BUF_INIT;

	if ((rc = complain_load(req, &row, &viewer)) != 1)
		return rc == 0 ? 404 : req_db_failed(req);
	if (viewer != COMPLAIN_SUBMITTER) {
		db_result_free(row);
		req_error(req, "Chỉ người gửi phản ánh, kiến nghị mới đánh giá được câu trả lời.");
		return 404;
	}
	if (r == NULL) {
		rc = rate_refuse(req, row, viewer, 422, "Vui lòng chọn mức độ hài lòng của bạn.");
		goto out;
	}
	rating = atoi(r);
	if (escalate && (rating != 4 || strcmp(db_cell(row, 0, CC_ESCALATED), "1") == 0 ||
	    strcmp(db_cell(row, 0, CC_PARENT), "0") == 0)) {
		rc = rate_refuse(req, row, viewer, 422, rating != 4
		    ? "Chỉ đề nghị cơ quan cấp trên xem xét khi bạn không hài lòng với câu trả lời."
		    : strcmp(db_cell(row, 0, CC_ESCALATED), "1") == 0
		    ? "Phản ánh này đã được chuyển lên cơ quan cấp trên một lần; không thể chuyển tiếp."
		    : "Cơ quan trả lời không có cơ quan cấp trên trên Cổng.");
		goto out;
	}
	if ((rc = rate_store(req, row, rating, escalate)) == -1) {
		rc = req_db_failed(req);
		goto out;
	}
	if (rc == 1) {
		rc = rate_refuse(req, row, viewer, 409, "Câu trả lời này đã được đánh giá, hoặc chưa có "
		    "câu trả lời để đánh giá.");
		goto out;
	}
	buf_puts(&where, "/feedback/");
	url_encode(db_cell(row, 0, CC_CODE), &where);
	buf_puts(&where, "?rated=1");
	if (key && *key) {
		buf_puts(&where, "&key=");
		url_encode(key, &where);
	}
	rc = req_redirect(req, 303, "%s", buf_str(&where));
out:
	buf_free(&where);
	db_result_free(row);
	return rc;
}
