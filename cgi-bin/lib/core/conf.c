/* conf: the configuration file, read once per process. */
#include "config.h"

#include "conf.h"

#include <stdlib.h>

#include "log.h"

int
conf_load(const char *path, HDF **out)
{
	NEOERR *err;
	STRING msg;
	HDF *hdf = NULL;

	*out = NULL;
	if ((err = hdf_init(&hdf)) != STATUS_OK)
		goto fail;
	if ((err = hdf_read_file(hdf, path)) != STATUS_OK)
		goto fail;
	*out = hdf;
	return 0;
fail:
	string_init(&msg);
	nerr_error_string(err, &msg);
	log_err("cannot read configuration %s: %s", path, msg.buf ? msg.buf : "?");
	string_clear(&msg);
	nerr_ignore(&err);
	hdf_destroy(&hdf);
	return -1;
}

const char *
conf_str(HDF *conf, const char *name, const char *def)
{
	return hdf_get_value(conf, name, def);
}

int
conf_int(HDF *conf, const char *name, int def)
{
	return hdf_get_int_value(conf, name, def);
}

const char *
conf_default_path(void)
{
	const char *env = getenv("CONG_CONF");

	return (env && *env) ? env : CONG_SYSCONFDIR "/cong/cong.conf";
}
