/* input: a request's query string, cookies, Content-Type and body, checked, then served to
 * ClearSilver's cgi kit in canonical form. */
#include "config.h"

#include "input.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <ClearSilver.h>
#include <fcgiapp.h>

#include "crypto.h"
#include "fmt.h"
#include "url.h"

/* Limits of what a form may send, far above any page's (their own limits are in the page
 * tables); past them the request is refused rather than handed to the kit. */
#define INPUT_TYPE_MAX		1024	/* bytes of a Content-Type header */
#define INPUT_NAME_MAX		128	/* bytes of a field's name */
#define INPUT_FILENAME_MAX	1024	/* bytes of an upload's file name as sent */
#define INPUT_PARTS_MAX		1000	/* parts of a multipart body */
#define INPUT_PART_HEADERS_MAX	16	/* header lines of one part */
#define INPUT_HEADER_MAX	4096	/* bytes of one part header line */
#define INPUT_COOKIE_MAX	4096	/* bytes of one cookie's value */

/* The canonical boundary: always this long, so that the kit's boundary-length cache (keyed on the
 * address of a string freed after each request) is right whatever address the string gets. */
#define INPUT_CANON_PREFIX	"CongFormBoundary"
#define INPUT_CANON_RANDOM	12	/* random bytes, written as 24 hex digits */

/* The request the callbacks serve; one at a time per worker. */
static struct input *input_current;

/* --- small character classes ------------------------------------------------------------------ */

/* RFC 9110 tchar: what a token (a media type, a parameter or header name) is made of. */
static int
input_tchar(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c != 0 && strchr("!#$%&'*+-.^_`|~", c) != NULL);
}

/* RFC 2046 bchars, without the space (which may not end a boundary and which no client sends). */
static int
input_bchar(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c != 0 && strchr("'()+_,-./:=?", c) != NULL);
}

/* --- query strings and urlencoded bodies ------------------------------------------------------- */

/* Checks one name or value of a form pair, as it decodes: no NUL (a literal one, or %00, which
 * the kit would turn into the end of the value), and for a name also no dot (the kit's names
 * are paths: "doc_1.FileHandle" would write into the upload doc_1), no control character and at
 * most INPUT_NAME_MAX bytes. A '%' that starts no escape stays as it is, as the kit keeps it. */
static int
input_check_token(const char *s, size_t n, int is_name, const char **why)
{
	size_t i, decoded = 0;

	for (i = 0; i < n; i++, decoded++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '%' && i + 2 < n && url_hex(s[i + 1]) >= 0 && url_hex(s[i + 2]) >= 0) {
			c = (unsigned char)(url_hex(s[i + 1]) * 16 + url_hex(s[i + 2]));
			i += 2;
		}
		if (c == 0) {
			*why = "Dữ liệu gửi lên chứa ký tự rỗng (NUL).";
			return -1;
		}
		if (is_name && (c == '.' || c < 0x20 || c == 0x7F)) {
			*why = "Tên trường trong dữ liệu gửi lên không hợp lệ.";
			return -1;
		}
	}
	if (is_name && decoded > INPUT_NAME_MAX) {
		*why = "Tên trường trong dữ liệu gửi lên quá dài.";
		return -1;
	}
	return 0;
}

int
input_check_pairs(const char *s, size_t n, const char **why)
{
	size_t start = 0, i, eq;

	while (start < n) {
		for (i = start; i < n && s[i] != '&'; i++)
			;
		for (eq = start; eq < i && s[eq] != '='; eq++)
			;
		if (input_check_token(s + start, eq - start, 1, why) == -1)
			return -1;
		if (eq < i && input_check_token(s + eq + 1, i - eq - 1, 0, why) == -1)
			return -1;
		start = i + 1;
	}
	return 0;
}

/* --- Content-Type ------------------------------------------------------------------------------ */

/* Reads a token at *p into out (lower-cased when fold); returns its length, 0 when none. */
static size_t
input_token(const char **p, char *out, size_t size, int fold)
{
	size_t n = 0;

	while (input_tchar((unsigned char)**p)) {
		if (n + 1 < size)
			out[n] = fold && **p >= 'A' && **p <= 'Z' ? (char)(**p + 32) : **p;
		n++;
		(*p)++;
	}
	out[n < size ? n : size - 1] = '\0';
	return n;
}

/* Reads a parameter value at *p — a token, or a quoted-string — into out. In an HTTP header a
 * backslash quotes the next character (RFC 9110); in a part's header it is itself, since browsers
 * send a file name's backslashes as they are and its quotes as %22 (HTML's form encoding) — pass
 * quoted_pairs 0 there. Returns the length, or -1 when malformed or longer than size - 1. */
static long
input_param_value(const char **p, char *out, size_t size, int quoted_pairs)
{
	size_t n = 0;

	if (**p != '"') {
		while (input_tchar((unsigned char)**p)) {
			if (n + 1 >= size)
				return -1;
			out[n++] = *(*p)++;
		}
		out[n] = '\0';
		return (long)n;
	}
	for ((*p)++; **p != '"'; (*p)++) {
		unsigned char c = (unsigned char)**p;

		if (quoted_pairs && c == '\\' && (*p)[1] != '\0')
			c = (unsigned char)*++(*p);
		else if (c == '\0' || (quoted_pairs && c == '\\'))
			return -1;
		if ((c < 0x20 && c != '\t') || c == 0x7F || n + 1 >= size)
			return -1;
		out[n++] = (char)c;
	}
	(*p)++;
	out[n] = '\0';
	return (long)n;
}

int
input_parse_content_type(const char *raw, enum input_kind *kind,
    char boundary[INPUT_BOUNDARY_MAX + 1], const char **why)
{
	char type[128], name[64], value[INPUT_TYPE_MAX + 1];
	const char *p = raw;
	int seen_boundary = 0, seen_charset = 0, form, multipart;
	size_t n;
	long vlen;

	*kind = INPUT_NONE;
	boundary[0] = '\0';
	*why = "Tiêu đề Content-Type của yêu cầu không đúng định dạng.";
	if (strlen(raw) > INPUT_TYPE_MAX)
		return 400;
	while (*p == ' ' || *p == '\t')
		p++;
	if ((n = input_token(&p, type, sizeof(type), 1)) == 0 || n >= sizeof(type) / 2 || *p != '/')
		return 400;
	p++;
	if (input_token(&p, type + n + 1, sizeof(type) - n - 1, 1) == 0)
		return 400;
	type[n] = '/';
	form = strcmp(type, "application/x-www-form-urlencoded") == 0;
	multipart = strcmp(type, "multipart/form-data") == 0;
	for (;;) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\0')
			break;
		if (*p++ != ';')
			return 400;
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\0' || *p == ';')
			continue;	/* an empty parameter, which some clients leave */
		if ((n = input_token(&p, name, sizeof(name), 1)) == 0 || n >= sizeof(name) ||
		    *p++ != '=' || (vlen = input_param_value(&p, value, sizeof(value), 1)) < 0)
			return 400;
		if (strcmp(name, "boundary") == 0) {
			if (seen_boundary++) {
				*why = "Yêu cầu có hai tham số boundary.";
				return 400;
			}
			if (multipart) {
				size_t i;

				if (vlen == 0 || vlen > INPUT_BOUNDARY_MAX) {
					*why = "Tham số boundary rỗng hoặc dài quá 70 ký tự.";
					return 400;
				}
				for (i = 0; i < (size_t)vlen; i++)
					if (!input_bchar((unsigned char)value[i])) {
						*why = "Tham số boundary chứa ký tự không hợp lệ.";
						return 400;
					}
				memcpy(boundary, value, (size_t)vlen + 1);
			}
		} else if (strcmp(name, "charset") == 0) {
			if (seen_charset++) {
				*why = "Yêu cầu có hai tham số charset.";
				return 400;
			}
			if (form && strcasecmp(value, "utf-8") != 0 && strcasecmp(value, "us-ascii") != 0) {
				*why = "Cổng chỉ nhận biểu mẫu mã hoá UTF-8.";
				*kind = INPUT_FORM;
				return 415;
			}
		}
		/* Other parameters mean nothing to a form, and are ignored as RFC 9110 says. */
	}
	if (multipart && boundary[0] == '\0') {
		*why = "Dữ liệu multipart/form-data thiếu tham số boundary.";
		return 400;
	}
	*kind = form ? INPUT_FORM : multipart ? INPUT_MULTIPART : INPUT_OTHER;
	return 0;
}

/* --- cookies ----------------------------------------------------------------------------------- */

/* RFC 6265 cookie-octet. */
static int
input_cookie_octet(unsigned char c)
{
	return c == 0x21 || (c >= 0x23 && c <= 0x2B) || (c >= 0x2D && c <= 0x3A) ||
	    (c >= 0x3C && c <= 0x5B) || (c >= 0x5D && c <= 0x7E);
}

void
input_filter_cookies(const char *raw, struct buf *out)
{
	const char *p = raw, *end, *eq, *v, *vend;
	size_t i;

	while (*p) {
		while (*p == ' ' || *p == '\t' || *p == ';')
			p++;
		for (end = p; *end && *end != ';'; end++)
			;
		for (eq = p; eq < end && *eq != '='; eq++)
			;
		vend = end;
		while (vend > eq + 1 && (vend[-1] == ' ' || vend[-1] == '\t'))
			vend--;
		v = eq + 1;
		if (vend - v >= 2 && *v == '"' && vend[-1] == '"') {
			v++;
			vend--;
		}
		/* A name of a cookie: a token with no dot (the kit's names are paths); a value of
		 * cookie-octets. Another site's cookie on the same domain that breaks the rules is
		 * dropped, not refused: the citizen did not set it. */
		if (eq < end && eq > p && eq - p <= 64 && vend - v <= INPUT_COOKIE_MAX) {
			int good = 1;

			for (i = 0; good && p + i < eq; i++)
				good = input_tchar((unsigned char)p[i]) && p[i] != '.';
			for (i = 0; good && v + i < vend; i++)
				good = input_cookie_octet((unsigned char)v[i]);
			if (good && vend > v) {
				if (out->len)
					buf_puts(out, "; ");
				buf_append(out, p, (size_t)(eq - p));
				buf_putc(out, '=');
				buf_append(out, v, (size_t)(vend - v));
			}
		}
		p = end;
	}
}

/* --- multipart/form-data ----------------------------------------------------------------------- */

/* Adds a piece of the canonical body. */
static void
input_seg_add(struct input *in, int from_body, size_t off, size_t len)
{
	if (len == 0)
		return;
	if (in->nsegs == in->segs_cap) {
		in->segs_cap = in->segs_cap ? in->segs_cap * 2 : 32;
		in->segs = xrealloc(in->segs, in->segs_cap * sizeof(*in->segs));
	}
	in->segs[in->nsegs++] = (struct input_seg){ from_body, off, len };
	in->canon_len += len;
}

/* Appends canonical text to the part headers and adds it as a piece. */
static void
input_seg_text(struct input *in, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void
input_seg_text(struct input *in, const char *fmt, ...)
{
	size_t off = in->heads.len;
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(&in->heads, fmt, ap);
	va_end(ap);
	input_seg_add(in, 0, off, in->heads.len - off);
}

/* What one part's headers say. */
struct input_part {
	char    name[INPUT_NAME_MAX + 1];
	char    filename[INPUT_FILENAME_MAX + 1];
	char    type[128];
	int     has_name, has_filename, has_type, has_disposition;
};

/* Reads the parameters of a Content-Disposition value (after "form-data"). Returns 0 or -1. */
static int
input_disposition(const char *p, struct input_part *part)
{
	char name[32], value[INPUT_FILENAME_MAX + 1];
	long vlen;
	size_t i;

	for (;;) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\0')
			return 0;
		if (*p++ != ';')
			return -1;
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\0')
			return 0;
		if (input_token(&p, name, sizeof(name), 1) == 0 || *p++ != '=' ||
		    (vlen = input_param_value(&p, value, sizeof(value), 0)) < 0)
			return -1;
		if (strcmp(name, "name") == 0) {
			if (part->has_name++ || vlen == 0 || vlen > INPUT_NAME_MAX)
				return -1;
			for (i = 0; i < (size_t)vlen; i++)
				if ((unsigned char)value[i] < 0x20 || value[i] == '.' ||
				    value[i] == '"' || value[i] == 0x7F)
					return -1;
			memcpy(part->name, value, (size_t)vlen + 1);
		} else if (strcmp(name, "filename") == 0) {
			if (part->has_filename++)
				return -1;
			for (i = 0; i < (size_t)vlen; i++)
				if ((unsigned char)value[i] < 0x20 || value[i] == '"' || value[i] == 0x7F)
					return -1;
			memcpy(part->filename, value, (size_t)vlen + 1);
		}
		/* filename* (RFC 5987) and others: RFC 7578 tells senders not to use them. */
	}
}

/* Reads one part header line (without its CRLF). Returns 0 or -1. */
static int
input_part_header(const char *line, size_t len, struct input_part *part)
{
	char name[64], value[INPUT_HEADER_MAX + 1];
	const char *p = value;
	size_t n;

	if (len > INPUT_HEADER_MAX || memchr(line, '\0', len) != NULL)
		return -1;
	memcpy(value, line, len);
	value[len] = '\0';
	if ((n = input_token(&p, name, sizeof(name), 1)) == 0 || n >= sizeof(name) || *p++ != ':')
		return -1;
	while (*p == ' ' || *p == '\t')
		p++;
	if (strcmp(name, "content-disposition") == 0) {
		char kind[32];

		if (part->has_disposition++ || input_token(&p, kind, sizeof(kind), 1) == 0 ||
		    strcmp(kind, "form-data") != 0)
			return -1;
		return input_disposition(p, part);
	}
	if (strcmp(name, "content-type") == 0) {
		enum input_kind kind;
		char boundary[INPUT_BOUNDARY_MAX + 1];
		const char *why, *slash;
		size_t tlen;

		/* A part's type is checked as a request's is; only "type/subtype" is kept. */
		if (part->has_type++ || input_parse_content_type(p, &kind, boundary, &why) == 400)
			return -1;
		tlen = strcspn(p, " \t;");
		slash = memchr(p, '/', tlen);
		if (slash == NULL || tlen >= sizeof(part->type))
			return -1;
		memcpy(part->type, p, tlen);
		part->type[tlen] = '\0';
		return 0;
	}
	if (strcmp(name, "content-transfer-encoding") == 0)
		return strcasecmp(p, "7bit") == 0 || strcasecmp(p, "8bit") == 0 ||
		    strcasecmp(p, "binary") == 0 ? 0 : -1;
	return 0;	/* any other header means nothing to a form field */
}

/* Finds needle in the n bytes at hay; NULL when absent. */
static const char *
input_find(const char *hay, size_t n, const char *needle, size_t nlen)
{
	return nlen <= n ? memmem(hay, n, needle, nlen) : NULL;
}

/* Chooses the canonical boundary: the fixed prefix and random hex, not found in the body. */
static int
input_canon_boundary(struct input *in, char *out, size_t size)
{
	unsigned char rnd[INPUT_CANON_RANDOM];
	int tries;
	size_t i, len;

	for (tries = 0; tries < 4; tries++) {
		if (crypto_random(rnd, sizeof(rnd)) == -1)
			return -1;
		if (str_copy(out, size, INPUT_CANON_PREFIX) == -1)
			return -1;
		len = strlen(out);
		for (i = 0; i < sizeof(rnd); i++) {
			if (fmt_into(out + len, size - len, "%02x", rnd[i]) == -1)
				return -1;
			len += 2;
		}
		if (input_find(in->body.data, in->body.len, out, len) == NULL)
			return 0;
	}
	return -1;
}

/* Parses the multipart body as sent and builds its canonical form. Returns 0 or 400. */
static int
input_check_multipart(struct input *in)
{
	const char *body = in->body.data, *end = body + in->body.len, *p, *hit, *eol;
	char delim[INPUT_BOUNDARY_MAX + 5], canon[64];
	size_t dlen, parts = 0, headers;
	struct input_part part;
	int closed = 0;

	/* The boundary was limited to INPUT_BOUNDARY_MAX when the Content-Type was read. */
	if (fmt_into(delim, sizeof(delim), "\r\n--%s", in->boundary) == -1) {
		in->why = "Ranh giới (boundary) của dữ liệu multipart quá dài.";
		return 400;
	}
	dlen = strlen(delim);
	if (in->body.len == 0) {
		in->why = "Dữ liệu multipart/form-data rỗng.";
		return 400;
	}
	/* The first delimiter opens the body, or ends a preamble (which RFC 2046 allows). */
	if (in->body.len >= dlen - 2 && memcmp(body, delim + 2, dlen - 2) == 0)
		p = body + dlen - 2;
	else if ((hit = input_find(body, in->body.len, delim, dlen)) != NULL)
		p = hit + dlen;
	else {
		in->why = "Không tìm thấy ranh giới (boundary) nào trong dữ liệu multipart.";
		return 400;
	}
	if (input_canon_boundary(in, canon, sizeof(canon)) == -1)
		return 400;
	for (;;) {
		/* After a delimiter: "--" closes the body; else padding, then CRLF. */
		if (end - p >= 2 && p[0] == '-' && p[1] == '-') {
			closed = 1;
			break;
		}
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		if (end - p < 2 || p[0] != '\r' || p[1] != '\n')
			break;
		p += 2;
		if (++parts > INPUT_PARTS_MAX) {
			in->why = "Biểu mẫu có quá nhiều trường.";
			return 400;
		}
		memset(&part, 0, sizeof(part));
		for (headers = 0;; headers++) {
			if ((eol = input_find(p, (size_t)(end - p), "\r\n", 2)) == NULL)
				goto malformed;
			if (eol == p) {
				p += 2;
				break;
			}
			/* Folded header lines (obsolete) and too many headers are refused. */
			if (*p == ' ' || *p == '\t' || headers >= INPUT_PART_HEADERS_MAX ||
			    input_part_header(p, (size_t)(eol - p), &part) == -1)
				goto malformed;
			p = eol + 2;
		}
		if (!part.has_disposition || !part.has_name)
			goto malformed;
		if ((hit = input_find(p, (size_t)(end - p), delim, dlen)) == NULL)
			goto malformed;	/* cut short: the part never ends */
		if (!part.has_filename && memchr(p, '\0', (size_t)(hit - p)) != NULL) {
			in->why = "Dữ liệu gửi lên chứa ký tự rỗng (NUL).";
			return 400;
		}
		input_seg_text(in, "--%s\r\nContent-Disposition: form-data; name=\"%s\"%s%s%s\r\n",
		    canon, part.name, part.has_filename ? "; filename=\"" : "",
		    part.has_filename ? part.filename : "", part.has_filename ? "\"" : "");
		if (part.has_type)
			input_seg_text(in, "Content-Type: %s\r\n", part.type);
		input_seg_text(in, "\r\n");
		input_seg_add(in, 1, (size_t)(p - body), (size_t)(hit - p));
		input_seg_text(in, "\r\n");
		p = hit + dlen;
	}
	if (!closed) {
malformed:
		in->why = "Dữ liệu multipart/form-data không đúng định dạng hoặc bị cắt ngắn.";
		return 400;
	}
	/* What follows the close delimiter (an epilogue) is ignored, as RFC 2046 says. */
	input_seg_text(in, "--%s--\r\n", canon);
	{
		char *ctype = NULL;

		if (asprintf(&ctype, "multipart/form-data; boundary=%s", canon) == -1)
			return 400;
		free(in->content_type);
		in->content_type = ctype;
	}
	return 0;
}

/* --- one request -------------------------------------------------------------------------------- */

int
input_begin(struct input *in, char **envp)
{
	const char *query = FCGX_GetParam("QUERY_STRING", envp);
	const char *ctype = FCGX_GetParam("CONTENT_TYPE", envp);
	const char *cookie = FCGX_GetParam("HTTP_COOKIE", envp);

	in->envp = envp;
	input_current = in;
	if (cookie) {
		struct buf kept = BUF_INIT;

		input_filter_cookies(cookie, &kept);
		in->cookie = kept.len ? buf_detach(&kept) : NULL;
		buf_free(&kept);
	}
	if (ctype && *ctype)
		in->type_status = input_parse_content_type(ctype, &in->kind, in->boundary, &in->why);
	if (query && input_check_pairs(query, strlen(query), &in->why) == -1)
		return 400;
	return 0;
}

int
input_read_body(struct input *in, int (*read)(void *ctx, char *buf, int len), void *ctx,
    long max)
{
	const char *clen = FCGX_GetParam("CONTENT_LENGTH", in->envp);
	long want = -1;
	char chunk[16384];
	int got;

	if (clen && *clen) {
		char *end;

		if (*clen < '0' || *clen > '9' || (want = strtol(clen, &end, 10)) < 0 || *end) {
			in->why = "Độ dài dữ liệu (Content-Length) không hợp lệ.";
			return 400;
		}
		if (want > max)
			return 413;
	}
	/* Without a length (a chunked body nginx passed on as it came) the stream's end ends it. */
	while (want != 0) {
		int ask = want > 0 && want < (long)sizeof(chunk) ? (int)want : (int)sizeof(chunk);

		if ((got = read(ctx, chunk, ask)) <= 0)
			break;
		if ((long)(in->body.len + (size_t)got) > max)
			return 413;
		buf_append(&in->body, chunk, (size_t)got);
		if (want > 0)
			want -= got;
	}
	if (want > 0) {
		in->why = "Dữ liệu gửi lên bị cắt ngắn.";
		return 400;
	}
	buf_str(&in->body);	/* NUL-terminated, for a JSON parser */
	return 0;
}

void
input_set_body(struct input *in, const char *data, size_t len)
{
	buf_reset(&in->body);
	buf_append(&in->body, data, len);
	buf_str(&in->body);
}

int
input_check_body(struct input *in)
{
	const char *ctype = FCGX_GetParam("CONTENT_TYPE", in->envp);
	int rc;

	if (in->type_status)
		return in->type_status;
	if (in->body.len > 0 && (ctype == NULL || *ctype == '\0')) {
		in->why = "Yêu cầu có dữ liệu nhưng không có tiêu đề Content-Type.";
		return 400;
	}
	switch (in->kind) {
	case INPUT_FORM:
		if (memchr(in->body.data ? in->body.data : "", '\0', in->body.len) != NULL) {
			in->why = "Dữ liệu gửi lên chứa ký tự rỗng (NUL).";
			return 400;
		}
		if (input_check_pairs(buf_str(&in->body), in->body.len, &in->why) == -1)
			return 400;
		free(in->content_type);
		in->content_type = xstrdup("application/x-www-form-urlencoded");
		input_seg_add(in, 1, 0, in->body.len);
		break;
	case INPUT_MULTIPART:
		if ((rc = input_check_multipart(in)) != 0)
			return rc;
		break;
	case INPUT_OTHER:
		in->why = "Địa chỉ này chỉ nhận dữ liệu biểu mẫu (application/x-www-form-urlencoded "
		    "hoặc multipart/form-data).";
		return 415;
	case INPUT_NONE:
		break;
	}
	if (fmt_into(in->length, sizeof(in->length), "%zu", in->canon_len) == -1)
		return 500;
	return 0;
}

int
input_to_hdf(const struct input *in, HDF *hdf)
{
	const char *type = in->content_type;

	if (type == NULL)
		return hdf_set_value(hdf, "CGI.ContentLength", "0") == STATUS_OK ? 0 : -1;
	if (hdf_set_value(hdf, "CGI.ContentType", type) != STATUS_OK ||
	    hdf_set_value(hdf, "CGI.ContentType.Type", in->kind == INPUT_FORM ?
	        "application/x-www-form-urlencoded" : "multipart/form-data") != STATUS_OK ||
	    hdf_set_value(hdf, "CGI.ContentLength", in->length) != STATUS_OK)
		return -1;
	return 0;
}

const struct buf *
input_raw_body(const struct input *in)
{
	return &in->body;
}

void
input_free(struct input *in)
{
	if (input_current == in)
		input_current = NULL;
	free(in->content_type);
	free(in->cookie);
	free(in->segs);
	buf_free(&in->body);
	buf_free(&in->heads);
	memset(in, 0, sizeof(*in));
}

/* --- ClearSilver's cgiwrap callbacks, served from the current input ----------------------------- */

/* Serves the canonical body, piece by piece. */
static int
input_cb_read(void *data, char *buf, int len)
{
	struct input *in = input_current;
	int done = 0;

	(void)data;
	if (in == NULL || len < 0)
		return -1;
	while (done < len && in->seg_at < in->nsegs) {
		const struct input_seg *seg = &in->segs[in->seg_at];
		const char *from = (seg->from_body ? in->body.data : in->heads.data) + seg->off;
		size_t take = seg->len - in->seg_pos;

		if (take > (size_t)(len - done))
			take = (size_t)(len - done);
		memcpy(buf + done, from + in->seg_pos, take);
		done += (int)take;
		if ((in->seg_pos += take) == seg->len) {
			in->seg_at++;
			in->seg_pos = 0;
		}
	}
	return done;
}

/* The kit writes nothing of ours: the dispatcher answers through FastCGI itself. */
static int
input_cb_writef(void *data, const char *fmt, va_list ap)
{
	(void)data; (void)fmt; (void)ap;
	return -1;
}

static int
input_cb_write(void *data, const char *buf, int len)
{
	(void)data; (void)buf; (void)len;
	return -1;
}

/* A parameter as the kit may see it: the cookies filtered, the body's type and length its
 * canonical ones. The kit frees the copy. */
static const char *
input_shown(const struct input *in, const char *name, const char *value)
{
	if (strcmp(name, "HTTP_COOKIE") == 0)
		return in->cookie;
	if (strcmp(name, "CONTENT_TYPE") == 0)
		return in->kind == INPUT_FORM ? "application/x-www-form-urlencoded" :
		    in->kind == INPUT_MULTIPART ? "multipart/form-data" : NULL;
	if (strcmp(name, "CONTENT_LENGTH") == 0)
		return in->length[0] ? in->length : NULL;
	return value;
}

static char *
input_cb_getenv(void *data, const char *name)
{
	const char *v;

	(void)data;
	if (input_current == NULL)
		return NULL;
	v = input_shown(input_current, name, FCGX_GetParam(name, input_current->envp));
	return v ? strdup(v) : NULL;
}

static int
input_cb_putenv(void *data, const char *name, const char *value)
{
	(void)data; (void)name; (void)value;
	return -1;	/* a request never changes the server's environment */
}

static int
input_cb_iterenv(void *data, int n, char **name, char **value)
{
	char *const *envp;
	const char *eq, *v;
	int i;

	(void)data;
	*name = *value = NULL;
	if (input_current == NULL || n < 0 || (envp = input_current->envp) == NULL)
		return 0;
	for (i = 0; i < n && envp[i]; i++)
		;
	if (envp[i] == NULL || (eq = strchr(envp[i], '=')) == NULL)
		return 0;
	*name = strndup(envp[i], (size_t)(eq - envp[i]));
	v = input_shown(input_current, *name, eq + 1);
	*value = strdup(v ? v : "");
	return 0;
}

void
input_cgiwrap_init(void)
{
	cgiwrap_init_emu(NULL, input_cb_read, input_cb_writef, input_cb_write, input_cb_getenv,
	    input_cb_putenv, input_cb_iterenv);
}
