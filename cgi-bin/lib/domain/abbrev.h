/* abbrev: the abbreviations of Vietnamese administration (BHYT, GPLX, CCCD…) and what they stand
 * for, so that a search for either finds a name written with the other. */
#ifndef CONG_ABBREV_H
#define CONG_ABBREV_H

#include "buf.h"

/* For folded words (fold_words form), appends to out " <long form>" for each abbreviation they
 * contain without its long form, and " <abbreviation>" for each long form they contain without
 * its abbreviation. Returns the number of additions. */
int abbrev_expand(const char *folded, struct buf *out);

#endif
