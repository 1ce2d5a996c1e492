/* complain: sending feedback — the form (what it is about suggests the agency; an account's
 * contact details are filled in), its checks (every problem at once, nothing typed or uploaded
 * lost), the limits per address and per account, and the submission in one transaction. */
#include "complain.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "conf.h"
#include "crypto.h"
#include "db.h"
#include "feedback.h"
#include "filestore.h"
#include "fmt.h"
#include "log.h"
#include "mail.h"
#include "sess.h"
#include "url.h"
#include "utf8.h"

#define SUBMIT_FILES 3

static const char *const file_inputs[SUBMIT_FILES] = { "file1", "file2", "file3" };

enum {
	SQL_CATEGORIES,
	SQL_AGENCIES,
	SQL_AGENCY,
	SQL_PROCEDURE,
	SQL_DOSSIER,
	SQL_ACCOUNT,
	SQL_BY_ADDRESS,
	SQL_BY_ACCOUNT,
	SQL_KEPT,
	SQL_ATTACH,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_CATEGORIES */
	"SELECT code, name, description FROM feedback_categories ORDER BY ord",
	/* SQL_AGENCIES: the choice of the form — ministries, provinces and their offices; a ward's
	 * People's Committee is chosen from its agency page, which links here with agency=. */
	"SELECT a.code, a.name, COALESCE(u.name, 'Trung ương') AS place FROM agencies a "
	"LEFT JOIN admin_units u ON u.code = a.unit_code "
	"WHERE a.agency_level <> 'commune' ORDER BY a.unit_code IS NOT NULL, u.name, a.agency_level, a.name",
	/* SQL_AGENCY */
	"SELECT id, name, agency_level = 'commune' FROM agencies WHERE code = ?",
	/* SQL_PROCEDURE: its competent agency is the one suggested. */
	"SELECT p.id, p.name, a.code FROM procedures p JOIN agencies a ON a.id = p.agency_id "
	"WHERE p.code = ?",
	/* SQL_DOSSIER: the submitter's own dossier only; its agency is the one suggested. */
	"SELECT d.id, p.name, COALESCE(a.code, '') FROM dossiers d JOIN procedures p ON p.id = d.procedure_id "
	"LEFT JOIN agencies a ON a.id = d.agency_id WHERE d.code = ? AND d.user_id = ? AND d.status <> 'draft'",
	/* SQL_ACCOUNT */
	"SELECT full_name, COALESCE(email, ''), COALESCE(phone, '') FROM users WHERE id = ?",
	/* SQL_BY_ADDRESS, SQL_BY_ACCOUNT: what the limits count (the form's; Open311 clients have
	 * limits of their own, per key and per address). */
	"SELECT COUNT(*) FROM feedback WHERE submit_ip = ? AND source = 'web' "
	"AND created_at > NOW() - INTERVAL 1 HOUR",
	"SELECT COUNT(*) FROM feedback WHERE user_id = ? AND created_at > NOW() - INTERVAL 1 DAY",
	/* SQL_KEPT: a file uploaded with a form that had to be corrected: named by its id and its
	 * SHA-256, which only the one who uploaded it knows. */
	"SELECT id, size FROM files WHERE id = ? AND sha256 = ?",
	/* SQL_ATTACH */
	"INSERT INTO feedback_files (feedback_id, role, file_id, filename) VALUES (?, 'submission', ?, ?)",
};

static const struct db_stmts submit_stmts = DB_STMTS("submit", sqls);

/* A file of the form: uploaded now, or kept from an earlier try of the same form. */
struct submit_file {
	struct filestore_upload  up;		/* when uploaded now */
	long long                file_id;	/* when stored (kept, or now) */
	char                     sha256[65];
	char                    *name;		/* owned */
	long long                size;
};

struct submit {
	struct submit_file  files[SUBMIT_FILES * 2];	/* kept ones, then this request's */
	int                 nfiles;
	long long           agency_id;
	long long           procedure_id;
	long long           dossier_id;
};

static void
submit_free(struct submit *s)
{
	int i;

	for (i = 0; i < s->nfiles; i++) {
		filestore_upload_free(&s->files[i].up);
		free(s->files[i].name);
	}
}

/* The lists the form offers. Returns 0 or -1. */
static int
submit_choices(struct req *req)
{
	if (db_query_to_hdf(req->app->db, &submit_stmts, SQL_CATEGORIES, DB_NOARGS, req->hdf,
	        "Categories") == -1 ||
	    db_query_to_hdf(req->app->db, &submit_stmts, SQL_AGENCIES, DB_NOARGS, req->hdf,
	        "Agencies") == -1)
		return -1;
	req_setf(req, "Limits.Title", "%d", FEEDBACK_TITLE_MAX);
	req_setf(req, "Limits.Content", "%d", FEEDBACK_CONTENT_MAX);
	req->template = "complain/new.cs";
	req->cache_private = 1;
	req_set(req, "Page.Title", "Gửi phản ánh, kiến nghị");
	return 0;
}

/* Looks up the procedure and dossier the form names (setting About.* and the suggested agency
 * when none is chosen). field_errors: say what is wrong with them. Returns 0, 1 when one is not
 * found (with field_errors, its error is set), -1 on a database error. */
static int
submit_about(struct req *req, struct submit *s, int field_errors)
{
	const char *procedure = req_form(req, "procedure"), *dossier = req_form(req, "dossier");
	struct db_result *res = NULL;
	int bad = 0;

	if (procedure && *procedure) {
		struct db_arg arg = DB_STR(procedure);

		if (db_query(req->app->db, &submit_stmts, SQL_PROCEDURE, DB_ARG(arg), &res) == -1)
			return -1;
		if (res->nrows == 1) {
			s->procedure_id = db_cell_ll(res, 0, 0, 0);
			req_set(req, "About.procedure", db_cell(res, 0, 1));
			if (req_form(req, "agency") == NULL || !*req_form(req, "agency"))
				req_set(req, "Form.agency", db_cell(res, 0, 2));
		} else if (field_errors) {
			req_field_error(req, "procedure", "Không có thủ tục nào mang mã này.");
			bad = 1;
		}
		db_result_free(res);
		res = NULL;
	}
	if (dossier && *dossier) {
		if (req->sess == NULL) {
			if (field_errors) {
				req_field_error(req, "dossier", "Vui lòng đăng nhập để gắn phản ánh với hồ sơ "
				    "của bạn, hoặc bỏ trống mục này.");
				bad = 1;
			}
		} else {
			struct db_arg args[] = { DB_STR(dossier), DB_INT(req->sess->user_id) };

			if (db_query(req->app->db, &submit_stmts, SQL_DOSSIER, DB_ARGS(args), &res) == -1)
				return -1;
			if (res->nrows == 1) {
				s->dossier_id = db_cell_ll(res, 0, 0, 0);
				req_set(req, "About.dossier", db_cell(res, 0, 1));
				if ((req_form(req, "agency") == NULL || !*req_form(req, "agency")) &&
				    *db_cell(res, 0, 2))
					req_set(req, "Form.agency", db_cell(res, 0, 2));
			} else if (field_errors) {
				req_field_error(req, "dossier", "Không tìm thấy hồ sơ này trong tài khoản "
				    "của bạn.");
				bad = 1;
			}
			db_result_free(res);
		}
	}
	return bad;
}

/* Fills the contact fields from the account, for a first showing of the form. Returns 0 or -1. */
static int
submit_contact(struct req *req)
{
	struct db_arg arg;
	struct db_result *res = NULL;

	if (req->sess == NULL)
		return 0;
	arg = DB_INT(req->sess->user_id);
	if (db_query(req->app->db, &submit_stmts, SQL_ACCOUNT, DB_ARG(arg), &res) == -1)
		return -1;
	if (res->nrows == 1) {
		req_set(req, "Form.name", db_cell(res, 0, 0));
		req_set(req, "Form.email", db_cell(res, 0, 1));
		req_set(req, "Form.phone", db_cell(res, 0, 2));
	}
	db_result_free(res);
	return 0;
}

/*
 * GET /feedback/new?procedure=&dossier=&agency= (anyone): the form; what it is about suggests the
 * agency concerned; a logged-in user's contact details are filled in. 200.
 */
int
complain_form(struct req *req)
{
	struct submit s;
	const char *agency = req_form(req, "agency");

	memset(&s, 0, sizeof(s));
	/* agency= comes from an agency's page; it only preselects, and is checked when sent. A
	 * ward's committee is not in the form's list: it is offered on its own. */
	if (agency && *agency) {
		struct db_arg arg = DB_STR(agency);
		struct db_result *res = NULL;

		if (db_query(req->app->db, &submit_stmts, SQL_AGENCY, DB_ARG(arg), &res) == -1)
			return req_db_failed(req);
		if (res->nrows == 1 && strcmp(db_cell(res, 0, 2), "1") == 0)
			req_set(req, "About.commune", db_cell(res, 0, 1));
		db_result_free(res);
	}
	if (submit_about(req, &s, 0) == -1 || submit_contact(req) == -1 || submit_choices(req) == -1)
		return req_db_failed(req);
	req_set(req, "Form.publish", "1");
	return 200;
}

/* A field's length in characters between min and max, or its error set: what (lower case, "tiêu
 * đề") names it in the message. Returns 1 if good. */
static int
submit_length(struct req *req, const char *name, const char *what, size_t min, size_t max)
{
	const char *v = req_form(req, name);
	size_t n = v ? utf8_length(v, strlen(v)) : 0;
	struct buf msg = BUF_INIT;

	if (n == 0 && min > 0)
		buf_printf(&msg, "Vui lòng nhập %s.", what);
	else if (n < min || n > max)
		buf_printf(&msg, "Độ dài của %s phải từ %zu đến %zu ký tự (hiện có %zu).", what, min,
		    max, n);
	else
		return 1;
	req_field_error(req, name, buf_str(&msg));
	buf_free(&msg);
	return 0;
}

/* The files kept from an earlier try ("id:sha256 id:sha256"). Returns 0 or -1. */
static int
submit_kept(struct req *req, struct submit *s)
{
	const char *kept = req_form(req, "kept"), *p;

	for (p = kept; p && *p && s->nfiles < SUBMIT_FILES; ) {
		char hash[65] = "", name[256] = "";
		long long id = 0;
		int used = 0;

		if (sscanf(p, "%lld:%64[0-9a-f]:%255[^ ]%n", &id, hash, name, &used) != 3 || used == 0)
			break;
		p += used;
		while (*p == ' ')
			p++;
		{
			struct db_arg args[] = { DB_INT(id), DB_STR(hash) };
			struct db_result *res = NULL;
			struct buf decoded = BUF_INIT;
			int cut = 0;

			if (db_query(req->app->db, &submit_stmts, SQL_KEPT, DB_ARGS(args), &res) == -1)
				return -1;
			if (res->nrows == 1) {
				struct submit_file *f = &s->files[s->nfiles++];
				/* The name travels percent-encoded in the hidden field. */
				if (url_form_decode(name, strlen(name), &decoded) == -1 || decoded.len == 0)
					buf_puts(&decoded, "tep-dinh-kem");
				f->file_id = id;
				f->size = db_cell_ll(res, 0, 1, 0);
				f->name = buf_detach(&decoded);
				/* sscanf took at most 64 digits, so this fits; a cut hash would not. */
				cut = str_copy(f->sha256, sizeof(f->sha256), hash) == -1;
			}
			buf_free(&decoded);
			db_result_free(res);
			if (cut)
				return -1;
		}
	}
	return 0;
}

/* Reads this request's files; a refused one is named with its reason. Returns the number of
 * refused files, or -1 on a read error. */
static int
submit_uploads(struct req *req, struct submit *s)
{
	long long total = 0;
	int i, refused = 0;

	for (i = 0; i < s->nfiles; i++)
		total += s->files[i].size;
	for (i = 0; i < SUBMIT_FILES; i++) {
		struct submit_file *f = &s->files[s->nfiles];
		int rc = filestore_read(req, file_inputs[i], &f->up);
		char name[48];

		if (rc == -1)
			return -1;
		if (rc == 0) {
			filestore_upload_free(&f->up);
			continue;
		}
		if (f->up.error == NULL && s->nfiles >= SUBMIT_FILES)
			f->up.error = "Mỗi phản ánh có tối đa 3 tệp đính kèm.";
		if (f->up.error == NULL && total + (long long)f->up.size > FILESTORE_MAX_DOSSIER)
			f->up.error = "Vượt quá tổng dung lượng 20 MB các tệp đính kèm.";
		if (f->up.error) {
			hdf_name_index(name, sizeof(name), "Refused.", (size_t)refused++, ".name");
			req_set(req, name, f->up.filename ? f->up.filename : file_inputs[i]);
			hdf_name_index(name, sizeof(name), "Refused.", (size_t)refused - 1, ".error");
			req_set(req, name, f->up.error);
			filestore_upload_free(&f->up);
			continue;
		}
		total += (long long)f->up.size;
		f->name = xstrdup(f->up.filename);
		f->size = (long long)f->up.size;
		s->nfiles++;
	}
	return refused;
}

/* Stores this request's files (in a transaction) so that a form shown again keeps them; sets
 * Kept.* and Form.kept. Returns 0 or -1. */
static int
submit_keep(struct req *req, struct submit *s)
{
	struct buf kept = BUF_INIT;
	char name[48];
	int i, rc = 0;

	for (i = 0; i < s->nfiles && rc == 0; i++) {
		struct submit_file *f = &s->files[i];

		if (f->file_id == 0)
			rc = filestore_put(req->app->db, &f->up, &f->file_id);
		if (rc == 0 && f->sha256[0] == '\0') {
			char hex[65];

			if (crypto_sha256_hex(f->up.data, f->up.size, hex) == -1)
				rc = -1;
			else
				rc = str_copy(f->sha256, sizeof(f->sha256), hex);
		}
		if (rc == 0) {
			buf_printf(&kept, "%s%lld:%s:", kept.len ? " " : "", f->file_id, f->sha256);
			url_encode(f->name, &kept);
			hdf_name_index(name, sizeof(name), "Kept.", (size_t)i, ".name");
			req_set(req, name, f->name);
		}
	}
	if (rc == 0)
		req_set(req, "Form.kept", buf_str(&kept));
	buf_free(&kept);
	return rc;
}

/* 1 when the address or the account has sent as much as it may for now (the limits are
 * Limits.Feedback.PerHour per address and PerDay per account); -1 on a database error. */
static int
submit_limited(struct req *req)
{
	struct db_result *res = NULL;
	struct db_arg arg = DB_STR(req_param(req, "REMOTE_ADDR") ? req_param(req, "REMOTE_ADDR") : "");
	long long n;

	if (db_query(req->app->db, &submit_stmts, SQL_BY_ADDRESS, DB_ARG(arg), &res) == -1)
		return -1;
	n = db_cell_ll(res, 0, 0, 0);
	db_result_free(res);
	if (n >= conf_int(req->app->conf, "Limits.Feedback.PerHour", 5))
		return 1;
	if (req->sess == NULL)
		return 0;
	arg = DB_INT(req->sess->user_id);
	if (db_query(req->app->db, &submit_stmts, SQL_BY_ACCOUNT, DB_ARG(arg), &res) == -1)
		return -1;
	n = db_cell_ll(res, 0, 0, 0);
	db_result_free(res);
	return n >= conf_int(req->app->conf, "Limits.Feedback.PerDay", 20) ? 1 : 0;
}

/* Checks every field; each problem is set on its field. Returns the number of problems, or -1 on
 * a database error. */
static int
submit_check(struct req *req, struct submit *s)
{
	const char *agency = req_form(req, "agency"), *email = req_form(req, "email");
	const char *phone = req_form(req, "phone"), *c;
	int bad = 0, about;

	if (req_form(req, "category") == NULL) {
		req_field_error(req, "category", "Vui lòng chọn loại phản ánh, kiến nghị.");
		bad++;
	}
	if ((about = submit_about(req, s, 1)) == -1)
		return -1;
	bad += about;
	agency = req_form(req, "agency");	/* the suggested one, if none was chosen */
	if (agency == NULL || *agency == '\0') {
		req_field_error(req, "agency", "Vui lòng chọn cơ quan có liên quan.");
		bad++;
	} else {
		struct db_arg arg = DB_STR(agency);
		struct db_result *res = NULL;

		if (db_query(req->app->db, &submit_stmts, SQL_AGENCY, DB_ARG(arg), &res) == -1)
			return -1;
		if (res->nrows == 1) {
			s->agency_id = db_cell_ll(res, 0, 0, 0);
			req_set(req, "About.agency", db_cell(res, 0, 1));
			if (strcmp(db_cell(res, 0, 2), "1") == 0)
				req_set(req, "About.commune", db_cell(res, 0, 1));
		} else {
			req_field_error(req, "agency", "Không có cơ quan nào mang mã này.");
			bad++;
		}
		db_result_free(res);
	}
	bad += !submit_length(req, "title", "tiêu đề", 5, FEEDBACK_TITLE_MAX);
	bad += !submit_length(req, "content", "nội dung", 20, FEEDBACK_CONTENT_MAX);
	if (email && *email && !mail_address_ok(email)) {
		req_field_error(req, "email", "Địa chỉ thư điện tử không đúng dạng, ví dụ ten@example.vn.");
		bad++;
	}
	for (c = phone; c && *c; c++)
		if (!((*c >= '0' && *c <= '9') || *c == ' ' || *c == '+' || *c == '.')) {
			req_field_error(req, "phone", "Số điện thoại chỉ gồm chữ số, ví dụ 0912 345 678.");
			bad++;
			break;
		}
	return bad;
}

/* The submission, in one transaction: files, the row, its event and mail. Returns 0 or -1. */
static int
submit_store(struct req *req, struct submit *s, struct feedback_made *made)
{
	struct db *db = req->app->db;
	struct feedback_new f = {
		.user_id = req->sess ? req->sess->user_id : 0,
		.category = req_form(req, "category"),
		.agency_id = s->agency_id,
		.procedure_id = s->procedure_id,
		.dossier_id = s->dossier_id,
		.title = req_form(req, "title"),
		.content = req_form(req, "content"),
		.contact_name = req_form(req, "name") ? req_form(req, "name") : "",
		.contact_email = req_form(req, "email") ? req_form(req, "email") : "",
		.contact_phone = req_form(req, "phone") ? req_form(req, "phone") : "",
		.publish_ok = req_form(req, "publish") != NULL,
		.source = "web",
		.submit_ip = req_param(req, "REMOTE_ADDR"),
		.base_url = conf_str(req->app->conf, "Site.BaseURL", ""),
		.templates = req->app->templates,
	};
	int i;

	if (db_begin(db) == -1)
		return -1;
	for (i = 0; i < s->nfiles; i++)
		if (s->files[i].file_id == 0 && filestore_put(db, &s->files[i].up, &s->files[i].file_id) == -1)
			goto fail;
	if (feedback_create(db, &f, made) == -1)
		goto fail;
	for (i = 0; i < s->nfiles; i++) {
		struct db_arg args[] = { DB_INT(made->id), DB_INT(s->files[i].file_id),
		    DB_STR(s->files[i].name) };

		if (db_exec(db, &submit_stmts, SQL_ATTACH, DB_ARGS(args), NULL, NULL) == -1)
			goto fail;
	}
	if (db_commit(db) == -1)
		goto fail;
	return 0;
fail:
	db_rollback(db);
	return -1;
}

/*
 * POST /feedback/new (anyone; multipart with up to three files file1..file3): 303 to the new
 * submission's page (with its secret link for an anonymous submitter); 422 with the form, every
 * problem named and everything typed and uploaded kept; 429 past the limits; 500/503.
 */
int
complain_submit(struct req *req)
{
	struct feedback_made made;
	struct submit s;
	int bad, refused, limited, rc;

	memset(&s, 0, sizeof(s));
	if ((limited = submit_limited(req)) == -1)
		return req_db_failed(req);
	if (limited) {
		req_header(req, "Retry-After", "3600");
		req_error(req, "Bạn đã gửi nhiều phản ánh, kiến nghị trong thời gian ngắn. Vui lòng thử "
		    "lại sau một giờ; nếu việc gấp, hãy liên hệ trực tiếp cơ quan có liên quan.");
		return 429;
	}
	if (submit_kept(req, &s) == -1 || (bad = submit_check(req, &s)) == -1 ||
	    (refused = submit_uploads(req, &s)) == -1) {
		submit_free(&s);
		return req_db_failed(req);
	}
	if (bad || refused) {
		/* Shown again with what was typed, and the good files kept for the next try. */
		rc = 422;
		if (db_begin(req->app->db) == -1 || submit_keep(req, &s) == -1 ||
		    db_commit(req->app->db) == -1) {
			db_rollback(req->app->db);
			rc = req_db_failed(req);
		} else if (submit_choices(req) == -1) {
			rc = req_db_failed(req);
		}
		if (refused && !bad)
			req_set(req, "Form.Invalid", "1");
		submit_free(&s);
		return rc;
	}
	if (submit_store(req, &s, &made) == -1) {
		submit_free(&s);
		return req_db_failed(req);
	}
	submit_free(&s);
	log_info("feedback %s received", made.code);
	if (made.token[0])
		return req_redirect(req, 303, "/feedback/%s?key=%s&sent=1", made.code, made.token);
	return req_redirect(req, 303, "/feedback/%s?sent=1", made.code);
}
