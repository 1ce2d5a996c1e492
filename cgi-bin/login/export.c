/* login: /account/export, a copy of everything the portal keeps about the account, as JSON. */
#include "login.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "buf.h"
#include "db.h"
#include "sess.h"

/* A time as ISO 8601 in the portal's zone (the connection's time_zone is +07:00). */
#define EXPORT_AT(col) "DATE_FORMAT(" col ", '%Y-%m-%dT%H:%i:%s+07:00')"

enum {
	SQL_USER,
	SQL_SESSIONS,
	SQL_EVENTS,
	SQL_DOSSIERS,
	SQL_DOSSIER_VALUES,
	SQL_DOSSIER_FILES,
	SQL_DOSSIER_EVENTS,
	SQL_DOSSIER_REQUESTS,
	SQL_FEEDBACK,
	SQL_FEEDBACK_EVENTS,
	SQL_FEEDBACK_FILES,
	SQL_PAYMENTS,
	SQL__MAX
};

/*
 * Every statement takes the account's id, once, and reads only rows of that account: its own
 * dossiers, feedback and orders, and what hangs off them. None selects a hash, a token, a secret,
 * an id of another account, nor a file's bytes. A statement whose rows belong to a dossier or to
 * feedback has that row's id first (to attach them; it is not written out).
 */
static const char *const sqls[SQL__MAX] = {
	/* SQL_USER: the account as the user gave it; no hash, no secret. */
	"SELECT kind, citizen_id, social_insurance_no, tax_code, full_name, "
	"DATE_FORMAT(birth_date, '%Y-%m-%d') AS birth_date, sex, representative, phone, email, "
	EXPORT_AT("email_confirmed_at") " AS email_confirmed_at, "
	"totp_enabled AS two_factor, " EXPORT_AT("created_at") " AS created_at "
	"FROM users WHERE id = ?",
	/* SQL_SESSIONS: logins, with where from. */
	"SELECT " EXPORT_AT("created_at") " AS started, " EXPORT_AT("ended_at") " AS ended, "
	"client_ip, user_agent FROM sessions WHERE user_id = ? ORDER BY id",
	/* SQL_EVENTS: the security events of the account. */
	"SELECT " EXPORT_AT("at") " AS at, event, client_ip FROM audit_log WHERE user_id = ? ORDER BY id",
	/* SQL_DOSSIERS: dossiers and drafts (status draft), with what they were filed for, where, the
	 * fee and its receipt, and the applicant's rating. */
	"SELECT d.id, d.code, d.status, p.code AS procedure_code, p.name AS procedure_name, "
	"c.name AS `case`, u.full_name AS province, a.code AS agency_code, a.name AS agency, "
	"d.applicant_name, d.applicant_idnum, " EXPORT_AT("d.created_at") " AS created_at, "
	EXPORT_AT("d.submitted_at") " AS submitted_at, d.due_date, "
	EXPORT_AT("d.decided_at") " AS decided_at, " EXPORT_AT("d.updated_at") " AS updated_at, "
	"d.fee_amount, " EXPORT_AT("d.fee_paid_at") " AS fee_paid_at, "
	"(SELECT o.txn_ref FROM payment_orders o WHERE o.id = d.fee_order_id) AS fee_receipt, "
	"d.rating, NULLIF(d.rating_comment, '') AS rating_comment, "
	EXPORT_AT("d.rated_at") " AS rated_at "
	"FROM dossiers d JOIN procedures p ON p.id = d.procedure_id "
	"LEFT JOIN procedure_cases c ON c.id = d.case_id "
	"LEFT JOIN admin_units u ON u.code = d.province_code "
	"LEFT JOIN agencies a ON a.id = d.agency_id "
	"WHERE d.user_id = ? ORDER BY d.id",
	/* SQL_DOSSIER_VALUES: the form as typed, labelled by the procedure's fields, in their order;
	 * an address is kept as NAME_province, NAME_ward and NAME_street, and its units are named. */
	"SELECT v.dossier_id, v.name, f.label, v.value, u.full_name AS place FROM dossier_values v "
	"JOIN dossiers d ON d.id = v.dossier_id "
	"LEFT JOIN procedure_fields f ON f.procedure_id = d.procedure_id AND (f.name = v.name OR "
	"(f.kind = 'address' AND v.name IN (CONCAT(f.name, '_province'), CONCAT(f.name, '_ward'), "
	"CONCAT(f.name, '_street')))) "
	"LEFT JOIN admin_units u ON f.kind = 'address' AND v.name <> CONCAT(f.name, '_street') "
	"AND u.code = v.value "
	"WHERE d.user_id = ? ORDER BY v.dossier_id, f.ord, v.name",
	/* SQL_DOSSIER_FILES: documents, supplements and the result: what each is, never its bytes. */
	"SELECT df.dossier_id, df.role, pd.name AS document, df.filename, f.mime AS type, f.size, "
	"f.sha256, " EXPORT_AT("df.created_at") " AS added_at FROM dossier_files df "
	"JOIN dossiers d ON d.id = df.dossier_id JOIN files f ON f.id = df.file_id "
	"LEFT JOIN procedure_documents pd ON pd.id = df.document_id "
	"WHERE d.user_id = ? ORDER BY df.dossier_id, df.id",
	/* SQL_DOSSIER_EVENTS: the timeline; who acted is said by role, not by an official's id. */
	"SELECT e.dossier_id, " EXPORT_AT("e.at") " AS at, "
	"CASE WHEN e.actor_id = d.user_id THEN 'applicant' WHEN e.actor_id IS NULL THEN 'system' "
	"ELSE 'official' END AS actor, e.action, e.from_status, e.to_status, e.note "
	"FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id "
	"WHERE d.user_id = ? ORDER BY e.dossier_id, e.id",
	/* SQL_DOSSIER_REQUESTS: what officials asked to be supplied (documents one a line), and why. */
	"SELECT r.dossier_id, r.documents, r.reason, " EXPORT_AT("e.at") " AS asked_at, "
	EXPORT_AT("r.resolved_at") " AS resolved_at FROM dossier_requests r "
	"JOIN dossiers d ON d.id = r.dossier_id LEFT JOIN dossier_events e ON e.id = r.event_id "
	"WHERE d.user_id = ? ORDER BY r.dossier_id, r.id",
	/* SQL_FEEDBACK: feedback and complaints the account sent, with its deadlines and the answer;
	 * not the search text, the Open311 key or token, nor who answered. */
	"SELECT f.id, f.code, f.category AS kind, c.name AS kind_name, a.name AS agency, "
	"fa.name AS first_agency, p.code AS procedure_code, p.name AS procedure_name, "
	"d.code AS dossier_code, f.title, f.content, f.contact_name, f.contact_email, "
	"f.contact_phone, f.publish_ok, f.status, f.classify_due, f.answer_due, f.publish_due, "
	"NULLIF(f.reject_reason, '') AS reject_reason, f.answer, "
	EXPORT_AT("f.answered_at") " AS answered_at, " EXPORT_AT("f.published_at") " AS published_at, "
	"f.rating, " EXPORT_AT("f.rated_at") " AS rated_at, "
	EXPORT_AT("f.escalated_at") " AS escalated_at, f.source, NULLIF(f.address, '') AS address, "
	"f.lat, f.lon, f.submit_ip AS client_ip, " EXPORT_AT("f.created_at") " AS created_at, "
	EXPORT_AT("f.updated_at") " AS updated_at "
	"FROM feedback f JOIN feedback_categories c ON c.code = f.category "
	"JOIN agencies a ON a.id = f.agency_id JOIN agencies fa ON fa.id = f.first_agency_id "
	"LEFT JOIN procedures p ON p.id = f.procedure_id "
	"LEFT JOIN dossiers d ON d.id = f.dossier_id AND d.user_id = f.user_id "
	"WHERE f.user_id = ? ORDER BY f.id",
	/* SQL_FEEDBACK_EVENTS: its timeline, with the agency of each step. */
	"SELECT e.feedback_id, " EXPORT_AT("e.at") " AS at, "
	"CASE WHEN e.actor_id = f.user_id THEN 'submitter' WHEN e.actor_id IS NULL THEN 'system' "
	"ELSE 'official' END AS actor, ag.name AS agency, e.action, e.from_status, e.to_status, "
	"e.note FROM feedback_events e JOIN feedback f ON f.id = e.feedback_id "
	"LEFT JOIN agencies ag ON ag.id = e.agency_id WHERE f.user_id = ? ORDER BY e.feedback_id, e.id",
	/* SQL_FEEDBACK_FILES: the submitter's attachments and the answer's, without their bytes. */
	"SELECT ff.feedback_id, ff.role, ff.filename, fl.mime AS type, fl.size, fl.sha256, "
	EXPORT_AT("ff.created_at") " AS added_at FROM feedback_files ff "
	"JOIN feedback f ON f.id = ff.feedback_id JOIN files fl ON fl.id = ff.file_id "
	"WHERE f.user_id = ? ORDER BY ff.feedback_id, ff.id",
	/* SQL_PAYMENTS: every order the account made, as its receipt says it: what for, to whom, how
	 * much, how it went; not the gateway's messages. A bill or fine is named by the customer code
	 * or record the payer typed, without the name on it. */
	"SELECT o.txn_ref, o.kind, o.description AS what_for, d.code AS dossier_code, "
	"b.customer_code AS bill_customer_code, b.period AS bill_period, "
	"fi.record_no AS fine_record_no, NULLIF(fi.decision_no, '') AS fine_decision_no, "
	"COALESCE(a.name, b.biller_name) AS payee, o.payer_name, o.amount, o.state, "
	"o.provider AS gateway, o.gateway_txn_no, o.bank_code, o.card_type, "
	EXPORT_AT("STR_TO_DATE(o.pay_date, '%Y%m%d%H%i%s')") " AS paid_at, "
	EXPORT_AT("o.created_at") " AS created_at, " EXPORT_AT("o.expires_at") " AS expires_at, "
	EXPORT_AT("o.settled_at") " AS settled_at, o.refund_due, o.ip AS client_ip "
	"FROM payment_orders o LEFT JOIN dossiers d ON d.id = o.dossier_id "
	"LEFT JOIN bills b ON b.id = o.bill_id LEFT JOIN fines fi ON fi.id = o.fine_id "
	"LEFT JOIN agencies a ON a.id = COALESCE(o.agency_id, d.agency_id) "
	"WHERE o.user_id = ? ORDER BY o.id",
};

static const struct db_stmts export_stmts = DB_STMTS("export", sqls);

/* Columns written as JSON numbers, and as true/false; every other one is a string or null. */
static const char *const export_numbers[] = { "amount", "fee_amount", "rating", "size", NULL };
static const char *const export_booleans[] = { "two_factor", "publish_ok", "refund_due", NULL };

/* What hangs off each dossier and each feedback, by the statement that reads it. */
static const struct export_child {
	int          sql;
	const char  *key;
} dossier_children[] = {
	{ SQL_DOSSIER_VALUES,   "form" },
	{ SQL_DOSSIER_FILES,    "documents" },
	{ SQL_DOSSIER_EVENTS,   "timeline" },
	{ SQL_DOSSIER_REQUESTS, "supplements" },
}, feedback_children[] = {
	{ SQL_FEEDBACK_EVENTS,  "timeline" },
	{ SQL_FEEDBACK_FILES,   "attachments" },
};

/* 1 if name is in the NULL-terminated list, else 0. */
static int
export_listed(const char *const *list, const char *name)
{
	for (; *list; list++)
		if (strcmp(*list, name) == 0)
			return 1;
	return 0;
}

/* Returns a new JSON object of row r of res, its columns from first on, typed by the lists above;
 * NULL cells become null. The caller owns it. */
static json_t *
export_object(const struct db_result *res, size_t r, size_t first)
{
	json_t *obj = json_object();
	size_t c;

	for (c = first; c < res->ncols; c++) {
		const char *v = db_cell(res, r, c), *name = res->names[c];
		json_t *value;

		if (v == NULL)
			value = json_null();
		else if (export_listed(export_numbers, name))
			value = json_integer(db_cell_ll(res, r, c, 0));
		else if (export_listed(export_booleans, name))
			value = json_boolean(strcmp(v, "0") != 0);
		else
			value = json_string(v);
		json_object_set_new(obj, name, value);
	}
	return obj;
}

/* Runs statement sql for the account and returns its rows as a new JSON array of objects, or
 * NULL on a database error (logged). The caller owns the array. */
static json_t *
export_list(struct req *req, int sql)
{
	struct db_arg uid = DB_INT(req->sess->user_id);
	struct db_result *res = NULL;
	json_t *rows;
	size_t r;

	if (db_query(req->app->db, &export_stmts, sql, DB_ARG(uid), &res) == -1)
		return NULL;
	rows = json_array();
	for (r = 0; r < res->nrows; r++)
		json_array_append_new(rows, export_object(res, r, 0));
	db_result_free(res);
	return rows;
}

/*
 * Runs statement sql for the account, whose rows are the dossiers or feedback (their id first),
 * and appends each row as an object to list, or to drafts when its status is "draft" and drafts
 * is not NULL. Each object gets an empty array for every child, and index its id → the object,
 * for export_children. Returns 0, or -1 on a database error (logged).
 */
static int
export_parents(struct req *req, int sql, const struct export_child *children, size_t nchildren,
    json_t *index, json_t *list, json_t *drafts)
{
	struct db_arg uid = DB_INT(req->sess->user_id);
	struct db_result *res = NULL;
	size_t r, i;

	if (db_query(req->app->db, &export_stmts, sql, DB_ARG(uid), &res) == -1)
		return -1;
	for (r = 0; r < res->nrows; r++) {
		json_t *obj = export_object(res, r, 1);
		const char *status = json_string_value(json_object_get(obj, "status"));

		for (i = 0; i < nchildren; i++)
			json_object_set_new(obj, children[i].key, json_array());
		json_object_set(index, db_cell(res, r, 0), obj);
		json_array_append_new(drafts && status && strcmp(status, "draft") == 0 ? drafts : list,
		    obj);
	}
	db_result_free(res);
	return 0;
}

/* Runs each child's statement for the account and appends its rows to the array of that name of
 * the object index holds for the row's first column. Returns 0, or -1 on a database error. */
static int
export_children(struct req *req, const struct export_child *children, size_t nchildren,
    json_t *index)
{
	struct db_arg uid = DB_INT(req->sess->user_id);
	size_t i, r;

	for (i = 0; i < nchildren; i++) {
		struct db_result *res = NULL;

		if (db_query(req->app->db, &export_stmts, children[i].sql, DB_ARG(uid), &res) == -1)
			return -1;
		for (r = 0; r < res->nrows; r++) {
			json_t *list = json_object_get(json_object_get(index, db_cell(res, r, 0)),
			    children[i].key);

			if (list)
				json_array_append_new(list, export_object(res, r, 1));
		}
		db_result_free(res);
	}
	return 0;
}

/* Adds the rows of statement sql to doc as the array key. Returns 0, or -1 on a database error. */
static int
export_add_list(struct req *req, json_t *doc, const char *key, int sql)
{
	json_t *rows = export_list(req, sql);

	if (rows == NULL)
		return -1;
	json_object_set_new(doc, key, rows);
	return 0;
}

/* Fills doc with every part of the export, in the order a reader expects. Returns 0, or -1 on a
 * database error (logged). */
static int
export_fill(struct req *req, json_t *doc)
{
	json_t *account, *dossiers = json_array(), *drafts = json_array(), *feedback = json_array();
	json_t *dossier_index = json_object(), *feedback_index = json_object();
	const size_t ndossier = sizeof(dossier_children) / sizeof(dossier_children[0]);
	const size_t nfeedback = sizeof(feedback_children) / sizeof(feedback_children[0]);
	int rc = -1;

	if ((account = export_list(req, SQL_USER)) == NULL)
		goto out;
	json_object_set(doc, "account", json_array_size(account) ? json_array_get(account, 0) :
	    json_null());
	json_decref(account);
	if (export_add_list(req, doc, "sessions", SQL_SESSIONS) == -1 ||
	    export_add_list(req, doc, "security_events", SQL_EVENTS) == -1)
		goto out;
	json_object_set(doc, "dossiers", dossiers);
	json_object_set(doc, "drafts", drafts);
	json_object_set(doc, "feedback", feedback);
	if (export_parents(req, SQL_DOSSIERS, dossier_children, ndossier, dossier_index, dossiers,
	        drafts) == -1 ||
	    export_children(req, dossier_children, ndossier, dossier_index) == -1 ||
	    export_parents(req, SQL_FEEDBACK, feedback_children, nfeedback, feedback_index, feedback,
	        NULL) == -1 ||
	    export_children(req, feedback_children, nfeedback, feedback_index) == -1 ||
	    export_add_list(req, doc, "payments", SQL_PAYMENTS) == -1)
		goto out;
	rc = 0;
out:
	json_decref(dossiers);
	json_decref(drafts);
	json_decref(feedback);
	json_decref(dossier_index);
	json_decref(feedback_index);
	return rc;
}

/*
 * GET /account/export: everything the portal keeps about the account — the account, its logins
 * and security events, its dossiers and drafts (form, documents described, timeline, supplements
 * asked, fee, rating), its feedback (timeline, answer, attachments described) and its payment
 * orders — as a JSON download (login required), and audited. 200, 500/503.
 */
int
login_export(struct req *req)
{
	json_t *doc = json_object();
	char *text;

	json_object_set_new(doc, "portal", json_string("Cổng Dịch vụ công"));
	if (export_fill(req, doc) == -1) {
		json_decref(doc);
		return req_db_failed(req);
	}
	text = json_dumps(doc, JSON_INDENT(2) | JSON_ENSURE_ASCII | JSON_PRESERVE_ORDER);
	json_decref(doc);
	if (text == NULL)
		return 500;
	buf_puts(&req->body, text);
	buf_putc(&req->body, '\n');
	free(text);
	audit_log(req->app->db, "data_exported", req->sess->user_id, 0, req_param(req, "REMOTE_ADDR"), "");
	req->content_type = "application/json; charset=utf-8";
	req_header(req, "Content-Disposition", "attachment; filename=\"cong-du-lieu-tai-khoan.json\"");
	req->cache_private = 1;
	return 200;
}
