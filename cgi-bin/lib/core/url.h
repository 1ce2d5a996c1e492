/* url: building links from values — percent-encoding and query strings. */
#ifndef CONG_URL_H
#define CONG_URL_H

#include "buf.h"

/* Appends s percent-encoded for a query value or path segment (RFC 3986 unreserved kept). */
void url_encode(const char *s, struct buf *out);

/* The value of one hex digit (either case), or -1. */
int url_hex(char c);

/* Appends the n bytes at s form-decoded: '+' is a space, %XX the byte XX (either case). A NUL
 * that decodes is kept; callers that cannot take one check for it. Returns 0, or -1 on a cut or
 * bad %-escape (out then holds what came before it). */
int url_form_decode(const char *s, size_t n, struct buf *out);

/* Appends "name=value" to a query string, with '&' before it when out is not empty; nothing
 * when value is NULL or empty. */
void url_query_add(struct buf *out, const char *name, const char *value);

/* Appends the origin of an absolute URL, scheme://host[:port] ("https://pay.example.vn" of
 * "https://pay.example.vn/a/b?c"). Returns 0, or -1 when url has no scheme or no host (out is
 * then as it was). */
int url_origin(const char *url, struct buf *out);

#endif
