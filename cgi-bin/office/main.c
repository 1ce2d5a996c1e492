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
	FIELD_RULE("code",      "Mã hồ sơ",   FIELD_CODE, 0, 60, NULL),
	FIELD_RULE("status",    "Trạng thái", FIELD_ENUM, 0, 0, statuses),
	FIELD_RULE("procedure", "Thủ tục",    FIELD_CODE, 0, 40, NULL),
	FIELD_RULE("due",       "Hạn",        FIELD_ENUM, 0, 0, dues),
	FIELD_RULE("page",      "Trang",      FIELD_UINT, 1, 100000, NULL),
	FIELD_END
};

/* After an action, the dossier's page says which was done (?done=receive). */
static const struct field_rule dossier_fields[] = {
	FIELD_RULE("done", "Thao tác", FIELD_ENUM, 0, 0, actions),
	FIELD_END
};

static const struct field_rule act_fields[] = {
	FIELD_RULE("action",    "Thao tác",          FIELD_ENUM, 0, 0, actions),
	FIELD_RULE("version",   "Phiên bản hồ sơ",   FIELD_UINT, 0, 2000000000, NULL),
	FIELD_RULE("note",      "Ghi chú",           FIELD_PARAGRAPH, 0, 2000, NULL),
	FIELD_RULE("documents", "Giấy tờ cần bổ sung", FIELD_PARAGRAPH, 0, 2000, NULL),
	FIELD_END
};

static const char *const feedback_statuses[] = { "received", "accepted", "rejected", "answered",
    "published", NULL };
static const char *const feedback_actions[] = { "accept", "transfer", "reject", "answer",
    "publish", NULL };

static const struct field_rule feedback_inbox_fields[] = {
	FIELD_RULE("code",     "Mã phản ánh", FIELD_CODE, 0, 30, NULL),
	FIELD_RULE("status",   "Trạng thái",  FIELD_ENUM, 0, 0, feedback_statuses),
	FIELD_RULE("category", "Loại",        FIELD_CODE, 0, 20, NULL),
	FIELD_RULE("moved",    "Phản ánh đã chuyển", FIELD_CODE, 0, 30, NULL),
	FIELD_RULE("page",     "Trang",       FIELD_UINT, 1, 100000, NULL),
	FIELD_END
};

static const struct field_rule feedback_act_fields[] = {
	FIELD_RULE("action",  "Thao tác",             FIELD_ENUM, 0, 0, feedback_actions),
	FIELD_RULE("version", "Phiên bản phản ánh",   FIELD_UINT, 0, 2000000000, NULL),
	FIELD_RULE("reason",  "Lý do",                FIELD_PARAGRAPH, 0, 2000, NULL),
	FIELD_RULE("agency",  "Mã cơ quan tiếp nhận", FIELD_CODE, 0, 40, NULL),
	FIELD_RULE("answer",  "Nội dung trả lời",     FIELD_PARAGRAPH, 0, FEEDBACK_ANSWER_MAX, NULL),
	FIELD_END
};

static const struct field_rule feedback_view_fields[] = {
	FIELD_RULE("done", "Thao tác", FIELD_ENUM, 0, 0, feedback_actions),
	FIELD_END
};

static const struct field_rule payments_fields[] = {
	FIELD_RULE("from", "Từ ngày",  FIELD_CODE, 0, 10, NULL),
	FIELD_RULE("to",   "Đến ngày", FIELD_CODE, 0, 10, NULL),
	FIELD_RULE("page", "Trang",    FIELD_UINT, 1, 100000, NULL),
	FIELD_END
};

static const struct page office_pages[] = {
	{ REQ_GET,  "/office",                          office_inbox,   inbox_fields, PAGE_STAFF, NULL },
	{ REQ_GET,  "/office/dossiers/{code}",          office_dossier, dossier_fields, PAGE_STAFF, NULL },
	{ REQ_GET,  "/office/dossiers/{code}/files/{id}", office_file,  NULL,         PAGE_STAFF, NULL },
	{ REQ_POST, "/office/dossiers/{code}/act",      office_act,     act_fields,   PAGE_STAFF, NULL },
	{ REQ_GET,  "/office/payments",                 office_payments, payments_fields, PAGE_STAFF, NULL },
	{ REQ_GET,  "/office/feedback",                 office_feedback_inbox, feedback_inbox_fields, PAGE_STAFF, NULL },
	{ REQ_GET,  "/office/feedback/{code}",          office_feedback_view, feedback_view_fields, PAGE_STAFF, NULL },
	{ REQ_GET,  "/office/feedback/{code}/files/{id}", office_feedback_file, NULL,   PAGE_STAFF, NULL },
	{ REQ_POST, "/office/feedback/{code}/act",      office_feedback_act, feedback_act_fields, PAGE_STAFF, NULL },
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
