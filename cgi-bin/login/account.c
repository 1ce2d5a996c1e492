/* login: the account page — who you are, and where you are logged in. */
#include "login.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "db.h"
#include "sess.h"

enum {
	SQL_USER,
	SQL_SESSIONS,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_USER: what the account page shows. */
	"SELECT kind, citizen_id, social_insurance_no, tax_code, full_name, "
	"DATE_FORMAT(birth_date, '%d/%m/%Y') AS birth_date, sex, representative, phone, email, "
	"email_confirmed_at IS NOT NULL AS email_confirmed, totp_enabled, "
	"DATE_FORMAT(created_at, '%d/%m/%Y') AS created FROM users WHERE id = ?",
	/* SQL_SESSIONS: the user's live sessions, this one first. */
	"SELECT id, DATE_FORMAT(created_at, '%H:%i %d/%m/%Y') AS created, "
	"DATE_FORMAT(last_seen_at, '%H:%i %d/%m/%Y') AS last_seen, client_ip, user_agent, "
	"id = ? AS current FROM sessions WHERE user_id = ? AND ended_at IS NULL "
	"AND expires_at > NOW() AND last_seen_at > NOW() - INTERVAL idle_seconds SECOND "
	"ORDER BY current DESC, last_seen_at DESC LIMIT 50",
};

static const struct db_stmts account_stmts = DB_STMTS("account", sqls);

/*
 * GET /account: the logged-in user's details and sessions (login required). 200, 500/503.
 */
int
login_account(struct req *req)
{
	struct db_result *res = NULL;
	struct db_arg user = DB_INT(req->sess->user_id);
	struct db_arg sessions[] = { DB_INT(req->sess->id), DB_INT(req->sess->user_id) };

	if (db_query(req->app->db, &account_stmts, SQL_USER, DB_ARG(user), &res) == -1)
		return req_db_failed(req);
	if (res->nrows == 1)
		db_row_to_hdf(res, 0, req->hdf, "User");
	db_result_free(res);
	{
		char pending[255];

		if (login_pending_email(req->app->db, req->sess->user_id, pending, sizeof(pending)) == -1)
			return req_db_failed(req);
		if (pending[0])
			req_set(req, "User.pending_email", pending);
	}
	if (db_query(req->app->db, &account_stmts, SQL_SESSIONS, DB_ARGS(sessions), &res) == -1)
		return req_db_failed(req);
	db_result_to_hdf(res, req->hdf, "Sessions");
	db_result_free(res);
	if ((req_form(req, "welcome") && req_set(req, "Account.Welcome", "1") == -1) ||
	    (req_form(req, "ended") && req_set(req, "Account.Ended", "1") == -1) ||
	    (req_form(req, "password") && req_set(req, "Account.Password", "1") == -1) ||
	    (req_form(req, "sent") && req_set(req, "Account.Sent", "1") == -1) ||
	    (req_form(req, "contact") &&
	    req_set(req, "Account.Contact", req_form(req, "contact")) == -1))
		return 500;
	req->cache_private = 1;
	req_set(req, "Page.Title", "Tài khoản của tôi");
	req->template = "login/account.cs";
	return 200;
}

/*
 * POST /account/sessions/end-others: logs out every other device (login required). 303 back.
 */
int
login_end_others(struct req *req)
{
	int ended = sess_end_others(req);

	if (ended == -1)
		return req_db_failed(req);
	audit_log(req->app->db, "sessions_ended", req->sess->user_id, 0,
	    req_param(req, "REMOTE_ADDR"), "");
	return req_redirect(req, 303, "/account?ended=%d", ended);
}
