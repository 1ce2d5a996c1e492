/* filestore: uploaded files, checked by content and kept once per SHA-256 in the files table,
 * inside the caller's transaction (so a file and the dossier row that names it commit together,
 * and a rolled-back upload leaves nothing behind). */
#ifndef CONG_FILESTORE_H
#define CONG_FILESTORE_H

#include <stddef.h>

struct db;
struct req;

/* Limits stated on the pages: bytes of one file, and of all the files of one dossier. */
#define FILESTORE_MAX_FILE    (5L * 1024 * 1024)
#define FILESTORE_MAX_DOSSIER (20L * 1024 * 1024)

/* An upload of a request: what the browser sent in the multipart field name. */
struct filestore_upload {
	char          *filename;	/* as the browser named it, cleaned; owned */
	unsigned char *data;		/* owned */
	size_t         size;
	const char    *mime;		/* by content: PDF, JPEG, PNG; NULL if none of them */
	const char    *error;		/* why it cannot be taken, in Vietnamese; NULL if it can */
};

/* Reads the upload of field name into up (at most FILESTORE_MAX_FILE + 1 bytes are read). Returns
 * 1 with up filled (up->error says whether it can be stored), 0 when the field has no file, -1 on
 * a read error. Free with filestore_upload_free. */
int filestore_read(struct req *req, const char *name, struct filestore_upload *up);
void filestore_upload_free(struct filestore_upload *up);

/* Stores the bytes (once per SHA-256) and writes the files.id to *file_id. In a transaction.
 * Returns 0 or -1. */
int filestore_put(struct db *db, const struct filestore_upload *up, long long *file_id);

/* Removes the stored bytes of file_id when no dossier names them any more (a file unticked or a
 * draft deleted). In a transaction. Returns 0 or -1. */
int filestore_prune(struct db *db, long long file_id);

#endif
