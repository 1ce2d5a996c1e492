/* mail: the outbox and the format of a message (RFC 5322, MIME, RFC 2047). */
#include "mail.h"

#include <string.h>

#include "crypto.h"
#include "db.h"
#include "log.h"
#include "utf8.h"

enum {
	SQL_QUEUE,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_QUEUE: due at once; cong-mailer picks it up on its next round. */
	"INSERT INTO outbox (recipient, subject, body) VALUES (?, ?, ?)",
};

static const struct db_stmts mail_stmts = DB_STMTS("mail", sqls);

/* Bytes of text per RFC 2047 encoded word: 42 bytes make 56 of base64, so that
 * "Subject: =?UTF-8?B?...?=" fits in 78 columns (and each word in the 75 the RFC allows). */
#define MAIL_WORD_BYTES 42
/* Characters of base64 per body line (RFC 2045 allows 76). */
#define MAIL_LINE 76

int
mail_address_ok(const char *s)
{
	const char *at;
	size_t len;

	if (s == NULL || (len = strlen(s)) < 3 || len > 254)
		return 0;
	if ((at = strchr(s, '@')) == NULL || at == s || at[1] == '\0' || strchr(at + 1, '@'))
		return 0;
	for (; *s; s++)
		if ((unsigned char)*s <= 0x20 || (unsigned char)*s >= 0x7F || strchr("<>,\"\\()[];:", *s))
			return 0;
	return 1;
}

/* 1 when text has no control character (so no line break) and is valid UTF-8. */
static int
mail_header_text_ok(const char *s)
{
	const unsigned char *p;

	if (s == NULL || !utf8_valid(s, strlen(s)))
		return 0;
	for (p = (const unsigned char *)s; *p; p++)
		if (*p < 0x20 || *p == 0x7F)
			return 0;
	return 1;
}

static int
mail_ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x7F)
			return 0;
	return 1;
}

/* Appends text as encoded words, each on its own folded line, cut between characters, never
 * inside one. */
static void
mail_words(struct buf *out, const char *text)
{
	size_t len = strlen(text), at = 0;

	while (at < len) {
		size_t take = 0;
		uint32_t cp;

		while (at + take < len) {
			size_t n = utf8_decode(text + at + take, len - at - take, &cp);

			if (n == 0 || take + n > MAIL_WORD_BYTES)
				break;
			take += n;
		}
		if (take == 0)	/* not UTF-8: the callers checked, but never loop for ever */
			break;
		if (at > 0)
			buf_puts(out, "\r\n ");
		buf_puts(out, "=?UTF-8?B?");
		crypto_base64_encode(text + at, take, out);
		/* crypto_base64_encode leaves the padding out; encoded words need it. */
		{
			size_t chars = (take * 4 + 2) / 3;

			for (; chars % 4 != 0; chars++)
				buf_putc(out, '=');
		}
		buf_puts(out, "?=");
		at += take;
	}
}

/* Appends "Name: text" and CRLF. Text that is all ASCII and short is written as it is; anything
 * else as encoded words (mail_words). */
static void
mail_header(struct buf *out, const char *name, const char *text)
{
	buf_puts(out, name);
	buf_puts(out, ": ");
	if (mail_ascii(text) && strlen(name) + 2 + strlen(text) <= 78 && strstr(text, "=?") == NULL)
		buf_puts(out, text);
	else
		mail_words(out, text);
	buf_puts(out, "\r\n");
}

/* Appends "Name: =?UTF-8?B?display?= <address>" (or just the address). */
static void
mail_address_header(struct buf *out, const char *name, const char *display, const char *address)
{
	if (display && *display) {
		size_t start = out->len;
		const char *p;

		/* An ASCII display name is quoted when the header fits in 78 columns; any other is
		 * encoded, and folded: a quoted string is one line, however long. */
		if (mail_ascii(display)) {
			buf_printf(out, "%s: \"", name);
			for (p = display; *p; p++) {
				if (*p == '"' || *p == '\\')
					buf_putc(out, '\\');
				buf_putc(out, *p);
			}
			buf_printf(out, "\" <%s>\r\n", address);
			if (out->len - start <= 78 + 2)
				return;
			out->len = start;	/* too long: encoded instead */
			out->data[start] = '\0';
		}
		buf_printf(out, "%s: ", name);
		mail_words(out, display);
		buf_printf(out, "\r\n <%s>\r\n", address);
		return;
	}
	buf_printf(out, "%s: <%s>\r\n", name, address);
}

int
mail_format(const struct mail_envelope *env, const char *body, struct buf *out)
{
	struct buf text = BUF_INIT, b64 = BUF_INIT;
	char date[64];
	struct tm tm;
	const char *p;
	size_t at;

	if (!mail_address_ok(env->from) || !mail_address_ok(env->to) ||
	    !mail_header_text_ok(env->subject) || strlen(env->subject) > MAIL_SUBJECT_MAX ||
	    (env->from_name && !mail_header_text_ok(env->from_name)) ||
	    env->message_id == NULL || !mail_address_ok(env->message_id) ||
	    body == NULL || !utf8_valid(body, strlen(body)))
		return -1;
	gmtime_r(&env->date, &tm);
	/* The C locale's day and month names are the ones RFC 5322 wants. */
	strftime(date, sizeof(date), "%a, %d %b %Y %H:%M:%S +0000", &tm);

	buf_printf(out, "Date: %s\r\n", date);
	mail_address_header(out, "From", env->from_name, env->from);
	buf_printf(out, "To: <%s>\r\n", env->to);
	mail_header(out, "Subject", env->subject);
	buf_printf(out, "Message-ID: <%s>\r\n", env->message_id);
	buf_puts(out, "MIME-Version: 1.0\r\n"
	    "Content-Type: text/plain; charset=UTF-8\r\n"
	    "Content-Transfer-Encoding: base64\r\n"
	    "Auto-Submitted: auto-generated\r\n\r\n");

	/* The canonical form of text is CRLF line ends, before it is encoded. */
	for (p = body; *p; p++) {
		if (*p == '\n' && (p == body || p[-1] != '\r'))
			buf_putc(&text, '\r');
		buf_putc(&text, *p);
	}
	crypto_base64_encode(text.data ? text.data : "", text.len, &b64);
	while (b64.len % 4 != 0)
		buf_putc(&b64, '=');
	for (at = 0; at < b64.len; at += MAIL_LINE) {
		size_t n = b64.len - at < MAIL_LINE ? b64.len - at : MAIL_LINE;

		buf_append(out, b64.data + at, n);
		buf_puts(out, "\r\n");
	}
	buf_free(&text);
	buf_free(&b64);
	return 0;
}

int
mail_queue(struct db *db, const char *to, const char *subject, const char *body)
{
	struct db_arg args[3];

	if (!mail_address_ok(to) || !mail_header_text_ok(subject) ||
	    strlen(subject) > MAIL_SUBJECT_MAX) {
		log_err("mail: refused to queue a message to '%.60s'", to ? to : "");
		return -1;
	}
	args[0] = DB_STR(to);
	args[1] = DB_STR(subject);
	args[2] = DB_STR(body);
	return db_exec(db, &mail_stmts, SQL_QUEUE, DB_ARGS(args), NULL, NULL);
}
