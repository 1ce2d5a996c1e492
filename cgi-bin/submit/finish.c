/* submit: the submission — the end of the draft's transaction, which routes the dossier to the competent agency, gives
 * it its national code, computes its due date in working days, records the first event of its
 * timeline and queues the applicant's confirmation mail. */
#include "submit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "conf.h"
#include "db.h"
#include "fmt.h"
#include "holidays.h"
#include "log.h"
#include "mailmsg.h"
#include "sess.h"

enum {
	SQL_FACTS,
	SQL_ROUTE,
	SQL_COUNTER,
	SQL_SUBMIT,
	SQL_EVENT,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_FACTS: what the submission needs to know of the procedure and the applicant. A
	 * procedure the importer found no agency for has agency_id NULL: 0, which no agency is. */
	"SELECT COALESCE(p.agency_id, 0), COALESCE(pa.parent_id, 0), COALESCE(d.province_code, ''), p.name, "
	"u.full_name, COALESCE(u.citizen_id, u.tax_code, ''), u.email, "
	"COALESCE((SELECT time_days FROM procedure_channels WHERE procedure_id = p.id "
	"AND channel = 'online'), (SELECT time_days FROM procedure_channels WHERE procedure_id = p.id "
	"AND channel = 'in_person')), DATE_FORMAT(CURDATE(), '%y%m%d') "
	"FROM dossiers d JOIN procedures p ON p.id = d.procedure_id "
	"JOIN users u ON u.id = d.user_id LEFT JOIN agencies pa ON pa.id = p.agency_id WHERE d.id = ?",
	/* SQL_ROUTE: the agency that handles it there. In the chosen province: the competent agency's
	 * own office there, else its parent's (Công an tỉnh for a department of the ministry), else the
	 * provincial People's Committee; for a central procedure, the competent agency itself. */
	"SELECT id, code FROM agencies WHERE (? <> '' AND unit_code = ? AND "
	"(parent_id = ? OR parent_id = ? OR (agency_level = 'province' AND parent_id IS NULL))) "
	"OR id = ? ORDER BY CASE WHEN unit_code = ? AND parent_id = ? THEN 1 "
	"WHEN unit_code = ? AND parent_id = ? THEN 2 WHEN unit_code = ? THEN 3 ELSE 4 END, id LIMIT 1",
	/* SQL_COUNTER: the next number of the agency's day; LAST_INSERT_ID hands it back. */
	"INSERT INTO dossier_counters (agency_id, day, last) VALUES (?, CURDATE(), LAST_INSERT_ID(1)) "
	"ON DUPLICATE KEY UPDATE last = LAST_INSERT_ID(last + 1)",
	/* SQL_SUBMIT: the draft becomes a dossier (the status trigger allows draft → submitted). */
	"UPDATE dossiers SET status = 'submitted', code = ?, agency_id = ?, submitted_at = NOW(), "
	"due_date = NULLIF(?, ''), applicant_name = ?, applicant_idnum = ?, version = version + 1, "
	/* The fee is the online channel's on the day of submission, whatever it becomes later. */
	"fee_amount = COALESCE((SELECT fee_amount FROM procedure_channels "
	"WHERE procedure_id = dossiers.procedure_id AND channel = 'online'), 0) "
	"WHERE id = ? AND status = 'draft'",
	/* SQL_EVENT: the first event of the timeline. */
	"INSERT INTO dossier_events (dossier_id, actor_id, action, from_status, to_status) "
	"VALUES (?, ?, 'submit', 'draft', 'submitted')",
};

static const struct db_stmts finish_stmts = DB_STMTS("finish", sqls);

enum { F_AGENCY, F_AGENCY_PARENT, F_PROVINCE, F_PROCEDURE, F_NAME, F_IDNUM, F_EMAIL, F_DAYS,
    F_TODAY };

/* The confirmation mail (templates/mail/submitted.cs). In the transaction. Returns 0 or -1. */
static int
finish_mail(struct req *req, const struct db_result *facts, const char *code, const char *due)
{
	const char *email = db_cell(facts, 0, F_EMAIL);
	struct mailmsg msg;
	char due_shown[11];
	int rc = -1;

	if (!email[0])
		return 0;
	if (mailmsg_init(&msg) == 0) {
		mailmsg_set(&msg, "Name", db_cell(facts, 0, F_NAME));
		mailmsg_set(&msg, "Code", code);
		mailmsg_set(&msg, "Procedure", db_cell(facts, 0, F_PROCEDURE));
		/* due is YYYY-MM-DD; the applicant reads DD/MM/YYYY. */
		if (due[0] && fmt_into(due_shown, sizeof(due_shown), "%.2s/%.2s/%.4s", due + 8, due + 5,
		    due) == 0)
			mailmsg_set(&msg, "Due", due_shown);
		mailmsg_set(&msg, "BaseURL", conf_str(req->app->conf, "Site.BaseURL", ""));
		rc = mailmsg_queue(&msg, req->app->db, req->app->templates, email, "mail/submitted.cs");
	}
	mailmsg_free(&msg);
	return rc;
}

int
submit_finish(struct req *req, long long dossier_id)
{
	struct db *db = req->app->db;
	struct db_result *facts = NULL, *route = NULL;
	struct db_arg did = DB_INT(dossier_id);
	char due[11] = "", code[80];
	unsigned long long seq = 0, n = 0;
	int status;

	if (db_query(db, &finish_stmts, SQL_FACTS, DB_ARG(did), &facts) == -1 || facts->nrows != 1)
		goto failed;
	{
		const char *prov = db_cell(facts, 0, F_PROVINCE);
		long long agency = db_cell_ll(facts, 0, F_AGENCY, 0);
		long long parent = db_cell_ll(facts, 0, F_AGENCY_PARENT, 0);
		struct db_arg args[] = { DB_STR(prov), DB_STR(prov), DB_INT(agency), DB_INT(parent),
		    DB_INT(agency), DB_STR(prov), DB_INT(agency), DB_STR(prov), DB_INT(parent),
		    DB_STR(prov) };

		if (db_query(db, &finish_stmts, SQL_ROUTE, DB_ARGS(args), &route) == -1)
			goto failed;
	}
	if (route->nrows != 1) {
		/* A central procedure with no agency to receive it (the catalogue lacks one). */
		req_error(req, "Thủ tục này chưa có cơ quan tiếp nhận hồ sơ trực tuyến, nên hồ sơ chưa "
		    "nộp được. Bản nháp của bạn vẫn được giữ; vui lòng liên hệ cơ quan giải quyết "
		    "thủ tục.");
		status = 409;
		goto refused;
	}
	{
		struct db_arg arg = DB_INT(db_cell_ll(route, 0, 0, 0));

		if (db_exec(db, &finish_stmts, SQL_COUNTER, DB_ARG(arg), NULL, &seq) == -1)
			goto failed;
	}
	if (!db_cell_is_null(facts, 0, F_DAYS) &&
	    holidays_due(db, (int)db_cell_ll(facts, 0, F_DAYS, 0), due) == -1)
		goto failed;
	/* AGENCY-YYMMDD-NNNNNN: the agency, the portal's day, the agency's number of the day. */
	if (fmt_into(code, sizeof(code), "%s-%s-%06llu", db_cell(route, 0, 1),
	    db_cell(facts, 0, F_TODAY), seq) == -1) {
		/* A cut code could be another dossier's: fail rather than file it under it. */
		log_err("submit: dossier %lld: code %s too long", dossier_id, code);
		goto failed;
	}
	{
		struct db_arg args[] = { DB_STR(code), DB_INT(db_cell_ll(route, 0, 0, 0)), DB_STR(due),
		    DB_STR(db_cell(facts, 0, F_NAME)), DB_STR(db_cell(facts, 0, F_IDNUM)),
		    DB_INT(dossier_id) };

		if (db_exec(db, &finish_stmts, SQL_SUBMIT, DB_ARGS(args), &n, NULL) == -1 || n != 1)
			goto failed;
	}
	{
		struct db_arg args[] = { DB_INT(dossier_id), DB_INT(req->sess->user_id) };

		if (db_exec(db, &finish_stmts, SQL_EVENT, DB_ARGS(args), NULL, NULL) == -1)
			goto failed;
	}
	if (finish_mail(req, facts, code, due) == -1 || db_commit(db) == -1)
		goto failed;
	status = req_redirect(req, 303, "/dossiers/%s?submitted=1", code);
	goto out;
failed:
	status = req_db_failed(req);
	db_rollback(db);
	goto out;
refused:
	/* Nothing of the submission is written yet: what this request saved of the draft stays. */
	if (db_commit(db) == -1) {
		db_rollback(db);
		status = req_db_failed(req);
	}
out:
	db_result_free(facts);
	db_result_free(route);
	return status;
}
