/* complain: feedback and complaints (phản ánh, kiến nghị) as citizens, businesses and the public
 * meet them — sending one (with or without an account), following it (the account, or the secret
 * link an anonymous submitter was given), rating the answer and escalating it once, and the public
 * list of published answers. The agencies' side is in the office family; Open311 in open311. */
#ifndef CONG_COMPLAIN_H
#define CONG_COMPLAIN_H

#include "req.h"

struct db_result;

int complain_list(struct req *req);	/* list.c: GET /feedback */
int complain_mine(struct req *req);	/* list.c: GET /feedback/mine */
int complain_form(struct req *req);	/* submit.c: GET /feedback/new */
int complain_submit(struct req *req);	/* submit.c: POST /feedback/new */
int complain_view(struct req *req);	/* view.c: GET /feedback/{code} */
int complain_file(struct req *req);	/* view.c: GET /feedback/{code}/files/{id} */
int complain_rate(struct req *req);	/* rate.c: POST /feedback/{code}/rate */

/* Who is looking at a submission. */
enum complain_viewer {
	COMPLAIN_PUBLIC,	/* anyone: only a published one, and only what is public */
	COMPLAIN_SUBMITTER,	/* its account, or the holder of its secret link */
};

/* Loads the submission of path_args[0] for the request: the submitter (logged in as its account,
 * or with key= its secret link, from the query or the form) sees it whatever its state; anyone
 * else only once published. Returns 1 with *out (one row, columns as enum complain_col; free with
 * db_result_free) and *viewer, 0 when not found (the 404 message is set), -1 on a database error. */
int complain_load(struct req *req, struct db_result **out, enum complain_viewer *viewer);

enum complain_col {
	CC_ID, CC_CODE, CC_STATUS, CC_CATEGORY, CC_CATEGORY_NAME, CC_AGENCY_ID, CC_AGENCY,
	CC_TITLE, CC_CONTENT, CC_ANSWER, CC_PUBLISH_OK, CC_RATING, CC_ESCALATED, CC_PARENT,
	CC__MAX
};

/* Fills the HDF of the submission's page (Feedback.*, Events, Files) and sets the template.
 * Returns 0 or -1. */
int complain_fill(struct req *req, const struct db_result *row, enum complain_viewer viewer);

#endif
