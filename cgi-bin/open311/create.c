/* open311: POST requests — a civic-reporting client files feedback for a citizen, with its API
 * key; every parameter is checked before anything is written, and the submission is made by
 * feedback_create as a web one is. */
#include "config.h"

#include "open311.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "app.h"
#include "conf.h"
#include "db.h"
#include "feedback.h"
#include "fmt.h"
#include "idnum.h"
#include "log.h"

enum {
	SQL_SERVICE,
	SQL_AGENCY,
	SQL_PROCEDURE,
	SQL_DOSSIER,
	SQL_TOKEN,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_SERVICE */
	"SELECT code FROM feedback_categories WHERE code = ?",
	/* SQL_AGENCY */
	"SELECT id FROM agencies WHERE code = ?",
	/* SQL_PROCEDURE */
	"SELECT id FROM procedures WHERE code = ?",
	/* SQL_DOSSIER: only a dossier of the agency the feedback is for; whether one exists at
	 * another agency is not told. */
	"SELECT id FROM dossiers WHERE code = ? AND agency_id = ?",
	/* SQL_TOKEN: what feedback_create drew for tokens/{token}. */
	"SELECT api_token FROM feedback WHERE id = ?",
};

static const struct db_stmts create_stmts = DB_STMTS("open311-create", sqls);

/* The parameters of the specification this API knows; a client may send others (extensions of
 * other servers), which are ignored, but never an attribute it was not offered. */
static const char *const o311_attributes[] = {
	"attribute[agency]", "attribute[title]", "attribute[publish]", "attribute[procedure]",
	"attribute[dossier]", NULL
};

/* Lengths of the contact's fields (characters), within the columns of feedback. */
#define O311_NAME_PART_MAX 99
#define O311_ADDRESS_MAX   500

/* What a request says, checked; the buffers own the cleaned texts. */
struct o311_new {
	struct buf   title, content, address, first, last, name;
	char         email[IDNUM_EMAIL_SIZE], phone[IDNUM_PHONE_SIZE];
	char         lat[16], lon[16];
	const char  *service;
	long long    agency_id, procedure_id, dossier_id;
	int          publish, located;
};

/* The id in the first cell of statement id's answer for one argument (and a second when
 * arg2 is not NULL): > 0 found, 0 not, -1 database error. */
static long long
o311_lookup(struct req *req, int id, const char *arg, const long long *arg2)
{
	struct db_arg one[] = { DB_STR(arg) }, two[] = { DB_STR(arg), DB_INT(arg2 ? *arg2 : 0) };
	struct db_result *row = NULL;
	long long found = 0;
	int rc;

	rc = arg2 ? db_query(req->app->db, &create_stmts, id, DB_ARGS(two), &row)
	    : db_query(req->app->db, &create_stmts, id, DB_ARGS(one), &row);
	if (rc == -1)
		return -1;
	if (row->nrows == 1)
		found = id == SQL_SERVICE ? 1 : db_cell_ll(row, 0, 0, 0);
	db_result_free(row);
	return found;
}

/* A coordinate: an optional '-', 1-3 digits, and optionally a '.' and 1-15 digits, from -limit
 * to limit; written with 6 decimals (the column's) into out. Returns 0 or -1. */
static int
o311_coordinate(const char *s, double limit, char out[16])
{
	size_t i = s[0] == '-', digits = 0, decimals = 0;
	double v;

	for (; s[i] >= '0' && s[i] <= '9'; i++)
		digits++;
	if (s[i] == '.')
		for (i++; s[i] >= '0' && s[i] <= '9'; i++)
			decimals++;
	if (s[i] != '\0' || digits < 1 || digits > 3 || decimals > 15 ||
	    (strchr(s, '.') && decimals == 0))
		return -1;
	v = strtod(s, NULL);
	if (v < -limit || v > limit)
		return -1;
	return fmt_into(out, 16, "%.6f", v);
}

/* Checks every parameter into n. Returns 0, the status of an error answered already (400), or
 * 500/503 for a database failure (not answered: the caller returns it). */
static int
o311_check(struct req *req, enum o311_format fmt, const struct o311_params *p, struct o311_new *n)
{
	const char *v, *lat = o311_param(p, "lat"), *lon = o311_param(p, "long");
	size_t i, k;

	for (i = 0; i < p->n; i++) {
		if (strncmp(p->items[i].name, "attribute[", 10) != 0)
			continue;
		for (k = 0; o311_attributes[k]; k++)
			if (strcmp(o311_attributes[k], p->items[i].name) == 0)
				break;
		if (o311_attributes[k] == NULL)
			return o311_error(req, fmt, 400, "%.60s is not an attribute of this service: "
			    "see the service definition", p->items[i].name);
	}
	if ((n->service = o311_param(p, "service_code")) == NULL)
		return o311_error(req, fmt, 400, "service_code is required");
	switch (o311_lookup(req, SQL_SERVICE, n->service, NULL)) {
	case -1: return req_db_failed(req);
	case 0:  return o311_error(req, fmt, 400, "service_code not found: see services.%s",
	    fmt == O311_JSON ? "json" : "xml");
	}
	if (o311_param(p, "media_url"))
		return o311_error(req, fmt, 400, "media_url is not supported: files can be attached "
		    "on the portal's own pages only");
	if (o311_clean(o311_param(p, "description"), 1, FEEDBACK_CONTENT_MAX, &n->content) == -1)
		return o311_error(req, fmt, 400, "description has more than %d characters",
		    FEEDBACK_CONTENT_MAX);
	if (n->content.len == 0)
		return o311_error(req, fmt, 400, "description is required");
	if (o311_clean(o311_param(p, "attribute[title]"), 0, FEEDBACK_TITLE_MAX, &n->title) == -1)
		return o311_error(req, fmt, 400, "attribute[title] has more than %d characters",
		    FEEDBACK_TITLE_MAX);
	if (n->title.len == 0)
		return o311_error(req, fmt, 400, "attribute[title] is required");
	if ((v = o311_param(p, "attribute[agency]")) == NULL)
		return o311_error(req, fmt, 400, "attribute[agency] is required");
	if ((n->agency_id = o311_lookup(req, SQL_AGENCY, v, NULL)) == -1)
		return req_db_failed(req);
	if (n->agency_id == 0)
		return o311_error(req, fmt, 400, "attribute[agency]: no agency has this code");
	v = o311_param(p, "attribute[publish]");
	if (v && strcmp(v, "yes") != 0 && strcmp(v, "no") != 0)
		return o311_error(req, fmt, 400, "attribute[publish] must be yes or no");
	n->publish = v && strcmp(v, "yes") == 0;
	if ((v = o311_param(p, "attribute[procedure]")) != NULL) {
		if ((n->procedure_id = o311_lookup(req, SQL_PROCEDURE, v, NULL)) == -1)
			return req_db_failed(req);
		if (n->procedure_id == 0)
			return o311_error(req, fmt, 400,
			    "attribute[procedure]: no procedure has this code");
	}
	if ((v = o311_param(p, "attribute[dossier]")) != NULL) {
		if ((n->dossier_id = o311_lookup(req, SQL_DOSSIER, v, &n->agency_id)) == -1)
			return req_db_failed(req);
		if (n->dossier_id == 0)
			return o311_error(req, fmt, 400,
			    "attribute[dossier]: the agency has no dossier with this code");
	}
	/* A place is optional here: feedback on a procedure need not be anywhere. */
	if ((lat == NULL) != (lon == NULL))
		return o311_error(req, fmt, 400, "lat and long go together");
	if (lat && (o311_coordinate(lat, 90, n->lat) == -1 || o311_coordinate(lon, 180, n->lon) == -1))
		return o311_error(req, fmt, 400, "lat and long must be decimal degrees (WGS84)");
	n->located = lat != NULL;
	if (o311_clean(o311_param(p, "address_string"), 0, O311_ADDRESS_MAX, &n->address) == -1)
		return o311_error(req, fmt, 400, "address_string has more than %d characters",
		    O311_ADDRESS_MAX);
	if ((v = o311_param(p, "email")) != NULL &&
	    idnum_email_check(v, n->email, sizeof(n->email)) != IDNUM_OK)
		return o311_error(req, fmt, 400, "email is not a valid e-mail address");
	if ((v = o311_param(p, "phone")) != NULL &&
	    idnum_phone_check(v, n->phone, sizeof(n->phone)) != IDNUM_OK)
		return o311_error(req, fmt, 400, "phone is not a Vietnamese mobile number "
		    "(0 and 9 digits, or +84 and 9 digits)");
	if (o311_clean(o311_param(p, "first_name"), 0, O311_NAME_PART_MAX, &n->first) == -1 ||
	    o311_clean(o311_param(p, "last_name"), 0, O311_NAME_PART_MAX, &n->last) == -1)
		return o311_error(req, fmt, 400, "first_name and last_name have at most %d "
		    "characters each", O311_NAME_PART_MAX);
	/* A Vietnamese name is said family name first: Nguyễn (last) Văn An (first). */
	buf_printf(&n->name, "%s%s%s", buf_str(&n->last), n->last.len && n->first.len ? " " : "",
	    buf_str(&n->first));
	return 0;
}

/*
 * POST /open311/v2/requests.{json,xml} (form-encoded; api_key required): files one submission.
 * 200 with [{service_request_id, token, service_notice, account_id}]; 400 for bad input, 403 for
 * a missing, unknown or disabled key, 429 past a rate limit, all in the specification's error
 * format; 500/503 when the database fails (nothing is kept then). jurisdiction_id, address_id,
 * device_id and account_id are ignored; media_url is refused.
 */
int
o311_create(struct req *req)
{
	struct o311_params params = { NULL, 0 };
	struct o311_new n;
	struct feedback_made made;
	struct db_result *token = NULL;
	enum o311_format fmt;
	const char *ctype = req_param(req, "CONTENT_TYPE"), *bad, *addr = req_param(req, "REMOTE_ADDR");
	long long key_id;
	int status, due_d = 0, due_m = 0, due_y = 0;
	struct buf notice = BUF_INIT;

	memset(&n, 0, sizeof(n));
	addr = addr ? addr : "";
	req->cache_private = 1;		/* the token is the client's */
	if (o311_ext(req->path_args[0], &fmt) == -1) {
		status = o311_unknown(req);
		goto out;
	}
	if (ctype == NULL || strncasecmp(ctype, "application/x-www-form-urlencoded", 33) != 0 ||
	    (ctype[33] != '\0' && ctype[33] != ';')) {
		status = o311_error(req, fmt, 400, "the body must be application/x-www-form-urlencoded");
		goto out;
	}
	if (o311_params_parse(buf_str(&req->raw_body), req->raw_body.len, &params, &bad) == -1) {
		status = *bad ? o311_error(req, fmt, 400, "parameter %.60s is given twice or is not "
		    "UTF-8", bad) : o311_error(req, fmt, 400, "the body is not form encoding");
		goto out;
	}
	switch ((key_id = o311_key_check(req, o311_param(&params, "api_key")))) {
	case -1:
		status = req_db_failed(req);
		goto out;
	case -2:
		status = o311_error(req, fmt, 403, "api_key is disabled");
		goto out;
	case 0:
		status = o311_error(req, fmt, 403, "api_key is missing or not valid");
		goto out;
	}
	if ((status = o311_check(req, fmt, &params, &n)) != 0)
		goto out;
	if (db_begin(req->app->db) == -1) {
		status = req_db_failed(req);
		goto out;
	}
	switch (o311_key_rate(req, key_id, addr)) {
	case -1:
		goto failed;
	case 1:
		db_rollback(req->app->db);
		log_warn("open311 key %lld from %s: rate limit reached", key_id, addr);
		status = o311_error(req, fmt, 429, "too many requests in the last hour from this "
		    "api_key or address: try again later");
		goto out;
	}
	{
		struct feedback_new f = {
			.user_id = 0, .category = n.service, .agency_id = n.agency_id,
			.procedure_id = n.procedure_id, .dossier_id = n.dossier_id,
			.title = buf_str(&n.title), .content = buf_str(&n.content),
			.contact_name = buf_str(&n.name), .contact_email = n.email,
			.contact_phone = n.phone, .publish_ok = n.publish, .source = "open311",
			.api_key_id = key_id, .address = buf_str(&n.address),
			.lat = n.located ? n.lat : NULL, .lon = n.located ? n.lon : NULL,
			.submit_ip = addr,
			.base_url = conf_str(req->app->conf, "Site.BaseURL", ""),
			.templates = req->app->templates,
		};
		struct db_arg id;

		if (feedback_create(req->app->db, &f, &made) == -1)
			goto failed;
		id = DB_INT(made.id);
		if (db_query(req->app->db, &create_stmts, SQL_TOKEN, DB_ARG(id), &token) == -1 ||
		    token->nrows != 1 || db_cell(token, 0, 0) == NULL)
			goto failed;
	}
	if (db_commit(req->app->db) == -1)
		goto failed;
	sscanf(made.classify_due, "%d-%d-%d", &due_y, &due_m, &due_d);
	buf_printf(&notice, "Cổng Dịch vụ công đã tiếp nhận phản ánh, kiến nghị %s. "
	    "Cơ quan có thẩm quyền sẽ phân loại trước ngày %02d/%02d/%04d và trả lời trong %d ngày "
	    "làm việc kể từ khi tiếp nhận xử lý.", made.code, due_d, due_m, due_y,
	    FEEDBACK_ANSWER_DAYS);
	log_info("open311 key %lld from %s filed %s", key_id, addr, made.code);
	status = o311_answer(req, fmt, 200, "service_requests",
	    json_pack("[{s:s, s:s, s:o, s:n}]", "service_request_id", made.code,
	        "token", db_cell(token, 0, 0), "service_notice", o311_str(buf_str(&notice)), "account_id"));
	goto out;
failed:
	db_rollback(req->app->db);
	status = req_db_failed(req);
out:
	db_result_free(token);
	buf_free(&notice);
	o311_params_free(&params);
	buf_free(&n.title);
	buf_free(&n.content);
	buf_free(&n.address);
	buf_free(&n.first);
	buf_free(&n.last);
	buf_free(&n.name);
	return status;
}
