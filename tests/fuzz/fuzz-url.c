/* fuzz-url: percent-encoding and form decoding, the YYYY-MM-DD dates of forms and the working
 * days counted from them, and amounts of đồng in figures and in words, on any bytes. */
#include "config.h"

#include "fuzz.h"

#include "money.h"
#include "url.h"
#include "utf8.h"
#include "workdays.h"

/* Returns 1 when c is a hex digit, else 0. */
static int
fuzz_hex(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Encoding keeps RFC 3986's unreserved characters, writes every other byte as %XX, and decodes
 * back to the same text. Decoding refuses exactly the cut or bad escapes, and what it decodes
 * encodes and decodes again to itself. */
static void
fuzz_url(const char *s, size_t n, const char *name, const char *value)
{
	struct buf enc = BUF_INIT, dec = BUF_INIT, again = BUF_INIT, q = BUF_INIT;
	size_t i;
	int bad = 0, rc;

	url_encode(s, &enc);
	for (i = 0; i < enc.len; i++) {
		char c = enc.data[i];

		if (c == '%') {
			FUZZ_ASSERT(i + 2 < enc.len && fuzz_hex(enc.data[i + 1]) &&
			    fuzz_hex(enc.data[i + 2]));
			i += 2;
		} else
			FUZZ_ASSERT(strchr("-._~", c) || (c >= 'A' && c <= 'Z') ||
			    (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
	}
	FUZZ_ASSERT(url_form_decode(buf_str(&enc), enc.len, &dec) == 0);
	FUZZ_ASSERT(strcmp(buf_str(&dec), s) == 0 && dec.len == strlen(s));

	for (i = 0; i < n; i++)
		if (s[i] == '%') {
			if (i + 2 >= n || !fuzz_hex(s[i + 1]) || !fuzz_hex(s[i + 2])) {
				bad = 1;
				break;
			}
			i += 2;
		}
	buf_reset(&dec);
	rc = url_form_decode(s, n, &dec);
	FUZZ_ASSERT(rc == (bad ? -1 : 0));
	FUZZ_ASSERT(dec.len <= n);
	if (rc == 0 && strlen(buf_str(&dec)) == dec.len) {
		buf_reset(&enc);
		url_encode(buf_str(&dec), &enc);
		FUZZ_ASSERT(url_form_decode(buf_str(&enc), enc.len, &again) == 0);
		FUZZ_ASSERT(strcmp(buf_str(&again), buf_str(&dec)) == 0);
	}

	/* A query parameter: nothing for an empty value; else name=value, after a '&'. */
	buf_puts(&q, "a=1");
	url_query_add(&q, name, value);
	if (value[0] == '\0')
		FUZZ_ASSERT(q.len == 3);
	else {
		buf_reset(&enc);
		buf_puts(&enc, "a=1&");
		url_encode(name, &enc);
		buf_putc(&enc, '=');
		url_encode(value, &enc);
		FUZZ_ASSERT(strcmp(buf_str(&q), buf_str(&enc)) == 0);
	}
	buf_free(&enc);
	buf_free(&dec);
	buf_free(&again);
	buf_free(&q);
}

/* Returns 1 when the day is neither a Saturday, a Sunday nor one of the holidays, else 0. */
static int
fuzz_working(long day, const long *holidays, size_t n)
{
	long wd = ((day % 7) + 7) % 7;		/* 0: Thursday 1970-01-01 */
	size_t i;

	if (wd == 2 || wd == 3)
		return 0;
	for (i = 0; i < n; i++)
		if (holidays[i] == day)
			return 0;
	return 1;
}

/* A date a form sends: it reads back as the same text, and the working days counted from it
 * end on a working day that is that many working days on. */
static void
fuzz_date(const char *s, const uint8_t *data, size_t size)
{
	long day = workdays_parse(s), end, holidays[16];
	size_t nholidays = 0, i;
	char again[11];
	int n;

	if (day == WORKDAYS_INVALID)
		return;
	workdays_format(day, again);
	FUZZ_ASSERT(strcmp(again, s) == 0);
	FUZZ_ASSERT(workdays_parse(again) == day);
	/* Holidays on the days after it that the input's bytes say, in order; a time limit of up
	 * to 255 working days. */
	for (i = 0; i < size && nholidays < 16; i++)
		if (nholidays == 0 || day + data[i] % 64 > holidays[nholidays - 1])
			holidays[nholidays++] = day + data[i] % 64;
	n = size > 0 ? data[size - 1] : 0;
	end = workdays_add(day, n, holidays, nholidays);
	FUZZ_ASSERT(end >= day && (n == 0 ? end == day : fuzz_working(end, holidays, nholidays)));
	/* n working days and the holidays among them are n + nholidays weekdays to cross at most,
	 * each week of five with its weekend. */
	FUZZ_ASSERT(end - day <= ((long)n + (long)nholidays) * 7 / 5 + 3);
	FUZZ_ASSERT(workdays_between(day, end, holidays, nholidays) == n);
	FUZZ_ASSERT(workdays_between(end, day, holidays, nholidays) == 0);
	workdays_format(end, again);
	FUZZ_ASSERT(again[0] == '\0' || workdays_parse(again) == end);
}

/* The value of the word at *s among words (their index), advancing past it and a space; -1 when
 * no word of the list is there. */
static int
fuzz_word(const char **s, const char *const *words, size_t nwords)
{
	size_t i, len;

	for (i = 0; i < nwords; i++) {
		len = strlen(words[i]);
		if (strncmp(*s, words[i], len) == 0 && ((*s)[len] == ' ' || (*s)[len] == '\0')) {
			*s += len + ((*s)[len] == ' ');
			return (int)i;
		}
	}
	return -1;
}

/* Reads an amount in words back as a listener would: groups of hundreds, tens and units, each
 * times the scales after it (nghìn 10^3, triệu 10^6, tỷ 10^9; "nghìn tỷ" is 10^12), then đồng.
 * Returns 0 with the amount in *out, or -1 when the words do not read as one. */
static int
fuzz_read_amount(const char *s, unsigned long long *out)
{
	static const char *const digits[] = { "không", "một", "hai", "ba", "bốn", "năm", "sáu",
	    "bảy", "tám", "chín", "mốt", "lăm" };
	static const char *const others[] = { "trăm", "mươi", "mười", "linh", "nghìn", "triệu",
	    "tỷ", "đồng" };
	static const unsigned long long scales[] = { 1000ULL, 1000000ULL, 1000000000ULL };
	unsigned long long total = 0, group = 0, scale;
	int digit = -1, w;

	for (;;) {
		if ((w = fuzz_word(&s, digits, 12)) >= 0) {
			if (digit >= 0)
				return -1;
			digit = w == 10 ? 1 : w == 11 ? 5 : w;
			continue;
		}
		if ((w = fuzz_word(&s, others, 8)) < 0)
			return -1;
		switch (w) {
		case 0:				/* trăm */
			if (digit < 0)
				return -1;
			group += 100ULL * (unsigned)digit;
			digit = -1;
			break;
		case 1:				/* mươi */
			if (digit < 2)
				return -1;
			group += 10ULL * (unsigned)digit;
			digit = -1;
			break;
		case 2:				/* mười */
			if (digit >= 0)
				return -1;
			group += 10;
			break;
		case 3:				/* linh */
			if (digit >= 0)
				return -1;
			break;
		case 7:				/* đồng */
			total += group + (digit > 0 ? (unsigned)digit : 0);
			*out = total;
			return *s == '\0' ? 0 : -1;
		default:			/* a scale, or two: "nghìn tỷ" */
			group += digit > 0 ? (unsigned)digit : 0;
			digit = -1;
			scale = scales[w - 4];
			while ((w = fuzz_word(&s, others + 4, 3)) >= 0)
				scale *= scales[w];
			total += group * scale;
			group = 0;
			break;
		}
	}
}

/* An amount: in figures, digits with a dot before each group of three from the right; in words,
 * a capital first, "đồng" last, and read back as the same amount. */
static void
fuzz_money(unsigned long long n)
{
	struct buf figures = BUF_INIT, words = BUF_INIT, digits = BUF_INIT;
	unsigned long long back = 0;
	size_t i, from_right;
	char *lower;

	money_figures(n, &figures);
	for (i = 0; i < figures.len; i++) {
		from_right = figures.len - i;
		if (from_right % 4 == 0)
			FUZZ_ASSERT(figures.data[i] == '.' && i > 0);
		else {
			FUZZ_ASSERT(figures.data[i] >= '0' && figures.data[i] <= '9');
			buf_putc(&digits, figures.data[i]);
		}
	}
	FUZZ_ASSERT(strtoull(buf_str(&digits), NULL, 10) == n);
	FUZZ_ASSERT(digits.len == 1 || digits.data[0] != '0');

	money_words(n, &words);
	FUZZ_ASSERT(utf8_valid(buf_str(&words), words.len));
	FUZZ_ASSERT(words.data[0] >= 'A' && words.data[0] <= 'Z');
	FUZZ_ASSERT(words.len > strlen(" đồng") &&
	    strcmp(words.data + words.len - strlen(" đồng"), " đồng") == 0);
	lower = xstrdup(buf_str(&words));
	lower[0] = (char)(lower[0] - 'A' + 'a');
	FUZZ_ASSERT(fuzz_read_amount(lower, &back) == 0);
	FUZZ_ASSERT(back == n);
	free(lower);
	buf_free(&figures);
	buf_free(&words);
	buf_free(&digits);
}

/* libFuzzer's entry: the input as text to encode and decode, as a date and as amounts. Returns
 * 0; a broken invariant aborts. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_cstr(data, size), *parts[2];
	unsigned long long amount = 0;
	size_t i;

	fuzz_split(data, size, parts, 2);
	fuzz_url(s, size, parts[0], parts[1]);
	fuzz_date(s, data, size);
	/* The first eight bytes as an amount; the input's length as a small one. */
	for (i = 0; i < 8 && i < size; i++)
		amount = amount << 8 | data[i];
	fuzz_money(amount);
	fuzz_money(size);
	fuzz_free_parts(parts, 2);
	free(s);
	return 0;
}
