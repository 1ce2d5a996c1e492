/* app: a family program's process and the dispatcher of its requests. */
#include "config.h"

#include "app.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "conf.h"
#include "db.h"
#include "fmt.h"
#include "input.h"
#include "log.h"
#include "runner.h"
#include "sess.h"
#include "tmpl.h"
#include "url.h"

/* The family this process serves; set once in app_main before forking. */
static const struct family *app_family;

/* --- per-process life ------------------------------------------------------------------------ */

static void *
app_worker_init(const char *conf_path)
{
	struct app *app = xcalloc(1, sizeof(*app));

	app->family = app_family;
	if (conf_load(conf_path, &app->conf) == -1) {
		free(app);
		return NULL;
	}
	app->templates_dir = conf_str(app->conf, "Paths.Templates", CONG_PKGDATADIR "/templates");
	/* A family that takes uploads has a limit of its own: Limits.MaxBody.<family>. */
	{
		char name[64];

		if (fmt_into(name, sizeof(name), "Limits.MaxBody.%s", app_family->name) == -1) {
			log_err("app: family name %s too long", app_family->name);
			hdf_destroy(&app->conf);
			free(app);
			return NULL;
		}
		app->max_body = conf_int(app->conf, name,
		    conf_int(app->conf, "Limits.MaxBody", 1024 * 1024));
	}
	/* A pay button's form is followed, by a redirect, to the payment gateway: the policy of every
	 * page that may carry one must let the form go there. The dispatcher knows the gateway only
	 * as a configured address (conf/cong.conf links it to the provider's own); its origin is
	 * taken once, here. */
	{
		const char *url = conf_str(app->conf, "Security.FormActionURL", "");
		struct buf origin = BUF_INIT;

		if (*url && url_origin(url, &origin) == -1)
			log_warn("app: Security.FormActionURL %s is not an absolute URL; ignored", url);
		app->form_origin = origin.len ? buf_detach(&origin) : NULL;
		buf_free(&origin);
	}
	app->db = db_new(app->conf);
	if ((app->templates = tmpl_cache_new(app->templates_dir)) == NULL) {
		free(app->form_origin);
		db_close(app->db);
		hdf_destroy(&app->conf);
		free(app);
		return NULL;
	}
	input_cgiwrap_init();
	/* Connecting now only saves the first request the wait; a server that is down is not fatal:
	 * requests get a 503 until it is back. */
	if (db_connect(app->db) == -1)
		log_warn("database not reachable at start-up; serving 503 until it is");
	if (app->family->init && (app->family_ctx = app->family->init(app)) == NULL) {
		free(app->form_origin);
		tmpl_cache_free(app->templates);
		db_close(app->db);
		hdf_destroy(&app->conf);
		free(app);
		return NULL;
	}
	return app;
}

static void
app_worker_done(void *ctx)
{
	struct app *app = ctx;

	if (app->family->done)
		app->family->done(app->family_ctx);
	tmpl_cache_free(app->templates);
	free(app->form_origin);
	db_close(app->db);
	hdf_destroy(&app->conf);
	free(app);
}

/* --- the answer ------------------------------------------------------------------------------- */

const char *
app_status_title(int status)
{
	switch (status) {
	case 200: return "OK";
	case 201: return "Created";
	case 204: return "No Content";
	case 301: return "Moved Permanently";
	case 302: return "Found";
	case 303: return "See Other";
	case 304: return "Not Modified";
	case 400: return "Bad Request";
	case 401: return "Unauthorized";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 409: return "Conflict";
	case 410: return "Gone";
	case 413: return "Payload Too Large";
	case 415: return "Unsupported Media Type";
	case 422: return "Unprocessable Content";
	case 429: return "Too Many Requests";
	case 503: return "Service Unavailable";
	default:  return status >= 500 ? "Internal Server Error" : "Error";
	}
}

/* What an error page says, in Vietnamese. */
static void
app_error_text(int status, const char **title, const char **message)
{
	switch (status) {
	case 400:
		*title = "Yêu cầu không hợp lệ";
		*message = "Địa chỉ hoặc dữ liệu bạn gửi không đúng định dạng. Vui lòng kiểm tra lại.";
		break;
	case 403:
		*title = "Không có quyền truy cập";
		*message = "Bạn không có quyền thực hiện thao tác này.";
		break;
	case 404:
		*title = "Không tìm thấy trang";
		*message = "Trang bạn tìm không tồn tại hoặc đã được chuyển sang địa chỉ khác.";
		break;
	case 405:
		*title = "Thao tác không được hỗ trợ";
		*message = "Địa chỉ này không nhận phương thức yêu cầu bạn đã dùng.";
		break;
	case 413:
		*title = "Dữ liệu gửi lên quá lớn";
		*message = "Tệp hoặc biểu mẫu bạn gửi vượt quá dung lượng cho phép. "
		    "Vui lòng giảm dung lượng tệp rồi gửi lại.";
		break;
	case 415:
		*title = "Kiểu dữ liệu không được hỗ trợ";
		*message = "Địa chỉ này chỉ nhận dữ liệu biểu mẫu (form) mã hoá UTF-8.";
		break;
	case 409:
		*title = "Chưa thực hiện được";
		*message = "Thao tác này không thực hiện được với trạng thái hiện tại của hồ sơ. "
		    "Vui lòng tải lại trang rồi thử lại.";
		break;
	case 410:
		*title = "Không còn giá trị";
		*message = "Trang hoặc liên kết này không còn giá trị.";
		break;
	case 429:
		*title = "Quá nhiều yêu cầu";
		*message = "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng đợi ít phút "
		    "rồi thử lại.";
		break;
	case 503:
		*title = "Hệ thống tạm thời gián đoạn";
		*message = "Cổng đang tạm ngừng phục vụ do sự cố kết nối dữ liệu. "
		    "Vui lòng thử lại sau ít phút; dữ liệu của bạn không bị mất.";
		break;
	default:
		*title = "Lỗi hệ thống";
		*message = "Đã có lỗi xảy ra phía máy chủ. Vui lòng thử lại sau ít phút.";
		break;
	}
}

/* Renders the error page for status into body; falls back to plain HTML if even that fails. */
static void
app_render_error(struct req *req, int status, struct buf *body)
{
	const char *title, *message;

	app_error_text(status, &title, &message);
	if (req->hdf) {
		req_set_int(req, "Error.Status", status);
		req_set(req, "Error.Title", title);
		req_set(req, "Error.Message", req->error_message ? req->error_message : message);
		req_set(req, "Page.Title", title);
		buf_reset(body);
		if (tmpl_render(req->app->templates, req->hdf, "error.cs", body) == 0)
			return;
	}
	buf_reset(body);
	buf_printf(body, "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
	    "<title>%s</title></head><body><h1>%s</h1><p>%s</p><p><a href=\"/\">Về trang chủ</a>"
	    "</p></body></html>", title, title, message);
}

/* Headers, then body, once. */
static void
app_respond(struct req *req, int status)
{
	struct buf head = BUF_INIT, page = BUF_INIT;
	const struct buf *body = &page;
	const char *ctype = "text/html; charset=utf-8";
	size_t skip = 0;
	int rendered = 0;

	/* A handler's template shows its page for 2xx, and for 4xx too (a form with its errors);
	 * a server error always gets the error page. */
	if (req->template && ((status >= 200 && status < 300) || (status >= 400 && status < 500))) {
		if (tmpl_render(req->app->templates, req->hdf, req->template, &page) == -1)
			status = 500;
		else if (status >= 400)
			rendered = 1;
	} else if (status >= 200 && status < 300) {
		body = &req->body;
		if (req->content_type)
			ctype = req->content_type;
	} else if (status >= 400 && status < 500 && req->template == NULL && req->content_type &&
	    req->body.len > 0) {
		/* An API's own answer to a bad request (JSON saying what is wrong) stays as it is. */
		body = &req->body;
		ctype = req->content_type;
		rendered = 1;
	}
	if (status >= 400 && !rendered)
		app_render_error(req, status, &page);

	buf_printf(&head, "Status: %d %s\r\n", status, app_status_title(status));
	if (status >= 300 && status < 400 && req->location)
		buf_printf(&head, "Location: %s\r\n", req->location);
	buf_printf(&head, "Content-Type: %s\r\n", ctype);
	/* No inline script or style anywhere: the policy can be strict. */
	buf_printf(&head, "Content-Security-Policy: default-src 'none'; script-src 'self'; "
	    "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
	    "form-action 'self'%s%s%s%s; frame-ancestors 'none'; base-uri 'none'\r\n",
	    req->app->form_origin ? " " : "", req->app->form_origin ? req->app->form_origin : "",
	    req->form_target ? " " : "", req->form_target ? req->form_target : "");
	buf_puts(&head, "X-Content-Type-Options: nosniff\r\n"
	    "X-Frame-Options: DENY\r\n");
	/* A page may ask for a stricter one (a page whose address holds a secret). */
	if (strstr(buf_str(&req->headers), "Referrer-Policy:") == NULL)
		buf_puts(&head, "Referrer-Policy: same-origin\r\n");
	buf_puts(&head, req->cache_private || req->sess ? "Cache-Control: no-store\r\n"
	    : "Cache-Control: no-cache\r\n");
	if (status == 503)
		buf_puts(&head, "Retry-After: 30\r\n");
	buf_append(&head, buf_str(&req->headers), req->headers.len);
	/* Template includes and macro definitions leave blank lines before the doctype. */
	if (body == &page)
		while (skip < page.len && (page.data[skip] == '\n' || page.data[skip] == ' '))
			skip++;
	buf_printf(&head, "Content-Length: %zu\r\n\r\n", body->len - skip);

	FCGX_PutStr(head.data, (int)head.len, req->fcgi->out);
	if (req->method != REQ_HEAD && body->len > skip)
		FCGX_PutStr(body->data + skip, (int)(body->len - skip), req->fcgi->out);
	buf_free(&head);
	buf_free(&page);
}

static enum req_method
app_method(const char *m)
{
	if (m == NULL)
		return REQ_OTHER;
	if (strcmp(m, "GET") == 0)
		return REQ_GET;
	if (strcmp(m, "HEAD") == 0)
		return REQ_HEAD;
	if (strcmp(m, "POST") == 0)
		return REQ_POST;
	if (strcmp(m, "PUT") == 0)
		return REQ_PUT;
	if (strcmp(m, "DELETE") == 0)
		return REQ_DELETE;
	return REQ_OTHER;
}

/* Sets what every page's layout shows. */
static void
app_set_common(struct req *req)
{
	req_set(req, "Site.Name", conf_str(req->app->conf, "Site.Name", "Cổng Dịch vụ công"));
	req_set(req, "Site.Family", req->app->family->name);
	req_set(req, "Request.Path", req->path);
}

/* Sends a visitor to a page (303) with next= the page asked for; a POST is refused (403). */
static int
app_send_to(struct req *req, const char *where, const char *refusal)
{
	struct buf next = BUF_INIT, link = BUF_INIT;
	const char *query = req_param(req, "QUERY_STRING");
	int status;

	if (req->method != REQ_GET && req->method != REQ_HEAD) {
		req_error(req, "%s", refusal);
		return 403;
	}
	buf_puts(&next, req->path);
	if (query && *query)
		buf_printf(&next, "?%s", query);
	buf_printf(&link, "%s?next=", where);
	url_encode(buf_str(&next), &link);
	status = req_redirect(req, 303, "%s", buf_str(&link));
	buf_free(&next);
	buf_free(&link);
	return status;
}

/* Who may open the page, by its flags: 0 to go on, or the status to answer. */
static int
app_authorise(struct req *req)
{
	unsigned flags = req->page->flags;
	int staff_page = (flags & (PAGE_STAFF | PAGE_ADMIN)) != 0;

	/* A password without its second factor is not a login, but for the page that asks for it. */
	if (req->sess && req->sess->pending && !(flags & PAGE_PENDING)) {
		if (flags & (PAGE_LOGIN | PAGE_STAFF | PAGE_ADMIN))
			return app_send_to(req, "/account/login/2fa",
			    "Vui lòng nhập mã xác thực hai lớp trước.");
		sess_free(req->sess);
		req->sess = NULL;	/* shown as a visitor everywhere else */
		return 0;
	}
	if (!(flags & (PAGE_LOGIN | PAGE_STAFF | PAGE_ADMIN | PAGE_PENDING)))
		return 0;
	if (req->sess == NULL)
		return app_send_to(req, "/account/login", "Bạn cần đăng nhập để thực hiện thao tác này.");
	if (((flags & PAGE_ADMIN) && req->sess->role != ROLE_ADMIN) ||
	    ((flags & PAGE_STAFF) && !sess_is_staff(req->sess))) {
		req_error(req, "Tài khoản của bạn không có quyền mở trang này.");
		return 403;
	}
	/* Officials and admins work only with two-factor authentication on. */
	if (staff_page && !(flags & PAGE_NO_2FA) && !req->sess->totp_enabled)
		return app_send_to(req, "/account/2fa", "Cần bật xác thực hai lớp trước.");
	return 0;
}

/* Reads the body from FastCGI's input stream, for input_read_body. */
static int
app_read_stream(void *ctx, char *buf, int len)
{
	return FCGX_GetStr(buf, len, ((FCGX_Request *)ctx)->in);
}

/* A refused input's answer: its status, with the reason on the error page. */
static int
app_refuse_input(struct req *req, int status)
{
	if (req->input.why)
		req_error(req, "%s", req->input.why);
	return status;
}

/* Runs the matched page: parse the body, find the session, authorise, check the CSRF token,
 * validate, call the handler. Returns the status. */
static int
app_run_page(struct req *req)
{
	const char *clen = req_param(req, "CONTENT_LENGTH");
	unsigned flags = req->page->flags;
	NEOERR *err;
	int status, invalid;

	if (clen && *clen && strtol(clen, NULL, 10) > req->app->max_body)
		return 413;
	/* Who is asking comes first (cgi_init has read the cookies and the query string already), so
	 * that a visitor's upload to a page that needs a login is refused before its body is read
	 * and spooled. A visitor without the cookie costs no query; a database that cannot say who
	 * is logged in fails only the pages that need to know. */
	if (!req->app->family->no_sessions &&
	    hdf_get_value(req->hdf, "Cookie." SESS_COOKIE, NULL) != NULL && sess_load(req) == -1 &&
	    (flags & (PAGE_LOGIN | PAGE_STAFF | PAGE_ADMIN)))
		return req_db_failed(req);
	if ((status = app_authorise(req)) != 0)
		return status;
	/* The body is read only now, and checked before ClearSilver's parser sees it (input.h). A
	 * page that is not a form reads the body as it came. */
	if ((req->method == REQ_POST || req->method == REQ_PUT || req->method == REQ_DELETE) &&
	    (status = input_read_body(&req->input, app_read_stream, req->fcgi,
	        req->app->max_body)) != 0)
		return app_refuse_input(req, status);
	if (flags & PAGE_RAW_BODY) {
		req->raw_body = req->input.body;
		req->input.body = (struct buf)BUF_INIT;
	} else if (req->method == REQ_POST || req->method == REQ_PUT || req->method == REQ_DELETE) {
		if ((status = input_check_body(&req->input)) != 0)
			return app_refuse_input(req, status);
		if (input_to_hdf(&req->input, req->hdf) == -1)
			return 500;
		if ((err = cgi_parse(req->cgi)) != STATUS_OK) {
			tmpl_log_error("request body", err);
			return 400;
		}
	}
	if ((req->method == REQ_POST || req->method == REQ_PUT || req->method == REQ_DELETE) &&
	    !(flags & PAGE_NO_CSRF) && !sess_csrf_ok(req)) {
		req_error(req, "Biểu mẫu đã hết hạn hoặc không được gửi từ Cổng. Vui lòng tải lại "
		    "trang và gửi lại; không có thay đổi nào được thực hiện.");
		return 403;
	}
	if (req->sess) {
		req_set(req, "Session.Name", req->sess->full_name);
		req_set(req, "Session.Kind", req->sess->kind);
	}
	if (req->sess || (flags & PAGE_FORM)) {
		const char *csrf = sess_csrf_token(req);

		if (csrf == NULL)
			return 500;
		req_set(req, "Csrf.Token", csrf);
	}
	if ((invalid = page_validate(req->page, req)) == -1)
		return 500;
	if (invalid > 0 && req->page->form == NULL)
		return 400;
	if (invalid > 0) {
		/* The handler never sees an invalid declared field: the page's form is given back
		 * with what was typed and each problem beside its field. */
		status = req->page->form(req);
		return status == 200 ? 422 : status;
	}
	return req->page->handler(req);
}

static void
app_serve(void *ctx, FCGX_Request *fcgi)
{
	struct app *app = ctx;
	struct req req;
	HDF *hdf = NULL;
	NEOERR *err;
	int status, path_known = 0, i;
	unsigned allowed = 0;
	const char *path;

	memset(&req, 0, sizeof(req));
	req.app = app;
	req.fcgi = fcgi;

	if ((err = hdf_init(&hdf)) != STATUS_OK) {
		tmpl_log_error("hdf_init", err);
		app_respond(&req, 500);
		goto out;
	}
	req.hdf = hdf;
	/* Template settings live in the template cache's own HDF (tmpl.c); a request's HDF holds
	 * only what cgi_init reads and the page's data. */
	if (hdf_set_value(hdf, "Config.Upload.TmpDir",
	        conf_str(app->conf, "Paths.UploadTmp", "/tmp")) != STATUS_OK) {
		app_respond(&req, 500);
		goto out;
	}
	/* A query string the parser would misread is refused before it is parsed. */
	if ((status = input_begin(&req.input, fcgi->envp)) != 0) {
		req.method = app_method(req_param(&req, "REQUEST_METHOD"));
		req.path = "/";
		app_set_common(&req);
		app_respond(&req, app_refuse_input(&req, status));
		goto out;
	}
	if ((err = cgi_init(&req.cgi, hdf)) != STATUS_OK) {
		tmpl_log_error("cgi_init", err);
		app_respond(&req, 400);
		goto out;
	}
	req.method = app_method(req_param(&req, "REQUEST_METHOD"));
	path = req_param(&req, "DOCUMENT_URI");
	req.path = (path && *path == '/') ? path : "/";
	app_set_common(&req);

	req.page = page_match(app->family->pages, app->family->npages, &req, &path_known, &allowed);
	if (req.page == NULL && path_known) {
		struct buf allow = BUF_INIT;
		static const struct { unsigned bit; const char *name; } names[] = {
			{ REQ_GET, "GET, HEAD" }, { REQ_POST, "POST" }, { REQ_PUT, "PUT" },
			{ REQ_DELETE, "DELETE" } };
		size_t k;

		for (k = 0; k < sizeof(names) / sizeof(names[0]); k++)
			if (allowed & names[k].bit)
				buf_printf(&allow, "%s%s", allow.len ? ", " : "", names[k].name);
		req_header(&req, "Allow", buf_str(&allow));
		buf_free(&allow);
		status = 405;
	} else if (req.page == NULL)
		status = 404;
	else
		status = app_run_page(&req);
	if (status >= 500 && status != 503)
		log_err("%s %s: status %d", req_param(&req, "REQUEST_METHOD"), req.path, status);
	app_respond(&req, status);
out:
	if (req.cgi)
		cgi_destroy(&req.cgi);	/* destroys hdf too */
	else
		hdf_destroy(&hdf);
	for (i = 0; i < REQ_MAX_PATH_ARGS; i++)
		free(req.path_args[i]);
	buf_free(&req.body);
	buf_free(&req.raw_body);
	buf_free(&req.headers);
	free(req.location);
	free(req.error_message);
	sess_free(req.sess);
	input_free(&req.input);
}

/* Prints the page table, one line a page and method: "POST /drafts/{id} login", the flags by
 * name ("-" for none). Tests read it to check every page of every family against its flags. */
static void
app_print_pages(const struct family *family)
{
	static const struct { unsigned bit; const char *name; } methods[] = {
		{ REQ_GET, "GET" }, { REQ_POST, "POST" }, { REQ_PUT, "PUT" }, { REQ_DELETE, "DELETE" },
	};
	static const struct { unsigned bit; const char *name; } flags[] = {
		{ PAGE_LOGIN, "login" }, { PAGE_STAFF, "staff" }, { PAGE_ADMIN, "admin" },
		{ PAGE_FORM, "form" }, { PAGE_NO_CSRF, "no-csrf" }, { PAGE_PENDING, "pending" },
		{ PAGE_NO_2FA, "no-2fa" }, { PAGE_RAW_BODY, "raw-body" },
	};
	size_t i, m, f, n;

	for (i = 0; i < family->npages; i++)
		for (m = 0; m < sizeof(methods) / sizeof(methods[0]); m++) {
			if (!(family->pages[i].methods & methods[m].bit))
				continue;
			printf("%s %s ", methods[m].name, family->pages[i].pattern);
			for (f = 0, n = 0; f < sizeof(flags) / sizeof(flags[0]); f++)
				if (family->pages[i].flags & flags[f].bit)
					printf("%s%s", n++ ? "," : "", flags[f].name);
			if (family->no_sessions)
				printf("%sno-sessions", n++ ? "," : "");
			printf("%s\n", n ? "" : "-");
		}
}

int
app_main(int argc, char **argv, const struct family *family)
{
	struct runner_app runner = {
		.name = family->name,
		.worker_init = app_worker_init,
		.serve = app_serve,
		.worker_done = app_worker_done,
	};

	app_family = family;
	if (argc == 2 && strcmp(argv[1], "--pages") == 0) {
		app_print_pages(family);
		return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 1;
	}
	return runner_main(argc, argv, &runner);
}
