/* login.fcgi: the accounts family's page table and entry point. */
#include "config.h"

#include <malloc.h>
#include <openssl/crypto.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "conf.h"
#include "checks.h"
#include "crypto.h"
#include "login.h"
#include "passwd.h"

static const char *const kinds[] = { "citizen", "business", NULL };
static const char *const sexes[] = { "M", "F", NULL };
static const char *const yes[] = { "1", NULL };

/* Field rules bound the size and shape, and check what a phone number or an address means; the
 * rest (an ID that must match the birth date, passwords) is checked by the handler, which says
 * it next to the field and keeps what was typed, as the table does. */
#define CONTACT_REQUIRED "Vui lòng nhập thông tin này."
static const struct field_rule register_fields[] = {
	FIELD_RULE("kind",           "Loại tài khoản",          FIELD_ENUM, 0, 0,    kinds),
	FIELD_RULE("citizen_id",     "Số định danh cá nhân",    FIELD_TEXT, 0, 20,   NULL),
	FIELD_RULE("tax_code",       "Mã số thuế",              FIELD_TEXT, 0, 20,   NULL),
	FIELD_RULE("full_name",      "Họ và tên",               FIELD_TEXT, 0, 200,  NULL),
	FIELD_RULE("birth_date",     "Ngày sinh",               FIELD_TEXT, 0, 10,   NULL),
	FIELD_RULE("sex",            "Giới tính",               FIELD_ENUM, 0, 0,    sexes),
	FIELD_RULE("representative", "Người đại diện theo pháp luật", FIELD_TEXT, 0, 200, NULL),
	/* Checked by the handler with the rest (the ID against the birth date, the password
	 * against the phone), so that one answer names every problem of the form. */
	FIELD_RULE("phone",          "Số điện thoại",           FIELD_TEXT, 0, 20,   NULL),
	FIELD_RULE("email",          "Thư điện tử",             FIELD_TEXT, 0, 254,  NULL),
	FIELD_RULE("password",       "Mật khẩu",                FIELD_TEXT, 0, 1024, NULL),
	FIELD_RULE("password2",      "Nhập lại mật khẩu",       FIELD_TEXT, 0, 1024, NULL),
	FIELD_END
};

#define LOGIN_REQUIRED "Vui lòng nhập số định danh, mã số BHXH hoặc mã số thuế."

static const struct field_rule login_fields[] = {
	FIELD_RULE("kind",     "Loại tài khoản", FIELD_ENUM, 0, 0,    kinds),
	FIELD_RULE("login",    "Tên đăng nhập",  FIELD_TEXT, 0, 40,   NULL, .required = LOGIN_REQUIRED),
	FIELD_RULE("password", "Mật khẩu",       FIELD_TEXT, 0, 1024, NULL,
	    .required = "Vui lòng nhập mật khẩu."),
	FIELD_RULE("remember", "Ghi nhớ",        FIELD_ENUM, 0, 0,    yes),
	FIELD_RULE("next",     "Trang tiếp theo", FIELD_TEXT, 0, 500, NULL),
	FIELD_END
};

static const struct field_rule code_fields[] = {
	FIELD_RULE("code",     "Mã xác thực",    FIELD_TEXT, 0, 20,   NULL),
	FIELD_RULE("password", "Mật khẩu",       FIELD_TEXT, 0, 1024, NULL),
	FIELD_RULE("next",     "Trang tiếp theo", FIELD_TEXT, 0, 500, NULL),
	FIELD_END
};

static const struct field_rule password_fields[] = {
	FIELD_RULE("current",   "Mật khẩu hiện tại",      FIELD_TEXT, 0, 1024, NULL),
	FIELD_RULE("password",  "Mật khẩu mới",           FIELD_TEXT, 0, 1024, NULL),
	FIELD_RULE("password2", "Nhập lại mật khẩu mới",  FIELD_TEXT, 0, 1024, NULL),
	FIELD_END
};

static const char *const contact_notices[] = { "1", "email", NULL };

/* What the account page says after a change (/account?password=1 ...). */
static const struct field_rule account_fields[] = {
	FIELD_RULE("welcome",  "Thông báo", FIELD_ENUM, 0, 0, yes),
	FIELD_RULE("ended",    "Thông báo", FIELD_UINT, 0, 1000000, NULL),
	FIELD_RULE("password", "Thông báo", FIELD_ENUM, 0, 0, yes),
	FIELD_RULE("sent",     "Thông báo", FIELD_ENUM, 0, 0, yes),
	FIELD_RULE("contact",  "Thông báo", FIELD_ENUM, 0, 0, contact_notices),
	FIELD_END
};

static const struct field_rule token_fields[] = {
	FIELD_RULE("t", "Mã liên kết", FIELD_TEXT, 0, 64, NULL),
	FIELD_END
};

static const struct field_rule contact_fields[] = {
	FIELD_RULE("phone",   "Số điện thoại",     FIELD_TEXT, 0, 20,   NULL,
	    .required = CONTACT_REQUIRED, .check = check_phone),
	FIELD_RULE("email",   "Thư điện tử",       FIELD_TEXT, 0, 254,  NULL,
	    .required = CONTACT_REQUIRED, .check = check_email),
	FIELD_RULE("current", "Mật khẩu hiện tại", FIELD_TEXT, 0, 1024, NULL),
	FIELD_END
};

static const struct field_rule forgot_fields[] = {
	FIELD_RULE("kind",  "Loại tài khoản", FIELD_ENUM, 0, 0,  kinds),
	FIELD_RULE("login", "Tên đăng nhập",  FIELD_TEXT, 0, 40, NULL, .required = LOGIN_REQUIRED),
	FIELD_END
};

static const struct field_rule reset_fields[] = {
	FIELD_RULE("t",         "Mã liên kết",           FIELD_TEXT, 0, 64,   NULL),
	FIELD_RULE("password",  "Mật khẩu mới",          FIELD_TEXT, 0, 1024, NULL),
	FIELD_RULE("password2", "Nhập lại mật khẩu mới", FIELD_TEXT, 0, 1024, NULL),
	FIELD_END
};

static const struct page login_pages[] = {
	{ REQ_GET,  "/account/register",  login_register_form, register_fields, PAGE_FORM, NULL },
	{ REQ_POST, "/account/register",  login_register,      register_fields, PAGE_FORM, login_register_form },
	{ REQ_GET,  "/account/login",     login_form,          login_fields,    PAGE_FORM, NULL },
	{ REQ_POST, "/account/login",     login_submit,        login_fields,    PAGE_FORM, login_form },
	{ REQ_GET,  "/account/login/2fa", login_second_form,   code_fields,     PAGE_PENDING, NULL },
	{ REQ_POST, "/account/login/2fa", login_second_submit, code_fields,     PAGE_PENDING, NULL },
	{ REQ_POST, "/account/logout",    login_logout,        NULL,            PAGE_PENDING, NULL },
	{ REQ_GET,  "/account/password",  login_password_form, password_fields, PAGE_LOGIN, NULL },
	{ REQ_POST, "/account/password",  login_password,      password_fields, PAGE_LOGIN, NULL },
	{ REQ_GET,  "/account/export",    login_export,        NULL,            PAGE_LOGIN, NULL },
	{ REQ_GET,  "/account/password/forgot", login_forgot_form, forgot_fields, PAGE_FORM, NULL },
	{ REQ_POST, "/account/password/forgot", login_forgot,      forgot_fields, PAGE_FORM, login_forgot_form },
	{ REQ_GET,  "/account/password/reset",  login_reset_form,  reset_fields,  PAGE_FORM, NULL },
	{ REQ_POST, "/account/password/reset",  login_reset,       reset_fields,  PAGE_FORM, NULL },
	{ REQ_GET,  "/account/email/confirm",   login_confirm_form, token_fields, PAGE_FORM, NULL },
	{ REQ_POST, "/account/email/confirm",   login_confirm,     token_fields,  PAGE_FORM, NULL },
	{ REQ_POST, "/account/email/resend",    login_resend,      NULL,          PAGE_LOGIN, NULL },
	{ REQ_GET,  "/account/contact",   login_contact_form,  contact_fields,  PAGE_LOGIN, NULL },
	{ REQ_POST, "/account/contact",   login_contact,       contact_fields,  PAGE_LOGIN, login_contact_form },
	{ REQ_GET,  "/account/2fa",       login_twofactor,     code_fields,     PAGE_LOGIN, NULL },
	{ REQ_POST, "/account/2fa/enable", login_twofactor_enable, code_fields, PAGE_LOGIN, NULL },
	{ REQ_POST, "/account/2fa/disable", login_twofactor_disable, code_fields, PAGE_LOGIN, NULL },
	{ REQ_GET,  "/account",           login_account,       account_fields,  PAGE_LOGIN, NULL },
	{ REQ_POST, "/account/sessions/end-others", login_end_others, NULL,     PAGE_LOGIN, NULL },
};

/* Per worker: the key that seals TOTP secrets at rest, when one is configured. */
struct login_ctx {
	unsigned char  key[CRYPTO_KEY_SIZE];
	int            has_key;
};

/* Each worker keeps scrypt's 32 MiB between logins: glibc would otherwise give a block that size
 * back to the kernel after every hash and fault it in again, which more than doubles the time of a
 * login here (passwd.c has the figures). */
static void *
login_init(struct app *app)
{
	struct login_ctx *ctx = xcalloc(1, sizeof(*ctx));

	mallopt(M_MMAP_THRESHOLD, 64 << 20);
	mallopt(M_TRIM_THRESHOLD, 128 << 20);
	ctx->has_key = crypto_load_key(conf_str(app->conf, "Security.SecretKeyFile",
	    CONG_SYSCONFDIR "/cong/secret.key"), ctx->key) == 0;
	return ctx;
}

static void
login_done(void *family_ctx)
{
	struct login_ctx *ctx = family_ctx;

	OPENSSL_cleanse(ctx->key, sizeof(ctx->key));
	free(ctx);
}

static const struct family login_family = {
	.name = "login",
	FAMILY_PAGES(login_pages),
	.init = login_init,
	.done = login_done,
};

int
login_new_password_ok(struct req *req, const char *idnum, const char *phone, const char *email)
{
	const char *password = req_form(req, "password"), *password2 = req_form(req, "password2");
	const char *personal[4], *reason;
	/* Copied whole, however long: a cut mailbox name would let the rest of it pass. */
	char *email_local = xstrndup(email, strcspn(email, "@"));
	int ok = 0;

	/* A password made of the account's own numbers, or the name of its mailbox, is guessed. */
	personal[0] = idnum;
	personal[1] = phone;
	personal[2] = email_local;
	personal[3] = NULL;
	if (password == NULL || !passwd_check_strength(password, personal, &reason))
		req_field_error(req, "password", password ? reason : "Vui lòng nhập mật khẩu.");
	else if (password2 == NULL || strcmp(password, password2) != 0)
		req_field_error(req, "password2", "Hai lần nhập mật khẩu không khớp nhau.");
	else
		ok = 1;
	free(email_local);
	return ok;
}

const unsigned char *
login_secret_key(const struct req *req)
{
	const struct login_ctx *ctx = req->app->family_ctx;

	return ctx && ctx->has_key ? ctx->key : NULL;
}

const char *
login_safe_next(const char *next)
{
	const unsigned char *p;

	/* Only a path of this site: "/x". Browsers drop tabs and line breaks from a URL and read "\"
	 * as "/", so "/\tevil", "/\\evil" and "//evil" would all lead to another host: a next with
	 * any control character, space or backslash, or starting "//", is not taken. */
	if (next == NULL || next[0] != '/' || next[1] == '/')
		return "/account";
	for (p = (const unsigned char *)next; *p; p++)
		if (*p <= 0x20 || *p == 0x7F || *p == '\\')
			return "/account";
	return next;
}

int
main(int argc, char **argv)
{
	return app_main(argc, argv, &login_family);
}
