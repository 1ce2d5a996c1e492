/* cong-mailer: delivers the outbox over SMTP (libcurl) to the relay of the configuration.
 *
 * Each round claims the messages that are due — in a short transaction, with SKIP LOCKED, so that
 * several senders never take the same row — by moving their next attempt past the time a delivery
 * can take; then it sends them one by one outside any transaction. A message sent is marked sent;
 * one that failed waits longer after each attempt (Mail.RetrySeconds doubled each time, at most a
 * day) and is marked failed when the relay refused it for good (a 5xx answer) or after
 * Mail.MaxAttempts. A sender that dies mid-round leaves its claimed rows to be taken again once
 * the claim runs out: delivery is at least once, and the Message-ID, one per row, lets a mail
 * system see a repeat. */
#include "config.h"

#include <curl/curl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "conf.h"
#include "db.h"
#include "fmt.h"
#include "log.h"
#include "mail.h"
#include "queue.h"

enum {
	SQL_DUE,
	SQL_CLAIM,
	SQL_SENT,
	SQL_RETRY,
	SQL_FAILED,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_DUE: what is due now and no other sender holds. */
	"SELECT id, recipient, subject, body, attempts, UNIX_TIMESTAMP(created_at) FROM outbox "
	"WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= NOW() "
	"ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED",
	/* SQL_CLAIM: ours until the claim runs out; the attempt is counted now, so a sender that
	 * crashes on a message does not retry it for ever. */
	"UPDATE outbox SET attempts = attempts + 1, next_attempt_at = NOW() + INTERVAL ? SECOND "
	"WHERE id = ?",
	/* SQL_SENT */
	"UPDATE outbox SET sent_at = NOW(), last_error = '' WHERE id = ?",
	/* SQL_RETRY: wait, then try again. */
	"UPDATE outbox SET next_attempt_at = NOW() + INTERVAL ? SECOND, last_error = LEFT(?, 500) "
	"WHERE id = ?",
	/* SQL_FAILED: given up. */
	"UPDATE outbox SET failed_at = NOW(), last_error = LEFT(?, 500) WHERE id = ?",
};

static const struct db_stmts mailer_stmts = DB_STMTS("mailer", sqls);

#define MAILER_BATCH 20
#define MAILER_MAX_DELAY (24 * 3600)

struct mailer {
	struct db   *db;
	CURL        *curl;
	const char  *relay;		/* smtp://host:port or smtps://host:port */
	const char  *from;
	const char  *from_name;
	const char  *helo_domain;	/* the part of From after '@': Message-IDs are ours there */
	const char  *username;
	const char  *password;
	long         use_ssl;	/* CURLUSESSL_* */
	long         timeout;
	int          retry_seconds;
	int          max_attempts;
};

/* One message's delivery. */
struct mailer_result {
	int   permanent;	/* the relay refused it for good */
	/* curl's message (under 100 bytes), the SMTP code and curl's detail (under CURL_ERROR_SIZE) */
	char  error[CURL_ERROR_SIZE + 128];
};

/* libcurl reads the message from here. */
struct mailer_upload {
	const char *data;
	size_t      left;
};

static size_t
mailer_read(char *dst, size_t size, size_t nmemb, void *arg)
{
	struct mailer_upload *up = arg;
	size_t n = size * nmemb;

	if (n > up->left)
		n = up->left;
	memcpy(dst, up->data, n);
	up->data += n;
	up->left -= n;
	return n;
}

/* Sends one formatted message. Returns 0 sent, -1 not (*result says why). */
static int
mailer_send(struct mailer *m, const char *to, const char *message, size_t len,
    struct mailer_result *result)
{
	struct curl_slist *rcpt = NULL;
	struct mailer_upload up = { message, len };
	char from[300], rcpt_to[300], errbuf[CURL_ERROR_SIZE] = "";
	long code = 0;
	CURLcode rc;

	/* A cut address would send the message elsewhere, or as someone else. An address of up to
	 * 254 bytes fits; a longer recipient never will (permanent), a longer Mail.From is ours. */
	if (fmt_into(from, sizeof(from), "<%s>", m->from) == -1) {
		(void)str_copy(result->error, sizeof(result->error), "Mail.From is too long");
		return -1;
	}
	if (fmt_into(rcpt_to, sizeof(rcpt_to), "<%s>", to) == -1) {
		result->permanent = 1;
		(void)str_copy(result->error, sizeof(result->error),
		    "the recipient's address is too long");
		return -1;
	}
	rcpt = curl_slist_append(rcpt, rcpt_to);
	curl_easy_reset(m->curl);
	curl_easy_setopt(m->curl, CURLOPT_URL, m->relay);
	curl_easy_setopt(m->curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
	curl_easy_setopt(m->curl, CURLOPT_MAIL_FROM, from);
	curl_easy_setopt(m->curl, CURLOPT_MAIL_RCPT, rcpt);
	curl_easy_setopt(m->curl, CURLOPT_READFUNCTION, mailer_read);
	curl_easy_setopt(m->curl, CURLOPT_READDATA, &up);
	curl_easy_setopt(m->curl, CURLOPT_UPLOAD, 1L);
	curl_easy_setopt(m->curl, CURLOPT_USE_SSL, m->use_ssl);
	curl_easy_setopt(m->curl, CURLOPT_CONNECTTIMEOUT, 15L);
	curl_easy_setopt(m->curl, CURLOPT_TIMEOUT, m->timeout);
	curl_easy_setopt(m->curl, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(m->curl, CURLOPT_ERRORBUFFER, errbuf);
	if (m->username && *m->username) {
		curl_easy_setopt(m->curl, CURLOPT_USERNAME, m->username);
		curl_easy_setopt(m->curl, CURLOPT_PASSWORD, m->password ? m->password : "");
	}
	rc = curl_easy_perform(m->curl);
	curl_easy_getinfo(m->curl, CURLINFO_RESPONSE_CODE, &code);
	curl_slist_free_all(rcpt);
	if (rc == CURLE_OK)
		return 0;
	/* 5xx is the relay's final word (no such mailbox, message refused); anything else, from a
	 * refused connection to a 4xx, may pass. */
	result->permanent = code >= 500 && code <= 599;
	/* Sized to fit; were curl's detail ever longer, its start still says what failed, and the
	 * send has failed either way, so the cut is not an error of its own. */
	(void)fmt_into(result->error, sizeof(result->error), "%s (SMTP %ld): %s",
	    curl_easy_strerror(rc), code, errbuf[0] ? errbuf : "no detail");
	return -1;
}

/* Records what became of message id after its attempt number attempts. Returns 0 or -1. */
static int
mailer_record(struct mailer *m, long long id, long long attempts, int sent,
    const struct mailer_result *result)
{
	if (sent) {
		struct db_arg arg = DB_INT(id);

		return db_exec(m->db, &mailer_stmts, SQL_SENT, DB_ARG(arg), NULL, NULL);
	}
	if (result->permanent || attempts >= m->max_attempts) {
		struct db_arg args[] = { DB_STR(result->error), DB_INT(id) };

		log_err("message %lld failed for good after %lld attempts: %s", id, attempts,
		    result->error);
		return db_exec(m->db, &mailer_stmts, SQL_FAILED, DB_ARGS(args), NULL, NULL);
	} else {
		struct db_arg args[] = { DB_INT(queue_backoff(m->retry_seconds, attempts, MAILER_MAX_DELAY)), DB_STR(result->error),
		    DB_INT(id) };

		log_warn("message %lld not sent (attempt %lld, will retry): %s", id, attempts,
		    result->error);
		return db_exec(m->db, &mailer_stmts, SQL_RETRY, DB_ARGS(args), NULL, NULL);
	}
}

/* One round. Returns the number of messages taken, or -1 on a database error. */
static long
mailer_round(struct mailer *m)
{
	/* Each claim lasts long enough for every message of the batch to time out. */
	struct db_result *due = queue_claim(m->db, &mailer_stmts, SQL_DUE, SQL_CLAIM, MAILER_BATCH,
	    (m->timeout + 15) * MAILER_BATCH + 60);
	size_t i;

	if (due == NULL)
		return -1;
	for (i = 0; i < due->nrows && !queue_stopping(); i++) {
		long long id = db_cell_ll(due, i, 0, 0), attempts = db_cell_ll(due, i, 4, 0) + 1;
		struct mailer_result result = { 0, "" };
		struct buf message = BUF_INIT;
		char message_id[300];
		struct mail_envelope env;
		int sent = 0, id_fits;

		id_fits = fmt_into(message_id, sizeof(message_id), "cong.outbox.%lld.%s@%s", id,
		    db_cell(due, i, 5), m->helo_domain) == 0;
		env.from = m->from;
		env.from_name = m->from_name;
		env.to = db_cell(due, i, 1);
		env.subject = db_cell(due, i, 2);
		env.message_id = message_id;
		env.date = time(NULL);
		/* The error texts below are literals, shorter than result.error. */
		if (!id_fits) {
			/* Never sent under a cut Message-ID; a retry after Mail.HeloDomain is fixed. */
			(void)str_copy(result.error, sizeof(result.error),
			    "the Message-ID does not fit (Mail.HeloDomain too long)");
		} else if (mail_format(&env, db_cell(due, i, 3), &message) == -1) {
			result.permanent = 1;
			(void)str_copy(result.error, sizeof(result.error), "cannot be formatted "
			    "(an address or subject with a line break, or text not in UTF-8)");
		} else {
			sent = mailer_send(m, env.to, message.data, message.len, &result) == 0;
		}
		if (sent)
			log_info("message %lld sent to %s", id, env.to);
		buf_free(&message);
		if (mailer_record(m, id, attempts, sent, &result) == -1) {
			db_result_free(due);
			return -1;
		}
	}
	i = due->nrows;
	db_result_free(due);
	return (long)i;
}

static void
mailer_usage(FILE *out)
{
	fputs("usage: cong-mailer [--conf FILE] [--once] [--verbose]\n"
	    "  Delivers the outbox to Mail.Relay. Runs until SIGTERM, looking for mail every\n"
	    "  Mail.PollSeconds; with --once, sends what is due now and exits (1 if the database\n"
	    "  could not be read).\n", out);
}

int
main(int argc, char **argv)
{
	static const struct option options[] = {
		{ "conf", required_argument, NULL, 'c' },
		{ "once", no_argument, NULL, 'o' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *conf_path = conf_default_path(), *tls;
	struct mailer m;
	HDF *conf = NULL;
	int c, once = 0, verbose = 0, poll, rc = 0;

	while ((c = getopt_long(argc, argv, "", options, NULL)) != -1) {
		switch (c) {
		case 'c': conf_path = optarg; break;
		case 'o': once = 1; break;
		case 'v': verbose = 1; break;
		case 'h': mailer_usage(stdout); return 0;
		default: mailer_usage(stderr); return 2;
		}
	}
	log_init("cong-mailer", 0, verbose ? LOG_LVL_INFO : LOG_LVL_WARN);
	if (optind != argc) {
		mailer_usage(stderr);
		return 2;
	}
	if (conf_load(conf_path, &conf) == -1)
		return 1;
	memset(&m, 0, sizeof(m));
	m.relay = conf_str(conf, "Mail.Relay", "smtp://127.0.0.1:25");
	m.from = conf_str(conf, "Mail.From", "");
	m.from_name = conf_str(conf, "Mail.FromName", conf_str(conf, "Site.Name", NULL));
	m.username = conf_str(conf, "Mail.Username", NULL);
	m.password = conf_str(conf, "Mail.Password", NULL);
	m.timeout = conf_int(conf, "Mail.TimeoutSeconds", 60);
	m.retry_seconds = conf_int(conf, "Mail.RetrySeconds", 60);
	m.max_attempts = conf_int(conf, "Mail.MaxAttempts", 12);
	poll = conf_int(conf, "Mail.PollSeconds", 5);
	tls = conf_str(conf, "Mail.TLS", "try");
	m.use_ssl = strcmp(tls, "required") == 0 ? (long)CURLUSESSL_ALL
	    : strcmp(tls, "none") == 0 ? (long)CURLUSESSL_NONE : (long)CURLUSESSL_TRY;
	if (!mail_address_ok(m.from)) {
		log_err("Mail.From in %s is not an address: '%s'", conf_path, m.from);
		hdf_destroy(&conf);
		return 1;
	}
	m.helo_domain = strchr(m.from, '@') + 1;
	if (m.retry_seconds < 1)
		m.retry_seconds = 1;
	if (m.max_attempts < 1)
		m.max_attempts = 1;
	if (poll < 1)
		poll = 1;

	queue_catch_signals();
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK || (m.curl = curl_easy_init()) == NULL) {
		log_err("libcurl could not start");
		hdf_destroy(&conf);
		return 1;
	}
	m.db = db_new(conf);
	log_info("delivering the outbox to %s", m.relay);
	while (!queue_stopping()) {
		long n = mailer_round(&m);

		if (once && n <= 0) {
			rc = n == -1;
			break;
		}
		/* A full batch suggests more is waiting; otherwise sleep (a signal cuts it short). */
		if (!once && n < MAILER_BATCH)
			queue_sleep(poll);
	}
	db_close(m.db);
	curl_easy_cleanup(m.curl);
	curl_global_cleanup();
	hdf_destroy(&conf);
	return rc;
}
