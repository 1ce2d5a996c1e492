/* submit: filing a dossier online — the form built from the procedure, drafts kept on the server
 * at every step, uploads, and the submission that gives the dossier its national code. */
#ifndef CONG_SUBMIT_H
#define CONG_SUBMIT_H

#include "req.h"

struct db_result;

int submit_start_form(struct req *req);
int submit_start(struct req *req);
int submit_draft_form(struct req *req);
int submit_draft_save(struct req *req);
int submit_draft_delete(struct req *req);

/* The user's draft path_args[0] (id, procedure_id, case_id, province_code, version), locked FOR
 * UPDATE when lock (in a transaction). Returns the row, NULL when it is not the user's draft (the
 * page answers 404), or NULL with *failed set on a database error. */
struct db_result *submit_load_draft(struct req *req, int lock, int *failed);

/* The procedure's typed fields (values.c). */

/* Copies the fields, with the draft's values, into Fields.N.{name,label,kind,required,choices,
 * hint,value,...} for the form, and the wards of any chosen province. Returns 0 or -1. */
int submit_fields_load(struct req *req, long long dossier_id, long long procedure_id);
/* Saves what the request holds for each field (f_<name>), checking its form when not empty;
 * with complete, also that every required field has a value. Problems go to Errors.f_<name>.
 * In the caller's transaction. Returns the number of problems, or -1 on a database error. */
int submit_fields_save(struct req *req, long long dossier_id, long long procedure_id, int complete);

/* Documents and files (documents.c). */

/* Copies the case's documents, the files given for each, and the user's files of earlier dossiers
 * that may be used again, into Documents.N.* for the form. Returns 0 or -1. */
int submit_documents_load(struct req *req, long long dossier_id, long long case_id);
/* Takes off the draft the files ticked for removal (remove_<dossier_files.id>), then stores each
 * upload (doc_<id>) and reused file (reuse_<id>); a file that cannot be taken is named in
 * Uploads.Errors and the others are kept. In the caller's transaction. Returns the number of
 * files refused, or -1 on a database error. */
int submit_documents_save(struct req *req, long long dossier_id, long long case_id);
/* Names every required document without a file in Errors.doc_<id>. Returns how many, or -1. */
int submit_documents_check(struct req *req, long long dossier_id, long long case_id);

/* The submission itself (finish.c): routing, code, due date, timeline, mail. Called in the
 * transaction that holds the draft's row lock (the one that checked it complete), which it
 * commits, or rolls back on any failure. Returns the status for the handler (303 to the
 * dossier's page, 409 for a procedure no agency receives, or an error). */
int submit_finish(struct req *req, long long dossier_id);

#endif
