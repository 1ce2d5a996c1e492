/* cong-sandbox-ipn: the sandbox gateway's IPN sender. It calls each merchant's IpnURL with the
 * signed result of a payment, as VNPay does: an HTTP GET, the merchant's JSON answer read, and
 * the call ended by {"RspCode":"00"} or "02"; any other answer, or none, is tried again after
 * Sandbox.Ipn.RetrySeconds, doubled each time (at most an hour), up to Sandbox.Ipn.MaxAttempts.
 *
 * Each round claims the due calls (queue.h: SKIP LOCKED and a lease, so two senders never make
 * the same attempt) and makes all of them at once with curl's multi interface: the ten copies of
 * a `duplicate` payment reach the merchant in parallel. Every attempt is recorded with what the
 * merchant answered, byte for byte. */
#include "config.h"

#include <curl/curl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "buf.h"
#include "conf.h"
#include "db.h"
#include "fmt.h"
#include "log.h"
#include "queue.h"

enum {
	SQL_DUE,
	SQL_CLAIM,
	SQL_ATTEMPT,
	SQL_DONE,
	SQL_RETRY,
	SQL_FAILED,
	SQL_RELEASE,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_DUE: what is due now and no other sender holds. */
	"SELECT id, url, query, attempts FROM sbx_ipn "
	"WHERE done_at IS NULL AND failed_at IS NULL AND held = 0 AND next_attempt_at <= NOW() "
	"ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED",
	/* SQL_CLAIM: ours until the lease runs out; the attempt counts now, so a sender that dies on
	 * a call does not make it for ever. */
	"UPDATE sbx_ipn SET attempts = attempts + 1, next_attempt_at = NOW() + INTERVAL ? SECOND "
	"WHERE id = ?",
	/* SQL_ATTEMPT: what happened, as it happened. */
	"INSERT INTO sbx_ipn_attempts (ipn_id, attempt, sent_at, http_status, answer, rsp_code, "
	"error) VALUES (?, ?, FROM_UNIXTIME(? / 1000), ?, ?, ?, LEFT(?, 500))",
	/* SQL_DONE: the merchant has it. */
	"UPDATE sbx_ipn SET done_at = NOW(), rsp_code = ? WHERE id = ?",
	/* SQL_RETRY */
	"UPDATE sbx_ipn SET next_attempt_at = NOW() + INTERVAL ? SECOND, rsp_code = ? WHERE id = ?",
	/* SQL_FAILED: given up. */
	"UPDATE sbx_ipn SET failed_at = NOW(), rsp_code = ? WHERE id = ?",
	/* SQL_RELEASE: the calls that waited for this one (a `stale` call) may go now. */
	"UPDATE sbx_ipn SET held = 0, next_attempt_at = NOW() WHERE after_id = ? AND held = 1",
};

static const struct db_stmts ipn_stmts = DB_STMTS("sandbox-ipn", sqls);

#define IPN_BATCH 50
#define IPN_TIMEOUT 10			/* seconds, as VNPay waits */
#define IPN_MAX_DELAY 3600
#define IPN_MAX_ANSWER (64 * 1024)	/* bytes of an answer kept */

struct ipn_sender {
	struct db  *db;
	CURLM      *multi;
	int         retry_seconds;
	int         max_attempts;
};

/* One call of a round. */
struct ipn_call {
	long long    id;
	long long    attempt;
	CURL        *easy;
	struct buf   url;
	struct buf   answer;
	long long    sent_ms;
	CURLcode     rc;
	long         http;
	char         error[CURL_ERROR_SIZE];
};

static size_t
ipn_write(char *data, size_t size, size_t nmemb, void *arg)
{
	struct ipn_call *call = arg;
	size_t n = size * nmemb;

	if (call->answer.len < IPN_MAX_ANSWER)
		buf_append(&call->answer, data, n < IPN_MAX_ANSWER - call->answer.len ? n
		    : IPN_MAX_ANSWER - call->answer.len);
	return n;
}

static long long
ipn_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The RspCode of a JSON answer, copied into out (empty when the answer is not JSON with one, or
 * its code is longer than any VNPay defines: recorded cut, it could read as another code). */
static void
ipn_rsp_code(const struct buf *answer, char out[11])
{
	json_t *obj = json_loadb(buf_str(answer), answer->len, 0, NULL);
	json_t *code = json_object_get(obj, "RspCode");

	out[0] = '\0';
	if (json_is_string(code) && str_copy(out, 11, json_string_value(code)) == -1)
		out[0] = '\0';
	json_decref(obj);
}

/* Records call's attempt and what becomes of the call, in one transaction. Returns 0 or -1. */
static int
ipn_record(struct ipn_sender *s, struct ipn_call *call)
{
	char rsp[11];
	int answered = call->rc == CURLE_OK && call->http > 0, done, given_up;

	ipn_rsp_code(&call->answer, rsp);
	done = answered && call->http >= 200 && call->http < 300 &&
	    (strcmp(rsp, "00") == 0 || strcmp(rsp, "02") == 0);
	given_up = !done && call->attempt >= s->max_attempts;
	if (!answered && call->error[0] == '\0')
		/* curl's messages are far shorter than CURL_ERROR_SIZE; this one only says why. */
		(void)str_copy(call->error, sizeof(call->error), curl_easy_strerror(call->rc));
	if (db_begin(s->db) == -1)
		return -1;
	{
		struct db_arg args[] = { DB_INT(call->id), DB_INT(call->attempt), DB_INT(call->sent_ms),
		    answered ? DB_INT(call->http) : DB_NULL,
		    answered ? DB_BLOB(buf_str(&call->answer), call->answer.len) : DB_NULL,
		    rsp[0] ? DB_STR(rsp) : DB_NULL, DB_STR(answered ? "" : call->error) };

		if (db_exec(s->db, &ipn_stmts, SQL_ATTEMPT, DB_ARGS(args), NULL, NULL) == -1)
			goto fail;
	}
	if (done || given_up) {
		struct db_arg args[] = { rsp[0] ? DB_STR(rsp) : DB_NULL, DB_INT(call->id) };
		struct db_arg id = DB_INT(call->id);

		if (db_exec(s->db, &ipn_stmts, done ? SQL_DONE : SQL_FAILED, DB_ARGS(args), NULL, NULL) == -1 ||
		    db_exec(s->db, &ipn_stmts, SQL_RELEASE, DB_ARG(id), NULL, NULL) == -1)
			goto fail;
	} else {
		struct db_arg args[] = { DB_INT(queue_backoff(s->retry_seconds, call->attempt,
		    IPN_MAX_DELAY)), rsp[0] ? DB_STR(rsp) : DB_NULL, DB_INT(call->id) };

		if (db_exec(s->db, &ipn_stmts, SQL_RETRY, DB_ARGS(args), NULL, NULL) == -1)
			goto fail;
	}
	if (db_commit(s->db) == -1)
		goto fail;
	if (done)
		log_info("IPN %lld delivered (attempt %lld): RspCode %s", call->id, call->attempt, rsp);
	else if (given_up)
		log_warn("IPN %lld given up after %lld attempts: %s", call->id, call->attempt,
		    answered ? "the merchant never answered 00 or 02" : call->error);
	else
		log_info("IPN %lld attempt %lld: %s%s, will retry", call->id, call->attempt,
		    answered ? "RspCode " : call->error, answered ? (rsp[0] ? rsp : "(none)") : "");
	return 0;
fail:
	db_rollback(s->db);
	return -1;
}

/* Makes the calls of rows all at once and waits for every one to end (each has IPN_TIMEOUT). */
static void
ipn_send(struct ipn_sender *s, struct ipn_call *calls, size_t n)
{
	CURLMsg *msg;
	int running = 0, left;
	size_t i;

	for (i = 0; i < n; i++) {
		struct ipn_call *c = &calls[i];

		c->easy = curl_easy_init();
		if (c->easy == NULL) {
			c->rc = CURLE_OUT_OF_MEMORY;
			continue;
		}
		curl_easy_setopt(c->easy, CURLOPT_URL, buf_str(&c->url));
		curl_easy_setopt(c->easy, CURLOPT_PROTOCOLS_STR, "http,https");
		curl_easy_setopt(c->easy, CURLOPT_HTTPGET, 1L);
		curl_easy_setopt(c->easy, CURLOPT_TIMEOUT, (long)IPN_TIMEOUT);
		curl_easy_setopt(c->easy, CURLOPT_NOSIGNAL, 1L);
		curl_easy_setopt(c->easy, CURLOPT_USERAGENT, "VNPAY-Sandbox-IPN/2.1.0");
		curl_easy_setopt(c->easy, CURLOPT_WRITEFUNCTION, ipn_write);
		curl_easy_setopt(c->easy, CURLOPT_WRITEDATA, c);
		curl_easy_setopt(c->easy, CURLOPT_ERRORBUFFER, c->error);
		curl_easy_setopt(c->easy, CURLOPT_PRIVATE, c);
		c->error[0] = '\0';
		c->sent_ms = ipn_now_ms();
		c->rc = CURLE_FAILED_INIT;
		curl_multi_add_handle(s->multi, c->easy);
	}
	do {
		if (curl_multi_perform(s->multi, &running) != CURLM_OK)
			break;
		if (running)
			curl_multi_poll(s->multi, NULL, 0, 1000, NULL);
	} while (running);
	while ((msg = curl_multi_info_read(s->multi, &left)) != NULL) {
		struct ipn_call *c = NULL;

		if (msg->msg != CURLMSG_DONE)
			continue;
		curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&c);
		c->rc = msg->data.result;
		curl_easy_getinfo(msg->easy_handle, CURLINFO_RESPONSE_CODE, &c->http);
	}
	for (i = 0; i < n; i++)
		if (calls[i].easy) {
			curl_multi_remove_handle(s->multi, calls[i].easy);
			curl_easy_cleanup(calls[i].easy);
			calls[i].easy = NULL;
		}
}

/* One round. Returns the number of calls made, or -1 on a database error. */
static long
ipn_round(struct ipn_sender *s)
{
	struct db_result *due = queue_claim(s->db, &ipn_stmts, SQL_DUE, SQL_CLAIM, IPN_BATCH,
	    IPN_TIMEOUT * 3 + 30);
	struct ipn_call *calls;
	size_t i, n;
	long rc;

	if (due == NULL)
		return -1;
	n = due->nrows;
	calls = xcalloc(n ? n : 1, sizeof(*calls));
	for (i = 0; i < n; i++) {
		const char *url = db_cell(due, i, 1);

		calls[i].id = db_cell_ll(due, i, 0, 0);
		calls[i].attempt = db_cell_ll(due, i, 3, 0) + 1;
		buf_printf(&calls[i].url, "%s%c%s", url, strchr(url, '?') ? '&' : '?',
		    db_cell(due, i, 2));
	}
	db_result_free(due);
	if (n > 0)
		ipn_send(s, calls, n);
	rc = (long)n;
	for (i = 0; i < n; i++) {
		if (rc != -1 && ipn_record(s, &calls[i]) == -1)
			rc = -1;
		buf_free(&calls[i].url);
		buf_free(&calls[i].answer);
	}
	free(calls);
	return rc;
}

static void
ipn_usage(FILE *out)
{
	fputs("usage: cong-sandbox-ipn --conf FILE [--once] [--verbose]\n"
	    "  Sends the sandbox gateway's IPN calls to the merchants of the configuration. Runs\n"
	    "  until SIGTERM, looking for due calls every Sandbox.Ipn.PollSeconds; with --once, makes\n"
	    "  the calls due now and exits (1 if the database could not be read).\n", out);
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
	const char *conf_path = NULL;
	struct ipn_sender s;
	HDF *conf = NULL;
	int c, once = 0, verbose = 0, poll, rc = 0;

	while ((c = getopt_long(argc, argv, "", options, NULL)) != -1) {
		switch (c) {
		case 'c': conf_path = optarg; break;
		case 'o': once = 1; break;
		case 'v': verbose = 1; break;
		case 'h': ipn_usage(stdout); return 0;
		default: ipn_usage(stderr); return 2;
		}
	}
	log_init("cong-sandbox-ipn", 0, verbose ? LOG_LVL_INFO : LOG_LVL_WARN);
	/* The portal's configuration is never the gateway's: no default path. */
	if (optind != argc || conf_path == NULL) {
		ipn_usage(stderr);
		return 2;
	}
	if (conf_load(conf_path, &conf) == -1)
		return 1;
	memset(&s, 0, sizeof(s));
	s.retry_seconds = conf_int(conf, "Sandbox.Ipn.RetrySeconds", 60);
	s.max_attempts = conf_int(conf, "Sandbox.Ipn.MaxAttempts", 10);
	poll = conf_int(conf, "Sandbox.Ipn.PollSeconds", 1);
	if (s.retry_seconds < 1)
		s.retry_seconds = 1;
	if (s.max_attempts < 1)
		s.max_attempts = 1;
	if (poll < 1)
		poll = 1;
	queue_catch_signals();
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK || (s.multi = curl_multi_init()) == NULL) {
		log_err("libcurl could not start");
		hdf_destroy(&conf);
		return 1;
	}
	s.db = db_new(conf);
	log_info("sending IPN calls, every %d s", poll);
	while (!queue_stopping()) {
		long n = ipn_round(&s);

		if (once && n <= 0) {
			rc = n == -1;
			break;
		}
		/* A full batch suggests more is waiting; otherwise sleep (a signal cuts it short). */
		if (!once && n < IPN_BATCH)
			queue_sleep(poll);
	}
	db_close(s.db);
	curl_multi_cleanup(s.multi);
	curl_global_cleanup();
	hdf_destroy(&conf);
	return rc;
}
