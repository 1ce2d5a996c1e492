/* submit: the documents of the chosen case — only those are asked for — with the files given for
 * each, uploaded now or reused from the applicant's earlier dossiers. */
#include "submit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "db.h"
#include "filestore.h"
#include "fmt.h"
#include "sess.h"

enum {
	SQL_DOCUMENTS,
	SQL_FILES,
	SQL_REUSABLE,
	SQL_REUSE_OK,
	SQL_ADD,
	SQL_TOTAL,
	SQL_GIVEN,
	SQL_REMOVE,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_DOCUMENTS: what the case asks for. */
	"SELECT id, name, form_name, required, originals, copies FROM procedure_documents "
	"WHERE case_id = ? ORDER BY ord",
	/* SQL_FILES: the files given on the draft. */
	"SELECT df.id, df.document_id, df.filename, ROUND(f.size / 1024) AS kb, f.mime, df.file_id "
	"FROM dossier_files df JOIN files f ON f.id = df.file_id "
	"WHERE df.dossier_id = ? AND df.role = 'document' ORDER BY df.id",
	/* SQL_REUSABLE: files of the user's earlier dossiers, by the name of the document they were. */
	"SELECT df.file_id, df.filename, pd.name, DATE_FORMAT(df.created_at, '%d/%m/%Y') AS given "
	"FROM dossier_files df JOIN dossiers d ON d.id = df.dossier_id "
	"JOIN procedure_documents pd ON pd.id = df.document_id "
	"WHERE d.user_id = ? AND d.id <> ? AND d.status <> 'draft' AND df.role = 'document' "
	"ORDER BY df.id DESC LIMIT 200",
	/* SQL_REUSE_OK: a file is reused only by the user who gave it. */
	"SELECT df.filename, f.size FROM dossier_files df JOIN dossiers d ON d.id = df.dossier_id "
	"JOIN files f ON f.id = df.file_id WHERE df.file_id = ? AND d.user_id = ? LIMIT 1",
	/* SQL_ADD */
	"INSERT INTO dossier_files (dossier_id, document_id, role, file_id, filename) "
	"VALUES (?, ?, 'document', ?, ?)",
	/* SQL_TOTAL: bytes of the dossier's files, for its limit. */
	"SELECT COALESCE(SUM(f.size), 0) FROM dossier_files df JOIN files f ON f.id = df.file_id "
	"WHERE df.dossier_id = ?",
	/* SQL_GIVEN: documents that have at least one file. */
	"SELECT DISTINCT document_id FROM dossier_files WHERE dossier_id = ? AND role = 'document'",
	/* SQL_REMOVE: one file off the draft. */
	"DELETE FROM dossier_files WHERE id = ? AND dossier_id = ? AND role = 'document'",
};

static const struct db_stmts documents_stmts = DB_STMTS("documents", sqls);

int
submit_documents_load(struct req *req, long long dossier_id, long long case_id)
{
	struct db_result *docs = NULL, *files = NULL, *reuse = NULL;
	struct db_arg cid = DB_INT(case_id), did = DB_INT(dossier_id);
	struct db_arg rargs[] = { DB_INT(req->sess->user_id), DB_INT(dossier_id) };
	char node[64];
	size_t d, i, n;
	int rc = -1;

	if (db_query(req->app->db, &documents_stmts, SQL_DOCUMENTS, DB_ARG(cid), &docs) == -1 ||
	    db_query(req->app->db, &documents_stmts, SQL_FILES, DB_ARG(did), &files) == -1 ||
	    db_query(req->app->db, &documents_stmts, SQL_REUSABLE, DB_ARGS(rargs), &reuse) == -1)
		goto out;
	db_result_to_hdf(docs, req->hdf, "Documents");
	for (d = 0; d < docs->nrows; d++) {
		HDF *doc;

		hdf_name_index(node, sizeof(node), "Documents.", d, "");
		if ((doc = req_node(req, node)) == NULL)
			goto out;
		for (i = 0, n = 0; i < files->nrows; i++) {
			if (strcmp(db_cell(files, i, 1), db_cell(docs, d, 0)) != 0)
				continue;
			hdf_name_index(node, sizeof(node), "Files.", n++, "");
			db_row_to_hdf(files, i, doc, node);
		}
		for (i = 0, n = 0; i < reuse->nrows && n < 10; i++) {
			if (strcmp(db_cell(reuse, i, 2), db_cell(docs, d, 1)) != 0)
				continue;
			hdf_name_index(node, sizeof(node), "Reuse.", n++, "");
			db_row_to_hdf(reuse, i, doc, node);
		}
	}
	rc = 0;
out:
	db_result_free(docs);
	db_result_free(files);
	db_result_free(reuse);
	return rc;
}

/* Names a refused file with why, for the page. */
static void
documents_refuse(struct req *req, const char *filename, const char *why)
{
	char node[64];
	HDF *errors = hdf_get_obj(req->hdf, "Uploads.Errors");
	size_t n = 0;

	for (errors = errors ? hdf_obj_child(errors) : NULL; errors; errors = hdf_obj_next(errors))
		n++;
	hdf_name_index(node, sizeof(node), "Uploads.Errors.", n, "");
	req_setf(req, node, "%s: %s", filename, why);
	req_set(req, "Form.Invalid", "1");
}

/* Links a stored file to the draft's document. Returns 0 or -1. */
static int
documents_add(struct req *req, long long dossier_id, const char *document_id, long long file_id,
    const char *filename)
{
	struct db_arg args[] = { DB_INT(dossier_id), DB_INT(atoll(document_id)), DB_INT(file_id),
	    DB_STR(filename) };

	return db_exec(req->app->db, &documents_stmts, SQL_ADD, DB_ARGS(args), NULL, NULL);
}

/* Takes off the files ticked remove_<id>. Returns 0 or -1. */
static int
documents_remove(struct req *req, long long dossier_id)
{
	struct db_arg did = DB_INT(dossier_id);
	struct db_result *files = NULL;
	char name[64];
	size_t i;
	int rc = -1;

	if (db_query(req->app->db, &documents_stmts, SQL_FILES, DB_ARG(did), &files) == -1)
		return -1;
	for (i = 0; i < files->nrows; i++) {
		long long id = db_cell_ll(files, i, 0, 0), file_id = db_cell_ll(files, i, 5, 0);
		struct db_arg rm[] = { DB_INT(id), DB_INT(dossier_id) };

		if (fmt_into(name, sizeof(name), "remove_%lld", id) == -1)
			goto out;
		if (req_form(req, name) == NULL)
			continue;
		if (db_exec(req->app->db, &documents_stmts, SQL_REMOVE, DB_ARGS(rm), NULL, NULL) == -1 ||
		    filestore_prune(req->app->db, file_id) == -1)
			goto out;
	}
	rc = 0;
out:
	db_result_free(files);
	return rc;
}

int
submit_documents_save(struct req *req, long long dossier_id, long long case_id)
{
	struct db_result *docs = NULL, *res = NULL;
	struct db_arg cid = DB_INT(case_id), did = DB_INT(dossier_id);
	long long total, file_id;
	int refused = 0, rc = -1;
	char name[64];
	size_t d;

	if (documents_remove(req, dossier_id) == -1 ||
	    db_query(req->app->db, &documents_stmts, SQL_DOCUMENTS, DB_ARG(cid), &docs) == -1 ||
	    db_query(req->app->db, &documents_stmts, SQL_TOTAL, DB_ARG(did), &res) == -1)
		goto out;
	total = db_cell_ll(res, 0, 0, 0);
	db_result_free(res);
	res = NULL;
	for (d = 0; d < docs->nrows; d++) {
		const char *doc_id = db_cell(docs, d, 0);
		long long reuse;
		struct filestore_upload up;
		int got;

		if (fmt_into(name, sizeof(name), "doc_%s", doc_id) == -1)
			goto out;
		if ((got = filestore_read(req, name, &up)) == -1)
			goto out;
		if (got == 1) {
			if (up.error == NULL && total + (long long)up.size > FILESTORE_MAX_DOSSIER)
				up.error = "Tổng dung lượng các tệp của hồ sơ vượt quá 20 MB.";
			if (up.error) {
				documents_refuse(req, up.filename, up.error);
				refused++;
			} else if (filestore_put(req->app->db, &up, &file_id) == -1 ||
			    documents_add(req, dossier_id, doc_id, file_id, up.filename) == -1) {
				filestore_upload_free(&up);
				goto out;
			} else {
				total += (long long)up.size;
			}
			filestore_upload_free(&up);
		}
		/* A file of an earlier dossier, chosen again: only one of the user's own. */
		if (fmt_into(name, sizeof(name), "reuse_%s", doc_id) == -1)
			goto out;
		if ((reuse = req_form_ll(req, name, 0)) > 0) {
			struct db_arg args[] = { DB_INT(reuse), DB_INT(req->sess->user_id) };

			if (db_query(req->app->db, &documents_stmts, SQL_REUSE_OK, DB_ARGS(args), &res) == -1)
				goto out;
			if (res->nrows == 1 && documents_add(req, dossier_id, doc_id, reuse,
			    db_cell(res, 0, 0)) == -1)
				goto out;
			db_result_free(res);
			res = NULL;
		}
	}
	rc = refused;
out:
	db_result_free(docs);
	db_result_free(res);
	return rc;
}

int
submit_documents_check(struct req *req, long long dossier_id, long long case_id)
{
	struct db_result *docs = NULL, *given = NULL;
	struct db_arg cid = DB_INT(case_id), did = DB_INT(dossier_id);
	struct buf message = BUF_INIT;	/* grown: a document's name has no short limit */
	int missing = 0;
	size_t d, g;

	if (db_query(req->app->db, &documents_stmts, SQL_DOCUMENTS, DB_ARG(cid), &docs) == -1 ||
	    db_query(req->app->db, &documents_stmts, SQL_GIVEN, DB_ARG(did), &given) == -1) {
		db_result_free(docs);
		return -1;
	}
	for (d = 0; d < docs->nrows; d++) {
		int found = 0;
		char node[64];

		if (!db_cell_ll(docs, d, 3, 0))
			continue;
		for (g = 0; g < given->nrows && !found; g++)
			found = strcmp(db_cell(given, g, 0), db_cell(docs, d, 0)) == 0;
		if (found)
			continue;
		/* The id is a number: a cut node would name another document's field. */
		if (fmt_into(node, sizeof(node), "doc_%s", db_cell(docs, d, 0)) == -1) {
			missing = -1;
			break;
		}
		buf_reset(&message);
		buf_printf(&message, "Chưa có tệp: %s", db_cell(docs, d, 1));
		req_field_error(req, node, buf_str(&message));
		missing++;
	}
	buf_free(&message);
	db_result_free(docs);
	db_result_free(given);
	return missing;
}
