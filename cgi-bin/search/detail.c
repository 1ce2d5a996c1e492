/* search: a procedure's page (/procedures/{code}), with a per-worker cache of what it loads. */
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

static const struct db_stmts detail_stmts = DB_STMTS("detail", sqls);

/* What a procedure's page shows, as loaded: one result per statement above. */
struct detail {
	char               *code;
	unsigned long long  version;	/* catalogue_version it was loaded at */
	unsigned long long  used;	/* when it was last shown, in requests, for eviction */
	struct db_result   *parts[SQL__MAX];
};

/* The per-worker cache: the most shown procedures. catalogue_version moves with every change to a
 * procedure or its documents, channels, legal bases and questions (sql/003), so an entry of an
 * older version is never shown. */
#define DETAIL_CACHE_SIZE 256
struct detail_cache {
	struct detail       entries[DETAIL_CACHE_SIZE];
	unsigned long long  clock;
};

static void
detail_clear(struct detail *d)
{
	size_t i;

	free(d->code);
	for (i = 0; i < SQL__MAX; i++)
		db_result_free(d->parts[i]);
	memset(d, 0, sizeof(*d));
}

struct detail_cache *
detail_cache_new(void)
{
	return xcalloc(1, sizeof(struct detail_cache));
}

void
detail_cache_free(struct detail_cache *cache)
{
	size_t i;

	if (cache == NULL)
		return;
	for (i = 0; i < DETAIL_CACHE_SIZE; i++)
		detail_clear(&cache->entries[i]);
	free(cache);
}

/* Loads a procedure into d. Returns 1 loaded, 0 no such procedure, -1 database error. */
static int
detail_load(struct db *db, const char *code, struct detail *d)
{
	struct db_arg arg = DB_STR(code);
	int i;

	if (db_query(db, &detail_stmts, SQL_PROCEDURE, DB_ARG(arg), &d->parts[SQL_PROCEDURE]) == -1)
		return -1;
	if (d->parts[SQL_PROCEDURE]->nrows == 0)
		return 0;
	arg = DB_STR(db_cell(d->parts[SQL_PROCEDURE], 0, 0));
	for (i = SQL_CASES; i < SQL__MAX; i++)
		if (db_query(db, &detail_stmts, i, DB_ARG(arg), &d->parts[i]) == -1)
			return -1;
	return 1;
}

/* Finds code in the cache at the given version, or loads it into the least recently shown entry.
 * Returns the entry, or NULL with *status set (404 unknown, 500/503 database). */
static const struct detail *
detail_get(struct req *req, struct detail_cache *cache, const char *code,
    unsigned long long version, int *status)
{
	struct detail *d, *victim = &cache->entries[0];
	size_t i;
	int rc;

	cache->clock++;
	for (i = 0; i < DETAIL_CACHE_SIZE; i++) {
		d = &cache->entries[i];
		if (d->code && d->version == version && strcmp(d->code, code) == 0) {
			d->used = cache->clock;
			return d;
		}
		if (d->used < victim->used)
			victim = d;
	}
	detail_clear(victim);
	if ((rc = detail_load(req->app->db, code, victim)) != 1) {
		*status = rc == 0 ? 404 : req_db_failed(req);
		detail_clear(victim);
		return NULL;
	}
	victim->code = xstrdup(code);
	victim->version = version;
	victim->used = cache->clock;
	return victim;
}

/* Sets prefix.N = each non-empty line of text. */
static void
detail_set_lines(struct req *req, const char *prefix, const char *text)
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
		hdf_name_index(name, sizeof(name), prefix, (size_t)n++, "");
		req_set(req, name, line);
		free(line);
	}
}

/* Documents under their case: Cases.N.Docs.M.{name,form,originals,copies,required}. Returns 0
 * or -1. */
static int
detail_set_documents(struct req *req, const struct db_result *cases, const struct db_result *docs)
{
	static const char *const names[] = { "name", "form", "originals", "copies", "required" };
	char name[64];
	size_t i, j, k;
	int n;

	for (i = 0; i < cases->nrows; i++) {
		n = 0;
		for (j = 0; j < docs->nrows; j++) {
			HDF *node;

			if (strcmp(db_cell(docs, j, 0), db_cell(cases, i, 0)) != 0)
				continue;
			if (fmt_into(name, sizeof(name), "Cases.%zu.Docs.%d", i, n++) == -1 ||
			    (node = req_node(req, name)) == NULL)
				return -1;
			for (k = 0; k < 5; k++)
				req_node_set(node, names[k], db_cell(docs, j, k + 1));
		}
	}
	return 0;
}

/* Fees as a citizen reads them: 135.000 đồng. */
static void
detail_set_fees(struct req *req, const struct db_result *channels)
{
	char name[64];
	size_t i, k, len;

	for (i = 0; i < channels->nrows; i++) {
		const char *amount = db_cell(channels, i, 3);
		struct buf money = BUF_INIT;

		len = amount ? strlen(amount) : 0;
		for (k = 0; k < len; k++) {
			if (k && (len - k) % 3 == 0)
				buf_putc(&money, '.');
			buf_putc(&money, amount[k]);
		}
		hdf_name_index(name, sizeof(name), "Channels.", i, ".fee");
		req_set(req, name, buf_str(&money));
		buf_free(&money);
	}
}

/*
 * GET /procedures/{code}: everything about one procedure, for a citizen.
 * 200, 404 for an unknown code, 500/503 when the database cannot be read.
 */
int
search_procedure(struct req *req)
{
	struct search_state *state = req->app->family_ctx;
	const char *code = req->path_args[0];
	const struct search_index *idx;
	const struct detail *d;
	const struct db_result *proc;
	int status = 200;

	if (strlen(code) > 40) {
		req_error(req, "Không có thủ tục nào mang mã này. Hãy tìm thủ tục theo tên.");
		return 404;
	}
	/* The index's refresh is what confirms the catalogue version at most once a second. */
	if ((idx = search_index_get(req)) == NULL)
		return req_db_failed(req);
	if ((d = detail_get(req, state->details, code, idx->version, &status)) == NULL) {
		if (status == 404)
			req_error(req, "Không có thủ tục nào mang mã này. Hãy tìm thủ tục theo tên.");
		return status;
	}
	proc = d->parts[SQL_PROCEDURE];
	db_row_to_hdf(proc, 0, req->hdf, "Procedure");
	if (search_set_labels(req, "Procedure", db_cell(proc, 0, 3), db_cell(proc, 0, 4),
	    db_cell(proc, 0, 5)) == -1)
		return 500;
	detail_set_lines(req, "Procedure.StepList.", db_cell(proc, 0, 8));
	detail_set_lines(req, "Procedure.ConditionList.", db_cell(proc, 0, 10));
	db_result_to_hdf(d->parts[SQL_CASES], req->hdf, "Cases");
	if (detail_set_documents(req, d->parts[SQL_CASES], d->parts[SQL_DOCUMENTS]) == -1)
		return 500;
	db_result_to_hdf(d->parts[SQL_CHANNELS], req->hdf, "Channels");
	detail_set_fees(req, d->parts[SQL_CHANNELS]);
	db_result_to_hdf(d->parts[SQL_LEGAL], req->hdf, "Legal");
	db_result_to_hdf(d->parts[SQL_FAQ], req->hdf, "Faq");
	req_set(req, "Page.Title", db_cell(proc, 0, 2));
	req->template = "search/procedure.cs";
	return 200;
}
