/* cong-admin: what only an operator at the server may do — make officials and admins (nobody can
 * register as one), disable an account, make and disable the API keys of Open311 clients, verify
 * the audit log's hash chain, and prune what the portal no longer needs. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "audit.h"
#include "buf.h"
#include "conf.h"
#include "crypto.h"
#include "db.h"
#include "idnum.h"
#include "log.h"
#include "passwd.h"
#include "prune.h"

enum { ADMIN_OK = 0, ADMIN_FAILED = 1, ADMIN_USAGE = 2 };

enum {
	SQL_AGENCY,
	SQL_INSERT,
	SQL_DISABLE,
	SQL_KEY_INSERT,
	SQL_KEY_DISABLE,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_AGENCY: an official's agency, by code. */
	"SELECT id FROM agencies WHERE code = ?",
	/* SQL_INSERT: an official or an admin; they log in with their citizen ID. */
	"INSERT INTO users (kind, citizen_id, full_name, phone, email, password_hash, agency_id) "
	"VALUES (?, ?, ?, ?, ?, ?, NULLIF(?, 0))",
	/* SQL_DISABLE: an account that may no longer log in; its sessions end with it. */
	"UPDATE users SET status = 'disabled' WHERE citizen_id = ? OR tax_code = ?",
	/* SQL_KEY_INSERT: an Open311 client's key; only its SHA-256 is kept. */
	"INSERT INTO open311_keys (key_hash, name) VALUES (?, ?)",
	/* SQL_KEY_DISABLE: a key refused from now on (what it filed stays). */
	"UPDATE open311_keys SET disabled_at = CURRENT_TIMESTAMP WHERE id = ? AND disabled_at IS NULL",
};

static const struct db_stmts admin_stmts = DB_STMTS("admin", sqls);

static void
admin_usage(FILE *out)
{
	fputs("usage: cong-admin [--conf FILE] COMMAND\n"
	    "  create-official --citizen-id N --name NAME --agency CODE [--email E] [--phone P]\n"
	    "  create-admin    --citizen-id N --name NAME [--email E] [--phone P]\n"
	    "      The password is read from standard input (a terminal does not echo it).\n"
	    "  disable         --login N        (a citizen ID or tax code)\n"
	    "  create-open311-key --name NAME   a key for an Open311 client, printed once\n"
	    "  disable-open311-key --id N       refuses the key from now on\n"
	    "  audit-verify    checks the hash chain of the audit log\n"
	    "  prune           removes old sessions, login failures, e-mail links and sent mail\n"
	    "                  (run it daily; the audit log is kept)\n", out);
}

/* Reads one line from standard input into out without echo on a terminal. Returns 0 or -1. */
static int
admin_read_password(struct buf *out)
{
	struct termios saved, quiet;
	int tty = isatty(STDIN_FILENO), c;

	if (tty) {
		fputs("Mật khẩu: ", stderr);
		tcgetattr(STDIN_FILENO, &saved);
		quiet = saved;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
	}
	while ((c = getchar()) != EOF && c != '\n')
		buf_putc(out, (char)c);
	if (tty) {
		tcsetattr(STDIN_FILENO, TCSANOW, &saved);
		fputc('\n', stderr);
	}
	return out->len ? 0 : -1;
}

/* create-official / create-admin. Returns an exit status. */
static int
admin_create(struct db *db, const char *kind, const char *citizen, const char *name,
    const char *agency, const char *email, const char *phone)
{
	struct idnum_citizen id;
	struct passwd_params params = passwd_default_params();
	struct buf password = BUF_INIT, hash = BUF_INIT;
	struct db_result *res = NULL;
	char mail[IDNUM_EMAIL_SIZE] = "", tel[IDNUM_PHONE_SIZE] = "";
	const char *personal[3], *reason;
	long long agency_id = 0;
	unsigned long long user_id;
	enum idnum_error e;
	int rc = ADMIN_FAILED;

	if (citizen == NULL || name == NULL || (strcmp(kind, "official") == 0 && agency == NULL)) {
		admin_usage(stderr);
		return ADMIN_USAGE;
	}
	if ((e = idnum_citizen_parse(citizen, &id)) != IDNUM_OK) {
		fprintf(stderr, "cong-admin: --citizen-id: %s\n", idnum_message(e));
		return ADMIN_USAGE;
	}
	if (email && (e = idnum_email_check(email, mail, sizeof(mail))) != IDNUM_OK) {
		fprintf(stderr, "cong-admin: --email: %s\n", idnum_message(e));
		return ADMIN_USAGE;
	}
	if (phone && (e = idnum_phone_check(phone, tel, sizeof(tel))) != IDNUM_OK) {
		fprintf(stderr, "cong-admin: --phone: %s\n", idnum_message(e));
		return ADMIN_USAGE;
	}
	if (agency) {
		struct db_arg arg = DB_STR(agency);

		if (db_query(db, &admin_stmts, SQL_AGENCY, DB_ARG(arg), &res) == -1)
			goto out;
		if (res->nrows != 1) {
			fprintf(stderr, "cong-admin: no agency has the code %s\n", agency);
			rc = ADMIN_USAGE;
			goto out;
		}
		agency_id = db_cell_ll(res, 0, 0, 0);
	}
	if (admin_read_password(&password) == -1) {
		fputs("cong-admin: no password given on standard input\n", stderr);
		rc = ADMIN_USAGE;
		goto out;
	}
	personal[0] = id.number;
	personal[1] = tel;
	personal[2] = NULL;
	if (!passwd_check_strength(password.data, personal, &reason)) {
		fprintf(stderr, "cong-admin: %s\n", reason);
		rc = ADMIN_USAGE;
		goto out;
	}
	if (passwd_hash(password.data, &params, &hash) == -1)
		goto out;
	if (db_begin(db) == -1)
		goto out;
	{
		struct db_arg args[] = { DB_STR(kind), DB_STR(id.number), DB_STR(name), DB_STR(tel),
		    DB_STR(mail), DB_STR(buf_str(&hash)), DB_INT(agency_id) };

		if (db_exec(db, &admin_stmts, SQL_INSERT, DB_ARGS(args), NULL, &user_id) == -1) {
			db_rollback(db);
			fprintf(stderr, "cong-admin: cannot create the account%s\n",
			    db_errno(db) == 1062 ? ": this citizen ID has an account already" : "");
			goto out;
		}
	}
	/* A role given is a privileged action: recorded in the same transaction. */
	if (audit_log(db, "role_granted", (long long)user_id, 0, "cong-admin", kind) == -1 ||
	    db_commit(db) == -1) {
		db_rollback(db);
		goto out;
	}
	printf("created %s %s (account %llu)\n", kind, id.number, user_id);
	rc = ADMIN_OK;
out:
	db_result_free(res);
	if (password.data)
		memset(password.data, 0, password.len);
	buf_free(&password);
	buf_free(&hash);
	return rc;
}

/* create-open311-key: a new key, printed once on standard output; the database keeps only its
 * SHA-256, so a lost key is disabled and another made. Returns an exit status. */
static int
admin_create_key(struct db *db, const char *name)
{
	char key[CRYPTO_TOKEN_SIZE], hash[CRYPTO_SHA256_HEX_SIZE];
	struct buf detail = BUF_INIT;
	unsigned long long id = 0;
	int rc = ADMIN_FAILED;

	if (name == NULL || *name == '\0' || strlen(name) > 200) {
		fputs("cong-admin: --name is required (at most 200 bytes): who the key is for\n",
		    stderr);
		return ADMIN_USAGE;
	}
	if (crypto_token(key) == -1 || crypto_sha256_hex(key, strlen(key), hash) == -1)
		return ADMIN_FAILED;
	if (db_begin(db) == -1)
		return ADMIN_FAILED;
	{
		struct db_arg args[] = { DB_STR(hash), DB_STR(name) };

		if (db_exec(db, &admin_stmts, SQL_KEY_INSERT, DB_ARGS(args), NULL, &id) == -1)
			goto failed;
	}
	buf_printf(&detail, "open311 key %llu: %s", id, name);
	if (audit_log(db, "open311_key_created", 0, 0, "cong-admin", buf_str(&detail)) == -1 ||
	    db_commit(db) == -1)
		goto failed;
	printf("created Open311 key %llu for %s; give it to the client now, it is not kept:\n%s\n",
	    id, name, key);
	rc = ADMIN_OK;
	goto out;
failed:
	db_rollback(db);
	fputs("cong-admin: cannot create the key\n", stderr);
out:
	memset(key, 0, sizeof(key));
	buf_free(&detail);
	return rc;
}

/* disable-open311-key: the key is refused from now on. Returns an exit status. */
static int
admin_disable_key(struct db *db, const char *id_text)
{
	struct buf detail = BUF_INIT;
	unsigned long long n = 0;
	char *end;
	long long id;
	int rc = ADMIN_FAILED;

	id = id_text ? strtoll(id_text, &end, 10) : 0;
	if (id_text == NULL || *id_text == '\0' || *end != '\0' || id <= 0) {
		fputs("cong-admin: --id N is required: the key's number\n", stderr);
		return ADMIN_USAGE;
	}
	if (db_begin(db) == -1)
		return ADMIN_FAILED;
	{
		struct db_arg arg = DB_INT(id);

		if (db_exec(db, &admin_stmts, SQL_KEY_DISABLE, DB_ARG(arg), &n, NULL) == -1) {
			db_rollback(db);
			return ADMIN_FAILED;
		}
	}
	if (n != 1) {
		db_rollback(db);
		fprintf(stderr, "cong-admin: no enabled Open311 key %lld to disable\n", id);
		return ADMIN_FAILED;
	}
	buf_printf(&detail, "open311 key %lld", id);
	if (audit_log(db, "open311_key_disabled", 0, 0, "cong-admin", buf_str(&detail)) == -1 ||
	    db_commit(db) == -1) {
		db_rollback(db);
		goto out;
	}
	printf("disabled Open311 key %lld\n", id);
	rc = ADMIN_OK;
out:
	buf_free(&detail);
	return rc;
}

int
main(int argc, char **argv)
{
	static const struct option options[] = {
		{ "conf", required_argument, NULL, 'c' },
		{ "citizen-id", required_argument, NULL, 'i' },
		{ "name", required_argument, NULL, 'n' },
		{ "agency", required_argument, NULL, 'a' },
		{ "email", required_argument, NULL, 'e' },
		{ "phone", required_argument, NULL, 'p' },
		{ "login", required_argument, NULL, 'l' },
		{ "id", required_argument, NULL, 'k' },
		{ NULL, 0, NULL, 0 }
	};
	const char *conf_path = conf_default_path(), *citizen = NULL, *name = NULL, *agency = NULL;
	const char *email = NULL, *phone = NULL, *login = NULL, *key_id = NULL, *cmd;
	HDF *conf = NULL;
	struct db *db;
	int c, rc;

	log_init("cong-admin", 0, LOG_LVL_WARN);
	while ((c = getopt_long(argc, argv, "", options, NULL)) != -1) {
		switch (c) {
		case 'c': conf_path = optarg; break;
		case 'i': citizen = optarg; break;
		case 'n': name = optarg; break;
		case 'a': agency = optarg; break;
		case 'e': email = optarg; break;
		case 'p': phone = optarg; break;
		case 'l': login = optarg; break;
		case 'k': key_id = optarg; break;
		default: admin_usage(stderr); return ADMIN_USAGE;
		}
	}
	if (optind + 1 != argc) {
		admin_usage(stderr);
		return ADMIN_USAGE;
	}
	cmd = argv[optind];
	if (conf_load(conf_path, &conf) == -1)
		return ADMIN_FAILED;
	db = db_new(conf);
	if (db_connect(db) == -1) {
		rc = ADMIN_FAILED;
	} else if (strcmp(cmd, "create-official") == 0) {
		rc = admin_create(db, "official", citizen, name, agency, email, phone);
	} else if (strcmp(cmd, "create-admin") == 0) {
		rc = admin_create(db, "admin", citizen, name, NULL, email, phone);
	} else if (strcmp(cmd, "disable") == 0 && login) {
		struct db_arg args[] = { DB_STR(login), DB_STR(login) };
		unsigned long long n = 0;

		rc = db_exec(db, &admin_stmts, SQL_DISABLE, DB_ARGS(args), &n, NULL) == 0 && n == 1 &&
		    audit_log(db, "account_disabled", 0, 0, "cong-admin", login) == 0
		    ? ADMIN_OK : ADMIN_FAILED;
		if (rc == ADMIN_FAILED)
			fprintf(stderr, "cong-admin: no account %s to disable\n", login);
	} else if (strcmp(cmd, "create-open311-key") == 0) {
		rc = admin_create_key(db, name);
	} else if (strcmp(cmd, "disable-open311-key") == 0) {
		rc = admin_disable_key(db, key_id);
	} else if (strcmp(cmd, "prune") == 0) {
		rc = admin_prune(db) == 0 ? ADMIN_OK : ADMIN_FAILED;
	} else if (strcmp(cmd, "audit-verify") == 0) {
		long long n = audit_verify(db);

		if (n >= 0)
			printf("audit log: %lld events, chain intact\n", n);
		rc = n >= 0 ? ADMIN_OK : ADMIN_FAILED;
	} else {
		admin_usage(stderr);
		rc = ADMIN_USAGE;
	}
	db_close(db);
	hdf_destroy(&conf);
	return rc;
}
