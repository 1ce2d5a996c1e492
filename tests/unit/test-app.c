/* test-app: the dispatcher, in-process — a request's parameters and body on in-memory FastCGI
 * streams go through app_serve (match, authorise, CSRF, validate, handler, answer), and what it
 * writes is read back: the status, the Allow list of a 405, the security headers, the error page.
 * app.c's functions are static, so this file includes it; no database is reached (no request
 * here carries a session cookie), and pages with a session are authorised on a struct sess made
 * by hand. */
#include "config.h"

#include "app.c"

#include "crypto.h"
#include "tap.h"

/* --- in-memory FastCGI streams -------------------------------------------------------------- */

static unsigned char out_data[256 * 1024];
static unsigned char in_data[8192];

/* The whole answer fits in out_data; a write past it is a failed test, not a crash. */
static void
out_overflow(FCGX_Stream *stream, int do_close)
{
	(void)do_close;
	stream->FCGI_errno = 1;
	stream->wrNext = stream->stop = out_data;
}

/* The body is all in in_data: asked for more, the stream ends. */
static void
in_end(FCGX_Stream *stream)
{
	stream->isClosed = 1;
}

/* --- the family under test ------------------------------------------------------------------ */

/* Each handler answers a plain-text body saying what it saw, so the test can read it back. */
static int
h_item(struct req *req)
{
	buf_printf(&req->body, "item=%s", req->path_args[0]);
	req->content_type = "text/plain; charset=utf-8";
	return 200;
}

static int
h_echo(struct req *req)
{
	const char *csrf = hdf_get_value(req->hdf, "Csrf.Token", NULL);

	buf_printf(&req->body, "ran csrf=%s page=%s", csrf ? csrf : "(none)",
	    req_form(req, "page") ? req_form(req, "page") : "(none)");
	req->content_type = "text/plain; charset=utf-8";
	return 200;
}

static int
h_conflict(struct req *req)
{
	(void)req;
	return 409;
}

static int
h_detail(struct req *req)
{
	req_error(req, "Hồ sơ đã được tiếp nhận.");
	return 409;
}

static int
h_unavailable(struct req *req)
{
	(void)req;
	return 503;
}

static int
h_private(struct req *req)
{
	req->cache_private = 1;
	req_header(req, "Referrer-Policy", "no-referrer");
	req->form_target = "https://shop.example";
	return h_echo(req);
}

static int
h_redirect(struct req *req)
{
	return req_redirect(req, 303, "/done");
}

static const struct field_rule paged_fields[] = {
	FIELD_RULE("page", "Trang", FIELD_UINT, 1, 50, NULL),
	FIELD_END
};

/* The form a declared page gives back: what was typed and the field's problem. */
static int
h_form_back(struct req *req)
{
	buf_printf(&req->body, "form title=%s error=%s", req_form(req, "title") ? req_form(req, "title")
	    : "(none)", hdf_get_value(req->hdf, "Errors.title", "(none)"));
	req->content_type = "text/plain; charset=utf-8";
	return 200;
}

static const struct field_rule declared_fields[] = {
	FIELD_RULE("title", "Tiêu đề", FIELD_TEXT, 0, 5, NULL, .required = "Vui lòng nhập tiêu đề."),
	FIELD_END
};

static const struct page test_pages[] = {
	{ REQ_POST,           "/declared",    h_echo,        declared_fields, PAGE_NO_CSRF, h_form_back },
	{ REQ_GET,            "/items/{id}",  h_item,        NULL,         0, NULL },
	{ REQ_GET,            "/paged",       h_echo,        paged_fields, 0, NULL },
	{ REQ_GET | REQ_POST, "/form",        h_echo,        NULL,         PAGE_FORM, NULL },
	{ REQ_POST,           "/change",      h_echo,        NULL,         0, NULL },
	{ REQ_DELETE,         "/change",      h_echo,        NULL,         0, NULL },
	{ REQ_POST,           "/signed",      h_echo,        NULL,         PAGE_NO_CSRF, NULL },
	{ REQ_GET | REQ_POST, "/mine",        h_echo,        NULL,         PAGE_LOGIN, NULL },
	{ REQ_PUT,            "/thing",       h_echo,        NULL,         PAGE_NO_CSRF, NULL },
	{ REQ_GET,            "/conflict",    h_conflict,    NULL,         0, NULL },
	{ REQ_GET,            "/detail",      h_detail,      NULL,         0, NULL },
	{ REQ_GET,            "/unavailable", h_unavailable, NULL,         0, NULL },
	{ REQ_GET,            "/private",     h_private,     NULL,         0, NULL },
	{ REQ_GET,            "/redirect",    h_redirect,    NULL,         0, NULL },
};

static const struct family test_family = {
	.name = "test",
	FAMILY_PAGES(test_pages),
};

static struct app test_app;

/* Serves one request: method and path, an optional query string, Cookie header and
 * url-encoded body. Returns the answer, headers and body, NUL-terminated (static). */
static const char *
serve(const char *method, const char *path, const char *query, const char *cookie,
    const char *body)
{
	static char env[6][1024];
	char *envp[8];
	FCGX_Stream in, out;
	FCGX_Request fcgi;
	size_t n = 0, body_len = body ? strlen(body) : 0;

	snprintf(env[0], sizeof(env[0]), "REQUEST_METHOD=%s", method);
	snprintf(env[1], sizeof(env[1]), "DOCUMENT_URI=%s", path);
	snprintf(env[2], sizeof(env[2]), "QUERY_STRING=%s", query ? query : "");
	envp[n++] = env[0];
	envp[n++] = env[1];
	envp[n++] = env[2];
	if (cookie) {
		snprintf(env[3], sizeof(env[3]), "HTTP_COOKIE=%s", cookie);
		envp[n++] = env[3];
	}
	if (body) {
		snprintf(env[4], sizeof(env[4]), "CONTENT_TYPE=application/x-www-form-urlencoded");
		snprintf(env[5], sizeof(env[5]), "CONTENT_LENGTH=%zu", body_len);
		envp[n++] = env[4];
		envp[n++] = env[5];
		memcpy(in_data, body, body_len);
	}
	envp[n] = NULL;

	memset(&in, 0, sizeof(in));
	in.isReader = 1;
	in.rdNext = in.stopUnget = in_data;
	in.stop = in_data + body_len;
	in.fillBuffProc = in_end;
	memset(&out, 0, sizeof(out));
	out.wrNext = out_data;
	out.stop = out_data + sizeof(out_data) - 1;
	out.emptyBuffProc = out_overflow;
	memset(&fcgi, 0, sizeof(fcgi));
	fcgi.in = &in;
	fcgi.out = &out;
	fcgi.envp = envp;

	app_serve(&test_app, &fcgi);
	*out.wrNext = '\0';
	return (const char *)out_data;
}

/* The value of header name in an answer ("" when absent), in a static buffer. */
static const char *
header(const char *answer, const char *name)
{
	static char value[1024];
	const char *end = strstr(answer, "\r\n\r\n"), *p = answer, *eol;
	size_t len = strlen(name);

	value[0] = '\0';
	while (p && end && p < end) {
		eol = strstr(p, "\r\n");
		if (strncmp(p, name, len) == 0 && p[len] == ':' && p[len + 1] == ' ') {
			snprintf(value, sizeof(value), "%.*s", (int)(eol - p - len - 2), p + len + 2);
			break;
		}
		p = eol + 2;
	}
	return value;
}

/* How many times header name appears. */
static int
header_count(const char *answer, const char *name)
{
	const char *end = strstr(answer, "\r\n\r\n"), *p = answer;
	size_t len = strlen(name);
	int n = 0;

	while (p && end && p < end) {
		if (strncmp(p, name, len) == 0 && p[len] == ':')
			n++;
		p = strstr(p, "\r\n") + 2;
	}
	return n;
}

static const char *
body_of(const char *answer)
{
	const char *end = strstr(answer, "\r\n\r\n");

	return end ? end + 4 : "";
}

/* --- authorisation on a hand-made session ---------------------------------------------------- */

static struct sess *
sess_made(enum sess_role role, int totp_enabled, int pending)
{
	struct sess *s = xcalloc(1, sizeof(*s));

	s->role = role;
	s->kind = xstrdup(role == ROLE_ADMIN ? "admin" : role == ROLE_OFFICIAL ? "official"
	    : "citizen");
	s->full_name = xstrdup("Nguyễn Văn A");
	s->totp_enabled = totp_enabled;
	s->pending = pending;
	return s;
}

/* Runs app_authorise for a page of these flags and this session (taken), by method; returns its
 * status, and in *kept whether the request still has its session, in location where it sent. */
static int
authorise(enum req_method method, unsigned flags, struct sess *sess, int *kept,
    char *location, size_t location_size)
{
	static char qs[] = "QUERY_STRING=q=a b";
	char *envp[] = { qs, NULL };
	FCGX_Request fcgi;
	struct page page = { REQ_GET | REQ_POST, "/x", h_echo, NULL, flags, NULL };
	struct req req;
	int status;

	memset(&fcgi, 0, sizeof(fcgi));
	fcgi.envp = envp;
	memset(&req, 0, sizeof(req));
	req.app = &test_app;
	req.fcgi = &fcgi;
	req.method = method;
	req.path = "/x/y";
	req.page = &page;
	req.sess = sess;
	status = app_authorise(&req);
	*kept = req.sess != NULL;
	snprintf(location, location_size, "%s", req.location ? req.location : "");
	free(req.location);
	free(req.error_message);
	sess_free(req.sess);
	return status;
}

static void
test_authorise(void)
{
	char where[256];
	int kept;

	ok(authorise(REQ_GET, 0, NULL, &kept, where, sizeof(where)) == 0,
	    "a public page is open to a visitor");
	ok(authorise(REQ_GET, PAGE_LOGIN, NULL, &kept, where, sizeof(where)) == 303,
	    "a visitor asking for a login page is sent away (303)");
	is_str(where, "/account/login?next=%2Fx%2Fy%3Fq%3Da%20b",
	    "to the login page, with next= the page and its query, encoded");
	ok(authorise(REQ_POST, PAGE_LOGIN, NULL, &kept, where, sizeof(where)) == 403,
	    "a visitor's POST to a login page is refused (403), not redirected");
	ok(authorise(REQ_GET, PAGE_LOGIN, sess_made(ROLE_CITIZEN, 0, 0), &kept, where,
	    sizeof(where)) == 0 && kept, "a citizen opens a login page");
	ok(authorise(REQ_GET, PAGE_STAFF, sess_made(ROLE_CITIZEN, 1, 0), &kept, where,
	    sizeof(where)) == 403, "a citizen may not open a staff page (403)");
	ok(authorise(REQ_GET, PAGE_ADMIN, sess_made(ROLE_OFFICIAL, 1, 0), &kept, where,
	    sizeof(where)) == 403, "an official may not open an admin page (403)");
	ok(authorise(REQ_GET, PAGE_STAFF, sess_made(ROLE_OFFICIAL, 1, 0), &kept, where,
	    sizeof(where)) == 0, "an official with 2FA opens a staff page");
	ok(authorise(REQ_GET, PAGE_STAFF, sess_made(ROLE_ADMIN, 1, 0), &kept, where,
	    sizeof(where)) == 0, "so does an admin");
	ok(authorise(REQ_GET, PAGE_ADMIN, sess_made(ROLE_ADMIN, 1, 0), &kept, where,
	    sizeof(where)) == 0, "an admin with 2FA opens an admin page");
	ok(authorise(REQ_GET, PAGE_STAFF, sess_made(ROLE_OFFICIAL, 0, 0), &kept, where,
	    sizeof(where)) == 303, "an official without 2FA is sent to set it up");
	is_str(where, "/account/2fa?next=%2Fx%2Fy%3Fq%3Da%20b", "to /account/2fa, with next=");
	ok(authorise(REQ_POST, PAGE_ADMIN, sess_made(ROLE_ADMIN, 0, 0), &kept, where,
	    sizeof(where)) == 403, "an admin's POST without 2FA is refused (403)");
	ok(authorise(REQ_GET, PAGE_STAFF | PAGE_NO_2FA, sess_made(ROLE_OFFICIAL, 0, 0), &kept,
	    where, sizeof(where)) == 0, "PAGE_NO_2FA: the set-up page opens without 2FA");
	ok(authorise(REQ_GET, PAGE_LOGIN, sess_made(ROLE_CITIZEN, 1, 1), &kept, where,
	    sizeof(where)) == 303, "a session waiting for its code is not a login");
	is_str(where, "/account/login/2fa?next=%2Fx%2Fy%3Fq%3Da%20b", "it is sent for the code");
	ok(authorise(REQ_POST, PAGE_STAFF, sess_made(ROLE_OFFICIAL, 1, 1), &kept, where,
	    sizeof(where)) == 403, "its POST to a staff page is refused (403)");
	ok(authorise(REQ_GET, PAGE_PENDING, sess_made(ROLE_CITIZEN, 1, 1), &kept, where,
	    sizeof(where)) == 0 && kept, "PAGE_PENDING: the code page opens, with the session");
	ok(authorise(REQ_GET, 0, sess_made(ROLE_CITIZEN, 1, 1), &kept, where, sizeof(where)) == 0 &&
	    !kept, "on a public page a waiting session is shown as a visitor");
}

/* --- requests through app_serve --------------------------------------------------------------- */

static void
test_serve(void)
{
	static const char csp[] = "default-src 'none'; script-src 'self'; style-src 'self'; "
	    "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
	    "frame-ancestors 'none'; base-uri 'none'";
	char token[CRYPTO_TOKEN_SIZE], other[CRYPTO_TOKEN_SIZE], cookie[128], form[128];
	const char *a;

	a = serve("GET", "/items/1.004194", NULL, NULL, NULL);
	ok(strncmp(a, "Status: 200 OK\r\n", 16) == 0, "a page is found (200)");
	is_str(body_of(a), "item=1.004194", "with its {id} segment");
	is_str(header(a, "Content-Type"), "text/plain; charset=utf-8", "in the handler's type");
	is_str(header(a, "Content-Length"), "13", "and its length");
	is_str(header(a, "Content-Security-Policy"), csp, "the strict CSP is on every page");
	is_str(header(a, "X-Content-Type-Options"), "nosniff", "nosniff");
	is_str(header(a, "X-Frame-Options"), "DENY", "no framing");
	is_str(header(a, "Referrer-Policy"), "same-origin", "same-origin referrers");
	is_str(header(a, "Cache-Control"), "no-cache", "a visitor's page: no-cache");
	ok(header_count(a, "Retry-After") == 0 && header_count(a, "Location") == 0,
	    "no Retry-After, no Location");

	a = serve("HEAD", "/items/7", NULL, NULL, NULL);
	ok(strncmp(a, "Status: 200 OK\r\n", 16) == 0 && strcmp(body_of(a), "") == 0,
	    "HEAD runs the GET page, without a body");
	is_str(header(a, "Content-Length"), "6", "but with its length");

	a = serve("GET", "/nowhere", NULL, NULL, NULL);
	ok(strncmp(a, "Status: 404 Not Found\r\n", 23) == 0, "an unknown path is 404");
	is_str(header(a, "Content-Type"), "text/html; charset=utf-8", "an HTML error page");
	ok(strstr(body_of(a), "Không tìm thấy trang") != NULL, "that says so in Vietnamese");
	ok(strstr(body_of(a), "<!DOCTYPE") == body_of(a), "and starts with its doctype");

	a = serve("GET", "/change", NULL, NULL, NULL);
	ok(strncmp(a, "Status: 405 Method Not Allowed\r\n", 32) == 0, "a known path, wrong method: 405");
	is_str(header(a, "Allow"), "POST, DELETE", "Allow lists the methods of every entry of it");
	ok(strstr(body_of(a), "Thao tác không được hỗ trợ") != NULL, "its page says why");
	a = serve("POST", "/items/1", NULL, NULL, "a=1");
	is_str(header(a, "Allow"), "GET, HEAD", "GET brings HEAD");
	a = serve("GET", "/thing", NULL, NULL, NULL);
	is_str(header(a, "Allow"), "PUT", "a PUT-only page allows PUT");

	a = serve("GET", "/conflict", NULL, NULL, NULL);
	ok(strncmp(a, "Status: 409 Conflict\r\n", 22) == 0, "a handler's 409 is the status");
	ok(strstr(body_of(a), "Chưa thực hiện được") != NULL, "on the error page of 409");
	a = serve("GET", "/detail", NULL, NULL, NULL);
	ok(strstr(body_of(a), "Hồ sơ đã được tiếp nhận.") != NULL, "which shows the handler's detail");
	a = serve("GET", "/unavailable", NULL, NULL, NULL);
	ok(strncmp(a, "Status: 503 Service Unavailable\r\n", 33) == 0, "503");
	is_str(header(a, "Retry-After"), "30", "comes with Retry-After: 30");
	ok(strstr(body_of(a), "Hệ thống tạm thời gián đoạn") != NULL, "and says the system is down");
	a = serve("GET", "/redirect", NULL, NULL, NULL);
	ok(strncmp(a, "Status: 303 See Other\r\n", 23) == 0, "a redirect");
	is_str(header(a, "Location"), "/done", "has its Location");

	a = serve("GET", "/private", NULL, NULL, NULL);
	is_str(header(a, "Cache-Control"), "no-store", "personal data: no-store");
	is_str(header(a, "Referrer-Policy"), "no-referrer", "a page's own Referrer-Policy");
	ok(header_count(a, "Referrer-Policy") == 1, "replaces the default one");
	ok(strstr(header(a, "Content-Security-Policy"), "form-action 'self' https://shop.example;")
	    != NULL, "a page's form target is allowed in form-action");
	test_app.form_origin = "https://pay.example";
	a = serve("GET", "/items/1", NULL, NULL, NULL);
	ok(strstr(header(a, "Content-Security-Policy"), "form-action 'self' https://pay.example;")
	    != NULL, "so is the payment gateway's origin, on every page");
	test_app.form_origin = NULL;

	a = serve("GET", "/paged", "page=3", NULL, NULL);
	is_str(body_of(a), "ran csrf=(none) page=3", "a valid field reaches the handler");
	a = serve("GET", "/paged", "page=51", NULL, NULL);
	ok(strncmp(a, "Status: 400 Bad Request\r\n", 25) == 0, "an invalid one is 400");
	ok(strstr(body_of(a), "Giá trị của «Trang» phải là số từ 1 đến 50.") != NULL,
	    "with the field's message on the error page");

	a = serve("POST", "/declared", NULL, NULL, "title=abc");
	ok(strncmp(a, "Status: 200 OK\r\n", 16) == 0 && strncmp(body_of(a), "ran ", 4) == 0,
	    "a good declared field reaches the handler");
	a = serve("POST", "/declared", NULL, NULL, "title=abcdefg");
	ok(strncmp(a, "Status: 422 ", 12) == 0,
	    "an invalid declared field on a page with a form is 422");
	is_str(body_of(a), "form title=abcdefg error=Trường «Tiêu đề» dài quá 5 ký tự.",
	    "the form comes back (not the handler), with what was typed and the problem beside it");
	a = serve("POST", "/declared", NULL, NULL, "other=1");
	is_str(body_of(a), "form title=(none) error=Vui lòng nhập tiêu đề.",
	    "a required field left out is the table's message");

	a = serve("GET", "/mine", "a=1", NULL, NULL);
	ok(strncmp(a, "Status: 303 See Other\r\n", 23) == 0, "a login page sends a visitor away");
	is_str(header(a, "Location"), "/account/login?next=%2Fmine%3Fa%3D1", "to log in");

	/* CSRF: a visitor's token is the cong_csrf cookie, sent back in the form's csrf field. */
	a = serve("GET", "/form", NULL, NULL, NULL);
	ok(strncmp(header(a, "Set-Cookie"), "cong_csrf=", 10) == 0 &&
	    strstr(header(a, "Set-Cookie"), "; Path=/; HttpOnly; Secure; SameSite=Strict") != NULL,
	    "a form page gives a visitor a CSRF cookie: HttpOnly, Secure, SameSite=Strict");
	ok(strncmp(body_of(a), "ran csrf=", 9) == 0 &&
	    strncmp(body_of(a) + 9, header(a, "Set-Cookie") + 10, CRYPTO_TOKEN_SIZE - 1) == 0,
	    "and the form's Csrf.Token is that cookie's token");
	ok(crypto_token(token) == 0 && crypto_token(other) == 0, "two tokens");
	snprintf(cookie, sizeof(cookie), "cong_csrf=%s", token);
	a = serve("POST", "/change", NULL, cookie, "x=1");
	ok(strncmp(a, "Status: 403 Forbidden\r\n", 23) == 0, "a POST without the csrf field is 403");
	ok(strstr(body_of(a), "Biểu mẫu đã hết hạn") != NULL, "saying the form has expired");
	snprintf(form, sizeof(form), "csrf=%s", other);
	a = serve("POST", "/change", NULL, cookie, form);
	ok(strncmp(a, "Status: 403 Forbidden\r\n", 23) == 0, "a POST with another token is 403");
	snprintf(form, sizeof(form), "csrf=%s", token);
	a = serve("POST", "/change", NULL, NULL, form);
	ok(strncmp(a, "Status: 403 Forbidden\r\n", 23) == 0, "a POST with a token but no cookie is 403");
	a = serve("POST", "/change", NULL, cookie, form);
	ok(strncmp(a, "Status: 200 OK\r\n", 16) == 0 && strcmp(body_of(a), "ran csrf=(none) page=(none)")
	    == 0, "a POST with the cookie's token runs the handler");
	a = serve("DELETE", "/change", NULL, cookie, "x=1");
	ok(strncmp(a, "Status: 403 Forbidden\r\n", 23) == 0, "DELETE is checked for CSRF too");
	a = serve("POST", "/signed", NULL, NULL, "x=1");
	ok(strncmp(a, "Status: 200 OK\r\n", 16) == 0, "PAGE_NO_CSRF: a POST without a token runs");
	a = serve("POST", "/mine", NULL, cookie, form);
	ok(strncmp(a, "Status: 403 Forbidden\r\n", 23) == 0,
	    "a visitor's POST to a login page is 403, even with a good token");

	test_app.max_body = 4;
	a = serve("POST", "/signed", NULL, NULL, "x=12345");
	ok(strncmp(a, "Status: 413 Payload Too Large\r\n", 31) == 0, "a body over the limit is 413");
	test_app.max_body = 1024 * 1024;

	a = serve("GET", "/items/1", "doc.FileHandle=1", NULL, NULL);
	ok(strncmp(a, "Status: 400 Bad Request\r\n", 25) == 0,
	    "a query string input.c refuses is 400, before any page runs");
	ok(strstr(body_of(a), "Tên trường trong dữ liệu gửi lên không hợp lệ.") != NULL,
	    "with input.c's reason on the error page");
}

/* A session cookie is looked up in the database; with the database down, only the pages that need
 * to know who is asking fail (503), and the others serve a visitor. */
static void
test_database_down(void)
{
	char token[CRYPTO_TOKEN_SIZE], cookie[128];
	const char *a;

	hdf_set_value(test_app.conf, "Db.Socket", "/nonexistent/cong-test.sock");
	test_app.db = db_new(test_app.conf);
	ok(crypto_token(token) == 0, "a session token");
	snprintf(cookie, sizeof(cookie), "cong_session=%s", token);
	a = serve("GET", "/mine", NULL, cookie, NULL);
	ok(strncmp(a, "Status: 503 Service Unavailable\r\n", 33) == 0,
	    "a login page with a session cookie and no database is 503");
	is_str(header(a, "Retry-After"), "30", "to be tried again");
	a = serve("GET", "/items/5", NULL, cookie, NULL);
	ok(strncmp(a, "Status: 200 OK\r\n", 16) == 0 && strcmp(body_of(a), "item=5") == 0,
	    "a public page still serves, as to a visitor");
	is_str(header(a, "Cache-Control"), "no-cache", "without a session");
	db_close(test_app.db);
	test_app.db = NULL;
}

static void
test_titles(void)
{
	is_str(app_status_title(200), "OK", "200 OK");
	is_str(app_status_title(422), "Unprocessable Content", "422");
	is_str(app_status_title(429), "Too Many Requests", "429");
	is_str(app_status_title(502), "Internal Server Error", "an unlisted 5xx");
	is_str(app_status_title(418), "Error", "an unlisted 4xx");
}

int
main(void)
{
	memset(&test_app, 0, sizeof(test_app));
	test_app.family = &test_family;
	app_family = &test_family;
	if (hdf_init(&test_app.conf) != STATUS_OK)
		return 99;
	test_app.max_body = 1024 * 1024;
	test_app.templates = tmpl_cache_new(TEST_SRCDIR "/templates");
	ok(test_app.templates != NULL, "the templates are parsed");
	input_cgiwrap_init();

	test_titles();
	test_authorise();
	test_serve();
	test_database_down();

	tmpl_cache_free(test_app.templates);
	hdf_destroy(&test_app.conf);
	return done_testing();
}
