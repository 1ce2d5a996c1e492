/* test-db: reading a result's cells as numbers and as NULL, on a result made by hand (no server),
 * and the count that DB_ARGS derives from an array. */
#include "config.h"

#include <stddef.h>

#include "db.h"
#include "tap.h"

int
main(void)
{
	char *names[] = { "n" };
	char *cells[] = { "42", "-7", NULL, "", "12abc", " 5", "+5", "99999999999999999999",
	    "9223372036854775807", "0" };
	size_t lengths[10] = { 0 };
	struct db_result res = { 10, 1, names, cells, lengths };

	ok(db_cell_ll(&res, 0, 0, -1) == 42, "a number");
	ok(db_cell_ll(&res, 1, 0, 0) == -7, "a negative one");
	ok(db_cell_ll(&res, 2, 0, -1) == -1, "SQL NULL is the default");
	ok(db_cell_ll(&res, 3, 0, -1) == -1, "so is an empty cell");
	ok(db_cell_ll(&res, 4, 0, -1) == -1, "and text that only starts with a number");
	ok(db_cell_ll(&res, 5, 0, -1) == -1, "and a number after a space");
	ok(db_cell_ll(&res, 6, 0, -1) == -1, "or after a plus");
	ok(db_cell_ll(&res, 7, 0, -1) == -1, "a number past long long is the default, not its limit");
	ok(db_cell_ll(&res, 8, 0, -1) == 9223372036854775807LL, "the largest long long is itself");
	ok(db_cell_ll(&res, 9, 0, -1) == 0, "0 is 0, not the default");
	ok(db_cell_ll(&res, 10, 0, -1) == -1, "a row past the end is the default");
	ok(db_cell_is_null(&res, 2, 0) && !db_cell_is_null(&res, 3, 0), "NULL is NULL, and empty is not");
	ok(db_cell_is_null(&res, 0, 1) && db_cell_is_null(NULL, 0, 0), "out of range is NULL");

	{
		struct db_arg three[] = { DB_INT(1), DB_STR("a"), DB_NULL }, one[] = { DB_INT(1) };
		const struct db_arg fixed[5] = { DB_INT(1) };
		struct db_arg *p = three;

		ok(DB_NARGS(three) == 3 && DB_NARGS(one) == 1, "DB_NARGS counts an array's elements");
		ok(DB_NARGS(fixed) == 5, "all of a sized array, not only its initialised ones");
		/* DB_NARGS(p) would not compile ("size of unnamed array is negative"); what it tests: */
		ok(DB_IS_POINTER(p) && !DB_IS_POINTER(three) && !DB_IS_POINTER(fixed),
		    "a pointer is told from an array at compile time");
		(void)p;
	}
	return done_testing();
}
