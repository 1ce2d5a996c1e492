/* open311: the API keys of civic-reporting clients — checked by their SHA-256, and how many
 * submissions each (and each client address) may make in an hour. */
#include "config.h"

#include "open311.h"

#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "conf.h"
#include "crypto.h"
#include "db.h"

enum {
	SQL_KEY,
	SQL_LOCK,
	SQL_BY_KEY,
	SQL_BY_ADDR,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_KEY: a key by its hash; only the hash is stored. */
	"SELECT id, disabled_at IS NOT NULL FROM open311_keys WHERE key_hash = ?",
	/* SQL_LOCK: one post of a key counted at a time, so that parallel posts cannot all pass. */
	"SELECT id FROM open311_keys WHERE id = ? FOR UPDATE",
	/* SQL_BY_KEY: what the key sent in the last hour. */
	"SELECT COUNT(*) FROM feedback WHERE api_key_id = ? "
	"AND created_at > NOW() - INTERVAL 1 HOUR",
	/* SQL_BY_ADDR: what the address sent in the last hour, through the API (feedback_ip). */
	"SELECT COUNT(*) FROM feedback WHERE submit_ip = ? AND source = 'open311' "
	"AND created_at > NOW() - INTERVAL 1 HOUR",
};

static const struct db_stmts keys_stmts = DB_STMTS("open311-keys", sqls);

long long
o311_key_check(struct req *req, const char *api_key)
{
	char hash[CRYPTO_SHA256_HEX_SIZE];
	struct db_result *row = NULL;
	struct db_arg arg;
	long long id = 0;

	/* Keys are cong-admin's crypto_token: anything else is not looked up. */
	if (api_key == NULL || !crypto_token_plausible(api_key))
		return 0;
	if (crypto_sha256_hex(api_key, strlen(api_key), hash) == -1)
		return -1;
	arg = DB_STR(hash);
	if (db_query(req->app->db, &keys_stmts, SQL_KEY, DB_ARG(arg), &row) == -1)
		return -1;
	if (row->nrows == 1)
		id = strcmp(db_cell(row, 0, 1), "1") == 0 ? -2 : db_cell_ll(row, 0, 0, 0);
	db_result_free(row);
	return id;
}

/* The count in the one cell of statement id's answer, or -1. */
static long long
o311_count(struct req *req, int id, struct db_arg arg)
{
	struct db_result *row = NULL;
	long long n;

	if (db_query(req->app->db, &keys_stmts, id, DB_ARG(arg), &row) == -1)
		return -1;
	n = row->nrows == 1 ? db_cell_ll(row, 0, 0, 0) : -1;
	db_result_free(row);
	return n;
}

int
o311_key_rate(struct req *req, long long key_id, const char *addr)
{
	struct db_result *row = NULL;
	struct db_arg arg = DB_INT(key_id);
	long long by_key, by_addr;

	if (db_query(req->app->db, &keys_stmts, SQL_LOCK, DB_ARG(arg), &row) == -1)
		return -1;
	db_result_free(row);
	if ((by_key = o311_count(req, SQL_BY_KEY, arg)) == -1 ||
	    (by_addr = o311_count(req, SQL_BY_ADDR, DB_STR(addr))) == -1)
		return -1;
	return by_key >= conf_int(req->app->conf, "Open311.PerKeyHour", O311_KEY_PER_HOUR) ||
	    by_addr >= conf_int(req->app->conf, "Open311.PerAddressHour", O311_ADDR_PER_HOUR);
}
