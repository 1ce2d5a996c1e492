/* track: the applicant supplies what an official asked for — the files are checked and stored, and
 * in the same transaction the dossier goes back to the agency, the request is closed, the clock
 * resumes, the timeline says so and the applicant is mailed. */
#include "track.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "conf.h"
#include "db.h"
#include "filestore.h"
#include "fmt.h"
#include "holidays.h"
#include "log.h"
#include "mailmsg.h"
#include "sess.h"
#include "url.h"

/* The file inputs of the form: one each, since ClearSilver keeps only the last file of inputs
 * that share a name; "files" is taken too, for a form with a single input. */
static const char *const supply_inputs[] = { "files", "file1", "file2", "file3", "file4",
    "file5", NULL };
#define SUPPLY_INPUTS 6
_Static_assert(sizeof(supply_inputs) / sizeof(supply_inputs[0]) == SUPPLY_INPUTS + 1,
    "SUPPLY_INPUTS counts supply_inputs");

enum {
	SQL_LOCK,
	SQL_USED,
	SQL_LINK,
	SQL_RESUME,
	SQL_RESOLVE,
	SQL_EVENT,
	SQL_APPLICANT,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_LOCK: the dossier, held until the transaction ends, so that two uploads at the same
	 * moment cannot both answer the request. */
	"SELECT status, days_left FROM dossiers WHERE id = ? FOR UPDATE",
	/* SQL_USED: bytes the applicant has given the dossier already (the result is not theirs). */
	"SELECT COALESCE(SUM(f.size), 0) FROM dossier_files df JOIN files f ON f.id = df.file_id "
	"WHERE df.dossier_id = ? AND df.role IN ('document', 'supplement')",
	/* SQL_LINK: a supplied file, named as the browser named it. */
	"INSERT INTO dossier_files (dossier_id, role, file_id, filename) VALUES (?, 'supplement', ?, ?)",
	/* SQL_RESUME: back to the agency, the clock running again from today with the working days
	 * that were left when it stopped (a NULL due date keeps the old one). */
	"UPDATE dossiers SET status = 'received', version = version + 1, "
	"due_date = COALESCE(?, due_date), days_left = NULL WHERE id = ? AND status = 'supplement'",
	/* SQL_RESOLVE: the request is answered. */
	"UPDATE dossier_requests SET resolved_at = NOW() WHERE dossier_id = ? AND resolved_at IS NULL",
	/* SQL_EVENT: the timeline's line. */
	"INSERT INTO dossier_events (dossier_id, actor_id, action, from_status, to_status, note) "
	"VALUES (?, ?, 'supply', 'supplement', 'received', ?)",
	/* SQL_APPLICANT: where the word goes. */
	"SELECT email, full_name FROM users WHERE id = ?",
};

static const struct db_stmts supply_stmts = DB_STMTS("supply", sqls);

/* What one request brings. */
struct supply {
	struct filestore_upload  up[SUPPLY_INPUTS];
	int                      given;		/* inputs with a file */
	int                      taken;		/* files without an error */
	long long                dossier_id;
	char                     due[11];	/* the new due date, YYYY-MM-DD, "" to keep the old */
};

static void
supply_free(struct supply *s)
{
	int i;

	for (i = 0; i < SUPPLY_INPUTS; i++)
		filestore_upload_free(&s->up[i]);
}

/* Reads every file input. Returns 0 or -1 (a read error). */
static int
supply_read(struct req *req, struct supply *s)
{
	int i, rc;

	for (i = 0; supply_inputs[i]; i++) {
		if ((rc = filestore_read(req, supply_inputs[i], &s->up[i])) == -1) {
			log_err("supply: reading upload %s failed", supply_inputs[i]);
			return -1;
		}
		s->given += rc;
	}
	return 0;
}

/* Refuses the files that would take the dossier past its total, in the order they came.
 * Returns 0 or -1. */
static int
supply_fit(struct req *req, struct supply *s)
{
	static const char over[] = "Vượt quá tổng dung lượng 20 MB các tệp của một hồ sơ.";
	struct db_arg arg = DB_INT(s->dossier_id);
	struct db_result *res = NULL;
	long long used;
	int i;

	if (db_query(req->app->db, &supply_stmts, SQL_USED, DB_ARG(arg), &res) == -1)
		return -1;
	used = db_cell_ll(res, 0, 0, 0);
	db_result_free(res);
	s->taken = 0;
	for (i = 0; i < SUPPLY_INPUTS; i++) {
		if (s->up[i].filename == NULL || s->up[i].error)
			continue;
		if (used + (long long)s->up[i].size > FILESTORE_MAX_DOSSIER) {
			s->up[i].error = over;
			continue;
		}
		used += (long long)s->up[i].size;
		s->taken++;
	}
	return 0;
}

/* Queues the word to the applicant (templates/mail/supplied.cs), if the account has an address.
 * In the transaction. Returns 0 or -1. */
static int
supply_mail(struct req *req, const struct supply *s, const struct db_result *dossier)
{
	struct db_arg arg = DB_INT(req->sess->user_id);
	struct db_result *user = NULL;
	struct buf base_trimmed = BUF_INIT, code_url = BUF_INIT;
	struct mailmsg msg;
	const char *base = conf_str(req->app->conf, "Site.BaseURL", ""), *code;
	size_t base_len = strlen(base);
	char due_shown[11];
	int rc = -1;

	if (db_query(req->app->db, &supply_stmts, SQL_APPLICANT, DB_ARG(arg), &user) == -1)
		return -1;
	if (user->nrows != 1 || db_cell(user, 0, 0)[0] == '\0') {
		db_result_free(user);
		return 0;
	}
	code = db_cell(dossier, 0, TRACK_CODE);
	if (mailmsg_init(&msg) == 0) {
		mailmsg_set(&msg, "Name", db_cell(user, 0, 1));
		mailmsg_set(&msg, "Code", code);
		mailmsg_set(&msg, "Procedure", db_cell(dossier, 0, TRACK_PROCEDURE));
		mailmsg_set_int(&msg, "Files", s->taken);
		if (db_cell(dossier, 0, TRACK_AGENCY)[0])
			mailmsg_set(&msg, "Agency", db_cell(dossier, 0, TRACK_AGENCY));
		/* s->due is YYYY-MM-DD; the applicant reads DD/MM/YYYY. */
		if (s->due[0] && fmt_into(due_shown, sizeof(due_shown), "%.2s/%.2s/%.4s", s->due + 8,
		    s->due + 5, s->due) == 0)
			mailmsg_set(&msg, "Due", due_shown);
		/* Links start with the configured address, never with the request's Host. */
		while (base_len > 0 && base[base_len - 1] == '/')
			base_len--;
		if (strncmp(base, "https://", 8) == 0 || strncmp(base, "http://", 7) == 0) {
			buf_append(&base_trimmed, base, base_len);
			url_encode(code, &code_url);
			mailmsg_set(&msg, "BaseURL", buf_str(&base_trimmed));
			mailmsg_set(&msg, "CodeURL", buf_str(&code_url));
		} else {
			log_warn("Site.BaseURL is not set: the supply mail goes without its link");
		}
		rc = mailmsg_queue(&msg, req->app->db, req->app->templates, db_cell(user, 0, 0),
		    "mail/supplied.cs");
	}
	mailmsg_free(&msg);
	buf_free(&base_trimmed);
	buf_free(&code_url);
	db_result_free(user);
	return rc;
}

/* Stores the files taken and moves the dossier on, in the open transaction. Returns 1 done, 0 when
 * the dossier no longer waits for a supplement, -1 on a database error. */
static int
supply_store(struct req *req, struct supply *s, const struct db_result *dossier)
{
	struct db *db = req->app->db;
	struct buf note = BUF_INIT;
	unsigned long long moved = 0;
	long long file_id;
	int i, named = 0, rc = -1;

	buf_puts(&note, "Tệp bổ sung: ");
	for (i = 0; i < SUPPLY_INPUTS; i++) {
		if (s->up[i].filename == NULL || s->up[i].error)
			continue;
		if (filestore_put(db, &s->up[i], &file_id) == -1)
			goto out;
		{
			struct db_arg args[] = { DB_INT(s->dossier_id), DB_INT(file_id),
			    DB_STR(s->up[i].filename) };

			if (db_exec(db, &supply_stmts, SQL_LINK, DB_ARGS(args), NULL, NULL) == -1)
				goto out;
		}
		/* At most six names of at most 200 characters: within the note's 2000. */
		buf_printf(&note, "%s%s", named++ ? ", " : "", s->up[i].filename);
	}
	{
		struct db_arg args[] = { s->due[0] ? DB_STR(s->due) : DB_NULL, DB_INT(s->dossier_id) };

		if (db_exec(db, &supply_stmts, SQL_RESUME, DB_ARGS(args), &moved, NULL) == -1)
			goto out;
	}
	if (moved == 0) {
		rc = 0;
		goto out;
	}
	{
		struct db_arg resolve = DB_INT(s->dossier_id);
		struct db_arg event[] = { DB_INT(s->dossier_id), DB_INT(req->sess->user_id),
		    DB_STR(buf_str(&note)) };

		if (db_exec(db, &supply_stmts, SQL_RESOLVE, DB_ARG(resolve), NULL, NULL) == -1 ||
		    db_exec(db, &supply_stmts, SQL_EVENT, DB_ARGS(event), NULL, NULL) == -1 ||
		    supply_mail(req, s, dossier) == -1)
			goto out;
	}
	rc = 1;
out:
	buf_free(&note);
	return rc;
}

/* Supply.Refused.N.{name,error} for the files not taken. */
static void
supply_refusals(struct req *req, const struct supply *s)
{
	char name[64];
	size_t n = 0;
	int i;

	for (i = 0; i < SUPPLY_INPUTS; i++) {
		if (s->up[i].filename == NULL || s->up[i].error == NULL)
			continue;
		hdf_name_index(name, sizeof(name), "Supply.Refused.", n, ".name");
		req_set(req, name, s->up[i].filename);
		hdf_name_index(name, sizeof(name), "Supply.Refused.", n++, ".error");
		req_set(req, name, s->up[i].error);
	}
}

/* The dossier's page again, as it is now, with what became of the upload. Returns status, or
 * the error status of a failed load. */
static int
supply_page(struct req *req, const struct supply *s, int status, const char *message)
{
	struct db_result *dossier = NULL;
	int rc;

	if ((rc = track_load(req, &dossier)) != 1)
		return rc == 0 ? 404 : req_db_failed(req);
	if (message)
		req_set(req, "Supply.Error", message);
	if (s) {
		supply_refusals(req, s);
		if (status < 300)
			req_set_int(req, "Supply.Stored", s->taken);
	}
	rc = track_dossier_fill(req, dossier);
	db_result_free(dossier);
	return rc == -1 ? req_db_failed(req) : status;
}

/*
 * POST /dossiers/{code}/supply (login required, multipart/form-data: files, file1..file5): the
 * files an official asked for. Each is checked by its content (PDF, JPEG, PNG; 5 MB; 20 MB for
 * the dossier); those that pass are stored, and the dossier moves from "supplement" to
 * "received" with a new due date, in one transaction. 303 back to the dossier when every file was
 * taken; 200 with the dossier's page naming the files refused when some were; 422 when none was
 * (nothing changes); 409 when the dossier does not wait for a supplement; 404 as for its page.
 */
int
track_supply(struct req *req)
{
	struct db *db = req->app->db;
	struct db_result *dossier = NULL, *lock = NULL;
	struct supply s;
	struct buf where = BUF_INIT;
	int rc, status;

	memset(&s, 0, sizeof(s));
	if ((rc = track_load(req, &dossier)) != 1)
		return rc == 0 ? 404 : req_db_failed(req);
	s.dossier_id = db_cell_ll(dossier, 0, TRACK_ID, 0);
	if (strcmp(db_cell(dossier, 0, TRACK_STATUS), "supplement") != 0) {
		db_result_free(dossier);
		return supply_page(req, NULL, 409, "Hồ sơ này không chờ bổ sung, nên không nhận thêm "
		    "tệp. Không có thay đổi nào được thực hiện.");
	}
	if (supply_read(req, &s) == -1) {
		status = 500;
		goto out;
	}
	if (s.given == 0) {
		status = supply_page(req, &s, 422, "Vui lòng chọn ít nhất một tệp để bổ sung.");
		goto out;
	}
	if (db_begin(db) == -1)
		goto failed;
	{
		struct db_arg arg = DB_INT(s.dossier_id);

		if (db_query(db, &supply_stmts, SQL_LOCK, DB_ARG(arg), &lock) == -1)
			goto failed;
	}
	if (lock->nrows != 1 || strcmp(db_cell(lock, 0, 0), "supplement") != 0) {
		db_rollback(db);
		status = supply_page(req, NULL, 409, "Hồ sơ này vừa được bổ sung hoặc đã chuyển sang "
		    "bước khác, nên không nhận thêm tệp. Không có thay đổi nào được thực hiện.");
		goto out;
	}
	if (supply_fit(req, &s) == -1)
		goto failed;
	if (s.taken == 0) {
		db_rollback(db);
		status = supply_page(req, &s, 422, "Không tệp nào được nhận, nên hồ sơ chưa được "
		    "bổ sung. Vui lòng chọn lại các tệp đúng yêu cầu.");
		goto out;
	}
	/* The clock resumes today with the working days that were left when it stopped; without
	 * them (a request made before days_left was kept) the old due date stays. */
	if (!db_cell_is_null(lock, 0, 1) && holidays_due(db, (int)db_cell_ll(lock, 0, 1, 0), s.due) == -1)
		goto failed;
	if ((rc = supply_store(req, &s, dossier)) == -1)
		goto failed;
	if (rc == 0) {
		db_rollback(db);
		status = supply_page(req, NULL, 409, "Hồ sơ này vừa chuyển sang bước khác, nên không "
		    "nhận thêm tệp. Không có thay đổi nào được thực hiện.");
		goto out;
	}
	if (db_commit(db) == -1)
		goto failed;
	if (s.taken < s.given) {
		/* The names of the files refused cannot follow a redirect: the page says them now. */
		status = supply_page(req, &s, 200, NULL);
		goto out;
	}
	buf_puts(&where, "/dossiers/");
	url_encode(req->path_args[0], &where);
	status = req_redirect(req, 303, "%s?supplied=%d", buf_str(&where), s.taken);
	goto out;
failed:
	if (db_in_transaction(db))
		db_rollback(db);
	status = req_db_failed(req);
out:
	buf_free(&where);
	db_result_free(lock);
	db_result_free(dossier);
	supply_free(&s);
	return status;
}
