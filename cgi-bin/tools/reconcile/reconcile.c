/*
 * cong-reconcile: settles the payments whose callback never came. For every order still open
 * (created or pending) past Pay.ReconcileAfterMinutes, it asks the gateway (querydr) what became
 * of it: paid or failed → settled exactly as the callback would have settled it (payment.c, under
 * the same row lock, so a callback arriving meanwhile cannot credit twice); unknown to the gateway
 * and past its expiry → expired; anything else → left for the next run. Run from cron or the
 * systemd timer (conf/cong-reconcile.timer) every few minutes; safe to run twice at once.
 *
 * usage: cong-reconcile [--conf FILE] [--older-than MINUTES] [--verbose]
 * Exit status: 0 when every order asked about was answered, 1 when the gateway or the database
 * failed for some (they are tried again next run), 2 on bad usage.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "conf.h"
#include "db.h"
#include "log.h"
#include "payment.h"
#include "payprov.h"

enum {
	SQL_STALE,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_STALE: open orders older than the limit, oldest first, a bounded batch a run. */
	"SELECT id, txn_ref, amount, order_info, create_date, UNIX_TIMESTAMP(expires_at), "
	"expires_at < NOW() FROM payment_orders "
	"WHERE state IN ('created', 'pending') AND created_at <= NOW() - INTERVAL ? MINUTE "
	"ORDER BY id LIMIT 1000",
};

static const struct db_stmts reconcile_stmts = DB_STMTS("reconcile", sqls);

enum { R_ID, R_REF, R_AMOUNT, R_INFO, R_CREATE_DATE, R_EXPIRES, R_EXPIRED };

static void
usage(FILE *out)
{
	fprintf(out, "usage: cong-reconcile [--conf FILE] [--older-than MINUTES] [--verbose]\n");
}

/* Counts of a run, for its one summary line. */
struct tally {
	int paid, failed, expired, open, errors;
};

/* Asks about one order and settles it. */
static void
reconcile_one(HDF *conf, struct db *db, const struct pay_provider *provider,
    const struct db_result *rows, size_t r, struct tally *t)
{
	long long id = db_cell_ll(rows, r, R_ID, 0), settled = 0;
	struct pay_order_ref ref = { db_cell(rows, r, R_REF),
	    db_cell_ll(rows, r, R_AMOUNT, 0), db_cell(rows, r, R_INFO),
	    db_cell(rows, r, R_CREATE_DATE), db_cell_ll(rows, r, R_EXPIRES, 0),
	    "", NULL };
	struct buf sent = BUF_INIT, answer = BUF_INIT;
	struct pay_outcome outcome;
	enum pay_verdict verdict;
	int asked;

	asked = provider->query(conf, &ref, &outcome, &sent, &answer);
	payment_log(db, id, ref.txn_ref, "out", "querydr", buf_str(&sent), "", "");
	if (answer.len)
		payment_log(db, id, ref.txn_ref, "in", "querydr_answer", buf_str(&answer),
		    asked == 0 ? "read" : "refused", "");
	buf_free(&sent);
	buf_free(&answer);
	if (asked == -1) {
		t->errors++;
		return;
	}
	switch (outcome.state) {
	case PAY_STATE_PAID:
	case PAY_STATE_FAILED:
		verdict = payment_settle(db, &outcome, "querydr", "querydr_answer", NULL, "", &settled);
		if (verdict == PAY_CONFIRMED) {
			log_info("%s: %s", ref.txn_ref, outcome.state == PAY_STATE_PAID ? "paid" : "failed");
			if (outcome.state == PAY_STATE_PAID)
				t->paid++;
			else
				t->failed++;
		} else if (verdict == PAY_ALREADY) {
			t->open += 0;	/* its callback came meanwhile: nothing to do */
		} else {
			log_warn("%s: not settled: %s", ref.txn_ref, payment_verdict_name(verdict));
			t->errors++;
		}
		break;
	case PAY_STATE_UNKNOWN:
		/* Not seen by the gateway: once its time is up, nobody can pay it any more. */
		if (strcmp(db_cell(rows, r, R_EXPIRED), "1") != 0) {
			t->open++;
		} else if (payment_expire(db, id) == -1) {
			t->errors++;
		} else {
			log_info("%s: expired", ref.txn_ref);
			t->expired++;
		}
		break;
	case PAY_STATE_OPEN:
		t->open++;
		break;
	}
}

int
main(int argc, char **argv)
{
	static const struct option options[] = {
		{ "conf", required_argument, NULL, 'c' },
		{ "older-than", required_argument, NULL, 'o' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *conf_path = conf_default_path();
	const struct pay_provider *provider;
	struct db_result *rows = NULL;
	struct tally t = { 0, 0, 0, 0, 0 };
	struct db *db = NULL;
	HDF *conf = NULL;
	int c, verbose = 0, minutes = -1;
	size_t r;

	while ((c = getopt_long(argc, argv, "", options, NULL)) != -1) {
		switch (c) {
		case 'c': conf_path = optarg; break;
		case 'o':
			minutes = atoi(optarg);
			if (minutes < 0 || strspn(optarg, "0123456789") != strlen(optarg)) {
				usage(stderr);
				return 2;
			}
			break;
		case 'v': verbose = 1; break;
		case 'h': usage(stdout); return 0;
		default: usage(stderr); return 2;
		}
	}
	log_init("cong-reconcile", 0, verbose ? LOG_LVL_INFO : LOG_LVL_WARN);
	if (optind != argc) {
		usage(stderr);
		return 2;
	}
	if (conf_load(conf_path, &conf) == -1)
		return 1;
	if ((provider = payprov_get(conf)) == NULL) {
		log_err("Pay.Provider in %s names no known provider", conf_path);
		hdf_destroy(&conf);
		return 1;
	}
	if (minutes < 0)
		minutes = conf_int(conf, "Pay.ReconcileAfterMinutes", 15);
	db = db_new(conf);
	{
		struct db_arg arg = DB_INT(minutes);

		if (db == NULL || db_query(db, &reconcile_stmts, SQL_STALE, DB_ARG(arg), &rows) == -1) {
			db_close(db);
			hdf_destroy(&conf);
			return 1;
		}
	}
	for (r = 0; r < rows->nrows; r++)
		reconcile_one(conf, db, provider, rows, r, &t);
	printf("cong-reconcile: %zu open orders older than %d minutes: %d paid, %d failed, "
	    "%d expired, %d still open, %d not answered\n", rows->nrows, minutes, t.paid, t.failed,
	    t.expired, t.open, t.errors);
	db_result_free(rows);
	db_close(db);
	hdf_destroy(&conf);
	return t.errors ? 1 : 0;
}
