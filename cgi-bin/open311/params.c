/* open311: the parameters of a query string or a form-encoded body, decoded and checked once. */
#include "config.h"

#include "open311.h"

#include <stdlib.h>
#include <string.h>

#include "url.h"
#include "utf8.h"

int
o311_params_parse(const char *s, size_t len, struct o311_params *params, const char **bad)
{
	struct buf name = BUF_INIT, value = BUF_INIT;
	size_t start = 0, end, eq, i;
	int rc = -1;

	params->items = NULL;
	params->n = 0;
	*bad = "";
	while (start < len) {
		for (end = start; end < len && s[end] != '&'; end++)
			;
		if (end == start) {		/* "a=1&&b=2": nothing between */
			start = end + 1;
			continue;
		}
		for (eq = start; eq < end && s[eq] != '='; eq++)
			;
		buf_reset(&name);
		buf_reset(&value);
		if (url_form_decode(s + start, eq - start, &name) == -1 ||
		    (eq < end && url_form_decode(s + eq + 1, end - eq - 1, &value) == -1) ||
		    name.len == 0 || strlen(buf_str(&name)) != name.len ||
		    !utf8_valid(name.data, name.len))
			goto out;
		for (i = 0; i < params->n; i++)
			if (strcmp(params->items[i].name, name.data) == 0)
				break;
		params->items = xrealloc(params->items, (params->n + 1) * sizeof(params->items[0]));
		params->items[params->n].name = xstrdup(buf_str(&name));
		params->items[params->n].value = xstrdup(buf_str(&value));
		params->n++;
		/* Past this point *bad names the parameter, which the caller may show. */
		*bad = params->items[params->n - 1].name;
		if (i < params->n - 1 || strlen(buf_str(&value)) != value.len ||
		    !utf8_valid(buf_str(&value), value.len))
			goto out;
		*bad = "";
		start = end + 1;
	}
	rc = 0;
out:
	buf_free(&name);
	buf_free(&value);
	return rc;
}

void
o311_params_free(struct o311_params *params)
{
	size_t i;

	for (i = 0; i < params->n; i++) {
		free(params->items[i].name);
		free(params->items[i].value);
	}
	free(params->items);
	params->items = NULL;
	params->n = 0;
}

const char *
o311_param(const struct o311_params *params, const char *name)
{
	size_t i;

	for (i = 0; i < params->n; i++)
		if (strcmp(params->items[i].name, name) == 0)
			return params->items[i].value[0] ? params->items[i].value : NULL;
	return NULL;
}

int
o311_clean(const char *raw, int newlines, size_t max, struct buf *out)
{
	struct buf clean = BUF_INIT;
	const char *s;
	size_t len;

	buf_reset(out);
	if (raw == NULL)
		return 0;
	utf8_clean(raw, strlen(raw), (size_t)-1, newlines, &clean);
	s = buf_str(&clean);
	while (*s == ' ' || *s == '\t' || *s == '\n')
		s++;
	len = strlen(s);
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\n'))
		len--;
	buf_append(out, s, len);
	buf_str(out);
	buf_free(&clean);
	return utf8_length(buf_str(out), out->len) > max ? -1 : 0;
}
