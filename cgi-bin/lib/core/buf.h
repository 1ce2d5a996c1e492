/* buf: a growable byte string, always NUL-terminated; the one buffer type of the project. */
#ifndef CONG_BUF_H
#define CONG_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
	char   *data;   /* NULL until the first append; owned by the buf */
	size_t  len;    /* bytes in data, not counting the NUL */
	size_t  cap;    /* bytes allocated */
};

#define BUF_INIT { NULL, 0, 0 }

/* Appends; all abort the process on allocation failure (a worker is restarted by its runner). */
void buf_append(struct buf *b, const char *data, size_t len);
void buf_puts(struct buf *b, const char *s);
void buf_putc(struct buf *b, char c);
void buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(struct buf *b, const char *fmt, va_list ap);

/* Returns the text, "" when empty; the pointer stays owned by b. */
const char *buf_str(const struct buf *b);

/* Empties b and keeps its memory for reuse. */
void buf_reset(struct buf *b);

/* Frees the memory and leaves b empty and reusable. */
void buf_free(struct buf *b);

/* Hands the text over to the caller (free() it); b is left empty. Never NULL. */
char *buf_detach(struct buf *b);

/* malloc/strdup that abort on failure, for the same reason. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

#endif
