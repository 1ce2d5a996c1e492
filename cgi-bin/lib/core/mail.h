/* mail: e-mail leaves the portal through the outbox table — written in the same transaction as the
 * action that sends it, so a message is never lost nor sent for an action that was rolled back —
 * and cong-mailer delivers it. This module queues messages and formats them (RFC 5322 and MIME,
 * UTF-8 throughout) for delivery. */
#ifndef CONG_MAIL_H
#define CONG_MAIL_H

#include <time.h>

#include "buf.h"

struct db;

/* Longest subject a message may have, in bytes (the outbox column holds 255). */
#define MAIL_SUBJECT_MAX 255

/* Queues a message of plain UTF-8 text (lines end in "\n") to one recipient. Call it inside the
 * transaction of the action that sends it. Returns 0, or -1 after logging (a refused address or
 * subject with a line break, or a database error). */
int mail_queue(struct db *db, const char *to, const char *subject, const char *body);

/* What a formatted message says besides its text. */
struct mail_envelope {
	const char  *from;		/* the sender's address: no-reply@dichvucong.gov.vn */
	const char  *from_name;		/* shown as the sender, may be NULL */
	const char  *to;
	const char  *subject;
	const char  *message_id;	/* without the angle brackets: one per outbox row */
	time_t       date;
};

/* Appends to out the whole message: headers (non-ASCII ones as RFC 2047 encoded words, folded
 * under 78 columns), then body as text/plain; charset=UTF-8 in base64, lines ending in CRLF.
 * Returns 0, or -1 when an address, name or subject holds a line break or control character
 * (which would let text become headers) or body is not valid UTF-8; out is then unchanged. */
int mail_format(const struct mail_envelope *env, const char *body, struct buf *out);

/* 1 when s is an address fit for an envelope and a header: printable ASCII, one '@', no space,
 * angle bracket, comma or quote; else 0. */
int mail_address_ok(const char *s);

#endif
