/* sess: logins shared by every page family, and CSRF tokens. */
#include "sess.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "db.h"
#include "fmt.h"
#include "log.h"

enum {
	SQL_LOAD,
	SQL_LOAD_ID,
	SQL_TOUCH,
	SQL_INSERT,
	SQL_END,
	SQL_END_OTHERS,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_LOAD: a live session by token hash, with its user, and whether its idle clock needs
	 * moving. An ended, expired or idle session, or a disabled user, is no session. */
	"SELECT s.id, s.user_id, u.kind, u.full_name, COALESCE(u.agency_id, 0), s.second_factor, "
	"s.csrf_token, s.last_seen_at < NOW() - INTERVAL 60 SECOND AS stale, u.totp_enabled, "
	"s.remember FROM sessions s JOIN users u ON u.id = s.user_id "
	"WHERE s.token_hash = ? AND s.ended_at IS NULL AND s.expires_at > NOW() "
	"AND s.last_seen_at > NOW() - INTERVAL s.idle_seconds SECOND AND u.status = 'active'",
	/* SQL_LOAD_ID: the same, by id, for the session a login has just started. */
	"SELECT s.id, s.user_id, u.kind, u.full_name, COALESCE(u.agency_id, 0), s.second_factor, "
	"s.csrf_token, 0 AS stale, u.totp_enabled, s.remember "
	"FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ?",
	/* SQL_TOUCH: the idle clock. */
	"UPDATE sessions SET last_seen_at = NOW() WHERE id = ?",
	/* SQL_INSERT: a new session. */
	"INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at, idle_seconds, remember, "
	"second_factor, client_ip, user_agent) "
	"VALUES (?, ?, ?, NOW() + INTERVAL ? SECOND, ?, ?, ?, ?, LEFT(?, 255))",
	/* SQL_END: one session. */
	"UPDATE sessions SET ended_at = NOW() WHERE id = ? AND ended_at IS NULL",
	/* SQL_END_OTHERS: a user's sessions but one. */
	"UPDATE sessions SET ended_at = NOW() WHERE user_id = ? AND id <> ? AND ended_at IS NULL",
};

static const struct db_stmts sess_stmts = DB_STMTS("sess", sqls);

void
sess_free(struct sess *sess)
{
	if (sess == NULL)
		return;
	free(sess->kind);
	free(sess->full_name);
	memset(sess->csrf, 0, sizeof(sess->csrf));
	free(sess);
}

/* The value of cookie name, or NULL. ClearSilver's cgi kit has parsed them into Cookie.*. */
static const char *
sess_cookie(const struct req *req, const char *name)
{
	char key[64];

	if (fmt_into(key, sizeof(key), "Cookie.%s", name) == -1)
		return NULL;
	return hdf_get_value(req->hdf, key, NULL);
}

/* Adds a Set-Cookie header. max_age < 0: a browser-session cookie; 0: delete it. */
static void
sess_set_cookie(struct req *req, const char *name, const char *value, long max_age,
    const char *same_site)
{
	struct buf c = BUF_INIT;

	buf_printf(&c, "%s=%s; Path=/; HttpOnly; Secure; SameSite=%s", name, value, same_site);
	if (max_age >= 0)
		buf_printf(&c, "; Max-Age=%ld", max_age);
	req_header(req, "Set-Cookie", buf_str(&c));
	buf_free(&c);
}

/* Runs a load statement and, when it finds a session, sets req->sess. Returns 1, 0 or -1. */
static int
sess_fetch(struct req *req, int id, struct db_arg arg)
{
	struct db_result *res = NULL;
	struct sess *s;

	if (db_query(req->app->db, &sess_stmts, id, DB_ARG(arg), &res) == -1)
		return -1;
	if (res->nrows == 0) {
		db_result_free(res);
		return 0;
	}
	s = xcalloc(1, sizeof(*s));
	s->id = db_cell_ll(res, 0, 0, 0);
	s->user_id = db_cell_ll(res, 0, 1, 0);
	s->kind = xstrdup(db_cell(res, 0, 2));
	s->role = sess_role_of(s->kind);
	s->full_name = xstrdup(db_cell(res, 0, 3));
	s->agency_id = db_cell_ll(res, 0, 4, 0);
	s->second_factor = db_cell_ll(res, 0, 5, 0);
	if (str_copy(s->csrf, sizeof(s->csrf), db_cell(res, 0, 6)) == -1) {
		/* Every token we store fits; a longer one is not ours, and a cut one would not match. */
		log_err("sess: session %lld: CSRF token longer than %zu bytes", s->id,
		    sizeof(s->csrf) - 1);
		db_result_free(res);
		sess_free(s);
		return -1;
	}
	s->totp_enabled = db_cell_ll(res, 0, 8, 0);
	s->remember = db_cell_ll(res, 0, 9, 0);
	s->pending = s->totp_enabled && !s->second_factor;
	if (db_cell_ll(res, 0, 7, 0)) {
		struct db_arg sid = DB_INT(s->id);

		/* Not fatal: the session stays valid for this request either way. */
		db_exec(req->app->db, &sess_stmts, SQL_TOUCH, DB_ARG(sid), NULL, NULL);
	}
	db_result_free(res);
	sess_free(req->sess);
	req->sess = s;
	return 1;
}

int
sess_load(struct req *req)
{
	const char *token = sess_cookie(req, SESS_COOKIE);
	char hash[CRYPTO_SHA256_HEX_SIZE];

	if (!crypto_token_plausible(token) || crypto_sha256_hex(token, strlen(token), hash) == -1)
		return 0;
	return sess_fetch(req, SQL_LOAD, DB_STR(hash));
}

int
sess_start(struct req *req, long long user_id, int remember, int second_factor)
{
	char token[CRYPTO_TOKEN_SIZE], csrf[CRYPTO_TOKEN_SIZE], hash[CRYPTO_SHA256_HEX_SIZE];
	const char *ip = req_param(req, "REMOTE_ADDR"), *agent = req_param(req, "HTTP_USER_AGENT");
	long absolute = remember ? SESS_REMEMBER_ABSOLUTE : SESS_ABSOLUTE;
	long idle = remember ? SESS_REMEMBER_IDLE : SESS_IDLE;
	unsigned long long id;

	if (crypto_token(token) == -1 || crypto_token(csrf) == -1 ||
	    crypto_sha256_hex(token, strlen(token), hash) == -1)
		return -1;
	if (req->sess && sess_end(req) == -1)
		return -1;
	{
		struct db_arg args[] = {
			DB_STR(hash), DB_INT(user_id), DB_STR(csrf), DB_INT(absolute), DB_INT(idle),
			DB_INT(remember ? 1 : 0), DB_INT(second_factor ? 1 : 0), DB_STR(ip ? ip : ""),
			DB_STR(agent ? agent : "")
		};

		if (db_exec(req->app->db, &sess_stmts, SQL_INSERT, DB_ARGS(args), NULL, &id) == -1)
			return -1;
	}
	/* "Remember me" keeps the cookie past the browser's closing; it never stores a password. */
	sess_set_cookie(req, SESS_COOKIE, token, remember ? absolute : -1, "Lax");
	memset(token, 0, sizeof(token));
	if (sess_fetch(req, SQL_LOAD_ID, DB_INT(id)) != 1)
		return -1;
	/* A page rendered by this request (after enabling 2FA, say) has forms that post with the
	 * new session: they need its CSRF token, not the one of the session just ended. */
	if (hdf_get_value(req->hdf, "Csrf.Token", NULL)) {
		req_set(req, "Csrf.Token", req->sess->csrf);
		req_set(req, "Session.Name", req->sess->full_name);
		req_set(req, "Session.Kind", req->sess->kind);
	}
	return 0;
}

int
sess_end(struct req *req)
{
	if (req->sess) {
		struct db_arg id = DB_INT(req->sess->id);

		if (db_exec(req->app->db, &sess_stmts, SQL_END, DB_ARG(id), NULL, NULL) == -1)
			return -1;
		sess_free(req->sess);
		req->sess = NULL;
	}
	sess_set_cookie(req, SESS_COOKIE, "", 0, "Lax");
	return 0;
}

int
sess_end_others(struct req *req)
{
	unsigned long long ended = 0;

	if (req->sess) {
		struct db_arg args[] = { DB_INT(req->sess->user_id), DB_INT(req->sess->id) };

		if (db_exec(req->app->db, &sess_stmts, SQL_END_OTHERS, DB_ARGS(args), &ended, NULL) == -1)
			return -1;
	}
	return (int)ended;
}

const char *
sess_csrf_token(struct req *req)
{
	const char *cookie;
	char token[CRYPTO_TOKEN_SIZE];

	if (req->sess)
		return req->sess->csrf;
	cookie = sess_cookie(req, SESS_CSRF_COOKIE);
	if (crypto_token_plausible(cookie))
		return cookie;
	/* A visitor's first form: a token in a cookie of its own, sent back in the form. A site
	 * elsewhere can make the browser send the cookie but cannot read it to fill the field. */
	if (crypto_token(token) == -1)
		return NULL;
	sess_set_cookie(req, SESS_CSRF_COOKIE, token, -1, "Strict");
	req_set(req, "Cookie." SESS_CSRF_COOKIE, token);	/* the form of this same page */
	return hdf_get_value(req->hdf, "Cookie." SESS_CSRF_COOKIE, NULL);
}

int
sess_csrf_ok(struct req *req)
{
	const char *sent = hdf_get_value(req->hdf, "Query." SESS_CSRF_FIELD, NULL);
	const char *want = req->sess ? req->sess->csrf : sess_cookie(req, SESS_CSRF_COOKIE);

	if (sent == NULL || !crypto_token_plausible(want) || strlen(sent) != strlen(want))
		return 0;
	return crypto_equal(sent, want, strlen(want));
}

enum sess_role
sess_role_of(const char *kind)
{
	static const struct { const char *kind; enum sess_role role; } roles[] = {
		{ "citizen", ROLE_CITIZEN }, { "business", ROLE_BUSINESS },
		{ "official", ROLE_OFFICIAL }, { "admin", ROLE_ADMIN },
	};
	size_t i;

	for (i = 0; kind && i < sizeof(roles) / sizeof(roles[0]); i++)
		if (strcmp(kind, roles[i].kind) == 0)
			return roles[i].role;
	return ROLE_NONE;
}

int
sess_is_staff(const struct sess *sess)
{
	return sess && (sess->role == ROLE_OFFICIAL || sess->role == ROLE_ADMIN);
}
