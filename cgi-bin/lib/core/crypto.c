/* crypto: random bytes and tokens, SHA-256, HMAC, constant-time compare, base64/32 (OpenSSL 3). */
#include "config.h"

#include "crypto.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "log.h"

static const char crypto_b64url_alphabet[] =
	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
static const char crypto_b64_alphabet[] =
	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char crypto_b32_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/* Logs what failed with the first reason in OpenSSL's error queue, then empties the queue. */
void
crypto_log_error(const char *what)
{
	unsigned long e = ERR_get_error();
	char reason[256];

	if (e == 0)
		log_err("crypto: %s failed", what);
	else {
		ERR_error_string_n(e, reason, sizeof(reason));
		log_err("crypto: %s failed: %s", what, reason);
	}
	ERR_clear_error();
}

/* RAND_bytes takes an int count, so large requests go in pieces. 0, or -1 logged. */
int
crypto_random(void *buf, size_t n)
{
	unsigned char *p = buf;

	while (n > 0) {
		int chunk = n > 65536 ? 65536 : (int)n;

		if (RAND_bytes(p, chunk) != 1) {
			crypto_log_error("RAND_bytes");
			return -1;
		}
		p += chunk;
		n -= (size_t)chunk;
	}
	return 0;
}

/* 32 random bytes, base64url: 43 characters and the NUL in out. 0, or -1 logged with out "". */
int
crypto_token(char out[CRYPTO_TOKEN_SIZE])
{
	unsigned char raw[32];
	struct buf b = BUF_INIT;
	int rc = -1;

	out[0] = '\0';
	if (crypto_random(raw, sizeof(raw)) == -1)
		goto out;
	crypto_base64url_encode(raw, sizeof(raw), &b);
	if (b.len != CRYPTO_TOKEN_SIZE - 1)
		goto out;
	memcpy(out, b.data, CRYPTO_TOKEN_SIZE);
	rc = 0;
out:
	OPENSSL_cleanse(raw, sizeof(raw));
	if (b.data)
		OPENSSL_cleanse(b.data, b.len);
	buf_free(&b);
	return rc;
}

/* SHA-256 as lower-case hex into out. 0, or -1 logged with out "". */
int
crypto_token_plausible(const char *token)
{
	size_t i;

	if (token == NULL || strlen(token) != CRYPTO_TOKEN_SIZE - 1)
		return 0;
	for (i = 0; token[i]; i++)
		if (!((token[i] >= 'A' && token[i] <= 'Z') || (token[i] >= 'a' && token[i] <= 'z') ||
		    (token[i] >= '0' && token[i] <= '9') || token[i] == '-' || token[i] == '_'))
			return 0;
	return 1;
}

int
crypto_sha256_hex(const void *data, size_t n, char out[CRYPTO_SHA256_HEX_SIZE])
{
	static const char hex[] = "0123456789abcdef";
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0, i;

	out[0] = '\0';
	if (EVP_Digest(data, n, md, &mdlen, EVP_sha256(), NULL) != 1 ||
	    mdlen != CRYPTO_SHA256_SIZE) {
		crypto_log_error("SHA-256");
		return -1;
	}
	for (i = 0; i < mdlen; i++) {
		out[2 * i] = hex[md[i] >> 4];
		out[2 * i + 1] = hex[md[i] & 15];
	}
	out[2 * mdlen] = '\0';
	return 0;
}

/* CRYPTO_memcmp reads every byte whatever it finds. 1 equal, 0 not. */
int
crypto_equal(const void *a, const void *b, size_t n)
{
	return CRYPTO_memcmp(a, b, n) == 0;
}

/* HMAC with one of the three digests we use; the name is checked against a short list so that a
 * value from a database or a URI can never select MD5 or a digest with no HMAC. 0, or -1 logged. */
int
crypto_hmac(const char *digest, const void *key, size_t keylen, const void *data, size_t n,
    unsigned char out[CRYPTO_HMAC_MAX], size_t *outlen)
{
	static const char *const digests[] = { "SHA1", "SHA256", "SHA512" };
	static const unsigned char nokey[1];
	const char *name = NULL;
	size_t i;

	*outlen = 0;
	for (i = 0; i < sizeof(digests) / sizeof(digests[0]); i++)
		if (digest && strcasecmp(digest, digests[i]) == 0)
			name = digests[i];
	if (name == NULL) {
		log_err("crypto: HMAC with unknown digest %s", digest ? digest : "(null)");
		return -1;
	}
	/* An empty key is a valid HMAC key; give OpenSSL a pointer all the same. */
	if (keylen == 0)
		key = nokey;
	if (EVP_Q_mac(NULL, "HMAC", NULL, name, NULL, key, keylen, data, n, out, CRYPTO_HMAC_MAX,
	    outlen) == NULL) {
		crypto_log_error("HMAC");
		*outlen = 0;
		return -1;
	}
	return 0;
}

/* HMAC-SHA256 into a 32-byte out. 0, or -1 logged. */
int
crypto_hmac_sha256(const void *key, size_t keylen, const void *data, size_t n,
    unsigned char out[CRYPTO_SHA256_SIZE])
{
	unsigned char mac[CRYPTO_HMAC_MAX];
	size_t maclen;

	if (crypto_hmac("SHA256", key, keylen, data, n, mac, &maclen) == -1)
		return -1;
	memcpy(out, mac, CRYPTO_SHA256_SIZE);
	OPENSSL_cleanse(mac, sizeof(mac));
	return 0;
}

/* Appends data in base 2^width (6: base64, 5: base32) over alphabet, unpadded: RFC 4648's bit
 * order, the last group filled with zero bits. */
static void
crypto_radix_encode(const char *alphabet, unsigned width, const void *data, size_t n,
    struct buf *out)
{
	const unsigned char *p = data;
	uint32_t acc = 0, mask = (1u << width) - 1;
	unsigned bits = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		acc = (acc << 8) | p[i];
		bits += 8;
		while (bits >= width) {
			bits -= width;
			buf_putc(out, alphabet[(acc >> bits) & mask]);
		}
		acc &= (1u << bits) - 1;
	}
	if (bits > 0)
		buf_putc(out, alphabet[(acc << (width - bits)) & mask]);
}

/* Appends the bytes of unpadded base64 over alphabet; strict (see crypto.h). 0, or -1 with out
 * cut back to its length on entry. */
static int
crypto_b64_decode_with(const char *alphabet, const char *s, size_t len, struct buf *out)
{
	size_t start = out->len, i;
	uint32_t acc = 0;
	unsigned bits = 0;
	const char *hit;

	if (len % 4 == 1)
		goto fail;
	for (i = 0; i < len; i++) {
		if (s[i] == '\0' || (hit = memchr(alphabet, s[i], 64)) == NULL)
			goto fail;
		acc = (acc << 6) | (uint32_t)(hit - alphabet);
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			buf_putc(out, (char)((acc >> bits) & 0xFF));
		}
		acc &= (1u << bits) - 1;
	}
	if (acc != 0)		/* bits past the last byte must be zero */
		goto fail;
	return 0;
fail:
	if (out->data) {
		out->len = start;
		out->data[start] = '\0';
	}
	return -1;
}

/* See crypto.h. */
void
crypto_base64url_encode(const void *data, size_t n, struct buf *out)
{
	crypto_radix_encode(crypto_b64url_alphabet, 6, data, n, out);
}

/* See crypto.h. */
int
crypto_base64url_decode(const char *s, size_t len, struct buf *out)
{
	return crypto_b64_decode_with(crypto_b64url_alphabet, s, len, out);
}

/* See crypto.h. */
void
crypto_base64_encode(const void *data, size_t n, struct buf *out)
{
	crypto_radix_encode(crypto_b64_alphabet, 6, data, n, out);
}

/* See crypto.h. */
int
crypto_base64_decode(const char *s, size_t len, struct buf *out)
{
	return crypto_b64_decode_with(crypto_b64_alphabet, s, len, out);
}

/* Appends data in upper-case base32, unpadded. */
void
crypto_base32_encode(const void *data, size_t n, struct buf *out)
{
	crypto_radix_encode(crypto_b32_alphabet, 5, data, n, out);
}

/* Appends the bytes of base32, tolerantly (see crypto.h). 0, or -1 with out cut back to its
 * length on entry. */
int
crypto_base32_decode(const char *s, size_t len, struct buf *out)
{
	size_t start = out->len, i, count = 0;
	uint32_t acc = 0;
	unsigned bits = 0;
	int padding = 0;
	char c;

	for (i = 0; i < len; i++) {
		c = s[i];
		if (c == ' ' || c == '\t' || c == '-')
			continue;
		if (c == '=') {
			padding = 1;
			continue;
		}
		if (padding)		/* data after padding */
			goto fail;
		if (c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		if (c >= 'A' && c <= 'Z')
			acc = (acc << 5) | (uint32_t)(c - 'A');
		else if (c >= '2' && c <= '7')
			acc = (acc << 5) | (uint32_t)(c - '2' + 26);
		else
			goto fail;
		count++;
		bits += 5;
		if (bits >= 8) {
			bits -= 8;
			buf_putc(out, (char)((acc >> bits) & 0xFF));
		}
		acc &= (1u << bits) - 1;
	}
	/* 1, 3 or 6 characters in the last group of 8 encode no whole number of bytes. */
	if (count % 8 == 1 || count % 8 == 3 || count % 8 == 6)
		goto fail;
	return 0;
fail:
	if (out->data) {
		out->len = start;
		out->data[start] = '\0';
	}
	return -1;
}

/* AES-256-GCM: a 96-bit random nonce per message, the 128-bit tag after the ciphertext. */
#define SEAL_PREFIX "v1:"
#define SEAL_NONCE  12
#define SEAL_TAG    16

int
crypto_seal(const unsigned char key[CRYPTO_KEY_SIZE], const char *aad, const void *plain,
    size_t n, struct buf *out)
{
	unsigned char *box = NULL;
	EVP_CIPHER_CTX *ctx = NULL;
	int len, rc = -1;

	if (n > 1 << 20)
		return -1;
	box = OPENSSL_malloc(SEAL_NONCE + n + SEAL_TAG);
	if (box == NULL || crypto_random(box, SEAL_NONCE) == -1 ||
	    (ctx = EVP_CIPHER_CTX_new()) == NULL ||
	    EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, box) != 1 ||
	    EVP_EncryptUpdate(ctx, NULL, &len, (const unsigned char *)aad, (int)strlen(aad)) != 1 ||
	    EVP_EncryptUpdate(ctx, box + SEAL_NONCE, &len, plain, (int)n) != 1 ||
	    EVP_EncryptFinal_ex(ctx, box + SEAL_NONCE + len, &len) != 1 ||
	    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, SEAL_TAG, box + SEAL_NONCE + n) != 1) {
		crypto_log_error("seal");
		goto out;
	}
	buf_puts(out, SEAL_PREFIX);
	crypto_base64url_encode(box, SEAL_NONCE + n + SEAL_TAG, out);
	rc = 0;
out:
	EVP_CIPHER_CTX_free(ctx);
	OPENSSL_clear_free(box, SEAL_NONCE + n + SEAL_TAG);
	return rc;
}

int
crypto_open(const unsigned char key[CRYPTO_KEY_SIZE], const char *aad, const char *sealed,
    struct buf *out)
{
	struct buf box = BUF_INIT;
	EVP_CIPHER_CTX *ctx = NULL;
	unsigned char *plain = NULL;
	size_t n;
	int len, rc = -1;

	if (sealed == NULL || strncmp(sealed, SEAL_PREFIX, strlen(SEAL_PREFIX)) != 0 ||
	    crypto_base64url_decode(sealed + strlen(SEAL_PREFIX), strlen(sealed + strlen(SEAL_PREFIX)),
	    &box) == -1 || box.len < SEAL_NONCE + SEAL_TAG)
		goto out;
	n = box.len - SEAL_NONCE - SEAL_TAG;
	if ((plain = OPENSSL_malloc(n + 1)) == NULL || (ctx = EVP_CIPHER_CTX_new()) == NULL ||
	    EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, (unsigned char *)box.data) != 1 ||
	    EVP_DecryptUpdate(ctx, NULL, &len, (const unsigned char *)aad, (int)strlen(aad)) != 1 ||
	    EVP_DecryptUpdate(ctx, plain, &len, (unsigned char *)box.data + SEAL_NONCE, (int)n) != 1 ||
	    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, SEAL_TAG,
	    box.data + SEAL_NONCE + n) != 1)
		goto out;
	/* The tag is checked here: a changed byte, another key or another aad all fail. */
	if (EVP_DecryptFinal_ex(ctx, plain + len, &len) != 1) {
		ERR_clear_error();
		goto out;
	}
	buf_append(out, (const char *)plain, n);
	rc = 0;
out:
	EVP_CIPHER_CTX_free(ctx);
	if (plain)
		OPENSSL_clear_free(plain, n + 1);
	if (box.data)
		OPENSSL_cleanse(box.data, box.len);
	buf_free(&box);
	return rc;
}

int
crypto_load_key(const char *path, unsigned char key[CRYPTO_KEY_SIZE])
{
	FILE *fp;
	size_t n;
	int extra;

	if (path == NULL || (fp = fopen(path, "rb")) == NULL) {
		log_err("secret key %s cannot be read", path ? path : "(not configured)");
		return -1;
	}
	n = fread(key, 1, CRYPTO_KEY_SIZE, fp);
	extra = fgetc(fp);
	fclose(fp);
	if (n != CRYPTO_KEY_SIZE || extra != EOF) {
		OPENSSL_cleanse(key, CRYPTO_KEY_SIZE);
		log_err("secret key %s must hold exactly %d bytes (head -c %d /dev/urandom)", path,
		    CRYPTO_KEY_SIZE, CRYPTO_KEY_SIZE);
		return -1;
	}
	return 0;
}
