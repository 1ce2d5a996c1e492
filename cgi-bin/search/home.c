/* search: the home page, the general FAQ, and error pages on nginx's behalf. */
#include "search.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "db.h"
#include "fmt.h"
#include "index.h"

enum {
	SQL_FAQ_GENERAL,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_FAQ_GENERAL: questions about the portal itself. */
	"SELECT question, answer FROM faqs WHERE procedure_id IS NULL ORDER BY ord, id",
};

static const struct db_stmts home_stmts = DB_STMTS("home", sqls);

/*
 * GET /: the search box, the most used procedures, the entry points by audience and by field,
 * all from the worker's index. 200, or 500/503 when the catalogue cannot be read.
 */
int
search_home(struct req *req)
{
	struct search_index *idx;
	struct index_choice *fields;
	char name[64];
	size_t i;

	if ((idx = search_index_get(req)) == NULL)
		return req_db_failed(req);
	for (i = 0; i < idx->ndocs && i < 8; i++) {
		if (fmt_into(name, sizeof(name), "Popular.%zu", i) == -1)
			return 500;
		search_set_doc(req, name, &idx->docs[idx->by_popularity[i]]);
	}
	req_set_int(req, "Counts.0.total", (long long)idx->ndocs);
	req_set_int(req, "Counts.0.full_online", (long long)idx->full_online);
	req_set_int(req, "Counts.0.online", (long long)idx->online);

	/* The fields with the most procedures; an insertion sort, stable, keeps fields of equal
	 * count in the index's alphabetical order. */
	fields = xcalloc(idx->nfields ? idx->nfields : 1, sizeof(*fields));
	for (i = 0; i < idx->nfields; i++) {
		size_t j = i;

		while (j > 0 && fields[j - 1].count < idx->fields[i].count) {
			fields[j] = fields[j - 1];
			j--;
		}
		fields[j] = idx->fields[i];
	}
	for (i = 0; i < idx->nfields && i < 12; i++) {
		if (fmt_into(name, sizeof(name), "Fields.%zu.code", i) == -1 ||
		    req_set(req, name, fields[i].code) == -1 ||
		    fmt_into(name, sizeof(name), "Fields.%zu.name", i) == -1 ||
		    req_set(req, name, fields[i].name) == -1 ||
		    fmt_into(name, sizeof(name), "Fields.%zu.n", i) == -1 ||
		    req_set_int(req, name, (long long)fields[i].count) == -1) {
			free(fields);
			return 500;
		}
	}
	free(fields);
	req_set(req, "Page.Title", "Trang chủ");
	req->template = "search/home.cs";
	return 200;
}

int
search_faq(struct req *req)
{
	struct db_result *res = NULL;

	if (db_query(req->app->db, &home_stmts, SQL_FAQ_GENERAL, DB_NOARGS, &res) == -1)
		return req_db_failed(req);
	db_result_to_hdf(res, req->hdf, "Faq");
	db_result_free(res);
	req_set(req, "Page.Title", "Câu hỏi thường gặp");
	req->template = "search/faq.cs";
	return 200;
}

int
search_error_page(struct req *req)
{
	long status = strtol(req->path_args[0], NULL, 10);

	/* Only statuses nginx itself produces are shown; anything else is simply not found. */
	if (status == 400 || status == 403 || status == 404 || status == 405 || status == 413 ||
	    status == 414 || status == 429 || status == 494 || status == 503)
		return status == 414 || status == 494 ? 400 : (int)status;
	return 404;
}

const char *
search_online_label(const char *online_level)
{
	if (online_level && strcmp(online_level, "full") == 0)
		return "Toàn trình";
	if (online_level && strcmp(online_level, "partial") == 0)
		return "Một phần";
	return "Không trực tuyến";
}

const char *
search_agency_level_label(const char *level)
{
	if (level == NULL)
		return "";
	if (strcmp(level, "central") == 0)
		return "Cơ quan trung ương";
	if (strcmp(level, "branch") == 0)
		return "Cơ quan ngành dọc tại địa phương";
	if (strcmp(level, "province") == 0)
		return "Cấp tỉnh";
	if (strcmp(level, "commune") == 0)
		return "Cấp xã";
	return "";
}

/* Sets suffix.N = label under node for each value of a SET column, in the keys' order. Returns 0
 * or -1. */
static int
search_set_list(HDF *node, const char *suffix, const char *csv, const char *const *keys,
    const char *const *labels)
{
	unsigned char mask = index_set_mask(csv, keys);
	char name[64];
	int k, n = 0;

	for (k = 0; keys[k]; k++)
		if ((mask & (1u << k)) && (fmt_into(name, sizeof(name), "%s.%d", suffix, n++) == -1 ||
		    req_node_set(node, name, labels[k]) == -1))
			return -1;
	return 0;
}

int
search_set_labels(struct req *req, const char *prefix, const char *online,
    const char *audience, const char *levels)
{
	static const char *const audience_keys[] = { "citizen", "business", NULL };
	static const char *const audience_labels[] = { "Công dân", "Doanh nghiệp, tổ chức" };
	static const char *const level_keys[] = { "central", "province", "commune", NULL };
	static const char *const level_labels[] = { "Cấp trung ương", "Cấp tỉnh", "Cấp xã" };
	HDF *node = req_node(req, prefix);

	if (node == NULL || req_node_set(node, "OnlineLabel", search_online_label(online)) == -1 ||
	    search_set_list(node, "AudienceLabels", audience, audience_keys, audience_labels) == -1 ||
	    search_set_list(node, "LevelLabels", levels, level_keys, level_labels) == -1)
		return -1;
	return 0;
}
