/* dossier_flow: a dossier's state machine as data — each action, the states it starts from, the
 * state it leads to, who takes it, what its form must give and what it does besides the change of
 * status — and the one transactional step that applies an official's action. The same rows are
 * in the database's dossier_transitions, whose trigger refuses any other change (tests/unit/
 * test-flow.c compares the two); the pages and the agency API read this table. */
#ifndef CONG_DOSSIER_FLOW_H
#define CONG_DOSSIER_FLOW_H

#include <stddef.h>

struct db;
struct filestore_upload;

enum dossier_actor { DOSSIER_APPLICANT, DOSSIER_OFFICIAL };

/* What the form of a step must give (dossier_step.needs). */
#define DOSSIER_NEEDS_NOTE      0x1u	/* a note: the reason */
#define DOSSIER_NEEDS_DOCUMENTS 0x2u	/* the documents to supply, one a line */
#define DOSSIER_NEEDS_RESULT    0x4u	/* the result file, in the multipart field "result" */

/* What a step does besides the change of status (dossier_step.effects). */
#define DOSSIER_STOPS_CLOCK 0x1u	/* keeps the working days left, clears the due date, and
					 * records what the applicant must supply (a request) */
#define DOSSIER_DECIDES     0x2u	/* records the time of the decision */
#define DOSSIER_KEEPS_RESULT 0x4u	/* stores the result file on the dossier */

#define DOSSIER_STEP_FROM 4	/* states an action may start from, at most */

struct dossier_step {
	const char         *action;
	const char         *from[DOSSIER_STEP_FROM + 1];	/* NULL-terminated */
	const char         *to;
	enum dossier_actor  actor;
	unsigned            needs;
	const char         *field;	/* the form field a missing need is said of */
	const char         *missing;	/* what the page says then, without the final full stop */
	unsigned            effects;
};

extern const struct dossier_step dossier_steps[];
extern const size_t dossier_nsteps;

/* The step named action that actor takes, or NULL. */
const struct dossier_step *dossier_step_find(const char *action, enum dossier_actor actor);

/* 1 when step may start from status, else 0. */
int dossier_step_allows(const struct dossier_step *step, const char *status);

/* An official's action on one dossier, as the caller checked it. Strings are not copied. */
struct dossier_move {
	long long    dossier_id;
	long long    version;		/* the one the official saw */
	long long    actor_id;
	const char  *from;		/* the dossier's status now */
	const char  *note;		/* may be "" */
	const char  *documents;		/* DOSSIER_NEEDS_DOCUMENTS: what to supply */
	const char  *due_iso;		/* the due date YYYY-MM-DD, or NULL (DOSSIER_STOPS_CLOCK) */
	const struct filestore_upload *result;	/* DOSSIER_KEEPS_RESULT: the file */
};

/* Applies step to the dossier inside the caller's transaction, which holds the dossier's row
 * (FOR UPDATE) and has checked m->version against it: the status (only from that version), the
 * step's effects and the timeline event. Returns 0; 1 when the database's trigger refused the
 * change of status (roll back: nothing moved, 409); -1 on a database error (logged). */
int dossier_step_apply(struct db *db, const struct dossier_step *step,
    const struct dossier_move *m);

#endif
