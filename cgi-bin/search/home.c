/* search: the home page, the general FAQ, and error pages on nginx's behalf. */
#include "search.h"

#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "db.h"

enum {
	SQL_HOME_POPULAR,
	SQL_HOME_COUNTS,
	SQL_HOME_FIELDS,
	SQL_FAQ_GENERAL,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_HOME_POPULAR: the most used procedures. */
	"SELECT p.code, p.name, p.online_level, p.audience, p.levels, a.name AS agency "
	"FROM procedures p LEFT JOIN agencies a ON a.id = p.agency_id "
	"ORDER BY p.popularity DESC, p.id LIMIT 8",
	/* SQL_HOME_COUNTS: how many procedures, and how many fully online. */
	"SELECT COUNT(*) AS total, COALESCE(SUM(online_level = 'full'), 0) AS full_online, "
	"COALESCE(SUM(online_level <> 'none'), 0) AS online FROM procedures",
	/* SQL_HOME_FIELDS: the fields with the most procedures. */
	"SELECT f.code, f.name, COUNT(*) AS n FROM procedures p JOIN fields f ON f.id = p.field_id "
	"GROUP BY f.id, f.code, f.name ORDER BY n DESC, f.name LIMIT 12",
	/* SQL_FAQ_GENERAL: questions about the portal itself. */
	"SELECT question, answer FROM faqs WHERE procedure_id IS NULL ORDER BY ord, id",
};

static const struct db_stmts home_stmts = DB_STMTS("home", sqls);

int
search_home(struct req *req)
{
	struct db_result *res = NULL;
	size_t i;
	char name[64];

	if (db_query(req->app->db, &home_stmts, SQL_HOME_POPULAR, NULL, 0, &res) == -1)
		return req_db_failed(req);
	db_result_to_hdf(res, req->hdf, "Popular");
	for (i = 0; i < res->nrows; i++) {
		snprintf(name, sizeof(name), "Popular.%zu", i);
		search_set_labels(req, name, db_cell(res, i, 2), db_cell(res, i, 3), db_cell(res, i, 4));
	}
	db_result_free(res);

	if (db_query(req->app->db, &home_stmts, SQL_HOME_COUNTS, NULL, 0, &res) == -1)
		return req_db_failed(req);
	db_result_to_hdf(res, req->hdf, "Counts");
	db_result_free(res);

	if (db_query(req->app->db, &home_stmts, SQL_HOME_FIELDS, NULL, 0, &res) == -1)
		return req_db_failed(req);
	db_result_to_hdf(res, req->hdf, "Fields");
	db_result_free(res);

	req_set(req, "Page.Title", "Trang chủ");
	req->template = "search/home.cs";
	return 200;
}

int
search_faq(struct req *req)
{
	struct db_result *res = NULL;

	if (db_query(req->app->db, &home_stmts, SQL_FAQ_GENERAL, NULL, 0, &res) == -1)
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

/* Sets prefix.<suffix>.N = label for each comma-separated value of a SET column. */
static void
search_set_list(struct req *req, const char *prefix, const char *suffix, const char *csv,
    const char *const *keys, const char *const *labels)
{
	char name[160];
	const char *p, *end;
	size_t len, k;
	int n = 0;

	for (p = csv ? csv : ""; *p; p = *end ? end + 1 : end) {
		end = strchr(p, ',');
		if (end == NULL)
			end = p + strlen(p);
		len = (size_t)(end - p);
		for (k = 0; keys[k]; k++)
			if (strlen(keys[k]) == len && strncmp(keys[k], p, len) == 0) {
				snprintf(name, sizeof(name), "%s.%s.%d", prefix, suffix, n++);
				req_set(req, name, labels[k]);
			}
	}
}

void
search_set_labels(struct req *req, const char *prefix, const char *online,
    const char *audience, const char *levels)
{
	static const char *const audience_keys[] = { "citizen", "business", NULL };
	static const char *const audience_labels[] = { "Công dân", "Doanh nghiệp, tổ chức" };
	static const char *const level_keys[] = { "central", "province", "commune", NULL };
	static const char *const level_labels[] = { "Cấp trung ương", "Cấp tỉnh", "Cấp xã" };
	char name[160];

	snprintf(name, sizeof(name), "%s.OnlineLabel", prefix);
	req_set(req, name, search_online_label(online));
	search_set_list(req, prefix, "AudienceLabels", audience, audience_keys, audience_labels);
	search_set_list(req, prefix, "LevelLabels", levels, level_keys, level_labels);
}
