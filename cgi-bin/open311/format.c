/* open311: one answer, two formats — a JSON value written as it is (jansson) or as the
 * specification's XML (written here, with every text escaped), and the errors of both. */
#include "config.h"

#include "open311.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

/* The element of a list's items, by the list's element (the specification's names). */
static const struct { const char *list, *item; } o311_items[] = {
	{ "services",         "service" },
	{ "service_requests", "request" },
	{ "errors",           "error" },
	{ "attributes",       "attribute" },
	{ "values",           "value" },
	{ "endpoints",        "endpoint" },
	{ "formats",          "format" },
};

int
o311_ext(const char *ext, enum o311_format *fmt)
{
	*fmt = strcmp(ext, "json") == 0 ? O311_JSON : O311_XML;
	return strcmp(ext, "json") == 0 || strcmp(ext, "xml") == 0 ? 0 : -1;
}

int
o311_split(const char *segment, char *name, size_t namesz, enum o311_format *fmt)
{
	const char *dot = strrchr(segment, '.');
	size_t len;

	*fmt = O311_XML;
	if (dot == NULL || o311_ext(dot + 1, fmt) == -1)
		return -1;
	len = (size_t)(dot - segment);
	if (len >= namesz)
		return -1;
	memcpy(name, segment, len);
	name[len] = '\0';
	return 0;
}

json_t *
o311_str(const char *text)
{
	struct buf clean = BUF_INIT;
	json_t *s;

	if (text == NULL)
		return json_string("");
	if ((s = json_string(text)) != NULL)
		return s;
	utf8_clean(text, strlen(text), (size_t)-1, 1, &clean);
	s = json_string(buf_str(&clean));
	buf_free(&clean);
	return s ? s : json_string("");
}

void
o311_xml_text(const char *s, size_t n, struct buf *out)
{
	size_t i = 0, used;
	uint32_t cp;

	while (i < n) {
		if ((used = utf8_decode(s + i, n - i, &cp)) == 0) {
			i++;			/* not UTF-8: left out */
			continue;
		}
		switch (cp) {
		case '&':  buf_puts(out, "&amp;"); break;
		case '<':  buf_puts(out, "&lt;"); break;
		case '>':  buf_puts(out, "&gt;"); break;
		case '"':  buf_puts(out, "&quot;"); break;
		case '\'': buf_puts(out, "&apos;"); break;
		default:
			/* XML 1.0's Char: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000 up
			 * (utf8_decode never gives a surrogate). */
			if (cp == '\t' || cp == '\n' || cp == '\r' || (cp >= 0x20 && cp <= 0xFFFD) ||
			    cp >= 0x10000)
				buf_append(out, s + i, used);
			break;
		}
		i += used;
	}
}

/* The element of the items of the list named list. */
static const char *
o311_item_name(const char *list)
{
	size_t i;

	for (i = 0; i < sizeof(o311_items) / sizeof(o311_items[0]); i++)
		if (strcmp(o311_items[i].list, list) == 0)
			return o311_items[i].item;
	return "item";
}

/* Appends value as the element name (names are ours: the specification's field names). */
static void
o311_xml_value(const char *name, json_t *value, struct buf *out)
{
	const char *key;
	json_t *item;
	size_t i;

	buf_printf(out, "<%s>", name);
	switch (json_typeof(value)) {
	case JSON_OBJECT:
		json_object_foreach(value, key, item)
			o311_xml_value(key, item, out);
		break;
	case JSON_ARRAY:
		json_array_foreach(value, i, item)
			o311_xml_value(o311_item_name(name), item, out);
		break;
	case JSON_STRING:
		o311_xml_text(json_string_value(value), json_string_length(value), out);
		break;
	case JSON_INTEGER:
		buf_printf(out, "%" JSON_INTEGER_FORMAT, json_integer_value(value));
		break;
	case JSON_REAL:
		buf_printf(out, "%.6f", json_real_value(value));
		break;
	case JSON_TRUE:
		buf_puts(out, "true");
		break;
	case JSON_FALSE:
		buf_puts(out, "false");
		break;
	case JSON_NULL:
		break;			/* an empty element */
	}
	buf_printf(out, "</%s>", name);
}

int
o311_answer(struct req *req, enum o311_format fmt, int status, const char *root, json_t *value)
{
	char *text = NULL;

	req->template = NULL;
	req->content_type = NULL;
	buf_reset(&req->body);
	/* What is read is public, and no cookie is involved: a client in a browser may read it. */
	if (req->method == REQ_GET || req->method == REQ_HEAD)
		req_header(req, "Access-Control-Allow-Origin", "*");
	/* jansson reports an allocation failure by NULL rather than aborting: a 500 then. */
	if (value == NULL)
		return 500;
	if (fmt == O311_JSON) {
		text = json_dumps(value, JSON_COMPACT | JSON_REAL_PRECISION(10));
		json_decref(value);
		if (text == NULL)
			return 500;
		req->content_type = "application/json; charset=utf-8";
		buf_puts(&req->body, text);
		free(text);
		return status;
	}
	req->content_type = "text/xml; charset=utf-8";
	buf_puts(&req->body, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
	o311_xml_value(root, value, &req->body);
	buf_putc(&req->body, '\n');
	json_decref(value);
	return status;
}

int
o311_error(struct req *req, enum o311_format fmt, int status, const char *fmt_desc, ...)
{
	struct buf desc = BUF_INIT;
	json_t *errors;
	va_list ap;

	va_start(ap, fmt_desc);
	buf_vprintf(&desc, fmt_desc, ap);
	va_end(ap);
	errors = json_pack("[{s:i, s:o}]", "code", status, "description",
	    o311_str(buf_str(&desc)));
	buf_free(&desc);
	return o311_answer(req, fmt, status, "errors", errors);
}

/*
 * GET /open311/v2/… that is no resource of the API: 404 in the specification's format, JSON when
 * the path ends in .json, else XML.
 */
int
o311_unknown(struct req *req)
{
	size_t len = strlen(req->path);
	enum o311_format fmt = len > 5 && strcmp(req->path + len - 5, ".json") == 0 ? O311_JSON
	    : O311_XML;

	return o311_error(req, fmt, 404, "No such resource in this GeoReport v2 API: see "
	    "discovery.xml or discovery.json");
}
