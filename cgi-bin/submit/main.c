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
static const struct field_rule draft_fields[] = {
	FIELD_RULE("action", "Thao tác", FIELD_ENUM, 0, 0, actions),
	FIELD_END
};

static const struct page submit_pages[] = {
	{ REQ_GET,  "/submit/{code}",      submit_start_form,   start_fields, PAGE_LOGIN, NULL },
	{ REQ_POST, "/submit/{code}",      submit_start,        start_fields, PAGE_LOGIN, NULL },
	{ REQ_GET,  "/drafts/{id}",        submit_draft_form,   NULL,         PAGE_LOGIN, NULL },
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
