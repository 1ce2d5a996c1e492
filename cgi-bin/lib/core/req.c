/* req: one HTTP request and its answer. */
#include "req.h"
#include "utf8.h"
#include "url.h"
#include "fold.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "fmt.h"
#include "app.h"
#include "log.h"
#include "tmpl.h"

const char *
req_form(const struct req *req, const char *name)
{
	char key[128];

	if (fmt_into(key, sizeof(key), "Form.%s", name) == -1)
		return NULL;
	return hdf_get_value(req->hdf, key, NULL);
}

long long
req_form_ll(const struct req *req, const char *name, long long def)
{
	const char *v = req_form(req, name);
	char *end;
	long long n;

	if (v == NULL || *v == '\0')
		return def;
	errno = 0;
	n = strtoll(v, &end, 10);
	return *end == '\0' && errno == 0 ? n : def;
}

int
req_form_int(const struct req *req, const char *name, int def)
{
	long long n = req_form_ll(req, name, def);

	return n >= INT_MIN && n <= INT_MAX ? (int)n : def;
}

const char *
req_param(const struct req *req, const char *name)
{
	return FCGX_GetParam(name, req->fcgi->envp);
}

int
req_set(struct req *req, const char *name, const char *value)
{
	NEOERR *err;

	if ((err = hdf_set_value(req->hdf, name, value ? value : "")) != STATUS_OK) {
		tmpl_log_error(name, err);
		return -1;
	}
	return 0;
}

int
req_setf(struct req *req, const char *name, const char *fmt, ...)
{
	struct buf value = BUF_INIT;
	va_list ap;
	int rc;

	va_start(ap, fmt);
	buf_vprintf(&value, fmt, ap);
	va_end(ap);
	rc = req_set(req, name, buf_str(&value));
	buf_free(&value);
	return rc;
}

int
req_set_int(struct req *req, const char *name, long long value)
{
	char num[32];

	if (fmt_into(num, sizeof(num), "%lld", value) == -1)
		return -1;
	return req_set(req, name, num);
}

HDF *
req_node(struct req *req, const char *name)
{
	HDF *node = NULL;
	NEOERR *err;

	if ((err = hdf_get_node(req->hdf, name, &node)) != STATUS_OK) {
		tmpl_log_error(name, err);
		return NULL;
	}
	return node;
}

size_t
hdf_name_index(char *buf, size_t size, const char *prefix, size_t n, const char *suffix)
{
	char digits[24];
	size_t len = 0, nd = 0;
	const char *p;

	if (size == 0)
		return 0;
	do
		digits[nd++] = (char)('0' + n % 10);
	while ((n /= 10) > 0);
	for (p = prefix; *p && len + 1 < size; p++)
		buf[len++] = *p;
	while (nd > 0 && len + 1 < size)
		buf[len++] = digits[--nd];
	for (p = suffix; *p && len + 1 < size; p++)
		buf[len++] = *p;
	buf[len] = '\0';
	return len;
}

int
req_node_set(HDF *node, const char *name, const char *value)
{
	NEOERR *err;

	if (node == NULL)
		return -1;
	if ((err = hdf_set_value(node, name, value ? value : "")) != STATUS_OK) {
		tmpl_log_error(name, err);
		return -1;
	}
	return 0;
}

void
req_header(struct req *req, const char *name, const char *value)
{
	/* A header value with a line break would let one header become two. */
	if (strpbrk(value, "\r\n") != NULL) {
		log_err("header %s dropped: value has a line break", name);
		return;
	}
	buf_printf(&req->headers, "%s: %s\r\n", name, value);
}

int
req_redirect(struct req *req, int status, const char *fmt, ...)
{
	struct buf where = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(&where, fmt, ap);
	va_end(ap);
	if (strpbrk(buf_str(&where), "\r\n") != NULL) {
		buf_free(&where);
		return 400;
	}
	free(req->location);
	req->location = buf_detach(&where);
	return status;
}

int
req_db_failed(const struct req *req)
{
	return db_unavailable(req->app->db) ? 503 : 500;
}

/* The Content-Disposition of a file named name (UTF-8): a plain ASCII filename="..." for old
 * clients (marks folded away, "đ" as "d", anything else that is not printable ASCII, and the
 * quote, backslash and percent sign that some clients read, as '_'), then RFC 5987's filename*
 * with the exact name percent-encoded. */
static void
req_disposition(const char *name, struct buf *out)
{
	size_t n = strlen(name), i = 0, used;
	uint32_t cp;

	buf_puts(out, "attachment; filename=\"");
	while (i < n) {
		if ((used = utf8_decode(name + i, n - i, &cp)) == 0) {
			used = 1;
			cp = '_';
		}
		i += used;
		if (cp >= 0x80)
			cp = fold_char(cp);
		if (cp == 0)
			continue;	/* a combining mark */
		if (cp < 0x20 || cp >= 0x7F || cp == '"' || cp == '\\' || cp == '%')
			cp = '_';
		buf_putc(out, (char)cp);
	}
	buf_puts(out, "\"; filename*=UTF-8''");
	url_encode(name, out);
}

void
req_send_file(struct req *req, const char *filename, const char *mime, const char *data,
    size_t len)
{
	struct buf disposition = BUF_INIT;

	buf_append(&req->body, data, len);
	req_disposition(filename, &disposition);
	req_header(req, "Content-Disposition", buf_str(&disposition));
	buf_free(&disposition);
	req->cache_private = 1;
	req->template = NULL;
	/* One of the three types the files table allows (never what a browser claimed), as a
	 * literal: the caller's copy of mime is gone before the dispatcher writes the answer. */
	req->content_type = strcmp(mime, "application/pdf") == 0 ? "application/pdf"
	    : strcmp(mime, "image/png") == 0 ? "image/png" : "image/jpeg";
}

void
req_field_error(struct req *req, const char *field, const char *message)
{
	char name[96];

	/* A field name too long for the node still leaves the form refused, only without the
	 * message next to the field (the names come from our own tables, so it is a bug). */
	if (fmt_into(name, sizeof(name), "Errors.%s", field) == -1)
		log_err("req: field name %s too long for its error node", field);
	else if (hdf_get_value(req->hdf, name, NULL) == NULL)
		req_set(req, name, message);
	req_set(req, "Form.Invalid", "1");
}

void
req_error(struct req *req, const char *fmt, ...)
{
	struct buf msg = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(&msg, fmt, ap);
	va_end(ap);
	free(req->error_message);
	req->error_message = buf_detach(&msg);
}
