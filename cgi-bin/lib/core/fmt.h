/* fmt: formatting and copying into fixed buffers, with truncation reported instead of hidden. */
#ifndef CONG_FMT_H
#define CONG_FMT_H

#include <stdarg.h>
#include <stddef.h>

/* Formats into out (size bytes). Returns 0 when all of it fit, -1 when it was cut or on an
 * encoding error; out is NUL-terminated either way (when size > 0), so a caller that fails can
 * still log it. A cut value is an error for the caller to handle, never data to carry on with. */
int fmt_into(char *out, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
int fmt_vinto(char *out, size_t size, const char *fmt, va_list ap);

/* Copies src (NULL copies "") into dst (size bytes). Returns 0, or -1 when src did not fit and
 * dst holds a NUL-terminated prefix of it. */
int str_copy(char *dst, size_t size, const char *src);

/* 1 when s is one of list (NULL-terminated), else 0; 0 for a NULL s. */
int str_listed(const char *const *list, const char *s);

#endif
