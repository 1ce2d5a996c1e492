/* feedback: what the pages of feedback and complaints share — the complain family (citizens and
 * the public), the office's feedback pages and the Open311 API: making a submission (code, secret
 * link, deadline, timeline, mail), the timeline and the deadlines of each step, the search text,
 * and the mail that tells the submitter what happened. Deadlines count working days (holidays.h). */
#ifndef CONG_FEEDBACK_H
#define CONG_FEEDBACK_H

#include "crypto.h"

struct db;
struct tmpl_cache;

#define FEEDBACK_TITLE_MAX   200	/* characters */
#define FEEDBACK_CONTENT_MAX 5000
#define FEEDBACK_ANSWER_MAX  10000
#define FEEDBACK_CLASSIFY_DAYS 2	/* working days to accept, transfer or reject */
#define FEEDBACK_ANSWER_DAYS   15	/* to answer, from acceptance */
#define FEEDBACK_PUBLISH_DAYS  2	/* to publish, from the answer */

/* A new submission, validated by the caller. Strings are not copied. */
struct feedback_new {
	long long    user_id;		/* 0: no account (a secret link is made, and mailed) */
	const char  *category;		/* a feedback_categories code */
	long long    agency_id;
	long long    procedure_id;	/* 0: none */
	long long    dossier_id;	/* 0: none */
	const char  *title;
	const char  *content;
	const char  *contact_name;	/* may be "" */
	const char  *contact_email;	/* may be "": no mail then */
	const char  *contact_phone;
	int          publish_ok;
	const char  *source;		/* "web" or "open311" */
	long long    api_key_id;	/* open311: the client's key; else 0 */
	const char  *address;		/* open311 address_string, or "" */
	const char  *lat, *lon;		/* decimal degrees as text, or NULL */
	const char  *submit_ip;
	const char  *base_url;		/* Site.BaseURL, for the links in the mail */
	struct tmpl_cache *templates;	/* the program's, for the words of the mail */
};

/* What feedback_create made. */
struct feedback_made {
	long long  id;
	char       code[32];			/* PAKN-261123-000001 */
	char       token[CRYPTO_TOKEN_SIZE];	/* no account: the secret of the follow link; else "" */
	char       classify_due[11];
};

/* Makes the submission inside the caller's transaction: its code (the day's next number), the
 * secret link of an anonymous one (only its SHA-256 is stored), the deadline to classify it, its
 * search text, the "submit" event, and a mail to contact_email with the code (and the secret
 * link). Returns 0, or -1 on a database error (logged). */
int feedback_create(struct db *db, const struct feedback_new *f, struct feedback_made *made);

/* Adds an event to the timeline (in the caller's transaction). actor_id and agency_id 0: none.
 * Returns 0 or -1. */
int feedback_event(struct db *db, long long feedback_id, long long actor_id, long long agency_id,
    const char *action, const char *from_status, const char *to_status, const char *note);

/* Recomputes the folded search text (title, content, answer) of a submission. Returns 0 or -1. */
int feedback_reindex(struct db *db, long long feedback_id);

/* Queues the mail that tells the submitter (its contact_email, if any) what became of it:
 * what is "accept", "reject", "transfer", "answer" or "escalate"; note is what the agency wrote
 * (the reason, the answer), may be "". The words are templates/mail/feedback-notice.cs. In the
 * caller's transaction. Returns 0 or -1. */
int feedback_notify(struct db *db, struct tmpl_cache *templates, long long feedback_id,
    const char *what, const char *note, const char *base_url);

/* The id of the submission whose secret link token this is, or 0 (-1 on a database error). */
long long feedback_by_token(struct db *db, const char *code, const char *token);

#endif
