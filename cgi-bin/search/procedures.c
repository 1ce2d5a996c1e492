/* search: the procedure search (/procedures) and a procedure's page (/procedures/{code}). */
#include "search.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "db.h"
#include "index.h"
#include "pager.h"
#include "terms.h"
#include "url.h"

enum {
	SQL_PROCEDURE,
	SQL_CASES,
	SQL_DOCUMENTS,
	SQL_CHANNELS,
	SQL_LEGAL,
	SQL_FAQ,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
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

/* Sets prefix.<column> of one procedure of the index, what a list of results shows of it: code,
 * name, online_level, audience, agency, field (the template makes the labels). */
void
search_set_doc(struct req *req, const char *prefix, const struct index_doc *doc)
{
	static const char *const names[] = { "code", "name", "online_level", "audience", "agency",
	    "field" };
	const char *values[] = { doc->code, doc->name, doc->online_level, doc->audience,
	    doc->agency, doc->field };
	HDF *node = req_node(req, prefix);
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (values[i] != NULL)
			req_node_set(node, names[i], values[i]);
}

/* Sets <what>.N.{code,name} for a filter list. */
static void
procedures_set_choices(struct req *req, const char *what, const struct index_choice *c, size_t n)
{
	char name[64];
	HDF *node = req_node(req, what);
	size_t i, k;

	for (i = 0; i < n; i++) {
		k = hdf_name_index(name, sizeof(name) - 8, "", i, ".");
		memcpy(name + k, "code", 5);
		req_node_set(node, name, c[i].code);
		memcpy(name + k, "name", 5);
		req_node_set(node, name, c[i].name);
	}
}

/*
 * GET /procedures?q=&agency=&field=&level=&audience=&online=&page=
 * 200 with the result page; 302 to the procedure when q is its code; 500/503 when the catalogue
 * cannot be read. A query is never an error: one with nothing searchable lists everything and
 * says so. The search runs on the worker's in-memory index (index.c).
 */
int
search_procedures(struct req *req)
{
	static const char *const keep[] = { "q", "agency", "field", "level", "audience", "online" };
	const char *q = req_form(req, "q");
	int page = req_form_int(req, "page", 1);
	struct index_filter filter = { req_form(req, "agency"), req_form(req, "field"),
	    req_form(req, "level"), req_form(req, "audience"), req_form(req, "online") };
	struct search_index *idx;
	struct terms t;
	struct buf base = BUF_INIT, link = BUF_INIT;
	unsigned *hits = NULL;
	size_t total, i, first;
	char name[64];
	int filtered = 0;

	if ((idx = search_index_get(req)) == NULL)
		return req_db_failed(req);
	if (q && terms_is_code(q))
		for (i = 0; i < idx->ndocs; i++)
			if (strcmp(idx->docs[i].code, q) == 0)
				return req_redirect(req, 302, "/procedures/%s", q);

	memset(&t, 0, sizeof(t));
	if (q && terms_parse(q, &t) == 0)
		req_set(req, "Search.Notice", "Từ khóa không có chữ hoặc số nào để tìm; "
		    "dưới đây là tất cả thủ tục.");
	else if (t.dropped)
		req_setf(req, "Search.Notice", "Từ khóa có quá nhiều từ; chỉ %d từ đầu được dùng.",
		    TERMS_MAX_WORDS);
	if (req_form(req, "q_cut"))
		req_set(req, "Search.Notice", "Từ khóa quá dài; chỉ 200 ký tự đầu được dùng.");

	/* Every word first; if no procedure has them all, any of them, and the page says so. */
	total = index_search(idx, &t, 1, &filter, &hits);
	if (total == 0 && t.count > 1) {
		free(hits);
		total = index_search(idx, &t, 0, &filter, &hits);
		if (total > 0)
			req_set(req, "Search.Approximate", "1");
	}
	first = (size_t)pager_offset(page, SEARCH_PER_PAGE);
	for (i = first; i < total && i < first + SEARCH_PER_PAGE; i++) {
		const struct index_doc *doc = &idx->docs[hits[i]];

		hdf_name_index(name, sizeof(name), "Results.", i - first, "");
		search_set_doc(req, name, doc);
		hdf_name_index(name, sizeof(name), "Results.", i - first, ".Seg");
		terms_highlight_spans(&t, doc->name, doc->spans, doc->nspans, req->hdf, name);
	}
	for (i = 0; i < t.count; i++) {
		snprintf(name, sizeof(name), "Search.Words.%zu", i);
		req_set(req, name, t.words[i]);
	}
	procedures_set_choices(req, "Choices.Agencies", idx->agencies, idx->nagencies);
	procedures_set_choices(req, "Choices.Fields", idx->fields, idx->nfields);

	for (i = 0; i < sizeof(keep) / sizeof(keep[0]); i++) {
		url_query_add(&base, keep[i], req_form(req, keep[i]));
		if (i > 0 && req_form(req, keep[i]))
			filtered = 1;
	}
	if (filtered)
		req_set(req, "Search.Filtered", "1");
	buf_printf(&link, "/procedures%s%s", base.len ? "?" : "", buf_str(&base));
	pager_set(req, buf_str(&link), (long long)total, page, SEARCH_PER_PAGE);
	req_set(req, "Page.Title", q ? "Kết quả tìm kiếm thủ tục" : "Danh sách thủ tục hành chính");
	req->template = "search/procedures.cs";
	free(hits);
	terms_free(&t);
	buf_free(&base);
	buf_free(&link);
	return 200;
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
