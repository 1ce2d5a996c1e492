/* conf: the configuration file (ClearSilver HDF syntax: "Db.Socket = /run/cong/db.sock"), read once
 * per process. */
#ifndef CONG_CONF_H
#define CONG_CONF_H

#include <ClearSilver.h>

/* Reads the file at path into a new HDF in *out (the caller frees it with hdf_destroy).
 * Returns 0, or -1 after logging why. */
int conf_load(const char *path, HDF **out);

/* The value at name, or def when missing. The pointer is owned by conf. */
const char *conf_str(HDF *conf, const char *name, const char *def);
int conf_int(HDF *conf, const char *name, int def);

/* The path of the configuration file: $CONG_CONF, else the one installed in sysconfdir. */
const char *conf_default_path(void);

#endif
