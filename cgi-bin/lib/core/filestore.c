/* filestore: uploads read from ClearSilver's cgi kit, and the content-addressed files table. */
#include "filestore.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "crypto.h"
#include "db.h"
#include "filetype.h"
#include "fmt.h"
#include "req.h"
#include "utf8.h"

enum {
	SQL_PUT,
	SQL_PRUNE,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_PUT: a file already there is not stored twice; its id comes back either way. */
	"INSERT INTO files (sha256, size, mime, content) VALUES (?, ?, ?, ?) "
	"ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id)",
	/* SQL_PRUNE */
	"DELETE FROM files WHERE id = ? AND NOT EXISTS (SELECT 1 FROM dossier_files WHERE file_id = ?) "
	"AND NOT EXISTS (SELECT 1 FROM feedback_files WHERE file_id = ?)",
};

static const struct db_stmts filestore_stmts = DB_STMTS("filestore", sqls);

/* The browser's name for the file, without any directory part, cleaned, at most 200 letters. */
static char *
filestore_name(const char *raw)
{
	struct buf out = BUF_INIT;
	const char *base = raw ? raw : "";
	const char *slash = strrchr(base, '/'), *bslash = strrchr(base, '\\');

	if (slash && (!bslash || slash > bslash))
		base = slash + 1;
	else if (bslash)
		base = bslash + 1;
	utf8_clean(base, strlen(base), 200, 0, &out);
	if (out.len == 0)
		buf_puts(&out, "tep-tai-len");
	return buf_detach(&out);
}

int
filestore_read(struct req *req, const char *name, struct filestore_upload *up)
{
	char node[96];
	FILE *fp;
	size_t cap = 64 * 1024, n;

	memset(up, 0, sizeof(*up));
	if ((fp = cgi_filehandle(req->cgi, name)) == NULL)
		return 0;
	if (fmt_into(node, sizeof(node), "Query.%s", name) == -1)
		return -1;
	up->filename = filestore_name(hdf_get_value(req->hdf, node, ""));
	rewind(fp);
	up->data = xmalloc(cap);
	while ((n = fread(up->data + up->size, 1, cap - up->size, fp)) > 0) {
		up->size += n;
		if (up->size > (size_t)FILESTORE_MAX_FILE)
			break;
		if (up->size == cap)
			up->data = xrealloc(up->data, cap *= 2);
	}
	if (ferror(fp)) {
		filestore_upload_free(up);
		return -1;
	}
	if (up->size == 0) {
		/* An empty file input: the browser sends a part with no name and no bytes. */
		if (strcmp(up->filename, "tep-tai-len") == 0) {
			filestore_upload_free(up);
			return 0;
		}
		up->error = "Tệp rỗng.";
	} else if (up->size > (size_t)FILESTORE_MAX_FILE) {
		up->error = "Tệp lớn hơn 5 MB.";
	} else if ((up->mime = filetype_sniff(up->data, up->size)) == NULL) {
		up->error = "Không phải tệp PDF, JPEG hay PNG (hoặc tệp bị hỏng, tải lên chưa hết).";
	}
	return 1;
}

void
filestore_upload_free(struct filestore_upload *up)
{
	free(up->filename);
	free(up->data);
	memset(up, 0, sizeof(*up));
}

int
filestore_prune(struct db *db, long long file_id)
{
	struct db_arg args[] = { DB_INT(file_id), DB_INT(file_id), DB_INT(file_id) };

	return db_exec(db, &filestore_stmts, SQL_PRUNE, DB_ARGS(args), NULL, NULL);
}

int
filestore_put(struct db *db, const struct filestore_upload *up, long long *file_id)
{
	char hash[CRYPTO_SHA256_HEX_SIZE];
	unsigned long long id = 0;

	if (up->error || crypto_sha256_hex(up->data, up->size, hash) == -1)
		return -1;
	{
		struct db_arg args[] = { DB_STR(hash), DB_INT(up->size), DB_STR(up->mime),
		    DB_BLOB(up->data, up->size) };

		if (db_exec(db, &filestore_stmts, SQL_PUT, DB_ARGS(args), NULL, &id) == -1)
			return -1;
	}
	*file_id = (long long)id;
	return 0;
}
