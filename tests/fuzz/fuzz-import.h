/* fuzz-import.h: what the translation units of fuzz-import share (import_units.c and
 * import_catalogue.c each have their own sqls[], so they cannot be #included into one). */
#ifndef CONG_FUZZ_IMPORT_H
#define CONG_FUZZ_IMPORT_H

#include <stddef.h>

#include "../../cgi-bin/tools/import/import.h"

/* Checks a text a loader kept: within the document's bytes, UTF-8 without a control character,
 * trimmed, at most max characters, and not empty when required. Aborts when it is not. */
void fuzz_import_text(const struct import_text *t, size_t max, int required);

/* Checks a code a loader kept: a text of min to max characters, digits only, or for dotted
 * ones letters and digits and, after the first, . - _. Aborts when it is not. */
void fuzz_import_code(const struct import_text *t, enum import_code_kind kind, size_t min,
    size_t max);

/* Runs the units loader's checks (import_units.c) on f's document and checks what they kept:
 * provinces of 2 digits, wards of 5 under the province before them, no code twice. */
void fuzz_import_units(struct import_file *f);

#endif
