/* app: a family program's process — configuration, database, page table — and the dispatcher that
 * takes each request through parse → match → validate → handler → render, in that order. */
#ifndef CONG_APP_H
#define CONG_APP_H

#include <stddef.h>

#include <ClearSilver.h>

#include "page.h"

struct db;
struct tmpl_cache;

/* What a family program declares. */
struct family {
	const char          *name;		/* "search" */
	const struct page   *pages;
	size_t               npages;
	/* Optional: per-process state of the family, made in each worker after start-up and freed
	 * when it stops (the search index, say). */
	void              *(*init)(struct app *app);
	void               (*done)(void *family_ctx);
	/* 1: a program of another site (the sandbox gateway) that has no accounts: a portal session
	 * cookie sent to it (cookies do not tell ports apart) is not looked up. */
	int                  no_sessions;
};

/* A family's page table, for its designated initialiser: FAMILY_PAGES(search_pages). */
#define FAMILY_PAGES(table) .pages = (table), .npages = sizeof(table) / sizeof((table)[0])

/* Per-process state of a worker. */
struct app {
	const struct family  *family;
	HDF                  *conf;
	struct db            *db;
	struct tmpl_cache    *templates;	/* parsed once per worker */
	const char           *templates_dir;	/* owned by conf */
	long                  max_body;		/* bytes a request body may have */
	char                 *form_origin;	/* the origin of Security.FormActionURL (the payment
						 * gateway), which forms may reach by a redirect
						 * (CSP form-action); owned */
	void                 *family_ctx;		/* what family->init made */
};

/* The whole program: runs the prefork runner with this family. Returns the exit status. */
int app_main(int argc, char **argv, const struct family *family);

/* The human-readable Vietnamese title of an error status. */
const char *app_status_title(int status);

#endif
