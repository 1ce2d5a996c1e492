/* office: feedback and complaints as an agency sees them — the list of what it and the agencies
 * below it hold, due dates first; one submission with its contact details, files, timeline and
 * answer; and the download of its files. Every query is bounded by what the official may see. */
#include "office.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "db.h"
#include "feedback.h"
#include "feedback_flow.h"
#include "pager.h"
#include "sess.h"
#include "url.h"

#define FEEDBACK_PER_PAGE 20

/* What an official may see: the agency and the agencies below it, at most OFFICE_FEEDBACK_DEPTH
 * levels of parent_id down — a People's Committee, its departments and what these hold —
 * bounded so that a cycle in the catalogue cannot run away. The first parameter is the agency. */
#define FEEDBACK_TEXT(x) FEEDBACK_TEXT_(x)
#define FEEDBACK_TEXT_(x) #x
#define FEEDBACK_REACH \
	"WITH RECURSIVE reach (id, depth) AS (SELECT id, 0 FROM agencies WHERE id = ? " \
	"UNION ALL SELECT a.id, r.depth + 1 FROM agencies a JOIN reach r ON a.parent_id = r.id " \
	"WHERE r.depth < " FEEDBACK_TEXT(OFFICE_FEEDBACK_DEPTH) ") "
/* Within reach, or anything when the parameter is 1 (an admin). */
#define FEEDBACK_SEEN "(? = 1 OR f.agency_id IN (SELECT id FROM reach)) "
/* The deadline of the step the feedback waits for: classifying it, answering it, publishing the
 * answer (only when the submitter agreed); none once it is rejected or published. */
#define FEEDBACK_DUE \
	"(CASE f.status WHEN 'received' THEN f.classify_due WHEN 'accepted' THEN f.answer_due " \
	"WHEN 'answered' THEN IF(f.publish_ok = 1, f.publish_due, NULL) END)"
#define FEEDBACK_DUE_COLUMNS "DATE_FORMAT(" FEEDBACK_DUE ", '%d/%m/%Y') AS due, " \
	"CASE f.status WHEN 'received' THEN 'classify' WHEN 'accepted' THEN 'answer' " \
	"WHEN 'answered' THEN IF(f.publish_ok = 1, 'publish', '') ELSE '' END AS due_kind, " \
	"COALESCE(" FEEDBACK_DUE " < CURDATE(), 0) AS overdue "
/* The filters of the list, each off when its parameter is ''. */
#define FEEDBACK_FILTERS "AND (? = '' OR f.code = ?) AND (? = '' OR f.status = ?) " \
	"AND (? = '' OR f.category = ?) "

enum {
	SQL_COUNT,
	SQL_LIST,
	SQL_WIDE,
	SQL_CATEGORIES,
	SQL_FEEDBACK,
	SQL_EVENTS,
	SQL_FILES,
	SQL_FILE,
	SQL_TARGETS,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_COUNT */
	FEEDBACK_REACH "SELECT COUNT(*) FROM feedback f WHERE " FEEDBACK_SEEN FEEDBACK_FILTERS,
	/* SQL_LIST: overdue first, then the nearest deadline, then what waits for nothing. */
	FEEDBACK_REACH
	"SELECT f.code, f.title, f.status, c.name AS category_name, a.name AS agency_name, "
	"f.agency_id = ? AS ours, DATE_FORMAT(f.created_at, '%d/%m/%Y') AS submitted, "
	FEEDBACK_DUE_COLUMNS
	"FROM feedback f JOIN feedback_categories c ON c.code = f.category "
	"JOIN agencies a ON a.id = f.agency_id WHERE " FEEDBACK_SEEN FEEDBACK_FILTERS
	"ORDER BY overdue DESC, " FEEDBACK_DUE " IS NULL, " FEEDBACK_DUE ", f.id LIMIT ? OFFSET ?",
	/* SQL_WIDE: how many agencies the official's reach has (more than one: show who holds what). */
	FEEDBACK_REACH "SELECT COUNT(*) FROM reach",
	/* SQL_CATEGORIES */
	"SELECT code, name FROM feedback_categories ORDER BY ord",
	/* SQL_FEEDBACK: one submission within reach; its first columns are office.h's
	 * FEEDBACK_COL_*. */
	FEEDBACK_REACH
	"SELECT f.id, f.code, f.status, f.version, f.agency_id, COALESCE(f.user_id, 0) AS user_id, "
	"f.publish_ok, f.title, f.content, f.category, c.name AS category_name, a.code AS agency_code, "
	"a.name AS agency_name, fa.name AS first_agency_name, f.first_agency_id <> f.agency_id AS moved, "
	"p.code AS procedure_code, p.name AS procedure_name, d.code AS dossier_code, "
	"d.agency_id = ? AS dossier_ours, f.contact_name, f.contact_email, f.contact_phone, "
	"COALESCE(u.kind, '') AS account_kind, f.source, f.address, "
	"DATE_FORMAT(f.created_at, '%H:%i %d/%m/%Y') AS submitted, "
	"DATE_FORMAT(f.classify_due, '%d/%m/%Y') AS classify_due, "
	"DATE_FORMAT(f.answer_due, '%d/%m/%Y') AS answer_due, "
	"DATE_FORMAT(f.publish_due, '%d/%m/%Y') AS publish_due, " FEEDBACK_DUE_COLUMNS ", "
	"f.reject_reason, f.answer, DATE_FORMAT(f.answered_at, '%H:%i %d/%m/%Y') AS answered, "
	"COALESCE(ub.full_name, '') AS answered_by, "
	"DATE_FORMAT(f.published_at, '%H:%i %d/%m/%Y') AS published, f.rating, "
	"DATE_FORMAT(f.escalated_at, '%H:%i %d/%m/%Y') AS escalated "
	"FROM feedback f JOIN feedback_categories c ON c.code = f.category "
	"JOIN agencies a ON a.id = f.agency_id JOIN agencies fa ON fa.id = f.first_agency_id "
	"LEFT JOIN procedures p ON p.id = f.procedure_id LEFT JOIN dossiers d ON d.id = f.dossier_id "
	"LEFT JOIN users u ON u.id = f.user_id LEFT JOIN users ub ON ub.id = f.answered_by "
	"WHERE f.code = ? AND " FEEDBACK_SEEN,
	/* SQL_EVENTS: the timeline, with who acted and at which agency. */
	"SELECT DATE_FORMAT(e.at, '%H:%i %d/%m/%Y') AS at, e.action, e.from_status, e.to_status, "
	"e.note, COALESCE(u.full_name, '') AS actor, COALESCE(u.kind, '') AS actor_kind, "
	"COALESCE(a.name, '') AS agency_name FROM feedback_events e "
	"LEFT JOIN users u ON u.id = e.actor_id LEFT JOIN agencies a ON a.id = e.agency_id "
	"WHERE e.feedback_id = ? ORDER BY e.id",
	/* SQL_FILES: the submitter's, then the agency's with its answer. */
	"SELECT ff.id, ff.role, ff.filename, fl.mime, GREATEST(1, ROUND(fl.size / 1024)) AS kb "
	"FROM feedback_files ff JOIN files fl ON fl.id = ff.file_id WHERE ff.feedback_id = ? "
	"ORDER BY FIELD(ff.role, 'submission', 'answer'), ff.id",
	/* SQL_FILE: one file of a submission within reach, with its bytes. */
	FEEDBACK_REACH "SELECT ff.filename, fl.mime, fl.content FROM feedback_files ff "
	"JOIN files fl ON fl.id = ff.file_id JOIN feedback f ON f.id = ff.feedback_id "
	"WHERE ff.id = ? AND f.code = ? AND " FEEDBACK_SEEN,
	/* SQL_TARGETS: agencies a submission is most often sent on to, offered while typing a code:
	 * the top of every hierarchy, the agency's parent, children and siblings, and the agencies of
	 * its province or commune. Any other code may be typed. */
	"SELECT a.code, a.name FROM agencies a JOIN agencies me ON me.id = ? WHERE a.id <> me.id "
	"AND (a.parent_id IS NULL OR a.parent_id = me.id OR a.id = me.parent_id "
	"OR a.parent_id = me.parent_id OR a.unit_code = me.unit_code) ORDER BY a.name LIMIT 400",
};

static const struct db_stmts feedback_stmts = DB_STMTS("office_feedback", sqls);

/* 1 when the session may see every agency's feedback (an admin), else 0. */
static int
feedback_sees_all(const struct req *req)
{
	return req->sess->role == ROLE_ADMIN;
}

/*
 * GET /office/feedback[?code=&status=&category=&page=&moved=] (staff): the feedback within the
 * official's reach, overdue first, then by due date. 200; 500/503.
 */
int
office_feedback_inbox(struct req *req)
{
	const char *code = req_form(req, "code") ? req_form(req, "code") : "";
	const char *status = req_form(req, "status") ? req_form(req, "status") : "";
	const char *category = req_form(req, "category") ? req_form(req, "category") : "";
	int page = req_form_int(req, "page", 1), all = feedback_sees_all(req), rc;
	long long agency = req->sess->agency_id, total, wide;
	struct db_result *res = NULL;
	struct buf base = BUF_INIT;
	struct db_arg count[] = { DB_INT(agency), DB_INT(all), DB_STR(code), DB_STR(code),
	    DB_STR(status), DB_STR(status), DB_STR(category), DB_STR(category) };
	struct db_arg list[] = { DB_INT(agency), DB_INT(agency), DB_INT(all), DB_STR(code),
	    DB_STR(code), DB_STR(status), DB_STR(status), DB_STR(category), DB_STR(category),
	    DB_INT(FEEDBACK_PER_PAGE), DB_INT(pager_offset(page, FEEDBACK_PER_PAGE)) };
	struct db_arg aid = DB_INT(agency);
	struct db *db = req->app->db;

	req_set(req, "Page.Title", "Phản ánh, kiến nghị cần xử lý");
	req->template = "office/feedback-inbox.cs";
	req->cache_private = 1;
	if (db_query(db, &feedback_stmts, SQL_COUNT, DB_ARGS(count), &res) == -1)
		return req_db_failed(req);
	total = db_cell_ll(res, 0, 0, 0);
	db_result_free(res);
	if (db_query(db, &feedback_stmts, SQL_WIDE, DB_ARG(aid), &res) == -1)
		return req_db_failed(req);
	wide = all || db_cell_ll(res, 0, 0, 0) > 1;
	db_result_free(res);
	if (db_query_to_hdf(db, &feedback_stmts, SQL_LIST, DB_ARGS(list), req->hdf, "Feedback") == -1 ||
	    db_query_to_hdf(db, &feedback_stmts, SQL_CATEGORIES, DB_NOARGS, req->hdf,
	    "Categories") == -1)
		return req_db_failed(req);
	buf_puts(&base, "/office/feedback?code=");
	url_encode(code, &base);
	buf_puts(&base, "&status=");
	url_encode(status, &base);
	buf_puts(&base, "&category=");
	url_encode(category, &base);
	rc = pager_set(req, buf_str(&base), total, page, FEEDBACK_PER_PAGE);
	buf_free(&base);
	if (rc == -1)
		return 500;
	req_set_int(req, "Inbox.Total", total);
	req_set_int(req, "Inbox.Wide", wide);
	req_set_int(req, "Inbox.All", all);
	if (req_form(req, "moved"))
		req_set(req, "Inbox.Moved", req_form(req, "moved"));
	return 200;
}

struct db_result *
office_feedback_load(struct req *req, int *failed)
{
	struct db_arg args[] = { DB_INT(req->sess->agency_id), DB_INT(req->sess->agency_id),
	    DB_STR(req->path_args[0]), DB_INT(feedback_sees_all(req)) };
	struct db_result *res = NULL;

	*failed = 0;
	if (db_query(req->app->db, &feedback_stmts, SQL_FEEDBACK, DB_ARGS(args), &res) == -1) {
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
office_feedback_fill(struct req *req, const struct db_result *f)
{
	struct db *db = req->app->db;
	const char *status = db_cell(f, 0, FEEDBACK_COL_STATUS);
	int can_act, targets = 0;
	struct db_arg id = DB_INT(db_cell_ll(f, 0, FEEDBACK_COL_ID, 0));
	struct db_arg me = DB_INT(req->sess->agency_id);
	size_t i, n = 0;

	req_set(req, "Page.Title", "Xử lý phản ánh, kiến nghị");
	db_row_to_hdf(f, 0, req->hdf, "Feedback");
	can_act = req->sess->role == ROLE_OFFICIAL &&
	    db_cell_ll(f, 0, FEEDBACK_COL_AGENCY_ID, 0) == req->sess->agency_id;
	req_set_int(req, "Feedback.can_act", can_act);
	/* What the holding agency's officials may do now, in the table's order. */
	for (i = 0; can_act && i < feedback_nsteps; i++) {
		const struct feedback_step *step = &feedback_steps[i];
		char name[64];

		if (step->actor != FEEDBACK_OFFICIAL || !feedback_step_allows(step, status))
			continue;
		if ((step->flags & FEEDBACK_PUBLISH_OK) &&
		    db_cell_ll(f, 0, FEEDBACK_COL_PUBLISH_OK, 0) != 1)
			continue;
		targets = targets || (step->flags & FEEDBACK_TO_AGENCY);
		hdf_name_index(name, sizeof(name), "Actions.", n++, ".action");
		req_set(req, name, step->action);
	}
	if (db_query_to_hdf(db, &feedback_stmts, SQL_EVENTS, DB_ARG(id), req->hdf, "Events") == -1 ||
	    db_query_to_hdf(db, &feedback_stmts, SQL_FILES, DB_ARG(id), req->hdf, "Files") == -1 ||
	    (targets &&
	    db_query_to_hdf(db, &feedback_stmts, SQL_TARGETS, DB_ARG(me), req->hdf, "Targets") == -1))
		return -1;
	req_set_int(req, "Limits.AnswerMax", FEEDBACK_ANSWER_MAX);
	if (req_form(req, "done") && req_set(req, "Office.Done", req_form(req, "done")) == -1)
		return -1;
	req->template = "office/feedback.cs";
	req->cache_private = 1;
	return 0;
}

/*
 * GET /office/feedback/{code} (staff): one submission within reach, with the actions its holding
 * agency's officials may take now. 200; 404 for one out of reach (the same page as for none).
 */
int
office_feedback_view(struct req *req)
{
	struct db_result *f;
	int failed, rc;

	req_set(req, "Page.Title", "Xử lý phản ánh, kiến nghị");
	if ((f = office_feedback_load(req, &failed)) == NULL)
		return failed ? req_db_failed(req) : 404;
	rc = office_feedback_fill(req, f);
	db_result_free(f);
	return rc == -1 ? req_db_failed(req) : 200;
}

/*
 * GET /office/feedback/{code}/files/{id} (staff): one file of a submission within reach, as an
 * attachment. 200; 404 for anything else.
 */
int
office_feedback_file(struct req *req)
{
	struct db_arg args[] = { DB_INT(req->sess->agency_id), DB_INT(atoll(req->path_args[1])),
	    DB_STR(req->path_args[0]), DB_INT(feedback_sees_all(req)) };
	struct db_result *res = NULL;

	if (db_query(req->app->db, &feedback_stmts, SQL_FILE, DB_ARGS(args), &res) == -1)
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
