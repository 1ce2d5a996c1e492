/* page: the page table, path matching and field validation. */
#include "page.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "fmt.h"
#include "utf8.h"

/* Matches path against pattern; on success stores the {x} segments (copied) in args and their
 * names into the HDF as Path.<name>. Returns 1 on a match, else 0. */
static int
page_path_matches(const char *pattern, const char *path, char **args, size_t *nargs)
{
	const char *p = pattern, *s = path;
	size_t n = 0;

	while (*p && *s) {
		if (*p == '{') {
			const char *close = strchr(p, '}');
			size_t len = strcspn(s, "/");

			if (close == NULL || len == 0 || n == REQ_MAX_PATH_ARGS)
				goto nomatch;
			args[n++] = xstrndup(s, len);
			p = close + 1;
			s += len;
			continue;
		}
		if (*p != *s)
			goto nomatch;
		p++;
		s++;
	}
	/* A trailing slash is the same page ("/procedures/" is "/procedures"). */
	if (*p == '\0' && (*s == '\0' || (s[0] == '/' && s[1] == '\0' && s != path + 1))) {
		*nargs = n;
		return 1;
	}
nomatch:
	while (n > 0)
		free(args[--n]);
	return 0;
}

const struct page *
page_match(const struct page *pages, size_t npages, struct req *req, int *path_known,
    unsigned *allowed)
{
	char *args[REQ_MAX_PATH_ARGS];
	unsigned want = req->method == REQ_HEAD ? REQ_GET : req->method;
	size_t i, j, nargs;

	*path_known = 0;
	*allowed = 0;
	for (i = 0; i < npages; i++) {
		if (!page_path_matches(pages[i].pattern, req->path, args, &nargs))
			continue;
		if (!(pages[i].methods & want)) {
			*path_known = 1;
			*allowed |= pages[i].methods;
			for (j = 0; j < nargs; j++)
				free(args[j]);
			continue;
		}
		for (j = 0; j < nargs; j++)
			req->path_args[j] = args[j];
		return &pages[i];
	}
	return NULL;
}

/* Sets Form.<name>; the name is from our table. */
static int
page_set_form(struct req *req, const char *name, const char *suffix, const char *value)
{
	char key[128];

	if (fmt_into(key, sizeof(key), "Form.%s%s", name, suffix) == -1)
		return -1;
	return req_set(req, key, value);
}

/* Trims ASCII space around text in place; returns the new start. */
static char *
page_trim(char *s)
{
	char *end;

	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	end = s + strlen(s);
	while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' || end[-1] == '\r'))
		*--end = '\0';
	return s;
}

/* Sets the message of an invalid field: beside it, and on the error page when the page has no form
 * to give back (the first one said). Returns 1, the number of invalid fields it counts. */
static int
page_invalid(struct req *req, const char *name, const char *message)
{
	req_field_error(req, name, message);
	if (req->error_message == NULL)
		req_error(req, "%s", message);
	return 1;
}

/* Keeps what was typed in an invalid field, cleaned to text the page can show again. */
static int
page_keep_typed(struct req *req, const char *name, const char *raw)
{
	struct buf clean = BUF_INIT;
	int rc;

	utf8_clean(raw, strlen(raw), 4096, 1, &clean);
	rc = page_set_form(req, name, "", clean.data ? clean.data : "");
	buf_free(&clean);
	return rc;
}

/* The message of a whole number out of its bounds. */
static void
page_uint_message(struct buf *message, const struct field_rule *rule)
{
	buf_printf(message, "Giá trị của «%s» phải là số từ %ld đến %ld.", rule->label,
	    rule->min, rule->max);
}

/* Checks one field's shape by its kind into *value (the cleaned text; "" when nothing is left),
 * then its meaning. Returns 0 when good, 1 when invalid (message filled), -1 on failure. */
static int
page_check(struct req *req, const struct field_rule *rule, const char *name, const char *raw,
    struct buf *value, struct buf *message)
{
	char *t;
	size_t i;
	int cut;

	switch (rule->kind) {
	case FIELD_TEXT:
	case FIELD_PARAGRAPH:
	case FIELD_SEARCH: {
		struct buf clean = BUF_INIT;

		utf8_clean(raw, strlen(raw), (size_t)-1, rule->kind == FIELD_PARAGRAPH, &clean);
		t = page_trim(clean.data ? clean.data : (char *)"");
		cut = utf8_length(t, strlen(t)) > (size_t)rule->max;
		if (cut && rule->kind != FIELD_SEARCH) {
			buf_free(&clean);
			buf_printf(message, "Trường «%s» dài quá %ld ký tự.", rule->label, rule->max);
			return 1;
		}
		if (cut) {
			/* Keep the first max characters: find the byte where character max+1 starts. */
			size_t chars = 0, k;

			for (k = 0; t[k]; k++)
				if (((unsigned char)t[k] & 0xC0) != 0x80 && chars++ == (size_t)rule->max)
					break;
			t[k] = '\0';
			t = page_trim(t);
			if (page_set_form(req, name, "_cut", "1") == -1) {
				buf_free(&clean);
				return -1;
			}
		}
		buf_append(value, t, strlen(t));
		buf_free(&clean);
		break;
	}
	case FIELD_UINT: {
		char *end;
		long n;

		for (i = 0; raw[i]; i++)
			if (raw[i] < '0' || raw[i] > '9' || i > 9)
				break;
		n = strtol(raw, &end, 10);
		if (raw[i] != '\0' || *end != '\0' || n < rule->min || n > rule->max) {
			page_uint_message(message, rule);
			return 1;
		}
		buf_append(value, raw, strlen(raw));
		break;
	}
	case FIELD_CODE:
		for (i = 0; raw[i]; i++) {
			char c = raw[i];

			if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
			    (c >= 'A' && c <= 'Z') || c == '.' || c == '-' || c == '_'))
				break;
		}
		if (raw[i] != '\0' || i > (size_t)rule->max) {
			buf_printf(message, "Mã trong «%s» không hợp lệ.", rule->label);
			return 1;
		}
		buf_append(value, raw, strlen(raw));
		break;
	case FIELD_ENUM:
		if (!str_listed(rule->choices, raw)) {
			buf_printf(message, "Giá trị của «%s» không nằm trong các lựa chọn.",
			    rule->label);
			return 1;
		}
		buf_append(value, raw, strlen(raw));
		break;
	default:
		return -1;
	}
	if (rule->check && value->len > 0) {
		struct buf canonical = BUF_INIT;
		const char *problem = rule->check(buf_str(value), &canonical);

		if (problem) {
			buf_free(&canonical);
			buf_printf(message, "%s", problem);
			return 1;
		}
		if (canonical.len > 0) {
			buf_reset(value);
			buf_append(value, canonical.data, canonical.len);
		}
		buf_free(&canonical);
	}
	return 0;
}

/* 1 when the request submits a form (its required fields must be there), 0 for a GET. */
static int
page_submits(const struct req *req)
{
	return req->method == REQ_POST || req->method == REQ_PUT;
}

/* Validates one field the form sent under name. Returns 0 when good, 1 when invalid, -1 on
 * failure. */
static int
page_field(struct req *req, const struct field_rule *rule, const char *name, const char *raw)
{
	struct buf value = BUF_INIT, message = BUF_INIT;
	int post = page_submits(req), rc;

	if (raw[0] == '\0') {
		/* Absent and empty are the same: the page's default applies. */
		if (post && rule->required)
			return page_invalid(req, name, rule->required);
		return (rule->flags & FIELD_KEEP_EMPTY) ? page_set_form(req, name, "", "") : 0;
	}
	rc = page_check(req, rule, name, raw, &value, &message);
	if (rc == 0 && value.len == 0 && post && rule->required)
		rc = page_invalid(req, name, rule->required);	/* only spaces */
	else if (rc == 0 && (value.len > 0 || (rule->flags & FIELD_KEEP_EMPTY)))
		rc = page_set_form(req, name, "", buf_str(&value));
	else if (rc == 1)
		rc = page_keep_typed(req, name, raw) == -1 ? -1 :
		    page_invalid(req, name, buf_str(&message));
	buf_free(&value);
	buf_free(&message);
	return rc;
}

/* Validates every field the form sent whose name starts with the rule's prefix. Returns the
 * number of invalid ones, or -1. */
static int
page_prefixed(struct req *req, const struct field_rule *rule)
{
	HDF *node = hdf_get_obj(req->hdf, "Query");
	size_t len = strlen(rule->name);
	int invalid = 0, rc;

	for (node = node ? hdf_obj_child(node) : NULL; node; node = hdf_obj_next(node)) {
		const char *name = hdf_obj_name(node), *raw = hdf_obj_value(node);

		if (strncmp(name, rule->name, len) != 0 || name[len] == '\0')
			continue;
		if ((rc = page_field(req, rule, name, raw ? raw : "")) == -1)
			return -1;
		invalid += rc;
	}
	return invalid;
}

int
page_validate(const struct page *page, struct req *req)
{
	const struct field_rule *rule;
	char key[128];
	const char *raw;
	int invalid = 0, rc;

	if (page->fields == NULL)
		return 0;
	for (rule = page->fields; rule->name; rule++) {
		if (rule->flags & FIELD_PREFIX)
			rc = page_prefixed(req, rule);
		else if (fmt_into(key, sizeof(key), "Query.%s", rule->name) == -1)
			rc = -1;
		else if ((raw = hdf_get_value(req->hdf, key, NULL)) == NULL &&
		    !(rule->required && page_submits(req)))
			rc = 0;
		else
			rc = page_field(req, rule, rule->name, raw ? raw : "");
		if (rc == -1)
			return -1;
		invalid += rc;
	}
	return invalid;
}
