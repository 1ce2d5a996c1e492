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

/* The dossier path_args[0] of the official's agency (id, status, version, ...), locked FOR
 * UPDATE when lock. NULL when there is none (404), or NULL with *failed on a database error. */
struct db_result *office_load(struct req *req, int lock, int *failed);

#endif
