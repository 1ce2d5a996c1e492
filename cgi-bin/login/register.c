/* login: registering a citizen's or a business's account. */
#include "login.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "audit.h"
#include "buf.h"
#include "db.h"
#include "fmt.h"
#include "idnum.h"
#include "passwd.h"
#include "sess.h"
#include "utf8.h"
#include "workdays.h"

enum {
	SQL_EXISTS_CITIZEN,
	SQL_EXISTS_TAX,
	SQL_INSERT,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_EXISTS_CITIZEN: is there an account for this citizen ID already? */
	"SELECT id FROM users WHERE citizen_id = ?",
	/* SQL_EXISTS_TAX: or for this tax code? */
	"SELECT id FROM users WHERE tax_code = ?",
	/* SQL_INSERT: the account. */
	"INSERT INTO users (kind, citizen_id, tax_code, full_name, birth_date, sex, representative, "
	"phone, email, password_hash) VALUES (?, NULLIF(?, ''), NULLIF(?, ''), ?, NULLIF(?, ''), "
	"NULLIF(?, ''), NULLIF(?, ''), ?, ?, ?)",
};

static const struct db_stmts register_stmts = DB_STMTS("register", sqls);

#define ER_DUP_ENTRY 1062

/* The form's kind: business only when asked for. */
static const char *
register_kind(const struct req *req)
{
	const char *kind = req_form(req, "kind");

	return kind && strcmp(kind, "business") == 0 ? "business" : "citizen";
}

/*
 * GET /account/register[?kind=business]: the form. 200.
 */
int
login_register_form(struct req *req)
{
	if (req->sess)
		return req_redirect(req, 303, "/account");
	req_set(req, "Form.kind", register_kind(req));
	req_set(req, "Page.Title", "Đăng ký tài khoản");
	req->template = "login/register.cs";
	return 200;
}

/* Parses YYYY-MM-DD (what <input type=date> sends). Returns 1 with the year, or 0. */
static int
register_date(const char *s, int *year)
{
	long day = workdays_parse(s);
	time_t t;
	struct tm tm;

	if (day == WORKDAYS_INVALID)
		return 0;
	t = (time_t)day * 86400;	/* not before the check: WORKDAYS_INVALID * 86400 overflows */
	gmtime_r(&t, &tm);
	*year = tm.tm_year + 1900;
	return 1;
}

static int
register_current_year(void)
{
	time_t now = time(NULL);
	struct tm tm;

	gmtime_r(&now, &tm);
	return tm.tm_year + 1900;
}

/*
 * POST /account/register: checks every field and names each problem next to it (422, the form
 * keeps what was typed but the passwords); a citizen ID or tax code that has an account already
 * is a 409 with the way to log in. On success the account is made, the event audited, the user
 * logged in, and sent to the account page (303). 500/503 on database failure.
 */
int
login_register(struct req *req)
{
	const char *kind = register_kind(req);
	int business = strcmp(kind, "business") == 0;
	const char *full_name = req_form(req, "full_name"), *phone_in = req_form(req, "phone");
	const char *email_in = req_form(req, "email"), *password = req_form(req, "password");
	const char *birth = req_form(req, "birth_date");
	const char *sex = req_form(req, "sex"), *rep = req_form(req, "representative");
	char citizen[IDNUM_TAX_SIZE] = "", tax[IDNUM_TAX_SIZE] = "", phone[IDNUM_PHONE_SIZE] = "";
	char email[IDNUM_EMAIL_SIZE] = "";
	struct buf hash = BUF_INIT;
	struct db_result *res = NULL;
	enum idnum_error e;
	unsigned long long user_id;
	struct passwd_params params = passwd_default_params();
	int year = 0, status = 303;

	req_set(req, "Form.kind", kind);
	req_set(req, "Page.Title", "Đăng ký tài khoản");
	req->template = "login/register.cs";
	if (req->sess)
		return req_redirect(req, 303, "/account");

	if (business) {
		if ((e = idnum_tax_check(req_form(req, "tax_code"), tax, sizeof(tax))) != IDNUM_OK)
			req_field_error(req, "tax_code", idnum_message(e));
		if (rep == NULL || utf8_length(rep, strlen(rep)) < 2)
			req_field_error(req, "representative",
			    "Vui lòng nhập họ tên người đại diện theo pháp luật.");
	} else {
		struct idnum_citizen id;

		if ((e = idnum_citizen_parse(req_form(req, "citizen_id"), &id)) != IDNUM_OK)
			req_field_error(req, "citizen_id", idnum_message(e));
		else if (str_copy(citizen, sizeof(citizen), id.number) == -1)
			return 500;	/* 12 digits always fit */
		if (!register_date(birth, &year))
			req_field_error(req, "birth_date", "Vui lòng nhập ngày sinh đúng (ngày/tháng/năm).");
		else if (e == IDNUM_OK && (e = idnum_citizen_matches_birth(&id, year, sex ? sex[0] : 0,
		    register_current_year())) != IDNUM_OK)
			req_field_error(req, e == IDNUM_E_SEX_MISMATCH ? "sex" : "birth_date",
			    idnum_message(e));
		if (sex == NULL)
			req_field_error(req, "sex", "Vui lòng chọn giới tính.");
	}
	if (full_name == NULL || utf8_length(full_name, strlen(full_name)) < 2)
		req_field_error(req, "full_name", business ? "Vui lòng nhập tên doanh nghiệp."
		    : "Vui lòng nhập họ và tên như trên thẻ căn cước.");
	if ((e = idnum_phone_check(phone_in, phone, sizeof(phone))) != IDNUM_OK)
		req_field_error(req, "phone", idnum_message(e));
	if ((e = idnum_email_check(email_in, email, sizeof(email))) != IDNUM_OK)
		req_field_error(req, "email", idnum_message(e));
	login_new_password_ok(req, business ? tax : citizen, phone, email);
	if (req_form(req, "Invalid") != NULL)
		return 422;

	/* A clear answer for an ID that has an account already; the unique key below is what
	 * really keeps a second account from being made, even by two requests at once. */
	{
		struct db_arg arg = DB_STR(business ? tax : citizen);

		if (db_query(req->app->db, &register_stmts, business ? SQL_EXISTS_TAX : SQL_EXISTS_CITIZEN,
		    DB_ARG(arg), &res) == -1)
			return req_db_failed(req);
		if (res->nrows > 0)
			goto duplicate;
		db_result_free(res);
		res = NULL;
	}
	if (passwd_hash(password, &params, &hash) == -1) {
		status = 500;
		goto out;
	}
	/* The account, its confirmation link and the mail that carries it commit together. */
	if (db_begin(req->app->db) == -1) {
		status = req_db_failed(req);
		goto out;
	}
	{
		struct db_arg args[] = {
			DB_STR(kind), DB_STR(citizen), DB_STR(tax), DB_STR(full_name),
			DB_STR(business ? "" : birth), DB_STR(business || !sex ? "" : sex),
			DB_STR(business && rep ? rep : ""), DB_STR(phone), DB_STR(email),
			DB_STR(buf_str(&hash))
		};
		char token[CRYPTO_TOKEN_SIZE];

		if (db_exec(req->app->db, &register_stmts, SQL_INSERT, DB_ARGS(args), NULL, &user_id) == -1) {
			int dup = db_errno(req->app->db) == ER_DUP_ENTRY;

			db_rollback(req->app->db);
			if (dup)
				goto duplicate;
			status = req_db_failed(req);
			goto out;
		}
		if (login_token_issue(req->app->db, (long long)user_id, "confirm", email,
		    LOGIN_CONFIRM_TTL, token, NULL) == -1 ||
		    login_mail_confirm(req, email, full_name, token, 0) == -1 ||
		    audit_log(req->app->db, "register", (long long)user_id, 0,
		    req_param(req, "REMOTE_ADDR"), kind) == -1 ||
		    db_commit(req->app->db) == -1) {
			db_rollback(req->app->db);
			status = req_db_failed(req);
			goto out;
		}
		memset(token, 0, sizeof(token));
	}
	if (sess_start(req, (long long)user_id, 0, 0) == -1) {
		status = req_db_failed(req);
		goto out;
	}
	audit_log(req->app->db, "login", (long long)user_id, 0, req_param(req, "REMOTE_ADDR"),
	    "after registration");
	status = req_redirect(req, 303, "/account?welcome=1");
	goto out;
duplicate:
	req_field_error(req, business ? "tax_code" : "citizen_id", business
	    ? "Mã số thuế này đã có tài khoản. Hãy đăng nhập, hoặc lấy lại mật khẩu nếu quên."
	    : "Số định danh này đã có tài khoản. Hãy đăng nhập, hoặc lấy lại mật khẩu nếu quên.");
	req_set(req, "Form.Duplicate", "1");
	status = 409;
out:
	db_result_free(res);
	if (hash.data)
		memset(hash.data, 0, hash.len);
	buf_free(&hash);
	return status;
}
