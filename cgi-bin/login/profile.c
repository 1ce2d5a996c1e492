/* login: changing the password, and a copy of one's own data. */
#include "login.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
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
	SQL_EXPORT_USER,
	SQL_EXPORT_SESSIONS,
	SQL_EXPORT_EVENTS,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_USER: what the password rules compare against. */
	"SELECT password_hash, COALESCE(citizen_id, tax_code, ''), phone, email, full_name "
	"FROM users WHERE id = ?",
	/* SQL_SET_PASSWORD */
	"UPDATE users SET password_hash = ? WHERE id = ?",
	/* SQL_EXPORT_USER: the account as the user gave it; no hash, no secret. */
	"SELECT kind, citizen_id, social_insurance_no, tax_code, full_name, "
	"DATE_FORMAT(birth_date, '%Y-%m-%d') AS birth_date, sex, representative, phone, email, "
	"DATE_FORMAT(email_confirmed_at, '%Y-%m-%dT%H:%i:%s+07:00') AS email_confirmed_at, "
	"totp_enabled AS two_factor, DATE_FORMAT(created_at, '%Y-%m-%dT%H:%i:%s+07:00') AS created_at "
	"FROM users WHERE id = ?",
	/* SQL_EXPORT_SESSIONS: logins, with where from. */
	"SELECT DATE_FORMAT(created_at, '%Y-%m-%dT%H:%i:%s+07:00') AS started, "
	"DATE_FORMAT(ended_at, '%Y-%m-%dT%H:%i:%s+07:00') AS ended, client_ip, user_agent "
	"FROM sessions WHERE user_id = ? ORDER BY id",
	/* SQL_EXPORT_EVENTS: the security events of the account. */
	"SELECT DATE_FORMAT(at, '%Y-%m-%dT%H:%i:%s+07:00') AS at, event, client_ip "
	"FROM audit_log WHERE user_id = ? ORDER BY id",
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
	if (db_query(req->app->db, &profile_stmts, SQL_USER, &uid, 1, &user) == -1 || user->nrows != 1) {
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
		else if (db_exec(req->app->db, &profile_stmts, SQL_SET_PASSWORD, args, 2, NULL, NULL) == -1 ||
		    login_token_revoke_others(req->app->db, req->sess->user_id, "reset", 0) == -1 ||
		    (email[0] && login_mail_notice(req, email, db_cell(user, 0, 4),
		    "Mật khẩu đã được đổi", "Mật khẩu tài khoản của bạn trên Cổng Dịch vụ công vừa "
		    "được đổi, và các thiết bị khác đã được đăng xuất.") == -1) ||
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

/* Adds each row of a result to a JSON array as objects; NULL cells become null. */
static json_t *
profile_rows(const struct db_result *res)
{
	json_t *rows = json_array();
	size_t r, c;

	for (r = 0; r < res->nrows; r++) {
		json_t *row = json_object();

		for (c = 0; c < res->ncols; c++) {
			const char *v = db_cell(res, r, c);

			json_object_set_new(row, res->names[c], v ? json_string(v) : json_null());
		}
		json_array_append_new(rows, row);
	}
	return rows;
}

/*
 * GET /account/export: everything the portal keeps about the account, as a JSON download
 * (login required). 200, 500/503.
 */
int
login_export(struct req *req)
{
	static const int parts[] = { SQL_EXPORT_USER, SQL_EXPORT_SESSIONS, SQL_EXPORT_EVENTS };
	static const char *const names[] = { "account", "sessions", "security_events" };
	struct db_arg uid = DB_INT(req->sess->user_id);
	json_t *doc = json_object();
	char *text;
	size_t i;

	json_object_set_new(doc, "portal", json_string("Cổng Dịch vụ công"));
	for (i = 0; i < 3; i++) {
		struct db_result *res = NULL;
		json_t *rows;

		if (db_query(req->app->db, &profile_stmts, parts[i], &uid, 1, &res) == -1) {
			json_decref(doc);
			return req_db_failed(req);
		}
		rows = profile_rows(res);
		db_result_free(res);
		if (i == 0) {
			json_object_set(doc, names[i], json_array_size(rows) ? json_array_get(rows, 0)
			    : json_null());
			json_decref(rows);
		} else
			json_object_set_new(doc, names[i], rows);
	}
	text = json_dumps(doc, JSON_INDENT(2) | JSON_ENSURE_ASCII);
	json_decref(doc);
	if (text == NULL)
		return 500;
	buf_puts(&req->body, text);
	buf_putc(&req->body, '\n');
	free(text);
	audit_log(req->app->db, "data_exported", req->sess->user_id, 0, req_param(req, "REMOTE_ADDR"), "");
	req->content_type = "application/json; charset=utf-8";
	req_header(req, "Content-Disposition", "attachment; filename=\"cong-du-lieu-tai-khoan.json\"");
	req->cache_private = 1;
	return 200;
}
