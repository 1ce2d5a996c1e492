/* tmpl: ClearSilver template rendering, with HTML auto-escaping always on for pages. Templates
 * under mail/ are the plain text of messages (mailmsg.h) and are rendered without any escaping.
 * Each worker parses a template once and renders the parse tree for every request with that
 * request's HDF. ClearSilver's NEOERR never leaves this module. */
#ifndef CONG_TMPL_H
#define CONG_TMPL_H

#include <ClearSilver.h>

#include "buf.h"

struct tmpl_cache;

/* Templates whose names start with this are text, not HTML: not escaped. */
#define TMPL_TEXT_DIR "mail/"

/* Makes a per-process cache of parsed templates found under templates_dir. NULL on failure. */
struct tmpl_cache *tmpl_cache_new(const char *templates_dir);
void tmpl_cache_free(struct tmpl_cache *cache);

/* Renders the template file `name` (relative to the templates directory) with hdf, appending to
 * out: HTML-escaped, unless name starts with TMPL_TEXT_DIR. Returns 0, or -1 after logging the
 * template error. */
int tmpl_render(struct tmpl_cache *cache, HDF *hdf, const char *name, struct buf *out);

/* Logs a NEOERR with context and frees it. */
void tmpl_log_error(const char *context, NEOERR *err);

#endif
