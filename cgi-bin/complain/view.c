/* complain: one submission's page — for its submitter (the account, or the secret link) with its
 * state, deadlines, timeline and the rating form; for anyone else only once it is published, and
 * then without anything that says who sent it. */
#include "complain.h"

#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "db.h"
#include "feedback.h"
#include "filestore.h"
#include "sess.h"

enum {
	SQL_ROW,
	SQL_DETAIL,
	SQL_EVENTS,
	SQL_FILES,
	SQL_FILE,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_ROW: columns as enum complain_col; the parent agency is where an escalation goes. */
	"SELECT f.id, f.code, f.status, f.category, c.name, f.agency_id, a.name, f.title, f.content, "
	"COALESCE(f.answer, ''), f.publish_ok, f.rating, f.escalated_at IS NOT NULL, "
	"COALESCE(a.parent_id, 0), f.user_id, f.secret_hash "
	"FROM feedback f JOIN feedback_categories c ON c.code = f.category "
	"JOIN agencies a ON a.id = f.agency_id WHERE f.code = ?",
	/* SQL_DETAIL: what the submitter's page adds. */
	"SELECT DATE_FORMAT(f.created_at, '%H:%i %d/%m/%Y') AS sent, "
	"DATE_FORMAT(f.classify_due, '%d/%m/%Y') AS classify_due, "
	"DATE_FORMAT(f.answer_due, '%d/%m/%Y') AS answer_due, "
	"DATE_FORMAT(f.publish_due, '%d/%m/%Y') AS publish_due, "
	"DATE_FORMAT(f.answered_at, '%H:%i %d/%m/%Y') AS answered, "
	"DATE_FORMAT(f.published_at, '%H:%i %d/%m/%Y') AS published, f.reject_reason, "
	"f.contact_name, f.contact_email, f.contact_phone, COALESCE(p.name, '') AS procedure_name, "
	"COALESCE(d.code, '') AS dossier_code "
	"FROM feedback f LEFT JOIN procedures p ON p.id = f.procedure_id "
	"LEFT JOIN dossiers d ON d.id = f.dossier_id WHERE f.id = ?",
	/* SQL_EVENTS: the timeline, oldest first, with the agency of each step. */
	"SELECT DATE_FORMAT(e.at, '%H:%i %d/%m/%Y') AS at, e.action, e.to_status, e.note, "
	"COALESCE(a.name, '') AS agency FROM feedback_events e LEFT JOIN agencies a ON a.id = e.agency_id "
	"WHERE e.feedback_id = ? ORDER BY e.id",
	/* SQL_FILES: the submitter's files (for the submitter) and the answer's. */
	"SELECT ff.id, ff.role, ff.filename, f.mime FROM feedback_files ff JOIN files f ON f.id = ff.file_id "
	"WHERE ff.feedback_id = ? AND (ff.role = 'answer' OR ? = 1) ORDER BY ff.role, ff.id",
	/* SQL_FILE */
	"SELECT ff.filename, f.mime, f.content, ff.role FROM feedback_files ff "
	"JOIN files f ON f.id = ff.file_id WHERE ff.id = ? AND ff.feedback_id = ?",
};

static const struct db_stmts view_stmts = DB_STMTS("view", sqls);

enum { CC_USER = CC__MAX, CC_SECRET };

static int
view_not_found(struct req *req)
{
	req_error(req, "Không tìm thấy phản ánh, kiến nghị này. Phản ánh chỉ được hiển thị công khai "
	    "sau khi cơ quan trả lời và công bố; người gửi xem được phản ánh của mình bằng tài khoản "
	    "đã gửi hoặc đường dẫn riêng nhận được khi gửi.");
	return 0;
}

int
complain_load(struct req *req, struct db_result **out, enum complain_viewer *viewer)
{
	struct db_arg code = DB_STR(req->path_args[0]);
	const char *key = req_form(req, "key");

	*out = NULL;
	if (db_query(req->app->db, &view_stmts, SQL_ROW, DB_ARG(code), out) == -1)
		return -1;
	if ((*out)->nrows != 1)
		goto none;
	*viewer = COMPLAIN_PUBLIC;
	/* Anonymous feedback has no user: NULL is nobody, not user 0. */
	if (req->sess && !db_cell_is_null(*out, 0, CC_USER) &&
	    db_cell_ll(*out, 0, CC_USER, 0) == req->sess->user_id) {
		*viewer = COMPLAIN_SUBMITTER;
	} else if (key && *key && db_cell(*out, 0, CC_SECRET)) {
		long long id = feedback_by_token(req->app->db, req->path_args[0], key);

		if (id == -1)
			return -1;
		if (id > 0)
			*viewer = COMPLAIN_SUBMITTER;
	}
	if (*viewer == COMPLAIN_SUBMITTER || strcmp(db_cell(*out, 0, CC_STATUS), "published") == 0)
		return 1;
none:
	db_result_free(*out);
	*out = NULL;
	return view_not_found(req);
}

int
complain_fill(struct req *req, const struct db_result *row, enum complain_viewer viewer)
{
	long long id = db_cell_ll(row, 0, CC_ID, 0);
	struct db_arg arg = DB_INT(id);
	struct db_result *detail = NULL;
	HDF *node = req_node(req, "Feedback");
	static const char *const shown[] = { "code", "status", "category", "category_name",
	    "agency_id", "agency", "title", "content", "answer", "publish_ok", "rating", "escalated",
	    "parent" };
	size_t i;

	if (node == NULL)
		return -1;
	/* Only what the page shows: never the account or the hash of the secret link. */
	for (i = 0; i < sizeof(shown) / sizeof(shown[0]); i++)
		if (db_cell(row, 0, i + 1))
			req_node_set(node, shown[i], db_cell(row, 0, i + 1));
	if (db_query(req->app->db, &view_stmts, SQL_DETAIL, DB_ARG(arg), &detail) == -1)
		return -1;
	if (detail->nrows == 1) {
		const char *public_cols[] = { "sent", "answered", "published" };

		if (viewer == COMPLAIN_SUBMITTER) {
			if (db_row_to_hdf(detail, 0, req->hdf, "Feedback") == -1) {
				db_result_free(detail);
				return -1;
			}
		} else {
			for (i = 0; i < sizeof(public_cols) / sizeof(public_cols[0]); i++) {
				size_t c;

				for (c = 0; c < detail->ncols; c++)
					if (strcmp(detail->names[c], public_cols[i]) == 0 && db_cell(detail, 0, c))
						req_node_set(node, public_cols[i], db_cell(detail, 0, c));
			}
		}
	}
	db_result_free(detail);
	{
		struct db_arg args[] = { arg, DB_INT(viewer == COMPLAIN_SUBMITTER) };

		if (db_query_to_hdf(req->app->db, &view_stmts, SQL_FILES, DB_ARGS(args), req->hdf, "Files") == -1)
			return -1;
	}
	if (viewer == COMPLAIN_SUBMITTER) {
		if (db_query_to_hdf(req->app->db, &view_stmts, SQL_EVENTS, DB_ARG(arg), req->hdf, "Events") == -1)
			return -1;
		req_set(req, "Viewer.Submitter", "1");
		if (req_form(req, "key"))
			req_set(req, "Viewer.Key", req_form(req, "key"));
	}
	req_setf(req, "Page.Title", "Phản ánh, kiến nghị %s", db_cell(row, 0, CC_CODE));
	req->template = "complain/view.cs";
	req->cache_private = viewer == COMPLAIN_SUBMITTER;
	return 0;
}

/*
 * GET /feedback/{code}[?key=…][&sent=1] (anyone): the submitter's page, or the public one of a
 * published submission. 200; 404 for one that is neither the viewer's nor published (the same
 * page as for a code that does not exist); 500/503.
 */
int
complain_view(struct req *req)
{
	struct db_result *row = NULL;
	enum complain_viewer viewer;
	int rc;

	if ((rc = complain_load(req, &row, &viewer)) != 1)
		return rc == 0 ? 404 : req_db_failed(req);
	rc = complain_fill(req, row, viewer);
	db_result_free(row);
	/* A secret link must not leak through the Referer of a link on the page. */
	req_header(req, "Referrer-Policy", "no-referrer");
	return rc == -1 ? req_db_failed(req) : 200;
}

/*
 * GET /feedback/{code}/files/{id}[?key=…]: an attachment — the submitter's own files for the
 * submitter, the answer's files for anyone who may see the submission. 200 with the file; 404.
 */
int
complain_file(struct req *req)
{
	struct db_result *row = NULL, *file = NULL;
	enum complain_viewer viewer;
	char *end;
	long long file_id = strtoll(req->path_args[1], &end, 10);
	int rc;

	if (*end || file_id <= 0) {
		view_not_found(req);
		return 404;
	}
	if ((rc = complain_load(req, &row, &viewer)) != 1)
		return rc == 0 ? 404 : req_db_failed(req);
	{
		struct db_arg args[] = { DB_INT(file_id), DB_INT(db_cell_ll(row, 0, CC_ID, 0)) };

		rc = db_query(req->app->db, &view_stmts, SQL_FILE, DB_ARGS(args), &file);
	}
	db_result_free(row);
	if (rc == -1)
		return req_db_failed(req);
	if (file->nrows != 1 || (viewer != COMPLAIN_SUBMITTER && strcmp(db_cell(file, 0, 3), "answer") != 0)) {
		db_result_free(file);
		view_not_found(req);
		return 404;
	}
	req_send_file(req, db_cell(file, 0, 0), db_cell(file, 0, 1), db_cell(file, 0, 2),
	    db_cell_len(file, 0, 2));
	req->cache_private = 1;
	db_result_free(file);
	return 200;
}
