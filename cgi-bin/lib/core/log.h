/* log: one line per event to stderr (which the runner or systemd collects), or to syslog. */
#ifndef CONG_LOG_H
#define CONG_LOG_H

enum log_level { LOG_LVL_ERR, LOG_LVL_WARN, LOG_LVL_INFO, LOG_LVL_DEBUG };

/* Sets the program name and where lines go; use_syslog 0 means stderr. Call once at start-up. */
void log_init(const char *progname, int use_syslog, enum log_level max_level);

void log_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_debug(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
