/* reindex: recomputes the folded columns (folded_name, search_text) that the search pages
 * compare a citizen's folded words against, since no collation folds Vietnamese for us. */
#include "config.h"

#include "import.h"

#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "fold.h"
#include "searchtext.h"

enum {
	SQL_UNITS,
	SQL_UNIT_SET,
	SQL_AGENCIES,
	SQL_AGENCY_SET,
	SQL_FIELDS,
	SQL_FIELD_SET,
	SQL_PROCEDURES,
	SQL_PROCEDURE_SET,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_UNITS: every unit's key, name and folded name. */
	"SELECT code, name, folded_name FROM admin_units",
	/* SQL_UNIT_SET: one unit's folded name. */
	"UPDATE admin_units SET folded_name = ? WHERE code = ?",
	/* SQL_AGENCIES: every agency's key, name and folded name. */
	"SELECT id, name, folded_name FROM agencies",
	/* SQL_AGENCY_SET: one agency's folded name. */
	"UPDATE agencies SET folded_name = ? WHERE id = ?",
	/* SQL_FIELDS: every field's key, name and folded name. */
	"SELECT id, name, folded_name FROM fields",
	/* SQL_FIELD_SET: one field's folded name. */
	"UPDATE fields SET folded_name = ? WHERE id = ?",
	/* SQL_PROCEDURES: every procedure with the names its search text is made of. */
	"SELECT p.id, p.code, p.name, f.name AS field, a.name AS agency, p.folded_name, "
	"p.search_text FROM procedures p LEFT JOIN fields f ON f.id = p.field_id "
	"LEFT JOIN agencies a ON a.id = p.agency_id",
	/* SQL_PROCEDURE_SET: one procedure's folded columns. Its content did not change, so the
	 * "updated on" date citizens see stays as it was. */
	"UPDATE procedures SET folded_name = ?, search_text = ?, updated_at = updated_at "
	"WHERE id = ?",
};

static const struct db_stmts reindex_stmts = DB_STMTS("reindex", sqls);

/* The tables whose only folded column is folded_name = fold_words(name); their statements
 * return key, name, folded_name and take folded_name, key. */
static const struct reindex_simple {
	enum reindex_table  table;
	const char         *name;
	int                 select;
	int                 update;
} reindex_simples[] = {
	{ REINDEX_UNITS, "admin_units", SQL_UNITS, SQL_UNIT_SET },
	{ REINDEX_AGENCIES, "agencies", SQL_AGENCIES, SQL_AGENCY_SET },
	{ REINDEX_FIELDS, "fields", SQL_FIELDS, SQL_FIELD_SET },
};

/* Recomputes folded_name of one simple table into *c. Returns 0, or -1 after logging. */
static int
reindex_simple(struct db *db, const struct reindex_simple *t, struct import_counts *c)
{
	struct db_result *res = NULL;
	struct buf folded = BUF_INIT;
	unsigned long long affected;
	size_t r;
	int rc = -1;

	if (db_query(db, &reindex_stmts, t->select, DB_NOARGS, &res) == -1)
		goto out;
	c->read = res->nrows;
	for (r = 0; r < res->nrows; r++) {
		const char *key = db_cell(res, r, 0), *name = db_cell(res, r, 1);
		const char *old = db_cell(res, r, 2);

		buf_reset(&folded);
		fold_words(name ? name : "", name ? strlen(name) : 0, &folded);
		if (old && strcmp(old, buf_str(&folded)) == 0)
			continue;
		{
			struct db_arg args[] = { DB_STR(buf_str(&folded)), DB_STR(key) };

			if (db_exec(db, &reindex_stmts, t->update, DB_ARGS(args), &affected, NULL) == -1)
				goto out;
		}
		c->changed += affected > 0;
	}
	rc = 0;
out:
	db_result_free(res);
	buf_free(&folded);
	return rc;
}

/* Recomputes folded_name and search_text of every procedure into *c. Returns 0, or -1 after
 * logging. */
static int
reindex_procedures(struct db *db, struct import_counts *c)
{
	struct db_result *res = NULL;
	struct buf folded = BUF_INIT, search = BUF_INIT;
	unsigned long long affected;
	size_t r;
	int rc = -1;

	if (db_query(db, &reindex_stmts, SQL_PROCEDURES, DB_NOARGS, &res) == -1)
		goto out;
	c->read = res->nrows;
	for (r = 0; r < res->nrows; r++) {
		const char *id = db_cell(res, r, 0), *code = db_cell(res, r, 1);
		const char *name = db_cell(res, r, 2), *field = db_cell(res, r, 3);
		const char *agency = db_cell(res, r, 4), *old_folded = db_cell(res, r, 5);
		const char *old_search = db_cell(res, r, 6);

		if (code == NULL || name == NULL)
			continue;	/* NOT NULL columns: cannot happen */
		buf_reset(&folded);
		buf_reset(&search);
		fold_words(name, strlen(name), &folded);
		searchtext_build(name, code, field, agency, &search);
		if (old_folded && old_search && strcmp(old_folded, buf_str(&folded)) == 0 &&
		    strcmp(old_search, buf_str(&search)) == 0)
			continue;
		{
			struct db_arg args[] = {
				DB_STR(buf_str(&folded)), DB_STR(buf_str(&search)), DB_STR(id)
			};

			if (db_exec(db, &reindex_stmts, SQL_PROCEDURE_SET, DB_ARGS(args), &affected,
			    NULL) == -1)
				goto out;
		}
		c->changed += affected > 0;
	}
	rc = 0;
out:
	db_result_free(res);
	buf_free(&folded);
	buf_free(&search);
	return rc;
}

int
reindex_tables(struct db *db, unsigned int tables, struct import_counts *counts)
{
	struct import_counts scratch[REINDEX__MAX];
	size_t i;

	memset(scratch, 0, sizeof(scratch));
	if (counts == NULL)
		counts = scratch;
	/* Procedures last: their search text is made of agency and field names. */
	for (i = 0; i < sizeof(reindex_simples) / sizeof(reindex_simples[0]); i++) {
		const struct reindex_simple *t = &reindex_simples[i];

		if ((tables & REINDEX_BIT(t->table)) &&
		    reindex_simple(db, t, &counts[t->table]) == -1)
			return -1;
	}
	if ((tables & REINDEX_BIT(REINDEX_PROCEDURES)) &&
	    reindex_procedures(db, &counts[REINDEX_PROCEDURES]) == -1)
		return -1;
	return 0;
}

int
reindex_all(struct db *db, const char *unused)
{
	struct import_counts counts[REINDEX__MAX];
	size_t i;

	memset(counts, 0, sizeof(counts));
	if (db_begin(db) == -1) {
		import_fail("reindex: cannot start a transaction; nothing was changed");
		return -1;
	}
	if (reindex_tables(db, REINDEX_ALL, counts) == -1 || db_commit(db) == -1) {
		db_rollback(db);
		import_fail("reindex: database error; nothing was changed");
		return -1;
	}
	for (i = 0; i < sizeof(reindex_simples) / sizeof(reindex_simples[0]); i++)
		import_summary(reindex_simples[i].name, &counts[reindex_simples[i].table]);
	import_summary("procedures", &counts[REINDEX_PROCEDURES]);
	return 0;
}
