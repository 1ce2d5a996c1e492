/* login: changing the password. */
#include "login.h"

#include <stdio.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "buf.h"
#include "db.h"
#include "passwd.h"
#include "sess.h"

enum {
	SQL_USER,
	SQL_SET_PASSWORD,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_USER: what the password rules compare against. */
	"SELECT password_hash, COALESCE(citizen_id, tax_code, ''), phone, email, full_name "
	"FROM users WHERE id = ?",
	/* SQL_SET_PASSWORD */
	"UPDATE users SET password_hash = ? WHERE id = ?",
};

static const struct db_stmts profile_stmts = DB_STMTS("profile", sqls);

/*
 * GET /account/password: the form (login required). 200.
 */
int
login_password_form(struct req *req)
{
	req_set(req, "Page.Title", "Đổi mật khẩu");
	req->template = "login/password.cs";
	return 200;
}

/*
 * POST /account/password: the current password, then the new one twice. A wrong current password
 * is a 401 counted toward the lockout; a weak or mismatched new one a 422 by its field. On success
 * the user's other sessions end, this one gets a new token, and the change is audited (303).
 */
int
login_password(struct req *req)
{
	const char *current = req_form(req, "current"), *password = req_form(req, "password");
	struct passwd_params params = passwd_default_params();
	struct db_result *user = NULL;
	struct buf hash = BUF_INIT;
	struct db_arg uid = DB_INT(req->sess->user_id);
	int status = 303, ok;

	req_set(req, "Page.Title", "Đổi mật khẩu");
	req->template = "login/password.cs";
	if (db_query(req->app->db, &profile_stmts, SQL_USER, DB_ARG(uid), &user) == -1 || user->nrows != 1) {
		db_result_free(user);
		return req_db_failed(req);
	}
	ok = current && passwd_verify(current, db_cell(user, 0, 0)) == 1;
	if (!ok) {
		db_result_free(user);
		if (login_count_failure(req, req->sess->user_id) == -1)
			return req_db_failed(req);
		audit_log(req->app->db, "password_change_failed", req->sess->user_id, 0,
		    req_param(req, "REMOTE_ADDR"), "");
		req_field_error(req, "current", "Mật khẩu hiện tại không đúng.");
		return 401;
	}
	if (login_new_password_ok(req, db_cell(user, 0, 1), db_cell(user, 0, 2), db_cell(user, 0, 3)) &&
	    strcmp(password, current) == 0)
		req_field_error(req, "password", "Mật khẩu mới phải khác mật khẩu hiện tại.");
	if (req_form(req, "Invalid")) {
		db_result_free(user);
		return 422;
	}
	if (passwd_hash(password, &params, &hash) == -1) {
		db_result_free(user);
		return 500;
	}
	/* The new password, the end of any reset link still in a mailbox, and a word to the account's
	 * address (in case it was not its owner who changed it) commit together. */
	{
		struct db_arg args[] = { DB_STR(buf_str(&hash)), DB_INT(req->sess->user_id) };
		const char *email = db_cell(user, 0, 3);

		if (db_begin(req->app->db) == -1)
			status = req_db_failed(req);
		else if (db_exec(req->app->db, &profile_stmts, SQL_SET_PASSWORD, DB_ARGS(args), NULL, NULL) == -1 ||
		    login_token_revoke_others(req->app->db, req->sess->user_id, "reset", 0) == -1 ||
		    (email[0] && login_mail_notice(req, email, db_cell(user, 0, 4),
		    "mail/password-changed.cs", NULL) == -1) ||
		    audit_log(req->app->db, "password_changed", req->sess->user_id, 0,
		    req_param(req, "REMOTE_ADDR"), "") == -1 || db_commit(req->app->db) == -1) {
			db_rollback(req->app->db);
			status = req_db_failed(req);
		}
	}
	db_result_free(user);
	memset(hash.data, 0, hash.len);
	buf_free(&hash);
	if (status != 303)
		return status;
	/* Whoever else knew the old password is logged out; this browser gets a new token. */
	if (sess_end_others(req) == -1 ||
	    sess_start(req, req->sess->user_id, req->sess->remember, req->sess->second_factor) == -1)
		return req_db_failed(req);
	return req_redirect(req, 303, "/account?password=1");
}
