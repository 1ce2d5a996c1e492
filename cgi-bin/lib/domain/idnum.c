/* idnum: checking the citizen ID, insurance and tax numbers, phone and e-mail typed into forms. */
#include "config.h"

#include "idnum.h"

#include <string.h>

/* Longest text looked at, blanks included; anything longer is refused without reading further. */
#define IDNUM_INPUT_MAX 1024

/* The sentence a form shows for each error. */
static const char *const idnum_messages[IDNUM_ERROR__MAX] = {
	[IDNUM_OK] = "Hợp lệ.",
	[IDNUM_E_EMPTY] = "Vui lòng nhập thông tin này.",
	[IDNUM_E_CITIZEN_FORMAT] = "Số định danh cá nhân phải gồm đúng 12 chữ số.",
	[IDNUM_E_CITIZEN_PROVINCE] =
	    "Mã tỉnh nơi đăng ký khai sinh (3 chữ số đầu) không hợp lệ.",
	[IDNUM_E_BIRTH_FUTURE] = "Năm sinh không được sau năm hiện tại.",
	[IDNUM_E_BIRTH_TOO_OLD] = "Năm sinh không được cách năm hiện tại quá 130 năm.",
	[IDNUM_E_BIRTH_MISMATCH] =
	    "Năm sinh không khớp với số định danh cá nhân (chữ số thứ 4 đến thứ 6).",
	[IDNUM_E_SEX_MISMATCH] = "Giới tính không khớp với số định danh cá nhân (chữ số thứ 4).",
	[IDNUM_E_SEX_INVALID] = "Giới tính phải là Nam hoặc Nữ.",
	[IDNUM_E_INSURANCE_FORMAT] = "Mã số bảo hiểm xã hội phải gồm đúng 10 chữ số.",
	[IDNUM_E_TAX_FORMAT] = "Mã số thuế phải gồm 10 chữ số, hoặc 13 chữ số (dạng 0123456789-001) "
	    "đối với đơn vị phụ thuộc.",
	[IDNUM_E_TAX_SERIAL] =
	    "Mã số thuế không hợp lệ: các chữ số thứ 3 đến thứ 9 không thể đều là 0.",
	[IDNUM_E_TAX_CHECK] = "Mã số thuế không đúng: chữ số kiểm tra (chữ số thứ 10) không khớp, "
	    "vui lòng kiểm tra lại từng chữ số.",
	[IDNUM_E_TAX_BRANCH] =
	    "Ba chữ số cuối của mã số thuế đơn vị phụ thuộc phải từ 001 đến 999.",
	[IDNUM_E_TAX_OR_CITIZEN_FORMAT] = "Mã số thuế phải gồm 10 chữ số, 13 chữ số đối với đơn vị "
	    "phụ thuộc, hoặc là số định danh cá nhân gồm 12 chữ số.",
	[IDNUM_E_PHONE_FORMAT] = "Số điện thoại di động phải gồm 10 chữ số bắt đầu bằng 0, "
	    "hoặc bắt đầu bằng +84.",
	[IDNUM_E_PHONE_PREFIX] =
	    "Số điện thoại di động phải bắt đầu bằng 03, 05, 07, 08 hoặc 09.",
	[IDNUM_E_EMAIL_LENGTH] = "Địa chỉ thư điện tử quá dài (tối đa 254 ký tự).",
	[IDNUM_E_EMAIL_AT] =
	    "Địa chỉ thư điện tử phải có đúng một ký tự @, ví dụ: ten@example.vn.",
	[IDNUM_E_EMAIL_LOCAL] = "Phần trước ký tự @ của địa chỉ thư điện tử không hợp lệ: chỉ dùng "
	    "chữ không dấu, chữ số và các ký hiệu như . _ - + (tối đa 64 ký tự).",
	[IDNUM_E_EMAIL_DOMAIN] = "Tên miền sau ký tự @ không hợp lệ, ví dụ đúng: gmail.com "
	    "hoặc hanoi.gov.vn.",
	[IDNUM_E_INTERNAL] =
	    "Không kiểm tra được thông tin này do lỗi hệ thống, vui lòng thử lại sau.",
};

/*
 * Province codes of the citizen ID: digits 1-3, the province or city where the birth was
 * registered, as listed by Circular 07/2016/TT-BCA and kept by Circular 59/2021/TT-BCA. They are
 * the 63 two-digit province codes of the administrative-unit list (Decision 124/2004/QĐ-TTg) with
 * a leading 0; the numbers between (003, 005, 007, ...) were never assigned. The 2025 merger into
 * 34 provinces changes no number already issued, and the merged provinces carry codes from this
 * same list, so all 63 stay valid.
 */
static const char *const idnum_provinces[97] = {
	[1] = "Hà Nội",		[2] = "Hà Giang",		[4] = "Cao Bằng",
	[6] = "Bắc Kạn",	[8] = "Tuyên Quang",		[10] = "Lào Cai",
	[11] = "Điện Biên",	[12] = "Lai Châu",		[14] = "Sơn La",
	[15] = "Yên Bái",	[17] = "Hòa Bình",		[19] = "Thái Nguyên",
	[20] = "Lạng Sơn",	[22] = "Quảng Ninh",		[24] = "Bắc Giang",
	[25] = "Phú Thọ",	[26] = "Vĩnh Phúc",		[27] = "Bắc Ninh",
	[30] = "Hải Dương",	[31] = "Hải Phòng",		[33] = "Hưng Yên",
	[34] = "Thái Bình",	[35] = "Hà Nam",		[36] = "Nam Định",
	[37] = "Ninh Bình",	[38] = "Thanh Hóa",		[40] = "Nghệ An",
	[42] = "Hà Tĩnh",	[44] = "Quảng Bình",		[45] = "Quảng Trị",
	[46] = "Thừa Thiên Huế", [48] = "Đà Nẵng",		[49] = "Quảng Nam",
	[51] = "Quảng Ngãi",	[52] = "Bình Định",		[54] = "Phú Yên",
	[56] = "Khánh Hòa",	[58] = "Ninh Thuận",		[60] = "Bình Thuận",
	[62] = "Kon Tum",	[64] = "Gia Lai",		[66] = "Đắk Lắk",
	[67] = "Đắk Nông",	[68] = "Lâm Đồng",		[70] = "Bình Phước",
	[72] = "Tây Ninh",	[74] = "Bình Dương",		[75] = "Đồng Nai",
	[77] = "Bà Rịa - Vũng Tàu", [79] = "Hồ Chí Minh",	[80] = "Long An",
	[82] = "Tiền Giang",	[83] = "Bến Tre",		[84] = "Trà Vinh",
	[86] = "Vĩnh Long",	[87] = "Đồng Tháp",		[89] = "An Giang",
	[91] = "Kiên Giang",	[92] = "Cần Thơ",		[93] = "Hậu Giang",
	[94] = "Sóc Trăng",	[95] = "Bạc Liêu",		[96] = "Cà Mau",
};

/* Returns 1 if c is an ASCII digit, else 0 (no <ctype.h>: it depends on the locale and is
 * undefined for negative chars). */
static int
idnum_is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Returns 1 if c is an ASCII letter, else 0. */
static int
idnum_is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Returns 1 if c is a blank ignored around a value (space, tab, CR, LF), else 0. */
static int
idnum_is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Returns 1 if the n bytes at p are all ASCII digits, else 0. */
static int
idnum_all_digits(const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!idnum_is_digit(p[i]))
			return 0;
	return 1;
}

/* Finds the text of s without its surrounding blanks, reading at most IDNUM_INPUT_MAX + 1 bytes.
 * Returns 0 with *text and *n set, 1 if s is NULL or blank, -1 if s is longer than
 * IDNUM_INPUT_MAX bytes. */
static int
idnum_trim(const char *s, const char **text, size_t *n)
{
	size_t len;

	if (s == NULL)
		return 1;
	len = strnlen(s, IDNUM_INPUT_MAX + 1);
	if (len > IDNUM_INPUT_MAX)
		return -1;
	while (len > 0 && idnum_is_blank(*s)) {
		s++;
		len--;
	}
	while (len > 0 && idnum_is_blank(s[len - 1]))
		len--;
	if (len == 0)
		return 1;
	*text = s;
	*n = len;
	return 0;
}

/* Empties the caller's output buffer, if there is one, so that an error leaves "" behind. */
static void
idnum_clear(char *out, size_t outsz)
{
	if (out != NULL && outsz > 0)
		out[0] = '\0';
}

/* Copies the n bytes at src into out as a string; does nothing if out is NULL. Returns IDNUM_OK,
 * or IDNUM_E_INTERNAL (out left empty) if outsz cannot hold them and the NUL. */
static enum idnum_error
idnum_put(char *out, size_t outsz, const char *src, size_t n)
{
	if (out == NULL)
		return IDNUM_OK;
	if (outsz <= n) {
		idnum_clear(out, outsz);
		return IDNUM_E_INTERNAL;
	}
	memcpy(out, src, n);
	out[n] = '\0';
	return IDNUM_OK;
}

/* Returns the form sentence for e, a general one outside the enum; never NULL (see idnum.h). */
const char *
idnum_message(enum idnum_error e)
{
	if ((unsigned)e >= IDNUM_ERROR__MAX || idnum_messages[e] == NULL)
		return "Thông tin không hợp lệ.";
	return idnum_messages[e];
}

/* Returns the name of an assigned province code, or NULL (see idnum.h). */
const char *
idnum_province_name(int code)
{
	if (code < 0 || code >= (int)(sizeof(idnum_provinces) / sizeof(idnum_provinces[0])))
		return NULL;
	return idnum_provinces[code];
}

/* Decodes the 12 digits at d, which are known to be digits, into *out (may be NULL). Returns
 * IDNUM_OK or IDNUM_E_CITIZEN_PROVINCE. */
static enum idnum_error
idnum_citizen_decode(const char *d, struct idnum_citizen *out)
{
	int province, century;

	province = (d[0] - '0') * 100 + (d[1] - '0') * 10 + (d[2] - '0');
	if (idnum_province_name(province) == NULL)
		return IDNUM_E_CITIZEN_PROVINCE;
	if (out == NULL)
		return IDNUM_OK;
	/*
	 * Digit 4, Circular 07/2016/TT-BCA art. 7: century and sex together, even for men and odd
	 * for women: 0/1 the 20th century (1900-1999), 2/3 the 21st, 4/5 the 22nd, 6/7 the 23rd,
	 * 8/9 the 24th (2300-2399). No code stands for the 1800s.
	 */
	century = d[3] - '0';
	memcpy(out->number, d, 12);
	out->number[12] = '\0';
	out->province = province;
	out->sex = century % 2 ? 'F' : 'M';
	out->birth_year = 1900 + 100 * (century / 2) + (d[4] - '0') * 10 + (d[5] - '0');
	return IDNUM_OK;
}

/* Parses a citizen ID into *out, zeroed first. Returns IDNUM_OK or why not (see idnum.h). */
enum idnum_error
idnum_citizen_parse(const char *s, struct idnum_citizen *out)
{
	const char *p = NULL;
	size_t n = 0;
	int rc;

	if (out != NULL)
		memset(out, 0, sizeof(*out));
	rc = idnum_trim(s, &p, &n);
	if (rc == 1)
		return IDNUM_E_EMPTY;
	if (rc < 0 || n != 12 || !idnum_all_digits(p, n))
		return IDNUM_E_CITIZEN_FORMAT;
	return idnum_citizen_decode(p, out);
}

/* Checks a typed birth year and sex against a parsed ID and the current year. Returns IDNUM_OK
 * or the first mismatch (see idnum.h). */
enum idnum_error
idnum_citizen_matches_birth(const struct idnum_citizen *id, int birth_year, char sex,
    int current_year)
{
	if (id == NULL)
		return IDNUM_E_INTERNAL;
	if (sex != 0 && sex != 'M' && sex != 'F')
		return IDNUM_E_SEX_INVALID;
	if (birth_year > current_year)
		return IDNUM_E_BIRTH_FUTURE;
	/* In long long: a year typed as -2147483648 must not overflow the difference. */
	if ((long long)current_year - birth_year > 130)
		return IDNUM_E_BIRTH_TOO_OLD;
	if (id->birth_year != birth_year)
		return IDNUM_E_BIRTH_MISMATCH;
	if (sex != 0 && id->sex != sex)
		return IDNUM_E_SEX_MISMATCH;
	return IDNUM_OK;
}

/* Checks a 10-digit social-insurance number, copied into out. Returns IDNUM_OK or why not. */
enum idnum_error
idnum_insurance_check(const char *s, char *out, size_t outsz)
{
	const char *p = NULL;
	size_t n = 0;
	int rc;

	idnum_clear(out, outsz);
	rc = idnum_trim(s, &p, &n);
	if (rc == 1)
		return IDNUM_E_EMPTY;
	if (rc < 0 || n != 10 || !idnum_all_digits(p, n))
		return IDNUM_E_INSURANCE_FORMAT;
	return idnum_put(out, outsz, p, n);
}

/*
 * The check digit of a tax code, Decision 75/1998/QĐ-TCT (structure N1N2 N3..N9 N10 [-N11N12N13]:
 * province, serial, check digit, branch), as used by the tax authority's own checks:
 *
 *	S   = 31·N1 + 29·N2 + 23·N3 + 19·N4 + 17·N5 + 13·N6 + 7·N7 + 5·N8 + 3·N9
 *	N10 = 10 − (S mod 11)
 *
 * S mod 11 runs over 0..10, so N10 over 10..0: only S mod 11 = 0 gives 10, which is no digit, so
 * nine digits whose S is a multiple of 11 are never issued and no tenth digit makes them valid.
 * (11 cannot come out of this formula; it would out of the "11 − (S mod 11)" variant of other
 * countries, which real codes refute: 0100109106 has S = 114, S mod 11 = 4, N10 = 6.)
 * d holds 10 digits. Returns 1 if N10 is right, else 0.
 */
static int
idnum_tax_check_digit_ok(const char *d)
{
	static const int weights[9] = { 31, 29, 23, 19, 17, 13, 7, 5, 3 };
	int i, sum = 0, check;

	for (i = 0; i < 9; i++)
		sum += weights[i] * (d[i] - '0');
	check = 10 - sum % 11;
	return check <= 9 && d[9] - '0' == check;
}

/* Checks the n bytes at p, already without blanks, as a tax code and writes its normalised form
 * into out. Returns as idnum_tax_check(). */
static enum idnum_error
idnum_tax_text(const char *p, size_t n, char *out, size_t outsz)
{
	char norm[IDNUM_TAX_SIZE];
	const char *branch;
	size_t len;

	if (n == 10 && idnum_all_digits(p, 10))
		branch = NULL;
	else if (n == 13 && idnum_all_digits(p, 13))
		branch = p + 10;
	else if (n == 14 && p[10] == '-' && idnum_all_digits(p, 10) && idnum_all_digits(p + 11, 3))
		branch = p + 11;
	else
		return IDNUM_E_TAX_FORMAT;
	/* The serial N3..N9 runs from 0000001. */
	if (memcmp(p + 2, "0000000", 7) == 0)
		return IDNUM_E_TAX_SERIAL;
	if (!idnum_tax_check_digit_ok(p))
		return IDNUM_E_TAX_CHECK;
	if (branch != NULL && memcmp(branch, "000", 3) == 0)
		return IDNUM_E_TAX_BRANCH;
	memcpy(norm, p, 10);
	len = 10;
	if (branch != NULL) {
		norm[10] = '-';
		memcpy(norm + 11, branch, 3);
		len = 14;
	}
	return idnum_put(out, outsz, norm, len);
}

/* Checks a 10- or 13-digit tax code, normalised into out. Returns IDNUM_OK or why not. */
enum idnum_error
idnum_tax_check(const char *s, char *out, size_t outsz)
{
	const char *p = NULL;
	size_t n = 0;
	int rc;

	idnum_clear(out, outsz);
	rc = idnum_trim(s, &p, &n);
	if (rc == 1)
		return IDNUM_E_EMPTY;
	if (rc < 0)
		return IDNUM_E_TAX_FORMAT;
	return idnum_tax_text(p, n, out, outsz);
}

/* Checks a tax code or, 12 digits long, a citizen ID standing for one; normalised into out.
 * Returns IDNUM_OK or why not (see idnum.h). */
enum idnum_error
idnum_tax_or_citizen(const char *s, char *out, size_t outsz)
{
	const char *p = NULL;
	size_t n = 0;
	enum idnum_error e;
	int rc;

	idnum_clear(out, outsz);
	rc = idnum_trim(s, &p, &n);
	if (rc == 1)
		return IDNUM_E_EMPTY;
	if (rc < 0)
		return IDNUM_E_TAX_OR_CITIZEN_FORMAT;
	if (n == 12 && idnum_all_digits(p, 12)) {
		if ((e = idnum_citizen_decode(p, NULL)) != IDNUM_OK)
			return e;
		return idnum_put(out, outsz, p, 12);
	}
	e = idnum_tax_text(p, n, out, outsz);
	return e == IDNUM_E_TAX_FORMAT ? IDNUM_E_TAX_OR_CITIZEN_FORMAT : e;
}

/* Checks a mobile number in any accepted form, written as 0xxxxxxxxx into out. Returns IDNUM_OK
 * or why not (see idnum.h). */
enum idnum_error
idnum_phone_check(const char *s, char *out, size_t outsz)
{
	char digits[13], national[IDNUM_PHONE_SIZE];
	const char *p = NULL, *rest;
	size_t n = 0, nd = 0, i;
	int rc, plus = 0;

	idnum_clear(out, outsz);
	rc = idnum_trim(s, &p, &n);
	if (rc == 1)
		return IDNUM_E_EMPTY;
	if (rc < 0)
		return IDNUM_E_PHONE_FORMAT;
	i = 0;
	if (p[0] == '+') {
		plus = 1;
		i = 1;
	}
	/* Digits, with spaces, dots and hyphens between them ("0912 345 678", "0912.345.678",
	 * "0912 - 345 - 678"); after the '+' only spaces. Nothing but a digit at the end. */
	if (!idnum_is_digit(p[n - 1]))
		return IDNUM_E_PHONE_FORMAT;
	for (; i < n; i++) {
		if (idnum_is_digit(p[i])) {
			if (nd == sizeof(digits))
				return IDNUM_E_PHONE_FORMAT;
			digits[nd++] = p[i];
		} else if (p[i] == ' ' || ((p[i] == '.' || p[i] == '-') && nd > 0))
			continue;
		else
			return IDNUM_E_PHONE_FORMAT;
	}
	/* The 9 digits after the trunk "0" or the country code 84, or after both ("+84 0912..."). */
	if (!plus && nd == 10 && digits[0] == '0')
		rest = digits + 1;
	else if (nd == 11 && digits[0] == '8' && digits[1] == '4' && digits[2] != '0')
		rest = digits + 2;
	else if (nd == 12 && digits[0] == '8' && digits[1] == '4' && digits[2] == '0')
		rest = digits + 3;
	else
		return IDNUM_E_PHONE_FORMAT;
	if (rest[0] != '3' && rest[0] != '5' && rest[0] != '7' && rest[0] != '8' && rest[0] != '9')
		return IDNUM_E_PHONE_PREFIX;
	national[0] = '0';
	memcpy(national + 1, rest, 9);
	return idnum_put(out, outsz, national, 10);
}

/* Returns 1 if c may appear in the part of an e-mail address before '@' (RFC 5322 atext, and the
 * dot whose placement is checked apart), else 0. */
static int
idnum_email_local_char(char c)
{
	if (idnum_is_alpha(c) || idnum_is_digit(c))
		return 1;
	return c != '\0' && strchr(".!#$%&'*+-/=?^_`{|}~", c) != NULL;
}

/* Checks the n bytes at p as the part of an address before '@'. Returns 1 if good, else 0. */
static int
idnum_email_local_ok(const char *p, size_t n)
{
	size_t i;

	if (n == 0 || n > 64 || p[0] == '.' || p[n - 1] == '.')
		return 0;
	for (i = 0; i < n; i++) {
		if (!idnum_email_local_char(p[i]))
			return 0;
		if (p[i] == '.' && p[i + 1] == '.')
			return 0;	/* p[i + 1] exists: the last byte is no dot */
	}
	return 1;
}

/* Checks the n bytes at p as the domain of an address: two or more labels of 1-63 letters,
 * digits and inner hyphens, the last not all digits. Returns 1 if good, else 0. */
static int
idnum_email_domain_ok(const char *p, size_t n)
{
	size_t i, start = 0, labels = 0;

	for (i = 0; i <= n; i++) {
		size_t len;

		if (i < n && p[i] != '.') {
			if (!idnum_is_alpha(p[i]) && !idnum_is_digit(p[i]) && p[i] != '-')
				return 0;
			continue;
		}
		/* A label ends at p[i]: a dot or the end. */
		len = i - start;
		if (len == 0 || len > 63 || p[start] == '-' || p[i - 1] == '-')
			return 0;
		labels++;
		if (i == n && idnum_all_digits(p + start, len))
			return 0;
		start = i + 1;
	}
	return labels >= 2;
}

/* Checks an e-mail address, written with its domain lower-cased into out. Returns IDNUM_OK or
 * why not (see idnum.h). */
enum idnum_error
idnum_email_check(const char *s, char *out, size_t outsz)
{
	char addr[IDNUM_EMAIL_SIZE];
	const char *p = NULL, *at;
	size_t n = 0, local, i;
	int rc;

	idnum_clear(out, outsz);
	rc = idnum_trim(s, &p, &n);
	if (rc == 1)
		return IDNUM_E_EMPTY;
	if (rc < 0 || n > IDNUM_EMAIL_SIZE - 1)
		return IDNUM_E_EMAIL_LENGTH;
	at = memchr(p, '@', n);
	if (at == NULL || memchr(at + 1, '@', n - (size_t)(at - p) - 1) != NULL)
		return IDNUM_E_EMAIL_AT;
	local = (size_t)(at - p);
	if (!idnum_email_local_ok(p, local))
		return IDNUM_E_EMAIL_LOCAL;
	if (!idnum_email_domain_ok(at + 1, n - local - 1))
		return IDNUM_E_EMAIL_DOMAIN;
	/* The domain is case-insensitive, the local part in principle not: only the domain is folded. */
	memcpy(addr, p, n);
	for (i = local + 1; i < n; i++)
		if (addr[i] >= 'A' && addr[i] <= 'Z')
			addr[i] += 'a' - 'A';
	return idnum_put(out, outsz, addr, n);
}
