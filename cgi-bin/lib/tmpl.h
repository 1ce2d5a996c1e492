/* tmpl: ClearSilver template rendering, with HTML auto-escaping always on. ClearSilver's NEOERR never
 * leaves this module. */
#ifndef CONG_TMPL_H
#define CONG_TMPL_H

#include <ClearSilver.h>

#include "buf.h"

/* Sets what every template needs in a request's HDF: auto-escaping, no debug, the load path. */
int tmpl_prepare(HDF *hdf, const char *templates_dir);

/* Renders the template file `name` (relative to the load path) with hdf, appending to out.
 * Returns 0, or -1 after logging the template error. */
int tmpl_render(HDF *hdf, const char *name, struct buf *out);

/* Logs a NEOERR with context and frees it. */
void tmpl_log_error(const char *context, NEOERR *err);

#endif
