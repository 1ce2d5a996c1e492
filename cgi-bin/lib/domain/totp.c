/* totp: one-time codes (RFC 6238 TOTP over RFC 4226 HOTP), secrets, URIs, recovery codes. */
#include "config.h"

#include "totp.h"

#include <stdio.h>
#include <string.h>

#include <openssl/crypto.h>

#include "crypto.h"
#include "fmt.h"
#include "log.h"
#include "url.h"

/* Letters and digits of recovery codes: no 0/o, 1/i/l, which are misread when copied by hand. */
static const char totp_recovery_alphabet[] = "23456789abcdefghjkmnpqrstuvwxyz";

/* HOTP (RFC 4226 §5.3): HMAC of the counter as 8 big-endian bytes, dynamic truncation to 31 bits at
 * the offset given by the low 4 bits of the last byte, then the low decimal digits. 0, or -1. */
int
totp_code(const unsigned char *key, size_t keylen, uint64_t counter, unsigned digits,
    const char *algorithm, char *out, size_t outsize)
{
	static const uint32_t pow10[] = { 1, 10, 100, 1000, 10000, 100000, 1000000, 10000000,
	    100000000 };
	unsigned char msg[8], mac[CRYPTO_HMAC_MAX];
	size_t maclen, off;
	uint32_t bin;
	int i, rc = -1;

	if (out && outsize)
		out[0] = '\0';
	if (key == NULL || keylen == 0 || digits < 6 || digits > 8 || out == NULL ||
	    outsize <= digits) {
		log_err("totp: bad arguments to totp_code");
		return -1;
	}
	for (i = 7; i >= 0; i--) {
		msg[i] = (unsigned char)(counter & 0xFF);
		counter >>= 8;
	}
	if (crypto_hmac(algorithm ? algorithm : "SHA1", key, keylen, msg, sizeof(msg), mac,
	    &maclen) == -1)
		goto out;
	off = mac[maclen - 1] & 0x0F;
	bin = ((uint32_t)(mac[off] & 0x7F) << 24) | ((uint32_t)mac[off + 1] << 16) |
	    ((uint32_t)mac[off + 2] << 8) | (uint32_t)mac[off + 3];
	if (fmt_into(out, outsize, "%0*u", (int)digits, (unsigned)(bin % pow10[digits])) == -1)
		goto out;
	rc = 0;
out:
	OPENSSL_cleanse(mac, sizeof(mac));
	return rc;
}

/* Checks a code against every counter of the window after last_counter (see totp.h). 1, 0 or -1. */
int
totp_verify(const unsigned char *key, size_t keylen, const char *code, time_t now,
    unsigned step, unsigned window, uint64_t last_counter, uint64_t *matched_counter)
{
	char typed[TOTP_DIGITS], want[TOTP_DIGITS + 1];
	uint64_t t, c, first, last;
	size_t n = 0;
	int found = 0, rc = 0;
	const char *p;

	if (now < 0 || step == 0 || window > TOTP_MAX_WINDOW) {
		log_err("totp: bad arguments to totp_verify");
		return -1;
	}
	for (p = code ? code : ""; *p; p++) {
		if (*p == ' ')
			continue;
		if (*p < '0' || *p > '9' || n == TOTP_DIGITS)
			return 0;
		typed[n++] = *p;
	}
	if (n != TOTP_DIGITS)
		return 0;

	t = (uint64_t)now / step;
	first = t >= window ? t - window : 0;
	last = t + window;
	for (c = first; c <= last; c++) {
		if (totp_code(key, keylen, c, TOTP_DIGITS, "SHA1", want, sizeof(want)) == -1) {
			rc = -1;
			goto out;
		}
		/* The latest matching counter wins, so that the stored one is never behind a code
		 * already accepted. */
		if (crypto_equal(typed, want, TOTP_DIGITS) && c > last_counter) {
			*matched_counter = c;
			found = 1;
		}
	}
	rc = found;
out:
	OPENSSL_cleanse(want, sizeof(want));
	OPENSSL_cleanse(typed, sizeof(typed));
	return rc;
}

/* 20 random bytes in base32, appended to base32_out. 0, or -1. */
int
totp_new_secret(struct buf *base32_out)
{
	unsigned char raw[TOTP_SECRET_BYTES];

	if (crypto_random(raw, sizeof(raw)) == -1)
		return -1;
	crypto_base32_encode(raw, sizeof(raw), base32_out);
	OPENSSL_cleanse(raw, sizeof(raw));
	return 0;
}

/* The otpauth URI of Google Authenticator's key-URI format, which the other apps read too. */
void
totp_uri(const char *issuer, const char *account, const char *base32_secret, struct buf *out)
{
	buf_puts(out, "otpauth://totp/");
	if (issuer && *issuer) {
		url_encode(issuer, out);
		buf_putc(out, ':');
	}
	url_encode(account ? account : "", out);
	buf_puts(out, "?secret=");
	url_encode(base32_secret, out);
	if (issuer && *issuer) {
		buf_puts(out, "&issuer=");
		url_encode(issuer, out);
	}
	buf_printf(out, "&algorithm=SHA1&digits=%d&period=%d", TOTP_DIGITS, TOTP_STEP);
}

/* n codes of 8 characters as "xxxx-xxxx\n", drawn without modulo bias: a random byte is used only
 * below the largest multiple of the alphabet's size. 0, or -1 with out left as it was. */
int
totp_recovery_codes(size_t n, struct buf *out)
{
	const size_t size = sizeof(totp_recovery_alphabet) - 1;
	const unsigned limit = 256 - 256 % size;
	unsigned char pool[64];
	size_t start = out->len, used = sizeof(pool), i, k;
	int rc = -1;

	for (i = 0; i < n; i++) {
		for (k = 0; k < 8; ) {
			if (used == sizeof(pool)) {
				if (crypto_random(pool, sizeof(pool)) == -1)
					goto out;
				used = 0;
			}
			if (pool[used] < limit) {
				buf_putc(out, totp_recovery_alphabet[pool[used] % size]);
				if (++k == 4)
					buf_putc(out, '-');
			}
			used++;
		}
		buf_putc(out, '\n');
	}
	rc = 0;
out:
	OPENSSL_cleanse(pool, sizeof(pool));
	if (rc == -1 && out->data) {
		out->len = start;
		out->data[start] = '\0';
	}
	return rc;
}
