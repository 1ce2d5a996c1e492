/* track.fcgi: the dossier-following family's page table and entry point. */
#include "config.h"

#include "app.h"
#include "track.h"

const char *const track_statuses[] = { "draft", "submitted", "received", "supplement",
    "processing", "approved", "rejected", "returned", NULL };

static const char *const ratings[] = { "1", "2", "3", "4", NULL };
static const char *const yes[] = { "1", NULL };

static const struct field_rule list_fields[] = {
	FIELD_RULE("status", "Trạng thái", FIELD_ENUM, 0, 0,   track_statuses),
	FIELD_RULE("page",   "Trang",      FIELD_UINT, 1, 500, NULL),
	FIELD_END
};

static const struct field_rule dossier_fields[] = {
	FIELD_RULE("submitted", "Vừa nộp", FIELD_ENUM, 0, 0, yes),
	FIELD_RULE("supplied",  "Đã bổ sung", FIELD_UINT, 0, 10, NULL),
	FIELD_RULE("rated",     "Đã đánh giá", FIELD_ENUM, 0, 0, yes),
	FIELD_END
};

/* The uploads of /supply are not fields: the handler reads them from the cgi kit (filestore.h). */

static const struct field_rule rate_fields[] = {
	FIELD_RULE("rating",  "Mức độ hài lòng", FIELD_ENUM, 0, 0,    ratings),
	FIELD_RULE("comment", "Ý kiến",          FIELD_PARAGRAPH, 0, 1000, NULL),
	FIELD_END
};

/* Both are text, not codes: what a visitor types is looked up as it is, and anything that matches
 * nothing gets the same plain "not found" rather than a 400 about its shape. */
static const struct field_rule public_fields[] = {
	FIELD_RULE("code",  "Mã hồ sơ",          FIELD_TEXT, 0, 60, NULL),
	FIELD_RULE("idnum", "Số giấy tờ",        FIELD_TEXT, 0, 20, NULL),
	FIELD_END
};

static const struct page track_pages[] = {
	{ REQ_GET,  "/dossiers",                    track_list,     list_fields,    PAGE_LOGIN, NULL },
	{ REQ_GET,  "/dossiers/{code}",             track_dossier,  dossier_fields, PAGE_LOGIN, NULL },
	{ REQ_GET,  "/dossiers/{code}/files/{id}",  track_download, NULL,           PAGE_LOGIN, NULL },
	{ REQ_POST, "/dossiers/{code}/supply",      track_supply,   NULL,           PAGE_LOGIN, NULL },
	{ REQ_POST, "/dossiers/{code}/rate",        track_rate,     rate_fields,    PAGE_LOGIN, NULL },
	{ REQ_GET,  "/track",                       track_public,   public_fields,  PAGE_FORM, NULL },
};

static const struct family track_family = {
	.name = "track",
	FAMILY_PAGES(track_pages),
};

int
main(int argc, char **argv)
{
	return app_main(argc, argv, &track_family);
}
