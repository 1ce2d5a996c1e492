/* search: the procedure search (/procedures) and a procedure's page (/procedures/{code}). */
#include "search.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "db.h"
#include "pager.h"
#include "terms.h"
#include "url.h"

/* The filters every list statement takes, each as (value, value): '' means no filter. */
#define FILTERS \
	"AND (? = '' OR a.code = ?) AND (? = '' OR f.code = ?) " \
	"AND (? = '' OR FIND_IN_SET(?, p.levels) > 0) " \
	"AND (? = '' OR FIND_IN_SET(?, p.audience) > 0) AND (? = '' OR p.online_level = ?) "
#define LIST_COLUMNS \
	"SELECT p.code, p.name, p.online_level, p.audience, p.levels, a.name AS agency, " \
	"a.code AS agency_code, f.name AS field "
#define LIST_FROM \
	"FROM procedures p LEFT JOIN agencies a ON a.id = p.agency_id " \
	"LEFT JOIN fields f ON f.id = p.field_id "

enum {
	SQL_CODE_EXISTS,
	SQL_COUNT_MATCH,
	SQL_LIST_MATCH,
	SQL_COUNT_ALL,
	SQL_LIST_ALL,
	SQL_FILTER_AGENCIES,
	SQL_FILTER_FIELDS,
	SQL_PROCEDURE,
	SQL_CASES,
	SQL_DOCUMENTS,
	SQL_CHANNELS,
	SQL_LEGAL,
	SQL_FAQ,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_CODE_EXISTS: a query that is a procedure code goes straight to it. */
	"SELECT code FROM procedures WHERE code = ?",
	/* SQL_COUNT_MATCH: matches of a boolean expression, filtered. */
	"SELECT COUNT(*) " LIST_FROM
	"WHERE MATCH(p.search_text) AGAINST (? IN BOOLEAN MODE) " FILTERS,
	/* SQL_LIST_MATCH: one page of them: the whole phrase first, then relevance, then use. */
	LIST_COLUMNS ", MATCH(p.search_text) AGAINST (? IN BOOLEAN MODE) AS score " LIST_FROM
	"WHERE MATCH(p.search_text) AGAINST (? IN BOOLEAN MODE) " FILTERS
	"ORDER BY (p.folded_name LIKE ?) DESC, score DESC, p.popularity DESC, p.id LIMIT ? OFFSET ?",
	/* SQL_COUNT_ALL: every procedure, filtered. */
	"SELECT COUNT(*) " LIST_FROM "WHERE 1 " FILTERS,
	/* SQL_LIST_ALL: one page of them, most used first. */
	LIST_COLUMNS LIST_FROM "WHERE 1 " FILTERS
	"ORDER BY p.popularity DESC, p.id LIMIT ? OFFSET ?",
	/* SQL_FILTER_AGENCIES: the agencies that have procedures, for the filter list. */
	"SELECT a.code, a.name FROM agencies a WHERE EXISTS "
	"(SELECT 1 FROM procedures p WHERE p.agency_id = a.id) ORDER BY a.agency_level, a.name",
	/* SQL_FILTER_FIELDS: the fields that have procedures. */
	"SELECT f.code, f.name FROM fields f WHERE EXISTS "
	"(SELECT 1 FROM procedures p WHERE p.field_id = f.id) ORDER BY f.name",
	/* SQL_PROCEDURE: one procedure by code, with its agency and field. */
	"SELECT p.id, p.code, p.name, p.online_level, p.audience, p.levels, p.is_vertical, "
	"p.summary, p.steps, p.applicants, p.conditions, p.result, "
	"DATE_FORMAT(p.updated_at, '%d/%m/%Y') AS updated, "
	"a.code AS agency_code, a.name AS agency, a.address AS agency_address, "
	"a.phone AS agency_phone, a.website AS agency_website, f.code AS field_code, f.name AS field "
	"FROM procedures p LEFT JOIN agencies a ON a.id = p.agency_id "
	"LEFT JOIN fields f ON f.id = p.field_id WHERE p.code = ?",
	/* SQL_CASES: its cases, in order. */
	"SELECT id, name FROM procedure_cases WHERE procedure_id = ? ORDER BY ord",
	/* SQL_DOCUMENTS: the documents of every case, in order. */
	"SELECT d.case_id, d.name, d.form_name, d.originals, d.copies, d.required "
	"FROM procedure_documents d JOIN procedure_cases c ON c.id = d.case_id "
	"WHERE c.procedure_id = ? ORDER BY c.ord, d.ord",
	/* SQL_CHANNELS: how it can be filed, with time limit and fee each. */
	"SELECT channel, time_limit, time_days, fee_amount, fee_text, note "
	"FROM procedure_channels WHERE procedure_id = ? "
	"ORDER BY FIELD(channel, 'online', 'in_person', 'post')",
	/* SQL_LEGAL: its legal bases. */
	"SELECT number, summary, DATE_FORMAT(issued_on, '%d/%m/%Y') AS issued, issuer "
	"FROM legal_bases WHERE procedure_id = ? ORDER BY ord",
	/* SQL_FAQ: its questions and answers. */
	"SELECT question, answer FROM faqs WHERE procedure_id = ? ORDER BY ord, id",
};

static const struct db_stmts procedure_stmts = DB_STMTS("procedures", sqls);

/* The filter values of the request, in statement order (each twice). */
static void
procedures_filter_args(const struct req *req, struct db_arg *args)
{
	static const char *const names[] = { "agency", "field", "level", "audience", "online" };
	size_t i;

	for (i = 0; i < 5; i++) {
		const char *v = req_form(req, names[i]);

		args[2 * i] = DB_STR(v ? v : "");
		args[2 * i + 1] = DB_STR(v ? v : "");
	}
}

/* Puts the result rows under Results with highlighted names. */
static void
procedures_set_results(struct req *req, const struct db_result *res, const struct terms *t)
{
	char name[64];
	size_t i;

	db_result_to_hdf(res, req->hdf, "Results");
	for (i = 0; i < res->nrows; i++) {
		snprintf(name, sizeof(name), "Results.%zu.Seg", i);
		terms_highlight(t, db_cell(res, i, 1), req->hdf, name);
		snprintf(name, sizeof(name), "Results.%zu", i);
		search_set_labels(req, name, db_cell(res, i, 2), db_cell(res, i, 3), db_cell(res, i, 4));
	}
}

/* Fills the filter choices. Returns 0 or -1. */
static int
procedures_set_filters(struct req *req)
{
	struct db_result *res = NULL;

	if (db_query(req->app->db, &procedure_stmts, SQL_FILTER_AGENCIES, NULL, 0, &res) == -1)
		return -1;
	db_result_to_hdf(res, req->hdf, "Choices.Agencies");
	db_result_free(res);
	if (db_query(req->app->db, &procedure_stmts, SQL_FILTER_FIELDS, NULL, 0, &res) == -1)
		return -1;
	db_result_to_hdf(res, req->hdf, "Choices.Fields");
	db_result_free(res);
	return 0;
}

/* Runs a count statement; returns the count or -1. */
static long long
procedures_count(struct req *req, int id, const struct db_arg *args, size_t nargs)
{
	struct db_result *res = NULL;
	long long n;

	if (db_query(req->app->db, &procedure_stmts, id, args, nargs, &res) == -1)
		return -1;
	n = db_cell(res, 0, 0) ? atoll(db_cell(res, 0, 0)) : 0;
	db_result_free(res);
	return n;
}

/*
 * GET /procedures?q=&agency=&field=&level=&audience=&online=&page=
 * 200 with the result page; 302 to the procedure when q is its code; 500/503 on database failure.
 * A query is never an error: one with nothing searchable lists everything and says so.
 */
int
search_procedures(struct req *req)
{
	const char *q = req_form(req, "q");
	int page = req_form_int(req, "page", 1), status = 200;
	struct terms t;
	struct buf expr = BUF_INIT, like = BUF_INIT, base = BUF_INIT;
	struct db_result *res = NULL;
	struct db_arg args[16];
	long long total;
	size_t i;

	memset(&t, 0, sizeof(t));
	if (q && terms_is_code(q)) {
		struct db_arg code = DB_STR(q);

		if (db_query(req->app->db, &procedure_stmts, SQL_CODE_EXISTS, &code, 1, &res) == -1)
			return req_db_failed(req);
		if (res->nrows == 1) {
			db_result_free(res);
			return req_redirect(req, 302, "/procedures/%s", q);
		}
		db_result_free(res);
		res = NULL;
	}

	if (q && terms_parse(q, &t) == 0)
		req_set(req, "Search.Notice", "Từ khóa không có chữ hoặc số nào để tìm; "
		    "dưới đây là tất cả thủ tục.");
	else if (t.dropped)
		req_setf(req, "Search.Notice", "Từ khóa có quá nhiều từ; chỉ %d từ đầu được dùng.",
		    TERMS_MAX_WORDS);
	if (req_form(req, "q_cut"))
		req_set(req, "Search.Notice", "Từ khóa quá dài; chỉ 200 ký tự đầu được dùng.");

	if (t.count > 0) {
		int all;

		/* Every word first; if no procedure has them all, any of them, and say so. */
		for (all = 1; all >= 0; all--) {
			buf_reset(&expr);
			terms_boolean(&t, all, &expr);
			args[0] = DB_STR(buf_str(&expr));
			procedures_filter_args(req, args + 1);
			if ((total = procedures_count(req, SQL_COUNT_MATCH, args, 11)) < 0)
				goto db_failed;
			if (total > 0)
				break;
		}
		if (all < 0)
			all = 0;
		else if (!all)
			req_set(req, "Search.Approximate", "1");
		buf_printf(&like, "%%%s%%", t.phrase);
		args[0] = DB_STR(buf_str(&expr));
		args[1] = DB_STR(buf_str(&expr));
		procedures_filter_args(req, args + 2);
		args[12] = DB_STR(buf_str(&like));
		args[13] = DB_INT(SEARCH_PER_PAGE);
		args[14] = DB_INT(pager_offset(page, SEARCH_PER_PAGE));
		if (db_query(req->app->db, &procedure_stmts, SQL_LIST_MATCH, args, 15, &res) == -1)
			goto db_failed;
	} else {
		procedures_filter_args(req, args);
		if ((total = procedures_count(req, SQL_COUNT_ALL, args, 10)) < 0)
			goto db_failed;
		args[10] = DB_INT(SEARCH_PER_PAGE);
		args[11] = DB_INT(pager_offset(page, SEARCH_PER_PAGE));
		if (db_query(req->app->db, &procedure_stmts, SQL_LIST_ALL, args, 12, &res) == -1)
			goto db_failed;
	}
	procedures_set_results(req, res, &t);
	for (i = 0; i < t.count; i++) {
		char name[32];

		snprintf(name, sizeof(name), "Search.Words.%zu", i);
		req_set(req, name, t.words[i]);
	}
	if (procedures_set_filters(req) == -1)
		goto db_failed;

	{
		static const char *const keep[] = { "q", "agency", "field", "level", "audience",
		    "online" };
		int filtered = 0;

		for (i = 0; i < sizeof(keep) / sizeof(keep[0]); i++) {
			url_query_add(&base, keep[i], req_form(req, keep[i]));
			if (i > 0 && req_form(req, keep[i]))
				filtered = 1;
		}
		if (filtered)
			req_set(req, "Search.Filtered", "1");
	}
	buf_reset(&expr);	/* the expression is spent; the buffer now holds the pager's base link */
	buf_printf(&expr, "/procedures%s%s", base.len ? "?" : "", buf_str(&base));
	pager_set(req, buf_str(&expr), total, page, SEARCH_PER_PAGE);
	req_set(req, "Page.Title", q ? "Kết quả tìm kiếm thủ tục" : "Danh sách thủ tục hành chính");
	req->template = "search/procedures.cs";
	goto out;
db_failed:
	status = req_db_failed(req);
out:
	db_result_free(res);
	terms_free(&t);
	buf_free(&expr);
	buf_free(&like);
	buf_free(&base);
	return status;
}

/* Sets prefix.N = each non-empty line of text. */
static void
procedures_set_lines(struct req *req, const char *prefix, const char *text)
{
	const char *p, *end;
	char name[64], *line;
	int n = 0;

	for (p = text ? text : ""; *p; p = *end ? end + 1 : end) {
		end = strchr(p, '\n');
		if (end == NULL)
			end = p + strlen(p);
		if (end == p)
			continue;
		line = xstrndup(p, (size_t)(end - p));
		snprintf(name, sizeof(name), "%s.%d", prefix, n++);
		req_set(req, name, line);
		free(line);
	}
}

/* Runs a detail statement by procedure id into the HDF under prefix. Returns 0 or -1. */
static int
procedures_load_part(struct req *req, int id, const char *procedure_id, const char *prefix,
    struct db_result **keep)
{
	struct db_result *res = NULL;
	struct db_arg arg = DB_STR(procedure_id);

	if (db_query(req->app->db, &procedure_stmts, id, &arg, 1, &res) == -1)
		return -1;
	if (prefix)
		db_result_to_hdf(res, req->hdf, prefix);
	if (keep)
		*keep = res;
	else
		db_result_free(res);
	return 0;
}

/*
 * GET /procedures/{code}: everything about one procedure, for a citizen.
 * 200, 404 for an unknown code, 500/503 on database failure.
 */
int
search_procedure(struct req *req)
{
	const char *code = req->path_args[0];
	struct db_result *proc = NULL, *cases = NULL, *docs = NULL, *channels = NULL;
	struct db_arg arg = DB_STR(code);
	char name[96];
	const char *pid;
	size_t i, j;
	int status = 200, doc_index;

	if (strlen(code) > 40)
		return 404;
	if (db_query(req->app->db, &procedure_stmts, SQL_PROCEDURE, &arg, 1, &proc) == -1)
		return req_db_failed(req);
	if (proc->nrows == 0) {
		req_error(req, "Không có thủ tục nào mang mã này. Hãy tìm thủ tục theo tên.");
		status = 404;
		goto out;
	}
	db_row_to_hdf(proc, 0, req->hdf, "Procedure");
	search_set_labels(req, "Procedure", db_cell(proc, 0, 3), db_cell(proc, 0, 4),
	    db_cell(proc, 0, 5));
	procedures_set_lines(req, "Procedure.StepList", db_cell(proc, 0, 8));
	procedures_set_lines(req, "Procedure.ConditionList", db_cell(proc, 0, 10));
	pid = db_cell(proc, 0, 0);

	if (procedures_load_part(req, SQL_CASES, pid, "Cases", &cases) == -1 ||
	    procedures_load_part(req, SQL_DOCUMENTS, pid, NULL, &docs) == -1 ||
	    procedures_load_part(req, SQL_CHANNELS, pid, "Channels", &channels) == -1 ||
	    procedures_load_part(req, SQL_LEGAL, pid, "Legal", NULL) == -1 ||
	    procedures_load_part(req, SQL_FAQ, pid, "Faq", NULL) == -1) {
		status = req_db_failed(req);
		goto out;
	}
	/* Documents under their case: Cases.N.Docs.M.*. */
	for (i = 0; i < cases->nrows; i++) {
		doc_index = 0;
		for (j = 0; j < docs->nrows; j++) {
			if (strcmp(db_cell(docs, j, 0), db_cell(cases, i, 0)) != 0)
				continue;
			snprintf(name, sizeof(name), "Cases.%zu.Docs.%d.name", i, doc_index);
			req_set(req, name, db_cell(docs, j, 1));
			snprintf(name, sizeof(name), "Cases.%zu.Docs.%d.form", i, doc_index);
			req_set(req, name, db_cell(docs, j, 2));
			snprintf(name, sizeof(name), "Cases.%zu.Docs.%d.originals", i, doc_index);
			req_set(req, name, db_cell(docs, j, 3));
			snprintf(name, sizeof(name), "Cases.%zu.Docs.%d.copies", i, doc_index);
			req_set(req, name, db_cell(docs, j, 4));
			snprintf(name, sizeof(name), "Cases.%zu.Docs.%d.required", i, doc_index);
			req_set(req, name, db_cell(docs, j, 5));
			doc_index++;
		}
	}
	/* Fees as a citizen reads them: 135.000 đồng. */
	for (i = 0; i < channels->nrows; i++) {
		const char *amount = db_cell(channels, i, 3);
		struct buf money = BUF_INIT;
		size_t len = amount ? strlen(amount) : 0, k;

		for (k = 0; k < len; k++) {
			if (k && (len - k) % 3 == 0)
				buf_putc(&money, '.');
			buf_putc(&money, amount[k]);
		}
		snprintf(name, sizeof(name), "Channels.%zu.fee", i);
		req_set(req, name, buf_str(&money));
		buf_free(&money);
	}
	req_set(req, "Page.Title", db_cell(proc, 0, 2));
	req->template = "search/procedure.cs";
out:
	db_result_free(proc);
	db_result_free(cases);
	db_result_free(docs);
	db_result_free(channels);
	return status;
}
