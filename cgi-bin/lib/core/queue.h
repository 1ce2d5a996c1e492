/* queue: what the daemons that work through a table of due rows share (cong-mailer's outbox,
 * cong-sandbox-ipn's IPN calls) — claiming a batch so that two daemons never take the same row,
 * the growing delay between attempts, and a stop on SIGTERM that ends the round in hand. */
#ifndef CONG_QUEUE_H
#define CONG_QUEUE_H

#include "db.h"

/* Claims the due rows: in one short transaction, runs the statement due (which selects at most
 * its one parameter, `limit`, rows FOR UPDATE SKIP LOCKED, the row's id first), then for each row
 * the statement claim with (lease seconds, id), which counts the attempt and moves its next one
 * past the lease. Returns the rows (free with db_result_free), or NULL on a database error. */
struct db_result *queue_claim(struct db *db, const struct db_stmts *set, int due, int claim,
    long long limit, long long lease);

/* The delay before attempt attempts + 1: base doubled after each attempt but the first, at most
 * cap. */
long long queue_backoff(long long base, long long attempts, long long cap);

/* Makes SIGTERM and SIGINT set the stop flag instead of killing the process. */
void queue_catch_signals(void);

/* 1 once SIGTERM or SIGINT came. */
int queue_stopping(void);

/* Sleeps up to seconds, less when a signal comes. */
void queue_sleep(int seconds);

#endif
