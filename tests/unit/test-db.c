/* test-db: reading a result's cells as text, numbers and NULL, and putting rows into the HDF a
 * page renders, on results made by hand (no server); and the count that DB_ARGS derives from an
 * array. */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>

#include "buf.h"
#include "db.h"
#include "tap.h"

/* A result of two rows of (id, name, note) as db_query makes it, on the heap, for
 * db_result_free; the second row's note is SQL NULL. */
static struct db_result *
result_made(void)
{
	struct db_result *res = xcalloc(1, sizeof(*res));
	const char *cells[] = { "1", "Hà Nội", "thủ đô", "79", "TP Hồ Chí Minh", NULL };
	const char *names[] = { "id", "name", "note" };
	size_t i;

	res->nrows = 2;
	res->ncols = 3;
	res->names = xcalloc(3, sizeof(*res->names));
	res->cells = xcalloc(6, sizeof(*res->cells));
	res->lengths = xcalloc(6, sizeof(*res->lengths));
	for (i = 0; i < 3; i++)
		res->names[i] = xstrdup(names[i]);
	for (i = 0; i < 6; i++) {
		res->cells[i] = cells[i] ? xstrdup(cells[i]) : NULL;
		res->lengths[i] = cells[i] ? strlen(cells[i]) : 0;
	}
	return res;
}

static void
test_hdf(void)
{
	struct db_result *res = result_made();
	HDF *hdf = NULL;

	is_str(db_cell(res, 1, 1), "TP Hồ Chí Minh", "a cell is found by row and column");
	ok(db_cell(res, 1, 2) == NULL && db_cell(res, 2, 0) == NULL && db_cell(res, 0, 3) == NULL &&
	    db_cell(NULL, 0, 0) == NULL, "NULL, and past the end, is NULL");
	ok(db_cell_len(res, 0, 1) == strlen("Hà Nội") && db_cell_len(res, 0, 1) == 9,
	    "a cell's length is in bytes");
	ok(db_cell_len(res, 2, 0) == 0 && db_cell_len(NULL, 0, 0) == 0, "past the end it is 0");
	ok(hdf_init(&hdf) == STATUS_OK, "an HDF");
	ok(db_result_to_hdf(res, hdf, "Units") == 0, "rows go into the HDF");
	is_str(hdf_get_value(hdf, "Units.0.id", NULL), "1", "row 0 under .0, by column name");
	is_str(hdf_get_value(hdf, "Units.0.note", NULL), "thủ đô", "every column of it");
	is_str(hdf_get_value(hdf, "Units.1.name", NULL), "TP Hồ Chí Minh", "row 1 under .1");
	ok(hdf_get_obj(hdf, "Units.1.note") == NULL, "a NULL cell makes no node (the template's ?)");
	ok(hdf_get_obj(hdf, "Units.2") == NULL, "and there is no third row");
	ok(db_row_to_hdf(res, 1, hdf, "Unit") == 0 &&
	    strcmp(hdf_get_value(hdf, "Unit.id", ""), "79") == 0, "one row under a prefix of its own");
	{
		char prefix[300];

		memset(prefix, 'P', sizeof(prefix) - 1);
		prefix[sizeof(prefix) - 1] = '\0';
		ok(db_result_to_hdf(res, hdf, prefix) == -1, "a prefix too long for a name is an error");
	}
	hdf_destroy(&hdf);
	db_result_free(res);
	db_result_free(NULL);	/* the sanitizer build checks that nothing of res leaks */
}

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
	test_hdf();
	return done_testing();
}
