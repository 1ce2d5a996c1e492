/* passwd: scrypt password hashes stored with their parameters, verification, strength rules. */
#ifndef CONG_PASSWD_H
#define CONG_PASSWD_H

#include "buf.h"

/* Longest password taken, in bytes: past it passwd_hash refuses, passwd_verify says no match and
 * passwd_check_strength gives its reason. Bounds the work an anonymous form can ask for. */
#define PASSWD_MAX_BYTES 1024

/* Shortest password passwd_check_strength accepts, in characters (not bytes). */
#define PASSWD_MIN_CHARS 10

/* scrypt cost: N = 2^log2_n iterations, block size r, parallelism p. One hash uses 128·r·N bytes
 * and time in proportion to N·r·p. */
struct passwd_params {
	unsigned log2_n;
	unsigned r;
	unsigned p;
};

/* The parameters new hashes are made with, chosen by measurement (see passwd.c). */
struct passwd_params passwd_default_params(void);

/* Appends to out the stored form of password, with a new 16-byte random salt:
 * "$scrypt$ln=<log2 N>,r=<r>,p=<p>$<salt>$<hash>", salt and 32-byte hash in base64 without padding.
 * params NULL means passwd_default_params(). Returns 0, or -1 with out left as it was when the
 * password is longer than PASSWD_MAX_BYTES, the parameters are out of bounds (log2_n 1..24,
 * r 1..32, p 1..16, 128·r·N at most 256 MiB) or OpenSSL fails; each is logged. */
int passwd_hash(const char *password, const struct passwd_params *params, struct buf *out);

/* Checks password against a stored form made by passwd_hash, in constant time over the hash.
 * Returns 1 on a match; 0 on no match, on a password longer than PASSWD_MAX_BYTES (it cannot have
 * been stored), and on a stored string that is NULL, malformed or has out-of-bounds parameters
 * (not logged: an account without a password may store anything that is not a hash); -1 when
 * OpenSSL fails (logged). A login treats 0 and -1 alike but reports -1 as a server error. */
int passwd_verify(const char *password, const char *stored);

/* Returns 1 if stored was made with a lower log2_n, r or p than current (NULL: the defaults), a
 * shorter salt or hash, or cannot be read; 0 if it is as strong. Call after a successful verify,
 * and store passwd_hash() of the password just typed when it says 1. */
int passwd_needs_rehash(const char *stored, const struct passwd_params *current);

/* Does the work of passwd_verify against a hash with the default parameters and throws the result
 * away, so that a login for an unknown account takes as long as a wrong password for a known
 * one. */
void passwd_verify_dummy(const char *password);

/* Checks a new password against the rules of the portal: valid UTF-8, at most PASSWD_MAX_BYTES, at
 * least PASSWD_MIN_CHARS characters, not one character repeated, not in the built-in list of the
 * most common passwords, and neither equal to, containing nor contained in any of personal (a
 * NULL-terminated list, e.g. citizen ID, phone number, local part of the e-mail address; NULL or
 * empty strings are skipped; strings under 4 characters are only compared whole). The list and
 * personal strings are compared case-, mark- and space-insensitively: "Mật Khẩu 123" is
 * "matkhau123". Returns 1 if acceptable, with *reason NULL; 0 if not, with *reason a static
 * Vietnamese sentence for the form. reason may be NULL. */
int passwd_check_strength(const char *password, const char *const *personal, const char **reason);

#endif
