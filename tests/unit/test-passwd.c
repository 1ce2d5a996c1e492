/* Unit tests of passwd: if these broke, a citizen could not log in with the right password, could
 * log in with a wrong one, or could choose "matkhau123" or their own citizen ID as a password. */
#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "buf.h"
#include "passwd.h"
#include "tap.h"

/* What the form says for each rule broken. */
#define R_SHORT    "Mật khẩu phải có ít nhất 10 ký tự."
#define R_REPEATED "Mật khẩu không được chỉ gồm một ký tự lặp lại."
#define R_COMMON   "Mật khẩu này quá phổ biến và dễ bị đoán. Vui lòng chọn mật khẩu khác."
#define R_PERSONAL \
	"Mật khẩu không được chứa số định danh, số điện thoại hay địa chỉ e-mail của bạn."
#define R_UTF8     "Mật khẩu chứa ký tự không hợp lệ."
#define R_LONG     "Mật khẩu quá dài."

/* A salt and a hash of zero bytes, in stored form, for malformed stored strings. */
#define SALT0 "AAAAAAAAAAAAAAAAAAAAAA"
#define HASH0 "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"

/* The test password. */
#define PW "trâu vàng gặm cỏ non"

/* Small cost for the tests: 1 MiB and about a millisecond a hash. */
static const struct passwd_params quick = { 10, 8, 1 };

/* Returns the reason passwd_check_strength gives, or "ok" if it accepts. */
static const char *
why(const char *password, const char *const *personal)
{
	const char *reason = "(unset)";

	if (passwd_check_strength(password, personal, &reason))
		return reason == NULL ? "ok" : "(accepted with a reason)";
	return reason ? reason : "(refused without a reason)";
}

/* Returns the CPU seconds the process has used. */
static double
cpu_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int
main(void)
{
	static const char *const malformed[] = {
		"", "!", "$scrypt$", "$scrypt$ln=10,r=8,p=1$", "$scrypt$ln=10,r=8,p=1$$",
		"$scrypt$ln=10,r=8,p=1$" SALT0 "$",
		"$scrypt$ln=10,r=8$" SALT0 "$" HASH0,
		"$scrypt$ln=x,r=8,p=1$" SALT0 "$" HASH0,
		"$scrypt$ln=-1,r=8,p=1$" SALT0 "$" HASH0,
		"$scrypt$ln=0,r=8,p=1$" SALT0 "$" HASH0,
		"$scrypt$ln=40,r=8,p=1$" SALT0 "$" HASH0,
		"$scrypt$ln=22,r=32,p=1$" SALT0 "$" HASH0,
		"$scrypt$ln=10,r=8,p=0$" SALT0 "$" HASH0,
		"$scrypt$ln=10,r=8,p=99999999$" SALT0 "$" HASH0,
		"$scrypt$ln=10,r=8,p=1$AAAA$" HASH0,
		"$scrypt$ln=10,r=8,p=1$" SALT0 "$AAAA",
		"$scrypt$ln=10,r=8,p=1$" SALT0 "==$" HASH0,
		"$scrypt$ln=10,r=8,p=1$" SALT0 "$" HASH0 "$",
		"$scrypt$ln=10,r=8,p=1$" SALT0 "$" HASH0 "*",
		"$scrypt$ln=10 ,r=8,p=1$" SALT0 "$" HASH0,
		"$2y$10$abcdefghijklmnopqrstuu5Nw1vHzYkF1eWbVq0j7xE5PgmGgC2z6",
		"$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
	};
	static const char *const personal[] = { "001099012345", "0912345678", "nguyenvanan",
	    "an", NULL };
	static const char *const nothing[] = { NULL, NULL };
	struct passwd_params defaults = passwd_default_params(), pp;
	struct buf h = BUF_INIT, h2 = BUF_INIT, tampered = BUF_INIT;
	char *longpw;
	double t0, real, dummy;
	size_t i;
	int good;

	/* Hash and verify. */
	ok(passwd_hash(PW, &quick, &h) == 0, "a password is hashed");
	ok(strncmp(buf_str(&h), "$scrypt$ln=10,r=8,p=1$", 22) == 0 && h.len == 22 + 22 + 1 + 43,
	    "stored as $scrypt$ln=10,r=8,p=1$<22 chars of salt>$<43 chars of hash>: %s",
	    buf_str(&h));
	ok(passwd_verify(PW, buf_str(&h)) == 1, "the right password matches");
	ok(passwd_verify("trâu vàng gặm cỏ nom", buf_str(&h)) == 0, "a wrong password does not");
	ok(passwd_verify("Trâu vàng gặm cỏ non", buf_str(&h)) == 0, "case matters");
	ok(passwd_verify("trau vang gam co non", buf_str(&h)) == 0, "marks matter");
	ok(passwd_verify("", buf_str(&h)) == 0, "an empty password does not match");
	ok(passwd_hash(PW, &quick, &h2) == 0 && strcmp(h.data, h2.data) != 0,
	    "the same password hashed twice gives two stored forms (random salt)");
	ok(passwd_verify(PW, buf_str(&h2)) == 1, "and both verify");

	/* Tampering: every part of the stored form counts. */
	good = 1;
	for (i = strlen("$scrypt$ln=10,r=8,p=1$"); i < h.len; i++) {
		if (h.data[i] == '$')
			continue;
		buf_reset(&tampered);
		buf_puts(&tampered, h.data);
		tampered.data[i] = tampered.data[i] == 'A' ? 'B' : 'A';
		if (passwd_verify(PW, tampered.data) != 0)
			good = 0;
	}
	ok(good, "changing any character of the salt or hash makes verification fail");
	buf_reset(&tampered);
	buf_printf(&tampered, "$scrypt$ln=11%s", h.data + strlen("$scrypt$ln=10"));
	ok(passwd_verify(PW, tampered.data) == 0, "so does changing N");
	buf_reset(&tampered);
	buf_printf(&tampered, "$scrypt$ln=10,r=7%s", h.data + strlen("$scrypt$ln=10,r=8"));
	ok(passwd_verify(PW, tampered.data) == 0, "or r");

	/* Malformed stored forms are no match, not a crash. */
	good = 1;
	for (i = 0; i < sizeof(malformed) / sizeof(malformed[0]); i++)
		if (passwd_verify(PW, malformed[i]) != 0) {
			good = 0;
			printf("# verify gave non-zero for %s\n", malformed[i]);
		}
	ok(good,
	    "%zu malformed or out-of-bounds stored forms give 0",
	    sizeof(malformed) / sizeof(malformed[0]));
	ok(passwd_verify(PW, NULL) == 0, "a NULL stored form gives 0");

	/* Length limit. */
	longpw = xmalloc(PASSWD_MAX_BYTES + 2);
	memset(longpw, 'x', PASSWD_MAX_BYTES + 1);
	longpw[PASSWD_MAX_BYTES + 1] = '\0';
	buf_reset(&h2);
	ok(passwd_hash(longpw, &quick, &h2) == -1 && h2.len == 0,
	    "a password of 1025 bytes is refused by passwd_hash (-1), nothing written");
	longpw[PASSWD_MAX_BYTES] = '\0';
	ok(passwd_hash(longpw, &quick, &h2) == 0 && passwd_verify(longpw, buf_str(&h2)) == 1,
	    "one of 1024 bytes is hashed and verifies");
	longpw[PASSWD_MAX_BYTES] = 'x';
	ok(passwd_verify(longpw, buf_str(&h2)) == 0, "one of 1025 bytes never matches (0)");

	/* Parameters. */
	pp.log2_n = 11;
	pp.r = 4;
	pp.p = 2;
	buf_reset(&h2);
	ok(passwd_hash("một mật khẩu khác", &pp, &h2) == 0 &&
	    strncmp(buf_str(&h2), "$scrypt$ln=11,r=4,p=2$", 22) == 0,
	    "parameters are written: %s", buf_str(&h2));
	ok(passwd_verify("một mật khẩu khác", buf_str(&h2)) == 1, "and read back to verify");
	ok(passwd_needs_rehash(buf_str(&h2), &pp) == 0,
	    "a hash made with the current parameters needs no rehash");
	pp.p = 3;
	ok(passwd_needs_rehash(buf_str(&h2), &pp) == 1, "a higher p asks for a rehash");
	pp.p = 1;
	ok(passwd_needs_rehash(buf_str(&h2), &pp) == 0, "a lower p does not");
	pp.p = 2;
	pp.r = 8;
	ok(passwd_needs_rehash(buf_str(&h2), &pp) == 1, "a higher r asks for a rehash");
	ok(passwd_needs_rehash(buf_str(&h), &defaults) == 1 &&
	    passwd_needs_rehash(buf_str(&h), NULL) == 1,
	    "a test-cost hash needs a rehash to the defaults");
	ok(passwd_needs_rehash("$2y$10$whatever", &quick) == 1,
	    "an unreadable stored form needs one too");
	pp.log2_n = 30;
	buf_reset(&h2);
	ok(passwd_hash("x", &pp, &h2) == -1 && h2.len == 0, "out-of-bounds parameters are refused");
	pp.log2_n = 20;
	pp.r = 32;
	ok(passwd_hash("x", &pp, &h2) == -1, "and so is more than 256 MiB");

	/* The defaults: one real hash, and the dummy verify costs as much as a real one. */
	ok(defaults.log2_n == 15 && defaults.r == 8 && defaults.p == 1,
	    "the defaults are ln=15, r=8, p=1");
	buf_reset(&h2);
	ok(passwd_hash(PW, NULL, &h2) == 0 &&
	    strncmp(buf_str(&h2), "$scrypt$ln=15,r=8,p=1$", 22) == 0, "a hash at the defaults");
	t0 = cpu_seconds();
	ok(passwd_verify(PW, buf_str(&h2)) == 1, "verifies");
	real = cpu_seconds() - t0;
	ok(passwd_needs_rehash(buf_str(&h2), NULL) == 0, "and needs no rehash");
	t0 = cpu_seconds();
	passwd_verify_dummy(PW);
	dummy = cpu_seconds() - t0;
	printf("# verify at the defaults: %.0f ms CPU, dummy verify: %.0f ms CPU\n", real * 1e3,
	    dummy * 1e3);
	ok(dummy > real / 3 && dummy < real * 3,
	    "the dummy verify does the same work as a real one");

	/* Strength rules. */
	is_str(why("ngắn", NULL), R_SHORT, "a short password is refused");
	is_str(why("Hà Nội ơi", NULL), R_SHORT,
	    "length counts characters, not bytes (9 characters, 14 bytes)");
	is_str(why("Hà Nội ơi!", NULL), "ok", "10 characters are enough");
	is_str(why("aaaaaaaaaaaa", NULL), R_REPEATED,
	    "one character repeated is refused");
	is_str(why("          ", NULL), R_REPEATED, "and so are spaces only");
	is_str(why("matkhau123", NULL), R_COMMON,
	    "a common password is refused");
	is_str(why("MatKhau123", NULL), R_COMMON,
	    "in any case");
	is_str(why("Mật Khẩu 123", NULL), R_COMMON,
	    "with marks and spaces too");
	is_str(why("Ma\xcc\xa3\xcc\x82t kha\xcc\x82\xcc\x89u 123", NULL),
	    R_COMMON,
	    "and typed in decomposed form");
	good = 1;
	for (i = 0; i < 7; i++) {
		static const char *const common[] = { "123456789", "anhyeuem", "iloveyou",
		    "password",
		    "qwerty123", "1234567890", "anh yêu em 123" };
		const char *pw = common[i];

		if (strcmp(why(pw, NULL), "ok") == 0)
			good = 0;
	}
	ok(good,
	    "123456789, anhyeuem, iloveyou, password, qwerty123, 1234567890, anh yêu em 123 "
	    "are refused");
	is_str(why("IloveYou123", NULL), R_COMMON,
	    "iloveyou123 too");
	is_str(why("001099012345", personal),
	    R_PERSONAL,
	    "the citizen ID is refused");
	is_str(why("toi la 0912345678", personal),
	    R_PERSONAL,
	    "a password containing the phone number is refused");
	is_str(why("Nguyễn Văn An 1990", personal),
	    R_PERSONAL,
	    "one containing the e-mail name, whatever its case, marks and spaces, too");
	is_str(why("1099012345", personal),
	    R_PERSONAL,
	    "and one that is a piece of the citizen ID");
	is_str(why("banana split 42", personal), "ok",
	    "a personal string under 4 characters is only compared whole");
	is_str(why(PW, personal), "ok", "a good password is accepted");
	is_str(why("correct horse battery staple", nothing), "ok",
	    "an empty personal list is fine");
	is_str(why("abcdefghij\xff", NULL), R_UTF8, "invalid UTF-8 is refused");
	is_str(why(longpw, NULL), R_LONG, "more than 1024 bytes is refused");
	ok(passwd_check_strength(PW, NULL, NULL) == 1 &&
	    passwd_check_strength("matkhau", NULL, NULL) == 0, "reason may be NULL");

	free(longpw);
	buf_free(&h);
	buf_free(&h2);
	buf_free(&tampered);
	return done_testing();
}
