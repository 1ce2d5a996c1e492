/* office: the officials' side — the inbox of dossiers routed to their agency, one dossier with its
 * documents and timeline, and the actions that move it through its states. Nothing outside the
 * official's agency is visible or reachable: every query is bounded by it. */
#ifndef CONG_OFFICE_H
#define CONG_OFFICE_H

#include "req.h"

struct db_result;

int office_inbox(struct req *req);
int office_dossier(struct req *req);
int office_file(struct req *req);
int office_act(struct req *req);
int office_payments(struct req *req);	/* payments.c */

/* Feedback and complaints (feedback.c, feedback_act.c): the agency's list, one submission, its
 * files, and the actions on it. An official sees the feedback held by the agency and by the
 * agencies below it (OFFICE_FEEDBACK_DEPTH levels of parent_id); only the holding agency acts. */
#define OFFICE_FEEDBACK_DEPTH 3
int office_feedback_inbox(struct req *req);
int office_feedback_view(struct req *req);
int office_feedback_file(struct req *req);
int office_feedback_act(struct req *req);

/* The columns office_feedback_load returns first. */
enum { FEEDBACK_COL_ID, FEEDBACK_COL_CODE, FEEDBACK_COL_STATUS, FEEDBACK_COL_VERSION,
    FEEDBACK_COL_AGENCY_ID, FEEDBACK_COL_USER_ID, FEEDBACK_COL_PUBLISH_OK, FEEDBACK_COL_TITLE };

/* The feedback path_args[0] when the official may see it (the agency's or below it; an admin:
 * any), for its page. NULL when there is none (404), or NULL with *failed on a database error. */
struct db_result *office_feedback_load(struct req *req, int *failed);

/* The feedback page of f (a row of office_feedback_load): its timeline, files, and the actions
 * the official may take now (feedback_flow), into the HDF, and its template. For the page itself
 * and for an action refused. Returns 0, or -1 on a database error. */
int office_feedback_fill(struct req *req, const struct db_result *f);

/* The dossier path_args[0] of the official's agency (id, status, version, ...), locked FOR
 * UPDATE when lock. NULL when there is none (404), or NULL with *failed on a database error. */
struct db_result *office_load(struct req *req, int lock, int *failed);

/* The dossier page of d (a row of office_load): its values, files, timeline, open supplement
 * request and the actions an official may take in its state, into the HDF, and its template. For
 * the page itself and for an action refused. Returns 0, or -1 on a database error. */
int office_dossier_fill(struct req *req, const struct db_result *d);

#endif
