/* utf8: decoding, validation and cleaning of untrusted UTF-8 text. */
#ifndef CONG_UTF8_H
#define CONG_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* Decodes one code point from the n bytes at s into *cp. Returns the bytes used (1-4), or 0 if the
 * bytes there are not valid UTF-8 (overlong, surrogate, past U+10FFFF, cut short). */
size_t utf8_decode(const char *s, size_t n, uint32_t *cp);

/* Appends the UTF-8 encoding of cp to out. */
void utf8_encode(uint32_t cp, struct buf *out);

/* Returns 1 if the n bytes at s are valid UTF-8, else 0. */
int utf8_valid(const char *s, size_t n);

/* Number of code points in valid UTF-8 text. */
size_t utf8_length(const char *s, size_t n);

/* Appends to out a clean copy of untrusted text: invalid bytes become U+FFFD, control characters
 * are dropped, and at most max_chars code points are kept. With keep_newlines, tab and line
 * breaks stay (CR LF and CR become LF); without, each tab or line break (CR LF counted as one)
 * becomes a space, so that one-line text never holds a break. Returns 1 if anything was
 * replaced, dropped or cut, else 0. */
int utf8_clean(const char *s, size_t n, size_t max_chars, int keep_newlines, struct buf *out);

#endif
