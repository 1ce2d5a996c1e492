/* fold: the search key of Vietnamese text — lowercase, tone and vowel marks removed, đ→d — so that
 * "doi giay phep lai xe" finds "Đổi giấy phép lái xe". */
#ifndef CONG_FOLD_H
#define CONG_FOLD_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* Returns the folded form of one code point: an ASCII lowercase letter for Latin letters with
 * Vietnamese (and Latin-1) marks, 0 for a combining mark (so decomposed text folds too), cp
 * lowercased for ASCII, and cp itself for anything else. */
uint32_t fold_char(uint32_t cp);

/* Appends to out the folded form of the n bytes at s, character by character; invalid UTF-8 bytes
 * are dropped. Punctuation and spacing are kept as they are. */
void fold_text(const char *s, size_t n, struct buf *out);

/* Appends to out the words of the n bytes at s, folded: letters and digits only, each run of
 * anything else becomes a single space, no space at either end. This is the form stored in the
 * searchable columns and the form queries are compared in. Returns the number of words. */
size_t fold_words(const char *s, size_t n, struct buf *out);

/* Returns 1 if cp counts as part of a word (a letter or digit, in any script, or a mark). */
int fold_is_word_char(uint32_t cp);

#endif
