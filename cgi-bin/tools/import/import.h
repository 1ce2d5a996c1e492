/* import: the cong-import command — what its loaders share: reading a JSON file of records,
 * checking their members, counting upserts, and recomputing the folded columns. */
#ifndef CONG_IMPORT_H
#define CONG_IMPORT_H

#include <stddef.h>

#include <jansson.h>

#include "buf.h"

struct db;

/* A piece of text inside a parsed JSON document, trimmed, so not NUL-terminated: bind it with
 * DB_STRN(t.s, t.n). It lives as long as the document. */
struct import_text {
	const char  *s;
	size_t       n;
};

/* One input file while it is checked: its name for messages, the parsed document and the
 * errors found so far. */
struct import_file {
	const char  *label;	/* the path as given, or "stdin" */
	json_t      *root;	/* the top-level array, owned */
	size_t       errors;	/* data errors reported */
	struct buf   where;	/* "FILE: record N (KEY "code")", the record being checked */
};

/* A code and the record it came from, to find codes given twice. */
struct import_key {
	struct import_text  code;
	size_t              rec;	/* 1-based record number */
	size_t              sub;	/* 1-based nested record number (a ward), 0 if none */
};

/* What an import did to one table. */
struct import_counts {
	size_t  read, added, changed;
};

/* The forms a code may take. */
enum import_code_kind {
	IMPORT_CODE_DIGITS,	/* 0-9 only: unit codes, field IDs */
	IMPORT_CODE_DOTTED,	/* letters, digits, then also . - _ : 1.004194, G01 */
};

/* Reads and parses the JSON file at path ("-" for standard input) into f, which must be
 * zeroed; the top level must be an array. A syntax error is reported as FILE:LINE:COLUMN.
 * Returns 0, or -1 after reporting. Free f with import_file_free in either case. */
int import_file_load(struct import_file *f, const char *path);
void import_file_free(struct import_file *f);

/* Starts checking one record: sets f->where to "LABEL: record N (KEY "code")" or, for a record
 * nested in another, "PARENT, KIND N (KEY "code")" (parent is a copy of the outer where).
 * Returns elem, or NULL after reporting that it is not an object. */
const json_t *import_record(struct import_file *f, const char *parent, const char *kind,
    size_t recno, const json_t *elem, const char *code_key);

/* Reports a data error of the current record, as "WHERE: KEY what" (KEY may be NULL), and
 * counts it. Only the first IMPORT_MAX_ERRORS are printed. */
#define IMPORT_MAX_ERRORS 20
void import_bad(struct import_file *f, const char *key, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Reads the text member key of obj into *out, trimmed: it must be a string of valid UTF-8 with
 * no control characters and at most max_chars characters. A missing, null or blank member is
 * an error when required, else the empty text. Returns 0, or -1 after reporting. */
int import_str(struct import_file *f, const json_t *obj, const char *key, size_t max_chars,
    int required, struct import_text *out);

/* Reads a required code of the given kind and length (in characters) into *out. Returns 0, or
 * -1 after reporting. */
int import_code(struct import_file *f, const json_t *obj, const char *key,
    enum import_code_kind kind, size_t min_len, size_t max_len, struct import_text *out);

/* Reads a required whole number from 0 to max, given as a JSON integer or a string of digits.
 * Returns 0, or -1 after reporting. */
int import_uint(struct import_file *f, const json_t *obj, const char *key, long long max,
    long long *out);

/* Reports every code of keys[0..n) that repeats an earlier one, ignoring ASCII case as the
 * database's unique keys do, and empty codes (of records in error); key and sub_kind name them
 * in messages. Sorts keys. Returns 0 if all are distinct, else -1 after reporting. */
int import_unique(struct import_file *f, struct import_key *keys, size_t n, const char *key,
    const char *sub_kind);

/* Ends the checking of a file: reports how many errors there were. Returns 0 if none, else
 * -1. */
int import_checked(struct import_file *f);

/* Reports an error that belongs to no record ("cong-import: ..."). */
void import_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Writes row i of an import; returns 0 with the affected rows of its upsert in *affected, or
 * -1 after logging. */
typedef int import_write_fn(struct db *db, size_t i, void *arg, unsigned long long *affected);

/* Writes the n rows of an import with write_one(db, i, arg, ...), then recomputes the folded
 * columns of the tables in the reindex mask, all in one transaction, counting into *c. what
 * names the import in messages. Returns 0, or -1 after reporting (then nothing was written). */
int import_write(struct db *db, const char *what, size_t n, import_write_fn *write_one,
    void *arg, unsigned int reindex, struct import_counts *c);

/* Counts one upsert by its affected rows: 1 added, 2 changed, 0 unchanged. */
void import_count(struct import_counts *c, unsigned long long affected);

/* Prints "TABLE: R read, A added, C changed" on standard output. */
void import_summary(const char *table, const struct import_counts *c);

/* The loaders, one per command: each checks the whole file at path, then writes it in one
 * transaction with the folded columns of what it touched, and prints its summary. Return 0, or
 * -1 after reporting (nothing is then written). */
int import_units(struct db *db, const char *path);
int import_agencies(struct db *db, const char *path);
int import_fields(struct db *db, const char *path);
int import_procedures(struct db *db, const char *path);

/* The tables whose folded columns reindex_tables recomputes; a set of them is a mask of
 * REINDEX_BIT(table). */
enum reindex_table {
	REINDEX_UNITS,
	REINDEX_AGENCIES,
	REINDEX_FIELDS,
	REINDEX_PROCEDURES,
	REINDEX__MAX
};
#define REINDEX_BIT(t)	(1u << (t))
#define REINDEX_ALL	((1u << REINDEX__MAX) - 1)

/* Recomputes the folded columns of the tables in the mask, inside the caller's transaction,
 * writing only the rows whose value differs. When counts is not NULL, counts[t] gets the rows
 * read and changed of each table t. Returns 0, or -1 after logging. */
int reindex_tables(struct db *db, unsigned int tables, struct import_counts *counts);

/* The reindex command: every table, in one transaction. Returns 0 or -1 after reporting. */
int reindex_all(struct db *db, const char *unused);

#endif
