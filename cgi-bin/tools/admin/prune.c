/* cong-admin prune: what the portal no longer needs — sessions ended or expired long ago, login
 * failures whose window and lock are over, used or expired e-mail links, and mail delivered or
 * given up long ago. Run daily (cron or a systemd timer). The audit log is never pruned. */
#include "config.h"

#include <stdio.h>

#include "db.h"
#include "prune.h"

enum {
	SQL_SESSIONS,
	SQL_FAILURES,
	SQL_TOKENS,
	SQL_OUTBOX,
	SQL__MAX
};

/* Each deletes at most a batch, so that no statement holds locks for long on a big table. */
static const char *const sqls[SQL__MAX] = {
	/* SQL_SESSIONS: kept 90 days after their end, for the account's own list and export. */
	"DELETE FROM sessions WHERE COALESCE(ended_at, expires_at) < NOW() - INTERVAL 90 DAY "
	"LIMIT 5000",
	/* SQL_FAILURES: a count whose window (15 minutes) and lock are over counts for nothing. */
	"DELETE FROM login_failures WHERE first_at < NOW() - INTERVAL 1 DAY "
	"AND (locked_until IS NULL OR locked_until < NOW()) LIMIT 5000",
	/* SQL_TOKENS: links that can never work again, a month on. */
	"DELETE FROM email_tokens WHERE expires_at < NOW() - INTERVAL 30 DAY LIMIT 5000",
	/* SQL_OUTBOX: mail delivered or given up, 90 days on. */
	"DELETE FROM outbox WHERE COALESCE(sent_at, failed_at) < NOW() - INTERVAL 90 DAY LIMIT 5000",
};

static const struct db_stmts prune_stmts = DB_STMTS("prune", sqls);

int
admin_prune(struct db *db)
{
	static const char *const what[SQL__MAX] = { "sessions", "login failures", "e-mail links",
	    "sent mail" };
	int sql;

	for (sql = 0; sql < SQL__MAX; sql++) {
		unsigned long long total = 0, n;

		do {
			if (db_exec(db, &prune_stmts, sql, DB_NOARGS, &n, NULL) == -1)
				return -1;
			total += n;
		} while (n > 0);
		printf("pruned %llu %s\n", total, what[sql]);
	}
	return 0;
}
