/* Unit tests of workdays and filetype: if these broke, due dates would fall on Tết or a Sunday,
 * and a renamed executable could be filed as a scanned document. */
#include "config.h"

#include <string.h>

#include "filetype.h"
#include "tap.h"
#include "workdays.h"

static const char *
add(const char *start, int n, const long *hol, size_t nhol)
{
	static char out[11];

	workdays_format(workdays_add(workdays_parse(start), n, hol, nhol), out);
	return out;
}

int
main(void)
{
	long tet[9];
	const char *tet_days[] = { "2026-02-14", "2026-02-15", "2026-02-16", "2026-02-17",
	    "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21", "2026-02-22" };
	unsigned char buf[2048];
	size_t i;

	is_str(add("2026-11-23", 0, NULL, 0), "2026-11-23", "0 working days is the same day");
	is_str(add("2026-11-23", 1, NULL, 0), "2026-11-24", "Monday + 1 is Tuesday");
	is_str(add("2026-11-27", 1, NULL, 0), "2026-11-30", "Friday + 1 is Monday");
	is_str(add("2026-11-28", 1, NULL, 0), "2026-11-30", "Saturday + 1 is Monday");
	is_str(add("2026-11-29", 5, NULL, 0), "2026-12-04", "Sunday + 5 is Friday");
	is_str(add("2026-11-23", 10, NULL, 0), "2026-12-07", "10 working days are two weeks");
	for (i = 0; i < 9; i++)
		tet[i] = workdays_parse(tet_days[i]);
	is_str(add("2026-02-12", 1, tet, 9), "2026-02-13", "before Tết, the day after");
	is_str(add("2026-02-13", 1, tet, 9), "2026-02-23", "filed the Friday before Tết: due after it");
	is_str(add("2026-02-10", 5, tet, 9), "2026-02-24", "a limit across Tết skips its nine days");
	ok(workdays_between(workdays_parse("2026-02-13"), workdays_parse("2026-02-24"), tet, 9) == 2,
	    "two working days from the Friday before Tết to the Tuesday after");
	ok(workdays_between(workdays_parse("2026-11-23"), workdays_parse("2026-11-23"), NULL, 0) == 0,
	    "none between a day and itself");
	ok(workdays_parse("2026-02-30") == WORKDAYS_INVALID && workdays_parse("2026-2-3") == WORKDAYS_INVALID &&
	    workdays_parse("") == WORKDAYS_INVALID && workdays_parse(NULL) == WORKDAYS_INVALID,
	    "dates that do not exist are refused");
	ok(workdays_parse("2026-+1-+1") == WORKDAYS_INVALID && workdays_parse(" 999-01-01") ==
	    WORKDAYS_INVALID && workdays_parse("\n039-01-29") == WORKDAYS_INVALID &&
	    workdays_parse("2026-01- 1") == WORKDAYS_INVALID,
	    "a sign or white space in a date is refused, not kept in a form as a date");
	ok(workdays_parse("1970-01-01") == 0, "days count from 1970-01-01");
	ok(workdays_parse("1969-12-31") == -1 && workdays_parse("1969-12-30") == -2,
	    "and back before it: a birth date of 1969 is a date like any other");
	is_str(add("1950-06-15", 0, NULL, 0), "1950-06-15", "1950-06-15 comes back as it went in");
	is_str(add("0999-01-01", 0, NULL, 0), "0999-01-01", "a year before 1000 with its four digits");
	is_str(add("9999-12-31", 1, NULL, 0), "", "past 9999-12-31 there is no YYYY-MM-DD");

	/* Content, not names. */
	memset(buf, ' ', sizeof(buf));
	memcpy(buf, "%PDF-1.7\n", 9);
	memcpy(buf + 100, "%%EOF\n", 6);
	is_str(filetype_sniff(buf, 106), "application/pdf", "a PDF with its %%EOF");
	memcpy(buf + 2000, "%%EOF", 5);
	is_str(filetype_sniff(buf, 2005), "application/pdf", "a PDF ending in %%EOF");
	ok(filetype_sniff(buf, 90) == NULL, "a PDF cut short (no %%EOF) is refused");
	memset(buf, 0, sizeof(buf));
	buf[0] = 0xFF; buf[1] = 0xD8; buf[2] = 0xFF; buf[3] = 0xE0;
	buf[500] = 0xFF; buf[501] = 0xD9;
	is_str(filetype_sniff(buf, 502), "image/jpeg", "a JPEG from SOI to EOI");
	ok(filetype_sniff(buf, 400) == NULL, "a JPEG cut short is refused");
	memcpy(buf, "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
	memcpy(buf + 100, "IEND\xae\x42\x60\x82", 8);
	is_str(filetype_sniff(buf, 108), "image/png", "a PNG from signature to IEND");
	ok(filetype_sniff(buf, 100) == NULL, "a PNG cut short is refused");
	memcpy(buf, "MZ\x90\0", 4);
	ok(filetype_sniff(buf, 108) == NULL, "a Windows program named scan.pdf is refused");
	ok(filetype_sniff((const unsigned char *)"<html>%PDF-", 11) == NULL, "so is HTML");
	ok(filetype_sniff(NULL, 0) == NULL && filetype_sniff(buf, 0) == NULL, "and nothing at all");
	return done_testing();
}
