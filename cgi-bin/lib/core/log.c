/* log: one line per event to stderr or syslog. */
#include "log.h"

#include <stdarg.h>
#include <stdio.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "fmt.h"

/* Per-process settings, written once at start-up. */
static const char     *log_progname = "cong";
static int             log_syslog;
static enum log_level  log_max = LOG_LVL_INFO;

void
log_init(const char *progname, int use_syslog, enum log_level max_level)
{
	log_progname = progname;
	log_syslog = use_syslog;
	log_max = max_level;
	if (use_syslog)
		openlog(progname, LOG_PID, LOG_DAEMON);
}

static void
log_emit(enum log_level level, const char *fmt, va_list ap)
{
	static const char *const names[] = { "error", "warning", "info", "debug" };
	static const int prios[] = { LOG_ERR, LOG_WARNING, LOG_INFO, LOG_DEBUG };
	char msg[2048];
	char stamp[32];
	struct tm tm;
	time_t now;

	if (level > log_max)
		return;
	/* A message longer than msg is cut on purpose, so the result is not checked: a log line is
	 * no place for megabytes, and the start of a message says what it is about. */
	(void)fmt_vinto(msg, sizeof(msg), fmt, ap);
	if (log_syslog) {
		syslog(prios[level], "%s", msg);
		return;
	}
	now = time(NULL);
	gmtime_r(&now, &tm);
	strftime(stamp, sizeof(stamp), "%Y-%m-%dT%H:%M:%SZ", &tm);
	fprintf(stderr, "%s %s[%ld] %s: %s\n", stamp, log_progname, (long)getpid(),
	    names[level], msg);
}

#define LOG_FN(name, level)                     \
	void name(const char *fmt, ...)         \
	{                                       \
		va_list ap;                     \
		va_start(ap, fmt);              \
		log_emit(level, fmt, ap);       \
		va_end(ap);                     \
	}

LOG_FN(log_err, LOG_LVL_ERR)
LOG_FN(log_warn, LOG_LVL_WARN)
LOG_FN(log_info, LOG_LVL_INFO)
LOG_FN(log_debug, LOG_LVL_DEBUG)
