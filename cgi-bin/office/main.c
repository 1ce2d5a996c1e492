/* office.fcgi: the page table of the officials' side. Every page is PAGE_STAFF: an official (or
 * admin) with two-factor authentication on. */
#include "config.h"

#include "app.h"
#include "feedback.h"
#include "office.h"

static const char *const statuses[] = { "submitted", "received", "supplement", "processing",
    "approved", "rejected", "returned", NULL };
static const char *const dues[] = { "overdue", "week", NULL };
static const char *const actions[] = { "receive", "supplement", "process", "approve", "reject",
    "return", NULL };

static const struct field_rule inbox_fields[] = {
	{ "code",      "Mã hồ sơ",   FIELD_CODE, 0, 60, NULL },
	{ "status",    "Trạng thái", FIELD_ENUM, 0, 0, statuses },
	{ "procedure", "Thủ tục",    FIELD_CODE, 0, 40, NULL },
	{ "due",       "Hạn",        FIELD_ENUM, 0, 0, dues },
	{ "page",      "Trang",      FIELD_UINT, 1, 100000, NULL },
	{ NULL, NULL, 0, 0, 0, NULL }
};

static const struct field_rule act_fields[] = {
	{ "action",    "Thao tác",          FIELD_ENUM, 0, 0, actions },
	{ "version",   "Phiên bản hồ sơ",   FIELD_UINT, 0, 2000000000, NULL },
	{ "note",      "Ghi chú",           FIELD_PARAGRAPH, 0, 2000, NULL },
	{ "documents", "Giấy tờ cần bổ sung", FIELD_PARAGRAPH, 0, 2000, NULL },
	{ NULL, NULL, 0, 0, 0, NULL }
};

static const char *const feedback_statuses[] = { "received", "accepted", "rejected", "answered",
    "published", NULL };
static const char *const feedback_actions[] = { "accept", "transfer", "reject", "answer",
    "publish", NULL };

static const struct field_rule feedback_inbox_fields[] = {
	{ "code",     "Mã phản ánh", FIELD_CODE, 0, 30, NULL },
	{ "status",   "Trạng thái",  FIELD_ENUM, 0, 0, feedback_statuses },
	{ "category", "Loại",        FIELD_CODE, 0, 20, NULL },
	{ "moved",    "Phản ánh đã chuyển", FIELD_CODE, 0, 30, NULL },
	{ "page",     "Trang",       FIELD_UINT, 1, 100000, NULL },
	{ NULL, NULL, 0, 0, 0, NULL }
};

static const struct field_rule feedback_act_fields[] = {
	{ "action",  "Thao tác",             FIELD_ENUM, 0, 0, feedback_actions },
	{ "version", "Phiên bản phản ánh",   FIELD_UINT, 0, 2000000000, NULL },
	{ "reason",  "Lý do",                FIELD_PARAGRAPH, 0, 2000, NULL },
	{ "agency",  "Mã cơ quan tiếp nhận", FIELD_CODE, 0, 40, NULL },
	{ "answer",  "Nội dung trả lời",     FIELD_PARAGRAPH, 0, FEEDBACK_ANSWER_MAX, NULL },
	{ NULL, NULL, 0, 0, 0, NULL }
};

static const struct field_rule payments_fields[] = {
	{ "from", "Từ ngày",  FIELD_CODE, 0, 10, NULL },
	{ "to",   "Đến ngày", FIELD_CODE, 0, 10, NULL },
	{ "page", "Trang",    FIELD_UINT, 1, 100000, NULL },
	{ NULL, NULL, 0, 0, 0, NULL }
};

static const struct page office_pages[] = {
	{ REQ_GET,  "/office",                          office_inbox,   inbox_fields, PAGE_STAFF },
	{ REQ_GET,  "/office/dossiers/{code}",          office_dossier, NULL,         PAGE_STAFF },
	{ REQ_GET,  "/office/dossiers/{code}/files/{id}", office_file,  NULL,         PAGE_STAFF },
	{ REQ_POST, "/office/dossiers/{code}/act",      office_act,     act_fields,   PAGE_STAFF },
	{ REQ_GET,  "/office/payments",                 office_payments, payments_fields, PAGE_STAFF },
	{ REQ_GET,  "/office/feedback",                 office_feedback_inbox, feedback_inbox_fields, PAGE_STAFF },
	{ REQ_GET,  "/office/feedback/{code}",          office_feedback_view, NULL,     PAGE_STAFF },
	{ REQ_GET,  "/office/feedback/{code}/files/{id}", office_feedback_file, NULL,   PAGE_STAFF },
	{ REQ_POST, "/office/feedback/{code}/act",      office_feedback_act, feedback_act_fields, PAGE_STAFF },
};

static const struct family office_family = {
	.name = "office",
	FAMILY_PAGES(office_pages),
};

int
main(int argc, char **argv)
{
	return app_main(argc, argv, &office_family);
}
