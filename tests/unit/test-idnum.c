/* Unit tests of idnum: a form takes every real number a citizen types, and refuses the typos. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "idnum.h"
#include "tap.h"
#include "utf8.h"

/* Returns a heap copy of s holding exactly strlen(s) + 1 bytes, so that valgrind sees any read
 * past its end. The caller frees it. */
static char *
exact(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = malloc(n);

	if (p == NULL)
		abort();
	memcpy(p, s, n);
	return p;
}

/* Runs a checker of the (text, out, outsz) kind on an exact-size copy of s. Returns its verdict,
 * with what it wrote in out. */
static enum idnum_error
run(enum idnum_error (*check)(const char *, char *, size_t), const char *s, char *out,
    size_t outsz)
{
	char *copy = exact(s);
	enum idnum_error e;

	e = check(copy, out, outsz);
	free(copy);
	return e;
}

/* Parses an exact-size copy of s as a citizen ID. Returns the verdict. */
static enum idnum_error
citizen(const char *s, struct idnum_citizen *id)
{
	char *copy = exact(s);
	enum idnum_error e;

	e = idnum_citizen_parse(copy, id);
	free(copy);
	return e;
}

/* Returns the number of bytes at or above 0x80 in s: Vietnamese text has some. */
static size_t
non_ascii(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		if ((unsigned char)*s >= 0x80)
			n++;
	return n;
}

static void
test_citizen(void)
{
	static const int unassigned[] = { 0, 3, 5, 7, 9, 13, 16, 18, 21, 23, 28, 29, 32, 39, 41, 43,
	    47, 50, 53, 55, 57, 59, 61, 63, 65, 69, 71, 73, 76, 78, 81, 85, 88, 90, 97, 99, 100 };
	struct idnum_citizen id;
	char buf[16], *huge;
	int code, assigned = 0, d;
	size_t i;

	ok(citizen("001099012345", &id) == IDNUM_OK, "a Hà Nội citizen ID is taken");
	is_str(id.number, "001099012345", "its digits are kept");
	ok(id.province == 1 && id.sex == 'M' && id.birth_year == 1999,
	    "and read as Hà Nội, male, born 1999");
	ok(citizen("079301000123", &id) == IDNUM_OK && id.province == 79 && id.sex == 'F' &&
	    id.birth_year == 2001, "079 3 01: Hồ Chí Minh, female, born 2001");
	ok(citizen("096209999999", &id) == IDNUM_OK && id.province == 96 && id.sex == 'M' &&
	    id.birth_year == 2009, "096 2 09: Cà Mau, male, born 2009");
	ok(citizen(" \t001099012345\r\n", &id) == IDNUM_OK && strcmp(id.number, "001099012345") == 0,
	    "blanks around a pasted ID are ignored");
	ok(idnum_citizen_parse("001099012345", NULL) == IDNUM_OK, "a check without a result is allowed");

	/* Digit 4: century and sex, Circular 07/2016/TT-BCA art. 7. */
	for (d = 0; d <= 9; d++) {
		snprintf(buf, sizeof(buf), "001%c85000001", (char)('0' + d));
		ok(citizen(buf, &id) == IDNUM_OK && id.birth_year == 1985 + 100 * (d / 2) &&
		    id.sex == (d % 2 ? 'F' : 'M'), "century digit %d: born %d, %s", d,
		    1985 + 100 * (d / 2), d % 2 ? "female" : "male");
	}

	ok(citizen("", &id) == IDNUM_E_EMPTY, "an empty ID is asked for");
	ok(idnum_citizen_parse(NULL, &id) == IDNUM_E_EMPTY, "so is a missing one");
	ok(citizen("   ", &id) == IDNUM_E_EMPTY, "and one of blanks only");
	ok(citizen("00109901234", &id) == IDNUM_E_CITIZEN_FORMAT, "11 digits are refused");
	ok(citizen("0010990123456", &id) == IDNUM_E_CITIZEN_FORMAT, "13 digits are refused");
	ok(citizen("123456789", &id) == IDNUM_E_CITIZEN_FORMAT, "an old 9-digit CMND is refused");
	ok(citizen("00109901234O", &id) == IDNUM_E_CITIZEN_FORMAT, "a letter O for a 0 is refused");
	ok(citizen("001 099 012345", &id) == IDNUM_E_CITIZEN_FORMAT, "spaces inside are refused");
	ok(citizen("-01099012345", &id) == IDNUM_E_CITIZEN_FORMAT, "a sign is refused");
	ok(citizen("\xef\xbc\x90\xef\xbc\x90\xef\xbc\x91" "099012345", &id) == IDNUM_E_CITIZEN_FORMAT,
	    "full-width digits are refused");
	ok(id.number[0] == '\0' && id.province == 0, "a refused ID leaves an empty result");
	ok(citizen("003099012345", &id) == IDNUM_E_CITIZEN_PROVINCE, "unassigned province 003 is refused");
	ok(citizen("000099012345", &id) == IDNUM_E_CITIZEN_PROVINCE, "province 000 is refused");
	ok(citizen("097099012345", &id) == IDNUM_E_CITIZEN_PROVINCE, "province 097 is refused");
	ok(citizen("999099012345", &id) == IDNUM_E_CITIZEN_PROVINCE, "province 999 is refused");

	for (code = -1; code <= 1000; code++)
		if (idnum_province_name(code) != NULL)
			assigned++;
	ok(assigned == 63, "exactly 63 province codes are assigned (got %d)", assigned);
	for (i = 0; i < sizeof(unassigned) / sizeof(unassigned[0]); i++) {
		snprintf(buf, sizeof(buf), "%03d099012345", unassigned[i]);
		ok(idnum_province_name(unassigned[i]) == NULL &&
		    citizen(buf, &id) == IDNUM_E_CITIZEN_PROVINCE, "code %03d is not assigned",
		    unassigned[i]);
	}
	is_str(idnum_province_name(1), "Hà Nội", "001 is Hà Nội");
	is_str(idnum_province_name(46), "Thừa Thiên Huế", "046 is Thừa Thiên Huế");
	is_str(idnum_province_name(79), "Hồ Chí Minh", "079 is Hồ Chí Minh");
	is_str(idnum_province_name(96), "Cà Mau", "096 is Cà Mau");

	huge = malloc(100001);
	if (huge == NULL)
		abort();
	memset(huge, '1', 100000);
	huge[100000] = '\0';
	ok(idnum_citizen_parse(huge, &id) == IDNUM_E_CITIZEN_FORMAT, "a 100 000-digit text is refused");
	free(huge);
}

static void
test_birth(void)
{
	struct idnum_citizen id, old, far;

	citizen("001099012345", &id);	/* male, 1999 */
	ok(idnum_citizen_matches_birth(&id, 1999, 'M', 2025) == IDNUM_OK, "year and sex match");
	ok(idnum_citizen_matches_birth(&id, 1999, 0, 2025) == IDNUM_OK, "the year alone matches");
	ok(idnum_citizen_matches_birth(&id, 1998, 'M', 2025) == IDNUM_E_BIRTH_MISMATCH,
	    "another year is a mismatch");
	ok(idnum_citizen_matches_birth(&id, 2099, 'M', 2025) == IDNUM_E_BIRTH_FUTURE,
	    "a year in the future is refused");
	ok(idnum_citizen_matches_birth(&id, 1999, 'F', 2025) == IDNUM_E_SEX_MISMATCH,
	    "the other sex is a mismatch");
	ok(idnum_citizen_matches_birth(&id, 1999, 'X', 2025) == IDNUM_E_SEX_INVALID,
	    "a sex neither M nor F is refused");
	ok(idnum_citizen_matches_birth(NULL, 1999, 'M', 2025) == IDNUM_E_INTERNAL,
	    "a missing ID is the caller's error");

	citizen("079325000001", &id);	/* female, 2025 */
	ok(idnum_citizen_matches_birth(&id, 2025, 'F', 2025) == IDNUM_OK, "a baby born this year is fine");
	ok(idnum_citizen_matches_birth(&id, 2025, 'F', 2024) == IDNUM_E_BIRTH_FUTURE,
	    "but not before her birth year");

	citizen("001000000001", &old);	/* male, 1900 */
	ok(idnum_citizen_matches_birth(&old, 1900, 'M', 2030) == IDNUM_OK, "130 years old is allowed");
	ok(idnum_citizen_matches_birth(&old, 1900, 'M', 2031) == IDNUM_E_BIRTH_TOO_OLD,
	    "131 years old is not");
	ok(idnum_citizen_matches_birth(&old, -2147483647 - 1, 'M', 2025) == IDNUM_E_BIRTH_TOO_OLD,
	    "nor is the smallest int, without overflow");

	citizen("001825000001", &far);	/* digit 8: male, 2325 */
	ok(far.birth_year == 2325, "digit 8 reads as the 24th century");
	ok(idnum_citizen_matches_birth(&far, 2325, 'M', 2025) == IDNUM_E_BIRTH_FUTURE,
	    "so such an ID cannot be matched today");
	ok(idnum_citizen_matches_birth(&far, 1825, 'M', 2025) == IDNUM_E_BIRTH_TOO_OLD,
	    "nor read as 1825");
}

static void
test_insurance(void)
{
	char out[IDNUM_INSURANCE_SIZE];

	ok(run(idnum_insurance_check, " 0123456789 ", out, sizeof(out)) == IDNUM_OK,
	    "a 10-digit insurance number is taken");
	is_str(out, "0123456789", "without its blanks");
	ok(run(idnum_insurance_check, "012345678", out, sizeof(out)) == IDNUM_E_INSURANCE_FORMAT,
	    "9 digits are refused");
	is_str(out, "", "and leave an empty result");
	ok(run(idnum_insurance_check, "01234567890", out, sizeof(out)) == IDNUM_E_INSURANCE_FORMAT,
	    "11 digits are refused");
	ok(run(idnum_insurance_check, "01234S6789", out, sizeof(out)) == IDNUM_E_INSURANCE_FORMAT,
	    "a letter is refused");
	ok(run(idnum_insurance_check, "", out, sizeof(out)) == IDNUM_E_EMPTY, "empty is asked for");
	ok(run(idnum_insurance_check, "0123456789", out, 10) == IDNUM_E_INTERNAL,
	    "a buffer one byte short is the caller's error");
	ok(idnum_insurance_check("0123456789", NULL, 0) == IDNUM_OK, "a check without output is allowed");
}

static void
test_tax(void)
{
	/* Real codes, and codes computed with the rule of idnum.c (weights 31 29 23 19 17 13 7 5 3,
	 * N10 = 10 - S mod 11) by hand: 0100109106 S = 114 → 6; 8012345677 S = 498 → 7. */
	static const char *valid[] = { "0100109106", "0100233488", "0100112437", "0100100079",
	    "0314409058", "0301234562", "8012345677" };
	char out[IDNUM_TAX_SIZE], buf[16];
	size_t i;
	int d, accepted;

	for (i = 0; i < sizeof(valid) / sizeof(valid[0]); i++) {
		ok(run(idnum_tax_check, valid[i], out, sizeof(out)) == IDNUM_OK, "tax code %s is taken",
		    valid[i]);
		is_str(out, valid[i], "and kept as typed");
	}
	ok(run(idnum_tax_check, "0100109107", out, sizeof(out)) == IDNUM_E_TAX_CHECK,
	    "0100109107: a wrong check digit is refused");
	is_str(out, "", "and leaves an empty result");
	ok(run(idnum_tax_check, "0100233480", out, sizeof(out)) == IDNUM_E_TAX_CHECK,
	    "0100233480 is refused");
	ok(run(idnum_tax_check, "0101009106", out, sizeof(out)) == IDNUM_E_TAX_CHECK,
	    "two swapped digits are caught");
	ok(run(idnum_tax_check, "8012345678", out, sizeof(out)) == IDNUM_E_TAX_CHECK,
	    "8012345678 is refused");
	/* 010000005: S = 29 + 3·5 = 44, a multiple of 11, so N10 would be 10. */
	accepted = 0;
	for (d = 0; d <= 9; d++) {
		snprintf(buf, sizeof(buf), "010000005%c", (char)('0' + d));
		if (run(idnum_tax_check, buf, out, sizeof(out)) != IDNUM_E_TAX_CHECK)
			accepted++;
	}
	ok(accepted == 0, "nine digits whose sum is a multiple of 11 take no check digit");
	ok(run(idnum_tax_check, "0100000007", out, sizeof(out)) == IDNUM_E_TAX_SERIAL,
	    "a serial of zeros is refused");

	ok(run(idnum_tax_check, "0314409058-002", out, sizeof(out)) == IDNUM_OK,
	    "a branch with its dash is taken");
	is_str(out, "0314409058-002", "and kept");
	ok(run(idnum_tax_check, "0100109106001", out, sizeof(out)) == IDNUM_OK,
	    "a branch typed without the dash is taken");
	is_str(out, "0100109106-001", "and written with it");
	ok(run(idnum_tax_check, " 0100109106-999\n", out, sizeof(out)) == IDNUM_OK,
	    "blanks around are ignored");
	is_str(out, "0100109106-999", "branch 999 is the last");
	ok(run(idnum_tax_check, "0100109106-000", out, sizeof(out)) == IDNUM_E_TAX_BRANCH,
	    "branch 000 is refused");
	ok(run(idnum_tax_check, "0100109107-001", out, sizeof(out)) == IDNUM_E_TAX_CHECK,
	    "a branch of a wrong code is refused");
	ok(run(idnum_tax_check, "0100109106-01", out, sizeof(out)) == IDNUM_E_TAX_FORMAT,
	    "a two-digit branch is refused");
	ok(run(idnum_tax_check, "0100109106_001", out, sizeof(out)) == IDNUM_E_TAX_FORMAT,
	    "another separator is refused");
	ok(run(idnum_tax_check, "010010910-6001", out, sizeof(out)) == IDNUM_E_TAX_FORMAT,
	    "a dash in the wrong place is refused");
	ok(run(idnum_tax_check, "010010910", out, sizeof(out)) == IDNUM_E_TAX_FORMAT,
	    "9 digits are refused");
	ok(run(idnum_tax_check, "01001091060", out, sizeof(out)) == IDNUM_E_TAX_FORMAT,
	    "11 digits are refused");
	ok(run(idnum_tax_check, "01OO109106", out, sizeof(out)) == IDNUM_E_TAX_FORMAT,
	    "letters are refused");
	ok(run(idnum_tax_check, "", out, sizeof(out)) == IDNUM_E_EMPTY, "empty is asked for");
	ok(run(idnum_tax_check, "0100109106-001", out, 14) == IDNUM_E_INTERNAL && out[0] == '\0',
	    "a buffer one byte short is the caller's error");

	ok(run(idnum_tax_or_citizen, "001099012345", out, sizeof(out)) == IDNUM_OK,
	    "a citizen ID serves as a personal tax code");
	is_str(out, "001099012345", "and is kept");
	ok(run(idnum_tax_or_citizen, "0100109106", out, sizeof(out)) == IDNUM_OK,
	    "so does a 10-digit tax code");
	ok(run(idnum_tax_or_citizen, "0100109106001", out, sizeof(out)) == IDNUM_OK,
	    "and a branch's");
	is_str(out, "0100109106-001", "written with its dash");
	ok(run(idnum_tax_or_citizen, "003099012345", out, sizeof(out)) == IDNUM_E_CITIZEN_PROVINCE,
	    "a citizen ID of an unassigned province is refused");
	ok(run(idnum_tax_or_citizen, "0100109107", out, sizeof(out)) == IDNUM_E_TAX_CHECK,
	    "a tax code with a wrong check digit is refused");
	ok(run(idnum_tax_or_citizen, "12345", out, sizeof(out)) == IDNUM_E_TAX_OR_CITIZEN_FORMAT,
	    "5 digits are neither");
	ok(run(idnum_tax_or_citizen, "00109901234", out, sizeof(out)) == IDNUM_E_TAX_OR_CITIZEN_FORMAT,
	    "11 digits are neither");
	ok(run(idnum_tax_or_citizen, " ", out, sizeof(out)) == IDNUM_E_EMPTY,
	    "blank is asked for");
}

static void
test_phone(void)
{
	static const char *forms[] = { "0912345678", "091 234 5678", "0912.345.678", "0912-345-678",
	    "0912 - 345 - 678", "+84912345678", "+84 912 345 678", "+ 84 912 345 678", "84912345678",
	    "+84 0912 345 678", "840912345678", "  0912345678  " };
	char out[IDNUM_PHONE_SIZE];
	size_t i;
	const char *prefixes[] = { "0345678901", "0565432109", "0701234567", "0861234567",
	    "0991234567" };

	for (i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
		ok(run(idnum_phone_check, forms[i], out, sizeof(out)) == IDNUM_OK, "'%s' is taken",
		    forms[i]);
		is_str(out, "0912345678", "as 0912345678");
	}
	for (i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++)
		ok(run(idnum_phone_check, prefixes[i], out, sizeof(out)) == IDNUM_OK &&
		    strcmp(out, prefixes[i]) == 0, "mobile prefix %.2s is taken", prefixes[i]);

	ok(run(idnum_phone_check, "0243825xxxx", out, sizeof(out)) == IDNUM_E_PHONE_FORMAT,
	    "letters are refused");
	ok(run(idnum_phone_check, "0243 825 1234", out, sizeof(out)) == IDNUM_E_PHONE_FORMAT,
	    "an 11-digit landline is refused");
	ok(run(idnum_phone_check, "0212345678", out, sizeof(out)) == IDNUM_E_PHONE_PREFIX,
	    "prefix 02 is not a mobile");
	is_str(out, "", "and leaves an empty result");
	ok(run(idnum_phone_check, "0112345678", out, sizeof(out)) == IDNUM_E_PHONE_PREFIX,
	    "prefix 01 (renumbered in 2018) is refused");
	ok(run(idnum_phone_check, "+84212345678", out, sizeof(out)) == IDNUM_E_PHONE_PREFIX,
	    "+84 2... is not a mobile");
	ok(run(idnum_phone_check, "091234567", out, sizeof(out)) == IDNUM_E_PHONE_FORMAT,
	    "9 digits are refused");
	ok(run(idnum_phone_check, "09123456789", out, sizeof(out)) == IDNUM_E_PHONE_FORMAT,
	    "11 digits are refused");
	ok(run(idnum_phone_check, "912345678", out, sizeof(out)) == IDNUM_E_PHONE_FORMAT,
	    "a number without its 0 is refused");
	ok(run(idnum_phone_check, "+0912345678", out, sizeof(out)) == IDNUM_E_PHONE_FORMAT,
	    "a + before the 0 is refused");
	ok(run(idnum_phone_check, "+85512345678", out, sizeof(out)) == IDNUM_E_PHONE_FORMAT,
	    "another country is refused");
	ok(run(idnum_phone_check, "+", out, sizeof(out)) == IDNUM_E_PHONE_FORMAT, "a lone + is refused");
	ok(run(idnum_phone_check, "0912345678.", out, sizeof(out)) == IDNUM_E_PHONE_FORMAT,
	    "a trailing dot is refused");
	ok(run(idnum_phone_check, ".0912345678", out, sizeof(out)) == IDNUM_E_PHONE_FORMAT,
	    "a leading dot is refused");
	ok(run(idnum_phone_check, "0912\xc2\xa0" "345678", out, sizeof(out)) == IDNUM_E_PHONE_FORMAT,
	    "a non-ASCII space is refused");
	ok(run(idnum_phone_check, "09 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6", out, sizeof(out)) ==
	    IDNUM_E_PHONE_FORMAT, "many digits are refused without overflow");
	ok(run(idnum_phone_check, "", out, sizeof(out)) == IDNUM_E_EMPTY, "empty is asked for");
	ok(run(idnum_phone_check, "0912345678", out, 10) == IDNUM_E_INTERNAL,
	    "a buffer one byte short is the caller's error");
}

static void
test_email(void)
{
	char out[IDNUM_EMAIL_SIZE], local[80], label[80], addr[400];

	ok(run(idnum_email_check, "nguyen.van.a@Example.GOV.vn", out, sizeof(out)) == IDNUM_OK,
	    "a plain address is taken");
	is_str(out, "nguyen.van.a@example.gov.vn", "with its domain in lower case");
	ok(run(idnum_email_check, " Tran.Thi+cong@gmail.com ", out, sizeof(out)) == IDNUM_OK,
	    "a tagged address with blanks around is taken");
	is_str(out, "Tran.Thi+cong@gmail.com", "the part before @ keeps its case");
	ok(run(idnum_email_check, "o'brien_1@mail-1.xn--p1ai", out, sizeof(out)) == IDNUM_OK,
	    "quotes, digits, hyphens and a punycode TLD are taken");

	ok(run(idnum_email_check, "a.example.com", out, sizeof(out)) == IDNUM_E_EMAIL_AT,
	    "no @ is refused");
	is_str(out, "", "and leaves an empty result");
	ok(run(idnum_email_check, "a@b@example.com", out, sizeof(out)) == IDNUM_E_EMAIL_AT,
	    "two @ are refused");
	ok(run(idnum_email_check, "@example.com", out, sizeof(out)) == IDNUM_E_EMAIL_LOCAL,
	    "nothing before @ is refused");
	ok(run(idnum_email_check, ".a@example.com", out, sizeof(out)) == IDNUM_E_EMAIL_LOCAL,
	    "a leading dot is refused");
	ok(run(idnum_email_check, "a.@example.com", out, sizeof(out)) == IDNUM_E_EMAIL_LOCAL,
	    "a trailing dot is refused");
	ok(run(idnum_email_check, "a..b@example.com", out, sizeof(out)) == IDNUM_E_EMAIL_LOCAL,
	    "two dots in a row are refused");
	ok(run(idnum_email_check, "nguyễn@example.com", out, sizeof(out)) == IDNUM_E_EMAIL_LOCAL,
	    "Vietnamese letters are refused");
	ok(run(idnum_email_check, "van a@example.com", out, sizeof(out)) == IDNUM_E_EMAIL_LOCAL,
	    "a space inside is refused");
	ok(run(idnum_email_check, "\"a\"@example.com", out, sizeof(out)) == IDNUM_E_EMAIL_LOCAL,
	    "a quoted part is refused");
	memset(local, 'a', 64);
	local[64] = '\0';
	snprintf(addr, sizeof(addr), "%s@example.com", local);
	ok(run(idnum_email_check, addr, out, sizeof(out)) == IDNUM_OK, "64 bytes before @ are taken");
	snprintf(addr, sizeof(addr), "%sa@example.com", local);
	ok(run(idnum_email_check, addr, out, sizeof(out)) == IDNUM_E_EMAIL_LOCAL, "65 are refused");

	ok(run(idnum_email_check, "a@", out, sizeof(out)) == IDNUM_E_EMAIL_DOMAIN,
	    "nothing after @ is refused");
	ok(run(idnum_email_check, "a@localhost", out, sizeof(out)) == IDNUM_E_EMAIL_DOMAIN,
	    "a domain without a dot is refused");
	ok(run(idnum_email_check, "a@example.com.", out, sizeof(out)) == IDNUM_E_EMAIL_DOMAIN,
	    "a trailing dot is refused");
	ok(run(idnum_email_check, "a@.example.com", out, sizeof(out)) == IDNUM_E_EMAIL_DOMAIN,
	    "a leading dot is refused");
	ok(run(idnum_email_check, "a@example..com", out, sizeof(out)) == IDNUM_E_EMAIL_DOMAIN,
	    "an empty label is refused");
	ok(run(idnum_email_check, "a@-example.com", out, sizeof(out)) == IDNUM_E_EMAIL_DOMAIN,
	    "a label starting with a hyphen is refused");
	ok(run(idnum_email_check, "a@example-.com", out, sizeof(out)) == IDNUM_E_EMAIL_DOMAIN,
	    "a label ending with a hyphen is refused");
	ok(run(idnum_email_check, "a@exa_mple.com", out, sizeof(out)) == IDNUM_E_EMAIL_DOMAIN,
	    "an underscore is refused");
	ok(run(idnum_email_check, "a@192.168.1.1", out, sizeof(out)) == IDNUM_E_EMAIL_DOMAIN,
	    "a numeric top level is refused");
	ok(run(idnum_email_check, "a@bộ-công-an.vn", out, sizeof(out)) == IDNUM_E_EMAIL_DOMAIN,
	    "a domain not in its xn-- form is refused");
	memset(label, 'b', 63);
	label[63] = '\0';
	snprintf(addr, sizeof(addr), "a@%s.vn", label);
	ok(run(idnum_email_check, addr, out, sizeof(out)) == IDNUM_OK, "a 63-byte label is taken");
	snprintf(addr, sizeof(addr), "a@%sb.vn", label);
	ok(run(idnum_email_check, addr, out, sizeof(out)) == IDNUM_E_EMAIL_DOMAIN,
	    "a 64-byte label is refused");

	/* 64 + 1 + 63 + 1 + 63 + 1 + 61 = 254 bytes. */
	snprintf(addr, sizeof(addr), "%s@%s.%s.%.61s", local, label, label, label);
	ok(strlen(addr) == 254 && run(idnum_email_check, addr, out, sizeof(out)) == IDNUM_OK,
	    "a 254-byte address is taken");
	snprintf(addr, sizeof(addr), "%s@%s.%s.%.62s", local, label, label, label);
	ok(run(idnum_email_check, addr, out, sizeof(out)) == IDNUM_E_EMAIL_LENGTH,
	    "a 255-byte one is refused");
	ok(run(idnum_email_check, "", out, sizeof(out)) == IDNUM_E_EMPTY, "empty is asked for");
	ok(idnum_email_check(NULL, out, sizeof(out)) == IDNUM_E_EMPTY, "so is a missing one");
	ok(run(idnum_email_check, "a@example.com", out, 13) == IDNUM_E_INTERNAL,
	    "a buffer one byte short is the caller's error");
}

static void
test_messages(void)
{
	int e, all = 1;

	for (e = 0; e < IDNUM_ERROR__MAX; e++) {
		const char *m = idnum_message((enum idnum_error)e);

		if (m == NULL || m[0] == '\0' || !utf8_valid(m, strlen(m)) || non_ascii(m) == 0) {
			all = 0;
			printf("# no Vietnamese message for error %d\n", e);
		}
	}
	ok(all, "every error has a Vietnamese sentence");
	ok(idnum_message(IDNUM_ERROR__MAX) != NULL && idnum_message(IDNUM_ERROR__MAX)[0] != '\0',
	    "a value outside the enum still has one");
	ok(idnum_message((enum idnum_error)-1) != NULL, "so does a negative one");
	is_str(idnum_message(IDNUM_E_CITIZEN_FORMAT), "Số định danh cá nhân phải gồm đúng 12 chữ số.",
	    "the length of a citizen ID is explained");
}

int
main(void)
{
	test_citizen();
	test_birth();
	test_insurance();
	test_tax();
	test_phone();
	test_email();
	test_messages();
	return done_testing();
}
