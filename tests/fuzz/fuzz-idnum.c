/* fuzz-idnum: the citizen ID, insurance, tax code, phone and e-mail checks, and the customer-code
 * and licence-plate key of the pay pages, on any text a form may send. */
#include "config.h"

#include "fuzz.h"

#include "idnum.h"

/* lookup_key() is static in the pay family's lookup page: the page file is compiled in. */
#include "../../cgi-bin/pay/lookup.c"

/* Checks what every idnum function promises of its output: "" on error; on success a string that
 * fits outsz and is checked again to itself (the normal form is a fixed point). */
static void
fuzz_idnum_out(enum idnum_error (*check)(const char *, char *, size_t), enum idnum_error e,
    const char *out, size_t outsz)
{
	char again[IDNUM_EMAIL_SIZE];

	FUZZ_ASSERT((unsigned)e < IDNUM_ERROR__MAX);
	FUZZ_ASSERT(idnum_message(e) != NULL && idnum_message(e)[0] != '\0');
	if (outsz == 0)
		return;
	FUZZ_ASSERT(strlen(out) < outsz);
	if (e != IDNUM_OK) {
		FUZZ_ASSERT(out[0] == '\0');
		return;
	}
	FUZZ_ASSERT(check(out, again, sizeof(again)) == IDNUM_OK);
	FUZZ_ASSERT(strcmp(out, again) == 0);
}

/* Returns 1 when s is n ASCII digits, else 0. */
static int
fuzz_digits(const char *s, size_t n)
{
	size_t i;

	if (strlen(s) != n)
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/* The citizen ID: what it says of its holder, and the birth checks against it. */
static void
fuzz_citizen(const char *s, const uint8_t *data, size_t size)
{
	struct idnum_citizen id, again;
	enum idnum_error e = idnum_citizen_parse(s, &id);
	int year = 0;
	char sex;

	FUZZ_ASSERT(idnum_citizen_parse(s, NULL) == e);
	if (e != IDNUM_OK) {
		FUZZ_ASSERT(id.number[0] == '\0' && id.province == 0 && id.birth_year == 0);
		return;
	}
	FUZZ_ASSERT(fuzz_digits(id.number, 12));
	FUZZ_ASSERT(idnum_province_name(id.province) != NULL);
	FUZZ_ASSERT(id.sex == 'M' || id.sex == 'F');
	FUZZ_ASSERT(id.birth_year >= 1900 && id.birth_year <= 2399);
	FUZZ_ASSERT(idnum_citizen_parse(id.number, &again) == IDNUM_OK);
	FUZZ_ASSERT(strcmp(id.number, again.number) == 0 && id.province == again.province &&
	    id.sex == again.sex && id.birth_year == again.birth_year);
	FUZZ_ASSERT(idnum_tax_or_citizen(id.number, NULL, 0) == IDNUM_OK);
	/* The year and sex a form could send with it, from the input's first bytes. */
	if (size >= 4)
		memcpy(&year, data, sizeof(year));
	sex = size >= 5 ? (char)data[4] : 0;
	e = idnum_citizen_matches_birth(&id, year, sex, 2026);
	FUZZ_ASSERT((unsigned)e < IDNUM_ERROR__MAX);
	FUZZ_ASSERT(idnum_citizen_matches_birth(&id, id.birth_year, id.sex, 2399) == IDNUM_OK ||
	    id.birth_year < 2399 - 130);
	FUZZ_ASSERT(idnum_citizen_matches_birth(NULL, year, sex, 2026) == IDNUM_E_INTERNAL);
}

/* The key a bill or a fine is looked up by: letters and digits only, upper case, and the same
 * once more. */
static void
fuzz_lookup_key(const char *s)
{
	struct buf key = BUF_INIT, again = BUF_INIT;
	size_t i;

	lookup_key(s, &key);
	for (i = 0; i < key.len; i++)
		FUZZ_ASSERT((key.data[i] >= 'A' && key.data[i] <= 'Z') ||
		    (key.data[i] >= '0' && key.data[i] <= '9'));
	FUZZ_ASSERT(key.len <= strlen(s));
	lookup_key(buf_str(&key), &again);
	FUZZ_ASSERT(strcmp(buf_str(&key), buf_str(&again)) == 0);
	buf_free(&key);
	buf_free(&again);
}

/* libFuzzer's entry: the input as the text of an ID, code, phone or address field. Returns 0; a
 * broken invariant aborts. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static enum idnum_error (*const checks[])(const char *, char *, size_t) = {
		idnum_insurance_check, idnum_tax_check, idnum_tax_or_citizen, idnum_phone_check,
		idnum_email_check,
	};
	static const size_t sizes[] = {
		IDNUM_INSURANCE_SIZE, IDNUM_TAX_SIZE, IDNUM_TAX_SIZE, IDNUM_PHONE_SIZE,
		IDNUM_EMAIL_SIZE,
	};
	char *s = fuzz_cstr(data, size);
	size_t k, outsz;

	fuzz_citizen(s, data, size);
	for (k = 0; k < sizeof(checks) / sizeof(checks[0]); k++) {
		char out[IDNUM_EMAIL_SIZE];
		enum idnum_error e;

		/* The size the header asks for, then one that may be too small. */
		e = checks[k](s, out, sizes[k]);
		fuzz_idnum_out(checks[k], e, out, sizes[k]);
		FUZZ_ASSERT(checks[k](s, NULL, 0) == e || e == IDNUM_E_INTERNAL);
		outsz = size > 0 ? data[size - 1] % (sizes[k] + 1) : 0;
		e = checks[k](s, out, outsz);
		fuzz_idnum_out(checks[k], e, out, outsz);
	}
	fuzz_lookup_key(s);
	free(s);
	return 0;
}
