/* holidays: workdays.c over the holidays table and the database's today. */
#include "holidays.h"

#include <stdlib.h>

#include "buf.h"
#include "db.h"
#include "workdays.h"

enum {
	SQL_TODAY,
	SQL_HOLIDAYS,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_TODAY: the session's time zone is the portal's (+07:00). */
	"SELECT DATE_FORMAT(CURDATE(), '%Y-%m-%d')",
	/* SQL_HOLIDAYS: enough for any time limit (a year of days off is about twenty). */
	"SELECT DATE_FORMAT(day, '%Y-%m-%d') FROM holidays WHERE day > CURDATE() ORDER BY day LIMIT 2000",
};

static const struct db_stmts holidays_stmts = DB_STMTS("holidays", sqls);

/* Today and the holidays after it, as days since 1970. The caller frees *days. */
static int
holidays_load(struct db *db, long *today, long **days, size_t *n)
{
	struct db_result *res = NULL;
	size_t i;

	if (db_query(db, &holidays_stmts, SQL_TODAY, DB_NOARGS, &res) == -1)
		return -1;
	*today = workdays_parse(db_cell(res, 0, 0));
	db_result_free(res);
	if (db_query(db, &holidays_stmts, SQL_HOLIDAYS, DB_NOARGS, &res) == -1)
		return -1;
	*n = res->nrows;
	*days = xcalloc(res->nrows + 1, sizeof(**days));
	for (i = 0; i < res->nrows; i++)
		(*days)[i] = workdays_parse(db_cell(res, i, 0));
	db_result_free(res);
	return 0;
}

int
holidays_due(struct db *db, int days, char due[11])
{
	long today, *hol = NULL;
	size_t n = 0;

	if (holidays_load(db, &today, &hol, &n) == -1)
		return -1;
	workdays_format(workdays_add(today, days, hol, n), due);
	free(hol);
	return 0;
}

int
holidays_left(struct db *db, const char *due)
{
	long today, *hol = NULL, end = workdays_parse(due);
	size_t n = 0;
	int left;

	if (end == WORKDAYS_INVALID || holidays_load(db, &today, &hol, &n) == -1)
		return -1;
	left = workdays_between(today, end, hol, n);
	free(hol);
	return left;
}
