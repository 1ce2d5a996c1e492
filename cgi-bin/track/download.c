/* track: one file of the applicant's dossier, as it was uploaded, to be saved. */
#include "track.h"

#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "db.h"
#include "sess.h"

enum {
	SQL_FILE,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_FILE: the file, only through a dossier of the user that is not a draft. */
	"SELECT df.filename, f.mime, f.content "
	"FROM dossier_files df JOIN dossiers d ON d.id = df.dossier_id "
	"JOIN files f ON f.id = df.file_id "
	"WHERE df.id = ? AND d.code = ? AND d.user_id = ? AND d.status <> 'draft'",
};

static const struct db_stmts download_stmts = DB_STMTS("download", sqls);

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

	if (id[strspn(id, "0123456789")] != '\0' || strlen(id) > 18)
		return track_not_found(req);
	{
		struct db_arg args[] = { DB_INT(strtoll(id, NULL, 10)), DB_STR(req->path_args[0]),
		    DB_INT(req->sess->user_id) };

		if (db_query(req->app->db, &download_stmts, SQL_FILE, DB_ARGS(args), &res) == -1)
			return req_db_failed(req);
	}
	if (res->nrows != 1) {
		db_result_free(res);
		return track_not_found(req);
	}
	req_send_file(req, db_cell(res, 0, 0), db_cell(res, 0, 1), db_cell(res, 0, 2),
	    db_cell_len(res, 0, 2));
	db_result_free(res);
	return 200;
}
