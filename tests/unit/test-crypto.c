/* Unit tests of crypto: if these broke, session tokens could be guessed, signatures would not match
 * other systems, and TOTP secrets would not scan in authenticator apps. */
#include "config.h"

#include <stdlib.h>

#include "buf.h"
#include "crypto.h"
#include "tap.h"

/* Returns the lower-case hex of n bytes; the caller frees it. */
static char *
hex(const unsigned char *p, size_t n)
{
	static const char digits[] = "0123456789abcdef";
	char *s = xmalloc(2 * n + 1);
	size_t i;

	for (i = 0; i < n; i++) {
		s[2 * i] = digits[p[i] >> 4];
		s[2 * i + 1] = digits[p[i] & 15];
	}
	s[2 * n] = '\0';
	return s;
}

/* Returns the SHA-256 hex of a string, in a static buffer overwritten by the next call. */
static const char *
sha(const char *s, size_t n)
{
	static char out[CRYPTO_SHA256_HEX_SIZE];

	if (crypto_sha256_hex(s, n, out) == -1)
		return "(error)";
	return out;
}

/* Returns the hex of HMAC-SHA256(key, data), cut to cut bytes; the caller frees it. */
static char *
hmac(const unsigned char *key, size_t keylen, const char *data, size_t n, size_t cut)
{
	unsigned char mac[CRYPTO_SHA256_SIZE];

	if (crypto_hmac_sha256(key, keylen, data, n, mac) == -1)
		return xstrdup("(error)");
	return hex(mac, cut);
}

#define NTOKENS 1000

/* qsort comparison of two tokens. */
static int
by_text(const void *a, const void *b)
{
	return strcmp(a, b);
}

/* One RFC 4648 §10 vector, checked in both directions for one codec. */
struct vector {
	const char *plain;
	const char *coded;
};

int
main(void)
{
	static const struct vector b64[] = {
		{ "", "" }, { "f", "Zg" }, { "fo", "Zm8" }, { "foo", "Zm9v" }, { "foob", "Zm9vYg" },
		{ "fooba", "Zm9vYmE" }, { "foobar", "Zm9vYmFy" },
	};
	static const struct vector b32[] = {
		{ "", "" }, { "f", "MY" }, { "fo", "MZXQ" }, { "foo", "MZXW6" }, { "foob",
		    "MZXW6YQ" },
		{ "fooba", "MZXW6YTB" }, { "foobar", "MZXW6YTBOI" },
	};
	static const char b32_padded[][17] = {
		"", "MY======", "MZXQ====", "MZXW6===", "MZXW6YQ=", "MZXW6YTB", "MZXW6YTBOI======",
	};
	unsigned char key[131], bytes[256], mac[CRYPTO_HMAC_MAX];
	static char tokens[NTOKENS][CRYPTO_TOKEN_SIZE];
	char token[CRYPTO_TOKEN_SIZE], *s;
	struct buf b = BUF_INIT;
	size_t i, maclen;
	int good, differ;

	/* SHA-256: FIPS 180-2 examples. */
	is_str(sha("abc", 3), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
	    "SHA-256 of \"abc\" (FIPS 180-2)");
	is_str(sha("", 0), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
	    "SHA-256 of the empty string");
	is_str(sha("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56),
	    "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
	    "SHA-256 of the 448-bit message (FIPS 180-2)");

	/* HMAC-SHA256: RFC 4231 test cases 1 to 7. */
	memset(key, 0x0b, 20);
	s = hmac(key, 20, "Hi There", 8, 32);
	is_str(s, "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
	    "HMAC-SHA256 RFC 4231 case 1");
	free(s);
	s = hmac((const unsigned char *)"Jefe", 4, "what do ya want for nothing?", 28, 32);
	is_str(s, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
	    "HMAC-SHA256 RFC 4231 case 2 (key shorter than the output)");
	free(s);
	memset(key, 0xaa, 20);
	memset(bytes, 0xdd, 50);
	s = hmac(key, 20, (const char *)bytes, 50, 32);
	is_str(s, "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
	    "HMAC-SHA256 RFC 4231 case 3 (50 bytes of 0xdd)");
	free(s);
	for (i = 0; i < 25; i++)
		key[i] = (unsigned char)(i + 1);
	memset(bytes, 0xcd, 50);
	s = hmac(key, 25, (const char *)bytes, 50, 32);
	is_str(s, "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
	    "HMAC-SHA256 RFC 4231 case 4 (key 0x01..0x19)");
	free(s);
	memset(key, 0x0c, 20);
	s = hmac(key, 20, "Test With Truncation", 20, 16);
	is_str(s, "a3b6167473100ee06e0c796c2955552b",
	    "HMAC-SHA256 RFC 4231 case 5 (truncated to 128 bits)");
	free(s);
	memset(key, 0xaa, 131);
	s = hmac(key, 131, "Test Using Larger Than Block-Size Key - Hash Key First", 54, 32);
	is_str(s, "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
	    "HMAC-SHA256 RFC 4231 case 6 (key larger than a block)");
	free(s);
	s = hmac(key, 131, "This is a test using a larger than block-size key and a larger than "
	    "block-size data. The key needs to be hashed before being used by the HMAC algorithm.",
	    152, 32);
	is_str(s, "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
	    "HMAC-SHA256 RFC 4231 case 7 (key and data larger than a block)");
	free(s);
	s = NULL;
	ok(crypto_hmac("sha512", "Jefe", 4,
	    "what do ya want for nothing?", 28, mac, &maclen) == 0 &&
	    maclen == 64 && (s = hex(mac, 8)) != NULL && strcmp(s, "164b7a7bfcf819e2") == 0,
	    "HMAC-SHA512 RFC 4231 case 2 starts right, digest names in any case");
	free(s);
	ok(crypto_hmac("MD5", "k", 1, "d", 1, mac, &maclen) == -1,
	    "a digest outside the three is refused");

	/* Constant-time comparison. */
	ok(crypto_equal("abcdef", "abcdef", 6) == 1, "equal bytes compare equal");
	ok(crypto_equal("abcdef", "abcdeg", 6) == 0, "a difference in the last byte is seen");
	ok(crypto_equal("xbcdef", "abcdef", 6) == 0, "a difference in the first byte is seen");

	/* base64 and base64url: RFC 4648 §10, unpadded, both ways. */
	good = 1;
	for (i = 0; i < sizeof(b64) / sizeof(b64[0]); i++) {
		buf_reset(&b);
		crypto_base64_encode(b64[i].plain, strlen(b64[i].plain), &b);
		good &= strcmp(buf_str(&b), b64[i].coded) == 0;
		buf_reset(&b);
		good &= crypto_base64_decode(b64[i].coded, strlen(b64[i].coded), &b) == 0 &&
		    strcmp(buf_str(&b), b64[i].plain) == 0;
		buf_reset(&b);
		good &= crypto_base64url_decode(b64[i].coded, strlen(b64[i].coded), &b) == 0 &&
		    strcmp(buf_str(&b), b64[i].plain) == 0;
	}
	ok(good, "base64 RFC 4648 vectors encode and decode, unpadded");
	buf_reset(&b);
	crypto_base64url_encode("\xfb\xff\xbf", 3, &b);
	is_str(buf_str(&b), "-_-_", "base64url uses - and _");
	buf_reset(&b);
	crypto_base64_encode("\xfb\xff\xbf", 3, &b);
	is_str(buf_str(&b), "+/+/", "base64 uses + and /");
	for (i = 0; i < sizeof(bytes); i++)
		bytes[i] = (unsigned char)i;
	good = 1;
	for (i = 0; i <= sizeof(bytes); i++) {
		struct buf coded = BUF_INIT;

		buf_reset(&b);
		crypto_base64url_encode(bytes, i, &coded);
		good &= crypto_base64url_decode(coded.data ? coded.data : "", coded.len, &b) == 0 &&
		    b.len == i && memcmp(b.data ? b.data : "", bytes, i) == 0;
		buf_free(&coded);
	}
	ok(good, "base64url round-trips every length from 0 to 256 bytes of every byte value");
	buf_reset(&b);
	buf_puts(&b, "kept");
	ok(crypto_base64url_decode("Zg==", 4, &b) == -1, "base64url refuses padding");
	ok(crypto_base64url_decode("Zh", 2, &b) == -1, "base64url refuses non-zero unused bits");
	ok(crypto_base64url_decode("Zm9v+A", 6, &b) == -1,
	    "base64url refuses the standard alphabet's +");
	ok(crypto_base64url_decode("Zm9vY", 5, &b) == -1, "base64url refuses an impossible length");
	ok(crypto_base64_decode("Zm9v\0A", 6, &b) == -1, "base64 refuses a NUL inside");
	is_str(buf_str(&b), "kept", "a failed decode leaves the output as it was");

	/* base32: RFC 4648 §10, unpadded out, padded or not in, any case, spaces skipped. */
	good = 1;
	for (i = 0; i < sizeof(b32) / sizeof(b32[0]); i++) {
		buf_reset(&b);
		crypto_base32_encode(b32[i].plain, strlen(b32[i].plain), &b);
		good &= strcmp(buf_str(&b), b32[i].coded) == 0;
		buf_reset(&b);
		good &= crypto_base32_decode(b32[i].coded, strlen(b32[i].coded), &b) == 0 &&
		    strcmp(buf_str(&b), b32[i].plain) == 0;
		buf_reset(&b);
		good &= crypto_base32_decode(b32_padded[i], strlen(b32_padded[i]), &b) == 0 &&
		    strcmp(buf_str(&b), b32[i].plain) == 0;
	}
	ok(good, "base32 RFC 4648 vectors encode unpadded and decode padded or not");
	buf_reset(&b);
	ok(crypto_base32_decode("mzxw 6ytb-oi==", 14, &b) == 0 && strcmp(buf_str(&b),
	    "foobar") == 0,
	    "base32 decode takes lower case, spaces, hyphens and padding");
	good = 1;
	for (i = 0; i <= 64; i++) {
		struct buf coded = BUF_INIT;

		buf_reset(&b);
		crypto_base32_encode(bytes + 100, i, &coded);
		good &= crypto_base32_decode(coded.data ? coded.data : "", coded.len, &b) == 0 &&
		    b.len == i && memcmp(b.data ? b.data : "", bytes + 100, i) == 0;
		buf_free(&coded);
	}
	ok(good, "base32 round-trips every length from 0 to 64 bytes");
	buf_reset(&b);
	ok(crypto_base32_decode("MZXW1", 5, &b) == -1,
	    "base32 refuses 1, which is not in its alphabet");
	ok(crypto_base32_decode("MZX", 3, &b) == -1, "base32 refuses a length no bytes encode to");
	ok(crypto_base32_decode("MY==MY", 6, &b) == -1, "base32 refuses data after padding");
	ok(b.len == 0, "and leaves nothing behind");

	/* Tokens. */
	ok(crypto_token(token) == 0 && strlen(token) == 43, "a token is 43 characters");
	good = 1;
	for (i = 0; i < 43; i++)
		good &= strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
		    token[i]) != NULL;
	ok(good, "of the base64url alphabet, fit for a cookie or a URL");
	buf_reset(&b);
	ok(crypto_base64url_decode(token, 43, &b) == 0 && b.len == 32, "and decodes to 256 bits");
	differ = 1;
	for (i = 0; i < NTOKENS; i++)
		if (crypto_token(tokens[i]) == -1)
			differ = 0;
	qsort(tokens, NTOKENS, sizeof(tokens[0]), by_text);
	for (i = 1; i < NTOKENS; i++)
		if (strcmp(tokens[i - 1], tokens[i]) == 0)
			differ = 0;
	ok(differ, "1000 tokens are all different");
	memset(bytes, 0, sizeof(bytes));
	ok(crypto_random(bytes, sizeof(bytes)) == 0 && memcmp(bytes, bytes + 128, 128) != 0,
	    "random bytes are random");

	/* Sealing secrets at rest (AES-256-GCM). */
	{
		unsigned char skey[CRYPTO_KEY_SIZE], other[CRYPTO_KEY_SIZE];
		struct buf sealed = BUF_INIT, again = BUF_INIT, opened = BUF_INIT;
		const char *secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

		crypto_random(skey, sizeof(skey));
		memcpy(other, skey, sizeof(skey));
		other[0] ^= 1;
		ok(crypto_seal(skey, "totp:42", secret, strlen(secret), &sealed) == 0 &&
		    strncmp(buf_str(&sealed), "v1:", 3) == 0, "a secret is sealed, marked v1:");
		ok(strstr(buf_str(&sealed), secret) == NULL, "and cannot be read in it");
		crypto_seal(skey, "totp:42", secret, strlen(secret), &again);
		ok(strcmp(buf_str(&sealed), buf_str(&again)) != 0, "each sealing has its own nonce");
		ok(crypto_open(skey, "totp:42", buf_str(&sealed), &opened) == 0 &&
		    strcmp(buf_str(&opened), secret) == 0, "it opens to the secret");
		buf_reset(&opened);
		ok(crypto_open(skey, "totp:43", buf_str(&sealed), &opened) == -1 && opened.len == 0,
		    "not for another user (aad)");
		ok(crypto_open(other, "totp:42", buf_str(&sealed), &opened) == -1, "nor with another key");
		sealed.data[10] = sealed.data[10] == 'A' ? 'B' : 'A';
		ok(crypto_open(skey, "totp:42", buf_str(&sealed), &opened) == -1, "a changed byte fails");
		ok(crypto_open(skey, "totp:42", secret, &opened) == -1 &&
		    crypto_open(skey, "totp:42", "v1:", &opened) == -1 &&
		    crypto_open(skey, "totp:42", NULL, &opened) == -1, "text that was never sealed fails");
		ok(crypto_load_key("/nonexistent/key", skey) == -1, "a missing key file is an error");
		buf_free(&sealed);
		buf_free(&again);
		buf_free(&opened);
	}

	buf_free(&b);
	return done_testing();
}
