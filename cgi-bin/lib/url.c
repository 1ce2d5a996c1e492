/* url: percent-encoding and query strings. */
#include "url.h"

#include <string.h>

void
url_encode(const char *s, struct buf *out)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *p;

	for (p = (const unsigned char *)s; *p; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
		    *p == '-' || *p == '.' || *p == '_' || *p == '~')
			buf_putc(out, (char)*p);
		else {
			char esc[3] = { '%', hex[*p >> 4], hex[*p & 15] };

			buf_append(out, esc, 3);
		}
	}
}

void
url_query_add(struct buf *out, const char *name, const char *value)
{
	if (value == NULL || *value == '\0')
		return;
	if (out->len)
		buf_putc(out, '&');
	url_encode(name, out);
	buf_putc(out, '=');
	url_encode(value, out);
}
