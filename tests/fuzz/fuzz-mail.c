/* fuzz-mail: a message formatted for delivery from any subject, body, sender name and addresses:
 * no text may become a header, every line ends in CRLF within 998 bytes, and a reader gets back
 * the subject, the sender's name and the body that were given. */
#include "config.h"

#include "fuzz.h"

#include <time.h>

#include "crypto.h"
#include "mail.h"
#include "utf8.h"

/* The headers mail_format writes, in their order; anything else at the start of a line of the
 * header block was injected. */
static const char *const fuzz_headers[] = {
	"Date: ", "From: ", "To: ", "Subject: ", "Message-ID: ", "MIME-Version: ", "Content-Type: ",
	"Content-Transfer-Encoding: ", "Auto-Submitted: ", NULL
};

/* Appends to out the text of the n bytes of a header's value at s, as a reader decodes it:
 * encoded words (=?UTF-8?B?…?=) decoded and joined (RFC 2047 §6.2: the white space between two
 * is not text), the rest as it is. Returns 0, or -1 for an encoded word that does not decode. */
static int
fuzz_unfold(const char *s, size_t n, struct buf *out)
{
	const char *end = s + n, *w, *q;
	int after_word = 0;

	while (s < end) {
		size_t len;

		if ((size_t)(end - s) >= 10 && memcmp(s, "=?UTF-8?B?", 10) == 0) {
			w = s + 10;
			for (q = w; q + 1 < end && !(q[0] == '?' && q[1] == '='); q++)
				;
			if (q + 1 >= end)
				return -1;
			len = (size_t)(q - w);
			if (len % 4 != 0)
				return -1;
			while (len > 0 && w[len - 1] == '=')
				len--;
			if (crypto_base64_decode(w, len, out) == -1)
				return -1;
			s = q + 2;
			after_word = 1;
			continue;
		}
		if (after_word && (*s == ' ' || *s == '\r' || *s == '\n')) {
			const char *p = s;

			while (p < end && (*p == ' ' || *p == '\r' || *p == '\n'))
				p++;
			if ((size_t)(end - p) >= 10 && memcmp(p, "=?UTF-8?B?", 10) == 0) {
				s = p;
				continue;
			}
		}
		after_word = 0;
		buf_putc(out, *s++);
	}
	return 0;
}

/* The value of header name (with its ": ") in the header block of msg, folded lines joined with
 * their CRLF; points into msg, *n its length. NULL when absent. */
static const char *
fuzz_header(const char *msg, size_t headers_len, const char *name, size_t *n)
{
	const char *p = msg, *end = msg + headers_len, *v;
	size_t len = strlen(name);

	while (p < end) {
		const char *eol = strstr(p, "\r\n");

		if (strncmp(p, name, len) == 0) {
			v = p + len;
			while (eol[2] == ' ')
				eol = strstr(eol + 2, "\r\n");
			*n = (size_t)(eol - v);
			return v;
		}
		p = eol + 2;
	}
	return NULL;
}

/* Checks a message mail_format wrote for env and body. */
static void
fuzz_message(const struct mail_envelope *env, const char *body, const struct buf *msg)
{
	const char *p = msg->data, *end = msg->data + msg->len, *v, *blank;
	struct buf text = BUF_INIT, want = BUF_INIT, b64 = BUF_INIT;
	size_t k = 0, n, headers_len;

	/* Lines: CRLF at the end of each, no CR or LF alone, at most 998 bytes (RFC 5322 §2.1.1). */
	FUZZ_ASSERT(msg->len >= 2 && memcmp(end - 2, "\r\n", 2) == 0);
	while (p < end) {
		const char *eol = strstr(p, "\r\n");

		FUZZ_ASSERT(eol != NULL && (size_t)(eol - p) <= 998);
		FUZZ_ASSERT(memchr(p, '\r', (size_t)(eol - p)) == NULL &&
		    memchr(p, '\n', (size_t)(eol - p)) == NULL);
		p = eol + 2;
	}
	FUZZ_ASSERT(strlen(msg->data) == msg->len);

	/* The header block: our headers, in order, each once; any other line is a folded one. */
	blank = strstr(msg->data, "\r\n\r\n");
	FUZZ_ASSERT(blank != NULL);
	headers_len = (size_t)(blank - msg->data) + 2;
	for (p = msg->data; p < msg->data + headers_len; p = strstr(p, "\r\n") + 2) {
		if (*p == ' ')
			continue;
		FUZZ_ASSERT(fuzz_headers[k] != NULL &&
		    strncmp(p, fuzz_headers[k], strlen(fuzz_headers[k])) == 0);
		k++;
	}
	FUZZ_ASSERT(fuzz_headers[k] == NULL);

	/* What a reader sees: the subject, the sender and the recipient given. */
	v = fuzz_header(msg->data, headers_len, "Subject: ", &n);
	FUZZ_ASSERT(v != NULL && fuzz_unfold(v, n, &text) == 0);
	FUZZ_ASSERT(strcmp(buf_str(&text), env->subject) == 0);
	buf_reset(&text);
	v = fuzz_header(msg->data, headers_len, "From: ", &n);
	FUZZ_ASSERT(v != NULL);
	if (env->from_name && env->from_name[0]) {
		if (*v == '"') {
			/* A quoted string: \" and \\ are the characters after the backslash. */
			for (v++, n--; n > 0 && *v != '"'; v++, n--) {
				if (*v == '\\') {
					v++;
					n--;
				}
				buf_putc(&text, *v);
			}
			FUZZ_ASSERT(n > 0);
			v++;
			n--;
		} else {
			const char *lt = memchr(v, '<', n);

			FUZZ_ASSERT(lt != NULL && lt > v + 3 && memcmp(lt - 3, "\r\n ", 3) == 0);
			FUZZ_ASSERT(fuzz_unfold(v, (size_t)(lt - 3 - v), &text) == 0);
			n -= (size_t)(lt - v);
			v = lt;
		}
		FUZZ_ASSERT(strcmp(buf_str(&text), env->from_name) == 0);
		while (n > 0 && (*v == ' ' || *v == '\r' || *v == '\n')) {
			v++;
			n--;
		}
	}
	buf_reset(&want);
	buf_printf(&want, "<%s>", env->from);
	FUZZ_ASSERT(n == want.len && memcmp(v, want.data, n) == 0);
	v = fuzz_header(msg->data, headers_len, "To: ", &n);
	buf_reset(&want);
	buf_printf(&want, "<%s>", env->to);
	FUZZ_ASSERT(v != NULL && n == want.len && memcmp(v, want.data, n) == 0);

	/* The body: base64 lines of at most 76 characters, which decode to the text with CRLF line
	 * ends (a CR LF given stays as it was). */
	for (p = blank + 4; p < end; p = strstr(p, "\r\n") + 2) {
		n = (size_t)(strstr(p, "\r\n") - p);
		FUZZ_ASSERT(n <= 76);
		buf_append(&b64, p, n);
	}
	n = b64.len;
	FUZZ_ASSERT(n % 4 == 0);
	while (n > 0 && b64.data[n - 1] == '=')
		n--;
	buf_reset(&text);
	FUZZ_ASSERT(crypto_base64_decode(buf_str(&b64), n, &text) == 0);
	buf_reset(&want);
	for (p = body; *p; p++) {
		if (*p == '\n' && (p == body || p[-1] != '\r'))
			buf_putc(&want, '\r');
		buf_putc(&want, *p);
	}
	FUZZ_ASSERT(text.len == want.len && (want.len == 0 || memcmp(text.data, want.data,
	    want.len) == 0));
	buf_free(&text);
	buf_free(&want);
	buf_free(&b64);
}

/* 1 when s holds a byte that would end a header line or start another: CR, LF or another
 * control character. */
static int
fuzz_has_control(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7F)
			return 1;
	return 0;
}

/* libFuzzer's entry: the input as the parts of one message (below). Returns 0; a broken
 * invariant aborts. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mail_envelope env;
	struct buf msg = BUF_INIT;
	char *parts[5];
	uint64_t when = 0;
	size_t i;
	int rc;

	/* subject NUL body NUL sender's name NUL recipient NUL message id; the date from the
	 * first bytes (up to the year 36812). */
	fuzz_split(data, size, parts, 5);
	for (i = 0; i < 5 && i < size; i++)
		when = when << 8 | data[i];
	env.from = "no-reply@dichvucong.gov.vn";
	env.subject = parts[0];
	env.from_name = size > 0 && (data[0] & 1) ? NULL : parts[2];
	env.to = parts[3][0] ? parts[3] : "dan@example.vn";
	env.message_id = parts[4][0] ? parts[4] : "cong.outbox.7.1700000000@dichvucong.gov.vn";
	env.date = (time_t)when;

	/* What mail_format refuses leaves out as it was. */
	buf_puts(&msg, "X");
	rc = mail_format(&env, parts[1], &msg);
	if (rc == -1) {
		FUZZ_ASSERT(msg.len == 1 && strcmp(msg.data, "X") == 0);
	} else {
		struct buf only = BUF_INIT;

		FUZZ_ASSERT(rc == 0);
		/* Nothing that could end a header line got in. */
		FUZZ_ASSERT(!fuzz_has_control(env.subject) && !fuzz_has_control(env.to) &&
		    !fuzz_has_control(env.message_id) &&
		    (env.from_name == NULL || !fuzz_has_control(env.from_name)));
		FUZZ_ASSERT(utf8_valid(parts[1], strlen(parts[1])));
		buf_append(&only, msg.data + 1, msg.len - 1);
		fuzz_message(&env, parts[1], &only);
		buf_free(&only);
	}
	/* An address fit for a header has no byte that could end it or start a list. */
	for (i = 0; i < 5; i++)
		if (mail_address_ok(parts[i]))
			FUZZ_ASSERT(!fuzz_has_control(parts[i]) && strpbrk(parts[i], " <>,\"") == NULL &&
			    strchr(parts[i], '@') != NULL);
	buf_free(&msg);
	fuzz_free_parts(parts, 5);
	return 0;
}
