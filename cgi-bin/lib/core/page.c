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

/* Validates one field. Returns 0, or -1 with req->error_message set. */
static int
page_check(struct req *req, const struct field_rule *rule, const char *raw)
{
	struct buf clean = BUF_INIT;
	char *t;
	size_t i;
	int rc = -1, cut;

	switch (rule->kind) {
	case FIELD_TEXT:
	case FIELD_PARAGRAPH:
	case FIELD_SEARCH:
		utf8_clean(raw, strlen(raw), (size_t)-1, rule->kind == FIELD_PARAGRAPH, &clean);
		t = page_trim(clean.data ? clean.data : (char *)"");
		cut = utf8_length(t, strlen(t)) > (size_t)rule->max;
		if (cut && rule->kind != FIELD_SEARCH) {
			req_error(req, "Trường «%s» dài quá %ld ký tự.", rule->label, rule->max);
			goto out;
		}
		if (cut) {
			/* Keep the first max characters: find the byte where character max+1 starts. */
			size_t chars = 0, k;

			for (k = 0; t[k]; k++)
				if (((unsigned char)t[k] & 0xC0) != 0x80 && chars++ == (size_t)rule->max)
					break;
			t[k] = '\0';
			t = page_trim(t);
			page_set_form(req, rule->name, "_cut", "1");
		}
		if (*t)
			page_set_form(req, rule->name, "", t);
		rc = 0;
		goto out;
	case FIELD_UINT: {
		char *end;
		long n;

		for (i = 0; raw[i]; i++)
			if (raw[i] < '0' || raw[i] > '9' || i > 9)
				break;
		n = strtol(raw, &end, 10);
		if (raw[i] != '\0' || *end != '\0' || n < rule->min || n > rule->max) {
			req_error(req, "Giá trị của «%s» phải là số từ %ld đến %ld.", rule->label,
			    rule->min, rule->max);
			goto out;
		}
		rc = page_set_form(req, rule->name, "", raw);
		goto out;
	}
	case FIELD_CODE:
		for (i = 0; raw[i]; i++) {
			char c = raw[i];

			if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
			    (c >= 'A' && c <= 'Z') || c == '.' || c == '-' || c == '_'))
				break;
		}
		if (raw[i] != '\0' || i > (size_t)rule->max) {
			req_error(req, "Mã trong «%s» không hợp lệ.", rule->label);
			goto out;
		}
		rc = page_set_form(req, rule->name, "", raw);
		goto out;
	case FIELD_ENUM:
		for (i = 0; rule->choices[i]; i++)
			if (strcmp(rule->choices[i], raw) == 0) {
				rc = page_set_form(req, rule->name, "", raw);
				goto out;
			}
		req_error(req, "Giá trị của «%s» không nằm trong các lựa chọn.", rule->label);
		goto out;
	default:
		goto out;
	}
out:
	buf_free(&clean);
	return rc;
}

int
page_validate(const struct page *page, struct req *req)
{
	const struct field_rule *rule;
	char key[128];
	const char *raw;

	if (page->fields == NULL)
		return 0;
	for (rule = page->fields; rule->name; rule++) {
		if (fmt_into(key, sizeof(key), "Query.%s", rule->name) == -1)
			return -1;
		raw = hdf_get_value(req->hdf, key, NULL);
		if (raw == NULL || raw[0] == '\0')
			continue;	/* absent and empty are the same: the page's default applies */
		if (page_check(req, rule, raw) == -1)
			return -1;
	}
	return 0;
}
