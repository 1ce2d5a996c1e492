/* track: one file of the applicant's dossier, as it was uploaded, to be saved. */
#include "track.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "db.h"
#include "fold.h"
#include "sess.h"
#include "url.h"
#include "utf8.h"

enum {
	SQL_FILE,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_FILE: the file, only through a dossier of the user that is not a draft. The length
	 * says how many bytes the cell holds: content has NULs, so it is not read up to one. */
	"SELECT df.filename, f.mime, LENGTH(f.content), f.content "
	"FROM dossier_files df JOIN dossiers d ON d.id = df.dossier_id "
	"JOIN files f ON f.id = df.file_id "
	"WHERE df.id = ? AND d.code = ? AND d.user_id = ? AND d.status <> 'draft'",
};

static const struct db_stmts download_stmts = DB_STMTS("download", sqls);

/* The Content-Disposition of a file named name (UTF-8): a plain ASCII filename="..." for old
 * clients (marks folded away, "đ" as "d", anything else that is not printable ASCII, and the
 * quote, backslash and percent sign that some clients read, as '_'), then RFC 5987's filename*
 * with the exact name percent-encoded. */
static void
download_disposition(const char *name, struct buf *out)
{
	size_t n = strlen(name), i = 0, used;
	uint32_t cp;

	buf_puts(out, "attachment; filename=\"");
	while (i < n) {
		if ((used = utf8_decode(name + i, n - i, &cp)) == 0) {
			used = 1;
			cp = '_';
		}
		i += used;
		if (cp >= 0x80)
			cp = fold_char(cp);
		if (cp == 0)
			continue;	/* a combining mark */
		if (cp < 0x20 || cp >= 0x7F || cp == '"' || cp == '\\' || cp == '%')
			cp = '_';
		buf_putc(out, (char)cp);
	}
	buf_puts(out, "\"; filename*=UTF-8''");
	url_encode(name, out);
}

/*
 * GET /dossiers/{code}/files/{id} (login required): the bytes of the file, with its type and its
 * name, never cached. 200; 404 for a file that is not in one of the user's dossiers (the same
 * page as for an unknown dossier); 500/503.
 */
int
track_download(struct req *req)
{
	const char *id = req->path_args[1];
	struct db_result *res = NULL;
	struct buf disposition = BUF_INIT;
	size_t size;

	if (id[strspn(id, "0123456789")] != '\0' || strlen(id) > 18)
		return track_not_found(req);
	{
		struct db_arg args[] = { DB_INT(strtoll(id, NULL, 10)), DB_STR(req->path_args[0]),
		    DB_INT(req->sess->user_id) };

		if (db_query(req->app->db, &download_stmts, SQL_FILE, args, 3, &res) == -1)
			return req_db_failed(req);
	}
	if (res->nrows != 1) {
		db_result_free(res);
		return track_not_found(req);
	}
	size = (size_t)strtoull(db_cell(res, 0, 2), NULL, 10);
	buf_append(&req->body, db_cell(res, 0, 3), size);
	download_disposition(db_cell(res, 0, 0), &disposition);
	req_header(req, "Content-Disposition", buf_str(&disposition));
	buf_free(&disposition);
	req->cache_private = 1;
	req->template = NULL;
	/* One of the three types the files table allows (never what a browser claimed), as a
	 * literal: res is freed before the dispatcher writes the answer. */
	req->content_type = strcmp(db_cell(res, 0, 1), "application/pdf") == 0 ? "application/pdf"
	    : strcmp(db_cell(res, 0, 1), "image/png") == 0 ? "image/png" : "image/jpeg";
	db_result_free(res);
	return 200;
}
