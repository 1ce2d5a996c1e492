/* complain.fcgi: the page table of feedback and complaints, and its entry point. */
#include "config.h"

#include "app.h"
#include "complain.h"

static const char *const categories[] = { "regulation", "handling", "conduct", "proposal", NULL };
static const char *const ratings[] = { "1", "2", "3", "4", NULL };
static const char *const yes[] = { "1", NULL };

static const struct field_rule list_fields[] = {
	FIELD_RULE("q",        "Từ khóa",   FIELD_SEARCH, 0, 200, NULL),
	FIELD_RULE("agency",   "Cơ quan",   FIELD_CODE,   0, 40, NULL),
	FIELD_RULE("category", "Loại",      FIELD_ENUM,   0, 0, categories),
	FIELD_RULE("from",     "Từ ngày",   FIELD_CODE,   0, 10, NULL),
	FIELD_RULE("to",       "Đến ngày",  FIELD_CODE,   0, 10, NULL),
	FIELD_RULE("page",     "Trang",     FIELD_UINT,   1, 500, NULL),
	FIELD_END
};

static const struct field_rule mine_fields[] = {
	FIELD_RULE("page", "Trang", FIELD_UINT, 1, 500, NULL),
	FIELD_END
};

/* What may come before the form: what it is about. */
static const struct field_rule form_fields[] = {
	FIELD_RULE("agency",    "Cơ quan",  FIELD_CODE, 0, 40, NULL),
	FIELD_RULE("procedure", "Thủ tục",  FIELD_CODE, 0, 60, NULL),
	FIELD_RULE("dossier",   "Hồ sơ",    FIELD_CODE, 0, 60, NULL),
	FIELD_END
};

/* The form. Lengths are checked again by the handler in characters, with messages that say the
 * limit; here they bound what is read. */
static const struct field_rule submit_fields[] = {
	FIELD_RULE("category",  "Loại phản ánh, kiến nghị", FIELD_ENUM, 0, 0, categories),
	FIELD_RULE("agency",    "Cơ quan",                  FIELD_CODE, 0, 40, NULL),
	FIELD_RULE("procedure", "Thủ tục liên quan",        FIELD_TEXT, 0, 60, NULL),
	FIELD_RULE("dossier",   "Mã hồ sơ liên quan",       FIELD_TEXT, 0, 60, NULL),
	FIELD_RULE("title",     "Tiêu đề",                  FIELD_TEXT, 0, 400, NULL),
	FIELD_RULE("content",   "Nội dung",                 FIELD_PARAGRAPH, 0, 10000, NULL),
	FIELD_RULE("name",      "Họ và tên",                FIELD_TEXT, 0, 200, NULL),
	FIELD_RULE("email",     "Thư điện tử",              FIELD_TEXT, 0, 254, NULL),
	FIELD_RULE("phone",     "Số điện thoại",            FIELD_TEXT, 0, 20, NULL),
	FIELD_RULE("publish",   "Đồng ý công khai",         FIELD_ENUM, 0, 0, yes),
	FIELD_RULE("kept",      "Tệp đã tải lên",           FIELD_TEXT, 0, 1000, NULL),
	FIELD_END
};

static const struct field_rule view_fields[] = {
	FIELD_RULE("key",  "Đường dẫn riêng", FIELD_CODE, 0, 64, NULL),
	FIELD_RULE("sent", "Vừa gửi",         FIELD_ENUM, 0, 0, yes),
	FIELD_RULE("rated", "Đã đánh giá",    FIELD_ENUM, 0, 0, yes),
	FIELD_END
};

static const struct field_rule rate_fields[] = {
	FIELD_RULE("key",      "Đường dẫn riêng", FIELD_CODE, 0, 64, NULL),
	FIELD_RULE("rating",   "Mức độ hài lòng", FIELD_ENUM, 0, 0, ratings),
	FIELD_RULE("escalate", "Đề nghị cơ quan cấp trên xem xét", FIELD_ENUM, 0, 0, yes),
	FIELD_END
};

static const struct page complain_pages[] = {
	{ REQ_GET,  "/feedback",                  complain_list,   list_fields,   0, NULL },
	{ REQ_GET,  "/feedback/mine",             complain_mine,   mine_fields,   PAGE_LOGIN, NULL },
	{ REQ_GET,  "/feedback/new",              complain_form,   form_fields,   PAGE_FORM, NULL },
	{ REQ_POST, "/feedback/new",              complain_submit, submit_fields, PAGE_FORM, NULL },
	{ REQ_GET,  "/feedback/{code}",           complain_view,   view_fields,   PAGE_FORM, NULL },
	{ REQ_GET,  "/feedback/{code}/files/{id}", complain_file,  view_fields,   0, NULL },
	{ REQ_POST, "/feedback/{code}/rate",      complain_rate,   rate_fields,   PAGE_FORM, NULL },
};

static const struct family complain_family = {
	.name = "complain",
	FAMILY_PAGES(complain_pages),
};

int
main(int argc, char **argv)
{
	return app_main(argc, argv, &complain_family);
}
