/* db: one MariaDB connection per process, prepared statements only, explicit reconnect. */
#include "db.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <errmsg.h>
#include <mysql.h>
#include <mysqld_error.h>

#include "buf.h"
#include "fmt.h"
#include "log.h"

/* The prepared handles of one statement set on the current connection. */
struct db_prepared {
	const struct db_stmts  *set;
	MYSQL_STMT            **handles;	/* set->count entries, NULL until prepared */
	struct db_prepared     *next;
};

struct db {
	MYSQL               *conn;		/* NULL while disconnected */
	struct db_prepared  *prepared;
	char                *host, *socket, *name, *user, *password;
	unsigned int         port;
	int                  in_transaction;
	int                  unavailable;	/* last error: server unreachable */
	unsigned int         last_errno;
};

/* Error numbers that mean the connection is gone: reconnecting may help. */
static int
db_is_conn_error(unsigned int e)
{
	switch (e) {
	case CR_SERVER_GONE_ERROR:
	case CR_SERVER_LOST:
	case CR_CONNECTION_ERROR:
	case CR_CONN_HOST_ERROR:
	case CR_SERVER_LOST_EXTENDED:
	case ER_CONNECTION_KILLED:
	case ER_SERVER_SHUTDOWN:
	case ER_UNKNOWN_STMT_HANDLER:
		return 1;
	default:
		return 0;
	}
}

struct db *
db_new(HDF *conf)
{
	struct db *db = xcalloc(1, sizeof(*db));
	const char *sock = hdf_get_value(conf, "Db.Socket", "");

	db->socket = *sock ? xstrdup(sock) : NULL;
	db->host = xstrdup(hdf_get_value(conf, "Db.Host", "127.0.0.1"));
	db->port = (unsigned int)hdf_get_int_value(conf, "Db.Port", 3306);
	db->name = xstrdup(hdf_get_value(conf, "Db.Name", "cong"));
	db->user = xstrdup(hdf_get_value(conf, "Db.User", "cong"));
	db->password = xstrdup(hdf_get_value(conf, "Db.Password", ""));
	return db;
}

/* Closes every prepared handle and the connection; they are made again on next use. */
static void
db_disconnect(struct db *db)
{
	struct db_prepared *p;
	size_t i;

	for (p = db->prepared; p; p = p->next)
		for (i = 0; i < p->set->count; i++)
			if (p->handles[i]) {
				mysql_stmt_close(p->handles[i]);
				p->handles[i] = NULL;
			}
	if (db->conn)
		mysql_close(db->conn);
	db->conn = NULL;
	db->in_transaction = 0;
}

void
db_close(struct db *db)
{
	struct db_prepared *p, *next;

	if (db == NULL)
		return;
	db_disconnect(db);
	for (p = db->prepared; p; p = next) {
		next = p->next;
		free(p->handles);
		free(p);
	}
	free(db->host);
	free(db->socket);
	free(db->name);
	free(db->user);
	if (db->password)
		memset(db->password, 0, strlen(db->password));
	free(db->password);
	free(db);
}

int
db_connect(struct db *db)
{
	unsigned int connect_timeout = 3, io_timeout = 30;
	my_bool off = 0;

	if (db->conn)
		return 0;
	if ((db->conn = mysql_init(NULL)) == NULL) {
		log_err("db: mysql_init failed");
		return -1;
	}
	mysql_options(db->conn, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	mysql_options(db->conn, MYSQL_OPT_CONNECT_TIMEOUT, &connect_timeout);
	mysql_options(db->conn, MYSQL_OPT_READ_TIMEOUT, &io_timeout);
	mysql_options(db->conn, MYSQL_OPT_WRITE_TIMEOUT, &io_timeout);
	mysql_options(db->conn, MYSQL_OPT_RECONNECT, &off);	/* we reconnect ourselves */
	mysql_options(db->conn, MYSQL_INIT_COMMAND, "SET time_zone = '+07:00'");
	if (mysql_real_connect(db->conn, db->socket ? NULL : db->host, db->user, db->password,
	    db->name, db->socket ? 0 : db->port, db->socket, 0) == NULL) {
		db->last_errno = mysql_errno(db->conn);
		db->unavailable = 1;
		log_err("db: cannot connect to %s: %s", db->socket ? db->socket : db->host,
		    mysql_error(db->conn));
		mysql_close(db->conn);
		db->conn = NULL;
		return -1;
	}
	return 0;
}

/* Finds or makes the handle array of a statement set. */
static struct db_prepared *
db_prepared_of(struct db *db, const struct db_stmts *set)
{
	struct db_prepared *p;

	for (p = db->prepared; p; p = p->next)
		if (p->set == set)
			return p;
	p = xcalloc(1, sizeof(*p));
	p->set = set;
	p->handles = xcalloc(set->count, sizeof(MYSQL_STMT *));
	p->next = db->prepared;
	db->prepared = p;
	return p;
}

/* Returns the prepared statement, connecting and preparing as needed; NULL after logging. */
static MYSQL_STMT *
db_stmt(struct db *db, const struct db_stmts *set, int id)
{
	struct db_prepared *p;
	MYSQL_STMT *stmt;
	const char *sql;

	if (id < 0 || (size_t)id >= set->count) {
		log_err("db: %s: no statement %d", set->module, id);
		return NULL;
	}
	if (db_connect(db) == -1)
		return NULL;
	p = db_prepared_of(db, set);
	if (p->handles[id])
		return p->handles[id];
	sql = set->sqls[id];
	if ((stmt = mysql_stmt_init(db->conn)) == NULL) {
		log_err("db: mysql_stmt_init failed");
		return NULL;
	}
	if (mysql_stmt_prepare(stmt, sql, strlen(sql)) != 0) {
		db->last_errno = mysql_stmt_errno(stmt);
		db->unavailable = db_is_conn_error(db->last_errno);
		log_err("db: %s[%d]: prepare: %s", set->module, id, mysql_stmt_error(stmt));
		mysql_stmt_close(stmt);
		return NULL;
	}
	p->handles[id] = stmt;
	return stmt;
}

/* Binds args to stmt. Returns 0 or -1. `binds` has room for nargs entries. */
static int
db_bind_args(const struct db_stmts *set, int id, MYSQL_STMT *stmt,
    const struct db_arg *args, size_t nargs, MYSQL_BIND *binds, unsigned long *lens)
{
	size_t i;

	if (mysql_stmt_param_count(stmt) != nargs) {
		log_err("db: %s[%d]: %lu parameters expected, %zu given", set->module, id,
		    mysql_stmt_param_count(stmt), nargs);
		return -1;
	}
	memset(binds, 0, nargs * sizeof(*binds));
	for (i = 0; i < nargs; i++) {
		switch (args[i].type) {
		case DB_T_NULL:
			binds[i].buffer_type = MYSQL_TYPE_NULL;
			break;
		case DB_T_INT:
			binds[i].buffer_type = MYSQL_TYPE_LONGLONG;
			binds[i].buffer = (void *)&args[i].i;
			break;
		case DB_T_STR:
		case DB_T_BLOB:
			lens[i] = args[i].len == (size_t)-1 ? strlen(args[i].s) : args[i].len;
			/* Bytes for a BLOB are sent as they are, never read as text of a charset. */
			binds[i].buffer_type = args[i].type == DB_T_BLOB ? MYSQL_TYPE_BLOB
			    : MYSQL_TYPE_STRING;
			binds[i].buffer = (void *)args[i].s;
			binds[i].buffer_length = lens[i];
			binds[i].length = &lens[i];
			break;
		}
	}
	if (nargs && mysql_stmt_bind_param(stmt, binds) != 0) {
		log_err("db: %s[%d]: bind: %s", set->module, id, mysql_stmt_error(stmt));
		return -1;
	}
	return 0;
}

/* Reads every row of an executed statement into a new result. Returns 0 or -1. */
static int
db_fetch_all(MYSQL_STMT *stmt, struct db_result **out)
{
	MYSQL_RES *meta;
	MYSQL_FIELD *fields;
	MYSQL_BIND *binds = NULL;
	unsigned long *lens = NULL;
	my_bool *nulls = NULL;
	char **bufs = NULL;
	struct db_result *res = NULL;
	size_t ncols, i, cap = 0;
	int rc = -1, frc;

	if ((meta = mysql_stmt_result_metadata(stmt)) == NULL)
		return -1;
	ncols = mysql_num_fields(meta);
	fields = mysql_fetch_fields(meta);
	res = xcalloc(1, sizeof(*res));
	res->ncols = ncols;
	res->names = xcalloc(ncols, sizeof(char *));
	binds = xcalloc(ncols, sizeof(MYSQL_BIND));
	lens = xcalloc(ncols, sizeof(unsigned long));
	nulls = xcalloc(ncols, sizeof(my_bool));
	bufs = xcalloc(ncols, sizeof(char *));
	for (i = 0; i < ncols; i++) {
		res->names[i] = xstrdup(fields[i].name);
		bufs[i] = xmalloc(256);
		binds[i].buffer_type = MYSQL_TYPE_STRING;
		binds[i].buffer = bufs[i];
		binds[i].buffer_length = 256;
		binds[i].length = &lens[i];
		binds[i].is_null = &nulls[i];
	}
	if (mysql_stmt_bind_result(stmt, binds) != 0 || mysql_stmt_store_result(stmt) != 0)
		goto out;
	for (;;) {
		frc = mysql_stmt_fetch(stmt);
		if (frc == MYSQL_NO_DATA)
			break;
		if (frc == 1)
			goto out;
		if (frc == MYSQL_DATA_TRUNCATED) {
			/* Grow the columns that did not fit and fetch just those again. */
			for (i = 0; i < ncols; i++) {
				if (nulls[i] || lens[i] < binds[i].buffer_length)
					continue;
				bufs[i] = xrealloc(bufs[i], lens[i] + 1);
				binds[i].buffer = bufs[i];
				binds[i].buffer_length = lens[i] + 1;
				if (mysql_stmt_fetch_column(stmt, &binds[i], (unsigned int)i, 0) != 0)
					goto out;
			}
			if (mysql_stmt_bind_result(stmt, binds) != 0)
				goto out;
		}
		if (res->nrows == cap) {
			cap = cap ? cap * 2 : 16;
			res->cells = xrealloc(res->cells, cap * ncols * sizeof(char *));
			res->lengths = xrealloc(res->lengths, cap * ncols * sizeof(size_t));
		}
		for (i = 0; i < ncols; i++) {
			size_t at = res->nrows * ncols + i;

			/* Copied by length, not as a string: a BLOB may hold NUL bytes. */
			res->lengths[at] = nulls[i] ? 0 : lens[i];
			res->cells[at] = NULL;
			if (!nulls[i]) {
				res->cells[at] = xmalloc(lens[i] + 1);
				memcpy(res->cells[at], bufs[i], lens[i]);
				res->cells[at][lens[i]] = '\0';
			}
		}
		res->nrows++;
	}
	rc = 0;
out:
	mysql_stmt_free_result(stmt);
	mysql_free_result(meta);
	for (i = 0; i < ncols; i++)
		free(bufs[i]);
	free(bufs);
	free(binds);
	free(lens);
	free(nulls);
	if (rc == 0)
		*out = res;
	else
		db_result_free(res);
	return rc;
}

/* Prepares, binds and executes; reads rows when out is not NULL. On a lost connection it
 * reconnects and tries once more if `may_retry` allows (reads always, writes only when the
 * statement never reached the server). Returns 0 or -1. */
static int
db_run(struct db *db, const struct db_stmts *set, int id, const struct db_arg *args,
    size_t nargs, struct db_result **out, unsigned long long *affected,
    unsigned long long *insert_id, int is_read)
{
	MYSQL_BIND stack_binds[16], *binds;
	unsigned long stack_lens[16], *lens;
	MYSQL_STMT *stmt;
	int attempt, sent, rc = -1;

	binds = nargs <= 16 ? stack_binds : xcalloc(nargs, sizeof(MYSQL_BIND));
	lens = nargs <= 16 ? stack_lens : xcalloc(nargs, sizeof(unsigned long));
	db->unavailable = 0;
	db->last_errno = 0;
	for (attempt = 0; attempt < 2; attempt++) {
		sent = 0;
		if ((stmt = db_stmt(db, set, id)) == NULL)
			goto failed;
		if (db_bind_args(set, id, stmt, args, nargs, binds, lens) == -1)
			goto out;
		sent = 1;
		if (mysql_stmt_execute(stmt) != 0) {
			db->last_errno = mysql_stmt_errno(stmt);
			db->unavailable = db_is_conn_error(db->last_errno);
			log_err("db: %s[%d]: execute: %s", set->module, id, mysql_stmt_error(stmt));
			goto failed;
		}
		if (out) {
			if (db_fetch_all(stmt, out) == -1) {
				db->last_errno = mysql_stmt_errno(stmt);
				db->unavailable = db_is_conn_error(db->last_errno);
				log_err("db: %s[%d]: fetch: %s", set->module, id, mysql_stmt_error(stmt));
				goto failed;
			}
		}
		if (affected)
			*affected = mysql_stmt_affected_rows(stmt);
		if (insert_id)
			*insert_id = mysql_stmt_insert_id(stmt);
		rc = 0;
		goto out;
failed:
		if (!db->unavailable && db->conn)
			goto out;	/* an error of the statement itself: retrying will not help */
		/* The connection is gone. A transaction died with it; a write that was sent may have
		 * been applied, so only reads and unsent writes are tried again. */
		{
			int was_in_tx = db->in_transaction;

			db_disconnect(db);
			if (was_in_tx || (sent && !is_read))
				goto out;
		}
	}
out:
	if (binds != stack_binds)
		free(binds);
	if (lens != stack_lens)
		free(lens);
	return rc;
}

int
db_query(struct db *db, const struct db_stmts *set, int id, const struct db_arg *args,
    size_t nargs, struct db_result **out)
{
	*out = NULL;
	return db_run(db, set, id, args, nargs, out, NULL, NULL, 1);
}

int
db_exec(struct db *db, const struct db_stmts *set, int id, const struct db_arg *args,
    size_t nargs, unsigned long long *affected, unsigned long long *insert_id)
{
	return db_run(db, set, id, args, nargs, NULL, affected, insert_id, 0);
}

int
db_begin(struct db *db)
{
	db->unavailable = 0;
	if (db_connect(db) == -1)
		return -1;
	if (mysql_autocommit(db->conn, 0) != 0) {
		db->last_errno = mysql_errno(db->conn);
		db->unavailable = db_is_conn_error(db->last_errno);
		log_err("db: begin: %s", mysql_error(db->conn));
		db_disconnect(db);
		return -1;
	}
	db->in_transaction = 1;
	return 0;
}

/* Ends a transaction by commit or rollback and goes back to autocommit. */
static int
db_end(struct db *db, int commit)
{
	int rc = 0;

	if (db->conn == NULL)
		return -1;	/* the connection, and with it the transaction, is gone */
	if ((commit ? mysql_commit(db->conn) : mysql_rollback(db->conn)) != 0) {
		db->last_errno = mysql_errno(db->conn);
		db->unavailable = db_is_conn_error(db->last_errno);
		log_err("db: %s: %s", commit ? "commit" : "rollback", mysql_error(db->conn));
		rc = -1;
	}
	db->in_transaction = 0;
	if (mysql_autocommit(db->conn, 1) != 0 || rc == -1)
		db_disconnect(db);
	return rc;
}

int
db_commit(struct db *db)
{
	return db_end(db, 1);
}

int
db_rollback(struct db *db)
{
	return db_end(db, 0);
}

int
db_in_transaction(const struct db *db)
{
	return db->in_transaction;
}

int
db_unavailable(const struct db *db)
{
	return db->unavailable;
}

unsigned int
db_errno(const struct db *db)
{
	return db->last_errno;
}

const char *
db_cell(const struct db_result *res, size_t row, size_t col)
{
	if (res == NULL || row >= res->nrows || col >= res->ncols)
		return NULL;
	return res->cells[row * res->ncols + col];
}

int
db_query_to_hdf(struct db *db, const struct db_stmts *set, int id, const struct db_arg *args,
    size_t nargs, HDF *hdf, const char *prefix)
{
	struct db_result *res = NULL;
	int rc;

	if (db_query(db, set, id, args, nargs, &res) == -1)
		return -1;
	rc = db_result_to_hdf(res, hdf, prefix);
	db_result_free(res);
	return rc;
}

long long
db_cell_ll(const struct db_result *res, size_t row, size_t col, long long def)
{
	const char *s = db_cell(res, row, col);
	char *end;
	long long v;

	/* strtoll would skip white space and take a '+': a cell is only digits, after a '-'. */
	if (s == NULL || !((*s >= '0' && *s <= '9') || *s == '-'))
		return def;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || *end != '\0' || end == s)
		return def;
	return v;
}

int
db_cell_is_null(const struct db_result *res, size_t row, size_t col)
{
	return db_cell(res, row, col) == NULL;
}

size_t
db_cell_len(const struct db_result *res, size_t row, size_t col)
{
	if (res == NULL || row >= res->nrows || col >= res->ncols)
		return 0;
	return res->lengths[row * res->ncols + col];
}

int
db_row_to_hdf(const struct db_result *res, size_t row, HDF *hdf, const char *prefix)
{
	char name[256];
	size_t c;
	NEOERR *err;

	for (c = 0; c < res->ncols; c++) {
		const char *v = res->cells[row * res->ncols + c];

		if (v == NULL)
			continue;
		if (fmt_into(name, sizeof(name), "%s.%s", prefix, res->names[c]) == -1)
			return -1;
		if ((err = hdf_set_value(hdf, name, v)) != STATUS_OK) {
			nerr_ignore(&err);
			return -1;
		}
	}
	return 0;
}

int
db_result_to_hdf(const struct db_result *res, HDF *hdf, const char *prefix)
{
	char name[256];
	size_t r;

	for (r = 0; r < res->nrows; r++) {
		if (fmt_into(name, sizeof(name), "%s.%zu", prefix, r) == -1 ||
		    db_row_to_hdf(res, r, hdf, name) == -1)
			return -1;
	}
	return 0;
}

void
db_result_free(struct db_result *res)
{
	size_t i;

	if (res == NULL)
		return;
	for (i = 0; i < res->nrows * res->ncols; i++)
		free(res->cells[i]);
	for (i = 0; i < res->ncols; i++)
		free(res->names[i]);
	free(res->cells);
	free(res->lengths);
	free(res->names);
	free(res);
}
