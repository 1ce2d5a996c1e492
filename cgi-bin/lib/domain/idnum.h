/* idnum: checking the citizen ID, insurance and tax numbers, phone and e-mail typed into forms. */
#ifndef CONG_IDNUM_H
#define CONG_IDNUM_H

#include <stddef.h>

/*
 * Every function here takes untrusted text: NULL, empty, over-long (more than 1024 bytes is refused
 * unread), with blanks around it (ignored) or non-ASCII (refused). It returns IDNUM_OK (0) or the
 * reason the text was refused, which idnum_message() turns into a sentence for the form. Output
 * buffers belong to the caller; NULL means "only the verdict is wanted". On any error a non-NULL
 * output buffer holds the empty string.
 */

/* Sizes of the output buffers, terminating NUL included. */
#define IDNUM_CITIZEN_SIZE	13	/* 12 digits */
#define IDNUM_INSURANCE_SIZE	11	/* 10 digits */
#define IDNUM_TAX_SIZE		15	/* 10 digits, "0123456789-001", or a 12-digit citizen ID */
#define IDNUM_PHONE_SIZE	11	/* "0" and 9 digits */
#define IDNUM_EMAIL_SIZE	255	/* at most 254 bytes */

/* Why a text was refused. Each has a Vietnamese sentence, see idnum_message(). */
enum idnum_error {
	IDNUM_OK = 0,
	IDNUM_E_EMPTY,			/* NULL, empty or only blanks */
	IDNUM_E_CITIZEN_FORMAT,		/* not exactly 12 digits */
	IDNUM_E_CITIZEN_PROVINCE,	/* digits 1-3 are not an assigned province code */
	IDNUM_E_BIRTH_FUTURE,		/* birth year after the current year */
	IDNUM_E_BIRTH_TOO_OLD,		/* birth year more than 130 years ago */
	IDNUM_E_BIRTH_MISMATCH,		/* birth year typed differs from the one in the citizen ID */
	IDNUM_E_SEX_MISMATCH,		/* sex typed differs from the one in the citizen ID */
	IDNUM_E_SEX_INVALID,		/* sex given neither 'M', 'F' nor 0 */
	IDNUM_E_INSURANCE_FORMAT,	/* not exactly 10 digits */
	IDNUM_E_TAX_FORMAT,		/* not 10 digits, 13 digits or 10 digits '-' 3 digits */
	IDNUM_E_TAX_SERIAL,		/* digits 3-9 all zero */
	IDNUM_E_TAX_CHECK,		/* wrong check digit (digit 10) */
	IDNUM_E_TAX_BRANCH,		/* branch number 000 */
	IDNUM_E_TAX_OR_CITIZEN_FORMAT,	/* neither a tax code's nor a citizen ID's shape */
	IDNUM_E_PHONE_FORMAT,		/* not a 10-digit national number, with or without +84 */
	IDNUM_E_PHONE_PREFIX,		/* not a mobile number: 03, 05, 07, 08 or 09 */
	IDNUM_E_EMAIL_LENGTH,		/* more than 254 bytes */
	IDNUM_E_EMAIL_AT,		/* not exactly one '@' */
	IDNUM_E_EMAIL_LOCAL,		/* bad part before '@' */
	IDNUM_E_EMAIL_DOMAIN,		/* bad domain after '@' */
	IDNUM_E_INTERNAL,		/* the caller's mistake: NULL parsed ID, output buffer too small */
	IDNUM_ERROR__MAX
};

/* What a citizen ID (số định danh cá nhân, on the căn cước card) says about its holder. */
struct idnum_citizen {
	char	 number[IDNUM_CITIZEN_SIZE];	/* the 12 digits, without surrounding blanks */
	int	 province;			/* digits 1-3: where the birth was registered, 1-96 */
	char	 sex;				/* digit 4: 'M' or 'F' */
	int	 birth_year;			/* digit 4 (century) and digits 5-6 */
};

/* Returns the Vietnamese sentence a form shows for e, never NULL nor empty (a general one for a
 * value outside the enum). The string is static. */
const char *idnum_message(enum idnum_error e);

/* Returns the name of the province of code (1-96) in the citizen ID list, or NULL if that code
 * is not assigned. The string is static. */
const char *idnum_province_name(int code);

/* Parses a citizen ID: 12 digits, the first 3 an assigned province code. Fills *out (may be NULL,
 * zeroed on error). Returns IDNUM_OK, IDNUM_E_EMPTY, IDNUM_E_CITIZEN_FORMAT or
 * IDNUM_E_CITIZEN_PROVINCE. A birth year far in the future (digit 4 from 4 up) parses; it is
 * idnum_citizen_matches_birth() that refuses it. */
enum idnum_error idnum_citizen_parse(const char *s, struct idnum_citizen *out);

/* Checks the birth year (and sex, unless sex is 0) typed in a form against a parsed citizen ID,
 * and that the year is neither after current_year nor more than 130 years before it. sex is 'M',
 * 'F' or 0. Returns IDNUM_OK, IDNUM_E_INTERNAL (id NULL), IDNUM_E_SEX_INVALID,
 * IDNUM_E_BIRTH_FUTURE, IDNUM_E_BIRTH_TOO_OLD, IDNUM_E_BIRTH_MISMATCH or IDNUM_E_SEX_MISMATCH,
 * in that order of precedence. */
enum idnum_error idnum_citizen_matches_birth(const struct idnum_citizen *id, int birth_year,
    char sex, int current_year);

/* Checks a social-insurance number (mã số BHXH): exactly 10 digits. Copies them into out (size
 * outsz, IDNUM_INSURANCE_SIZE is enough). Returns IDNUM_OK, IDNUM_E_EMPTY,
 * IDNUM_E_INSURANCE_FORMAT or IDNUM_E_INTERNAL. */
enum idnum_error idnum_insurance_check(const char *s, char *out, size_t outsz);

/* Checks a tax code (mã số thuế): 10 digits with a valid check digit, or a branch's 13, typed
 * "0123456789-001" or "0123456789001". Writes the 10 digits or the dashed 13 into out (size
 * outsz, IDNUM_TAX_SIZE is enough). Returns IDNUM_OK, IDNUM_E_EMPTY, IDNUM_E_TAX_FORMAT,
 * IDNUM_E_TAX_SERIAL, IDNUM_E_TAX_CHECK, IDNUM_E_TAX_BRANCH or IDNUM_E_INTERNAL. */
enum idnum_error idnum_tax_check(const char *s, char *out, size_t outsz);

/* Checks a personal tax code that may be, since 1 July 2025, the 12-digit citizen ID: 12 digits
 * are checked as idnum_citizen_parse() does, 10 or 13 as idnum_tax_check() does. Writes the
 * normalised code into out (size outsz, IDNUM_TAX_SIZE is enough); its length tells the kinds
 * apart (10 or 14 a tax code, 12 a citizen ID). Returns IDNUM_OK, IDNUM_E_EMPTY,
 * IDNUM_E_TAX_OR_CITIZEN_FORMAT, an error of either of those functions, or IDNUM_E_INTERNAL. */
enum idnum_error idnum_tax_or_citizen(const char *s, char *out, size_t outsz);

/* Checks a Vietnamese mobile number: "0" and 9 digits, the second 3, 5, 7, 8 or 9, typed with or
 * without "+84"/"84" (in place of the "0", or before it) and with spaces, dots or hyphens between
 * digits. Writes "0xxxxxxxxx" into out (size outsz, IDNUM_PHONE_SIZE is enough). Returns
 * IDNUM_OK, IDNUM_E_EMPTY, IDNUM_E_PHONE_FORMAT, IDNUM_E_PHONE_PREFIX or IDNUM_E_INTERNAL. */
enum idnum_error idnum_phone_check(const char *s, char *out, size_t outsz);

/* Checks an e-mail address, pragmatically: one '@'; 1-64 bytes before it of letters, digits and
 * !#$%&'*+-/=?^_`{|}~ with dots between (no quoted forms); after it at least two dot-separated
 * labels of 1-63 ASCII letters, digits and inner hyphens, the last not all digits; 254 bytes in
 * all. An internationalised domain must be typed in its xn-- form. Writes the address with its
 * domain lower-cased into out (size outsz, IDNUM_EMAIL_SIZE is enough). Returns IDNUM_OK,
 * IDNUM_E_EMPTY, IDNUM_E_EMAIL_LENGTH, IDNUM_E_EMAIL_AT, IDNUM_E_EMAIL_LOCAL,
 * IDNUM_E_EMAIL_DOMAIN or IDNUM_E_INTERNAL. */
enum idnum_error idnum_email_check(const char *s, char *out, size_t outsz);

#endif
