/* searchtext: the folded text a procedure is found by — its name, code, field and agency, with the
 * abbreviations of what they contain — built the same way by the importer and the search index. */
#ifndef CONG_SEARCHTEXT_H
#define CONG_SEARCHTEXT_H

#include "buf.h"

/* Appends the search text (fold_words form) to out; field and agency may be NULL. */
void searchtext_build(const char *name, const char *code, const char *field, const char *agency,
    struct buf *out);

#endif
