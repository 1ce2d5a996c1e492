/* login: a forgotten password — a single-use link, live for an hour, mailed to the account's
 * address, that sets a new password and logs out every device. */
#include "login.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "buf.h"
#include "db.h"
#include "passwd.h"

/* Links one account may be sent in an hour: enough for a lost mail, too few to flood a mailbox. */
#define RESET_HOURLY 3

enum {
	SQL_USER,
	SQL_SET_PASSWORD,
	SQL_END_SESSIONS,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_USER: what the password rules compare against. */
	"SELECT COALESCE(citizen_id, tax_code, ''), phone, email, status FROM users WHERE id = ?",
	/* SQL_SET_PASSWORD: the address the link reached is confirmed by that. */
	"UPDATE users SET password_hash = ?, "
	"email_confirmed_at = IF(email = ?, COALESCE(email_confirmed_at, NOW()), email_confirmed_at) "
	"WHERE id = ?",
	/* SQL_END_SESSIONS: whoever knew the old password is logged out. */
	"UPDATE sessions SET ended_at = NOW() WHERE user_id = ? AND ended_at IS NULL",
};

static const struct db_stmts reset_stmts = DB_STMTS("reset", sqls);

/*
 * GET /account/password/forgot: the form asking which account. 200.
 */
int
login_forgot_form(struct req *req)
{
	if (req_form(req, "kind") == NULL)
		req_set(req, "Form.kind", "citizen");
	req_set(req, "Page.Title", "Quên mật khẩu");
	req->template = "login/forgot.cs";
	return 200;
}

/*
 * POST /account/password/forgot (kind, login): mails a reset link to the account's address. The
 * page says the same whether or not there is such an account with an address, so that it tells
 * nobody which numbers have accounts; a fourth request in an hour sends nothing more. 200; 422
 * without a login; 500/503 on database failure.
 */
int
login_forgot(struct req *req)
{
	const char *kind = req_form(req, "kind") ? req_form(req, "kind") : "citizen";
	const char *login = req_form(req, "login"), *ip = req_param(req, "REMOTE_ADDR");
	struct db *db = req->app->db;
	struct db_result *user = NULL;
	char token[CRYPTO_TOKEN_SIZE];
	long long user_id, recent;

	req_set(req, "Form.kind", kind);
	req_set(req, "Page.Title", "Quên mật khẩu");
	req->template = "login/forgot.cs";
	if (login_find_account(db, kind, login, &user) == -1)
		return req_db_failed(req);
	req_set(req, "Forgot.Sent", "1");
	/* id, password_hash, status, totp_enabled, email, full_name */
	if (user->nrows != 1 || strcmp(db_cell(user, 0, 2), "active") != 0 || !db_cell(user, 0, 4)[0]) {
		db_result_free(user);
		return 200;
	}
	user_id = db_cell_ll(user, 0, 0, 0);
	if ((recent = login_token_recent(db, user_id, "reset", 3600)) == -1)
		goto failed;
	if (recent >= RESET_HOURLY) {
		audit_log(db, "password_reset_throttled", user_id, 0, ip, "");
		db_result_free(user);
		return 200;
	}
	if (db_begin(db) == -1 ||
	    login_token_issue(db, user_id, "reset", db_cell(user, 0, 4), LOGIN_RESET_TTL, token,
	    NULL) == -1 ||
	    login_mail_reset(req, db_cell(user, 0, 4), db_cell(user, 0, 5), token) == -1 ||
	    audit_log(db, "password_reset_requested", user_id, 0, ip, "") == -1 ||
	    db_commit(db) == -1)
		goto failed;
	memset(token, 0, sizeof(token));
	db_result_free(user);
	return 200;
failed:
	memset(token, 0, sizeof(token));
	db_rollback(db);
	db_result_free(user);
	return req_db_failed(req);
}

/* The reset page for a link that is not live: why, and the way to a new one. */
static int
reset_link_dead(struct req *req, enum login_token_state state)
{
	req_set(req, "Reset.Dead", login_token_message(state, "reset"));
	return login_token_status(state);
}

/*
 * GET /account/password/reset?t=TOKEN: the new-password form. 200; 404 for a link that is not
 * ours, 410 for one used, revoked or expired.
 */
int
login_reset_form(struct req *req)
{
	struct login_token token;

	req_set(req, "Page.Title", "Đặt lại mật khẩu");
	req->template = "login/reset.cs";
	req->cache_private = 1;
	if (login_token_find(req->app->db, req_form(req, "t"), "reset", 0, &token) == -1)
		return req_db_failed(req);
	if (token.state != LOGIN_TOKEN_LIVE)
		return reset_link_dead(req, token.state);
	req_set(req, "Form.t", req_form(req, "t"));
	return 200;
}

/*
 * POST /account/password/reset (t, password, password2): checks the new password like any other
 * (422 by its field, and the link stays usable), then in one transaction sets it, uses the link,
 * revokes the account's other reset links, ends all its sessions, lifts a lockout, and audits it.
 * 303 to the login page; 404/410 for a link that is not live, and nothing changes.
 */
int
login_reset(struct req *req)
{
	const char *password = req_form(req, "password"), *ip = req_param(req, "REMOTE_ADDR");
	struct passwd_params params = passwd_default_params();
	struct db *db = req->app->db;
	struct login_token token;
	struct db_result *user = NULL;
	struct buf hash = BUF_INIT;
	int status;

	req_set(req, "Page.Title", "Đặt lại mật khẩu");
	req->template = "login/reset.cs";
	req->cache_private = 1;
	if (login_token_find(db, req_form(req, "t"), "reset", 0, &token) == -1)
		return req_db_failed(req);
	if (token.state != LOGIN_TOKEN_LIVE)
		return reset_link_dead(req, token.state);
	req_set(req, "Form.t", req_form(req, "t"));
	{
		struct db_arg arg = DB_INT(token.user_id);

		if (db_query(db, &reset_stmts, SQL_USER, DB_ARG(arg), &user) == -1 || user->nrows != 1) {
			db_result_free(user);
			return req_db_failed(req);
		}
	}
	login_new_password_ok(req, db_cell(user, 0, 0), db_cell(user, 0, 1), db_cell(user, 0, 2));
	if (strcmp(db_cell(user, 0, 3), "active") != 0)
		req_field_error(req, "password", "Tài khoản này đã bị khóa; hãy liên hệ bộ phận hỗ trợ.");
	db_result_free(user);
	if (req_form(req, "Invalid"))
		return 422;
	if (passwd_hash(password, &params, &hash) == -1)
		return 500;

	/* The link is checked again under its lock: of two requests at once, one wins. */
	status = 303;
	if (db_begin(db) == -1 || login_token_find(db, req_form(req, "t"), "reset", 1, &token) == -1) {
		status = req_db_failed(req);
		goto out;
	}
	if (token.state != LOGIN_TOKEN_LIVE) {
		status = reset_link_dead(req, token.state);
		goto out;
	}
	{
		struct db_arg set[] = { DB_STR(buf_str(&hash)), DB_STR(token.email),
		    DB_INT(token.user_id) };
		struct db_arg uid = DB_INT(token.user_id);

		if (db_exec(db, &reset_stmts, SQL_SET_PASSWORD, DB_ARGS(set), NULL, NULL) == -1 ||
		    login_token_use(db, token.id) == -1 ||
		    login_token_revoke_others(db, token.user_id, "reset", token.id) == -1 ||
		    db_exec(db, &reset_stmts, SQL_END_SESSIONS, DB_ARG(uid), NULL, NULL) == -1 ||
		    login_clear_failures(db, token.user_id) == -1 ||
		    audit_log(db, "password_reset", token.user_id, 0, ip, "") == -1 ||
		    db_commit(db) == -1) {
			status = req_db_failed(req);
			goto out;
		}
	}
	status = req_redirect(req, 303, "/account/login?reset=1");
out:
	if (db_in_transaction(db))
		db_rollback(db);
	memset(hash.data, 0, hash.len);
	buf_free(&hash);
	return status;
}
