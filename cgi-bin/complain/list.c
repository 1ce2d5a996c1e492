/* complain: the public list of published answers (searched without diacritics, filtered by agency,
 * kind and time), and a logged-in user's own submissions. */
#include "complain.h"

#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "db.h"
#include "fold.h"
#include "pager.h"
#include "sess.h"
#include "url.h"
#include "workdays.h"

#define LIST_PER_PAGE 20
#define LIST_PAGES    500	/* the page field's bound (main.c): 10,000 items */

enum {
	SQL_COUNT,
	SQL_LIST,
	SQL_AGENCIES,
	SQL_CATEGORIES,
	SQL_MINE_COUNT,
	SQL_MINE,
	SQL__MAX
};

/* The public list's conditions: published only; then optional words (boolean full-text on the
 * folded text), agency, kind, and days of publication. Nothing of the submitter is selected.
 * The agency is found by a subquery and names come from scalar subqueries, not joins: with a
 * join, MariaDB reads every published row before it takes the newest 20 (measured: 440 ms
 * against 1 ms with 200,000 rows, tests/bench/feedback.sh). */
#define LIST_WHERE \
	"WHERE f.status = 'published' " \
	"AND (? = '' OR MATCH (f.search_text) AGAINST (? IN BOOLEAN MODE)) " \
	"AND (? = '' OR f.agency_id = (SELECT id FROM agencies WHERE code = ?)) " \
	"AND (? = '' OR f.category = ?) " \
	"AND (? = '' OR f.published_at >= ?) AND (? = '' OR f.published_at < ? + INTERVAL 1 DAY) "

static const char *const sqls[SQL__MAX] = {
	/* SQL_COUNT: counted only as far as the pager shows links (ten pages past this one), and
	 * one more to know there are more: no request counts a whole table. */
	"SELECT COUNT(*) FROM (SELECT 1 FROM feedback f " LIST_WHERE "LIMIT ?) t",
	"SELECT f.code, f.title, LEFT(f.content, 300) AS excerpt, LEFT(f.answer, 300) AS answer, "
	"(SELECT c.name FROM feedback_categories c WHERE c.code = f.category) AS category, "
	"(SELECT a.name FROM agencies a WHERE a.id = f.agency_id) AS agency, "
	"DATE_FORMAT(f.published_at, '%d/%m/%Y') AS published FROM feedback f " LIST_WHERE
	"ORDER BY f.published_at DESC, f.id DESC LIMIT ? OFFSET ?",
	/* SQL_AGENCIES: the filter's choice, as the form's (wards are reached from their agency
	 * pages). Not "agencies with something published": under load that semi-join was the
	 * slowest part of the page (tests/bench/feedback.sh). */
	"SELECT code, name FROM agencies WHERE agency_level <> 'commune' ORDER BY name",
	"SELECT code, name FROM feedback_categories ORDER BY ord",
	"SELECT COUNT(*) FROM feedback WHERE user_id = ?",
	"SELECT f.code, f.title, f.status, a.name AS agency, "
	"DATE_FORMAT(f.created_at, '%d/%m/%Y') AS sent FROM feedback f "
	"JOIN agencies a ON a.id = f.agency_id WHERE f.user_id = ? "
	"ORDER BY f.id DESC LIMIT ? OFFSET ?",
};

static const struct db_stmts list_stmts = DB_STMTS("list", sqls);

/* How far the count of a page goes: ten pages past it (what the pager links to), at most the
 * pages there are (LIST_PAGES), and one more row to know whether there are more. */
static long long
list_count_limit(int page)
{
	long long pages = page + 10 < LIST_PAGES ? page + 10 : LIST_PAGES;

	return pages * LIST_PER_PAGE + 1;
}

/* A date filter: "" when absent, or YYYY-MM-DD; -1 with the field's error when not a date. */
static int
list_day(struct req *req, const char *name, char out[11])
{
	const char *s = req_form(req, name);
	long day;

	out[0] = '\0';
	if (s == NULL || *s == '\0')
		return 0;
	if ((day = workdays_parse(s)) == WORKDAYS_INVALID) {
		req_field_error(req, name, "Ngày không hợp lệ; hãy chọn ngày theo dạng năm-tháng-ngày.");
		return -1;
	}
	workdays_format(day, out);
	return 0;
}

/*
 * GET /feedback?q=&agency=&category=&from=&to=&page= (anyone): published feedback and its answers,
 * newest first; q is matched word by word without diacritics ("thai do can bo" finds "thái độ
 * cán bộ"). 200; 422 for a date that is no date.
 */
int
complain_list(struct req *req)
{
	const char *q = req_form(req, "q"), *agency = req_form(req, "agency");
	const char *category = req_form(req, "category");
	struct buf words = BUF_INIT, query = BUF_INIT, base = BUF_INIT;
	struct db_result *count = NULL;
	char from[11], to[11];
	int page = req_form_int(req, "page", 1), rc = 200;
	const char *w;

	req_set(req, "Page.Title", "Phản ánh, kiến nghị đã được trả lời");
	req->template = "complain/list.cs";
	if (db_query_to_hdf(req->app->db, &list_stmts, SQL_AGENCIES, DB_NOARGS, req->hdf, "Agencies") == -1 ||
	    db_query_to_hdf(req->app->db, &list_stmts, SQL_CATEGORIES, DB_NOARGS, req->hdf, "Categories") == -1)
		return req_db_failed(req);
	if ((list_day(req, "from", from) | list_day(req, "to", to)) != 0)
		return 422;
	/* Every folded word must be there: "+w1 +w2" (the words are letters and digits only). */
	if (q)
		fold_words(q, strlen(q), &words);
	for (w = buf_str(&words); *w; ) {
		size_t n = strcspn(w, " ");

		buf_printf(&query, "%s+%.*s", query.len ? " " : "", (int)n, w);
		w += n;
		while (*w == ' ')
			w++;
	}
	agency = agency ? agency : "";
	category = category ? category : "";
	{
		struct db_arg args[] = { DB_STR(buf_str(&query)), DB_STR(buf_str(&query)),
		    DB_STR(agency), DB_STR(agency), DB_STR(category), DB_STR(category),
		    DB_STR(from), DB_STR(from), DB_STR(to), DB_STR(to), DB_INT(LIST_PER_PAGE),
		    DB_INT(pager_offset(page, LIST_PER_PAGE)) };
		struct db_arg count_args[11];

		memcpy(count_args, args, 10 * sizeof(args[0]));
		count_args[10] = DB_INT(list_count_limit(page));
		if (db_query(req->app->db, &list_stmts, SQL_COUNT, DB_ARGS(count_args), &count) == -1 ||
		    db_query_to_hdf(req->app->db, &list_stmts, SQL_LIST, DB_ARGS(args), req->hdf, "Items") == -1) {
			rc = req_db_failed(req);
			goto out;
		}
	}
	buf_puts(&base, "/feedback?");
	url_query_add(&base, "q", q);
	url_query_add(&base, "agency", agency);
	url_query_add(&base, "category", category);
	url_query_add(&base, "from", from);
	url_query_add(&base, "to", to);
	if (base.len > strlen("/feedback?"))
		buf_putc(&base, '&');
	{
		long long total = db_cell_ll(count, 0, 0, 0);

		if (total >= list_count_limit(page)) {
			total = list_count_limit(page) - 1;
			req_set(req, "List.More", "1");
		}
		if (pager_set(req, buf_str(&base), total, page, LIST_PER_PAGE) == -1)
			rc = 500;
	}
out:
	db_result_free(count);
	buf_free(&words);
	buf_free(&query);
	buf_free(&base);
	return rc;
}

/* GET /feedback/mine (login required): the user's own submissions, newest first. */
int
complain_mine(struct req *req)
{
	struct db_arg uid = DB_INT(req->sess->user_id);
	struct db_result *count = NULL;
	int page = req_form_int(req, "page", 1), rc = 200;

	if (db_query(req->app->db, &list_stmts, SQL_MINE_COUNT, DB_ARG(uid), &count) == -1)
		return req_db_failed(req);
	{
		struct db_arg args[] = { uid, DB_INT(LIST_PER_PAGE),
		    DB_INT(pager_offset(page, LIST_PER_PAGE)) };

		if (db_query_to_hdf(req->app->db, &list_stmts, SQL_MINE, DB_ARGS(args), req->hdf, "Items") == -1)
			rc = req_db_failed(req);
	}
	if (rc == 200 && pager_set(req, "/feedback/mine?", db_cell_ll(count, 0, 0, 0),
	        page, LIST_PER_PAGE) == -1)
		rc = 500;
	db_result_free(count);
	req_set(req, "Page.Title", "Phản ánh, kiến nghị của tôi");
	req->template = "complain/mine.cs";
	req->cache_private = 1;
	return rc;
}
