/* totp: one-time codes (RFC 6238 TOTP over RFC 4226 HOTP), secrets, URIs, recovery codes. */
#ifndef CONG_TOTP_H
#define CONG_TOTP_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "buf.h"

/* What the portal issues and totp_verify checks: what every authenticator app does by default. */
#define TOTP_DIGITS 6
#define TOTP_STEP 30
#define TOTP_SECRET_BYTES 20

/* Widest window totp_verify takes, in steps either side of now. */
#define TOTP_MAX_WINDOW 10

/* Writes to out (outsize bytes, more than digits) the HOTP value of key at counter: digits (6 to 8)
 * decimal digits and a NUL. algorithm is "SHA1" (also when NULL), "SHA256" or "SHA512", in any
 * case. For TOTP, counter is the Unix time divided by the step. Returns 0, or -1 (out "" if it has
 * room) on bad arguments or an OpenSSL failure (logged). */
int totp_code(const unsigned char *key, size_t keylen, uint64_t counter, unsigned digits,
    const char *algorithm, char *out, size_t outsize);

/* Checks a code typed by the user (TOTP_DIGITS digits, HMAC-SHA1; spaces in it are ignored)
 * against the counters of time now with steps of step seconds, window steps either side, and
 * only those after last_counter, the counter of the last code accepted for this key (0 if none),
 * so that a code used once, or an older one, is refused. Every counter of the window is computed
 * and compared in constant time, whatever matched. Returns 1 and sets *matched_counter (which the
 * caller stores as the next last_counter) on a match; 0 on no match or a code that is not
 * TOTP_DIGITS digits; -1 on a time before 1970, step 0, a window over TOTP_MAX_WINDOW or an
 * OpenSSL failure (logged). */
int totp_verify(const unsigned char *key, size_t keylen, const char *code, time_t now,
    unsigned step, unsigned window, uint64_t last_counter, uint64_t *matched_counter);

/* Appends to base32_out a new secret: TOTP_SECRET_BYTES random bytes (160 bits, as RFC 4226
 * recommends) in base32, 32 characters. Returns 0, or -1 (logged) with base32_out left as it
 * was. */
int totp_new_secret(struct buf *base32_out);

/* Appends to out the otpauth:// URI an authenticator app reads from a QR code:
 * otpauth://totp/Issuer:account?secret=...&issuer=...&algorithm=SHA1&digits=6&period=30, with
 * issuer and account (UTF-8, Vietnamese included) percent-encoded. */
void totp_uri(const char *issuer, const char *account, const char *base32_secret, struct buf *out);

/* Appends to out n new recovery codes, one per line ("k7f3-9qpx\n"), each 8 characters from an
 * alphabet without look-alikes (no 0 o 1 i l), about 40 bits each. Store only their hashes.
 * Returns 0, or -1 (logged) with out left as it was. */
int totp_recovery_codes(size_t n, struct buf *out);

#endif
