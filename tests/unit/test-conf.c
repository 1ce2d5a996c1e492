/* test-conf: the configuration file is read as HDF, and what it lacks takes the default. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "conf.h"
#include "tap.h"

int
main(void)
{
	char path[] = "/tmp/cong-test-conf-XXXXXX";
	HDF *conf = NULL;
	FILE *f;
	int fd;

	if ((fd = mkstemp(path)) == -1 || (f = fdopen(fd, "w")) == NULL)
		return 99;
	fputs("Site.Name = Cổng thử\n"
	    "Limits.MaxBody = 2048\n"
	    "Limits.MaxBody.submit = 20971520\n"
	    "Db {\n  Socket = /run/cong/db.sock\n}\n"
	    "Bad.Int = 12abc\n", f);
	if (fclose(f) != 0)
		return 99;

	ok(conf_load(path, &conf) == 0 && conf != NULL, "a configuration file is read");
	is_str(conf_str(conf, "Site.Name", "x"), "Cổng thử", "a value, in UTF-8");
	is_str(conf_str(conf, "Db.Socket", "x"), "/run/cong/db.sock", "one in a block");
	is_str(conf_str(conf, "Db.Port", "3306"), "3306", "a missing value is the default");
	ok(conf_str(conf, "Db.Port", NULL) == NULL, "even a NULL one");
	ok(conf_int(conf, "Limits.MaxBody", 1) == 2048, "a number");
	ok(conf_int(conf, "Limits.MaxBody.submit", 1) == 20971520, "a number under a number's name");
	ok(conf_int(conf, "Limits.Missing", 77) == 77, "a missing number is the default");
	ok(conf_int(conf, "Bad.Int", 5) == 12, "text after digits: the digits (ClearSilver's atoi)");
	hdf_destroy(&conf);
	unlink(path);

	ok(conf_load(path, &conf) == -1 && conf == NULL, "a missing file is an error, and no HDF");
	memcpy(path + strlen(path) - 6, "XXXXXX", 6);
	if ((fd = mkstemp(path)) == -1 || (f = fdopen(fd, "w")) == NULL)
		return 99;
	fputs("Site.Name = x\nSite Name x\n", f);
	if (fclose(f) != 0)
		return 99;
	ok(conf_load(path, &conf) == -1 && conf == NULL, "so is a line that is not name = value");
	unlink(path);

	setenv("CONG_CONF", "/etc/x.conf", 1);
	is_str(conf_default_path(), "/etc/x.conf", "CONG_CONF names the file");
	setenv("CONG_CONF", "", 1);
	ok(strcmp(conf_default_path(), "/etc/x.conf") != 0 &&
	    strstr(conf_default_path(), "/cong/cong.conf") != NULL,
	    "an empty one is the installed file");
	return done_testing();
}
