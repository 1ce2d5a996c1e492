/* fmt: formatting and copying into fixed buffers, with truncation reported instead of hidden. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "fmt.h"

int
fmt_vinto(char *out, size_t size, const char *fmt, va_list ap)
{
	int n;

	n = vsnprintf(out, size, fmt, ap);
	if (n < 0) {
		/* C leaves out unspecified after an encoding error; make it a string again. */
		if (size > 0)
			out[0] = '\0';
		return -1;
	}
	return (size_t)n < size ? 0 : -1;
}

int
fmt_into(char *out, size_t size, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = fmt_vinto(out, size, fmt, ap);
	va_end(ap);
	return rc;
}

int
str_copy(char *dst, size_t size, const char *src)
{
	size_t len;

	if (src == NULL)
		src = "";
	len = strlen(src);
	if (size == 0)
		return -1;
	if (len >= size) {
		memcpy(dst, src, size - 1);
		dst[size - 1] = '\0';
		return -1;
	}
	memcpy(dst, src, len + 1);
	return 0;
}

int
str_listed(const char *const *list, const char *s)
{
	size_t i;

	for (i = 0; s && list[i]; i++)
		if (strcmp(list[i], s) == 0)
			return 1;
	return 0;
}
