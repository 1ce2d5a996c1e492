/* tmpl: ClearSilver template rendering, with HTML auto-escaping always on for pages (and none for
 * the text of mail, under mail/), and a per-process cache of parse trees. */
#include "tmpl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"

#define TMPL_CACHE_MAX 64

/* A parsed template. Its CSPARSE was made with the cache's own HDF (which holds only Config and
 * the load path); for each render it is pointed at the request's HDF and back. Parsing is about a
 * third of the cost of a page, and the tree does not change when rendered: only set: writes, and it
 * writes into the HDF it is rendering, which is the request's. */
struct tmpl_entry {
	char     *name;
	CSPARSE  *cs;
};

struct tmpl_cache {
	HDF               *base;	/* Config.* and hdf.loadpaths, for parsing pages */
	HDF               *text;	/* the same without escaping, for parsing mail */
	struct tmpl_entry  entries[TMPL_CACHE_MAX];
	size_t             n;
};

void
tmpl_log_error(const char *context, NEOERR *err)
{
	STRING msg;

	string_init(&msg);
	nerr_error_string(err, &msg);
	log_err("%s: %s", context, msg.buf ? msg.buf : "unknown ClearSilver error");
	string_clear(&msg);
	nerr_ignore(&err);
}

/* Sets what parsing needs in one of the cache's HDFs: the escaping, no debug, the load path. */
static int
tmpl_prepare(HDF *hdf, const char *templates_dir, const char *escaping)
{
	NEOERR *err;

	/* cs_init reads Config.VarEscapeMode once, for the whole tree it parses: html makes every
	 * var: escaped unless a template says otherwise. */
	if ((err = hdf_set_value(hdf, "Config.VarEscapeMode", escaping)) != STATUS_OK ||
	    (err = hdf_set_value(hdf, "Config.DebugEnabled", "0")) != STATUS_OK ||
	    (err = hdf_set_value(hdf, "Config.CompressionEnabled", "0")) != STATUS_OK ||
	    /* Only cgi_output strips, and it is not used; a mail's line breaks are its text. */
	    (err = hdf_set_value(hdf, "Config.WhiteSpaceStrip",
	    strcmp(escaping, "none") == 0 ? "0" : "1")) != STATUS_OK ||
	    (err = hdf_set_value(hdf, "hdf.loadpaths.0", templates_dir)) != STATUS_OK) {
		tmpl_log_error("template set-up", err);
		return -1;
	}
	return 0;
}

struct tmpl_cache *
tmpl_cache_new(const char *templates_dir)
{
	struct tmpl_cache *cache = calloc(1, sizeof(*cache));
	NEOERR *err;

	if (cache == NULL)
		return NULL;
	if ((err = hdf_init(&cache->base)) != STATUS_OK || (err = hdf_init(&cache->text)) != STATUS_OK) {
		tmpl_log_error("template cache", err);
		tmpl_cache_free(cache);
		return NULL;
	}
	if (tmpl_prepare(cache->base, templates_dir, "html") == -1 ||
	    tmpl_prepare(cache->text, templates_dir, "none") == -1) {
		tmpl_cache_free(cache);
		return NULL;
	}
	return cache;
}

/* Destroys entry i and moves the last one into its place. */
static void
tmpl_forget(struct tmpl_cache *cache, size_t i)
{
	cs_destroy(&cache->entries[i].cs);
	free(cache->entries[i].name);
	cache->entries[i] = cache->entries[--cache->n];
}

void
tmpl_cache_free(struct tmpl_cache *cache)
{
	if (cache == NULL)
		return;
	while (cache->n > 0)
		tmpl_forget(cache, cache->n - 1);
	hdf_destroy(&cache->base);
	hdf_destroy(&cache->text);
	free(cache);
}

/* The HDF a template is parsed with: a mail's text (under mail/) is not HTML, and "Lê & Con"
 * must stay "Lê & Con" in it; every other template is a page, escaped. By the name, so that no
 * caller can choose wrong. */
static HDF *
tmpl_parse_hdf(const struct tmpl_cache *cache, const char *name)
{
	return strncmp(name, TMPL_TEXT_DIR, strlen(TMPL_TEXT_DIR)) == 0 ? cache->text : cache->base;
}

/* Finds or parses a template. Returns its index, or -1 after logging. */
static int
tmpl_lookup(struct tmpl_cache *cache, const char *name)
{
	CSPARSE *cs = NULL;
	NEOERR *err;
	struct buf context = BUF_INIT;	/* only for the log line of an error */
	size_t i;

	for (i = 0; i < cache->n; i++)
		if (strcmp(cache->entries[i].name, name) == 0)
			return (int)i;
	if (cache->n == TMPL_CACHE_MAX) {
		log_err("template %s: more than %d templates in one program", name, TMPL_CACHE_MAX);
		return -1;
	}
	if ((err = cs_init(&cs, tmpl_parse_hdf(cache, name))) != STATUS_OK ||
	    (err = cgi_register_strfuncs(cs)) != STATUS_OK ||
	    (err = cs_parse_file(cs, name)) != STATUS_OK) {
		buf_printf(&context, "template %s", name);
		tmpl_log_error(buf_str(&context), err);
		buf_free(&context);
		cs_destroy(&cs);
		return -1;
	}
	cache->entries[cache->n].name = strdup(name);
	cache->entries[cache->n].cs = cs;
	if (cache->entries[cache->n].name == NULL) {
		cs_destroy(&cs);
		return -1;
	}
	return (int)cache->n++;
}

/* CSOUTFUNC: appends rendered text to a buf. */
static NEOERR *
tmpl_append(void *ctx, char *text)
{
	buf_puts(ctx, text);
	return STATUS_OK;
}

int
tmpl_render(struct tmpl_cache *cache, HDF *hdf, const char *name, struct buf *out)
{
	CSPARSE *cs;
	NEOERR *err;
	struct buf context = BUF_INIT;	/* only for the log line of an error */
	int i;

	if ((i = tmpl_lookup(cache, name)) == -1)
		return -1;
	cs = cache->entries[i].cs;
	cs->hdf = hdf;
	err = cs_render(cs, out, tmpl_append);
	cs->hdf = tmpl_parse_hdf(cache, name);
	cs->output_ctx = NULL;
	if (err != STATUS_OK) {
		buf_printf(&context, "template %s", name);
		tmpl_log_error(buf_str(&context), err);
		buf_free(&context);
		/* A render that stopped half-way may have left local scopes behind: parse anew. */
		tmpl_forget(cache, (size_t)i);
		return -1;
	}
	return 0;
}
