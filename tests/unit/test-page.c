/* Unit tests of page: the page table picks the right page, and the field rules keep bad values
 * from ever reaching a handler. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"

#include "page.h"
#include "tap.h"

static int handler_a(struct req *req) { (void)req; return 200; }
static int handler_b(struct req *req) { (void)req; return 200; }

static const char *const levels[] = { "central", "province", NULL };
static const struct field_rule rules[] = {
	FIELD_RULE("q",     "Từ khóa", FIELD_SEARCH, 0, 10, NULL),
	FIELD_RULE("name",  "Họ tên",  FIELD_TEXT,   0, 5,  NULL),
	FIELD_RULE("page",  "Trang",   FIELD_UINT,   1, 500, NULL),
	FIELD_RULE("code",  "Mã",      FIELD_CODE,   0, 12, NULL),
	FIELD_RULE("level", "Cấp",     FIELD_ENUM,   0, 0,  levels),
	FIELD_RULE("note",  "Ghi chú", FIELD_PARAGRAPH, 0, 8, NULL),
	FIELD_END
};
/* A check that knows one good value, and writes it back in capitals. */
static const char *
check_abc(const char *value, struct buf *canonical)
{
	if (strcmp(value, "abc") != 0)
		return "Chỉ nhận abc.";
	buf_append(canonical, "ABC", 3);
	return NULL;
}

static const struct field_rule form_rules[] = {
	FIELD_RULE("title", "Tiêu đề", FIELD_TEXT, 0, 20, NULL, .required = "Vui lòng nhập tiêu đề."),
	FIELD_RULE("count", "Số lượng", FIELD_UINT, 1, 9, NULL),
	FIELD_RULE("word",  "Từ",       FIELD_TEXT, 0, 9, NULL, .check = check_abc),
	FIELD_RULE("f_",    "Trường",   FIELD_PARAGRAPH, 0, 20, NULL, .flags = FIELD_PREFIX | FIELD_KEEP_EMPTY),
	FIELD_END
};
static const struct page form_page = { REQ_POST, "/form", handler_a, form_rules, 0, handler_b };

static const struct page pages[] = {
	{ REQ_GET, "/procedures",        handler_a, rules, 0, NULL },
	{ REQ_GET, "/procedures/{code}", handler_b, NULL, 0, NULL },
	{ REQ_POST, "/submit",           handler_a, NULL, PAGE_LOGIN, NULL },
	{ REQ_GET | REQ_POST, "/",       handler_b, NULL, 0, NULL },
	{ REQ_PUT,  "/a/{x}/b/{y}",      handler_a, NULL, 0, NULL },
	{ REQ_DELETE, "/a/{x}/b/{y}",    handler_b, NULL, 0, NULL },
	{ REQ_GET,  "/deep/{a}/{b}/{c}/{d}/{e}", handler_a, NULL, 0, NULL },
};
#define NPAGES (sizeof(pages) / sizeof(pages[0]))

static void
req_reset(struct req *req, enum req_method method, const char *path)
{
	int i;

	for (i = 0; i < REQ_MAX_PATH_ARGS; i++)
		free(req->path_args[i]);
	free(req->error_message);
	hdf_destroy(&req->hdf);
	memset(req, 0, sizeof(*req));
	hdf_init(&req->hdf);
	req->method = method;
	req->path = path;
}

/* Validates one query value; returns page_validate's result. */
static int
validate(struct req *req, const char *name, const char *value)
{
	char key[64];

	req_reset(req, REQ_GET, "/procedures");
	snprintf(key, sizeof(key), "Query.%s", name);
	hdf_set_value(req->hdf, key, value);
	return page_validate(&pages[0], req);
}

int
main(void)
{
	struct req req;
	const struct page *p;
	int known;
	unsigned allowed;

	memset(&req, 0, sizeof(req));
	req_reset(&req, REQ_GET, "/procedures");
	ok(page_match(pages, NPAGES, &req, &known, &allowed) == &pages[0], "/procedures matches its page");
	req_reset(&req, REQ_HEAD, "/procedures/");
	ok(page_match(pages, NPAGES, &req, &known, &allowed) == &pages[0], "HEAD and a trailing slash too");
	req_reset(&req, REQ_GET, "/procedures/1.004194");
	p = page_match(pages, NPAGES, &req, &known, &allowed);
	ok(p == &pages[1] && req.path_args[0] && strcmp(req.path_args[0], "1.004194") == 0,
	    "a {code} segment is captured");
	req_reset(&req, REQ_GET, "/procedures/1.004194/x");
	ok(page_match(pages, NPAGES, &req, &known, &allowed) == NULL && !known, "a longer path is not found");
	req_reset(&req, REQ_GET, "/submit");
	ok(page_match(pages, NPAGES, &req, &known, &allowed) == NULL && known && allowed == REQ_POST,
	    "the wrong method is told apart from an unknown path (405, Allow: POST)");
	req_reset(&req, REQ_GET, "/proceduresX");
	ok(page_match(pages, NPAGES, &req, &known, &allowed) == NULL, "a prefix is not a match");

	ok(validate(&req, "q", "tạm trú") == 0 && strcmp(req_form(&req, "q"), "tạm trú") == 0,
	    "a search query passes as typed");
	ok(validate(&req, "q", "  đăng ký tạm trú ở Hà Nội  ") == 0 && req_form(&req, "q_cut") != NULL &&
	    strcmp(req_form(&req, "q"), "đăng ký tạ") == 0, "a long query is cut at 10 characters, and trimmed");
	ok(validate(&req, "q", "a\x01\xff") == 0 && strcmp(req_form(&req, "q"), "a\xef\xbf\xbd") == 0,
	    "control bytes dropped, broken UTF-8 replaced");
	ok(validate(&req, "name", "Nguyễn Văn A") == 1 && req.error_message &&
	    strstr(req.error_message, "Họ tên") != NULL, "an over-long text field is refused, by its label");
	ok(validate(&req, "page", "3") == 0 && req_form_int(&req, "page", 1) == 3, "page=3 passes");
	ok(validate(&req, "page", "0") == 1, "page=0 is refused");
	ok(validate(&req, "page", "99999999999999999999") == 1, "a huge page number is refused");
	ok(validate(&req, "page", "2abc") == 1, "page=2abc is refused");
	ok(validate(&req, "code", "1.004194") == 0, "a code passes");
	ok(validate(&req, "code", "1.0'--") == 1, "a code with a quote is refused");
	ok(validate(&req, "level", "province") == 0, "a listed choice passes");
	ok(validate(&req, "level", "provinces") == 1, "an unlisted one is refused");
	ok(validate(&req, "level", "") == 0 && req_form(&req, "level") == NULL, "an empty value is no value");

	/* More of page_match. */
	req_reset(&req, REQ_GET, "/");
	ok(page_match(pages, NPAGES, &req, &known, &allowed) == &pages[3], "the root page");
	req_reset(&req, REQ_GET, "//");
	ok(page_match(pages, NPAGES, &req, &known, &allowed) == NULL && !known,
	    "a doubled slash is not the root");
	req_reset(&req, REQ_GET, "/procedures//");
	ok(page_match(pages, NPAGES, &req, &known, &allowed) == NULL,
	    "nor is an empty {code} segment a match");
	req_reset(&req, REQ_PUT, "/a/7/b/x-1");
	p = page_match(pages, NPAGES, &req, &known, &allowed);
	ok(p == &pages[4] && req.path_args[0] && strcmp(req.path_args[0], "7") == 0 &&
	    req.path_args[1] && strcmp(req.path_args[1], "x-1") == 0 && req.path_args[2] == NULL,
	    "two segments are captured in order");
	req_reset(&req, REQ_DELETE, "/a/7/b/8");
	ok(page_match(pages, NPAGES, &req, &known, &allowed) == &pages[5],
	    "the same pattern by another method is another page");
	req_reset(&req, REQ_POST, "/a/7/b/8");
	ok(page_match(pages, NPAGES, &req, &known, &allowed) == NULL && known &&
	    allowed == (REQ_PUT | REQ_DELETE) && req.path_args[0] == NULL,
	    "405: Allow gathers every entry's methods, and no segment is kept");
	req_reset(&req, REQ_HEAD, "/submit");
	ok(page_match(pages, NPAGES, &req, &known, &allowed) == NULL && known, "HEAD is not POST");
	req_reset(&req, REQ_GET, "/deep/1/2/3/4/5");
	ok(page_match(pages, NPAGES, &req, &known, &allowed) == NULL && !known,
	    "a pattern of more segments than REQ_MAX_PATH_ARGS matches nothing");
	known = 1;
	allowed = 7;
	req_reset(&req, REQ_GET, "/nowhere");
	ok(page_match(pages, NPAGES, &req, &known, &allowed) == NULL && known == 0 && allowed == 0,
	    "an unknown path clears what the caller had");

	/* More of page_validate: each kind, at its limits, by its exact message. */
	ok(validate(&req, "name", "Nguyễn") == 1, "six characters are over five");
	is_str(req.error_message, "Trường «Họ tên» dài quá 5 ký tự.", "the text field's message");
	ok(validate(&req, "name", "Văn A") == 0, "five characters, not bytes, pass");
	is_str(req_form(&req, "name"), "Văn A", "as typed");
	ok(validate(&req, "name", "  Lê\tA \r\n") == 0, "spaces around are not counted");
	is_str(req_form(&req, "name"), "Lê A", "trimmed, the tab a space");
	ok(validate(&req, "name", "   ") == 0 && req_form(&req, "name") == NULL,
	    "only spaces is no value");
	ok(validate(&req, "name", "a\nb") == 0, "a line break in one-line text");
	is_str(req_form(&req, "name"), "a b", "becomes a space");
	ok(validate(&req, "note", "a\r\nb\tc") == 0, "a paragraph");
	is_str(req_form(&req, "note"), "a\nb\tc", "keeps its line breaks (CR LF as LF) and tabs");
	ok(validate(&req, "note", "123456789") == 1, "and has its limit too");
	is_str(req.error_message, "Trường «Ghi chú» dài quá 8 ký tự.", "by its label");
	ok(validate(&req, "q", "0123456789") == 0 && req_form(&req, "q_cut") == NULL,
	    "a query of exactly its limit is not cut");
	ok(validate(&req, "q", "0123456789x") == 0, "one character more");
	is_str(req_form(&req, "q"), "0123456789", "is cut to the limit");
	is_str(req_form(&req, "q_cut"), "1", "and says so");
	ok(validate(&req, "q", "ệệệệệệệệệệệ") == 0, "a query of marked letters");
	is_str(req_form(&req, "q"), "ệệệệệệệệệệ", "is cut at a character, not a byte");
	ok(validate(&req, "page", "1") == 0 && validate(&req, "page", "500") == 0,
	    "page=1 and page=500 are the bounds");
	ok(validate(&req, "page", "501") == 1, "page=501 is over");
	is_str(req.error_message, "Giá trị của «Trang» phải là số từ 1 đến 500.",
	    "the number's message gives its bounds");
	ok(validate(&req, "page", "-1") == 1 && validate(&req, "page", "+3") == 1 &&
	    validate(&req, "page", " 3") == 1 && validate(&req, "page", "3 ") == 1,
	    "a sign or a space is refused");
	ok(validate(&req, "page", "007") == 0 && strcmp(req_form(&req, "page"), "007") == 0,
	    "leading zeros pass, as sent");
	ok(validate(&req, "code", "A-b_9.") == 0, "letters, digits, - _ . make a code");
	ok(validate(&req, "code", "123456789012") == 0, "a code of 12 bytes passes");
	ok(validate(&req, "code", "1234567890123") == 1, "13 is refused");
	is_str(req.error_message, "Mã trong «Mã» không hợp lệ.", "the code's message");
	ok(validate(&req, "code", "mã") == 1 && validate(&req, "code", "a b") == 1 &&
	    validate(&req, "code", "a/b") == 1, "a letter with a mark, a space or a slash is refused");
	ok(validate(&req, "level", "Province") == 1, "a choice is compared exactly");
	is_str(req.error_message, "Giá trị của «Cấp» không nằm trong các lựa chọn.",
	    "the choice's message");
	ok(validate(&req, "other", "x") == 0 && req_form(&req, "other") == NULL,
	    "a field the page does not declare never reaches Form");
	req_reset(&req, REQ_GET, "/procedures");
	hdf_set_value(req.hdf, "Query.page", "2");
	hdf_set_value(req.hdf, "Query.code", "bad code");
	ok(page_validate(&pages[1], &req) == 0 && req_form(&req, "page") == NULL,
	    "a page without fields validates nothing and fills no Form");
	ok(page_validate(&pages[0], &req) == 1 && req_form(&req, "page") != NULL,
	    "each bad field is counted, and the good ones still reach Form");
	is_str(req.error_message, "Mã trong «Mã» không hợp lệ.", "and names itself");

	/* Declared input on a form: required, typed values kept, checks, prefixed fields. */
	req_reset(&req, REQ_POST, "/form");
	hdf_set_value(req.hdf, "Query.count", "12");
	hdf_set_value(req.hdf, "Query.word", "abc");
	ok(page_validate(&form_page, &req) == 2, "a POST without its required field and with a bad number has two problems");
	ok(strcmp(hdf_get_value(req.hdf, "Errors.title", ""), "Vui lòng nhập tiêu đề.") == 0,
	    "the required field's own message is beside it");
	ok(strstr(hdf_get_value(req.hdf, "Errors.count", ""), "từ 1 đến 9") != NULL &&
	    strcmp(req_form(&req, "count"), "12") == 0, "the bad number is named and what was typed is kept");
	ok(strcmp(req.error_message, "Vui lòng nhập tiêu đề.") == 0, "the first problem is the page's message");
	ok(strcmp(req_form(&req, "word"), "ABC") == 0, "a good value is stored in its canonical form");
	ok(req_form_ll(&req, "word", 7) == 7, "a value that is not a number reads as the default");

	req_reset(&req, REQ_POST, "/form");
	hdf_set_value(req.hdf, "Query.title", "   ");
	hdf_set_value(req.hdf, "Query.word", "abd");
	hdf_set_value(req.hdf, "Query.count", "3");
	ok(page_validate(&form_page, &req) == 2 && hdf_get_value(req.hdf, "Errors.title", NULL) &&
	    strcmp(hdf_get_value(req.hdf, "Errors.word", ""), "Chỉ nhận abc.") == 0,
	    "spaces are not a value, and a check's message is beside its field");
	ok(req_form_ll(&req, "count", 0) == 3, "a whole number reads typed");

	req_reset(&req, REQ_GET, "/form");
	ok(page_validate(&form_page, &req) == 0, "a GET does not require: it shows the empty form");

	req_reset(&req, REQ_POST, "/form");
	hdf_set_value(req.hdf, "Query.title", "Đơn");
	hdf_set_value(req.hdf, "Query.f_address", "Số 1\r\nHà Nội");
	hdf_set_value(req.hdf, "Query.f_note", "");
	hdf_set_value(req.hdf, "Query.f_long", "0123456789012345678901");
	hdf_set_value(req.hdf, "Query.f_", "x");
	hdf_set_value(req.hdf, "Query.other", "y");
	ok(page_validate(&form_page, &req) == 1 && hdf_get_value(req.hdf, "Errors.f_long", NULL),
	    "every field with the prefix is checked by the rule");
	ok(strcmp(req_form(&req, "f_address"), "Số 1\nHà Nội") == 0, "a prefixed paragraph keeps its line");
	ok(req_form(&req, "f_note") && strcmp(req_form(&req, "f_note"), "") == 0,
	    "a prefixed field sent empty is kept empty (it clears a saved value)");
	ok(req_form(&req, "f_") == NULL && req_form(&req, "other") == NULL,
	    "the bare prefix and undeclared fields reach no handler");

	req_reset(&req, REQ_GET, "/");
	hdf_destroy(&req.hdf);
	return done_testing();
}
