/* search: the catalogue family — home, procedure search and detail, agencies, FAQ. */
#ifndef CONG_SEARCH_H
#define CONG_SEARCH_H

#include "req.h"

struct app;
struct search_index;
struct detail_cache;

/* Per-process state of the search family. */
struct search_state {
	struct search_index  *index;	/* NULL until the first search loads it */
	struct detail_cache  *details;	/* procedures' pages as last loaded */
};

struct detail_cache *detail_cache_new(void);
void detail_cache_free(struct detail_cache *cache);

void *search_init(struct app *app);
void search_done(void *state);

/* The current index for this request, or NULL when the database cannot be read. */
struct search_index *search_index_get(struct req *req);

int search_home(struct req *req);
int search_faq(struct req *req);
int search_procedures(struct req *req);
int search_procedure(struct req *req);
int search_agencies(struct req *req);
int search_agency(struct req *req);
int search_error_page(struct req *req);

/* Vietnamese labels of the catalogue's enumerations, for templates and filters. */
const char *search_online_label(const char *online_level);
const char *search_agency_level_label(const char *level);

struct index_doc;

/* Sets prefix.<column> (code, name, agency…) and the labels of one procedure of the index. */
void search_set_doc(struct req *req, const char *prefix, const struct index_doc *doc);

/* Sets prefix.Online / .OnlineLabel, .Audience.N, .Levels.N from a result row's raw values.
 * Returns 0 or -1. */
int search_set_labels(struct req *req, const char *prefix, const char *online,
    const char *audience, const char *levels);

#define SEARCH_PER_PAGE 20

#endif
