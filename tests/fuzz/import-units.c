/* import-units: the units loader of cong-import compiled into fuzz-import, for its static
 * checks. The page file comes first: it includes config.h (which has no include guard). */
#include "../../cgi-bin/tools/import/import_units.c"

#include "fuzz.h"
#include "fuzz-import.h"

/* See fuzz-import.h. */
void
fuzz_import_units(struct import_file *f)
{
	struct unit *units = NULL;
	const struct import_text *province = NULL;
	size_t n = 0, i, k;
	int rc;

	rc = units_check(f, &units, &n);
	FUZZ_ASSERT(rc == 0 || rc == -1);
	FUZZ_ASSERT((rc == 0) == (f->errors == 0));
	for (i = 0; rc == 0 && i < n; i++) {
		const struct unit *u = &units[i];
		int is_province = strcmp(u->type, "province") == 0;

		FUZZ_ASSERT(is_province || strcmp(u->type, "ward") == 0);
		fuzz_import_code(&u->code, IMPORT_CODE_DIGITS, is_province ? 2 : 5,
		    is_province ? 2 : 5);
		fuzz_import_text(&u->name, UNIT_NAME_MAX, 1);
		fuzz_import_text(&u->full_name, UNIT_FULL_NAME_MAX, 1);
		fuzz_import_text(&u->kind, UNIT_KIND_MAX, 1);
		fuzz_import_text(&u->name_en, UNIT_NAME_MAX, 0);
		fuzz_import_text(&u->code_name, UNIT_NAME_MAX, 0);
		if (is_province) {
			FUZZ_ASSERT(u->parent.n == 0);
			province = &u->code;
		} else {
			FUZZ_ASSERT(province != NULL && u->parent.n == province->n &&
			    memcmp(u->parent.s, province->s, province->n) == 0);
		}
		for (k = 0; k < i; k++)
			FUZZ_ASSERT(units[k].code.n != u->code.n ||
			    memcmp(units[k].code.s, u->code.s, u->code.n) != 0);
	}
	free(units);
}
