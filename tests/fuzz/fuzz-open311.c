/* fuzz-open311: what an Open311 client sends — the form-encoded parameters of a query string or
 * body, and the dates, numbers, coordinates and path segments read from them — and the XML text
 * written back, on any bytes. */
/* o311_datetime() and o311_number_param() are static in this page file, which comes first: it
 * includes config.h (which has no include guard). params.c and format.c are linked in, and
 * create.c's coordinate parser is reached through open311-create.c. */
#include "../../cgi-bin/open311/requests.c"

#include "fuzz.h"

#include <time.h>

#include "url.h"
#include "utf8.h"

int fuzz_o311_coordinate(const char *s, double limit, char out[16]);

/* Parsed parameters are UTF-8 without a NUL, named once each; written out again as a form they
 * parse to the same list. A refused string names its bad parameter, if any, from the list. */
static void
fuzz_params(const uint8_t *data, size_t size)
{
	struct o311_params params, again;
	struct buf form = BUF_INIT;
	const char *bad, *bad2;
	size_t i, k;
	int rc;

	rc = o311_params_parse((const char *)data, size, &params, &bad);
	FUZZ_ASSERT(bad != NULL);
	if (rc == -1) {
		if (*bad) {
			for (k = 0; k < params.n && params.items[k].name != bad; k++)
				;
			FUZZ_ASSERT(k < params.n);
		}
		o311_params_free(&params);
		return;
	}
	FUZZ_ASSERT(*bad == '\0');
	for (i = 0; i < params.n; i++) {
		const char *name = params.items[i].name, *value = params.items[i].value;

		FUZZ_ASSERT(name[0] != '\0' && utf8_valid(name, strlen(name)));
		FUZZ_ASSERT(utf8_valid(value, strlen(value)));
		for (k = 0; k < i; k++)
			FUZZ_ASSERT(strcmp(params.items[k].name, name) != 0);
		FUZZ_ASSERT(o311_param(&params, name) == (value[0] ? value : NULL));
		if (i > 0)
			buf_putc(&form, '&');
		url_encode(name, &form);
		buf_putc(&form, '=');
		url_encode(value, &form);
	}
	FUZZ_ASSERT(o311_params_parse(buf_str(&form), form.len, &again, &bad2) == 0);
	FUZZ_ASSERT(again.n == params.n);
	for (i = 0; i < params.n; i++)
		FUZZ_ASSERT(strcmp(again.items[i].name, params.items[i].name) == 0 &&
		    strcmp(again.items[i].value, params.items[i].value) == 0);
	o311_params_free(&again);
	o311_params_free(&params);
	buf_free(&form);
}

/* Returns the number of the n digits at s, which the parser has checked. */
static int
fuzz_num(const char *s, int n)
{
	int v = 0;

	while (n-- > 0)
		v = v * 10 + (*s++ - '0');
	return v;
}

/* A W3C datetime the parser took is the moment it says: seen in its own zone, the same date and
 * time of day (a leap second as :59). */
static void
fuzz_datetime(const char *s)
{
	int end;

	for (end = 0; end <= 1; end++) {
		time_t t, local;
		struct tm tm;
		int h, mi, sec, offset;
		size_t len = strlen(s);

		if (o311_datetime(s, end, &t) == -1)
			continue;
		if (len == 10) {
			h = end ? 23 : 0;
			mi = sec = end ? 59 : 0;
			offset = 7 * 3600;
		} else {
			h = fuzz_num(s + 11, 2);
			mi = fuzz_num(s + 14, 2);
			sec = s[16] == ':' ? fuzz_num(s + 17, 2) : 0;
			sec = sec > 59 ? 59 : sec;
			if (s[len - 1] == 'Z')
				offset = 0;
			else
				offset = (s[len - 6] == '-' ? -1 : 1) *
				    (fuzz_num(s + len - 5, 2) * 3600 + fuzz_num(s + len - 2, 2) * 60);
		}
		local = t + offset;
		FUZZ_ASSERT(gmtime_r(&local, &tm) != NULL);
		FUZZ_ASSERT(tm.tm_year + 1900 == fuzz_num(s, 4) && tm.tm_mon + 1 == fuzz_num(s + 5, 2) &&
		    tm.tm_mday == fuzz_num(s + 8, 2));
		FUZZ_ASSERT(tm.tm_hour == h && tm.tm_min == mi && tm.tm_sec == sec);
	}
}

/* A coordinate is written with 6 decimals, within its limit. */
static void
fuzz_coordinate(const char *s)
{
	static const double limits[] = { 90, 180 };
	char out[16];
	size_t k;

	for (k = 0; k < 2; k++) {
		char *end;
		double v;

		if (fuzz_o311_coordinate(s, limits[k], out) == -1)
			continue;
		FUZZ_ASSERT(strlen(out) < sizeof(out));
		v = strtod(out, &end);
		FUZZ_ASSERT(*end == '\0' && v >= -limits[k] && v <= limits[k]);
		FUZZ_ASSERT(strchr(out, '.') != NULL && strlen(strchr(out, '.')) == 7);
	}
}

/* A page number is 1 to max, or the default when absent. */
static void
fuzz_number(const char *s)
{
	struct o311_params params;
	struct o311_param item = { "page", (char *)s };
	long n;

	params.items = &item;
	params.n = 1;
	n = o311_number_param(&params, "page", 7, 100000);
	FUZZ_ASSERT(n == -1 || (n >= 1 && n <= 100000) || (n == 7 && s[0] == '\0'));
	if (n > 0 && s[0])
		FUZZ_ASSERT(n == strtol(s, NULL, 10));
}

/* XML character data: no markup character but in an entity, only the characters XML allows. */
static void
fuzz_xml(const char *s, size_t n)
{
	struct buf out = BUF_INIT;
	size_t i = 0, used;
	uint32_t cp;

	o311_xml_text(s, n, &out);
	FUZZ_ASSERT(utf8_valid(buf_str(&out), out.len));
	FUZZ_ASSERT(fuzz_none_of(buf_str(&out), out.len, "<>\"'"));
	while (i < out.len) {
		used = utf8_decode(out.data + i, out.len - i, &cp);
		FUZZ_ASSERT(cp == '\t' || cp == '\n' || cp == '\r' || (cp >= 0x20 && cp <= 0xFFFD) ||
		    cp >= 0x10000);
		if (cp == '&')
			FUZZ_ASSERT(strncmp(out.data + i, "&amp;", 5) == 0 ||
			    strncmp(out.data + i, "&lt;", 4) == 0 || strncmp(out.data + i, "&gt;", 4) == 0 ||
			    strncmp(out.data + i, "&quot;", 6) == 0 ||
			    strncmp(out.data + i, "&apos;", 6) == 0);
		i += used;
	}
	buf_free(&out);
}

/* A segment "name.ext": split back into the same bytes; a text kept for storing: trimmed, UTF-8,
 * at most its characters; any text as a JSON string. */
static void
fuzz_text(const char *s)
{
	struct buf clean = BUF_INIT;
	enum o311_format fmt;
	char name[40];
	json_t *j;

	if (o311_split(s, name, sizeof(name), &fmt) == 0) {
		size_t len = strlen(name);

		FUZZ_ASSERT(strncmp(s, name, len) == 0 && s[len] == '.');
		FUZZ_ASSERT(strcmp(s + len + 1, fmt == O311_JSON ? "json" : "xml") == 0);
	}
	if (o311_clean(s, 1, 50, &clean) == 0)
		FUZZ_ASSERT(utf8_length(buf_str(&clean), clean.len) <= 50);
	FUZZ_ASSERT(utf8_valid(buf_str(&clean), clean.len));
	FUZZ_ASSERT(clean.len == 0 || (clean.data[0] != ' ' && clean.data[clean.len - 1] != ' '));
	buf_free(&clean);
	j = o311_str(s);
	FUZZ_ASSERT(j != NULL && json_is_string(j));
	json_decref(j);
}

/* libFuzzer's entry: the input as a form, and as one parameter's value. Returns 0; a broken
 * invariant aborts. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_cstr(data, size);

	fuzz_params(data, size);
	fuzz_datetime(s);
	fuzz_coordinate(s);
	fuzz_number(s);
	fuzz_xml((const char *)data, size);
	fuzz_text(s);
	free(s);
	return 0;
}
