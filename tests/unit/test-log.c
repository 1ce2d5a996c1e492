/* test-log: one line an event on stderr — "<UTC time> <program>[<pid>] <level>: <message>" — only
 * up to the level asked for, and a message too long for a line cut rather than lost. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "log.h"
#include "tap.h"

int
main(void)
{
	char path[] = "/tmp/cong-test-log-XXXXXX";
	char line[4096], want[128], *long_msg;
	FILE *f;
	int fd, saved, lines = 0;

	if ((fd = mkstemp(path)) == -1 || (saved = dup(2)) == -1 || dup2(fd, 2) == -1)
		return 99;
	log_init("cong-test", 0, LOG_LVL_WARN);
	log_err("đơn %s: lỗi %d", "H01", 42);
	log_warn("cảnh báo");
	log_info("not shown: over the level");
	log_debug("not shown either");
	if ((long_msg = malloc(5000)) == NULL)
		return 99;
	memset(long_msg, 'x', 4999);
	long_msg[4999] = '\0';
	log_err("%s", long_msg);
	free(long_msg);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);

	if ((f = fdopen(fd, "r")) == NULL)
		return 99;
	rewind(f);
	snprintf(want, sizeof(want), " cong-test[%ld] error: đơn H01: lỗi 42\n", (long)getpid());
	ok(fgets(line, sizeof(line), f) != NULL && strlen(line) > 21 &&
	    strcmp(line + 20, want) == 0, "an error: time, program[pid], level, message");
	ok(line[4] == '-' && line[7] == '-' && line[10] == 'T' && line[13] == ':' &&
	    line[16] == ':' && line[19] == 'Z', "the time is ISO 8601 in UTC");
	snprintf(want, sizeof(want), " cong-test[%ld] warning: cảnh báo\n", (long)getpid());
	ok(fgets(line, sizeof(line), f) != NULL && strlen(line) > 21 && strcmp(line + 20, want) == 0,
	    "a warning");
	ok(fgets(line, sizeof(line), f) != NULL && strstr(line, " error: xxxx") != NULL &&
	    strlen(strstr(line, " error: ") + 8) == 2047 + 1, "a long message is cut to 2047 bytes");
	while (fgets(line, sizeof(line), f) != NULL)
		lines++;
	ok(lines == 0, "info and debug are not written at the warning level");
	fclose(f);
	unlink(path);
	return done_testing();
}
