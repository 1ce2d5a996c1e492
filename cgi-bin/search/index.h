/* index: the catalogue's search index, held in memory by each search worker. The database stays
 * the source of truth; a worker rebuilds its copy when catalogue_version moves (checked at most once
 * a second), so a search costs no database round trip but that check. */
#ifndef CONG_INDEX_H
#define CONG_INDEX_H

#include <stddef.h>
#include <time.h>

#include "terms.h"

struct db;

/* One procedure as a search result shows it. Strings point into the index's arena. */
struct index_doc {
	const char          *code, *name, *folded_name;
	const char          *online_level, *audience, *levels;
	const char          *agency_code, *agency, *field_code, *field;
	const struct terms_span *spans;	/* the words of name, for highlighting */
	size_t               nspans;
	unsigned long long   popularity;
	unsigned             id;
	unsigned char        level_mask, audience_mask;
};

/* One word of the vocabulary and the procedures it occurs in. */
struct index_posting {
	unsigned        doc;		/* index into docs */
	unsigned short  in_name;	/* occurrences in the procedure's name */
	unsigned short  in_other;	/* occurrences in code, field, agency, abbreviations */
};
struct index_word {
	const char            *word;
	struct index_posting  *postings;	/* sorted by doc */
	size_t                 n;
};

/* A (code, name, count) choice for the filter lists and the home page. */
struct index_choice {
	const char  *code, *name, *level;
	size_t       count;
};

struct search_index {
	struct index_doc      *docs;
	size_t                 ndocs;
	struct index_word     *words;		/* sorted by word, for exact and prefix look-up */
	size_t                 nwords;
	struct index_choice   *agencies, *fields;	/* those that have procedures */
	size_t                 nagencies, nfields;
	size_t                 full_online, online;	/* counts for the home page */
	unsigned              *by_popularity;	/* doc indices, most used first */
	char                  *arena;		/* every string above */
	unsigned long long     version;		/* catalogue_version it was built from */
	time_t                 checked_at;	/* when version was last confirmed */
};

/* What a search is narrowed to; NULL or "" means no filter. */
struct index_filter {
	const char *agency, *field, *level, *audience, *online;
};

/* Makes sure *idx is a current copy of the catalogue: loads it the first time, and reloads it when
 * catalogue_version has moved (asked at most once a second). Returns 0, or -1 when the database
 * cannot be read (the caller answers 503 or 500; *idx is left as it was). */
int index_refresh(struct db *db, struct search_index **idx);

void index_free(struct search_index *idx);

/* Bit i set for each of the comma-separated values of a SET column ("citizen,business") that is
 * names[i] (a NULL-terminated list of at most 8). */
unsigned char index_set_mask(const char *csv, const char *const *names);

/* Searches: with all set, procedures that have every word (the last also as a prefix); without it,
 * those that have any. With no words, every procedure, most used first. Filters always apply.
 * Returns the number of hits and sets *hits (doc indices, best first; the caller frees it). */
size_t index_search(const struct search_index *idx, const struct terms *t, int all,
    const struct index_filter *filter, unsigned **hits);

#endif
