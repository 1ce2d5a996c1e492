/* open311: reading service requests — a list with the specification's filters, one by its id, an
 * id by its token — showing only what the public may see of feedback.
 *
 * The rule, enforced in the SQL below so that nothing else leaves the database:
 *   - every submission is listed with its code, service, status (open while received or accepted,
 *     closed once answered, published or rejected), the agency that must act, its dates and the
 *     deadline of its current step: how agencies handle feedback is public;
 *   - its text (title and content), its address and place only once the agency published it with
 *     the submitter's consent (status published and publish_ok = 1), and status_notes is then the
 *     agency's answer;
 *   - a rejected one shows the agency's reason in status_notes, and nothing of its text;
 *   - never the submitter's name, e-mail, phone, account, address (IP) or key, nor the secret
 *     link, the dossier or the rating. */
#include "config.h"

#include "open311.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "db.h"

/* What every statement selects, in this order (the session's time zone is +07:00, db.c). The
 * names come from scalar subqueries, not joins: with a join MariaDB reads every row of the
 * period before it takes the newest 200 (432 ms against 2 ms with 200,000 rows). */
#define O311_COLUMNS \
	"SELECT f.code, f.status, f.category, " \
	"(SELECT c.name FROM feedback_categories c WHERE c.code = f.category), " \
	"(SELECT a.name FROM agencies a WHERE a.id = f.agency_id), " \
	"DATE_FORMAT(f.created_at, '%Y-%m-%dT%H:%i:%s+07:00'), " \
	"DATE_FORMAT(f.updated_at, '%Y-%m-%dT%H:%i:%s+07:00'), " \
	"DATE_FORMAT(CASE f.status WHEN 'received' THEN f.classify_due " \
	"  WHEN 'accepted' THEN f.answer_due END, '%Y-%m-%dT23:59:59+07:00'), " \
	"CASE WHEN f.status = 'published' AND f.publish_ok = 1 " \
	"  THEN CONCAT(f.title, '\\n\\n', f.content) END, " \
	"CASE WHEN f.status = 'published' AND f.publish_ok = 1 THEN f.answer " \
	"  WHEN f.status = 'rejected' THEN f.reject_reason END, " \
	"CASE WHEN f.status = 'published' AND f.publish_ok = 1 THEN NULLIF(f.address, '') END, " \
	"CASE WHEN f.status = 'published' AND f.publish_ok = 1 THEN f.lat END, " \
	"CASE WHEN f.status = 'published' AND f.publish_ok = 1 THEN f.lon END " \
	"FROM feedback f "

enum { COL_CODE, COL_STATUS, COL_SERVICE, COL_SERVICE_NAME, COL_AGENCY, COL_REQUESTED,
	COL_UPDATED, COL_EXPECTED, COL_DESCRIPTION, COL_NOTES, COL_ADDRESS, COL_LAT, COL_LON };

enum {
	SQL_LIST,
	SQL_ONE,
	SQL_TOKEN,
	SQL_SERVICE,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_LIST: a page of the list, newest first; the service is '' for any, and the five
	 * statuses are those wanted ('' for none). */
	O311_COLUMNS
	"WHERE f.created_at >= FROM_UNIXTIME(?) AND f.created_at <= FROM_UNIXTIME(?) "
	"AND (? = '' OR f.category = ?) AND f.status IN (?, ?, ?, ?, ?) "
	"ORDER BY f.created_at DESC, f.id DESC LIMIT ? OFFSET ?",
	/* SQL_ONE */
	O311_COLUMNS "WHERE f.code = ?",
	/* SQL_TOKEN */
	"SELECT code FROM feedback WHERE api_token = ?",
	/* SQL_SERVICE */
	"SELECT code FROM feedback_categories WHERE code = ?",
};

static const struct db_stmts requests_stmts = DB_STMTS("open311-requests", sqls);

/* What each state of feedback is to the specification, and what it means to the citizen. */
static const struct { const char *status, *open311, *notice; } o311_states[] = {
	{ "received",  "open",   "Đang chờ cơ quan có thẩm quyền phân loại." },
	{ "accepted",  "open",   "Cơ quan có thẩm quyền đã tiếp nhận và đang xem xét, giải quyết." },
	{ "answered",  "closed", "Cơ quan có thẩm quyền đã trả lời người gửi." },
	{ "published", "closed", "Cơ quan có thẩm quyền đã trả lời và công khai câu trả lời." },
	{ "rejected",  "closed", "Không được tiếp nhận xử lý." },
};

/* A cell as a JSON string, or null when it is NULL. */
static json_t *
o311_cell(const struct db_result *rows, size_t row, size_t col)
{
	const char *v = db_cell(rows, row, col);

	return v ? o311_str(v) : json_null();
}

/* A coordinate cell as a JSON number, or null. A DECIMAL(9,6), so not db_cell_ll. */
static json_t *
o311_number(const struct db_result *rows, size_t row, size_t col)
{
	if (db_cell_is_null(rows, row, col))
		return json_null();
	return json_real(strtod(db_cell(rows, row, col), NULL));
}

/* Appends each row to list as the specification's service request. */
static void
o311_rows(const struct db_result *rows, json_t *list)
{
	const char *status, *open311, *notice;
	size_t i, k;

	for (i = 0; i < rows->nrows; i++) {
		status = db_cell(rows, i, COL_STATUS);
		open311 = "open";
		notice = "";
		for (k = 0; k < sizeof(o311_states) / sizeof(o311_states[0]); k++)
			if (strcmp(o311_states[k].status, status) == 0) {
				open311 = o311_states[k].open311;
				notice = o311_states[k].notice;
			}
		json_array_append_new(list, json_pack(
		    "{s:o, s:s, s:o, s:o, s:o, s:o, s:o, s:s, s:o, s:o, s:o, s:o, s:n, s:n, s:o, s:o, s:n}",
		    "service_request_id", o311_cell(rows, i, COL_CODE),
		    "status", open311,
		    "status_notes", o311_cell(rows, i, COL_NOTES),
		    "service_name", o311_cell(rows, i, COL_SERVICE_NAME),
		    "service_code", o311_cell(rows, i, COL_SERVICE),
		    "description", o311_cell(rows, i, COL_DESCRIPTION),
		    "agency_responsible", o311_cell(rows, i, COL_AGENCY),
		    "service_notice", notice,
		    "requested_datetime", o311_cell(rows, i, COL_REQUESTED),
		    "updated_datetime", o311_cell(rows, i, COL_UPDATED),
		    "expected_datetime", o311_cell(rows, i, COL_EXPECTED),
		    "address", o311_cell(rows, i, COL_ADDRESS),
		    "address_id",
		    "zipcode",
		    "lat", o311_number(rows, i, COL_LAT),
		    "long", o311_number(rows, i, COL_LON),
		    "media_url"));
	}
}

/* Reads n digits at *s into *out; advances *s. Returns 0 or -1. */
static int
o311_digits(const char **s, int n, int *out)
{
	*out = 0;
	while (n-- > 0) {
		if (**s < '0' || **s > '9')
			return -1;
		*out = *out * 10 + (*(*s)++ - '0');
	}
	return 0;
}

/* Parses a W3C datetime (the specification's): YYYY-MM-DD (that day in Vietnam, from its first
 * second, or its last when end is set), or YYYY-MM-DDThh:mm[:ss[.s…]] with Z or ±hh:mm. Returns
 * 0 with the moment in *t, or -1. */
static int
o311_datetime(const char *s, int end, time_t *t)
{
	struct tm tm, check;
	int y, mo, d, h = 0, mi = 0, sec = 0, oh = 7, om = 0, sign = 1;

	if (o311_digits(&s, 4, &y) == -1 || *s++ != '-' || o311_digits(&s, 2, &mo) == -1 ||
	    *s++ != '-' || o311_digits(&s, 2, &d) == -1)
		return -1;
	if (*s == '\0') {
		if (end) {
			h = 23;
			mi = sec = 59;
		}
	} else {
		if (*s++ != 'T' || o311_digits(&s, 2, &h) == -1 || *s++ != ':' ||
		    o311_digits(&s, 2, &mi) == -1)
			return -1;
		if (*s == ':') {
			s++;
			if (o311_digits(&s, 2, &sec) == -1)
				return -1;
			if (*s == '.') {
				for (s++; *s >= '0' && *s <= '9'; s++)
					;
				if (s[-1] == '.')
					return -1;
			}
		}
		if (*s == 'Z') {
			oh = om = 0;
			s++;
		} else if (*s == '+' || *s == '-') {
			sign = *s++ == '-' ? -1 : 1;
			if (o311_digits(&s, 2, &oh) == -1 || *s++ != ':' ||
			    o311_digits(&s, 2, &om) == -1 || oh > 14 || om > 59)
				return -1;
		} else {
			return -1;		/* a time without its zone means nothing */
		}
		if (*s != '\0' || h > 23 || mi > 59 || sec > 60)
			return -1;
	}
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = sec > 59 ? 59 : sec;
	check = tm;
	*t = timegm(&tm);
	if (*t == (time_t)-1 || tm.tm_mday != check.tm_mday || tm.tm_mon != check.tm_mon)
		return -1;		/* 2026-02-30 */
	*t -= sign * (oh * 3600 + om * 60);
	return 0;
}

/* The format of a request: 0, or the 404 answered. */
static int
o311_params_of_query(struct req *req, enum o311_format fmt, struct o311_params *params)
{
	const char *query = req_param(req, "QUERY_STRING"), *bad;

	query = query ? query : "";
	if (o311_params_parse(query, strlen(query), params, &bad) == -1)
		return *bad ? o311_error(req, fmt, 400, "parameter %.60s is given twice or is not "
		    "UTF-8", bad) : o311_error(req, fmt, 400, "the query string is not form encoding");
	return 0;
}

/* A number parameter from 1 to max, def when absent. Returns it, or -1. */
static long
o311_number_param(const struct o311_params *params, const char *name, long def, long max)
{
	const char *v = o311_param(params, name);
	char *end;
	long n;

	if (v == NULL)
		return def;
	if (strspn(v, "0123456789") != strlen(v) || strlen(v) > 9)
		return -1;
	n = strtol(v, &end, 10);
	return n >= 1 && n <= max ? n : -1;
}

/* GET requests?service_request_id=a,b,c: each one listed, in the order given, once; unknown
 * ones are left out. Returns the status. */
static int
o311_by_ids(struct req *req, enum o311_format fmt, const char *ids)
{
	char id[O311_IDS_MAX][32];
	const char *p = ids;
	struct db_result *rows = NULL;
	struct db_arg arg;
	size_t len, n = 0, i, k;
	json_t *list;

	/* Read and check them all first: a bad list is refused whole. */
	while (*p) {
		len = strcspn(p, ",");
		while (len > 0 && *p == ' ') {
			p++;
			len--;
		}
		while (len > 0 && p[len - 1] == ' ')
			len--;
		if (len == 0 || len >= sizeof(id[0]) || n == O311_IDS_MAX ||
		    strspn(p, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-") < len)
			return o311_error(req, fmt, 400, "service_request_id must be a comma-separated "
			    "list of at most %d ids", O311_IDS_MAX);
		memcpy(id[n], p, len);
		id[n][len] = '\0';
		for (k = 0; k < n && strcmp(id[k], id[n]) != 0; k++)
			;
		if (k == n)
			n++;		/* not asked for already */
		p += len;
		p += strspn(p, " ");
		if (*p == ',')
			p++;
	}
	list = json_array();
	for (i = 0; i < n; i++) {
		arg = DB_STR(id[i]);
		if (db_query(req->app->db, &requests_stmts, SQL_ONE, DB_ARG(arg), &rows) == -1) {
			json_decref(list);
			return req_db_failed(req);
		}
		o311_rows(rows, list);
		db_result_free(rows);
	}
	return o311_answer(req, fmt, 200, "service_requests", list);
}

/*
 * GET /open311/v2/requests.{json,xml}: the specification's filters — service_request_id (a list,
 * which overrides the others), service_code, start_date, end_date (W3C datetimes, at most 90
 * days apart; the last 90 days when neither is given, 90 days from or until the one given),
 * status (open, closed or both) — and the common extension page and page_size (at most 200, the
 * default). Newest first. 200, or 400 for a bad filter (an unknown service_code too: an unknown
 * parameter value is bad input, as for a post; 404 is for a resource of the path).
 */
int
o311_requests(struct req *req)
{
	struct o311_params params = { NULL, 0 };
	struct db_result *rows = NULL;
	const char *statuses[5] = { "", "", "", "", "" }, *v, *service;
	enum o311_format fmt;
	time_t start = 0, end = 0;
	long page, size;
	int status, want_open = 0, want_closed = 0;
	size_t n = 0, k;
	json_t *list;

	if (o311_ext(req->path_args[0], &fmt) == -1)
		return o311_unknown(req);
	if ((status = o311_params_of_query(req, fmt, &params)) != 0)
		goto out;
	if ((v = o311_param(&params, "service_request_id")) != NULL) {
		status = o311_by_ids(req, fmt, v);
		goto out;
	}
	if ((service = o311_param(&params, "service_code")) != NULL) {
		struct db_arg arg = DB_STR(service);

		if (db_query(req->app->db, &requests_stmts, SQL_SERVICE, DB_ARG(arg), &rows) == -1) {
			status = req_db_failed(req);
			goto out;
		}
		k = rows->nrows;
		db_result_free(rows);
		rows = NULL;
		if (k == 0) {
			status = o311_error(req, fmt, 400, "service_code not found: see services.%s",
			    fmt == O311_JSON ? "json" : "xml");
			goto out;
		}
	}
	if ((v = o311_param(&params, "status")) != NULL) {
		const char *p = v;
		size_t len;

		while (*p) {
			len = strcspn(p, ",");
			if (len == 4 && strncmp(p, "open", 4) == 0)
				want_open = 1;
			else if (len == 6 && strncmp(p, "closed", 6) == 0)
				want_closed = 1;
			else {
				status = o311_error(req, fmt, 400, "status must be open, closed or "
				    "open,closed");
				goto out;
			}
			p += len + (p[len] == ',');
		}
	} else {
		want_open = want_closed = 1;
	}
	for (k = 0; k < sizeof(o311_states) / sizeof(o311_states[0]); k++)
		if ((strcmp(o311_states[k].open311, "open") == 0 ? want_open : want_closed))
			statuses[n++] = o311_states[k].status;
	if (((v = o311_param(&params, "start_date")) != NULL && o311_datetime(v, 0, &start) == -1) ||
	    ((v = o311_param(&params, "end_date")) != NULL && o311_datetime(v, 1, &end) == -1)) {
		status = o311_error(req, fmt, 400, "start_date and end_date must be W3C datetimes "
		    "(2026-11-05T08:15:30+07:00, or a date)");
		goto out;
	}
	if (start == 0 && end == 0)
		end = time(NULL);
	if (start == 0)
		start = end - O311_SPAN_DAYS * 86400;
	else if (end == 0)
		end = start + O311_SPAN_DAYS * 86400;
	if (end < start || end - start > O311_SPAN_DAYS * 86400 + 1) {
		status = o311_error(req, fmt, 400, "end_date must follow start_date by at most %d "
		    "days", O311_SPAN_DAYS);
		goto out;
	}
	if ((page = o311_number_param(&params, "page", 1, 100000)) == -1 ||
	    (size = o311_number_param(&params, "page_size", O311_PAGE_MAX, O311_PAGE_MAX)) == -1) {
		status = o311_error(req, fmt, 400, "page must be a number from 1, and page_size "
		    "from 1 to %d", O311_PAGE_MAX);
		goto out;
	}
	{
		struct db_arg args[] = { DB_INT(start), DB_INT(end), DB_STR(service ? service : ""),
		    DB_STR(service ? service : ""), DB_STR(statuses[0]), DB_STR(statuses[1]),
		    DB_STR(statuses[2]), DB_STR(statuses[3]), DB_STR(statuses[4]), DB_INT(size),
		    DB_INT((page - 1) * size) };

		if (db_query(req->app->db, &requests_stmts, SQL_LIST, DB_ARGS(args), &rows) == -1) {
			status = req_db_failed(req);
			goto out;
		}
	}
	list = json_array();
	o311_rows(rows, list);
	status = o311_answer(req, fmt, 200, "service_requests", list);
out:
	db_result_free(rows);
	o311_params_free(&params);
	return status;
}

/*
 * GET /open311/v2/requests/{service_request_id}.{json,xml}: one, as a list of one. 200, 404.
 */
int
o311_request(struct req *req)
{
	struct db_result *rows = NULL;
	enum o311_format fmt;
	char code[40];
	struct db_arg arg;
	json_t *list;

	if (o311_split(req->path_args[0], code, sizeof(code), &fmt) == -1)
		return o311_unknown(req);
	arg = DB_STR(code);
	if (db_query(req->app->db, &requests_stmts, SQL_ONE, DB_ARG(arg), &rows) == -1)
		return req_db_failed(req);
	if (rows->nrows == 0) {
		db_result_free(rows);
		return o311_error(req, fmt, 404, "service_request_id not found");
	}
	list = json_array();
	o311_rows(rows, list);
	db_result_free(rows);
	return o311_answer(req, fmt, 200, "service_requests", list);
}

/*
 * GET /open311/v2/tokens/{token}.{json,xml}: the id of the request the token was given for.
 * 200, 404 for an unknown token.
 */
int
o311_token(struct req *req)
{
	struct db_result *rows = NULL;
	enum o311_format fmt;
	char token[40];
	struct db_arg arg;
	int status;

	if (o311_split(req->path_args[0], token, sizeof(token), &fmt) == -1)
		return o311_unknown(req);
	/* Tokens are 32 hex digits (feedback_create): nothing else is looked up. */
	if (strlen(token) != 32 || strspn(token, "0123456789abcdef") != 32)
		return o311_error(req, fmt, 404, "token not found");
	arg = DB_STR(token);
	if (db_query(req->app->db, &requests_stmts, SQL_TOKEN, DB_ARG(arg), &rows) == -1)
		return req_db_failed(req);
	if (rows->nrows == 0)
		status = o311_error(req, fmt, 404, "token not found");
	else
		status = o311_answer(req, fmt, 200, "service_requests",
		    json_pack("[{s:o, s:s}]", "service_request_id", o311_str(db_cell(rows, 0, 0)),
		        "token", token));
	db_result_free(rows);
	return status;
}
