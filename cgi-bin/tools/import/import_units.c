/* import_units: Vietnam's administrative units (units/vn_units.json: provinces, each with its
 * wards) into admin_units. */
#include "config.h"

#include "import.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "db.h"
#include "fold.h"

enum {
	SQL_UNIT_UPSERT,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_UNIT_UPSERT: adds a unit or sets the columns the file has to its values; MariaDB
	 * does not write a row left as it was (0 affected rows, 1 added, 2 changed). folded_name
	 * is written here for a new unit and by reindex otherwise. */
	"INSERT INTO admin_units (code, parent_code, unit_type, kind_name, name, full_name, "
	"name_en, code_name, folded_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
	"ON DUPLICATE KEY UPDATE parent_code = VALUES(parent_code), "
	"unit_type = VALUES(unit_type), kind_name = VALUES(kind_name), name = VALUES(name), "
	"full_name = VALUES(full_name), name_en = VALUES(name_en), "
	"code_name = VALUES(code_name)",
};

static const struct db_stmts units_stmts = DB_STMTS("import_units", sqls);

/* One unit as checked; the texts point into the parsed file. */
struct unit {
	struct import_text  code, parent, kind, name, full_name, name_en, code_name;
	const char         *type;	/* "province" or "ward" */
};

/* Column widths of admin_units, in characters. */
enum {
	UNIT_NAME_MAX = 120,
	UNIT_FULL_NAME_MAX = 160,
	UNIT_KIND_MAX = 60
};

/* Checks the members of one unit into *u; type is what the nesting says it is, and parent the
 * code of a ward's province (NULL if unknown). Returns 0, or -1 after reporting. */
static int
units_check_one(struct import_file *f, const json_t *obj, const char *type,
    const struct import_text *parent, struct unit *u)
{
	const json_t *v;
	int rc = 0;
	int province = strcmp(type, "province") == 0;

	memset(u, 0, sizeof(*u));
	u->type = type;
	/* Official codes: two digits for a province, five for a ward. */
	rc |= import_code(f, obj, "Code", IMPORT_CODE_DIGITS, province ? 2 : 5,
	    province ? 2 : 5, &u->code);
	rc |= import_str(f, obj, "Name", UNIT_NAME_MAX, 1, &u->name);
	rc |= import_str(f, obj, "FullName", UNIT_FULL_NAME_MAX, 1, &u->full_name);
	rc |= import_str(f, obj, "AdministrativeUnitShortName", UNIT_KIND_MAX, 1, &u->kind);
	rc |= import_str(f, obj, "NameEn", UNIT_NAME_MAX, 0, &u->name_en);
	rc |= import_str(f, obj, "CodeName", UNIT_NAME_MAX, 0, &u->code_name);
	/* Type is redundant with the nesting; a disagreement means a file of another shape. */
	v = json_object_get(obj, "Type");
	if (v && !(json_is_string(v) && strcmp(json_string_value(v), type) == 0)) {
		import_bad(f, "Type", "is not \"%s\"", type);
		rc = -1;
	}
	if (parent) {
		struct import_text pc;

		u->parent = *parent;
		if (json_object_get(obj, "ProvinceCode")) {
			if (import_str(f, obj, "ProvinceCode", 10, 1, &pc) == -1)
				rc = -1;
			else if (pc.n != parent->n || memcmp(pc.s, parent->s, pc.n) != 0) {
				import_bad(f, "ProvinceCode", "is not that of its province");
				rc = -1;
			}
		}
	}
	return rc == 0 ? 0 : -1;
}

/* Makes room for one more unit and key in the arrays of *cap entries holding n. */
static void
units_grow(struct unit **units, struct import_key **keys, size_t n, size_t *cap)
{
	if (n < *cap)
		return;
	*cap = *cap ? *cap * 2 : 64;
	*units = xrealloc(*units, *cap * sizeof(**units));
	*keys = xrealloc(*keys, *cap * sizeof(**keys));
}

/* Checks the whole file: provinces, then the wards in each, in file order (a province comes
 * before its wards, as the parent key needs). Fills *units (free() it) and *n. Returns 0, or -1
 * after reporting. */
static int
units_check(struct import_file *f, struct unit **units, size_t *n)
{
	struct import_key *keys = NULL;
	struct buf where = BUF_INIT;
	const json_t *prov, *ward, *wards;
	size_t i, j, cap = 0;
	int rc = -1;

	*units = NULL;
	*n = 0;
	json_array_foreach(f->root, i, prov) {
		struct import_text pcode;		/* a copy: the array may move */
		const struct import_text *parent = NULL;	/* &pcode once it is good */

		units_grow(units, &keys, *n, &cap);
		if (import_record(f, NULL, "record", i + 1, prov, "Code") == NULL)
			continue;
		if (units_check_one(f, prov, "province", NULL, &(*units)[*n]) == 0) {
			pcode = (*units)[*n].code;
			parent = &pcode;
			keys[(*n)++] = (struct import_key){ pcode, i + 1, 0 };
		}
		wards = json_object_get(prov, "Wards");
		if (!json_is_array(wards)) {
			import_bad(f, "Wards", "is missing or not a list");
			continue;
		}
		buf_reset(&where);
		buf_puts(&where, buf_str(&f->where));
		json_array_foreach(wards, j, ward) {
			units_grow(units, &keys, *n, &cap);
			if (import_record(f, buf_str(&where), "ward", j + 1, ward, "Code") == NULL)
				continue;
			/* The wards of a province in error are checked all the same, but
			 * against no province code, and not kept. */
			if (units_check_one(f, ward, "ward", parent, &(*units)[*n]) == 0 &&
			    parent) {
				keys[*n] = (struct import_key){ (*units)[*n].code, i + 1, j + 1 };
				(*n)++;
			}
		}
	}
	import_unique(f, keys, *n, "Code", "ward");
	if (import_checked(f) == 0)
		rc = 0;
	free(keys);
	buf_free(&where);
	return rc;
}

/* What units_write_one needs. */
struct units_ctx {
	const struct unit  *units;
	struct buf          folded;
};

/* Upserts unit i; a new one gets its folded name at once. */
static int
units_write_one(struct db *db, size_t i, void *arg, unsigned long long *affected)
{
	struct units_ctx *ctx = arg;
	const struct unit *u = &ctx->units[i];

	buf_reset(&ctx->folded);
	fold_words(u->name.s, u->name.n, &ctx->folded);
	{
		struct db_arg args[] = {
			DB_STRN(u->code.s, u->code.n),
			u->parent.n ? DB_STRN(u->parent.s, u->parent.n) : DB_NULL,
			DB_STR(u->type),
			DB_STRN(u->kind.s, u->kind.n),
			DB_STRN(u->name.s, u->name.n),
			DB_STRN(u->full_name.s, u->full_name.n),
			DB_STRN(u->name_en.s, u->name_en.n),
			DB_STRN(u->code_name.s, u->code_name.n),
			DB_STR(buf_str(&ctx->folded)),
		};

		return db_exec(db, &units_stmts, SQL_UNIT_UPSERT, args,
		    DB_NARGS(args), affected, NULL);
	}
}

int
import_units(struct db *db, const char *path)
{
	struct import_file f = { 0 };
	struct import_counts c = { 0 };
	struct units_ctx ctx = { NULL, BUF_INIT };
	struct unit *units = NULL;
	size_t n = 0;
	int rc = -1;

	if (import_file_load(&f, path) == -1 || units_check(&f, &units, &n) == -1)
		goto out;
	c.read = n;
	ctx.units = units;
	if (import_write(db, "units", n, units_write_one, &ctx, REINDEX_BIT(REINDEX_UNITS),
	    &c) == -1)
		goto out;
	import_summary("admin_units", &c);
	rc = 0;
out:
	buf_free(&ctx.folded);
	free(units);
	import_file_free(&f);
	return rc;
}
