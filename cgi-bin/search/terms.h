/* terms: a citizen's search words — folded, matched against the index (index.c), and used to
 * mark the matched words in result names. */
#ifndef CONG_TERMS_H
#define CONG_TERMS_H

#include <stddef.h>

#include <ClearSilver.h>

#include "buf.h"

#define TERMS_MAX_WORDS 12
#define TERMS_MAX_WORD  40	/* bytes; longer words are cut */

struct terms {
	char    *words[TERMS_MAX_WORDS];	/* folded words, owned */
	size_t   count;
	char    *phrase;			/* the folded words joined by spaces, owned */
	int      dropped;			/* 1 if words beyond TERMS_MAX_WORDS were left out */
};

/* Splits and folds query text (any bytes) into t. Returns the number of words (0 for a query with
 * no letters or digits). Free with terms_free. */
size_t terms_parse(const char *query, struct terms *t);
void terms_free(struct terms *t);

/* A word of a text: its bytes [start, end) and its folded form (NUL-terminated). */
struct terms_span {
	unsigned     start, end;
	const char  *folded;
};

/* Finds the words of text, folded as fold_words folds them. Returns how many; *spans (free it) and
 * the folded words (NUL-separated in *folded, which the spans point into: free it too) are new. */
size_t terms_spans(const char *text, struct terms_span **spans, char **folded);

/* Like terms_highlight, with the words of text already found by terms_spans. */
int terms_highlight_spans(const struct terms *t, const char *text, const struct terms_span *spans,
    size_t nspans, HDF *hdf, const char *prefix);

/* Sets prefix.N = the text of segment N and prefix.N.H = 1 when it is matched words, so the
 * template marks matched words while escaping everything. Returns 0 or -1. */
int terms_highlight(const struct terms *t, const char *text, HDF *hdf, const char *prefix);

/* Returns 1 if q looks like a procedure code ("1.004194", "1.001612.000.00.00.H01"). */
int terms_is_code(const char *q);

#endif
