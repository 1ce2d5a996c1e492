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

int
url_hex(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

int
url_form_decode(const char *s, size_t n, struct buf *out)
{
	size_t i;
	int hi, lo;

	for (i = 0; i < n; i++) {
		if (s[i] == '+') {
			buf_putc(out, ' ');
		} else if (s[i] == '%') {
			if (i + 2 >= n || (hi = url_hex(s[i + 1])) < 0 || (lo = url_hex(s[i + 2])) < 0)
				return -1;
			buf_putc(out, (char)(hi * 16 + lo));
			i += 2;
		} else {
			buf_putc(out, s[i]);
		}
	}
	buf_str(out);
	return 0;
}

int
url_origin(const char *url, struct buf *out)
{
	const char *host = strstr(url, "://");
	size_t hostlen;

	if (host == NULL || host == url)
		return -1;
	host += 3;
	if ((hostlen = strcspn(host, "/?#")) == 0)
		return -1;
	buf_append(out, url, (size_t)(host - url) + hostlen);
	return 0;
}
