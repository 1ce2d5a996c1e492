/* mailmsg: the words of every mail live in a template, templates/mail/NAME.cs, so that wording is
 * changed where wording lives. Its first line is the subject, then comes one empty line, then the
 * body. The C code only gathers the facts (Mail.* in an HDF of the message's own) and queues what
 * the template makes of them. Mail templates are plain text: nothing is HTML-escaped (tmpl.h). */
#ifndef CONG_MAILMSG_H
#define CONG_MAILMSG_H

#include <ClearSilver.h>

#include "buf.h"

struct db;
struct tmpl_cache;

/* The facts of one message. */
struct mailmsg {
	HDF  *hdf;	/* Mail.*: only what the message says, never a secret of the request */
	int   failed;	/* a fact could not be set: the message is not sent */
};

/* Starts a message. Returns 0, or -1 after logging. mailmsg_free it either way. */
int mailmsg_init(struct mailmsg *msg);
void mailmsg_free(struct mailmsg *msg);

/* Sets Mail.<key> (key is a constant of the caller's, never user text; value may be NULL: "").
 * A failure is remembered, and makes mailmsg_render fail. */
void mailmsg_set(struct mailmsg *msg, const char *key, const char *value);
void mailmsg_set_int(struct mailmsg *msg, const char *key, long long value);

/* Renders templates/<name> (name: "mail/submitted.cs") into subject (its first line) and body
 * (what follows the empty line), appending to both. Returns 0, or -1 after logging (a fact that
 * was not set, a template error, or a template that is not "subject, empty line, body"). */
int mailmsg_render(struct mailmsg *msg, struct tmpl_cache *templates, const char *name,
    struct buf *subject, struct buf *body);

/* Renders and queues the message to one recipient, in the caller's transaction (mail_queue).
 * Returns 0 or -1. */
int mailmsg_queue(struct mailmsg *msg, struct db *db, struct tmpl_cache *templates,
    const char *to, const char *name);

#endif
