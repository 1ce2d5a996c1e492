/* workdays: Monday-to-Friday arithmetic over a sorted list of holidays. */
#include "workdays.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "fmt.h"

long
workdays_parse(const char *s)
{
	static const char shape[] = "0000-00-00";
	int y, m, d, n = 0;
	size_t i;
	struct tm tm;
	time_t t;

	if (s == NULL || strlen(s) != 10)
		return WORKDAYS_INVALID;
	/* Digits and dashes only: sscanf's %d alone takes a sign or white space ("2026-+1-+1",
	 * " 999-01-01"), which a form would then keep as a date. */
	for (i = 0; i < 10; i++)
		if (shape[i] == '-' ? s[i] != '-' : s[i] < '0' || s[i] > '9')
			return WORKDAYS_INVALID;
	if (sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || n != 10)
		return WORKDAYS_INVALID;
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_hour = 12;
	t = timegm(&tm);
	gmtime_r(&t, &tm);
	if (tm.tm_year != y - 1900 || tm.tm_mon != m - 1 || tm.tm_mday != d)
		return WORKDAYS_INVALID;
	/* Noon of the day: an exact multiple of a day once taken away, before 1970 too. */
	return (long)((t - 43200) / 86400);
}

void
workdays_format(long day, char out[11])
{
	time_t t = (time_t)day * 86400;
	struct tm tm;

	/* %04d, not strftime's %Y, which writes the year 999 as "999". */
	if (gmtime_r(&t, &tm) == NULL || tm.tm_year + 1900 < 0 ||
	    fmt_into(out, 11, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday) == -1)
		out[0] = '\0';
}

static int
workdays_is_holiday(long day, const long *holidays, size_t n)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (holidays[mid] == day)
			return 1;
		if (holidays[mid] < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/* 1970-01-01 was a Thursday: day % 7 is 0 Thu, 1 Fri, 2 Sat, 3 Sun, 4 Mon ... */
static int
workdays_is_working(long day, const long *holidays, size_t n)
{
	long wd = ((day % 7) + 7) % 7;

	return wd != 2 && wd != 3 && !workdays_is_holiday(day, holidays, n);
}

long
workdays_add(long start, int n, const long *holidays, size_t nholidays)
{
	long day = start;

	while (n > 0) {
		day++;
		if (workdays_is_working(day, holidays, nholidays))
			n--;
	}
	return day;
}

int
workdays_between(long from, long to, const long *holidays, size_t nholidays)
{
	int n = 0;

	for (; from < to; from++)
		if (workdays_is_working(from + 1, holidays, nholidays))
			n++;
	return n;
}
