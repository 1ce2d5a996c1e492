/* crypto: random bytes and tokens, SHA-256, HMAC, constant-time compare, base64/32 (OpenSSL 3). */
#ifndef CONG_CRYPTO_H
#define CONG_CRYPTO_H

#include <stddef.h>

#include "buf.h"

/* Characters of a token from crypto_token, with its NUL: 256 bits in base64url, unpadded. */
#define CRYPTO_TOKEN_SIZE 44

/* Bytes of a SHA-256 digest and of its hex form with the NUL. */
#define CRYPTO_SHA256_SIZE 32
#define CRYPTO_SHA256_HEX_SIZE 65

/* Largest digest crypto_hmac writes (SHA-512). */
#define CRYPTO_HMAC_MAX 64

/* Logs "what: <OpenSSL's reason>" as an error and empties OpenSSL's error queue, so that the next
 * failure in this process is reported with its own reason. For the modules built on this one. */
void crypto_log_error(const char *what);

/* Fills buf with n bytes from OpenSSL's CSPRNG (reseeded on its own after a fork). Returns 0, or
 * -1 after logging when OpenSSL cannot give random bytes; buf is then not to be used. */
int crypto_random(void *buf, size_t n);

/* Writes to out a new random token: 32 random bytes as 43 base64url characters and a NUL, fit for
 * session identifiers, CSRF tokens and reset links. Returns 0, or -1 (logged; out is then ""). */
int crypto_token(char out[CRYPTO_TOKEN_SIZE]);

/* 1 when token could be one crypto_token made (43 base64url characters), else 0: a token from a
 * cookie or a link that cannot be ours is not looked up at all. */
int crypto_token_plausible(const char *token);

/* Writes to out the SHA-256 of the n bytes at data as 64 lower-case hex digits and a NUL. Returns
 * 0, or -1 (logged; out is then ""). */
int crypto_sha256_hex(const void *data, size_t n, char out[CRYPTO_SHA256_HEX_SIZE]);

/* Compares n bytes at a and b in a time that depends on n only. Returns 1 if equal, else 0. */
int crypto_equal(const void *a, const void *b, size_t n);

/* HMAC with the digest named "SHA1", "SHA256" or "SHA512" (any other name is refused) of the n
 * bytes at data under key; writes the MAC to out, which has room for CRYPTO_HMAC_MAX bytes, and its
 * length to *outlen. Returns 0, or -1 (logged). */
int crypto_hmac(const char *digest, const void *key, size_t keylen, const void *data, size_t n,
    unsigned char out[CRYPTO_HMAC_MAX], size_t *outlen);

/* HMAC-SHA256 of the n bytes at data under key into out. Returns 0, or -1 (logged). */
int crypto_hmac_sha256(const void *key, size_t keylen, const void *data, size_t n,
    unsigned char out[CRYPTO_SHA256_SIZE]);

/* Appends to out the n bytes at data in base64url (RFC 4648 §5: '-' and '_'), without padding. */
void crypto_base64url_encode(const void *data, size_t n, struct buf *out);

/* Appends to out the bytes of the len characters of base64url at s. Strict, since these decode
 * values we made ourselves: no padding, no white space, and unused bits must be zero, so each byte
 * string has one encoding. Returns 0, or -1 on any other input, with out left as it was. */
int crypto_base64url_decode(const char *s, size_t len, struct buf *out);

/* The same two for standard base64 (RFC 4648 §4: '+' and '/'), still without padding: the form of
 * the salt and hash in a stored password. */
void crypto_base64_encode(const void *data, size_t n, struct buf *out);
int crypto_base64_decode(const char *s, size_t len, struct buf *out);

/* Appends to out the n bytes at data in base32 (RFC 4648 §6), upper case, without padding: the
 * form of a TOTP secret that authenticator apps take. */
void crypto_base32_encode(const void *data, size_t n, struct buf *out);

/* Appends to out the bytes of the len characters of base32 at s. Tolerant, since a person may copy
 * or type it: lower case is taken, spaces, tabs and hyphens are skipped, trailing '=' padding is
 * allowed, and unused bits at the end are ignored. Returns 0, or -1 on any other character or on a
 * length no encoding can have, with out left as it was. */
int crypto_base32_decode(const char *s, size_t len, struct buf *out);

/* Bytes of a key for crypto_seal: AES-256. */
#define CRYPTO_KEY_SIZE 32

/* Appends to out the n bytes at plain sealed with AES-256-GCM under key, bound to aad (a label
 * such as "totp:42", so that a value moved to another row does not open): "v1:" and the base64url
 * of nonce, ciphertext and tag. For secrets the portal must read back (TOTP keys), at rest.
 * Returns 0, or -1 (logged). */
int crypto_seal(const unsigned char key[CRYPTO_KEY_SIZE], const char *aad, const void *plain,
    size_t n, struct buf *out);
/* Appends to out what crypto_seal sealed. Returns 0, or -1 when sealed is not ours, was changed,
 * or was sealed with another key or aad (out is then unchanged). */
int crypto_open(const unsigned char key[CRYPTO_KEY_SIZE], const char *aad, const char *sealed,
    struct buf *out);
/* Reads a key file of exactly CRYPTO_KEY_SIZE bytes. Returns 0, or -1 (logged). */
int crypto_load_key(const char *path, unsigned char key[CRYPTO_KEY_SIZE]);

#endif
