/* open311: what a client reads first — discovery, the services (the kinds of feedback) and the
 * attributes a request of each takes. */
#include "config.h"

#include "open311.h"

#include <string.h>

#include "app.h"
#include "conf.h"
#include "db.h"

enum {
	SQL_SERVICES,
	SQL_SERVICE,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_SERVICES: every kind of feedback, in the portal's order. */
	"SELECT code, name, description FROM feedback_categories ORDER BY ord, code",
	/* SQL_SERVICE */
	"SELECT code FROM feedback_categories WHERE code = ?",
};

static const struct db_stmts services_stmts = DB_STMTS("open311-services", sqls);

/* What the schema does not say of a service: its group and keywords, for clients that show
 * services by group or search them. A kind not listed here is in the group "Khác". */
static const struct { const char *code, *group, *keywords; } o311_service_extra[] = {
	{ "regulation", "Phản ánh", "quy định, thủ tục hành chính, văn bản" },
	{ "handling",   "Phản ánh", "hồ sơ, giải quyết chậm, giấy tờ, từ chối" },
	{ "conduct",    "Phản ánh", "cán bộ, công chức, thái độ, nhũng nhiễu" },
	{ "proposal",   "Kiến nghị", "sáng kiến, đề xuất, kiến nghị" },
};

/*
 * GET /open311/v2/discovery.{json,xml}: where the API is and what it speaks. 200, or 404 for
 * another extension.
 */
int
o311_discovery(struct req *req)
{
	enum o311_format fmt;
	struct buf url = BUF_INIT;
	json_t *doc;

	if (o311_ext(req->path_args[0], &fmt) == -1)
		return o311_unknown(req);
	buf_printf(&url, "%s/open311/v2", conf_str(req->app->conf, "Site.BaseURL", ""));
	doc = json_pack("{s:s, s:o, s:o, s:[{s:s, s:o, s:s, s:s, s:[s, s]}]}",
	    "changeset", O311_CHANGESET,
	    "contact", o311_str(conf_str(req->app->conf, "Open311.Contact",
	        conf_str(req->app->conf, "Site.Name", "Cổng Dịch vụ công"))),
	    "key_service", o311_str(conf_str(req->app->conf, "Open311.KeyService",
	        "API keys are issued by the portal's operators to civic-reporting clients on "
	        "request; reading needs no key.")),
	    "endpoints",
	    "specification", "http://wiki.open311.org/GeoReport_v2",
	    "url", o311_str(buf_str(&url)),
	    "changeset", O311_CHANGESET,
	    "type", "production",
	    "formats", "text/xml", "application/json");
	buf_free(&url);
	return o311_answer(req, fmt, 200, "discovery", doc);
}

/*
 * GET /open311/v2/services.{json,xml}: one service per kind of feedback. 200, 503/500 when the
 * database fails.
 */
int
o311_services(struct req *req)
{
	struct db_result *rows = NULL;
	enum o311_format fmt;
	json_t *list;
	size_t i, k;

	if (o311_ext(req->path_args[0], &fmt) == -1)
		return o311_unknown(req);
	if (db_query(req->app->db, &services_stmts, SQL_SERVICES, DB_NOARGS, &rows) == -1)
		return req_db_failed(req);
	list = json_array();
	for (i = 0; i < rows->nrows; i++) {
		const char *group = "Khác", *keywords = "";

		for (k = 0; k < sizeof(o311_service_extra) / sizeof(o311_service_extra[0]); k++)
			if (strcmp(o311_service_extra[k].code, db_cell(rows, i, 0)) == 0) {
				group = o311_service_extra[k].group;
				keywords = o311_service_extra[k].keywords;
			}
		json_array_append_new(list, json_pack("{s:o, s:o, s:o, s:b, s:s, s:s, s:s}",
		    "service_code", o311_str(db_cell(rows, i, 0)),
		    "service_name", o311_str(db_cell(rows, i, 1)),
		    "description", o311_str(db_cell(rows, i, 2)),
		    "metadata", 1,
		    "type", "realtime",
		    "keywords", keywords,
		    "group", group));
	}
	db_result_free(rows);
	return o311_answer(req, fmt, 200, "services", list);
}

/* One attribute of the definition. */
static json_t *
o311_attribute(const char *code, const char *datatype, int required, const char *datatype_desc,
    int order, const char *description)
{
	return json_pack("{s:b, s:s, s:s, s:b, s:s, s:i, s:s}",
	    "variable", 1, "code", code, "datatype", datatype, "required", required,
	    "datatype_description", datatype_desc, "order", order, "description", description);
}

/*
 * GET /open311/v2/services/{service_code}.{json,xml}: the attributes a request of the service
 * takes, as attribute[code]=value (create.c checks them). The same for every kind of feedback.
 * 200, 404 for an unknown service.
 */
int
o311_service(struct req *req)
{
	struct db_result *row = NULL;
	enum o311_format fmt;
	struct buf agencies = BUF_INIT;
	char code[32];
	struct db_arg arg;
	json_t *attributes, *publish;
	int found;

	if (o311_split(req->path_args[0], code, sizeof(code), &fmt) == -1)
		return o311_unknown(req);
	arg = DB_STR(code);
	if (db_query(req->app->db, &services_stmts, SQL_SERVICE, DB_ARG(arg), &row) == -1)
		return req_db_failed(req);
	found = row->nrows == 1;
	db_result_free(row);
	if (!found)
		return o311_error(req, fmt, 404, "service_code not found: see services.%s",
		    fmt == O311_JSON ? "json" : "xml");
	buf_printf(&agencies, "The code of the agency the feedback is for, as listed at %s/agencies",
	    conf_str(req->app->conf, "Site.BaseURL", ""));
	attributes = json_array();
	json_array_append_new(attributes, o311_attribute("agency", "string", 1, buf_str(&agencies), 1,
	    "Mã cơ quan tiếp nhận phản ánh, kiến nghị"));
	json_array_append_new(attributes, o311_attribute("title", "string", 1,
	    "At most 200 characters", 2, "Tiêu đề"));
	publish = o311_attribute("publish", "singlevaluelist", 0,
	    "yes: the question and the agency's answer may be published (without the submitter's "
	    "name or contact); no by default", 3, "Đồng ý công khai nội dung và câu trả lời");
	json_object_set_new(publish, "values", json_pack("[{s:s, s:s}, {s:s, s:s}]",
	    "key", "yes", "name", "Đồng ý công khai", "key", "no", "name", "Không công khai"));
	json_array_append_new(attributes, publish);
	json_array_append_new(attributes, o311_attribute("procedure", "string", 0,
	    "The code of an administrative procedure in the portal's catalogue (1.004194)", 4,
	    "Mã thủ tục hành chính liên quan"));
	json_array_append_new(attributes, o311_attribute("dossier", "string", 0,
	    "The code of a dossier handled by the agency given", 5, "Mã hồ sơ liên quan"));
	buf_free(&agencies);
	return o311_answer(req, fmt, 200, "service_definition",
	    json_pack("{s:o, s:o}", "service_code", o311_str(code), "attributes", attributes));
}
