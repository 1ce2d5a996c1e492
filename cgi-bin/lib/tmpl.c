/* tmpl: ClearSilver template rendering, with HTML auto-escaping always on. */
#include "tmpl.h"

#include <stdio.h>

#include "log.h"

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

int
tmpl_prepare(HDF *hdf, const char *templates_dir)
{
	NEOERR *err;

	/* VarEscapeMode=html makes every var: escaped unless a template says otherwise. */
	if ((err = hdf_set_value(hdf, "Config.VarEscapeMode", "html")) != STATUS_OK ||
	    (err = hdf_set_value(hdf, "Config.DebugEnabled", "0")) != STATUS_OK ||
	    (err = hdf_set_value(hdf, "Config.CompressionEnabled", "0")) != STATUS_OK ||
	    (err = hdf_set_value(hdf, "Config.WhiteSpaceStrip", "1")) != STATUS_OK ||
	    (err = hdf_set_value(hdf, "hdf.loadpaths.0", templates_dir)) != STATUS_OK) {
		tmpl_log_error("template set-up", err);
		return -1;
	}
	return 0;
}

/* CSOUTFUNC: appends rendered text to a buf. */
static NEOERR *
tmpl_append(void *ctx, char *text)
{
	buf_puts(ctx, text);
	return STATUS_OK;
}

int
tmpl_render(HDF *hdf, const char *name, struct buf *out)
{
	CSPARSE *cs = NULL;
	NEOERR *err;
	char context[256];

	if ((err = cs_init(&cs, hdf)) != STATUS_OK ||
	    (err = cgi_register_strfuncs(cs)) != STATUS_OK ||
	    (err = cs_parse_file(cs, name)) != STATUS_OK ||
	    (err = cs_render(cs, out, tmpl_append)) != STATUS_OK) {
		snprintf(context, sizeof(context), "template %s", name);
		tmpl_log_error(context, err);
		cs_destroy(&cs);
		return -1;
	}
	cs_destroy(&cs);
	return 0;
}
