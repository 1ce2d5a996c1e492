/* track: following a dossier after it is filed — the applicant's list and page of each dossier,
 * its files, supplying what an official asked for, rating the service; and the public look-up by
 * code and ID number. */
#ifndef CONG_TRACK_H
#define CONG_TRACK_H

#include "req.h"

struct db_result;

int track_list(struct req *req);	/* list.c */
int track_dossier(struct req *req);	/* dossier.c */
int track_download(struct req *req);	/* download.c */
int track_supply(struct req *req);	/* supply.c */
int track_rate(struct req *req);	/* rate.c */
int track_public(struct req *req);	/* public.c */

/* The statuses of a dossier, in the order it goes through them, NULL-terminated (main.c). */
extern const char *const track_statuses[];

/* The columns of the row track_load returns. */
enum track_col {
	TRACK_ID, TRACK_CODE, TRACK_STATUS, TRACK_PROCEDURE, TRACK_AGENCY, TRACK_SUBMITTED,
	TRACK_DUE, TRACK_OVERDUE, TRACK_DAYS_LEFT, TRACK_APPLICANT, TRACK_IDNUM, TRACK_RATING,
	TRACK_RATING_COMMENT, TRACK_RATED, TRACK_FEE_AMOUNT, TRACK_FEE, TRACK_FEE_RECEIPT,
	TRACK_FEE_PAID, TRACK__MAX
};

/* The logged-in user's dossier whose code is the first path segment, drafts excluded: a dossier
 * of someone else, a draft and an unknown code are all "not found", alike, so that the answer
 * never tells that a code exists. Returns 1 with *out (one row, free with db_result_free), 0 when
 * not found (req's error message is then set for the 404 page), -1 on a database error. */
int track_load(struct req *req, struct db_result **out);

/* Fills the HDF with everything the dossier's page shows (Dossier.*, Values, Files, Events,
 * Request, Rating) for the row track_load returned, and sets the template. The caller's notices
 * (Supply.*, Rate.*) are left as they are. Returns 0, or -1 on a database error. */
int track_dossier_fill(struct req *req, const struct db_result *dossier);

/* The 404 of a dossier that is not the user's, one message for every case. */
int track_not_found(struct req *req);

#endif
