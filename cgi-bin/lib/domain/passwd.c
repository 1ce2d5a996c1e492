/* passwd: scrypt password hashes stored with their parameters, verification, strength rules. */
#include "config.h"

#include "passwd.h"

#include "vicompose.h"

#include <stdint.h>
#include <string.h>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include "crypto.h"
#include "fold.h"
#include "log.h"
#include "utf8.h"

#define PASSWD_SALT_BYTES 16
#define PASSWD_HASH_BYTES 32
#define PASSWD_MAX_MEM    ((uint64_t)256 << 20)
#define PASSWD_PREFIX     "$scrypt$"

/*
 * The default cost, measured on the project's 2-core machine (AMD EPYC, Firecracker VM, OpenSSL
 * 3.0) with EVP_KDF "SCRYPT", 10 hashes each:
 *
 *	ln=14 r=8 p=1  16 MiB   30-50 ms
 *	ln=15 r=8 p=1  32 MiB   65-77 ms when the 32 MiB come from memory the process already has,
 *	                        150-180 ms when malloc maps them fresh (glibc does so for blocks of
 *	                        32 MiB and more, and gives them back on free: 8,192 page faults per
 *	                        hash, about 12 us each in this VM)
 *	ln=16 r=8 p=1  64 MiB  130-155 ms warm, 310-560 ms mapped fresh
 *
 * ln=15, r=8, p=1 is the one inside the aimed-for 32-64 MiB and nearest 50-100 ms, and is the
 * usual choice for interactive logins. Stored hashes carry their parameters, so raising these later
 * only needs passwd_needs_rehash at the next login.
 */
static const struct passwd_params passwd_defaults = { 15, 8, 1 };

/* The rules of passwd_check_strength, in the order they are checked, and what the form says. */
enum passwd_rule {
	PASSWD_RULE_UTF8,
	PASSWD_RULE_LONG,
	PASSWD_RULE_SHORT,
	PASSWD_RULE_REPEATED,
	PASSWD_RULE_COMMON,
	PASSWD_RULE_PERSONAL,
	PASSWD_RULE__MAX
};

static const char *const passwd_reasons[PASSWD_RULE__MAX] = {
	[PASSWD_RULE_UTF8] = "Mật khẩu chứa ký tự không hợp lệ.",
	[PASSWD_RULE_LONG] = "Mật khẩu quá dài.",
	[PASSWD_RULE_SHORT] = "Mật khẩu phải có ít nhất 10 ký tự.",
	[PASSWD_RULE_REPEATED] = "Mật khẩu không được chỉ gồm một ký tự lặp lại.",
	[PASSWD_RULE_COMMON] = "Mật khẩu này quá phổ biến và dễ bị đoán. Vui lòng chọn mật khẩu "
	    "khác.",
	[PASSWD_RULE_PERSONAL] = "Mật khẩu không được chứa số định danh, số điện thoại hay địa chỉ "
	    "e-mail của bạn.",
};

/*
 * Most common passwords, in the form passwd_check_strength compares in (folded: lower case, no
 * marks, no spaces). Sources: the yearly top-200 lists of NordPass (2024), the top of the Xato
 * 10-million list, Vietnamese passwords seen in leaks and lists of the most used in Viet Nam
 * (love phrases, "mật khẩu", lucky numbers 6 and 8, place names), and the portal's own name, which
 * NIST SP 800-63B asks to refuse too. Entries shorter than PASSWD_MIN_CHARS are already refused by
 * length; they stay so that the list is the list, should the minimum ever be lowered.
 */
static const char *const passwd_common[] = {
	/* international, most used first */
	"123456", "123456789", "12345678", "password", "qwerty123", "qwerty1", "111111", "12345",
	"secret", "123123", "1234567890", "1234567", "000000", "qwerty", "abc123", "password1",
	"iloveyou", "11111111", "dragon", "monkey", "123123123", "123321", "qwertyuiop",
	"00000000", "654321", "target123", "tinkle", "zag12wsx", "1g2w3e4r", "gwerty123", "gwerty",
	"666666", "1q2w3e4r5t", "987654321", "1q2w3e4r", "a123456", "1qaz2wsx", "121212",
	"abcd1234", "asdfghjkl", "123456a", "88888888", "qwerty123!", "qwerty1!", "112233",
	"q1w2e3r4t5y6", "football", "zxcvbnm", "princess", "aaaaaa", "sunshine", "147258369",
	"qwerty1234", "fuckyou", "qwerty12", "123qwe", "computer", "baseball", "159753",
	"superman", "azerty", "dearbook", "pokemon", "michael", "1234qwer", "1234561", "888888",
	"daniel", "111222tianya", "12345678910", "1qaz2wsx3edc", "123456789a", "123654",
	"p@ssw0rd", "qwer1234", "qwerty1?", "789456123", "q1w2e3r4", "shadow", "222222", "soccer",
	"qwe123", "7777777", "asdasd", "admin", "killer", "testing", "qazwsx", "asdf1234",
	"1314520", "555555", "12341234", "michelle", "a123456789", "charlie", "liverpool",
	"master", "123abc", "7758521", "woaini", "asdfgh", "password123", "starwars", "jordan",
	"jessica", "999999", "unknown", "1q2w3e", "1111111", "789456", "pakistan", "12qwaszx",
	"ashley", "1111111111", "welcome", "aa123456", "jennifer", "11223344", "thomas", "159357",
	"asd123", "andrew", "nicole", "anthony", "147258", "trustno1", "naruto", "jonathan",
	"hunter", "102030", "basketball", "letmein", "hello", "chocolate", "internet", "samsung",
	"asdfasdf", "justin", "passw0rd", "purple", "blink182", "whatever", "tigger", "samantha",
	"joshua", "alexander", "hannah", "qazwsxedc", "11111", "andrea", "minecraft", "matthew",
	"changeme", "123456!", "87654321", "jordan23", "qq123456", "1qazxsw2", "william",
	"1234567891", "123456123", "12344321", "buster", "cookie", "babygirl", "butterfly",
	"batman", "lol123", "qwert", "robert", "summer", "amanda", "123654789", "aaaaaaaa",
	"benjamin", "myspace1", "333333", "facebook", "chelsea", "family", "hello123", "maggie",
	"freedom", "cheese", "football1", "baseball1", "letmein1", "welcome1", "admin123",
	"admin@123", "administrator", "iloveyou1", "iloveyou2", "iloveyou123", "princess1",
	"sunshine1", "password12", "password1234", "password12345", "password!", "p@ssword",
	"p@ssw0rd123", "passwordpassword", "qwertyuiop123", "qwerty12345", "qwerty123456",
	"q1w2e3r4t5", "1q2w3e4r5t6y", "zaq12wsx", "zxcvbnm123", "asdfghjkl123", "123qweasd",
	"123qweasdzxc", "qweasdzxc", "12345qwert", "0123456789", "0987654321", "9876543210",
	"1234554321", "1234512345", "1029384756", "1123581321", "4815162342", "123456789q",
	"1234567899", "12345678900", "123456789123", "147896325", "123698745", "741852963",
	"0000000000", "2222222222", "5555555555", "6666666666", "7777777777", "8888888888",
	"9999999999", "abcdefghij", "abc1234567", "abcd123456", "abc123456", "abcdef123",
	"manchester", "manchesterunited", "superman123", "football123", "starwars1", "trustno1!",
	/* Vietnamese */
	"matkhau", "matkhau1", "matkhau12", "matkhau123", "matkhau1234", "matkhau12345",
	"matkhau123456", "matkhau@123", "matkhaumoi", "matkhaucuatoi", "matkhaucuaban",
	"doimatkhau", "quenmatkhau", "anhyeuem", "anhyeuem1", "anhyeuem12", "anhyeuem123",
	"anhyeuem1234", "anhyeuem@123", "anhyeuemnhieu", "anhyeuemmaimai", "anhyeuemnhieulam",
	"emyeuanh", "emyeuanh1", "emyeuanh123", "emyeuanhnhieu", "emyeuanhmaimai", "yeuem",
	"yeuem123", "yeuanh", "yeuanh123", "yeuemmaimai", "yeuanhmaimai", "anhyeuem520", "tinhyeu",
	"tinhyeu123", "tinhyeucuatoi", "tinhyeumaimai", "hanhphuc", "hanhphuc123", "thienthan",
	"thienthan123", "conyeu", "conyeume", "yeume", "meyeucon", "giadinh", "giadinh123",
	"vietnam", "vietnam1", "vietnam123", "vietnam1234", "vietnamvodich", "vietnamoi",
	"toiyeuvietnam", "hanoi", "hanoi123", "hanoi12345", "hanoi1234567", "saigon", "saigon123",
	"hochiminh", "hochiminh123", "danang", "danang123", "haiphong", "cantho", "nguyen",
	"nguyen123", "nguyenvan", "tranvan", "xinchao", "xinchao123", "khongbiet", "khongco",
	"chaoban", "banbe", "hoilamgi", "taikhoan", "taikhoan123", "66668888", "68686868",
	"86868686", "66666666", "99999999", "123456aa", "123456abc", "a12345678", "12345678a",
	"1234567890a", "123456789aa", "aa12345678", "aa123456789", "123456789@", "123456@",
	"a123456@", "aa@123456", "abc@123", "abc@1234", "abc@12345", "abc@123456",
	/* this portal */
	"dichvucong", "dichvucong1", "dichvucong123", "congdichvucong", "dichvucongquocgia",
	"congdvc", "dvcqg", "dvcqg123", "cong", "cong123", "congdan", "congdan123", "canhan",
	"chinhphu", "chinhphu123", "ubnd", "ubnd123",
};

/* Returns the default parameters. */
struct passwd_params
passwd_default_params(void)
{
	return passwd_defaults;
}

/* Returns 1 if params are within the bounds passwd.h states, else 0. */
static int
passwd_params_ok(const struct passwd_params *pp)
{
	if (pp->log2_n < 1 || pp->log2_n > 24 || pp->r < 1 || pp->r > 32 || pp->p < 1 || pp->p > 16)
		return 0;
	return ((uint64_t)128 * pp->r << pp->log2_n) <= PASSWD_MAX_MEM;
}

/* Derives outlen bytes of scrypt from the password, salt and parameters into out. Returns 0, or -1
 * after logging OpenSSL's reason. */
static int
passwd_derive(const char *password, size_t pwlen, const struct passwd_params *pp,
    const unsigned char *salt, size_t saltlen, unsigned char *out, size_t outlen)
{
	EVP_KDF *kdf = NULL;
	EVP_KDF_CTX *ctx = NULL;
	OSSL_PARAM params[7], *p = params;
	uint64_t n = (uint64_t)1 << pp->log2_n;
	uint32_t r = pp->r, par = pp->p;
	/* What OpenSSL allocates (its V and B arrays), which it refuses past maxmem_bytes. */
	uint64_t maxmem = (uint64_t)128 * r * (n + 2) + (uint64_t)128 * r * par + 4096;
	struct buf same = BUF_INIT;
	int rc = -1;

	/* "Mật khẩu" typed decomposed on one device and precomposed on another is one password. */
	vi_compose(password, pwlen, &same);
	password = buf_str(&same);
	pwlen = same.len;

	if ((kdf = EVP_KDF_fetch(NULL, "SCRYPT", NULL)) == NULL) {
		crypto_log_error("fetching scrypt");
		goto out;
	}
	if ((ctx = EVP_KDF_CTX_new(kdf)) == NULL) {
		crypto_log_error("scrypt context");
		goto out;
	}
	/* OpenSSL takes the pointer only; an empty password still needs one. */
	*p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD,
	    (void *)(pwlen ? password : ""), pwlen);
	*p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, (void *)salt, saltlen);
	*p++ = OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n);
	*p++ = OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r);
	*p++ = OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &par);
	*p++ = OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem);
	*p = OSSL_PARAM_construct_end();
	if (EVP_KDF_derive(ctx, out, outlen, params) != 1) {
		crypto_log_error("scrypt");
		goto out;
	}
	rc = 0;
out:
	EVP_KDF_CTX_free(ctx);
	EVP_KDF_free(kdf);
	if (same.data)
		OPENSSL_cleanse(same.data, same.len);
	buf_free(&same);
	return rc;
}

/* Reads a decimal number of 1 to 6 digits at *s into *v and moves *s past it. 0, or -1. */
static int
passwd_parse_uint(const char **s, unsigned *v)
{
	const char *p = *s;
	unsigned value = 0;

	while (*p >= '0' && *p <= '9' && p - *s < 6)
		value = value * 10 + (unsigned)(*p++ - '0');
	if (p == *s || (*p >= '0' && *p <= '9'))
		return -1;
	*v = value;
	*s = p;
	return 0;
}

/* Splits a stored form into its parameters, salt and hash (appended to the two bufs, which the
 * caller frees). Returns 0, or -1 if stored is not exactly the form passwd_hash writes, with
 * parameters within bounds, a salt of 8-64 bytes and a hash of 16-64 bytes. */
static int
passwd_parse(const char *stored, struct passwd_params *pp, struct buf *salt, struct buf *hash)
{
	const char *s = stored, *dollar;

	if (stored == NULL || strncmp(s, PASSWD_PREFIX "ln=", strlen(PASSWD_PREFIX "ln=")) != 0)
		return -1;
	s += strlen(PASSWD_PREFIX "ln=");
	if (passwd_parse_uint(&s, &pp->log2_n) == -1 || strncmp(s, ",r=", 3) != 0)
		return -1;
	s += 3;
	if (passwd_parse_uint(&s, &pp->r) == -1 || strncmp(s, ",p=", 3) != 0)
		return -1;
	s += 3;
	if (passwd_parse_uint(&s, &pp->p) == -1 || *s++ != '$')
		return -1;
	if (!passwd_params_ok(pp))
		return -1;
	if ((dollar = strchr(s, '$')) == NULL)
		return -1;
	if (crypto_base64_decode(s, (size_t)(dollar - s), salt) == -1)
		return -1;
	s = dollar + 1;
	if (crypto_base64_decode(s, strlen(s), hash) == -1)
		return -1;
	if (salt->len < 8 || salt->len > 64 || hash->len < 16 || hash->len > 64)
		return -1;
	return 0;
}

/* Appends the stored form of password to out (see passwd.h). 0, or -1 logged. */
int
passwd_hash(const char *password, const struct passwd_params *params, struct buf *out)
{
	unsigned char salt[PASSWD_SALT_BYTES], hash[PASSWD_HASH_BYTES];
	size_t pwlen = strlen(password);
	int rc = -1;

	if (params == NULL)
		params = &passwd_defaults;
	if (pwlen > PASSWD_MAX_BYTES) {
		log_err("passwd: password of %zu bytes refused (at most %d)", pwlen,
		    PASSWD_MAX_BYTES);
		goto out;
	}
	if (!passwd_params_ok(params)) {
		log_err("passwd: scrypt parameters ln=%u,r=%u,p=%u out of bounds", params->log2_n,
		    params->r, params->p);
		goto out;
	}
	if (crypto_random(salt, sizeof(salt)) == -1)
		goto out;
	if (passwd_derive(password, pwlen, params, salt, sizeof(salt), hash, sizeof(hash)) == -1)
		goto out;
	buf_printf(out, PASSWD_PREFIX "ln=%u,r=%u,p=%u$", params->log2_n, params->r, params->p);
	crypto_base64_encode(salt, sizeof(salt), out);
	buf_putc(out, '$');
	crypto_base64_encode(hash, sizeof(hash), out);
	rc = 0;
out:
	OPENSSL_cleanse(hash, sizeof(hash));
	return rc;
}

/* Verifies password against stored (see passwd.h). 1 match, 0 no match or unreadable, -1 error. */
int
passwd_verify(const char *password, const char *stored)
{
	struct passwd_params pp;
	struct buf salt = BUF_INIT, hash = BUF_INIT;
	unsigned char derived[64];
	size_t pwlen;
	int rc = 0;

	if (password == NULL || (pwlen = strlen(password)) > PASSWD_MAX_BYTES)
		goto out;
	if (passwd_parse(stored, &pp, &salt, &hash) == -1)
		goto out;
	if (passwd_derive(password, pwlen, &pp, (const unsigned char *)salt.data, salt.len,
	    derived, hash.len) == -1) {
		rc = -1;
		goto out;
	}
	rc = crypto_equal(derived, hash.data, hash.len);
	OPENSSL_cleanse(derived, sizeof(derived));
out:
	buf_free(&salt);
	buf_free(&hash);
	return rc;
}

/* 1 if stored is weaker than current or unreadable, else 0 (see passwd.h). */
int
passwd_needs_rehash(const char *stored, const struct passwd_params *current)
{
	struct passwd_params pp;
	struct buf salt = BUF_INIT, hash = BUF_INIT;
	int rc = 1;

	if (current == NULL)
		current = &passwd_defaults;
	if (passwd_parse(stored, &pp, &salt, &hash) == -1)
		goto out;
	rc = pp.log2_n < current->log2_n || pp.r < current->r || pp.p < current->p ||
	    salt.len < PASSWD_SALT_BYTES || hash.len < PASSWD_HASH_BYTES;
out:
	buf_free(&salt);
	buf_free(&hash);
	return rc;
}

/* Runs passwd_verify against a stored form of the default parameters with a zero salt and hash,
 * so the parsing, decoding, derivation and comparison are the same as for a real account. */
void
passwd_verify_dummy(const char *password)
{
	static const unsigned char zeros[PASSWD_HASH_BYTES];
	struct buf stored = BUF_INIT;

	buf_printf(&stored, PASSWD_PREFIX "ln=%u,r=%u,p=%u$", passwd_defaults.log2_n,
	    passwd_defaults.r, passwd_defaults.p);
	crypto_base64_encode(zeros, PASSWD_SALT_BYTES, &stored);
	buf_putc(&stored, '$');
	crypto_base64_encode(zeros, PASSWD_HASH_BYTES, &stored);
	(void)passwd_verify(password, buf_str(&stored));
	buf_free(&stored);
}

/* Appends to out the form passwords are compared in: folded by fold_text (lower case, marks
 * removed, đ→d, composed or decomposed alike) and without spaces. */
static void
passwd_comparable(const char *s, struct buf *out)
{
	struct buf folded = BUF_INIT;
	size_t i;

	fold_text(s, strlen(s), &folded);
	for (i = 0; i < folded.len; i++)
		if (folded.data[i] != ' ' && folded.data[i] != '\t')
			buf_putc(out, folded.data[i]);
	buf_free(&folded);
}

/* Returns 1 if the n bytes at s are one code point repeated, else 0. */
static int
passwd_one_char_repeated(const char *s, size_t n)
{
	uint32_t first, cp;
	size_t i, used, firstlen;

	if ((firstlen = utf8_decode(s, n, &first)) == 0)
		return 0;
	for (i = firstlen; i < n; i += used)
		if ((used = utf8_decode(s + i, n - i, &cp)) == 0 || cp != first)
			return 0;
	return 1;
}

/* Applies the rules of passwd.h in order; the first one broken gives *reason. Returns 1 if the
 * password is acceptable, else 0. */
int
passwd_check_strength(const char *password, const char *const *personal, const char **reason)
{
	struct buf key = BUF_INIT, other = BUF_INIT;
	const char *why = NULL;
	size_t len = strlen(password), i;

	if (!utf8_valid(password, len)) {
		why = passwd_reasons[PASSWD_RULE_UTF8];
		goto out;
	}
	if (len > PASSWD_MAX_BYTES) {
		why = passwd_reasons[PASSWD_RULE_LONG];
		goto out;
	}
	if (utf8_length(password, len) < PASSWD_MIN_CHARS) {
		why = passwd_reasons[PASSWD_RULE_SHORT];
		goto out;
	}
	passwd_comparable(password, &key);
	/* Nothing left once spaces and marks are dropped counts as nothing repeated. */
	if (key.len == 0 || passwd_one_char_repeated(key.data, key.len)) {
		why = passwd_reasons[PASSWD_RULE_REPEATED];
		goto out;
	}
	for (i = 0; i < sizeof(passwd_common) / sizeof(passwd_common[0]); i++)
		if (strcmp(key.data, passwd_common[i]) == 0) {
			why = passwd_reasons[PASSWD_RULE_COMMON];
			goto out;
		}
	for (; personal && *personal; personal++) {
		buf_reset(&other);
		passwd_comparable(*personal, &other);
		if (other.len == 0)
			continue;
		if (strcmp(key.data, other.data) == 0 || strstr(other.data, key.data) != NULL ||
		    (utf8_length(other.data, other.len) >= 4 &&
		    strstr(key.data, other.data) != NULL)) {
			why = passwd_reasons[PASSWD_RULE_PERSONAL];
			goto out;
		}
	}
out:
	if (key.data)
		OPENSSL_cleanse(key.data, key.len);
	buf_free(&key);
	buf_free(&other);
	if (reason)
		*reason = why;
	return why == NULL;
}
