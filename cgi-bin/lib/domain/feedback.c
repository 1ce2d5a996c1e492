/* feedback: submissions, timeline, deadlines, search text and mail of feedback and complaints. */
#include "config.h"

#include "feedback.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "crypto.h"
#include "db.h"
#include "fmt.h"
#include "fold.h"
#include "holidays.h"
#include "log.h"
#include "mailmsg.h"

enum {
	SQL_COUNTER,
	SQL_CODE,
	SQL_INSERT,
	SQL_EVENT,
	SQL_TEXT,
	SQL_SET_TEXT,
	SQL_CONTACT,
	SQL_BY_TOKEN,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_COUNTER: the day's next number; LAST_INSERT_ID hands it back. */
	"INSERT INTO feedback_counters (day, last) VALUES (CURDATE(), LAST_INSERT_ID(1)) "
	"ON DUPLICATE KEY UPDATE last = LAST_INSERT_ID(last + 1)",
	/* SQL_CODE */
	"SELECT CONCAT('PAKN-', DATE_FORMAT(CURDATE(), '%y%m%d'), '-', LPAD(LAST_INSERT_ID(), 6, '0'))",
	/* SQL_INSERT */
	"INSERT INTO feedback (code, secret_hash, user_id, category, agency_id, first_agency_id, "
	"procedure_id, dossier_id, title, content, contact_name, contact_email, contact_phone, "
	"publish_ok, classify_due, search_text, source, api_key_id, api_token, address, lat, lon, "
	"submit_ip) VALUES (?, NULLIF(?, ''), NULLIF(?, 0), ?, ?, ?, NULLIF(?, 0), NULLIF(?, 0), ?, "
	"?, ?, ?, ?, ?, ?, ?, ?, NULLIF(?, 0), NULLIF(?, ''), ?, ?, ?, ?)",
	/* SQL_EVENT */
	"INSERT INTO feedback_events (feedback_id, actor_id, agency_id, action, from_status, "
	"to_status, note) VALUES (?, NULLIF(?, 0), NULLIF(?, 0), ?, ?, ?, ?)",
	/* SQL_TEXT */
	"SELECT title, content, COALESCE(answer, '') FROM feedback WHERE id = ?",
	/* SQL_SET_TEXT */
	"UPDATE feedback SET search_text = ? WHERE id = ?",
	/* SQL_CONTACT: what a mail about it needs. */
	"SELECT f.code, f.contact_email, f.contact_name, f.title, a.name, f.user_id IS NULL "
	"FROM feedback f JOIN agencies a ON a.id = f.agency_id WHERE f.id = ?",
	/* SQL_BY_TOKEN */
	"SELECT id FROM feedback WHERE code = ? AND secret_hash = ?",
};

static const struct db_stmts feedback_stmts = DB_STMTS("feedback", sqls);

/* Appends the folded words of each text, a space between. */
static void
feedback_fold(const char *const *texts, size_t n, struct buf *out)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (out->len > 0)
			buf_putc(out, ' ');
		fold_words(texts[i], strlen(texts[i]), out);
	}
}

/* The mail that confirms a submission (templates/mail/feedback-received.cs). Returns 0 or -1. */
static int
feedback_confirm_mail(struct db *db, const struct feedback_new *f, const struct feedback_made *m,
    const char *base_url)
{
	struct mailmsg msg;
	int rc = -1;

	if (mailmsg_init(&msg) == 0) {
		if (*f->contact_name)
			mailmsg_set(&msg, "Name", f->contact_name);
		mailmsg_set(&msg, "Code", m->code);
		mailmsg_set(&msg, "Title", f->title);
		mailmsg_set(&msg, "ClassifyDue", m->classify_due);
		if (m->token[0])
			mailmsg_set(&msg, "Token", m->token);
		mailmsg_set(&msg, "BaseURL", base_url);
		rc = mailmsg_queue(&msg, db, f->templates, f->contact_email, "mail/feedback-received.cs");
	}
	mailmsg_free(&msg);
	return rc;
}

int
feedback_create(struct db *db, const struct feedback_new *f, struct feedback_made *made)
{
	struct db_result *code = NULL;
	struct buf text = BUF_INIT;
	char secret[CRYPTO_SHA256_HEX_SIZE] = "", api_token[33] = "";
	const char *texts[2] = { f->title, f->content };
	unsigned long long id = 0;
	int rc = -1;

	memset(made, 0, sizeof(*made));
	if (f->user_id == 0) {
		/* The follow link of a submitter without an account (through the form, or through an
		 * Open311 client, which gets it by mail): 256 random bits; only its hash is kept. */
		if (crypto_token(made->token) == -1 ||
		    crypto_sha256_hex(made->token, strlen(made->token), secret) == -1)
			return -1;
	}
	if (strcmp(f->source, "open311") == 0) {
		unsigned char raw[16];
		size_t i;

		if (crypto_random(raw, sizeof(raw)) == -1)
			return -1;
		for (i = 0; i < sizeof(raw); i++) {
			static const char hex[] = "0123456789abcdef";

			api_token[2 * i] = hex[raw[i] >> 4];
			api_token[2 * i + 1] = hex[raw[i] & 15];
		}
		api_token[32] = '\0';
	}
	if (holidays_due(db, FEEDBACK_CLASSIFY_DAYS, made->classify_due) == -1)
		return -1;
	if (db_exec(db, &feedback_stmts, SQL_COUNTER, DB_NOARGS, NULL, NULL) == -1 ||
	    db_query(db, &feedback_stmts, SQL_CODE, DB_NOARGS, &code) == -1 || code->nrows != 1)
		goto out;
	if (str_copy(made->code, sizeof(made->code), db_cell(code, 0, 0)) == -1) {
		/* The citizen would be told a code that finds nothing. */
		log_err("feedback: code %s longer than %zu bytes", db_cell(code, 0, 0),
		    sizeof(made->code) - 1);
		goto out;
	}
	feedback_fold(texts, 2, &text);
	{
		struct db_arg args[] = {
			DB_STR(made->code), DB_STR(secret), DB_INT(f->user_id), DB_STR(f->category),
			DB_INT(f->agency_id), DB_INT(f->agency_id), DB_INT(f->procedure_id),
			DB_INT(f->dossier_id), DB_STR(f->title), DB_STR(f->content),
			DB_STR(f->contact_name), DB_STR(f->contact_email), DB_STR(f->contact_phone),
			DB_INT(f->publish_ok ? 1 : 0), DB_STR(made->classify_due), DB_STR(buf_str(&text)),
			DB_STR(f->source), DB_INT(f->api_key_id), DB_STR(api_token),
			DB_STR(f->address ? f->address : ""),
			f->lat ? DB_STR(f->lat) : DB_NULL, f->lon ? DB_STR(f->lon) : DB_NULL,
			DB_STR(f->submit_ip ? f->submit_ip : "") };

		if (db_exec(db, &feedback_stmts, SQL_INSERT, DB_ARGS(args), NULL, &id) == -1)
			goto out;
	}
	made->id = (long long)id;
	if (feedback_event(db, made->id, f->user_id, f->agency_id, "submit", "", "received", "") == -1)
		goto out;
	if (*f->contact_email && feedback_confirm_mail(db, f, made, f->base_url ? f->base_url : "") == -1)
		goto out;
	rc = 0;
out:
	db_result_free(code);
	buf_free(&text);
	return rc;
}

int
feedback_event(struct db *db, long long feedback_id, long long actor_id, long long agency_id,
    const char *action, const char *from_status, const char *to_status, const char *note)
{
	struct db_arg args[] = { DB_INT(feedback_id), DB_INT(actor_id), DB_INT(agency_id),
	    DB_STR(action), DB_STR(from_status), DB_STR(to_status), DB_STR(note ? note : "") };

	return db_exec(db, &feedback_stmts, SQL_EVENT, DB_ARGS(args), NULL, NULL);
}

int
feedback_reindex(struct db *db, long long feedback_id)
{
	struct db_arg id = DB_INT(feedback_id);
	struct db_result *row = NULL;
	struct buf text = BUF_INIT;
	int rc = -1;

	if (db_query(db, &feedback_stmts, SQL_TEXT, DB_ARG(id), &row) == -1)
		return -1;
	if (row->nrows == 1) {
		const char *texts[3] = { db_cell(row, 0, 0), db_cell(row, 0, 1), db_cell(row, 0, 2) };
		struct db_arg args[2];

		feedback_fold(texts, 3, &text);
		args[0] = DB_STR(buf_str(&text));
		args[1] = id;
		rc = db_exec(db, &feedback_stmts, SQL_SET_TEXT, DB_ARGS(args), NULL, NULL);
	}
	db_result_free(row);
	buf_free(&text);
	return rc;
}

int
feedback_notify(struct db *db, struct tmpl_cache *templates, long long feedback_id,
    const char *what, const char *note, const char *base_url)
{
	/* What the mail can tell (each worded in templates/mail/feedback-notice.cs). */
	static const char *const notices[] = { "accept", "reject", "transfer", "answer", "escalate" };
	struct db_arg id = DB_INT(feedback_id);
	struct db_result *row = NULL;
	struct mailmsg msg;
	size_t i;
	int rc = -1;

	for (i = 0; i < sizeof(notices) / sizeof(notices[0]); i++)
		if (strcmp(notices[i], what) == 0)
			break;
	if (i == sizeof(notices) / sizeof(notices[0]))
		return -1;
	if (db_query(db, &feedback_stmts, SQL_CONTACT, DB_ARG(id), &row) == -1)
		return -1;
	if (row->nrows != 1 || db_cell(row, 0, 1)[0] == '\0') {
		rc = 0;		/* nobody to tell */
		goto out;
	}
	if (mailmsg_init(&msg) == 0) {
		mailmsg_set(&msg, "What", what);
		mailmsg_set(&msg, "Code", db_cell(row, 0, 0));
		if (*db_cell(row, 0, 2))
			mailmsg_set(&msg, "Name", db_cell(row, 0, 2));
		mailmsg_set(&msg, "Title", db_cell(row, 0, 3));
		mailmsg_set(&msg, "Agency", db_cell(row, 0, 4));
		if (note && *note)
			mailmsg_set(&msg, "Note", note);
		mailmsg_set(&msg, "Anonymous", strcmp(db_cell(row, 0, 5), "1") == 0 ? "1" : "0");
		mailmsg_set(&msg, "BaseURL", base_url);
		rc = mailmsg_queue(&msg, db, templates, db_cell(row, 0, 1), "mail/feedback-notice.cs");
	}
	mailmsg_free(&msg);
out:
	db_result_free(row);
	return rc;
}

long long
feedback_by_token(struct db *db, const char *code, const char *token)
{
	char hash[CRYPTO_SHA256_HEX_SIZE];
	struct db_result *row = NULL;
	long long id = 0;

	if (code == NULL || token == NULL || !crypto_token_plausible(token) ||
	    crypto_sha256_hex(token, strlen(token), hash) == -1)
		return 0;
	{
		struct db_arg args[] = { DB_STR(code), DB_STR(hash) };

		if (db_query(db, &feedback_stmts, SQL_BY_TOKEN, DB_ARGS(args), &row) == -1)
			return -1;
	}
	if (row->nrows == 1)
		id = db_cell_ll(row, 0, 0, 0);
	db_result_free(row);
	return id;
}
