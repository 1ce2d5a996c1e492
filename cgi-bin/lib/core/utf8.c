/* utf8: decoding, validation and cleaning of untrusted UTF-8 text. */
#include "utf8.h"

size_t
utf8_decode(const char *s, size_t n, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t len, i;
	uint32_t c, min;

	if (n == 0)
		return 0;
	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	} else if ((u[0] & 0xE0) == 0xC0) {
		len = 2; c = u[0] & 0x1F; min = 0x80;
	} else if ((u[0] & 0xF0) == 0xE0) {
		len = 3; c = u[0] & 0x0F; min = 0x800;
	} else if ((u[0] & 0xF8) == 0xF0) {
		len = 4; c = u[0] & 0x07; min = 0x10000;
	} else
		return 0;
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((u[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (u[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return len;
}

void
utf8_encode(uint32_t cp, struct buf *out)
{
	char b[4];

	if (cp < 0x80) {
		b[0] = (char)cp;
		buf_append(out, b, 1);
	} else if (cp < 0x800) {
		b[0] = (char)(0xC0 | (cp >> 6));
		b[1] = (char)(0x80 | (cp & 0x3F));
		buf_append(out, b, 2);
	} else if (cp < 0x10000) {
		b[0] = (char)(0xE0 | (cp >> 12));
		b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		b[2] = (char)(0x80 | (cp & 0x3F));
		buf_append(out, b, 3);
	} else {
		b[0] = (char)(0xF0 | (cp >> 18));
		b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		b[3] = (char)(0x80 | (cp & 0x3F));
		buf_append(out, b, 4);
	}
}

int
utf8_valid(const char *s, size_t n)
{
	uint32_t cp;
	size_t i = 0, used;

	while (i < n) {
		if ((used = utf8_decode(s + i, n - i, &cp)) == 0)
			return 0;
		i += used;
	}
	return 1;
}

size_t
utf8_length(const char *s, size_t n)
{
	size_t i, count = 0;

	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			count++;
	return count;
}

int
utf8_clean(const char *s, size_t n, size_t max_chars, int keep_newlines, struct buf *out)
{
	size_t i = 0, used, kept = 0;
	uint32_t cp;
	int changed = 0;

	while (i < n) {
		if (kept == max_chars)
			return 1;
		used = utf8_decode(s + i, n - i, &cp);
		if (used == 0) {
			utf8_encode(0xFFFD, out);
			kept++;
			i++;
			changed = 1;
			continue;
		}
		i += used;
		if (cp == '\r' && i < n && s[i] == '\n') {
			changed |= !keep_newlines;
			continue;	/* CR LF → LF (or its one space) */
		}
		if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
			if (keep_newlines && (cp == '\n' || cp == '\t')) {
				buf_putc(out, (char)cp);
				kept++;
			} else if (keep_newlines && cp == '\r') {
				buf_putc(out, '\n');
				kept++;
			} else if (cp == '\n' || cp == '\r' || cp == '\t') {
				/* One line: a break or a tab separates words, so it becomes a space
				 * rather than joining them. */
				buf_putc(out, ' ');
				kept++;
				changed = 1;
			} else
				changed = 1;
			continue;
		}
		buf_append(out, s + i - used, used);
		kept++;
	}
	return changed;
}
