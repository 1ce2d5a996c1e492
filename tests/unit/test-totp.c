/* Unit tests of totp: if these broke, the codes of a citizen's authenticator app would be refused,
 * a code seen over a shoulder could be used twice, or the QR code would name the portal wrongly. */
#include "config.h"

#include <stdlib.h>

#include "buf.h"
#include "crypto.h"
#include "tap.h"
#include "totp.h"

/* The seeds of RFC 6238 Appendix B, one per digest. */
static const char seed1[] = "12345678901234567890";
static const char seed256[] = "12345678901234567890123456789012";
static const char seed512[] = "1234567890123456789012345678901234567890123456789012345678901234";

/* RFC 6238 Appendix B: time, and the 8-digit codes for SHA1, SHA256 and SHA512. */
static const struct {
	int64_t time;
	const char *sha1, *sha256, *sha512;
} rfc6238[] = {
	{ 59LL,          "94287082", "46119246", "90693936" },
	{ 1111111109LL,  "07081804", "68084774", "25091201" },
	{ 1111111111LL,  "14050471", "67062674", "99943326" },
	{ 1234567890LL,  "89005924", "91819424", "93441116" },
	{ 2000000000LL,  "69279037", "90698825", "38618901" },
	{ 20000000000LL, "65353130", "77737706", "47863826" },
};

/* RFC 4226 Appendix D: HOTP values for counters 0 to 9 with seed1. */
static const char *const rfc4226[] = {
	"755224", "287082", "359152", "969429", "338314",
	"254676", "287922", "162583", "399871", "520489",
};

/* Returns the code of seed at counter with the given digits and digest, in a static buffer. */
static const char *
code(const char *seed, uint64_t counter, unsigned digits, const char *algorithm)
{
	static char out[16];

	if (totp_code((const unsigned char *)seed, strlen(seed), counter, digits, algorithm, out,
	    sizeof(out)) == -1)
		return "(error)";
	return out;
}

/* totp_verify with seed1 and a 30-second step. */
static int
verify(const char *typed, time_t now, unsigned window, uint64_t last, uint64_t *matched)
{
	return totp_verify((const unsigned char *)seed1, strlen(seed1), typed, now, 30, window,
	    last, matched);
}

int
main(void)
{
	struct buf b = BUF_INIT, raw = BUF_INIT;
	uint64_t matched;
	char out[16], one[10];
	const char *p, *line;
	size_t i, lines;
	int good;

	for (i = 0; i < sizeof(rfc6238) / sizeof(rfc6238[0]); i++) {
		uint64_t t = (uint64_t)rfc6238[i].time / 30;

		is_str(code(seed1, t, 8, "SHA1"), rfc6238[i].sha1, "RFC 6238 SHA1 at %lld",
		    (long long)rfc6238[i].time);
		is_str(code(seed256, t, 8, "SHA256"), rfc6238[i].sha256, "RFC 6238 SHA256 at %lld",
		    (long long)rfc6238[i].time);
		is_str(code(seed512, t, 8, "SHA512"), rfc6238[i].sha512, "RFC 6238 SHA512 at %lld",
		    (long long)rfc6238[i].time);
	}
	for (i = 0; i < sizeof(rfc4226) / sizeof(rfc4226[0]); i++)
		is_str(code(seed1, i, 6, NULL), rfc4226[i],
		    "RFC 4226 HOTP at counter %zu (SHA1 by default)", i);
	is_str(code(seed1, 1, 6, "sha1"), "287082", "digest names are taken in any case");

	ok(totp_code((const unsigned char *)seed1, 20, 1, 5, "SHA1", out, sizeof(out)) == -1,
	    "fewer than 6 digits are refused");
	ok(totp_code((const unsigned char *)seed1, 20, 1, 9, "SHA1", out, sizeof(out)) == -1,
	    "more than 8 digits are refused");
	ok(totp_code((const unsigned char *)seed1, 20, 1, 6,
	    "SHA1", out, 6) == -1 && out[0] == '\0',
	    "an output with no room for the NUL is refused");
	ok(totp_code((const unsigned char *)seed1, 20, 1, 6, "MD5", out, sizeof(out)) == -1,
	    "MD5 is refused");
	ok(totp_code((const unsigned char *)seed1, 0, 1, 6, "SHA1", out, sizeof(out)) == -1,
	    "an empty key is refused");

	/* Time 59 is counter 1, whose code is 287082; counter 2's is 359152, counter 3's 969429. */
	matched = 0;
	ok(verify("287082", 59, 1, 0, &matched) == 1 && matched == 1,
	    "the current code is accepted");
	ok(verify("287082", 59, 1, 1, &matched) == 0, "the same code cannot be used twice");
	matched = 0;
	ok(verify("287082", 89, 1, 0, &matched) == 1 && matched == 1,
	    "the code of the step before is accepted with a window of 1");
	ok(verify("287082", 89, 0, 0, &matched) == 0, "but not with a window of 0");
	ok(verify("287082", 119, 1, 0, &matched) == 0,
	    "a code two steps old is refused with a window of 1");
	ok(verify("969429", 59, 1, 0, &matched) == 0,
	    "a code two steps ahead is refused with a window of 1");
	matched = 0;
	ok(verify("969429", 59, 2, 0, &matched) == 1 && matched == 3,
	    "and accepted with a window of 2");
	ok(verify("287082", 89, 1, 2, &matched) == 0,
	    "an older code is refused once a newer one has been used");
	matched = 0;
	ok(verify("359152", 89, 1, 1, &matched) == 1 && matched == 2,
	    "the next step's code is accepted after the last one");
	matched = 0;
	ok(verify(" 287 082 ", 59, 1, 0, &matched) == 1 && matched == 1,
	    "spaces in a typed code are ignored");
	ok(verify("287083", 59, 1, 0, &matched) == 0, "a wrong code is refused");
	ok(verify("28708", 59, 1, 0, &matched) == 0, "a code too short is refused");
	ok(verify("2870820", 59, 1, 0, &matched) == 0, "a code too long is refused");
	ok(verify("94287082", 59, 1, 0, &matched) == 0, "an 8-digit code is refused");
	ok(verify("28708x", 59, 1, 0, &matched) == 0, "a code with a letter is refused");
	ok(verify("", 59, 1, 0, &matched) == 0 && verify(NULL, 59, 1, 0, &matched) == 0,
	    "an empty or missing code is refused");
	ok(totp_verify((const unsigned char *)seed1, 20, "287082", 59, 0, 1, 0, &matched) == -1,
	    "a step of 0 is an error");
	ok(verify("287082", 59, TOTP_MAX_WINDOW + 1, 0, &matched) == -1,
	    "a window too wide is an error");
	ok(verify("287082", -1, 1, 0, &matched) == -1, "a time before 1970 is an error");
	ok(verify(code(seed1, 1234567890 / 30, 6, "SHA1"), 1234567890, 1, 0, &matched) == 1 &&
	    matched == 1234567890 / 30, "a code at a time of today is accepted");

	/* Secrets. */
	ok(totp_new_secret(&b) == 0 && b.len == 32, "a new secret is 32 base32 characters");
	ok(crypto_base32_decode(b.data, b.len, &raw) == 0 && raw.len == 20, "that is 160 bits");
	ok(strspn(buf_str(&b), "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") == 32, "in upper-case base32");
	buf_reset(&raw);
	ok(totp_new_secret(&raw) == 0 && strcmp(buf_str(&raw), buf_str(&b)) != 0,
	    "two secrets differ");

	/* URIs. */
	buf_reset(&b);
	totp_uri("Cổng Dịch vụ công", "nguyen.van.an@example.vn", "JBSWY3DPEHPK3PXP", &b);
	is_str(buf_str(&b),
	    "otpauth://totp/C%E1%BB%95ng%20D%E1%BB%8Bch%20v%E1%BB%A5%20c%C3%B4ng"
	    ":nguyen.van.an%40example.vn"
	    "?secret=JBSWY3DPEHPK3PXP&issuer=C%E1%BB%95ng%20D%E1%BB%8Bch%20v%E1%BB%A5%20c%C3%B4ng"
	    "&algorithm=SHA1&digits=6&period=30",
	    "the URI names the Vietnamese issuer percent-encoded in the label and the parameter");
	buf_reset(&b);
	totp_uri("Cổng", "Nguyễn Văn An: 0912 345 678", "JBSWY3DPEHPK3PXP", &b);
	is_str(buf_str(&b),
	    "otpauth://totp/C%E1%BB%95ng:Nguy%E1%BB%85n%20V%C4%83n%20An%3A%200912%20345%20678"
	    "?secret=JBSWY3DPEHPK3PXP&issuer=C%E1%BB%95ng&algorithm=SHA1&digits=6&period=30",
	    "a colon in the account is encoded, so it cannot split the label");
	buf_reset(&b);
	totp_uri(NULL, "an", "JBSWY3DPEHPK3PXP", &b);
	is_str(buf_str(&b),
	    "otpauth://totp/an?secret=JBSWY3DPEHPK3PXP&algorithm=SHA1&digits=6&period=30",
	    "without an issuer the label is the account alone");

	/* Recovery codes. */
	buf_reset(&b);
	ok(totp_recovery_codes(10, &b) == 0, "ten recovery codes are made");
	good = 1;
	lines = 0;
	for (line = buf_str(&b); *line; line = p + 1) {
		if ((p = strchr(line, '\n')) == NULL) {
			good = 0;
			break;
		}
		lines++;
		good &= p - line == 9 && line[4] == '-' &&
		    strspn(line, "23456789abcdefghjkmnpqrstuvwxyz") == 4 &&
		    strspn(line + 5, "23456789abcdefghjkmnpqrstuvwxyz") == 4;
		if (p - line == 9) {
			memcpy(one, line, 9);
			one[9] = '\0';
			good &= strstr(p + 1, one) == NULL;	/* not repeated further down */
		}
	}
	ok(good && lines == 10, "one per line, like k7f3-9qpx, no look-alikes, all different");
	buf_reset(&b);
	ok(totp_recovery_codes(0, &b) == 0 && b.len == 0, "none asked, none made");

	buf_free(&b);
	buf_free(&raw);
	return done_testing();
}
