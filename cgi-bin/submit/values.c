/* submit: the typed fields a procedure declares. What the account already knows (prefill) is
 * copied in when the draft is made and shown, not asked again — nor can it be changed from the
 * form, so nobody files under another's name or ID. Everything else is saved as typed at every
 * step (a draft keeps even what is not yet right) and checked by its kind. */
#include "submit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "db.h"
#include "fmt.h"
#include "idnum.h"
#include "log.h"
#include "sess.h"
#include "utf8.h"
#include "workdays.h"

enum {
	SQL_FIELDS,
	SQL_VALUES,
	SQL_SET,
	SQL_ACCOUNT,
	SQL_PROVINCES,
	SQL_WARDS,
	SQL_WARD_OK,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_FIELDS */
	"SELECT name, label, kind, required, choices, prefill, hint FROM procedure_fields "
	"WHERE procedure_id = ? ORDER BY ord",
	/* SQL_VALUES */
	"SELECT name, value FROM dossier_values WHERE dossier_id = ?",
	/* SQL_SET */
	"INSERT INTO dossier_values (dossier_id, name, value) VALUES (?, ?, ?) "
	"ON DUPLICATE KEY UPDATE value = VALUES(value)",
	/* SQL_ACCOUNT: what the portal knows, under the names procedure_fields.prefill uses. */
	"SELECT full_name, COALESCE(citizen_id, '') AS citizen_id, COALESCE(tax_code, '') AS tax_code, "
	"COALESCE(DATE_FORMAT(birth_date, '%Y-%m-%d'), '') AS birth_date, phone, email, "
	"COALESCE(representative, '') AS representative FROM users WHERE id = ?",
	/* SQL_PROVINCES */
	"SELECT code, full_name FROM admin_units WHERE unit_type = 'province' ORDER BY name",
	/* SQL_WARDS: of one province. */
	"SELECT code, full_name FROM admin_units WHERE parent_code = ? ORDER BY name",
	/* SQL_WARD_OK */
	"SELECT 1 FROM admin_units WHERE code = ? AND parent_code = ?",
};

static const struct db_stmts values_stmts = DB_STMTS("values", sqls);

enum { F_NAME, F_LABEL, F_KIND, F_REQUIRED, F_CHOICES, F_PREFILL, F_HINT };

/* Characters a value of each kind may have. */
#define VALUE_LINE_MAX   500
#define VALUE_TEXT_MAX   4000
#define VALUE_STREET_MAX 200

/* The stored value of name, or "" (values: name, value rows). */
static const char *
values_get(const struct db_result *values, const char *name)
{
	size_t i;

	for (i = 0; i < values->nrows; i++)
		if (strcmp(db_cell(values, i, 0), name) == 0)
			return db_cell(values, i, 1);
	return "";
}

static int
values_set(struct db *db, long long dossier_id, const char *name, const char *value)
{
	struct db_arg args[] = { DB_INT(dossier_id), DB_STR(name), DB_STR(value) };

	return db_exec(db, &values_stmts, SQL_SET, DB_ARGS(args), NULL, NULL);
}

int
submit_fields_prefill(struct req *req, long long dossier_id, long long procedure_id)
{
	struct db_result *fields = NULL, *account = NULL;
	struct db_arg pid = DB_INT(procedure_id), uid = DB_INT(req->sess->user_id);
	size_t i, c;
	int rc = -1;

	if (db_query(req->app->db, &values_stmts, SQL_FIELDS, DB_ARG(pid), &fields) == -1 ||
	    db_query(req->app->db, &values_stmts, SQL_ACCOUNT, DB_ARG(uid), &account) == -1 ||
	    account->nrows != 1)
		goto out;
	for (i = 0; i < fields->nrows; i++) {
		const char *prefill = db_cell(fields, i, F_PREFILL);

		if (!*prefill)
			continue;
		for (c = 0; c < account->ncols; c++)
			if (strcmp(account->names[c], prefill) == 0 && db_cell(account, 0, c)[0] &&
			    values_set(req->app->db, dossier_id, db_cell(fields, i, F_NAME),
			    db_cell(account, 0, c)) == -1)
				goto out;
	}
	rc = 0;
out:
	db_result_free(fields);
	db_result_free(account);
	return rc;
}

/* The request's value of form field name ("f_" + name + suffix), cleaned; NULL when the form did
 * not send it. The caller frees it. */
static char *
values_typed(struct req *req, const char *name, const char *suffix, int multiline, size_t max)
{
	struct buf node = BUF_INIT, out = BUF_INIT;
	const char *raw;

	buf_printf(&node, "f_%s%s", name, suffix);
	raw = req_form(req, buf_str(&node));
	buf_free(&node);
	if (raw == NULL)
		return NULL;
	utf8_clean(raw, strlen(raw), max + 1, multiline, &out);
	/* Spaces around a value are nobody's intent. */
	while (out.len && (out.data[out.len - 1] == ' ' || out.data[out.len - 1] == '\n'))
		out.data[--out.len] = '\0';
	if (out.data == NULL)
		return xstrdup("");
	return buf_detach(&out);
}

/* The problem of field name, by the form's name for it (f_<name>), led by its label. */
static void
values_error(struct req *req, const char *name, const char *label, const char *what)
{
	/* Grown, not fixed: a label may be 255 characters of Vietnamese, four bytes each. */
	struct buf field = BUF_INIT, message = BUF_INIT;

	buf_printf(&field, "f_%s", name);
	buf_printf(&message, "%s: %s", label, what);
	req_field_error(req, buf_str(&field), buf_str(&message));
	buf_free(&field);
	buf_free(&message);
}

/* 1 when value is one of the lines of choices. */
static int
values_choice_ok(const char *choices, const char *value)
{
	size_t len = strlen(value);
	const char *p = choices;

	while (*p) {
		size_t n = strcspn(p, "\n");

		if (n == len && strncmp(p, value, n) == 0)
			return 1;
		p += n;
		if (*p == '\n')
			p++;
	}
	return 0;
}

/* Checks a one-value field; returns NULL when value is right for kind, else why not. */
static const char *
values_check(const char *kind, const char *value, const char *choices)
{
	size_t i, len = strlen(value);

	if (strcmp(kind, "text") == 0)
		return utf8_length(value, len) > VALUE_LINE_MAX ? "dài quá 500 ký tự." : NULL;
	if (strcmp(kind, "textarea") == 0)
		return utf8_length(value, len) > VALUE_TEXT_MAX ? "dài quá 4.000 ký tự." : NULL;
	if (strcmp(kind, "date") == 0)
		return workdays_parse(value) == WORKDAYS_INVALID ? "ngày không đúng (ngày/tháng/năm)." : NULL;
	if (strcmp(kind, "number") == 0) {
		if (len == 0 || len > 15)
			return "phải là một số (tối đa 15 chữ số).";
		for (i = 0; i < len; i++)
			if (value[i] < '0' || value[i] > '9')
				return "chỉ gồm chữ số.";
		return NULL;
	}
	if (strcmp(kind, "choice") == 0)
		return values_choice_ok(choices, value) ? NULL : "vui lòng chọn một trong các lựa chọn.";
	if (strcmp(kind, "idnum") == 0) {
		struct idnum_citizen id;
		char tax[IDNUM_TAX_SIZE];

		if (idnum_citizen_parse(value, &id) == IDNUM_OK ||
		    idnum_tax_check(value, tax, sizeof(tax)) == IDNUM_OK)
			return NULL;
		return "số định danh (12 chữ số) hoặc mã số thuế không đúng.";
	}
	return NULL;
}

/* Writes the stored name of a part of address field name (name + suffix) into out. Returns 0, or
 * -1 (logged) when it does not fit: saved under a cut name, the value would be another field's. */
static int
values_part_name(char *out, size_t size, const char *name, const char *suffix)
{
	if (fmt_into(out, size, "%s%s", name, suffix) == -1) {
		log_err("submit: field name %s%s too long", name, suffix);
		return -1;
	}
	return 0;
}

/* An address field: province, ward of that province, street. Saves what was sent and checks it.
 * Returns 0 or -1 on a database error. */
static int
values_address(struct req *req, long long dossier_id, const char *name, const char *label,
    int required, const struct db_result *stored, int complete)
{
	static const char *const parts[] = { "_province", "_ward", "_street" };
	char *typed[3], stored_name[64];
	const char *value[3];
	int i, rc = 0;

	for (i = 0; i < 3; i++) {
		typed[i] = values_typed(req, name, parts[i], 0, i == 2 ? VALUE_STREET_MAX : 10);
		if (values_part_name(stored_name, sizeof(stored_name), name, parts[i]) == -1) {
			value[i] = "";
			rc = -1;
			continue;
		}
		value[i] = typed[i] ? typed[i] : values_get(stored, stored_name);
		if (typed[i] && values_set(req->app->db, dossier_id, stored_name, typed[i]) == -1)
			rc = -1;
	}
	if (rc == 0 && value[0][0] && value[1][0]) {
		struct db_arg args[] = { DB_STR(value[1]), DB_STR(value[0]) };
		struct db_result *res = NULL;

		if (db_query(req->app->db, &values_stmts, SQL_WARD_OK, DB_ARGS(args), &res) == -1)
			rc = -1;
		else if (res->nrows == 0)
			values_error(req, name, label, "phường, xã không thuộc tỉnh, thành phố đã chọn.");
		db_result_free(res);
	}
	if (rc == 0 && utf8_length(value[2], strlen(value[2])) > VALUE_STREET_MAX)
		values_error(req, name, label, "số nhà, đường dài quá 200 ký tự.");
	if (rc == 0 && complete && required && (!value[0][0] || !value[1][0] || !value[2][0]))
		values_error(req, name, label, "vui lòng chọn tỉnh, phường/xã và nhập số nhà, đường.");
	for (i = 0; i < 3; i++)
		free(typed[i]);
	return rc;
}

int
submit_fields_save(struct req *req, long long dossier_id, long long procedure_id, int complete)
{
	struct db_result *fields = NULL, *stored = NULL;
	struct db_arg pid = DB_INT(procedure_id), did = DB_INT(dossier_id);
	int rc = -1;
	size_t i;

	if (db_query(req->app->db, &values_stmts, SQL_FIELDS, DB_ARG(pid), &fields) == -1 ||
	    db_query(req->app->db, &values_stmts, SQL_VALUES, DB_ARG(did), &stored) == -1)
		goto out;
	for (i = 0; i < fields->nrows; i++) {
		const char *name = db_cell(fields, i, F_NAME), *kind = db_cell(fields, i, F_KIND);
		const char *label = db_cell(fields, i, F_LABEL), *why;
		const char *known = values_get(stored, name);
		int required = db_cell_ll(fields, i, F_REQUIRED, 0);
		char *typed = NULL;
		const char *value;

		if (strcmp(kind, "address") == 0) {
			if (values_address(req, dossier_id, name, label, required, stored, complete) == -1)
				goto out;
			continue;
		}
		/* What the account told us is not taken from the form. */
		if (!(db_cell(fields, i, F_PREFILL)[0] && known[0]))
			typed = values_typed(req, name, "", strcmp(kind, "textarea") == 0,
			    strcmp(kind, "textarea") == 0 ? VALUE_TEXT_MAX : VALUE_LINE_MAX);
		value = typed ? typed : known;
		if (typed && values_set(req->app->db, dossier_id, name, typed) == -1) {
			free(typed);
			goto out;
		}
		if (value[0] && (why = values_check(kind, value, db_cell(fields, i, F_CHOICES))) != NULL)
			values_error(req, name, label, why);
		else if (!value[0] && complete && required)
			values_error(req, name, label, "vui lòng nhập.");
		free(typed);
	}
	rc = 0;
out:
	db_result_free(fields);
	db_result_free(stored);
	if (rc == -1)
		return -1;
	{
		int n = 0;
		HDF *e;

		for (e = hdf_get_child(req->hdf, "Errors"); e; e = hdf_obj_next(e))
			if (strncmp(hdf_obj_name(e), "f_", 2) == 0)
				n++;
		return n;
	}
}

int
submit_fields_load(struct req *req, long long dossier_id, long long procedure_id)
{
	struct db_result *fields = NULL, *stored = NULL, *res = NULL;
	struct db_arg pid = DB_INT(procedure_id), did = DB_INT(dossier_id);
	char node[64];
	int rc = -1, any_address = 0;
	size_t i;

	if (db_query(req->app->db, &values_stmts, SQL_FIELDS, DB_ARG(pid), &fields) == -1 ||
	    db_query(req->app->db, &values_stmts, SQL_VALUES, DB_ARG(did), &stored) == -1)
		goto out;
	db_result_to_hdf(fields, req->hdf, "Fields");
	for (i = 0; i < fields->nrows; i++) {
		const char *name = db_cell(fields, i, F_NAME);
		HDF *f;

		hdf_name_index(node, sizeof(node), "Fields.", i, "");
		if ((f = req_node(req, node)) == NULL)
			goto out;
		if (strcmp(db_cell(fields, i, F_KIND), "address") == 0) {
			char part[64];
			const char *province;

			any_address = 1;
			if (values_part_name(part, sizeof(part), name, "_province") == -1)
				goto out;
			province = values_get(stored, part);
			req_node_set(f, "province", province);
			if (values_part_name(part, sizeof(part), name, "_ward") == -1)
				goto out;
			req_node_set(f, "ward", values_get(stored, part));
			if (values_part_name(part, sizeof(part), name, "_street") == -1)
				goto out;
			req_node_set(f, "street", values_get(stored, part));
			if (province[0]) {
				struct db_arg arg = DB_STR(province);

				if (db_query(req->app->db, &values_stmts, SQL_WARDS, DB_ARG(arg), &res) == -1)
					goto out;
				db_result_to_hdf(res, f, "Wards");
				db_result_free(res);
				res = NULL;
			}
			continue;
		}
		req_node_set(f, "value", values_get(stored, name));
		/* Known from the account and not to be asked again. */
		if (db_cell(fields, i, F_PREFILL)[0] && values_get(stored, name)[0])
			req_node_set(f, "known", "1");
		if (strcmp(db_cell(fields, i, F_KIND), "choice") == 0) {
			const char *p = db_cell(fields, i, F_CHOICES);
			size_t n = 0;

			while (*p) {
				size_t len = strcspn(p, "\n");
				char *choice = xstrndup(p, len);

				hdf_name_index(node, sizeof(node), "Choices.", n++, "");
				req_node_set(f, node, choice);
				free(choice);
				p += len;
				if (*p == '\n')
					p++;
			}
		}
	}
	if (any_address) {
		if (db_query(req->app->db, &values_stmts, SQL_PROVINCES, DB_NOARGS, &res) == -1)
			goto out;
		db_result_to_hdf(res, req->hdf, "Provinces");
	}
	rc = 0;
out:
	db_result_free(res);
	db_result_free(fields);
	db_result_free(stored);
	return rc;
}
