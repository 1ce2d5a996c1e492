/* search.fcgi: the catalogue family's page table and entry point. */
#include "config.h"

#include <stdlib.h>

#include "app.h"
#include "buf.h"
#include "index.h"
#include "search.h"

static const char *const audiences[] = { "citizen", "business", NULL };
static const char *const levels[] = { "central", "province", "commune", NULL };
static const char *const online_levels[] = { "full", "partial", NULL };
static const char *const agency_levels[] = { "central", "branch", "province", "commune", NULL };

/* Filters and paging of /procedures. A bad filter value is a 400 that names it; a bad query never
 * is: it is cleaned and cut, and the page says so. */
static const struct field_rule procedure_fields[] = {
	FIELD_RULE("q",        "Từ khóa",      FIELD_SEARCH, 0, 200, NULL),
	FIELD_RULE("agency",   "Cơ quan",      FIELD_CODE,   0, 40,  NULL),
	FIELD_RULE("field",    "Lĩnh vực",     FIELD_CODE,   0, 20,  NULL),
	FIELD_RULE("level",    "Cấp thực hiện", FIELD_ENUM,  0, 0,   levels),
	FIELD_RULE("audience", "Đối tượng",    FIELD_ENUM,   0, 0,   audiences),
	FIELD_RULE("online",   "Mức độ trực tuyến", FIELD_ENUM, 0, 0, online_levels),
	FIELD_RULE("page",     "Trang",        FIELD_UINT,   1, 500, NULL),
	FIELD_END
};

static const struct field_rule agency_list_fields[] = {
	FIELD_RULE("q",     "Tên cơ quan", FIELD_SEARCH, 0, 100, NULL),
	FIELD_RULE("level", "Cấp",         FIELD_ENUM,   0, 0,   agency_levels),
	FIELD_RULE("page",  "Trang",       FIELD_UINT,   1, 500, NULL),
	FIELD_END
};

static const struct field_rule page_only_fields[] = {
	FIELD_RULE("page", "Trang", FIELD_UINT, 1, 500, NULL),
	FIELD_END
};

static const struct page search_pages[] = {
	{ REQ_GET, "/",                    search_home,       NULL,               0, NULL },
	{ REQ_GET, "/procedures",          search_procedures, procedure_fields,   0, NULL },
	{ REQ_GET, "/procedures/{code}",   search_procedure,  NULL,               0, NULL },
	{ REQ_GET, "/agencies",            search_agencies,   agency_list_fields, 0, NULL },
	{ REQ_GET, "/agencies/{code}",     search_agency,     page_only_fields,   0, NULL },
	{ REQ_GET, "/faq",                 search_faq,        NULL,               0, NULL },
	/* nginx's error_page sends its own errors (413 and others) here to be shown in the layout;
	 * it changes nothing, so a POST that nginx refused needs no CSRF token to be told why. */
	{ REQ_GET | REQ_POST | REQ_PUT | REQ_DELETE, "/_error/{status}", search_error_page, NULL,
	  PAGE_NO_CSRF, NULL },
};

static const struct family search_family = {
	.name = "search",
	FAMILY_PAGES(search_pages),
	.init = search_init,
	.done = search_done,
};

void *
search_init(struct app *app)
{
	struct search_state *s = xcalloc(1, sizeof(*s));	/* the index loads on first use */

	(void)app;
	s->details = detail_cache_new();
	return s;
}

void
search_done(void *state)
{
	struct search_state *s = state;

	index_free(s->index);
	detail_cache_free(s->details);
	free(s);
}

struct search_index *
search_index_get(struct req *req)
{
	struct search_state *s = req->app->family_ctx;

	return index_refresh(req->app->db, &s->index) == -1 ? NULL : s->index;
}

int
main(int argc, char **argv)
{
	return app_main(argc, argv, &search_family);
}
