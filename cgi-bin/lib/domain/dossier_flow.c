/* dossier_flow: the dossier's actions as one table, and the step that applies an official's. */
#include "config.h"

#include "dossier_flow.h"

#include <string.h>

#include "db.h"
#include "filestore.h"
#include "fmt.h"
#include "holidays.h"

/* The server's error for SIGNAL SQLSTATE '45000' (ER_SIGNAL_EXCEPTION): the trigger said no. */
#define DOSSIER_ER_SIGNAL 1644

/* Every row of dossier_transitions (sql/007-dossiers.sql), grouped by action, the official's in
 * the order the dossier page offers them. The applicant's steps are made by the submit and track
 * families; they are here so that the table is whole. */
const struct dossier_step dossier_steps[] = {
	{ .action = "submit", .from = { "draft" }, .to = "submitted", .actor = DOSSIER_APPLICANT },
	{ .action = "supply", .from = { "supplement" }, .to = "received",
	    .actor = DOSSIER_APPLICANT },
	{ .action = "receive", .from = { "submitted" }, .to = "received", .actor = DOSSIER_OFFICIAL },
	{ .action = "process", .from = { "received" }, .to = "processing", .actor = DOSSIER_OFFICIAL },
	{ .action = "supplement", .from = { "received", "processing" }, .to = "supplement",
	    .actor = DOSSIER_OFFICIAL, .needs = DOSSIER_NEEDS_NOTE | DOSSIER_NEEDS_DOCUMENTS,
	    .field = "documents",
	    .missing = "Yêu cầu bổ sung phải nêu từng giấy tờ cần bổ sung và lý do",
	    .effects = DOSSIER_STOPS_CLOCK },
	{ .action = "approve", .from = { "processing" }, .to = "approved", .actor = DOSSIER_OFFICIAL,
	    .needs = DOSSIER_NEEDS_RESULT, .field = "result",
	    .missing = "Phê duyệt phải kèm tệp kết quả",
	    .effects = DOSSIER_DECIDES | DOSSIER_KEEPS_RESULT },
	{ .action = "return", .from = { "approved" }, .to = "returned", .actor = DOSSIER_OFFICIAL },
	{ .action = "reject", .from = { "submitted", "received", "supplement", "processing" },
	    .to = "rejected", .actor = DOSSIER_OFFICIAL, .needs = DOSSIER_NEEDS_NOTE, .field = "note",
	    .missing = "Từ chối hồ sơ phải nêu rõ lý do", .effects = DOSSIER_DECIDES },
};
const size_t dossier_nsteps = sizeof(dossier_steps) / sizeof(dossier_steps[0]);

enum {
	SQL_MOVE,
	SQL_EVENT,
	SQL_REQUEST,
	SQL_RESULT,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_MOVE: only from the version the official saw. A step that stops the clock keeps the
	 * working days left and clears the due date; a decision records its time. */
	"UPDATE dossiers SET status = ?, version = version + 1, "
	"days_left = IF(?, ?, days_left), due_date = IF(?, NULL, due_date), "
	"decided_at = IF(?, NOW(), decided_at) WHERE id = ? AND version = ?",
	/* SQL_EVENT */
	"INSERT INTO dossier_events (dossier_id, actor_id, action, from_status, to_status, note) "
	"VALUES (?, ?, ?, ?, ?, ?)",
	/* SQL_REQUEST: what the applicant must supply, and why. */
	"INSERT INTO dossier_requests (dossier_id, event_id, documents, reason) VALUES (?, ?, ?, ?)",
	/* SQL_RESULT: the result file on the dossier. */
	"INSERT INTO dossier_files (dossier_id, role, file_id, filename) VALUES (?, 'result', ?, ?)",
};

static const struct db_stmts flow_stmts = DB_STMTS("dossier_flow", sqls);

const struct dossier_step *
dossier_step_find(const char *action, enum dossier_actor actor)
{
	size_t i;

	for (i = 0; action && i < dossier_nsteps; i++)
		if (dossier_steps[i].actor == actor && strcmp(dossier_steps[i].action, action) == 0)
			return &dossier_steps[i];
	return NULL;
}

int
dossier_step_allows(const struct dossier_step *step, const char *status)
{
	return str_listed(step->from, status);
}

/* Stores the result file and names it on the dossier. Returns 0 or -1. */
static int
dossier_keep_result(struct db *db, const struct dossier_move *m)
{
	long long file_id;
	struct db_arg args[3];

	if (filestore_put(db, m->result, &file_id) == -1)
		return -1;
	args[0] = DB_INT(m->dossier_id);
	args[1] = DB_INT(file_id);
	args[2] = DB_STR(m->result->filename);
	return db_exec(db, &flow_stmts, SQL_RESULT, DB_ARGS(args), NULL, NULL);
}

int
dossier_step_apply(struct db *db, const struct dossier_step *step, const struct dossier_move *m)
{
	int stops = (step->effects & DOSSIER_STOPS_CLOCK) != 0;
	long long days_left = -1;
	unsigned long long moved = 0, event_id = 0;
	const char *note = m->note ? m->note : "";

	if (stops && m->due_iso && (days_left = holidays_left(db, m->due_iso)) == -1)
		return -1;
	{
		struct db_arg move[] = { DB_STR(step->to), DB_INT(stops),
		    days_left >= 0 ? DB_INT(days_left) : DB_NULL, DB_INT(stops),
		    DB_INT((step->effects & DOSSIER_DECIDES) != 0), DB_INT(m->dossier_id),
		    DB_INT(m->version) };

		if (db_exec(db, &flow_stmts, SQL_MOVE, DB_ARGS(move), &moved, NULL) == -1)
			return db_errno(db) == DOSSIER_ER_SIGNAL ? 1 : -1;
	}
	if (moved != 1)
		return -1;
	{
		struct db_arg event[] = { DB_INT(m->dossier_id), DB_INT(m->actor_id),
		    DB_STR(step->action), DB_STR(m->from), DB_STR(step->to), DB_STR(note) };

		if (db_exec(db, &flow_stmts, SQL_EVENT, DB_ARGS(event), NULL, &event_id) == -1)
			return -1;
	}
	if (stops) {
		struct db_arg args[] = { DB_INT(m->dossier_id), DB_INT(event_id),
		    DB_STR(m->documents), DB_STR(note) };

		if (db_exec(db, &flow_stmts, SQL_REQUEST, DB_ARGS(args), NULL, NULL) == -1)
			return -1;
	}
	if ((step->effects & DOSSIER_KEEPS_RESULT) && m->result && dossier_keep_result(db, m) == -1)
		return -1;
	return 0;
}
