/* db: one MariaDB connection per process, server-side prepared statements only, with explicit
 * reconnect and re-prepare. Every value from a request reaches the server as a bound parameter. */
#ifndef CONG_DB_H
#define CONG_DB_H

#include <stddef.h>

#include <ClearSilver.h>

struct db;

/* A module's statements: declared once, `static const char *const sqls[SQL__MAX]`, prepared lazily
 * on first use and again after a reconnect. */
struct db_stmts {
	const char          *module;	/* for log lines */
	const char *const   *sqls;
	size_t               count;
};
#define DB_STMTS(mod, arr) { (mod), (arr), sizeof(arr) / sizeof((arr)[0]) }

enum db_type { DB_T_NULL, DB_T_STR, DB_T_INT, DB_T_BLOB };

/* One bound parameter. Strings are not copied; they must live until the call returns. */
struct db_arg {
	enum db_type  type;
	const char   *s;
	size_t        len;
	long long     i;
};
#define DB_STR(x)     ((struct db_arg){ DB_T_STR, (x), (size_t)-1, 0 })
#define DB_STRN(x, n) ((struct db_arg){ DB_T_STR, (x), (n), 0 })
#define DB_BLOB(x, n) ((struct db_arg){ DB_T_BLOB, (const char *)(x), (n), 0 })
#define DB_INT(x)     ((struct db_arg){ DB_T_INT, NULL, 0, (long long)(x) })
#define DB_NULL       ((struct db_arg){ DB_T_NULL, NULL, 0, 0 })

/* The number of elements of an array, refused at compile time for a pointer (the Linux kernel's
 * ARRAY_SIZE with __must_be_array): an array and a pointer to its first element have different
 * types, so the size of char[-1] stops the build when they are the same. For example
 *	struct db_arg *p = args;  DB_NARGS(p)	-> error: size of unnamed array is negative
 * GCC and clang both know __builtin_types_compatible_p and __typeof__. */
#define DB_IS_POINTER(a) __builtin_types_compatible_p(__typeof__(a), __typeof__(&(a)[0]))
#define DB_MUST_BE_ARRAY(a) (sizeof(char[1 - 2 * !!DB_IS_POINTER(a)]) - 1)
#define DB_NARGS(a)   (sizeof(a) / sizeof((a)[0]) + DB_MUST_BE_ARRAY(a))

/* The args and nargs of db_query, db_exec and db_query_to_hdf, so that no call types a count:
 *	db_exec(db, &stmts, SQL_INSERT, DB_ARGS(args), NULL, NULL)	an array of struct db_arg
 *	db_query(db, &stmts, SQL_ONE, DB_ARG(id), &res)		one struct db_arg (not a pointer:
 *								&pointer does not convert)
 *	db_query(db, &stmts, SQL_ALL, DB_NOARGS, &res)		a statement without placeholders */
#define DB_ARGS(a)    (a), DB_NARGS(a)
#define DB_ARG(x)     &(x), 1
#define DB_NOARGS     NULL, 0

/* All rows of a result, every cell as text (NULL for SQL NULL). Owned by the caller. */
struct db_result {
	size_t   nrows;
	size_t   ncols;
	char   **names;	/* ncols column names (their aliases) */
	char   **cells;	/* nrows * ncols, each NUL-terminated */
	size_t  *lengths;	/* nrows * ncols: the bytes of each cell (a BLOB may hold NULs) */
};

/* Makes a handle from the configuration (Db.Socket or Db.Host/Db.Port, Db.Name, Db.User,
 * Db.Password). It connects on first use, so a process can start while the server is down.
 * The caller frees it with db_close. */
struct db *db_new(HDF *conf);
void db_close(struct db *db);

/* Runs a statement that returns rows and stores them all in *out (free with db_result_free).
 * A read is retried once on a fresh connection when the server went away.
 * Returns 0, or -1 after logging the error (then *out is NULL). */
int db_query(struct db *db, const struct db_stmts *set, int id,
    const struct db_arg *args, size_t nargs, struct db_result **out);

/* Runs a statement that returns no rows; *affected and *insert_id may be NULL. A write is
 * retried only when it never reached the server. Returns 0, or -1 after logging the error. */
int db_exec(struct db *db, const struct db_stmts *set, int id,
    const struct db_arg *args, size_t nargs,
    unsigned long long *affected, unsigned long long *insert_id);

/* Transactions, through the client API (no SQL text). Return 0 or -1. */
int db_begin(struct db *db);
int db_commit(struct db *db);
int db_rollback(struct db *db);

/* 1 inside a transaction begun with db_begin, else 0. */
int db_in_transaction(const struct db *db);

/* 1 when the last error was the server being unreachable (the page says 503), else 0. */
int db_unavailable(const struct db *db);

/* The server's error number of the last failed call (0 if none): 1062 duplicate key, and so on. */
unsigned int db_errno(const struct db *db);

/* Connects now if not connected; returns 0 or -1. For start-up checks and tools. */
int db_connect(struct db *db);

/* Cell access; NULL for SQL NULL or out of range. */
const char *db_cell(const struct db_result *res, size_t row, size_t col);
size_t db_cell_len(const struct db_result *res, size_t row, size_t col);

/* A cell as a whole number: def when it is SQL NULL, out of range, or not all a decimal integer
 * (a column that is not a number reads as def, never as the number its text starts with). */
long long db_cell_ll(const struct db_result *res, size_t row, size_t col, long long def);

/* 1 when the cell is SQL NULL (or out of range), else 0. */
int db_cell_is_null(const struct db_result *res, size_t row, size_t col);

/* db_query, then every row into the HDF under prefix (db_result_to_hdf): what a page shows of a
 * list. Returns 0, or -1 after logging. */
int db_query_to_hdf(struct db *db, const struct db_stmts *set, int id,
    const struct db_arg *args, size_t nargs, HDF *hdf, const char *prefix);

/* Copies every row into the HDF as prefix.N.column = value (NULL cells are left out).
 * Returns 0 or -1. */
int db_result_to_hdf(const struct db_result *res, HDF *hdf, const char *prefix);

/* Copies one row into the HDF as prefix.column = value. Returns 0 or -1. */
int db_row_to_hdf(const struct db_result *res, size_t row, HDF *hdf, const char *prefix);

void db_result_free(struct db_result *res);

#endif
