/* test-input: the request layer without a FastCGI socket — the checks of a query string, a
 * Content-Type and the cookies, reading a body from a stream, and a whole request parsed by
 * ClearSilver's cgi kit from what input.c serves it (as tests/fuzz/fuzz-input.c drives it). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <ClearSilver.h>

#include "input.h"
#include "tap.h"

/* More name bytes than the limit of 128, to cut at and past it. */
#define LONG_NAME "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn"

static void
test_pairs(void)
{
	const char *why = NULL;

#define PAIRS(s) input_check_pairs((s), strlen(s), &why)
	ok(PAIRS("") == 0 && PAIRS("q=t%E1%BA%A1m+tr%C3%BA&page=2") == 0, "a plain query passes");
	ok(PAIRS("a&&b=&=c") == 0, "empty pairs, names and values pass (the kit skips them)");
	ok(PAIRS("q=100%") == 0 && PAIRS("q=%zz") == 0, "a %% that starts no escape stays");
	why = NULL;
	ok(PAIRS("q=a%00b") == -1, "%%00 in a value is refused");
	is_str(why, "Dữ liệu gửi lên chứa ký tự rỗng (NUL).", "as a NUL");
	ok(input_check_pairs("q=a\0b", 5, &why) == -1, "so is a literal NUL");
	ok(PAIRS("doc_1.FileHandle=3") == -1, "a dot in a name is refused");
	is_str(why, "Tên trường trong dữ liệu gửi lên không hợp lệ.", "as a bad name");
	ok(PAIRS("doc_1%2EFileHandle=3") == -1, "an encoded dot too");
	ok(PAIRS("a%0Ab=1") == -1 && PAIRS("a%7Fb=1") == -1, "a control character in a name too");
	ok(PAIRS("q=a.b%0A%7F") == 0, "dots and controls in a value pass");
	{
		char name[200];

		ok(snprintf(name, sizeof(name), "%.*s=1", 128, LONG_NAME) == 130 &&
		    PAIRS(name) == 0, "a name of 128 bytes passes");
		ok(snprintf(name, sizeof(name), "%.*s=1", 129, LONG_NAME) == 131 &&
		    PAIRS(name) == -1, "one of 129 is refused");
		is_str(why, "Tên trường trong dữ liệu gửi lên quá dài.", "as too long");
	}
#undef PAIRS
}

static void
test_content_type(void)
{
	char boundary[INPUT_BOUNDARY_MAX + 1], b70[INPUT_BOUNDARY_MAX + 20];
	enum input_kind kind;
	const char *why;

#define CT(s) input_parse_content_type((s), &kind, boundary, &why)
	ok(CT("application/x-www-form-urlencoded") == 0 && kind == INPUT_FORM, "a form");
	ok(CT("Application/X-WWW-Form-Urlencoded; charset=UTF-8") == 0 && kind == INPUT_FORM,
	    "in any case, in UTF-8");
	ok(CT("application/x-www-form-urlencoded; charset=us-ascii") == 0, "or ASCII");
	ok(CT("application/x-www-form-urlencoded; charset=windows-1258") == 415 && kind == INPUT_FORM,
	    "a form in another charset is 415");
	is_str(why, "Cổng chỉ nhận biểu mẫu mã hoá UTF-8.", "saying only UTF-8 is taken");
	ok(CT("multipart/form-data; boundary=----WebKitFormBoundaryx7") == 0 &&
	    kind == INPUT_MULTIPART, "multipart");
	is_str(boundary, "----WebKitFormBoundaryx7", "with its boundary");
	ok(CT("multipart/form-data; boundary=\"a b:c\"") == 400, "a space in a boundary is refused");
	is_str(why, "Tham số boundary chứa ký tự không hợp lệ.", "as a bad character");
	ok(CT("multipart/form-data; boundary=\"a:b\"") == 0, "a quoted boundary passes");
	is_str(boundary, "a:b", "unquoted");
	ok(CT("multipart/form-data") == 400, "multipart without a boundary is refused");
	is_str(why, "Dữ liệu multipart/form-data thiếu tham số boundary.", "as missing its boundary");
	ok(CT("multipart/form-data; boundary=a; boundary=b") == 400, "two boundaries are refused");
	is_str(why, "Yêu cầu có hai tham số boundary.", "as two");
	memset(b70, 'b', 70);
	b70[70] = '\0';
	{
		char ct[200];

		snprintf(ct, sizeof(ct), "multipart/form-data; boundary=%s", b70);
		ok(CT(ct) == 0, "a boundary of 70 characters passes");
		snprintf(ct, sizeof(ct), "multipart/form-data; boundary=%sb", b70);
		ok(CT(ct) == 400, "71 is refused");
		is_str(why, "Tham số boundary rỗng hoặc dài quá 70 ký tự.", "as too long");
	}
	ok(CT("multipart/form-data; boundary=") == 400, "an empty boundary is refused");
	ok(CT("application/json") == 0 && kind == INPUT_OTHER, "JSON is another type, well formed");
	ok(CT("text/plain;;") == 0, "empty parameters are left");
	ok(CT("textplain") == 400 && kind == INPUT_NONE, "a type without a slash is refused");
	is_str(why, "Tiêu đề Content-Type của yêu cầu không đúng định dạng.", "as malformed");
	ok(CT("text/") == 400 && CT("/plain") == 400, "as is a half type");
	ok(CT("text/plain; x") == 400 && CT("text/plain x=1") == 400, "and a broken parameter");
	ok(CT("text/plain; a=\"open") == 400, "and an open quote");
#undef CT
}

static void
test_cookies(void)
{
	struct buf out = BUF_INIT;

#define COOKIES(s) (buf_reset(&out), input_filter_cookies((s), &out), buf_str(&out))
	is_str(COOKIES("cong_session=abc; cong_csrf=def"), "cong_session=abc; cong_csrf=def",
	    "well-formed cookies are kept");
	is_str(COOKIES("  a=1 ;;b=\"2\"  ; "), "a=1; b=2", "spaces, empty pairs and quotes go");
	is_str(COOKIES("a.b=1; c=2"), "c=2", "a cookie with a dot in its name is dropped");
	is_str(COOKIES("a=x y; b=x,y; c=x\\y; d=ok"), "d=ok", "a value with a space, comma or "
	    "backslash is dropped");
	is_str(COOKIES("=1; a=; b"), "", "no name, no value, no '=': dropped");
	is_str(COOKIES("a=\xc4\x91; b=1"), "b=1", "a value that is not ASCII is dropped");
	buf_free(&out);
#undef COOKIES
}

/* A reader over a string, for input_read_body. */
struct reader { const char *data; size_t len, at; };

static int
reader_read(void *ctx, char *buf, int len)
{
	struct reader *r = ctx;
	size_t n = r->len - r->at < (size_t)len ? r->len - r->at : (size_t)len;

	memcpy(buf, r->data + r->at, n);
	r->at += n;
	return (int)n;
}

/* Reads body with this CONTENT_LENGTH (or none) under max; returns input_read_body's status. */
static int
read_body(const char *length, const char *body, long max, struct input *in)
{
	static char clen[64];
	static char *envp[2];
	struct reader r = { body, strlen(body), 0 };

	envp[0] = NULL;
	if (length) {
		snprintf(clen, sizeof(clen), "CONTENT_LENGTH=%s", length);
		envp[0] = clen;
	}
	envp[1] = NULL;
	input_free(in);
	if (input_begin(in, envp) != 0)
		return -1;
	return input_read_body(in, reader_read, &r, max);
}

static void
test_read_body(void)
{
	struct input in = INPUT_INIT;

	ok(read_body("5", "a=123", 100, &in) == 0 && strcmp(buf_str(&in.body), "a=123") == 0,
	    "a body of its length is read whole");
	ok(read_body("3", "a=123", 100, &in) == 0 && strcmp(buf_str(&in.body), "a=1") == 0,
	    "no more than its length is read");
	ok(read_body(NULL, "a=123", 100, &in) == 0 && strcmp(buf_str(&in.body), "a=123") == 0,
	    "without a length, to the stream's end");
	ok(read_body("9", "a=123", 100, &in) == 400, "a body cut short is 400");
	is_str(in.why, "Dữ liệu gửi lên bị cắt ngắn.", "as cut short");
	ok(read_body("101", "a=123", 100, &in) == 413, "a length over the limit is 413, unread");
	ok(read_body(NULL, "a=123", 4, &in) == 413, "a body without a length past the limit too");
	ok(read_body("5", "a=123", 5, &in) == 0, "a body of exactly the limit passes");
	ok(read_body("-1", "a", 100, &in) == 400 && read_body("5x", "a=123", 100, &in) == 400 &&
	    read_body(" 5", "a=123", 100, &in) == 400, "a length that is not a number is 400");
	is_str(in.why, "Độ dài dữ liệu (Content-Length) không hợp lệ.", "as a bad length");
	input_free(&in);
}

/* The input of parse's request; freed by the next one, and at the end. */
static struct input parse_in;

/* One request: the parameters and body through input.c, then the kit. Returns 0 and leaves the
 * parsed HDF in *out (the caller destroys cgi), or input.c's status with *why. */
static int
parse(const char *query, const char *ctype, const char *cookie, const char *body, CGI **cgi,
    const char **why)
{
	static char qs[1024], ct[1024], ck[1024], len[48];
	static char *envp[6];
	struct input *in = &parse_in;
	size_t n = 0;
	HDF *hdf = NULL;
	int status;

	input_free(in);
	*cgi = NULL;
	*why = NULL;
	snprintf(qs, sizeof(qs), "QUERY_STRING=%s", query);
	envp[n++] = qs;
	if (ctype) {
		snprintf(ct, sizeof(ct), "CONTENT_TYPE=%s", ctype);
		envp[n++] = ct;
	}
	if (cookie) {
		snprintf(ck, sizeof(ck), "HTTP_COOKIE=%s", cookie);
		envp[n++] = ck;
	}
	snprintf(len, sizeof(len), "CONTENT_LENGTH=%zu", strlen(body));
	envp[n++] = len;
	envp[n++] = "REQUEST_METHOD=POST";
	envp[n] = NULL;
	if (hdf_init(&hdf) != STATUS_OK)
		return 500;
	hdf_set_value(hdf, "Config.Upload.TmpDir", "/tmp");
	if ((status = input_begin(in, envp)) != 0) {
		*why = in->why;
		hdf_destroy(&hdf);
		return status;
	}
	if (cgi_init(cgi, hdf) != STATUS_OK) {
		hdf_destroy(&hdf);
		return 500;
	}
	input_set_body(in, body, strlen(body));
	if ((status = input_check_body(in)) != 0) {
		*why = in->why;
		cgi_destroy(cgi);
		return status;
	}
	if (input_to_hdf(in, (*cgi)->hdf) != 0 || cgi_parse(*cgi) != STATUS_OK) {
		cgi_destroy(cgi);
		return 500;
	}
	return 0;
}

static void
test_requests(void)
{
	static const char multipart[] = "--xyz\r\n"
	    "Content-Disposition: form-data; name=\"title\"\r\n\r\n"
	    "Đổi giấy phép\r\n"
	    "--xyz\r\n"
	    "Content-Disposition: form-data; name=\"note\"\r\n\r\n"
	    "dòng 1\r\ndòng 2\r\n"
	    "--xyz--\r\n";
	static const char dotted[] = "--xyz\r\n"
	    "Content-Disposition: form-data; name=\"doc.FileHandle\"\r\n\r\n"
	    "3\r\n--xyz--\r\n";
	CGI *cgi;
	const char *why;

	ok(parse("page=2&q=h%E1%BB%99+chi%E1%BA%BFu", "application/x-www-form-urlencoded",
	    "cong_csrf=tok; bad.name=1", "title=Gi%E1%BA%A5y+ph%C3%A9p&n=1", &cgi, &why) == 0,
	    "a form with a query is parsed");
	if (cgi) {
		is_str(hdf_get_value(cgi->hdf, "Query.q", ""), "hộ chiếu", "the query's fields, decoded");
		is_str(hdf_get_value(cgi->hdf, "Query.title", ""), "Giấy phép", "and the body's");
		is_str(hdf_get_value(cgi->hdf, "Cookie.cong_csrf", ""), "tok", "a good cookie is seen");
		ok(hdf_get_obj(cgi->hdf, "Cookie.bad") == NULL, "a bad one is not");
		cgi_destroy(&cgi);
	}
	ok(parse("", "multipart/form-data; boundary=xyz", NULL, multipart, &cgi, &why) == 0,
	    "a multipart form is parsed");
	if (cgi) {
		is_str(hdf_get_value(cgi->hdf, "Query.title", ""), "Đổi giấy phép", "its text field");
		is_str(hdf_get_value(cgi->hdf, "Query.note", ""), "dòng 1\r\ndòng 2",
		    "its lines, as sent");
		cgi_destroy(&cgi);
	}
	ok(parse("", "multipart/form-data; boundary=xyz", NULL, dotted, &cgi, &why) == 400,
	    "a part named with a dot is refused before the kit sees it");
	ok(parse("", "multipart/form-data; boundary=xyz", NULL, "--xyz\r\nContent-Disposition: "
	    "form-data; name=\"a\"\r\n\r\nno end", &cgi, &why) == 400 && why &&
	    strcmp(why, "Dữ liệu multipart/form-data không đúng định dạng hoặc bị cắt ngắn.") == 0,
	    "a multipart body cut short is 400, saying so");
	ok(parse("", "multipart/form-data; boundary=xyz", NULL, "", &cgi, &why) == 400 && why &&
	    strcmp(why, "Dữ liệu multipart/form-data rỗng.") == 0, "an empty one too");
	ok(parse("a.b=1", NULL, NULL, "", &cgi, &why) == 400, "a query with a dotted name is 400");
	ok(parse("", NULL, NULL, "a=1", &cgi, &why) == 400 && why &&
	    strcmp(why, "Yêu cầu có dữ liệu nhưng không có tiêu đề Content-Type.") == 0,
	    "a body without a Content-Type is 400");
	ok(parse("", "application/json", NULL, "{}", &cgi, &why) == 415, "JSON to a form is 415");
	ok(parse("", "application/x-www-form-urlencoded", NULL, "a=%00", &cgi, &why) == 400,
	    "a form with %%00 is 400");
	ok(parse("", "application/x-www-form-urlencoded; charset=latin1", NULL, "a=1", &cgi, &why)
	    == 415, "a form in another charset is 415");
	input_free(&parse_in);
}

int
main(void)
{
	input_cgiwrap_init();
	test_pairs();
	test_content_type();
	test_cookies();
	test_read_body();
	test_requests();
	return done_testing();
}
