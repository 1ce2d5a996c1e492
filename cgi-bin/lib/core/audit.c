/* audit: the append-only, hash-chained log of security events. */
#include "audit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>

#include "buf.h"
#include "crypto.h"
#include "db.h"
#include "fmt.h"
#include "log.h"

enum {
	SQL_HEAD,
	SQL_INSERT,
	SQL_SET_HEAD,
	SQL_ALL,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_HEAD: the last hash, locked until the transaction ends. */
	"SELECT last_hash FROM audit_head WHERE id = 1 FOR UPDATE",
	/* SQL_INSERT: one event; its time is given, since the hash covers it. */
	"INSERT INTO audit_log (at, event, user_id, actor_id, client_ip, detail, prev_hash, row_hash) "
	"VALUES (?, ?, NULLIF(?, 0), NULLIF(?, 0), ?, ?, ?, ?)",
	/* SQL_SET_HEAD */
	"UPDATE audit_head SET last_hash = ? WHERE id = 1",
	/* SQL_ALL: the chain in order, with the time as it was hashed. */
	"SELECT id, DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s.%f'), event, COALESCE(user_id, 0), "
	"COALESCE(actor_id, 0), client_ip, detail, prev_hash, row_hash FROM audit_log ORDER BY id",
};

static const struct db_stmts audit_stmts = DB_STMTS("audit", sqls);

/* The hash of a row: every field, each preceded by its length, so no two rows read alike. */
static int
audit_hash(const char *prev, const char *at, const char *event, long long user_id,
    long long actor_id, const char *ip, const char *detail, char out[CRYPTO_SHA256_HEX_SIZE])
{
	struct buf text = BUF_INIT;
	const char *fields[6];
	char ids[2][24];
	size_t i;
	int rc;

	if (fmt_into(ids[0], sizeof(ids[0]), "%lld", user_id) == -1 ||
	    fmt_into(ids[1], sizeof(ids[1]), "%lld", actor_id) == -1)
		return -1;
	fields[0] = prev; fields[1] = at; fields[2] = event;
	fields[3] = ids[0]; fields[4] = ids[1]; fields[5] = ip;
	for (i = 0; i < 6; i++)
		buf_printf(&text, "%zu:%s|", strlen(fields[i]), fields[i]);
	buf_printf(&text, "%zu:%s", strlen(detail), detail);
	rc = crypto_sha256_hex(text.data, text.len, out);
	buf_free(&text);
	return rc;
}

int
audit_log(struct db *db, const char *event, long long user_id, long long actor_id,
    const char *client_ip, const char *detail)
{
	char at[96], hash[CRYPTO_SHA256_HEX_SIZE], prev[CRYPTO_SHA256_HEX_SIZE];
	struct db_result *res = NULL;
	struct timeval tv;
	struct tm tm;
	time_t secs;
	int own = !db_in_transaction(db), rc = -1;

	/* The session's time zone is +07:00 (db.c), and the time is read back in it to verify. */
	gettimeofday(&tv, NULL);
	secs = tv.tv_sec + 7 * 3600;
	gmtime_r(&secs, &tm);
	if (fmt_into(at, sizeof(at), "%04d-%02d-%02d %02d:%02d:%02d.%06ld", tm.tm_year + 1900,
	    tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, (long)tv.tv_usec) == -1)
		return -1;
	if (client_ip == NULL)
		client_ip = "";
	if (detail == NULL)
		detail = "";
	if (own && db_begin(db) == -1)
		return -1;
	if (db_query(db, &audit_stmts, SQL_HEAD, DB_NOARGS, &res) == -1 || res->nrows != 1)
		goto out;
	if (str_copy(prev, sizeof(prev), db_cell(res, 0, 0)) == -1) {
		/* A cut head would chain this row to a hash that never was. */
		log_err("audit: head hash longer than %zu bytes", sizeof(prev) - 1);
		goto out;
	}
	if (audit_hash(prev, at, event, user_id, actor_id, client_ip, detail, hash) == -1)
		goto out;
	{
		struct db_arg args[] = { DB_STR(at), DB_STR(event), DB_INT(user_id), DB_INT(actor_id),
		    DB_STR(client_ip), DB_STR(detail), DB_STR(prev), DB_STR(hash) };
		struct db_arg head = DB_STR(hash);

		if (db_exec(db, &audit_stmts, SQL_INSERT, DB_ARGS(args), NULL, NULL) == -1 ||
		    db_exec(db, &audit_stmts, SQL_SET_HEAD, DB_ARG(head), NULL, NULL) == -1)
			goto out;
	}
	rc = 0;
out:
	db_result_free(res);
	if (own) {
		if (rc == 0 && db_commit(db) == -1)
			rc = -1;
		else if (rc == -1)
			db_rollback(db);
	}
	if (rc == -1)
		log_err("audit: cannot record %s", event);
	return rc;
}

long long
audit_verify(struct db *db)
{
	struct db_result *res = NULL;
	char prev[CRYPTO_SHA256_HEX_SIZE], hash[CRYPTO_SHA256_HEX_SIZE];
	long long n;
	size_t r;

	if (db_query(db, &audit_stmts, SQL_ALL, DB_NOARGS, &res) == -1)
		return -1;
	memset(prev, '0', 64);
	prev[64] = '\0';
	for (r = 0; r < res->nrows; r++) {
		const char *id = db_cell(res, r, 0);

		if (strcmp(db_cell(res, r, 7), prev) != 0) {
			fprintf(stderr, "audit log broken at row %s: it does not follow row before it\n", id);
			db_result_free(res);
			return -1;
		}
		if (audit_hash(prev, db_cell(res, r, 1), db_cell(res, r, 2), db_cell_ll(res, r, 3, 0),
		    db_cell_ll(res, r, 4, 0), db_cell(res, r, 5), db_cell(res, r, 6), hash) == -1 ||
		    strcmp(hash, db_cell(res, r, 8)) != 0) {
			fprintf(stderr, "audit log broken at row %s: its content was changed\n", id);
			db_result_free(res);
			return -1;
		}
		memcpy(prev, hash, sizeof(prev));
	}
	n = (long long)res->nrows;
	db_result_free(res);
	return n;
}
