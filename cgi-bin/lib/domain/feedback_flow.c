/* feedback_flow: the actions on feedback as one table, and the step that applies an official's. */
#include "config.h"

#include "feedback_flow.h"

#include <string.h>

#include "buf.h"
#include "db.h"
#include "feedback.h"
#include "filestore.h"
#include "fmt.h"
#include "holidays.h"
#include "log.h"
#include "utf8.h"

/* The server's error for SIGNAL SQLSTATE '45000' (ER_SIGNAL_EXCEPTION): the trigger said no. */
#define FEEDBACK_ER_SIGNAL 1644
/* Characters of the answer the timeline keeps (the whole answer is on the feedback). */
#define FEEDBACK_SUMMARY_CHARS 300
/* Characters a timeline note may have (feedback_events.note). */
#define FEEDBACK_NOTE_CHARS 2000

enum {
	SQL_ACCEPT,
	SQL_TRANSFER,
	SQL_REJECT,
	SQL_ANSWER,
	SQL_PUBLISH,
	SQL_FILE,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_ACCEPT: each change only from the version the official saw (the last two parameters of
	 * every step's statement are the id and that version); the trigger checks the change of
	 * status. */
	"UPDATE feedback SET status = 'accepted', version = version + 1, answer_due = ? "
	"WHERE id = ? AND version = ?",
	/* SQL_TRANSFER: the status stays, so the trigger has nothing to say: only what waits to be
	 * classified moves, and the deadline to classify it starts again at the new agency. */
	"UPDATE feedback SET agency_id = ?, classify_due = ?, version = version + 1 "
	"WHERE id = ? AND version = ? AND status = 'received'",
	/* SQL_REJECT */
	"UPDATE feedback SET status = 'rejected', version = version + 1, reject_reason = ? "
	"WHERE id = ? AND version = ?",
	/* SQL_ANSWER: the deadline to publish only when the submitter agreed to publication. */
	"UPDATE feedback SET status = 'answered', version = version + 1, answer = ?, "
	"answered_at = NOW(), answered_by = ?, publish_due = IF(publish_ok = 1, ?, NULL) "
	"WHERE id = ? AND version = ?",
	/* SQL_PUBLISH */
	"UPDATE feedback SET status = 'published', version = version + 1, published_at = NOW() "
	"WHERE id = ? AND version = ? AND publish_ok = 1",
	/* SQL_FILE: a file of the answer. */
	"INSERT INTO feedback_files (feedback_id, role, file_id, filename) VALUES (?, 'answer', ?, ?)",
};

static const struct db_stmts flow_stmts = DB_STMTS("feedback_flow", sqls);

/* Every change of status of feedback_transitions (sql/011-feedback.sql), and the transfer, which
 * keeps the status; an official's step names its statement in sqls above. The escalation is the
 * submitter's, made by the complain family; it is here so that the table is whole. */
const struct feedback_step feedback_steps[] = {
	{ .action = "accept", .from = { "received" }, .to = "accepted", .actor = FEEDBACK_OFFICIAL,
	    .due_days = FEEDBACK_ANSWER_DAYS, .says = FEEDBACK_SAYS_DUE,
	    .sql = SQL_ACCEPT, .args = { FEEDBACK_ARG_DUE } },
	{ .action = "transfer", .from = { "received" }, .to = "received", .actor = FEEDBACK_OFFICIAL,
	    .field = "agency", .missing = "Hãy nhập mã cơ quan có thẩm quyền sẽ nhận phản ánh.",
	    .text = "reason", .due_days = FEEDBACK_CLASSIFY_DAYS, .says = FEEDBACK_SAYS_TARGET,
	    .flags = FEEDBACK_TO_AGENCY,
	    .sql = SQL_TRANSFER, .args = { FEEDBACK_ARG_TARGET, FEEDBACK_ARG_DUE },
	    .unmoved = "Chỉ chuyển được phản ánh đang chờ phân loại; phản ánh này đã được phân loại, "
	    "không có gì thay đổi." },
	{ .action = "reject", .from = { "received" }, .to = "rejected", .actor = FEEDBACK_OFFICIAL,
	    .field = "reason", .missing = "Từ chối tiếp nhận phải nêu rõ lý do.", .text = "reason",
	    .says = FEEDBACK_SAYS_REASON,
	    .sql = SQL_REJECT, .args = { FEEDBACK_ARG_TEXT } },
	{ .action = "answer", .from = { "accepted" }, .to = "answered", .actor = FEEDBACK_OFFICIAL,
	    .field = "answer", .missing = "Hãy nhập nội dung trả lời.", .text = "answer",
	    .due_days = FEEDBACK_PUBLISH_DAYS, .says = FEEDBACK_SAYS_ANSWER,
	    .flags = FEEDBACK_ANSWER_FILES | FEEDBACK_REINDEX,
	    .sql = SQL_ANSWER, .args = { FEEDBACK_ARG_TEXT, FEEDBACK_ARG_ACTOR, FEEDBACK_ARG_DUE } },
	{ .action = "publish", .from = { "answered" }, .to = "published", .actor = FEEDBACK_OFFICIAL,
	    .says = FEEDBACK_SAYS_NOTHING, .flags = FEEDBACK_PUBLISH_OK | FEEDBACK_NO_MAIL,
	    .sql = SQL_PUBLISH },
	{ .action = "escalate", .from = { "answered", "published" }, .to = "received",
	    .actor = FEEDBACK_SUBMITTER, .due_days = FEEDBACK_CLASSIFY_DAYS,
	    .says = FEEDBACK_SAYS_NOTHING, .sql = FEEDBACK_NO_SQL },
};
const size_t feedback_nsteps = sizeof(feedback_steps) / sizeof(feedback_steps[0]);

const struct feedback_step *
feedback_step_find(const char *action, enum feedback_actor actor)
{
	size_t i;

	for (i = 0; action && i < feedback_nsteps; i++)
		if (feedback_steps[i].actor == actor && strcmp(feedback_steps[i].action, action) == 0)
			return &feedback_steps[i];
	return NULL;
}

int
feedback_step_allows(const struct feedback_step *step, const char *status)
{
	return str_listed(step->from, status);
}

/* Runs the step's own statement: its leading parameters taken from m and due, then the id and the
 * version. Returns 0, FEEDBACK_REFUSED, FEEDBACK_UNMOVED or -1. */
static int
feedback_step_run(struct db *db, const struct feedback_step *step, const struct feedback_move *m,
    const char *due)
{
	struct db_arg args[FEEDBACK_STEP_ARGS + 2];
	unsigned long long moved = 0;
	size_t n;

	for (n = 0; n < FEEDBACK_STEP_ARGS && step->args[n] != FEEDBACK_ARG_END; n++) {
		switch (step->args[n]) {
		case FEEDBACK_ARG_TEXT:   args[n] = DB_STR(m->text); break;
		case FEEDBACK_ARG_ACTOR:  args[n] = DB_INT(m->actor_id); break;
		case FEEDBACK_ARG_TARGET: args[n] = DB_INT(m->target_id); break;
		case FEEDBACK_ARG_DUE:    args[n] = DB_STR(due); break;
		case FEEDBACK_ARG_END:    break;
		}
	}
	args[n++] = DB_INT(m->feedback_id);
	args[n++] = DB_INT(m->version);
	if (db_exec(db, &flow_stmts, step->sql, args, n, &moved, NULL) == -1)
		return db_errno(db) == FEEDBACK_ER_SIGNAL ? FEEDBACK_REFUSED : -1;
	if (moved == 0 && step->unmoved)
		return FEEDBACK_UNMOVED;
	return moved == 1 ? 0 : -1;
}

/* What the timeline (note) and the mail say of the step. Returns 0 or -1. */
static int
feedback_step_says(const struct feedback_step *step, const struct feedback_move *m,
    const char *due, struct buf *note, struct buf *mail)
{
	char shown[11];

	switch (step->says) {
	case FEEDBACK_SAYS_NOTHING:
		break;
	case FEEDBACK_SAYS_DUE:	/* DD/MM/YYYY, as the pages say dates */
		if (fmt_into(shown, sizeof(shown), "%.2s/%.2s/%.4s", due + 8, due + 5, due) == -1)
			return -1;
		buf_printf(note, "Hạn trả lời: %s.", shown);
		buf_printf(mail, "Hạn trả lời: %s.", shown);
		break;
	case FEEDBACK_SAYS_REASON:
		buf_puts(note, m->text);
		buf_puts(mail, m->text);
		break;
	case FEEDBACK_SAYS_TARGET:
		buf_printf(note, "Chuyển đến %s (%s).", m->target_name, m->target_code);
		if (m->text) {
			buf_printf(note, "\n%s", m->text);
			buf_puts(mail, m->text);
		}
		break;
	case FEEDBACK_SAYS_ANSWER:
		utf8_clean(m->text, strlen(m->text), FEEDBACK_SUMMARY_CHARS, 1, note);
		if (utf8_length(m->text, strlen(m->text)) > FEEDBACK_SUMMARY_CHARS)
			buf_puts(note, "…");
		buf_puts(mail, m->text);
		if (m->nfiles > 0)
			buf_printf(mail, "\n\n(Câu trả lời có %zu tệp đính kèm, xem trên trang của phản "
			    "ánh, kiến nghị.)", m->nfiles);
		break;
	}
	/* A transfer's note is the target and the reason together: it must still fit the column. */
	if (utf8_length(buf_str(note), note->len) > FEEDBACK_NOTE_CHARS) {
		struct buf cut = BUF_INIT;

		utf8_clean(buf_str(note), note->len, FEEDBACK_NOTE_CHARS, 1, &cut);
		buf_free(note);
		*note = cut;
	}
	return 0;
}

/* Stores the answer's files and names them on the submission. Returns 0 or -1. */
static int
feedback_keep_files(struct db *db, const struct feedback_move *m)
{
	size_t i;

	for (i = 0; i < m->nfiles; i++) {
		long long file_id;
		struct db_arg args[3];

		if (filestore_put(db, &m->files[i], &file_id) == -1)
			return -1;
		args[0] = DB_INT(m->feedback_id);
		args[1] = DB_INT(file_id);
		args[2] = DB_STR(m->files[i].filename);
		if (db_exec(db, &flow_stmts, SQL_FILE, DB_ARGS(args), NULL, NULL) == -1)
			return -1;
	}
	return 0;
}

int
feedback_step_apply(struct db *db, const struct feedback_step *step,
    const struct feedback_move *m, struct buf *mail)
{
	struct buf note = BUF_INIT;
	char due[11] = "";
	int rc;

	if (step->sql == FEEDBACK_NO_SQL) {
		log_err("feedback_flow: %s is not an official's action", step->action);
		return -1;
	}
	if (step->due_days > 0 && holidays_due(db, step->due_days, due) == -1)
		return -1;
	if ((rc = feedback_step_run(db, step, m, due)) != 0)
		return rc;
	if (feedback_step_says(step, m, due, &note, mail) == -1 ||
	    feedback_event(db, m->feedback_id, m->actor_id, m->agency_id, step->action, m->from,
	    step->to, buf_str(&note)) == -1 ||
	    ((step->flags & FEEDBACK_ANSWER_FILES) && feedback_keep_files(db, m) == -1) ||
	    ((step->flags & FEEDBACK_REINDEX) && feedback_reindex(db, m->feedback_id) == -1))
		rc = -1;
	buf_free(&note);
	return rc;
}
