/* workdays: due dates in working days — Monday to Friday, less the public holidays — as the
 * time limits of administrative procedures count them. Dates are days since 1970-01-01. */
#ifndef CONG_WORKDAYS_H
#define CONG_WORKDAYS_H

#include <limits.h>
#include <stddef.h>

/* What workdays_parse says of text that is no date (every long is some day, -1 included). */
#define WORKDAYS_INVALID LONG_MIN

/* Days since 1970-01-01 of a YYYY-MM-DD date (negative before it), or WORKDAYS_INVALID. */
long workdays_parse(const char *s);
/* Writes YYYY-MM-DD of day into out (11 bytes): "" for a day before the year 0 or after 9999,
 * which has no such form. */
void workdays_format(long day, char out[11]);

/* The day the time limit of n working days ends, counting from the working day after start (a
 * dossier filed on a Friday evening or a Sunday starts counting on Monday). holidays is sorted
 * ascending, nholidays long. n = 0 gives start itself. */
long workdays_add(long start, int n, const long *holidays, size_t nholidays);

/* Working days after from up to and including to (0 when to <= from). */
int workdays_between(long from, long to, const long *holidays, size_t nholidays);

#endif
