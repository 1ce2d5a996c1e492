/* track: the applicant rates the service once the dossier is decided, on the national scale. */
#include "track.h"

#include <stdlib.h>

#include "app.h"
#include "buf.h"
#include "db.h"
#include "sess.h"
#include "url.h"

enum {
	SQL_RATE,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_RATE: once, by the applicant, after the decision. The statement itself is the check, so
	 * that two posts at the same moment cannot both rate. version is not moved: a rating does not
	 * conflict with an official's work on the dossier. */
	"UPDATE dossiers SET rating = ?, rating_comment = ?, rated_at = NOW() "
	"WHERE id = ? AND user_id = ? AND rated_at IS NULL "
	"AND status IN ('approved', 'returned', 'rejected')",
};

static const struct db_stmts rate_stmts = DB_STMTS("rate", sqls);

/* Shows the dossier again (as it is now) with the rating form's problem. Returns status, or the
 * error status of a failed load. */
static int
rate_refuse(struct req *req, int status, const char *field_error)
{
	struct db_result *dossier = NULL;
	int rc;

	if ((rc = track_load(req, &dossier)) != 1)
		return rc == 0 ? 404 : req_db_failed(req);
	if (field_error) {
		req_field_error(req, "rating", field_error);
	} else {
		req_set(req, "Rate.Refused", db_cell(dossier, 0, TRACK_RATED) ? "rated" : "undecided");
	}
	rc = track_dossier_fill(req, dossier);
	db_result_free(dossier);
	return rc == -1 ? req_db_failed(req) : status;
}

/*
 * POST /dossiers/{code}/rate (login required): rating 1 "Rất hài lòng" .. 4 "Không hài lòng",
 * and an optional comment. 303 back to the dossier; 422 without a rating; 409 when the dossier is
 * rated already or not decided yet (nothing changes); 404 as for the dossier's page; 500/503.
 */
int
track_rate(struct req *req)
{
	const char *rating = req_form(req, "rating"), *comment = req_form(req, "comment");
	struct db_result *dossier = NULL;
	unsigned long long rated = 0;
	struct buf where = BUF_INIT;
	long long id;
	int rc;

	if ((rc = track_load(req, &dossier)) != 1)
		return rc == 0 ? 404 : req_db_failed(req);
	id = db_cell_ll(dossier, 0, TRACK_ID, 0);
	db_result_free(dossier);
	if (rating == NULL)
		return rate_refuse(req, 422, "Vui lòng chọn mức độ hài lòng của bạn.");
	{
		struct db_arg args[] = { DB_INT(atoi(rating)), DB_STR(comment ? comment : ""),
		    DB_INT(id), DB_INT(req->sess->user_id) };

		if (db_exec(req->app->db, &rate_stmts, SQL_RATE, DB_ARGS(args), &rated, NULL) == -1)
			return req_db_failed(req);
	}
	if (rated == 0)
		return rate_refuse(req, 409, NULL);
	buf_puts(&where, "/dossiers/");
	url_encode(req->path_args[0], &where);
	rc = req_redirect(req, 303, "%s?rated=1", buf_str(&where));
	buf_free(&where);
	return rc;
}
