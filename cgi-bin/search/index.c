/* index: the catalogue's search index, held in memory by each search worker and rebuilt when the
 * catalogue changes. */
#include "index.h"

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "db.h"
#include "fold.h"
#include "log.h"
#include "searchtext.h"

enum {
	SQL_VERSION,
	SQL_DOCS,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_VERSION: moved by triggers on every change to procedures, agencies and fields. */
	"SELECT version FROM catalogue_version WHERE id = 1",
	/* SQL_DOCS: every procedure with what a search shows of it and finds it by. */
	"SELECT p.id, p.code, p.name, p.online_level, p.audience, p.levels, p.popularity, "
	"a.code AS agency_code, a.name AS agency, a.agency_level, f.code AS field_code, "
	"f.name AS field FROM procedures p LEFT JOIN agencies a ON a.id = p.agency_id "
	"LEFT JOIN fields f ON f.id = p.field_id ORDER BY p.id",
};

static const struct db_stmts index_stmts = DB_STMTS("index", sqls);

/* Column numbers of SQL_DOCS. */
enum { C_ID, C_CODE, C_NAME, C_ONLINE, C_AUDIENCE, C_LEVELS, C_POPULARITY, C_AGENCY_CODE,
	C_AGENCY, C_AGENCY_LEVEL, C_FIELD_CODE, C_FIELD };

/* Everything an index owns besides its arrays: the rows it points into and the folded text. */
struct index_store {
	struct db_result  *rows;
	void             **blocks;	/* folded names, word spans: one allocation each */
	size_t             nblocks, capblocks;
};

/* The word table while an index is built: open addressing on FNV-1a. */
struct build_word {
	char                  *word;
	struct index_posting  *postings;
	size_t                 n, cap;
};
struct builder {
	struct build_word  *slots;
	size_t              cap, used;
};

/* Takes ownership of a block the index points into; returns it. */
static void *
index_keep(struct index_store *store, void *block)
{
	if (store->nblocks == store->capblocks) {
		store->capblocks = store->capblocks ? store->capblocks * 2 : 1024;
		store->blocks = xrealloc(store->blocks, store->capblocks * sizeof(void *));
	}
	store->blocks[store->nblocks++] = block;
	return block;
}

static uint64_t
index_hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return h;
}

/* Finds or adds the word s[0..n) in the builder. */
static struct build_word *
builder_word(struct builder *b, const char *s, size_t n)
{
	size_t i, mask;

	if ((b->used + 1) * 2 > b->cap) {
		struct build_word *old = b->slots;
		size_t oldcap = b->cap, k;

		b->cap = b->cap ? b->cap * 2 : 4096;
		b->slots = xcalloc(b->cap, sizeof(*b->slots));
		for (k = 0; k < oldcap; k++) {
			if (old[k].word == NULL)
				continue;
			for (i = index_hash(old[k].word, strlen(old[k].word)) & (b->cap - 1);
			    b->slots[i].word; i = (i + 1) & (b->cap - 1))
				;
			b->slots[i] = old[k];
		}
		free(old);
	}
	mask = b->cap - 1;
	for (i = index_hash(s, n) & mask; b->slots[i].word; i = (i + 1) & mask)
		if (strncmp(b->slots[i].word, s, n) == 0 && b->slots[i].word[n] == '\0')
			return &b->slots[i];
	b->slots[i].word = xstrndup(s, n);
	b->used++;
	return &b->slots[i];
}

/* Counts one occurrence of each word of the folded text in doc. */
static void
builder_add(struct builder *b, const char *folded, unsigned doc, int in_name)
{
	const char *p = folded, *end;

	while (*p) {
		struct build_word *w;

		end = strchr(p, ' ');
		if (end == NULL)
			end = p + strlen(p);
		w = builder_word(b, p, (size_t)(end - p));
		if (w->n == 0 || w->postings[w->n - 1].doc != doc) {
			if (w->n == w->cap) {
				w->cap = w->cap ? w->cap * 2 : 4;
				w->postings = xrealloc(w->postings, w->cap * sizeof(*w->postings));
			}
			memset(&w->postings[w->n], 0, sizeof(*w->postings));
			w->postings[w->n++].doc = doc;
		}
		if (in_name)
			w->postings[w->n - 1].in_name++;
		else
			w->postings[w->n - 1].in_other++;
		p = *end ? end + 1 : end;
	}
}

static int
index_word_cmp(const void *a, const void *b)
{
	return strcmp(((const struct index_word *)a)->word, ((const struct index_word *)b)->word);
}

unsigned char
index_set_mask(const char *csv, const char *const *names)
{
	unsigned char mask = 0;
	size_t i, len;
	const char *p, *end;

	for (p = csv ? csv : ""; *p; p = *end ? end + 1 : end) {
		end = strchr(p, ',');
		if (end == NULL)
			end = p + strlen(p);
		len = (size_t)(end - p);
		for (i = 0; names[i]; i++)
			if (strlen(names[i]) == len && strncmp(names[i], p, len) == 0)
				mask |= (unsigned char)(1u << i);
	}
	return mask;
}

static const char *const index_levels[] = { "central", "province", "commune", NULL };
static const char *const index_audiences[] = { "citizen", "business", NULL };

static int
index_popularity_cmp(const void *a, const void *b, void *arg)
{
	const struct search_index *idx = arg;
	const struct index_doc *x = &idx->docs[*(const unsigned *)a];
	const struct index_doc *y = &idx->docs[*(const unsigned *)b];

	if (x->popularity != y->popularity)
		return x->popularity > y->popularity ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

/* Choices sort by level (ministries first), then by name as Vietnamese readers expect. */
static int
index_level_rank(const char *level)
{
	static const char *const order[] = { "central", "province", "branch", "commune" };
	int i;

	for (i = 0; i < 4; i++)
		if (level && strcmp(level, order[i]) == 0)
			return i;
	return 4;
}

static int
index_choice_cmp(const void *a, const void *b)
{
	const struct index_choice *x = a, *y = b;
	int rx = index_level_rank(x->level), ry = index_level_rank(y->level), c;
	struct buf fx = BUF_INIT, fy = BUF_INIT;

	if (rx != ry)
		return rx - ry;
	fold_text(x->name, strlen(x->name), &fx);
	fold_text(y->name, strlen(y->name), &fy);
	c = strcmp(buf_str(&fx), buf_str(&fy));
	buf_free(&fx);
	buf_free(&fy);
	return c ? c : strcmp(x->code, y->code);
}

/* Collects the distinct (code, name) pairs of a doc column into choices with their counts. */
static void
index_choices(struct search_index *idx, size_t code_off, size_t name_off, const char *const *levels,
    struct index_choice **out, size_t *nout)
{
	struct index_choice *c = NULL;
	size_t n = 0, d, k;

	for (d = 0; d < idx->ndocs; d++) {
		const char *code = *(const char *const *)((const char *)&idx->docs[d] + code_off);
		const char *name = *(const char *const *)((const char *)&idx->docs[d] + name_off);

		if (code == NULL || name == NULL)
			continue;
		for (k = 0; k < n && strcmp(c[k].code, code) != 0; k++)
			;
		if (k == n) {
			c = xrealloc(c, (n + 1) * sizeof(*c));
			c[n].code = code;
			c[n].name = name;
			c[n].level = levels ? levels[d] : NULL;
			c[n].count = 0;
			n++;
		}
		c[k].count++;
	}
	qsort(c, n, sizeof(*c), index_choice_cmp);
	*out = c;
	*nout = n;
}

void
index_free(struct search_index *idx)
{
	struct index_store *store;
	size_t i;

	if (idx == NULL)
		return;
	store = (struct index_store *)(idx + 1);
	for (i = 0; i < idx->nwords; i++) {
		free((char *)idx->words[i].word);
		free(idx->words[i].postings);
	}
	for (i = 0; i < store->nblocks; i++)
		free(store->blocks[i]);
	free(store->blocks);
	db_result_free(store->rows);
	free(idx->words);
	free(idx->docs);
	free(idx->agencies);
	free(idx->fields);
	free(idx->by_popularity);
	free(idx);
}

/* Builds an index from the rows of SQL_DOCS, taking ownership of them. */
static struct search_index *
index_build(struct db_result *rows, unsigned long long version)
{
	/* The store sits right after the index in the same allocation. */
	struct search_index *idx = xcalloc(1, sizeof(*idx) + sizeof(struct index_store));
	struct index_store *store = (struct index_store *)(idx + 1);
	struct builder b = { NULL, 0, 0 };
	struct buf text = BUF_INIT;
	const char **agency_levels;
	size_t d, i, k;

	store->rows = rows;
	idx->version = version;
	idx->ndocs = rows->nrows;
	idx->docs = xcalloc(idx->ndocs ? idx->ndocs : 1, sizeof(*idx->docs));
	agency_levels = xcalloc(idx->ndocs ? idx->ndocs : 1, sizeof(char *));
	for (d = 0; d < idx->ndocs; d++) {
		struct index_doc *doc = &idx->docs[d];

		doc->id = (unsigned)db_cell_ll(rows, d, C_ID, 0);
		doc->code = db_cell(rows, d, C_CODE);
		doc->name = db_cell(rows, d, C_NAME);
		doc->online_level = db_cell(rows, d, C_ONLINE);
		doc->audience = db_cell(rows, d, C_AUDIENCE);
		doc->levels = db_cell(rows, d, C_LEVELS);
		doc->popularity = db_cell_ll(rows, d, C_POPULARITY, 0);
		doc->agency_code = db_cell(rows, d, C_AGENCY_CODE);
		doc->agency = db_cell(rows, d, C_AGENCY);
		doc->field_code = db_cell(rows, d, C_FIELD_CODE);
		doc->field = db_cell(rows, d, C_FIELD);
		doc->level_mask = index_set_mask(doc->levels, index_levels);
		doc->audience_mask = index_set_mask(doc->audience, index_audiences);
		agency_levels[d] = db_cell(rows, d, C_AGENCY_LEVEL);
		if (doc->online_level && strcmp(doc->online_level, "full") == 0)
			idx->full_online++;
		if (doc->online_level && strcmp(doc->online_level, "none") != 0)
			idx->online++;

		/* Folded here rather than read from the table, so a row written without a reindex is
		 * found all the same. */
		buf_reset(&text);
		fold_words(doc->name, strlen(doc->name), &text);
		doc->folded_name = index_keep(store, buf_detach(&text));
		builder_add(&b, doc->folded_name, (unsigned)d, 1);
		{
			struct terms_span *spans;
			char *words;

			doc->nspans = terms_spans(doc->name, &spans, &words);
			doc->spans = index_keep(store, spans);
			index_keep(store, words);
		}
		searchtext_build(doc->name, doc->code, doc->field, doc->agency, &text);
		/* The search text starts with the name's words: count only what follows them. */
		k = strlen(doc->folded_name);
		if (text.len > k && strncmp(buf_str(&text), doc->folded_name, k) == 0)
			builder_add(&b, buf_str(&text) + k + (text.data[k] == ' '), (unsigned)d, 0);
		buf_reset(&text);
	}
	buf_free(&text);

	idx->words = xcalloc(b.used ? b.used : 1, sizeof(*idx->words));
	for (i = 0, k = 0; i < b.cap; i++) {
		if (b.slots[i].word == NULL)
			continue;
		idx->words[k].word = b.slots[i].word;
		idx->words[k].postings = b.slots[i].postings;
		idx->words[k].n = b.slots[i].n;
		k++;
	}
	idx->nwords = k;
	free(b.slots);
	qsort(idx->words, idx->nwords, sizeof(*idx->words), index_word_cmp);

	idx->by_popularity = xcalloc(idx->ndocs ? idx->ndocs : 1, sizeof(unsigned));
	for (d = 0; d < idx->ndocs; d++)
		idx->by_popularity[d] = (unsigned)d;
	qsort_r(idx->by_popularity, idx->ndocs, sizeof(unsigned), index_popularity_cmp, idx);

	index_choices(idx, offsetof(struct index_doc, agency_code), offsetof(struct index_doc, agency),
	    agency_levels, &idx->agencies, &idx->nagencies);
	index_choices(idx, offsetof(struct index_doc, field_code), offsetof(struct index_doc, field),
	    NULL, &idx->fields, &idx->nfields);
	free(agency_levels);
	return idx;
}

int
index_refresh(struct db *db, struct search_index **idx)
{
	struct db_result *res = NULL, *rows = NULL;
	unsigned long long version;
	time_t now = time(NULL);

	if (*idx && now == (*idx)->checked_at)
		return 0;
	if (db_query(db, &index_stmts, SQL_VERSION, DB_NOARGS, &res) == -1)
		return -1;
	version = (unsigned long long)db_cell_ll(res, 0, 0, 0);
	db_result_free(res);
	if (*idx && (*idx)->version == version) {
		(*idx)->checked_at = now;
		return 0;
	}
	/* The version was read first: a change made while the rows are read moves it again, and the
	 * next check reloads. */
	if (db_query(db, &index_stmts, SQL_DOCS, DB_NOARGS, &rows) == -1)
		return -1;
	index_free(*idx);
	*idx = index_build(rows, version);
	(*idx)->checked_at = now;
	log_info("search index: %zu procedures, %zu words (catalogue version %llu)",
	    (*idx)->ndocs, (*idx)->nwords, version);
	return 0;
}

/* The range of vocabulary words equal to w, or starting with it when prefix is set. */
static void
index_range(const struct search_index *idx, const char *w, int prefix, size_t *lo, size_t *hi)
{
	size_t a = 0, b = idx->nwords, m, n = strlen(w);

	while (a < b) {
		m = (a + b) / 2;
		if (strcmp(idx->words[m].word, w) < 0)
			a = m + 1;
		else
			b = m;
	}
	*lo = a;
	if (!prefix) {
		*hi = (a < idx->nwords && strcmp(idx->words[a].word, w) == 0) ? a + 1 : a;
		return;
	}
	for (b = a; b < idx->nwords && strncmp(idx->words[b].word, w, n) == 0; b++)
		;
	*hi = b;
}

static int
index_filter_pass(const struct index_doc *doc, const struct index_filter *f)
{
	if (f->agency && *f->agency && (doc->agency_code == NULL || strcmp(doc->agency_code, f->agency)))
		return 0;
	if (f->field && *f->field && (doc->field_code == NULL || strcmp(doc->field_code, f->field)))
		return 0;
	if (f->level && *f->level && !(doc->level_mask & index_set_mask(f->level, index_levels)))
		return 0;
	if (f->audience && *f->audience && !(doc->audience_mask & index_set_mask(f->audience, index_audiences)))
		return 0;
	if (f->online && *f->online && (doc->online_level == NULL || strcmp(doc->online_level, f->online)))
		return 0;
	return 1;
}

/* A candidate while results are ranked. */
struct index_hit {
	unsigned  doc;
	int       phrase;	/* the whole query stands in the name */
	double    score;
};

static int
index_hit_cmp(const void *a, const void *b, void *arg)
{
	const struct search_index *idx = arg;
	const struct index_hit *x = a, *y = b;
	const struct index_doc *dx = &idx->docs[x->doc], *dy = &idx->docs[y->doc];

	if (x->phrase != y->phrase)
		return y->phrase - x->phrase;
	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	if (dx->popularity != dy->popularity)
		return dx->popularity > dy->popularity ? -1 : 1;
	return dx->id < dy->id ? -1 : dx->id > dy->id;
}

size_t
index_search(const struct search_index *idx, const struct terms *t, int all,
    const struct index_filter *filter, unsigned **hits)
{
	struct index_hit *cand;
	double *score;
	uint16_t *matched, full;
	size_t i, w, lo, hi, d, p, n = 0;

	*hits = xcalloc(idx->ndocs ? idx->ndocs : 1, sizeof(unsigned));
	if (t->count == 0) {
		for (i = 0; i < idx->ndocs; i++)
			if (index_filter_pass(&idx->docs[idx->by_popularity[i]], filter))
				(*hits)[n++] = idx->by_popularity[i];
		return n;
	}
	score = xcalloc(idx->ndocs ? idx->ndocs : 1, sizeof(double));
	matched = xcalloc(idx->ndocs ? idx->ndocs : 1, sizeof(uint16_t));
	for (w = 0; w < t->count; w++) {
		size_t df = 0;
		double idf;

		/* The last word may be half typed: it also matches as a prefix. */
		index_range(idx, t->words[w], w + 1 == t->count, &lo, &hi);
		for (i = lo; i < hi; i++)
			df += idx->words[i].n;
		if (df == 0)
			continue;
		idf = log(1.0 + (double)idx->ndocs / (double)df);
		for (i = lo; i < hi; i++)
			for (p = 0; p < idx->words[i].n; p++) {
				const struct index_posting *post = &idx->words[i].postings[p];

				/* A word of the name counts three times one of the agency or field. */
				score[post->doc] += idf * (3.0 * post->in_name + post->in_other);
				matched[post->doc] |= (uint16_t)(1u << w);
			}
	}
	full = (uint16_t)((1u << t->count) - 1);
	cand = xcalloc(idx->ndocs ? idx->ndocs : 1, sizeof(*cand));
	for (d = 0; d < idx->ndocs; d++) {
		if (all ? matched[d] != full : matched[d] == 0)
			continue;
		if (!index_filter_pass(&idx->docs[d], filter))
			continue;
		cand[n].doc = (unsigned)d;
		cand[n].score = score[d];
		cand[n].phrase = strstr(idx->docs[d].folded_name, t->phrase) != NULL;
		n++;
	}
	qsort_r(cand, n, sizeof(*cand), index_hit_cmp, (void *)idx);
	for (i = 0; i < n; i++)
		(*hits)[i] = cand[i].doc;
	free(cand);
	free(score);
	free(matched);
	return n;
}
