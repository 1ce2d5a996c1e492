/* queue: claiming due rows, backoff and stopping, for the daemons that deliver a queue. */
#include "config.h"

#include "queue.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t queue_stop;

static void
queue_on_signal(int sig)
{
	(void)sig;
	queue_stop = 1;
}

void
queue_catch_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = queue_on_signal;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
}

int
queue_stopping(void)
{
	return queue_stop != 0;
}

void
queue_sleep(int seconds)
{
	if (!queue_stop)
		sleep((unsigned)seconds);	/* a signal cuts it short */
}

long long
queue_backoff(long long base, long long attempts, long long cap)
{
	long long delay = base;

	while (--attempts > 0 && delay < cap)
		delay *= 2;
	return delay < cap ? delay : cap;
}

struct db_result *
queue_claim(struct db *db, const struct db_stmts *set, int due, int claim, long long limit,
    long long lease)
{
	struct db_result *rows = NULL;
	struct db_arg arg = DB_INT(limit);
	size_t i;

	if (db_begin(db) == -1)
		return NULL;
	if (db_query(db, set, due, DB_ARG(arg), &rows) == -1)
		goto fail;
	for (i = 0; i < rows->nrows; i++) {
		struct db_arg args[] = { DB_INT(lease), DB_INT(db_cell_ll(rows, i, 0, 0)) };

		if (db_exec(db, set, claim, DB_ARGS(args), NULL, NULL) == -1)
			goto fail;
	}
	if (db_commit(db) == -1)
		goto fail;
	return rows;
fail:
	db_rollback(db);
	db_result_free(rows);
	return NULL;
}
