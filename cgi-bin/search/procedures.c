/* search: the procedure search (/procedures), on the worker's in-memory index. */
#include "search.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "db.h"
#include "fmt.h"
#include "index.h"
#include "pager.h"
#include "terms.h"
#include "url.h"

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
	int filtered = 0, status = 500;

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
	for (i = 0; i < t.count; i++)
		if (fmt_into(name, sizeof(name), "Search.Words.%zu", i) == -1 ||
		    req_set(req, name, t.words[i]) == -1)
			goto out;
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
	if (pager_set(req, buf_str(&link), (long long)total, page, SEARCH_PER_PAGE) == -1)
		goto out;
	req_set(req, "Page.Title", q ? "Kết quả tìm kiếm thủ tục" : "Danh sách thủ tục hành chính");
	req->template = "search/procedures.cs";
	status = 200;
out:
	free(hits);
	terms_free(&t);
	buf_free(&base);
	buf_free(&link);
	return status;
}
