/* submit.fcgi: the page table of filing a dossier online. */
#include "config.h"

#include "app.h"
#include "submit.h"

static const char *const actions[] = { "save", "submit", NULL };

static const struct field_rule start_fields[] = {
	FIELD_RULE("case",     "Trường hợp",     FIELD_UINT, 1, 2000000000, NULL),
	FIELD_RULE("province", "Tỉnh, thành phố", FIELD_CODE, 0, 10,        NULL),
	FIELD_END
};

/* The fields and files of a draft are named by the procedure (f_<name>, doc_<id>, reuse_<id>):
 * submit_fields_save and submit_documents_save check each of them by its declared kind. */
static const char *const yes[] = { "1", NULL };

static const struct field_rule draft_view_fields[] = {
	FIELD_RULE("saved", "Thông báo", FIELD_ENUM, 0, 0, yes),
	FIELD_END
};

/* A draft's own fields and files are named by the procedure: f_<name> (an address has three
 * parts: f_<name>_province, _ward, _street), doc_<document id> (a file), reuse_<document id> (a
 * file of an earlier dossier), remove_<file id>. The table bounds their shape; what each field
 * of the procedure must hold is checked by submit_fields_save against the procedure's own
 * declaration, so that the message names the procedure's label. */
static const struct field_rule draft_fields[] = {
	FIELD_RULE("action",  "Thao tác",     FIELD_ENUM, 0, 0, actions),
	FIELD_RULE("f_",      "Trường",       FIELD_PARAGRAPH, 0, 20000, NULL,
	    .flags = FIELD_PREFIX | FIELD_KEEP_EMPTY),
	FIELD_RULE("doc_",    "Tệp",          FIELD_TEXT, 0, 1000, NULL, .flags = FIELD_PREFIX),
	FIELD_RULE("reuse_",  "Tệp đã nộp",   FIELD_UINT, 1, 9999999999L, NULL,
	    .flags = FIELD_PREFIX),
	FIELD_RULE("remove_", "Bỏ tệp",       FIELD_ENUM, 0, 0, yes, .flags = FIELD_PREFIX),
	FIELD_END
};

static const struct page submit_pages[] = {
	{ REQ_GET,  "/submit/{code}",      submit_start_form,   start_fields, PAGE_LOGIN, NULL },
	{ REQ_POST, "/submit/{code}",      submit_start,        start_fields, PAGE_LOGIN, NULL },
	{ REQ_GET,  "/drafts/{id}",        submit_draft_form,   draft_view_fields, PAGE_LOGIN, NULL },
	{ REQ_POST, "/drafts/{id}",        submit_draft_save,   draft_fields, PAGE_LOGIN, NULL },
	{ REQ_POST, "/drafts/{id}/delete", submit_draft_delete, NULL,         PAGE_LOGIN, NULL },
};

static const struct family submit_family = {
	.name = "submit",
	FAMILY_PAGES(submit_pages),
};

int
main(int argc, char **argv)
{
	return app_main(argc, argv, &submit_family);
}
