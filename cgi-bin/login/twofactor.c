/* login: two-factor authentication with TOTP (RFC 6238) — setting it up, the second step of a
 * login, recovery codes, turning it off. Officials and admins must have it. */
#include "login.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "audit.h"
#include "buf.h"
#include "crypto.h"
#include "db.h"
#include "fmt.h"
#include "log.h"
#include "passwd.h"
#include "sess.h"
#include "totp.h"

#define TOTP_STEP        30
#define TOTP_WINDOW      1	/* a code of the step before or after is taken too: clocks drift */
#define RECOVERY_CODES   10

/* Recovery codes are hashed like passwords, with light parameters: each holds about 40 bits, too
 * few for a plain hash, and there are ten to try at a login. */
static const struct passwd_params recovery_params = { 12, 8, 1 };

enum {
	SQL_USER,
	SQL_SET_SECRET,
	SQL_ENABLE,
	SQL_DISABLE,
	SQL_USE_COUNTER,
	SQL_CODES,
	SQL_ADD_CODE,
	SQL_USE_CODE,
	SQL_DROP_CODES,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_USER: what two-factor authentication needs of the user. */
	"SELECT totp_enabled, totp_secret, totp_last_counter, password_hash, "
	"COALESCE(citizen_id, tax_code, '') AS login FROM users WHERE id = ?",
	/* SQL_SET_SECRET: a new secret, while two-factor authentication is off. */
	"UPDATE users SET totp_secret = ?, totp_last_counter = 0 WHERE id = ? AND totp_enabled = 0",
	/* SQL_ENABLE: on, from the code that proved the app has the secret. */
	"UPDATE users SET totp_enabled = 1, totp_last_counter = ? WHERE id = ? AND totp_enabled = 0",
	/* SQL_DISABLE */
	"UPDATE users SET totp_enabled = 0, totp_secret = NULL, totp_last_counter = 0 WHERE id = ?",
	/* SQL_USE_COUNTER: a code is good once: two requests with the same code, at once, cannot
	 * both move the counter past it. */
	"UPDATE users SET totp_last_counter = ? WHERE id = ? AND totp_last_counter < ?",
	/* SQL_CODES: unused recovery codes. */
	"SELECT id, code_hash FROM recovery_codes WHERE user_id = ? AND used_at IS NULL",
	/* SQL_ADD_CODE */
	"INSERT INTO recovery_codes (user_id, code_hash) VALUES (?, ?)",
	/* SQL_USE_CODE: once, like a code of the app. */
	"UPDATE recovery_codes SET used_at = NOW() WHERE id = ? AND used_at IS NULL",
	/* SQL_DROP_CODES */
	"DELETE FROM recovery_codes WHERE user_id = ?",
};

static const struct db_stmts twofactor_stmts = DB_STMTS("twofactor", sqls);

/* A recovery code as it is hashed: without hyphens or spaces, in lower case, as printed
 * ("k7f3-9qpx" typed "K7F3 9QPX" is the same code). Returns its length. */
static size_t
twofactor_plain(const char *code, char out[32])
{
	size_t i, k = 0;

	for (i = 0; code[i] && k + 1 < 32; i++)
		if (code[i] != '-' && code[i] != ' ')
			out[k++] = (char)(code[i] >= 'A' && code[i] <= 'Z' ? code[i] + 32 : code[i]);
	out[k] = '\0';
	return k;
}

/* Loads the user's row; NULL on database error. */
/* TOTP secrets are sealed at rest (crypto_seal, under Security.SecretKeyFile, bound to the
 * user): a copy of the users table gives nobody the codes. The row's cell is replaced by the
 * secret itself; one that cannot be opened (no key, another key, a changed value) is as none, so
 * no code matches. A secret stored before sealing existed is read as it is. */
static void
twofactor_open_secret(struct req *req, struct db_result *user)
{
	char **cell = &user->cells[1];
	const unsigned char *key = login_secret_key(req);
	struct buf plain = BUF_INIT;
	char aad[40];

	if (*cell == NULL || strncmp(*cell, "v1:", 3) != 0)
		return;
	if (fmt_into(aad, sizeof(aad), "totp:%lld", req->sess->user_id) == -1 || key == NULL ||
	    crypto_open(key, aad, *cell, &plain) == -1) {
		log_err("the TOTP secret of account %lld cannot be opened", req->sess->user_id);
		free(*cell);
		*cell = NULL;
		buf_free(&plain);
		return;
	}
	free(*cell);
	*cell = buf_detach(&plain);
}

static struct db_result *
twofactor_user(struct req *req)
{
	struct db_result *res = NULL;
	struct db_arg arg = DB_INT(req->sess->user_id);

	if (db_query(req->app->db, &twofactor_stmts, SQL_USER, DB_ARG(arg), &res) == -1)
		return NULL;
	if (res->nrows != 1) {
		db_result_free(res);
		return NULL;
	}
	twofactor_open_secret(req, res);
	return res;
}

/* Checks a 6-digit code against the base32 secret and uses it up: it must be of a later step
 * than last, the step of the last code used. Returns 1 good, 0 not, -1. */
static int
twofactor_check_code(struct req *req, const char *secret, uint64_t last, const char *code,
    int use_up)
{
	struct buf key = BUF_INIT;
	uint64_t matched = 0;
	unsigned long long moved = 0;
	int rc;

	if (secret == NULL || code == NULL ||
	    crypto_base32_decode(secret, strlen(secret), &key) == -1) {
		buf_free(&key);
		return 0;
	}
	rc = totp_verify((const unsigned char *)key.data, key.len, code, time(NULL), TOTP_STEP,
	    TOTP_WINDOW, last, &matched);
	memset(key.data, 0, key.len);
	buf_free(&key);
	if (rc != 1 || !use_up)
		return rc == 1 ? 1 : rc;
	{
		struct db_arg args[] = { DB_INT((long long)matched), DB_INT(req->sess->user_id),
		    DB_INT((long long)matched) };

		if (db_exec(req->app->db, &twofactor_stmts, SQL_USE_COUNTER, DB_ARGS(args), &moved, NULL) == -1)
			return -1;
	}
	return moved == 1;
}

/* Checks a recovery code and uses it up. Returns 1 good, 0 not, -1 on database error. */
static int
twofactor_check_recovery(struct req *req, const char *code)
{
	struct db_result *res = NULL;
	struct db_arg arg = DB_INT(req->sess->user_id);
	char clean[32];
	size_t i;
	int rc = 0;

	if (twofactor_plain(code, clean) != 8)
		return 0;
	if (db_query(req->app->db, &twofactor_stmts, SQL_CODES, DB_ARG(arg), &res) == -1)
		return -1;
	for (i = 0; i < res->nrows; i++) {
		unsigned long long used = 0;
		struct db_arg id;

		if (passwd_verify(clean, db_cell(res, i, 1)) != 1)
			continue;
		id = DB_INT(db_cell_ll(res, i, 0, 0));
		if (db_exec(req->app->db, &twofactor_stmts, SQL_USE_CODE, DB_ARG(id), &used, NULL) == -1)
			rc = -1;
		else
			rc = used == 1;
		break;
	}
	db_result_free(res);
	return rc;
}

/*
 * GET /account/login/2fa?next=: the second step of a login (a session that gave its password).
 * 200; a session that needs no code goes on (303).
 */
int
login_second_form(struct req *req)
{
	if (!req->sess->pending)
		return req_redirect(req, 303, "%s", login_safe_next(req_form(req, "next")));
	req_set(req, "Page.Title", "Xác thực hai lớp");
	req->template = "login/second.cs";
	return 200;
}

/*
 * POST /account/login/2fa: a code of the app or a recovery code. Good: the session is made anew
 * as a full login (303 to next). Wrong: 401, counted toward the account's lockout; 429 while
 * locked. 500/503 on database failure.
 */
int
login_second_submit(struct req *req)
{
	const char *code = req_form(req, "code"), *ip = req_param(req, "REMOTE_ADDR");
	long long user_id = req->sess->user_id;
	struct db_result *user;
	char until[16];
	long long locked;
	int good = 0, by_recovery = 0;

	req_set(req, "Page.Title", "Xác thực hai lớp");
	req->template = "login/second.cs";
	if (!req->sess->pending)
		return req_redirect(req, 303, "%s", login_safe_next(req_form(req, "next")));
	if ((locked = login_locked_for(req, user_id, until, sizeof(until))) == -1)
		return req_db_failed(req);
	if (locked > 0) {
		req_setf(req, "Login.Locked", "Đăng nhập tạm bị khóa vì nhập sai nhiều lần. "
		    "Vui lòng thử lại sau %s.", until);
		req_setf(req, "Login.RetryAfter", "%lld", locked);
		return 429;
	}
	if (code == NULL) {
		req_field_error(req, "code", "Vui lòng nhập mã 6 chữ số trong ứng dụng xác thực.");
		return 422;
	}
	if ((user = twofactor_user(req)) == NULL)
		return req_db_failed(req);
	good = twofactor_check_code(req, db_cell(user, 0, 1),
	    (uint64_t)db_cell_ll(user, 0, 2, 0), code, 1);
	if (good == 0 && strlen(code) > 6) {
		good = twofactor_check_recovery(req, code);
		by_recovery = good == 1;
	}
	db_result_free(user);
	if (good == -1)
		return req_db_failed(req);
	if (!good) {
		audit_log(req->app->db, "totp_failed", user_id, 0, ip, "");
		if (login_count_failure(req, user_id) == -1)
			return req_db_failed(req);
		req_field_error(req, "code", "Mã xác thực không đúng hoặc đã được dùng.");
		return 401;
	}
	/* A new token for the full login: the one that only knew the password is ended. */
	if (sess_start(req, user_id, req->sess->remember, 1) == -1)
		return req_db_failed(req);
	audit_log(req->app->db, "login", user_id, 0, ip, by_recovery ? "recovery code" : "totp");
	return req_redirect(req, 303, "%s", login_safe_next(req_form(req, "next")));
}

/* Makes a new secret for setting up and puts it, and the URI an app reads, in the HDF. */
static int
twofactor_offer(struct req *req, const char *login)
{
	struct buf secret = BUF_INIT, uri = BUF_INIT;
	int rc = -1;

	if (totp_new_secret(&secret) == -1)
		goto out;
	{
		const unsigned char *key = login_secret_key(req);
		struct buf sealed = BUF_INIT;
		char aad[40];
		int stored;

		if (fmt_into(aad, sizeof(aad), "totp:%lld", req->sess->user_id) == -1)
			goto out;
		if (key == NULL || crypto_seal(key, aad, secret.data, secret.len, &sealed) == -1) {
			log_err("two-factor authentication cannot be set up without Security.SecretKeyFile");
			goto out;
		}
		{
			struct db_arg args[] = { DB_STR(buf_str(&sealed)), DB_INT(req->sess->user_id) };

			stored = db_exec(req->app->db, &twofactor_stmts, SQL_SET_SECRET, DB_ARGS(args), NULL, NULL);
		}
		buf_free(&sealed);
		if (stored == -1)
			goto out;
	}
	totp_uri("Cổng Dịch vụ công", login, buf_str(&secret), &uri);
	req_set(req, "TwoFactor.Secret", buf_str(&secret));
	req_set(req, "TwoFactor.Uri", buf_str(&uri));
	rc = 0;
out:
	buf_free(&secret);
	buf_free(&uri);
	return rc;
}

/*
 * GET /account/2fa: when off, a new secret to add to an app and the form for its first code;
 * when on, the state and the form to turn it off. 200, 500/503.
 */
int
login_twofactor(struct req *req)
{
	struct db_result *user;
	int status = 200;

	if ((user = twofactor_user(req)) == NULL)
		return req_db_failed(req);
	if (db_cell_ll(user, 0, 0, 0))
		req_set(req, "TwoFactor.Enabled", "1");
	else if (twofactor_offer(req, db_cell(user, 0, 4)) == -1)
		status = req_db_failed(req);
	db_result_free(user);
	if (sess_is_staff(req->sess))
		req_set(req, "TwoFactor.Required", "1");
	req->cache_private = 1;
	req_set(req, "Page.Title", "Xác thực hai lớp");
	req->template = "login/twofactor.cs";
	return status;
}

/*
 * POST /account/2fa/enable: the first code proves the app has the secret; two-factor
 * authentication is turned on, ten recovery codes are shown once, the session is made anew.
 * 200 with the codes, 422 for a wrong code (a new secret is offered), 500/503.
 */
int
login_twofactor_enable(struct req *req)
{
	const char *code = req_form(req, "code");
	struct db_result *user;
	struct buf codes = BUF_INIT, hash = BUF_INIT;
	struct buf key = BUF_INIT;
	uint64_t matched = 0;
	unsigned long long on = 0;
	int status = 200, rc = 0, n = 0;
	const char *p, *end;
	char name[32];

	req->cache_private = 1;
	req_set(req, "Page.Title", "Xác thực hai lớp");
	req->template = "login/twofactor.cs";
	if ((user = twofactor_user(req)) == NULL)
		return req_db_failed(req);
	if (db_cell_ll(user, 0, 0, 0)) {
		db_result_free(user);
		return req_redirect(req, 303, "/account/2fa");
	}
	if (code && db_cell(user, 0, 1) &&
	    crypto_base32_decode(db_cell(user, 0, 1), strlen(db_cell(user, 0, 1)), &key) == 0)
		rc = totp_verify((const unsigned char *)key.data, key.len, code, time(NULL), TOTP_STEP,
		    TOTP_WINDOW, 0, &matched);
	if (key.data)
		memset(key.data, 0, key.len);
	buf_free(&key);
	if (rc != 1) {
		/* Show the same secret again: the app may have it already. */
		struct buf uri = BUF_INIT;

		if (db_cell(user, 0, 1)) {
			totp_uri("Cổng Dịch vụ công", db_cell(user, 0, 4), db_cell(user, 0, 1), &uri);
			req_set(req, "TwoFactor.Secret", db_cell(user, 0, 1));
			req_set(req, "TwoFactor.Uri", buf_str(&uri));
		}
		buf_free(&uri);
		db_result_free(user);
		req_field_error(req, "code", "Mã không đúng. Hãy nhập mã đang hiện trong ứng dụng "
		    "(mã đổi sau mỗi 30 giây).");
		return 422;
	}
	db_result_free(user);
	if (totp_recovery_codes(RECOVERY_CODES, &codes) == -1 || db_begin(req->app->db) == -1) {
		buf_free(&codes);
		return 500;
	}
	{
		struct db_arg args[] = { DB_INT((long long)matched), DB_INT(req->sess->user_id) };
		struct db_arg uid = DB_INT(req->sess->user_id);

		if (db_exec(req->app->db, &twofactor_stmts, SQL_ENABLE, DB_ARGS(args), &on, NULL) == -1 ||
		    db_exec(req->app->db, &twofactor_stmts, SQL_DROP_CODES, DB_ARG(uid), NULL, NULL) == -1)
			goto failed;
	}
	for (p = buf_str(&codes); *p; p = *end ? end + 1 : end) {
		char *one;

		end = strchr(p, '\n');
		if (end == NULL)
			end = p + strlen(p);
		if (end == p)
			continue;
		one = xstrndup(p, (size_t)(end - p));
		if (fmt_into(name, sizeof(name), "Recovery.%d", n++) == -1 ||
		    req_set(req, name, one) == -1) {
			free(one);
			goto failed;
		}
		{
			char clean[32];

			twofactor_plain(one, clean);
			buf_reset(&hash);
			if (passwd_hash(clean, &recovery_params, &hash) == -1) {
				free(one);
				goto failed;
			}
		}
		free(one);
		{
			struct db_arg args[] = { DB_INT(req->sess->user_id), DB_STR(buf_str(&hash)) };

			if (db_exec(req->app->db, &twofactor_stmts, SQL_ADD_CODE, DB_ARGS(args), NULL, NULL) == -1)
				goto failed;
		}
	}
	if (audit_log(req->app->db, "totp_enabled", req->sess->user_id, 0,
	    req_param(req, "REMOTE_ADDR"), "") == -1 || db_commit(req->app->db) == -1)
		goto failed;
	/* A change of privilege: a new token. */
	if (sess_start(req, req->sess->user_id, req->sess->remember, 1) == -1)
		status = req_db_failed(req);
	req_set(req, "TwoFactor.Enabled", "1");
	req_set(req, "TwoFactor.JustEnabled", "1");
	buf_free(&codes);
	buf_free(&hash);
	return status;
failed:
	db_rollback(req->app->db);
	buf_free(&codes);
	buf_free(&hash);
	return req_db_failed(req);
}

/*
 * POST /account/2fa/disable: needs the password and a current code; not for officials and
 * admins, who must keep it. 303 back, 401 for a wrong password or code, 403, 500/503.
 */
int
login_twofactor_disable(struct req *req)
{
	const char *password = req_form(req, "password"), *code = req_form(req, "code");
	struct db_result *user;
	int good;

	req->cache_private = 1;
	req_set(req, "Page.Title", "Xác thực hai lớp");
	req->template = "login/twofactor.cs";
	if (sess_is_staff(req->sess)) {
		req_error(req, "Cán bộ và quản trị viên phải luôn dùng xác thực hai lớp.");
		req->template = NULL;
		return 403;
	}
	if ((user = twofactor_user(req)) == NULL)
		return req_db_failed(req);
	req_set(req, "TwoFactor.Enabled", db_cell_ll(user, 0, 0, 0) ? "1" : "");
	good = password && passwd_verify(password, db_cell(user, 0, 3)) == 1 &&
	    twofactor_check_code(req, db_cell(user, 0, 1),
	        (uint64_t)db_cell_ll(user, 0, 2, 0), code, 1) == 1;
	db_result_free(user);
	if (!good) {
		req_field_error(req, "code", "Mật khẩu hoặc mã xác thực không đúng.");
		return 401;
	}
	{
		struct db_arg uid = DB_INT(req->sess->user_id);

		if (db_begin(req->app->db) == -1)
			return req_db_failed(req);
		if (db_exec(req->app->db, &twofactor_stmts, SQL_DISABLE, DB_ARG(uid), NULL, NULL) == -1 ||
		    db_exec(req->app->db, &twofactor_stmts, SQL_DROP_CODES, DB_ARG(uid), NULL, NULL) == -1 ||
		    audit_log(req->app->db, "totp_disabled", req->sess->user_id, 0,
		    req_param(req, "REMOTE_ADDR"), "") == -1 || db_commit(req->app->db) == -1) {
			db_rollback(req->app->db);
			return req_db_failed(req);
		}
	}
	return req_redirect(req, 303, "/account/2fa");
}
