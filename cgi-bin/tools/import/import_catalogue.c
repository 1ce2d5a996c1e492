/* import_catalogue: the national procedure database's agencies, fields and online services
 * (procedures/agencies.json, fields.json, citizen_services.json) into the catalogue. */
#include "config.h"

#include "import.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "db.h"
#include "fold.h"
#include "searchtext.h"
#include "utf8.h"

enum {
	SQL_PROVINCES,
	SQL_AGENCIES,
	SQL_AGENCY_UPSERT,
	SQL_FIELD_UPSERT,
	SQL_PROCEDURE_UPSERT,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_PROVINCES: the provinces a People's Committee may serve, by name. */
	"SELECT code, name FROM admin_units WHERE unit_type = 'province' ORDER BY code",
	/* SQL_AGENCIES: the agencies a field's ministry may be, by name; by code, so that of two
	 * agencies of the same name the same one is always chosen. */
	"SELECT id, name FROM agencies ORDER BY code",
	/* SQL_AGENCY_UPSERT: adds an agency or updates what the file says of it: name, level and,
	 * when it was found, the province served. Address, parent and the rest are the portal's own
	 * and left alone. An unchanged agency is not written (0 affected rows). */
	"INSERT INTO agencies (code, name, agency_level, unit_code, folded_name) "
	"VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name), "
	"agency_level = VALUES(agency_level), unit_code = COALESCE(VALUES(unit_code), unit_code)",
	/* SQL_FIELD_UPSERT: adds a field or updates its name, ministry and, when the ministry was
	 * found among the agencies, its agency. */
	"INSERT INTO fields (code, name, ministry, agency_id, folded_name) VALUES (?, ?, ?, ?, ?) "
	"ON DUPLICATE KEY UPDATE name = VALUES(name), ministry = VALUES(ministry), "
	"agency_id = COALESCE(VALUES(agency_id), agency_id)",
	/* SQL_PROCEDURE_UPSERT: adds an online service for citizens, or updates the name, the
	 * vertical flag and the popularity of a known procedure; its details, agency, field,
	 * audience and online level may have been written by hand and are never touched. The
	 * "updated on" date citizens see moves only when the name does (first, because later
	 * assignments see the new values; compared byte for byte, as the collation ignores
	 * marks). */
	"INSERT INTO procedures (code, name, is_vertical, popularity, audience, online_level, "
	"folded_name, search_text) VALUES (?, ?, ?, ?, 'citizen', 'partial', ?, ?) "
	"ON DUPLICATE KEY UPDATE "
	"updated_at = IF(name = VALUES(name) COLLATE utf8mb4_bin, updated_at, CURRENT_TIMESTAMP), "
	"name = VALUES(name), is_vertical = VALUES(is_vertical), popularity = VALUES(popularity)",
};

static const struct db_stmts catalogue_stmts = DB_STMTS("import_catalogue", sqls);

/* Column widths, in characters. */
enum {
	CATALOGUE_CODE_MAX = 40,		/* agencies.code, procedures.code */
	CATALOGUE_FIELD_CODE_MAX = 20,		/* fields.code */
	CATALOGUE_NAME_MAX = 255,		/* agencies.name, fields.name, fields.ministry */
	CATALOGUE_PROCEDURE_NAME_MAX = 1000	/* procedures.name */
};

/* How the folded name of a provincial People's Committee begins; the rest is the province. */
static const char *const catalogue_province_prefixes[] = {
	"ubnd tinh ", "ubnd thanh pho ", "uy ban nhan dan tinh ", "uy ban nhan dan thanh pho ",
};

/* Rows of (key, name) from the database with each name folded, to find a key by name. */
struct catalogue_names {
	struct db_result  *res;		/* owns the keys */
	char             **folded;	/* res->nrows folded names, owned */
};

/* Runs statement id and folds the second column of each row into *names. Returns 0, or -1
 * after logging. Free with catalogue_names_free in either case. */
static int
catalogue_names_load(struct db *db, int id, struct catalogue_names *names)
{
	struct buf b = BUF_INIT;
	size_t r;

	names->folded = NULL;
	if (db_query(db, &catalogue_stmts, id, DB_NOARGS, &names->res) == -1)
		return -1;
	names->folded = xcalloc(names->res->nrows, sizeof(char *));
	for (r = 0; r < names->res->nrows; r++) {
		const char *name = db_cell(names->res, r, 1);

		fold_words(name ? name : "", name ? strlen(name) : 0, &b);
		names->folded[r] = buf_detach(&b);
	}
	return 0;
}

/* The key of the first row whose folded name is folded, or NULL. Owned by names. */
static const char *
catalogue_names_find(const struct catalogue_names *names, const char *folded)
{
	size_t r;

	for (r = 0; r < names->res->nrows; r++)
		if (strcmp(names->folded[r], folded) == 0)
			return db_cell(names->res, r, 0);
	return NULL;
}

/* Frees what catalogue_names_load made; names may be loaded or not. */
static void
catalogue_names_free(struct catalogue_names *names)
{
	size_t r;

	if (names->res && names->folded)
		for (r = 0; r < names->res->nrows; r++)
			free(names->folded[r]);
	free(names->folded);
	db_result_free(names->res);
	names->folded = NULL;
	names->res = NULL;
}

/* --- agencies ------------------------------------------------------------------------------ */

struct agency {
	struct import_text  code, name;
};

/* What agencies_write_one needs. */
struct agencies_ctx {
	const struct agency     *agencies;
	struct catalogue_names   provinces;
	struct buf               folded;
};

/* Checks every record of agencies.json into a new array *out (free() it). Returns 0, or -1
 * after reporting. */
static int
agencies_check(struct import_file *f, struct agency **out)
{
	size_t i, n = json_array_size(f->root);
	struct agency *a = xcalloc(n, sizeof(*a));
	struct import_key *keys = xcalloc(n, sizeof(*keys));
	const json_t *obj;

	json_array_foreach(f->root, i, obj) {
		if (import_record(f, NULL, "record", i + 1, obj, "CODE") == NULL)
			continue;
		import_code(f, obj, "CODE", IMPORT_CODE_DOTTED, 1, CATALOGUE_CODE_MAX, &a[i].code);
		import_str(f, obj, "NAME", CATALOGUE_NAME_MAX, 1, &a[i].name);
		keys[i] = (struct import_key){ a[i].code, i + 1, 0 };
	}
	import_unique(f, keys, n, "CODE", NULL);
	free(keys);
	*out = a;
	return import_checked(f);
}

/* Upserts agency i: a provincial People's Committee is at province level and serves the
 * province of its name, when that province is known; any other agency is central. */
static int
agencies_write_one(struct db *db, size_t i, void *arg, unsigned long long *affected)
{
	struct agencies_ctx *ctx = arg;
	const struct agency *a = &ctx->agencies[i];
	const char *level = "central", *unit = NULL, *folded;
	size_t k, len;

	buf_reset(&ctx->folded);
	fold_words(a->name.s, a->name.n, &ctx->folded);
	folded = buf_str(&ctx->folded);
	for (k = 0; k < sizeof(catalogue_province_prefixes) / sizeof(char *); k++) {
		len = strlen(catalogue_province_prefixes[k]);
		if (strncmp(folded, catalogue_province_prefixes[k], len) == 0) {
			level = "province";
			unit = catalogue_names_find(&ctx->provinces, folded + len);
			break;
		}
	}
	{
		struct db_arg args[] = {
			DB_STRN(a->code.s, a->code.n),
			DB_STRN(a->name.s, a->name.n),
			DB_STR(level),
			unit ? DB_STR(unit) : DB_NULL,
			DB_STR(folded),
		};

		return db_exec(db, &catalogue_stmts, SQL_AGENCY_UPSERT, args,
		    DB_NARGS(args), affected, NULL);
	}
}

int
import_agencies(struct db *db, const char *path)
{
	struct import_file f = { 0 };
	struct import_counts c = { 0 };
	struct agencies_ctx ctx = { NULL, { NULL, NULL }, BUF_INIT };
	struct agency *agencies = NULL;
	int rc = -1;

	if (import_file_load(&f, path) == -1 || agencies_check(&f, &agencies) == -1)
		goto out;
	c.read = json_array_size(f.root);
	ctx.agencies = agencies;
	if (catalogue_names_load(db, SQL_PROVINCES, &ctx.provinces) == -1) {
		import_fail("agencies: cannot read the provinces; nothing was written");
		goto out;
	}
	/* Procedures too: their search text holds their agency's name. */
	if (import_write(db, "agencies", c.read, agencies_write_one, &ctx,
	    REINDEX_BIT(REINDEX_AGENCIES) | REINDEX_BIT(REINDEX_PROCEDURES), &c) == -1)
		goto out;
	import_summary("agencies", &c);
	rc = 0;
out:
	catalogue_names_free(&ctx.provinces);
	buf_free(&ctx.folded);
	free(agencies);
	import_file_free(&f);
	return rc;
}

/* --- fields -------------------------------------------------------------------------------- */

struct field {
	struct import_text  code, name, ministry;
};

/* What fields_write_one needs, and what it found. */
struct fields_ctx {
	const struct field      *fields;
	struct catalogue_names   agencies;
	struct buf               folded;
	size_t                   unmatched;		/* fields whose ministry is no agency */
	struct buf               unmatched_names;	/* the first few of those ministries */
};

/* Splits FIELD_NAME, "An toàn thực phẩm(Bộ Y tế)", at its last '(' into the field's name and
 * its ministry; a name with no brackets at the end has no ministry. Returns 0, or -1 after
 * reporting. */
static int
fields_split(struct import_file *f, const struct import_text *all, struct field *out)
{
	size_t open;

	out->name = *all;
	out->ministry = (struct import_text){ "", 0 };
	if (all->s[all->n - 1] != ')')
		goto check;
	for (open = all->n - 1; open > 0 && all->s[open - 1] != '('; open--)
		;
	if (open == 0)
		goto check;
	out->name.n = open - 1;
	out->ministry.s = all->s + open;
	out->ministry.n = all->n - 1 - open;
	while (out->name.n > 0 && out->name.s[out->name.n - 1] == ' ')
		out->name.n--;
	while (out->ministry.n > 0 && *out->ministry.s == ' ') {
		out->ministry.s++;
		out->ministry.n--;
	}
	while (out->ministry.n > 0 && out->ministry.s[out->ministry.n - 1] == ' ')
		out->ministry.n--;
	if (out->name.n == 0) {
		import_bad(f, "FIELD_NAME", "has a ministry but no name before it");
		return -1;
	}
check:
	if (utf8_length(out->name.s, out->name.n) > CATALOGUE_NAME_MAX ||
	    utf8_length(out->ministry.s, out->ministry.n) > CATALOGUE_NAME_MAX) {
		import_bad(f, "FIELD_NAME", "has a name or ministry longer than %d characters",
		    CATALOGUE_NAME_MAX);
		return -1;
	}
	return 0;
}

/* Checks every record of fields.json into a new array *out (free() it). Returns 0, or -1 after
 * reporting. */
static int
fields_check(struct import_file *f, struct field **out)
{
	size_t i, n = json_array_size(f->root);
	struct field *fl = xcalloc(n, sizeof(*fl));
	struct import_key *keys = xcalloc(n, sizeof(*keys));
	struct import_text all;
	const json_t *obj;

	json_array_foreach(f->root, i, obj) {
		if (import_record(f, NULL, "record", i + 1, obj, "ID") == NULL)
			continue;
		import_code(f, obj, "ID", IMPORT_CODE_DIGITS, 1, CATALOGUE_FIELD_CODE_MAX,
		    &fl[i].code);
		if (import_str(f, obj, "FIELD_NAME", 2 * CATALOGUE_NAME_MAX + 2, 1, &all) == 0)
			fields_split(f, &all, &fl[i]);
		keys[i] = (struct import_key){ fl[i].code, i + 1, 0 };
	}
	import_unique(f, keys, n, "ID", NULL);
	free(keys);
	*out = fl;
	return import_checked(f);
}

/* Notes a ministry that is no known agency: counts it, and keeps the first few names. */
static void
fields_unmatched(struct fields_ctx *ctx, const struct import_text *ministry)
{
	struct buf quoted = BUF_INIT;

	ctx->unmatched++;
	buf_printf(&quoted, "\"%.*s\"", (int)ministry->n, ministry->s);
	if (strstr(buf_str(&ctx->unmatched_names), buf_str(&quoted)) == NULL &&
	    ctx->unmatched_names.len < 120) {
		if (ctx->unmatched_names.len)
			buf_puts(&ctx->unmatched_names, ", ");
		buf_append(&ctx->unmatched_names, quoted.data, quoted.len);
	}
	buf_free(&quoted);
}

/* Upserts field i, linked to the agency whose folded name is its ministry's, if any. */
static int
fields_write_one(struct db *db, size_t i, void *arg, unsigned long long *affected)
{
	struct fields_ctx *ctx = arg;
	const struct field *fl = &ctx->fields[i];
	const char *agency = NULL;

	if (fl->ministry.n) {
		buf_reset(&ctx->folded);
		fold_words(fl->ministry.s, fl->ministry.n, &ctx->folded);
		agency = catalogue_names_find(&ctx->agencies, buf_str(&ctx->folded));
		if (agency == NULL)
			fields_unmatched(ctx, &fl->ministry);
	}
	buf_reset(&ctx->folded);
	fold_words(fl->name.s, fl->name.n, &ctx->folded);
	{
		struct db_arg args[] = {
			DB_STRN(fl->code.s, fl->code.n),
			DB_STRN(fl->name.s, fl->name.n),
			DB_STRN(fl->ministry.s, fl->ministry.n),
			agency ? DB_STR(agency) : DB_NULL,
			DB_STR(buf_str(&ctx->folded)),
		};

		return db_exec(db, &catalogue_stmts, SQL_FIELD_UPSERT, args,
		    DB_NARGS(args), affected, NULL);
	}
}

int
import_fields(struct db *db, const char *path)
{
	struct import_file f = { 0 };
	struct import_counts c = { 0 };
	struct fields_ctx ctx = { NULL, { NULL, NULL }, BUF_INIT, 0, BUF_INIT };
	struct field *fields = NULL;
	int rc = -1;

	if (import_file_load(&f, path) == -1 || fields_check(&f, &fields) == -1)
		goto out;
	c.read = json_array_size(f.root);
	ctx.fields = fields;
	if (catalogue_names_load(db, SQL_AGENCIES, &ctx.agencies) == -1) {
		import_fail("fields: cannot read the agencies; nothing was written");
		goto out;
	}
	/* Procedures too: their search text holds their field's name. */
	if (import_write(db, "fields", c.read, fields_write_one, &ctx,
	    REINDEX_BIT(REINDEX_FIELDS) | REINDEX_BIT(REINDEX_PROCEDURES), &c) == -1)
		goto out;
	import_summary("fields", &c);
	/* Not an error: the link can be made by hand, or by importing the agencies first. */
	if (ctx.unmatched)
		import_fail("fields: note: no agency is named like the ministry of %zu field%s "
		    "(%s%s); they have no agency", ctx.unmatched, ctx.unmatched == 1 ? "" : "s",
		    buf_str(&ctx.unmatched_names), ctx.unmatched_names.len >= 120 ? ", ..." : "");
	rc = 0;
out:
	catalogue_names_free(&ctx.agencies);
	buf_free(&ctx.folded);
	buf_free(&ctx.unmatched_names);
	free(fields);
	import_file_free(&f);
	return rc;
}

/* --- procedures ---------------------------------------------------------------------------- */

struct procedure {
	struct import_text  code, name;
	long long           is_vertical, popularity;
};

/* What procedures_write_one needs. */
struct procedures_ctx {
	const struct procedure  *procedures;
	struct buf               folded, search;
};

/* Checks every record of citizen_services.json into a new array *out (free() it). Returns 0,
 * or -1 after reporting. */
static int
procedures_check(struct import_file *f, struct procedure **out)
{
	size_t i, n = json_array_size(f->root);
	struct procedure *p = xcalloc(n, sizeof(*p));
	struct import_key *keys = xcalloc(n, sizeof(*keys));
	const json_t *obj;

	json_array_foreach(f->root, i, obj) {
		if (import_record(f, NULL, "record", i + 1, obj, "TTHC_MA") == NULL)
			continue;
		import_code(f, obj, "TTHC_MA", IMPORT_CODE_DOTTED, 1, CATALOGUE_CODE_MAX,
		    &p[i].code);
		import_str(f, obj, "NAME", CATALOGUE_PROCEDURE_NAME_MAX, 1, &p[i].name);
		import_uint(f, obj, "ISNGANHDOC", 1, &p[i].is_vertical);
		import_uint(f, obj, "WEIGHT", LLONG_MAX, &p[i].popularity);
		keys[i] = (struct import_key){ p[i].code, i + 1, 0 };
	}
	import_unique(f, keys, n, "TTHC_MA", NULL);
	free(keys);
	*out = p;
	return import_checked(f);
}

/* Upserts procedure i. A new one has no field or agency yet, so its search text is made of
 * its name and code, as reindex would make it. */
static int
procedures_write_one(struct db *db, size_t i, void *arg, unsigned long long *affected)
{
	struct procedures_ctx *ctx = arg;
	const struct procedure *p = &ctx->procedures[i];

	buf_reset(&ctx->folded);
	buf_reset(&ctx->search);
	fold_words(p->name.s, p->name.n, &ctx->folded);
	{
		/* The text is trimmed inside the document, so it needs copies that end. */
		char *name = xstrndup(p->name.s, p->name.n), *code = xstrndup(p->code.s, p->code.n);

		searchtext_build(name, code, NULL, NULL, &ctx->search);
		free(name);
		free(code);
	}
	{
		struct db_arg args[] = {
			DB_STRN(p->code.s, p->code.n),
			DB_STRN(p->name.s, p->name.n),
			DB_INT(p->is_vertical),
			DB_INT(p->popularity),
			DB_STR(buf_str(&ctx->folded)),
			DB_STR(buf_str(&ctx->search)),
		};

		return db_exec(db, &catalogue_stmts, SQL_PROCEDURE_UPSERT, args,
		    DB_NARGS(args), affected, NULL);
	}
}

int
import_procedures(struct db *db, const char *path)
{
	struct import_file f = { 0 };
	struct import_counts c = { 0 };
	struct procedures_ctx ctx = { NULL, BUF_INIT, BUF_INIT };
	struct procedure *procedures = NULL;
	int rc = -1;

	if (import_file_load(&f, path) == -1 || procedures_check(&f, &procedures) == -1)
		goto out;
	c.read = json_array_size(f.root);
	ctx.procedures = procedures;
	if (import_write(db, "procedures", c.read, procedures_write_one, &ctx,
	    REINDEX_BIT(REINDEX_PROCEDURES), &c) == -1)
		goto out;
	import_summary("procedures", &c);
	rc = 0;
out:
	buf_free(&ctx.folded);
	buf_free(&ctx.search);
	free(procedures);
	import_file_free(&f);
	return rc;
}
