/* login: the e-mail address of an account — confirming it by a single-use link, sending that link
 * again, and changing the contact details (a new address is used only once confirmed). */
#include "login.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "db.h"
#include "fmt.h"
#include "idnum.h"
#include "log.h"
#include "passwd.h"
#include "sess.h"

/* Sending the confirmation again: at most once a minute, ten times a day. */
#define EMAIL_RESEND_GAP   60
#define EMAIL_RESEND_DAILY 10

enum {
	SQL_USER,
	SQL_USER_LOCK,
	SQL_CONFIRM,
	SQL_PENDING,
	SQL_SET_PHONE,
	SQL__MAX
};

#define USER_COLUMNS "SELECT full_name, email, email_confirmed_at IS NOT NULL, password_hash, " \
	"phone FROM users WHERE id = ?"

static const char *const sqls[SQL__MAX] = {
	/* SQL_USER */
	USER_COLUMNS,
	/* SQL_USER_LOCK: while the address changes. */
	USER_COLUMNS " FOR UPDATE",
	/* SQL_CONFIRM: the address of the link becomes the account's, confirmed. */
	"UPDATE users SET email = ?, email_confirmed_at = NOW() WHERE id = ?",
	/* SQL_PENDING: a new address waiting for its confirmation, if any. */
	"SELECT t.email FROM email_tokens t JOIN users u ON u.id = t.user_id "
	"WHERE t.user_id = ? AND t.purpose = 'confirm' AND t.used_at IS NULL AND t.revoked_at IS NULL "
	"AND t.expires_at > NOW() AND t.email <> u.email ORDER BY t.id DESC LIMIT 1",
	/* SQL_SET_PHONE */
	"UPDATE users SET phone = ? WHERE id = ?",
};

static const struct db_stmts email_stmts = DB_STMTS("email", sqls);

enum { COL_NAME, COL_EMAIL, COL_CONFIRMED, COL_HASH, COL_PHONE };

/* The account's row (SQL_USER or SQL_USER_LOCK), or NULL after a database error or when it is
 * gone. */
static struct db_result *
email_user(struct req *req, long long user_id, int lock)
{
	struct db_arg arg = DB_INT(user_id);
	struct db_result *res = NULL;

	if (db_query(req->app->db, &email_stmts, lock ? SQL_USER_LOCK : SQL_USER, DB_ARG(arg), &res) == -1)
		return NULL;
	if (res->nrows != 1) {
		db_result_free(res);
		return NULL;
	}
	return res;
}

int
login_pending_email(struct db *db, long long user_id, char *out, size_t size)
{
	struct db_arg arg = DB_INT(user_id);
	struct db_result *res = NULL;

	out[0] = '\0';
	if (db_query(db, &email_stmts, SQL_PENDING, DB_ARG(arg), &res) == -1)
		return -1;
	if (res->nrows == 1 && str_copy(out, size, db_cell(res, 0, 0)) == -1) {
		/* Shown or compared cut, it would be another address. */
		log_err("login: pending address of account %lld longer than %zu bytes", user_id,
		    size - 1);
		db_result_free(res);
		return -1;
	}
	db_result_free(res);
	return 0;
}

/* "n***@example.vn": enough for its owner to know it, not enough to give it away. Returns 0, or
 * -1 when it does not fit out. */
static int
email_mask(const char *email, char *out, size_t size)
{
	const char *at = strchr(email, '@');

	return fmt_into(out, size, "%c***%s", email[0], at ? at : "");
}

/* The page a confirmation link leads to, for a link that is not live. */
static int
email_link_dead(struct req *req, enum login_token_state state)
{
	req_set(req, "Confirm.Dead", login_token_message(state, "confirm"));
	return login_token_status(state);
}

/*
 * GET /account/email/confirm?t=TOKEN: the address the link confirms, and a button to confirm it
 * (the link itself changes nothing, so that a mail scanner that follows links confirms nothing).
 * 200; 404 for a link that is not ours, 410 for one used, revoked or expired.
 */
int
login_confirm_form(struct req *req)
{
	struct login_token token;

	req_set(req, "Page.Title", "Xác nhận địa chỉ thư điện tử");
	req->template = "login/confirm.cs";
	if (login_token_find(req->app->db, req_form(req, "t"), "confirm", 0, &token) == -1)
		return req_db_failed(req);
	if (token.state != LOGIN_TOKEN_LIVE)
		return email_link_dead(req, token.state);
	req_set(req, "Confirm.Email", token.email);
	req_set(req, "Form.t", req_form(req, "t"));
	req->cache_private = 1;
	return 200;
}

/*
 * POST /account/email/confirm (t): the address becomes the account's, confirmed; the link is used
 * and any older one revoked, all in one transaction. 200 with what was confirmed; 404/410 as for
 * the form, and nothing changes.
 */
int
login_confirm(struct req *req)
{
	struct db *db = req->app->db;
	struct login_token token;
	struct db_result *user = NULL;
	int changed;

	req_set(req, "Page.Title", "Xác nhận địa chỉ thư điện tử");
	req->template = "login/confirm.cs";
	if (db_begin(db) == -1)
		return req_db_failed(req);
	if (login_token_find(db, req_form(req, "t"), "confirm", 1, &token) == -1)
		goto failed;
	if (token.state != LOGIN_TOKEN_LIVE) {
		db_rollback(db);
		return email_link_dead(req, token.state);
	}
	if ((user = email_user(req, token.user_id, 1)) == NULL)
		goto failed;
	changed = strcmp(db_cell(user, 0, COL_EMAIL), token.email) != 0;
	{
		struct db_arg args[] = { DB_STR(token.email), DB_INT(token.user_id) };

		if (db_exec(db, &email_stmts, SQL_CONFIRM, DB_ARGS(args), NULL, NULL) == -1 ||
		    login_token_use(db, token.id) == -1 ||
		    login_token_revoke_others(db, token.user_id, "confirm", token.id) == -1 ||
		    audit_log(db, changed ? "email_changed" : "email_confirmed", token.user_id, 0,
		    req_param(req, "REMOTE_ADDR"), "") == -1 ||
		    db_commit(db) == -1)
			goto failed;
	}
	db_result_free(user);
	req_set(req, "Confirm.Done", "1");
	req_set(req, "Confirm.Email", token.email);
	req->cache_private = 1;
	return 200;
failed:
	db_rollback(db);
	db_result_free(user);
	return req_db_failed(req);
}

/* Queues a confirmation of address to for the user, revoking the older links. In a transaction. */
static int
email_send_confirmation(struct req *req, long long user_id, const char *name, const char *to,
    int change)
{
	char token[CRYPTO_TOKEN_SIZE];
	long long token_id;
	int rc;

	rc = login_token_issue(req->app->db, user_id, "confirm", to, LOGIN_CONFIRM_TTL, token,
	    &token_id) == -1 ||
	    login_token_revoke_others(req->app->db, user_id, "confirm", token_id) == -1 ||
	    login_mail_confirm(req, to, name, token, change) == -1 ? -1 : 0;
	memset(token, 0, sizeof(token));
	return rc;
}

/*
 * POST /account/email/resend (login required): sends the confirmation link again, to the new
 * address waiting for it or to the unconfirmed one. 303 back to the account; 429 with
 * Retry-After when one was sent less than a minute ago or ten today.
 */
int
login_resend(struct req *req)
{
	struct db *db = req->app->db;
	long long user_id = req->sess->user_id, last_minute, today;
	struct db_result *user;
	char pending[255];
	const char *to;

	if ((user = email_user(req, user_id, 0)) == NULL || login_pending_email(db, user_id, pending,
	    sizeof(pending)) == -1) {
		db_result_free(user);
		return req_db_failed(req);
	}
	to = pending[0] ? pending : db_cell_ll(user, 0, COL_CONFIRMED, 0) ? NULL
	    : db_cell(user, 0, COL_EMAIL);
	if (to == NULL || to[0] == '\0') {
		db_result_free(user);
		return req_redirect(req, 303, "/account");
	}
	if ((last_minute = login_token_recent(db, user_id, "confirm", EMAIL_RESEND_GAP)) == -1 ||
	    (today = login_token_recent(db, user_id, "confirm", 24 * 3600)) == -1)
		goto failed;
	if (last_minute > 0 || today >= EMAIL_RESEND_DAILY) {
		db_result_free(user);
		req_header(req, "Retry-After", "60");
		req_error(req, "Thư xác nhận vừa được gửi tới %s. Hãy kiểm tra hộp thư (cả thư rác), "
		    "hoặc đợi ít phút rồi thử lại.", to);
		return 429;
	}
	if (db_begin(db) == -1 ||
	    email_send_confirmation(req, user_id, db_cell(user, 0, COL_NAME), to, pending[0] != 0) == -1 ||
	    audit_log(db, "email_confirm_sent", user_id, 0, req_param(req, "REMOTE_ADDR"), "") == -1 ||
	    db_commit(db) == -1)
		goto failed;
	db_result_free(user);
	return req_redirect(req, 303, "/account?sent=1");
failed:
	db_rollback(db);
	db_result_free(user);
	return req_db_failed(req);
}

/* The contact form's values: what was typed, else what the account has. */
static void
email_contact_values(struct req *req, const struct db_result *user, const char *pending)
{
	if (req_form(req, "phone") == NULL)
		req_set(req, "Form.phone", db_cell(user, 0, COL_PHONE));
	if (req_form(req, "email") == NULL)
		req_set(req, "Form.email", pending[0] ? pending : db_cell(user, 0, COL_EMAIL));
	req_set(req, "Contact.Email", db_cell(user, 0, COL_EMAIL));
	if (pending[0])
		req_set(req, "Contact.Pending", pending);
	req_set(req, "Page.Title", "Thông tin liên hệ");
	req->template = "login/contact.cs";
	req->cache_private = 1;
}

/*
 * GET /account/contact (login required): the phone and e-mail form. 200.
 */
int
login_contact_form(struct req *req)
{
	struct db_result *user;
	char pending[255];

	if ((user = email_user(req, req->sess->user_id, 0)) == NULL ||
	    login_pending_email(req->app->db, req->sess->user_id, pending, sizeof(pending)) == -1) {
		db_result_free(user);
		return req_db_failed(req);
	}
	email_contact_values(req, user, pending);
	db_result_free(user);
	return 200;
}

/*
 * POST /account/contact (login required): phone, email, and the current password when the address
 * changes (it is where a password reset goes). The phone changes at once; a new address is mailed
 * a confirmation link and replaces the old one only when confirmed, and the old one is told.
 * 303 to the account; 422 by the field at fault; 401 for a wrong password (counted toward the
 * lockout), 429 while locked.
 */
int
login_contact(struct req *req)
{
	struct db *db = req->app->db;
	long long user_id = req->sess->user_id;
	/* Declared (main.c): checked and canonical. */
	const char *phone = req_form(req, "phone"), *email = req_form(req, "email");
	const char *current = req_form(req, "current"), *ip = req_param(req, "REMOTE_ADDR");
	char pending[255], until[24];
	struct db_result *user;
	int phone_changed, email_changed, cancel_pending;
	long long locked;

	if ((user = email_user(req, user_id, 0)) == NULL ||
	    login_pending_email(db, user_id, pending, sizeof(pending)) == -1) {
		db_result_free(user);
		return req_db_failed(req);
	}
	email_contact_values(req, user, pending);
	phone_changed = strcmp(phone, db_cell(user, 0, COL_PHONE)) != 0;
	email_changed = strcmp(email, db_cell(user, 0, COL_EMAIL)) != 0 && strcmp(email, pending) != 0;
	cancel_pending = pending[0] && strcmp(email, db_cell(user, 0, COL_EMAIL)) == 0;

	if (email_changed) {
		if ((locked = login_locked_for(req, user_id, until, sizeof(until))) == -1)
			goto failed;
		if (locked > 0) {
			db_result_free(user);
			req_setf(req, "Errors.current", "Tạm khóa vì nhập sai mật khẩu nhiều lần. "
			    "Vui lòng thử lại sau %s.", until);
			req_set(req, "Form.Invalid", "1");
			if (fmt_into(until, sizeof(until), "%lld", locked) == -1)
				return 500;
			req_header(req, "Retry-After", until);
			return 429;
		}
		if (current == NULL || passwd_verify(current, db_cell(user, 0, COL_HASH)) != 1) {
			db_result_free(user);
			if (current && login_count_failure(req, user_id) == -1)
				return req_db_failed(req);
			if (current)
				audit_log(db, "contact_change_failed", user_id, 0, ip, "wrong password");
			req_field_error(req, "current", current
			    ? "Mật khẩu hiện tại không đúng."
			    : "Để đổi địa chỉ thư, vui lòng nhập mật khẩu hiện tại.");
			return current ? 401 : 422;
		}
	}
	if (!phone_changed && !email_changed && !cancel_pending) {
		db_result_free(user);
		return req_redirect(req, 303, "/account");
	}
	if (db_begin(db) == -1)
		goto failed;
	if (phone_changed) {
		struct db_arg args[] = { DB_STR(phone), DB_INT(user_id) };

		if (db_exec(db, &email_stmts, SQL_SET_PHONE, DB_ARGS(args), NULL, NULL) == -1)
			goto failed;
	}
	if (cancel_pending && login_token_revoke_others(db, user_id, "confirm", 0) == -1)
		goto failed;
	if (email_changed) {
		char masked[IDNUM_EMAIL_SIZE + 8];

		if (email_send_confirmation(req, user_id, db_cell(user, 0, COL_NAME), email, 1) == -1)
			goto failed;
		if (email_mask(email, masked, sizeof(masked)) == -1) {
			log_err("login: account %lld: the new address cannot be masked", user_id);
			goto failed;
		}
		if (db_cell(user, 0, COL_EMAIL)[0] && login_mail_notice(req, db_cell(user, 0, COL_EMAIL),
		    db_cell(user, 0, COL_NAME), "mail/email-changing.cs", masked) == -1)
			goto failed;
	}
	if (audit_log(db, "contact_changed", user_id, 0, ip, email_changed && phone_changed
	    ? "phone, email requested" : email_changed ? "email requested" : phone_changed
	    ? "phone" : "email change cancelled") == -1 || db_commit(db) == -1)
		goto failed;
	db_result_free(user);
	return req_redirect(req, 303, "/account?contact=%s", email_changed ? "email" : "1");
failed:
	db_rollback(db);
	db_result_free(user);
	return req_db_failed(req);
}
