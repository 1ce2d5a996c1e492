/* login: the single-use links sent by e-mail — confirming an address, resetting a password. The
 * link holds a 256-bit random token; only its SHA-256 is stored, so a copy of the table opens
 * nothing. A token is used once, expires, and is revoked by a newer one where that matters. */
#include "login.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "crypto.h"
#include "db.h"
#include "fmt.h"
#include "log.h"

enum {
	SQL_ISSUE,
	SQL_FIND,
	SQL_FIND_LOCK,
	SQL_USE,
	SQL_REVOKE,
	SQL_RECENT,
	SQL__MAX
};

#define TOKEN_COLUMNS "SELECT id, user_id, email, used_at IS NOT NULL, revoked_at IS NOT NULL, " \
	"expires_at <= NOW() FROM email_tokens WHERE token_hash = ? AND purpose = ?"

static const char *const sqls[SQL__MAX] = {
	/* SQL_ISSUE */
	"INSERT INTO email_tokens (token_hash, user_id, purpose, email, expires_at) "
	"VALUES (?, ?, ?, ?, NOW() + INTERVAL ? SECOND)",
	/* SQL_FIND: to show the page a link leads to. */
	TOKEN_COLUMNS,
	/* SQL_FIND_LOCK: to use it, so that two clicks at once cannot both. */
	TOKEN_COLUMNS " FOR UPDATE",
	/* SQL_USE */
	"UPDATE email_tokens SET used_at = NOW() WHERE id = ? AND used_at IS NULL",
	/* SQL_REVOKE: the user's other live links of this purpose. */
	"UPDATE email_tokens SET revoked_at = NOW() WHERE user_id = ? AND purpose = ? AND id <> ? "
	"AND used_at IS NULL AND revoked_at IS NULL",
	/* SQL_RECENT: links sent lately, for the limits on sending. */
	"SELECT COUNT(*) FROM email_tokens WHERE user_id = ? AND purpose = ? "
	"AND created_at > NOW() - INTERVAL ? SECOND",
};

static const struct db_stmts token_stmts = DB_STMTS("tokens", sqls);

int
login_token_issue(struct db *db, long long user_id, const char *purpose, const char *email,
    int ttl_seconds, char token[CRYPTO_TOKEN_SIZE], long long *token_id)
{
	char hash[CRYPTO_SHA256_HEX_SIZE];
	unsigned long long id = 0;

	if (crypto_token(token) == -1 || crypto_sha256_hex(token, strlen(token), hash) == -1)
		return -1;
	{
		struct db_arg args[] = { DB_STR(hash), DB_INT(user_id), DB_STR(purpose), DB_STR(email),
		    DB_INT(ttl_seconds) };

		if (db_exec(db, &token_stmts, SQL_ISSUE, DB_ARGS(args), NULL, &id) == -1)
			return -1;
	}
	if (token_id)
		*token_id = (long long)id;
	return 0;
}

int
login_token_find(struct db *db, const char *token, const char *purpose, int lock,
    struct login_token *out)
{
	char hash[CRYPTO_SHA256_HEX_SIZE];
	struct db_result *res = NULL;

	memset(out, 0, sizeof(*out));
	out->state = LOGIN_TOKEN_UNKNOWN;
	if (!crypto_token_plausible(token))
		return 0;
	if (crypto_sha256_hex(token, strlen(token), hash) == -1)
		return -1;
	{
		struct db_arg args[] = { DB_STR(hash), DB_STR(purpose) };

		if (db_query(db, &token_stmts, lock ? SQL_FIND_LOCK : SQL_FIND, DB_ARGS(args), &res) == -1)
			return -1;
	}
	if (res->nrows == 1) {
		out->id = db_cell_ll(res, 0, 0, 0);
		out->user_id = db_cell_ll(res, 0, 1, 0);
		if (str_copy(out->email, sizeof(out->email), db_cell(res, 0, 2)) == -1) {
			/* A link confirming a cut address would confirm another one. */
			log_err("login: token %lld: address longer than %zu bytes", out->id,
			    sizeof(out->email) - 1);
			db_result_free(res);
			return -1;
		}
		if (db_cell_ll(res, 0, 3, 0))
			out->state = LOGIN_TOKEN_USED;
		else if (db_cell_ll(res, 0, 4, 0))
			out->state = LOGIN_TOKEN_REVOKED;
		else if (db_cell_ll(res, 0, 5, 0))
			out->state = LOGIN_TOKEN_EXPIRED;
		else
			out->state = LOGIN_TOKEN_LIVE;
	}
	db_result_free(res);
	return 0;
}

int
login_token_use(struct db *db, long long token_id)
{
	struct db_arg arg = DB_INT(token_id);
	unsigned long long n = 0;

	if (db_exec(db, &token_stmts, SQL_USE, DB_ARG(arg), &n, NULL) == -1)
		return -1;
	return n == 1 ? 0 : -1;
}

int
login_token_revoke_others(struct db *db, long long user_id, const char *purpose,
    long long keep_id)
{
	struct db_arg args[] = { DB_INT(user_id), DB_STR(purpose), DB_INT(keep_id) };

	return db_exec(db, &token_stmts, SQL_REVOKE, DB_ARGS(args), NULL, NULL);
}

long long
login_token_recent(struct db *db, long long user_id, const char *purpose, int seconds)
{
	struct db_arg args[] = { DB_INT(user_id), DB_STR(purpose), DB_INT(seconds) };
	struct db_result *res = NULL;
	long long n;

	if (db_query(db, &token_stmts, SQL_RECENT, DB_ARGS(args), &res) == -1)
		return -1;
	n = db_cell_ll(res, 0, 0, 0);
	db_result_free(res);
	return n;
}

const char *
login_token_message(enum login_token_state state, const char *what)
{
	switch (state) {
	case LOGIN_TOKEN_USED:
		return strcmp(what, "reset") == 0
		    ? "Liên kết này đã được dùng để đặt lại mật khẩu. Mỗi liên kết chỉ dùng được một lần."
		    : "Liên kết này đã được dùng. Mỗi liên kết chỉ dùng được một lần.";
	case LOGIN_TOKEN_REVOKED:
		return "Liên kết này không còn giá trị vì đã có liên kết mới hơn được gửi tới bạn. "
		    "Hãy dùng liên kết trong thư mới nhất.";
	case LOGIN_TOKEN_EXPIRED:
		return strcmp(what, "reset") == 0
		    ? "Liên kết này đã hết hạn. Hãy yêu cầu gửi liên kết đặt lại mật khẩu mới."
		    : "Liên kết này đã hết hạn. Hãy đăng nhập và yêu cầu gửi lại thư xác nhận.";
	case LOGIN_TOKEN_UNKNOWN:
		return "Liên kết không đúng. Hãy kiểm tra rằng bạn đã mở đủ cả đường liên kết trong thư.";
	case LOGIN_TOKEN_LIVE:
		break;
	}
	return "";
}

int
login_token_status(enum login_token_state state)
{
	switch (state) {
	case LOGIN_TOKEN_LIVE:
		return 200;
	case LOGIN_TOKEN_UNKNOWN:
		return 404;
	default:
		return 410;	/* it was a link, and it is gone for good */
	}
}
