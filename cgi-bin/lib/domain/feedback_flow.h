/* feedback_flow: the state machine of feedback and complaints as data — each action, the states it
 * starts from, the state it leads to, who takes it, the statement that makes it, what its form
 * must give, the deadline it starts and what the timeline and the mail say — and the one
 * transactional step that applies an official's action. The database's feedback_transitions
 * trigger still refuses any other change of status (tests/unit/test-flow.c compares the two). */
#ifndef CONG_FEEDBACK_FLOW_H
#define CONG_FEEDBACK_FLOW_H

#include <stddef.h>

struct buf;
struct db;
struct filestore_upload;

enum feedback_actor { FEEDBACK_SUBMITTER, FEEDBACK_OFFICIAL };

/* What the timeline note and the submitter's mail say of a step (feedback_step.says). */
enum feedback_says {
	FEEDBACK_SAYS_NOTHING,	/* neither note nor mail */
	FEEDBACK_SAYS_DUE,	/* "Hạn trả lời: DD/MM/YYYY.", in both */
	FEEDBACK_SAYS_REASON,	/* the reason, in both */
	FEEDBACK_SAYS_TARGET,	/* note: the agency it went to, and any reason; mail: the reason */
	FEEDBACK_SAYS_ANSWER	/* note: the answer's start; mail: the answer and its files */
};

/* What else a step needs or does (feedback_step.flags). */
#define FEEDBACK_TO_AGENCY   0x1u	/* the form names the agency it goes to (a transfer) */
#define FEEDBACK_PUBLISH_OK  0x2u	/* only when the submitter agreed to publication */
#define FEEDBACK_ANSWER_FILES 0x4u	/* takes the answer's files (file1..file3) */
#define FEEDBACK_REINDEX     0x8u	/* changes the search text */
#define FEEDBACK_NO_MAIL     0x10u	/* the submitter is not told */

#define FEEDBACK_STEP_FROM 2	/* states an action may start from, at most */
#define FEEDBACK_STEP_ARGS 4	/* parameters of a step's statement before the id and version */
#define FEEDBACK_NO_SQL (-1)	/* a step that no statement of feedback_flow makes */

/* A parameter of a step's statement, filled from the move; the id and the version follow. */
enum feedback_arg { FEEDBACK_ARG_END, FEEDBACK_ARG_TEXT, FEEDBACK_ARG_ACTOR, FEEDBACK_ARG_TARGET,
    FEEDBACK_ARG_DUE };

struct feedback_step {
	const char          *action;
	const char          *from[FEEDBACK_STEP_FROM + 1];	/* NULL-terminated */
	const char          *to;	/* the same as from: the status stays (a transfer) */
	enum feedback_actor  actor;
	const char          *field;	/* the form field it cannot go without, or NULL */
	const char          *missing;	/* what the page says when it is missing */
	const char          *text;	/* the form field whose text it keeps, or NULL */
	int                  due_days;	/* working days of the deadline it starts; 0: none */
	enum feedback_says   says;
	unsigned             flags;
	int                  sql;	/* the official's statement, or FEEDBACK_NO_SQL */
	enum feedback_arg    args[FEEDBACK_STEP_ARGS + 1];
	const char          *unmoved;	/* when the statement's own guard moved nothing (409), or
					 * NULL: that cannot happen once the row is locked */
};

extern const struct feedback_step feedback_steps[];
extern const size_t feedback_nsteps;

/* The step named action that actor takes, or NULL. */
const struct feedback_step *feedback_step_find(const char *action, enum feedback_actor actor);

/* 1 when step may start from status, else 0. */
int feedback_step_allows(const struct feedback_step *step, const char *status);

/* An official's action on one submission, as the caller checked it. Strings are not copied. */
struct feedback_move {
	long long    feedback_id;
	long long    version;		/* the one the official saw */
	long long    actor_id;
	long long    agency_id;		/* the agency that holds it */
	const char  *from;		/* its status now */
	const char  *text;		/* the reason or the answer, or NULL */
	long long    target_id;		/* FEEDBACK_TO_AGENCY: where it goes */
	const char  *target_code, *target_name;
	const struct filestore_upload *files;	/* FEEDBACK_ANSWER_FILES */
	size_t       nfiles;
};

/* The outcomes of feedback_step_apply besides 0 and -1. */
#define FEEDBACK_REFUSED 1	/* the trigger refused the change of status */
#define FEEDBACK_UNMOVED 2	/* the statement's guard moved nothing (step->unmoved says why) */

/* Applies step inside the caller's transaction, which holds the row (FOR UPDATE) and has checked
 * m->version against it: the statement, the timeline event, the answer's files and the search
 * text; appends to mail what the submitter's mail says. Returns 0, FEEDBACK_REFUSED or
 * FEEDBACK_UNMOVED (nothing changed: roll back, 409), or -1 on a database error (logged). */
int feedback_step_apply(struct db *db, const struct feedback_step *step,
    const struct feedback_move *m, struct buf *mail);

#endif
