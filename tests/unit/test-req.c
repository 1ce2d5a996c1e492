/* test-req: the answer a handler builds — headers that cannot be split, redirects, a form's
 * errors, a file to save and its name — on a request with an HDF and no FastCGI stream. */
#include "config.h"

#include <stdlib.h>

#include "req.h"
#include "tap.h"

static void
req_begin(struct req *req)
{
	memset(req, 0, sizeof(*req));
	hdf_init(&req->hdf);
}

static void
req_end(struct req *req)
{
	hdf_destroy(&req->hdf);
	buf_free(&req->headers);
	buf_free(&req->body);
	free(req->location);
	free(req->error_message);
}

int
main(void)
{
	struct req req;
	char name[32];

	req_begin(&req);
	req_header(&req, "X-A", "1");
	req_header(&req, "Set-Cookie", "a=1\r\nSet-Cookie: admin=1");
	req_header(&req, "X-B", "two\nlines");
	req_header(&req, "X-C", "3");
	is_str(buf_str(&req.headers), "X-A: 1\r\nX-C: 3\r\n",
	    "headers are added one a line; a value with a line break is dropped");

	ok(req_redirect(&req, 303, "/dossiers/%d", 42) == 303, "a redirect returns its status");
	is_str(req.location, "/dossiers/42", "and sets its location");
	ok(req_redirect(&req, 302, "/x\r\nSet-Cookie: a=1") == 400, "a location with a break is 400");
	is_str(req.location, "/dossiers/42", "and leaves the location as it was");

	req_field_error(&req, "email", "Địa chỉ thư không hợp lệ.");
	req_field_error(&req, "email", "Thư đã được dùng.");
	req_field_error(&req, "phone", "Số điện thoại không hợp lệ.");
	is_str(hdf_get_value(req.hdf, "Errors.email", NULL), "Địa chỉ thư không hợp lệ.",
	    "a field's first error stays");
	is_str(hdf_get_value(req.hdf, "Errors.phone", NULL), "Số điện thoại không hợp lệ.",
	    "each field has its own");
	is_str(hdf_get_value(req.hdf, "Form.Invalid", NULL), "1", "and the form is marked invalid");

	req_error(&req, "Hồ sơ %s", "H01.1");
	req_error(&req, "Hồ sơ %s đã nộp.", "H01.2");
	is_str(req.error_message, "Hồ sơ H01.2 đã nộp.", "the last error message is the page's");

	ok(req_set(&req, "Form.page", "7") == 0 && req_form_int(&req, "page", 1) == 7,
	    "a form value as a number");
	ok(req_form_int(&req, "missing", -3) == -3 && req_form(&req, "missing") == NULL,
	    "a missing one is the default");
	ok(req_setf(&req, "A.B", "%s-%d", "x", 5) == 0 &&
	    strcmp(hdf_get_value(req.hdf, "A.B", ""), "x-5") == 0, "req_setf formats");
	ok(req_set_int(&req, "A.N", -9223372036854775807LL - 1) == 0 &&
	    strcmp(hdf_get_value(req.hdf, "A.N", ""), "-9223372036854775808") == 0,
	    "req_set_int takes the smallest long long");
	ok(req_set(&req, "A.Empty", NULL) == 0 && hdf_get_obj(req.hdf, "A.Empty") != NULL &&
	    strcmp(hdf_get_value(req.hdf, "A.Empty", "x"), "") == 0, "NULL is set as empty");
	ok(req_node_set(req_node(&req, "List.0"), "Name", "Hà Giang") == 0 &&
	    strcmp(hdf_get_value(req.hdf, "List.0.Name", ""), "Hà Giang") == 0,
	    "a value under a node");

	ok(hdf_name_index(name, sizeof(name), "Results.", 37, ".Seg") == 14, "an item's name");
	is_str(name, "Results.37.Seg", "is prefix, number, suffix");
	ok(hdf_name_index(name, sizeof(name), "R.", 0, "") == 3 && strcmp(name, "R.0") == 0,
	    "item 0");
	ok(hdf_name_index(name, 8, "Results.", 37, ".Seg") == 7, "cut to fit");
	is_str(name, "Results", "and NUL-terminated");
	ok(hdf_name_index(name, sizeof(name), "", 18446744073709551615ULL, "") == 20 &&
	    strcmp(name, "18446744073709551615") == 0, "the largest size_t");
	req_end(&req);

	req_begin(&req);
	req.template = "x.cs";
	req_send_file(&req, "Giấy đề nghị \"số 1\" 100%.pdf", "application/pdf", "%PDF", 4);
	is_str(buf_str(&req.headers), "Content-Disposition: attachment; filename=\"Giay de nghi _so "
	    "1_ 100_.pdf\"; filename*=UTF-8''Gi%E1%BA%A5y%20%C4%91%E1%BB%81%20ngh%E1%BB%8B%20%22s%E1"
	    "%BB%91%201%22%20100%25.pdf\r\n",
	    "a file's name: an ASCII fallback (marks folded, quotes and %% as _) and the exact name");
	ok(req.body.len == 4 && memcmp(req.body.data, "%PDF", 4) == 0, "its bytes are the body");
	ok(req.template == NULL && req.cache_private == 1, "no template, never cached");
	is_str(req.content_type, "application/pdf", "a PDF");
	req_end(&req);
	req_begin(&req);
	req_send_file(&req, "a.png", "image/png", "x", 1);
	is_str(req.content_type, "image/png", "a PNG");
	req_end(&req);
	req_begin(&req);
	req_send_file(&req, "a\x01\xff.html", "text/html", "x", 1);
	is_str(req.content_type, "image/jpeg", "any other type is sent as a JPEG, never as claimed");
	is_str(buf_str(&req.headers), "Content-Disposition: attachment; filename=\"a__.html\"; "
	    "filename*=UTF-8''a%01%FF.html\r\n", "controls and broken UTF-8 are _ in the fallback");
	req_end(&req);
	return done_testing();
}
