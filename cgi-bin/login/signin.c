/* login: logging in (with limits on failed attempts) and out. */
#include "login.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "buf.h"
#include "db.h"
#include "fmt.h"
#include "log.h"
#include "passwd.h"
#include "sess.h"
#include "url.h"

/* Failed logins: this many in the window lock the account, or the client address, for the
 * lock time. Kept in MariaDB, so every worker of every host counts the same failures. */
#define LOGIN_ACCOUNT_FAILURES  5
#define LOGIN_ADDRESS_FAILURES  20
#define LOGIN_WINDOW_SECONDS    (15 * 60)
#define LOGIN_LOCK_SECONDS      (15 * 60)

enum {
	SQL_USER_BY_CITIZEN,
	SQL_USER_BY_INSURANCE,
	SQL_USER_BY_TAX,
	SQL_LOCKED,
	SQL_FAIL,
	SQL_LOCK,
	SQL_CLEAR,
	SQL_REHASH,
	SQL__MAX
};

#define USER_COLUMNS "SELECT id, password_hash, status, totp_enabled, email, full_name FROM users "

static const char *const sqls[SQL__MAX] = {
	/* SQL_USER_BY_CITIZEN: a citizen by the 12-digit ID. */
	USER_COLUMNS "WHERE citizen_id = ? AND kind <> 'business'",
	/* SQL_USER_BY_INSURANCE: a citizen by the 10-digit social-insurance number. */
	USER_COLUMNS "WHERE social_insurance_no = ? AND kind <> 'business'",
	/* SQL_USER_BY_TAX: a business by its tax code. */
	USER_COLUMNS "WHERE tax_code = ? AND kind = 'business'",
	/* SQL_LOCKED: seconds left of a lock on the account or the address, if any. */
	"SELECT COALESCE(MAX(TIMESTAMPDIFF(SECOND, NOW(), locked_until)), 0), "
	"DATE_FORMAT(MAX(locked_until), '%H:%i') FROM login_failures "
	"WHERE ((scope = 'account' AND subject = ?) OR (scope = 'address' AND subject = ?)) "
	"AND locked_until > NOW()",
	/* SQL_FAIL: counts a failure; a window that has run out starts again. */
	"INSERT INTO login_failures (scope, subject, failures, first_at) VALUES (?, ?, 1, NOW()) "
	"ON DUPLICATE KEY UPDATE "
	"failures = IF(first_at < NOW() - INTERVAL ? SECOND, 1, failures + 1), "
	"first_at = IF(first_at < NOW() - INTERVAL ? SECOND, NOW(), first_at)",
	/* SQL_LOCK: locks what has had too many failures; affected rows say whether it did. */
	"UPDATE login_failures SET locked_until = NOW() + INTERVAL ? SECOND, failures = 0 "
	"WHERE scope = ? AND subject = ? AND failures >= ?",
	/* SQL_CLEAR: a successful login forgets the account's failures. */
	"DELETE FROM login_failures WHERE scope = 'account' AND subject = ?",
	/* SQL_REHASH: a password hash made with weaker parameters than today's. */
	"UPDATE users SET password_hash = ? WHERE id = ?",
};

static const struct db_stmts signin_stmts = DB_STMTS("signin", sqls);

/*
 * GET /account/login[?next=]: the form. 200; a logged-in user goes on to next (303).
 */
int
login_form(struct req *req)
{
	if (req->sess)
		return req_redirect(req, 303, "%s", login_safe_next(req_form(req, "next")));
	if (req_form(req, "kind") == NULL)
		req_set(req, "Form.kind", "citizen");
	req_set(req, "Page.Title", "Đăng nhập");
	req->template = "login/login.cs";
	return 200;
}

/* Counts a failure against scope/subject and locks it when it has too many. Returns 1 if it is
 * now locked, 0 if not, -1 on database error. */
static int
signin_fail(struct db *db, const char *scope, const char *subject, int limit)
{
	unsigned long long locked = 0;
	struct db_arg fail[] = { DB_STR(scope), DB_STR(subject), DB_INT(LOGIN_WINDOW_SECONDS),
	    DB_INT(LOGIN_WINDOW_SECONDS) };
	struct db_arg lock[] = { DB_INT(LOGIN_LOCK_SECONDS), DB_STR(scope), DB_STR(subject),
	    DB_INT(limit) };

	if (db_exec(db, &signin_stmts, SQL_FAIL, DB_ARGS(fail), NULL, NULL) == -1 ||
	    db_exec(db, &signin_stmts, SQL_LOCK, DB_ARGS(lock), &locked, NULL) == -1)
		return -1;
	return locked > 0;
}

/* The statement that finds the account for what was typed: a 12-digit citizen ID, a 10-digit
 * social-insurance number, or a business's tax code. -1 when it cannot be any of them. */
static int
signin_lookup(const char *kind, const char *login)
{
	size_t len = strlen(login), i;

	for (i = 0; i < len; i++)
		if (!((login[i] >= '0' && login[i] <= '9') || login[i] == '-'))
			return -1;
	if (strcmp(kind, "business") == 0)
		return SQL_USER_BY_TAX;
	if (len == 12 && strchr(login, '-') == NULL)
		return SQL_USER_BY_CITIZEN;
	if (len == 10 && strchr(login, '-') == NULL)
		return SQL_USER_BY_INSURANCE;
	return -1;
}

int
login_find_account(struct db *db, const char *kind, const char *login, struct db_result **out)
{
	int lookup = signin_lookup(kind, login);
	struct db_arg arg = DB_STR(login);

	/* What cannot be any account's number is asked with a statement that finds nothing, so
	 * the caller has one kind of answer, and about the same time, either way. */
	if (lookup == -1) {
		lookup = SQL_USER_BY_CITIZEN;
		arg = DB_STR("");
	}
	return db_query(db, &signin_stmts, lookup, DB_ARG(arg), out);
}

/*
 * POST /account/login: checks the password; answers 401 with the same words whether the account
 * is unknown or the password wrong (and in the same time), 429 while the account or the address
 * is locked after too many failures, 303 to next once logged in. 500/503 on database failure.
 * (Without a login or a password the page table gives the form back, 422.)
 */
int
login_submit(struct req *req)
{
	const char *kind = req_form(req, "kind") ? req_form(req, "kind") : "citizen";
	const char *login = req_form(req, "login"), *password = req_form(req, "password");
	const char *ip = req_param(req, "REMOTE_ADDR");
	struct db_result *user = NULL, *lock = NULL;
	struct db *db = req->app->db;
	long long user_id = 0;
	char subject[4 * 40 + 1];	/* a login is at most 40 characters (main.c), 4 bytes each */
	int ok = 0, status, locked, totp;

	req_set(req, "Form.kind", kind);
	req_set(req, "Page.Title", "Đăng nhập");
	req->template = "login/login.cs";
	if (ip == NULL)
		ip = "";
	if (str_copy(subject, sizeof(subject), login) == -1)
		return 500;	/* the page's field table lets no longer login through */
	/* Failures count against the account, whichever of its numbers was typed (an unknown one
	 * counts against what was typed), and against the client address. */
	if (login_find_account(db, kind, login, &user) == -1)
		return req_db_failed(req);
	if (user->nrows == 1) {
		user_id = db_cell_ll(user, 0, 0, 0);
		if (fmt_into(subject, sizeof(subject), "account %lld", user_id) == -1) {
			db_result_free(user);
			return 500;
		}
	}
	{
		struct db_arg args[] = { DB_STR(subject), DB_STR(ip) };

		if (db_query(db, &signin_stmts, SQL_LOCKED, DB_ARGS(args), &lock) == -1) {
			db_result_free(user);
			return req_db_failed(req);
		}
		if (db_cell_ll(lock, 0, 0, 0) > 0) {
			req_setf(req, "Login.Locked", "Đăng nhập tạm bị khóa vì nhập sai mật khẩu nhiều lần. "
			    "Vui lòng thử lại sau %s.", db_cell(lock, 0, 1));
			req_setf(req, "Login.RetryAfter", "%lld", db_cell_ll(lock, 0, 0, 0));
			req_header(req, "Retry-After", db_cell(lock, 0, 0));
			db_result_free(lock);
			db_result_free(user);
			return 429;
		}
		db_result_free(lock);
	}
	if (user_id && strcmp(db_cell(user, 0, 2), "active") == 0)
		ok = passwd_verify(password, db_cell(user, 0, 1)) == 1;
	else
		passwd_verify_dummy(password);	/* an unknown account takes as long as a wrong password */

	if (!ok) {
		audit_log(db, "login_failed", user_id, 0, ip, login);
		if ((locked = signin_fail(db, "account", subject, LOGIN_ACCOUNT_FAILURES)) == 1)
			audit_log(db, "lockout", user_id, 0, ip, "account");
		if (locked != -1 && signin_fail(db, "address", ip, LOGIN_ADDRESS_FAILURES) == 1)
			audit_log(db, "lockout", 0, 0, ip, "address");
		db_result_free(user);
		if (locked == -1)
			return req_db_failed(req);
		req_field_error(req, "login", "Tên đăng nhập hoặc mật khẩu không đúng.");
		return 401;
	}
	{
		struct db_arg arg = DB_STR(subject);
		struct passwd_params params = passwd_default_params();

		db_exec(db, &signin_stmts, SQL_CLEAR, DB_ARG(arg), NULL, NULL);
		/* Parameters raised since this hash was made: hash it again, now that we have it. */
		if (passwd_needs_rehash(db_cell(user, 0, 1), &params) == 1) {
			struct buf hash = BUF_INIT;

			if (passwd_hash(password, &params, &hash) == 0) {
				struct db_arg args[] = { DB_STR(buf_str(&hash)), DB_INT(user_id) };

				db_exec(db, &signin_stmts, SQL_REHASH, DB_ARGS(args), NULL, NULL);
			}
			buf_free(&hash);
		}
	}
	totp = db_cell_ll(user, 0, 3, 0);
	db_result_free(user);
	if (sess_start(req, user_id, req_form(req, "remember") != NULL, 0) == -1)
		return req_db_failed(req);
	if (totp) {
		/* The password was right; the session opens nothing until the code is given. */
		struct buf link = BUF_INIT;

		audit_log(db, "login_password", user_id, 0, ip, "second factor to come");
		buf_puts(&link, "/account/login/2fa?next=");
		url_encode(login_safe_next(req_form(req, "next")), &link);
		status = req_redirect(req, 303, "%s", buf_str(&link));
		buf_free(&link);
		return status;
	}
	audit_log(db, "login", user_id, 0, ip, req_form(req, "remember") ? "remember" : "");
	status = req_redirect(req, 303, "%s", login_safe_next(req_form(req, "next")));
	return status;
}

/* Counts a failed second factor against the account; 1 when that locked it. For twofactor.c. */
int
login_count_failure(struct req *req, long long user_id)
{
	char subject[64];
	int locked;

	if (fmt_into(subject, sizeof(subject), "account %lld", user_id) == -1)
		return -1;
	locked = signin_fail(req->app->db, "account", subject, LOGIN_ACCOUNT_FAILURES);
	if (locked == 1)
		audit_log(req->app->db, "lockout", user_id, 0, req_param(req, "REMOTE_ADDR"), "account");
	return locked;
}

/* Forgets the failures and lock of the user's account (a new password was set by mail). */
int
login_clear_failures(struct db *db, long long user_id)
{
	char subject[64];
	struct db_arg arg;

	if (fmt_into(subject, sizeof(subject), "account %lld", user_id) == -1)
		return -1;
	arg = DB_STR(subject);
	return db_exec(db, &signin_stmts, SQL_CLEAR, DB_ARG(arg), NULL, NULL);
}

/* Seconds left of a lock on the user's account, 0 if none, -1 on error. */
long long
login_locked_for(struct req *req, long long user_id, char *until, size_t until_size)
{
	struct db_result *res = NULL;
	char subject[64];
	const char *ip = req_param(req, "REMOTE_ADDR");
	long long left;

	if (fmt_into(subject, sizeof(subject), "account %lld", user_id) == -1)
		return -1;
	{
		struct db_arg args[] = { DB_STR(subject), DB_STR(ip ? ip : "") };

		if (db_query(req->app->db, &signin_stmts, SQL_LOCKED, DB_ARGS(args), &res) == -1)
			return -1;
	}
	left = db_cell_ll(res, 0, 0, 0);
	/* "HH:MM" (SQL_LOCKED): a longer one is not what the message expects. */
	if (str_copy(until, until_size, db_cell(res, 0, 1)) == -1) {
		log_err("login: account %lld: lock time %s too long", user_id, db_cell(res, 0, 1));
		left = -1;
	}
	db_result_free(res);
	return left;
}

/*
 * POST /account/logout: ends the session on the server and clears the cookie; 303 to the home
 * page (a visitor who is not logged in is simply sent there too).
 */
int
login_logout(struct req *req)
{
	long long user_id = req->sess ? req->sess->user_id : 0;

	if (req->sess) {
		if (sess_end(req) == -1)
			return req_db_failed(req);
		audit_log(req->app->db, "logout", user_id, 0, req_param(req, "REMOTE_ADDR"), "");
	}
	return req_redirect(req, 303, "/");
}
