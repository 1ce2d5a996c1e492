/* holidays: due dates from today (the portal's day, +07:00) in working days, with the public
 * holidays of the holidays table. */
#ifndef CONG_HOLIDAYS_H
#define CONG_HOLIDAYS_H

struct db;

/* Writes to due (YYYY-MM-DD) the day that ends a time limit of days working days from today.
 * Returns 0, or -1 on a database error. */
int holidays_due(struct db *db, int days, char due[11]);

/* Working days from today to due (YYYY-MM-DD), 0 when it is today or past; -1 on error. */
int holidays_left(struct db *db, const char *due);

#endif
