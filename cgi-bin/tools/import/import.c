/* cong-import: loads the public data sets (administrative units, agencies, fields, procedures)
 * into the catalogue, and recomputes its folded search columns. */
#include "config.h"

#include "import.h"

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <mysql.h>

#include "conf.h"
#include "db.h"
#include "log.h"
#include "utf8.h"

/* Exit statuses: what a script calling us needs to tell apart. */
enum {
	IMPORT_EXIT_OK = 0,
	IMPORT_EXIT_DATA = 1,	/* bad file, bad configuration, database error */
	IMPORT_EXIT_USAGE = 2
};

/* The commands: name, loader, and whether it takes a FILE. */
static const struct import_cmd {
	const char  *name;
	int        (*run)(struct db *, const char *);
	int          takes_file;
} import_cmds[] = {
	{ "units", import_units, 1 },
	{ "agencies", import_agencies, 1 },
	{ "fields", import_fields, 1 },
	{ "procedures", import_procedures, 1 },
	{ "reindex", reindex_all, 0 },
};

/* Prints how to call us to out. */
static void
import_usage(FILE *out)
{
	fputs("usage: cong-import [--conf FILE] units FILE | agencies FILE | fields FILE |"
	    " procedures FILE | reindex\n"
	    "  FILE is a JSON file of the formats in shared/data (- for standard input).\n",
	    out);
}

void
import_fail(const char *fmt, ...)
{
	va_list ap;

	fputs("cong-import: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int
import_file_load(struct import_file *f, const char *path)
{
	json_error_t jerr;
	FILE *in;
	int read_failed, read_errno;

	f->label = strcmp(path, "-") == 0 ? "stdin" : path;
	if (strcmp(path, "-") == 0)
		in = stdin;
	else if ((in = fopen(path, "r")) == NULL) {
		import_fail("cannot open %s: %s", path, strerror(errno));
		return -1;
	}
	f->root = json_loadf(in, JSON_REJECT_DUPLICATES, &jerr);
	read_failed = ferror(in);
	read_errno = errno;
	if (in != stdin)
		fclose(in);
	if (f->root == NULL && read_failed) {
		/* A directory, a device error: not a JSON question. */
		import_fail("cannot read %s: %s", f->label, strerror(read_errno));
		return -1;
	}
	if (f->root == NULL) {
		const char *p;

		/* Like a compiler: FILE:LINE:COLUMN, so an editor can jump there. jansson quotes
		 * the bytes near the error, which may be anything: a control character or a byte
		 * that is not text is written \xHH, so that no file can drive the terminal. */
		fprintf(stderr, "%s:%d:%d: invalid JSON: ", f->label, jerr.line, jerr.column);
		for (p = jerr.text; *p; p++)
			if ((unsigned char)*p < 0x20 || (unsigned char)*p >= 0x7F)
				fprintf(stderr, "\\x%02X", (unsigned char)*p);
			else
				fputc(*p, stderr);
		fputc('\n', stderr);
		return -1;
	}
	if (!json_is_array(f->root)) {
		fprintf(stderr, "%s: the top level is not a list of records\n", f->label);
		return -1;
	}
	return 0;
}

void
import_file_free(struct import_file *f)
{
	json_decref(f->root);
	f->root = NULL;
	buf_free(&f->where);
}

void
import_bad(struct import_file *f, const char *key, const char *fmt, ...)
{
	va_list ap;

	if (f->errors++ >= IMPORT_MAX_ERRORS)
		return;
	fputs(buf_str(&f->where), stderr);
	if (key)
		fprintf(stderr, ": %s ", key);
	else
		fputc(' ', stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* 1 if the n bytes at s can be quoted in a message as they are: short, printable ASCII. */
static int
import_quotable(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || n > 60)
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] < 0x20 || s[i] > 0x7E || s[i] == '"' || s[i] == '\\')
			return 0;
	return 1;
}

const json_t *
import_record(struct import_file *f, const char *parent, const char *kind, size_t recno,
    const json_t *elem, const char *code_key)
{
	const json_t *code;

	buf_reset(&f->where);
	if (parent)
		buf_printf(&f->where, "%s, %s %zu", parent, kind, recno);
	else
		buf_printf(&f->where, "%s: %s %zu", f->label, kind, recno);
	if (!json_is_object(elem)) {
		import_bad(f, NULL, "is not an object");
		return NULL;
	}
	code = json_object_get(elem, code_key);
	if (json_is_string(code) &&
	    import_quotable(json_string_value(code), json_string_length(code)))
		buf_printf(&f->where, " (%s \"%s\")", code_key, json_string_value(code));
	return elem;
}

int
import_str(struct import_file *f, const json_t *obj, const char *key, size_t max_chars,
    int required, struct import_text *out)
{
	const json_t *v = json_object_get(obj, key);
	const char *s;
	size_t n, i, used, chars = 0;
	uint32_t cp;

	out->s = "";
	out->n = 0;
	if (v == NULL || json_is_null(v)) {
		if (!required)
			return 0;
		import_bad(f, key, "is missing or empty");
		return -1;
	}
	if (!json_is_string(v)) {
		import_bad(f, key, "is not a string");
		return -1;
	}
	s = json_string_value(v);
	n = json_string_length(v);
	while (n > 0 && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')) {
		s++;
		n--;
	}
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' ||
	    s[n - 1] == '\r'))
		n--;
	if (n == 0) {
		if (!required)
			return 0;
		import_bad(f, key, "is missing or empty");
		return -1;
	}
	/* jansson has checked the encoding already; this also counts and rules out controls. */
	for (i = 0; i < n; i += used) {
		if ((used = utf8_decode(s + i, n - i, &cp)) == 0) {
			import_bad(f, key, "is not valid UTF-8");
			return -1;
		}
		if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
			import_bad(f, key, "contains a control character");
			return -1;
		}
		chars++;
	}
	if (chars > max_chars) {
		import_bad(f, key, "is longer than %zu characters (%zu)", max_chars, chars);
		return -1;
	}
	out->s = s;
	out->n = n;
	return 0;
}

int
import_code(struct import_file *f, const json_t *obj, const char *key,
    enum import_code_kind kind, size_t min_len, size_t max_len, struct import_text *out)
{
	static const char *const kinds[] = {
		[IMPORT_CODE_DIGITS] = "digits",
		[IMPORT_CODE_DOTTED] = "letters, digits and . - _",
	};
	size_t i;
	int good;

	if (import_str(f, obj, key, max_len, 1, out) == -1)
		return -1;
	good = out->n >= min_len && out->n <= max_len;
	for (i = 0; good && i < out->n; i++) {
		char c = out->s[i];

		if (c >= '0' && c <= '9')
			continue;
		if (kind == IMPORT_CODE_DOTTED && ((c >= 'A' && c <= 'Z') ||
		    (c >= 'a' && c <= 'z') || (i > 0 && (c == '.' || c == '-' || c == '_'))))
			continue;
		good = 0;
	}
	if (!good) {
		if (min_len == max_len)
			import_bad(f, key, "is not a code of %zu %s", min_len, kinds[kind]);
		else
			import_bad(f, key, "is not a code of %zu to %zu %s", min_len, max_len,
			    kinds[kind]);
		return -1;
	}
	return 0;
}

int
import_uint(struct import_file *f, const json_t *obj, const char *key, long long max,
    long long *out)
{
	const json_t *v = json_object_get(obj, key);
	const char *s, *p;
	long long n = 0;

	*out = 0;
	if (json_is_integer(v)) {
		n = json_integer_value(v);
		if (n < 0 || n > max)
			goto range;
		*out = n;
		return 0;
	}
	if (!json_is_string(v) || *(s = json_string_value(v)) == '\0') {
		import_bad(f, key, "is missing or not a whole number");
		return -1;
	}
	for (p = s; *p; p++) {
		if (*p < '0' || *p > '9') {
			import_bad(f, key, "is not a whole number");
			return -1;
		}
		/* n * 10 + digit > max, without overflow; (max - digit) / 10 alone rounds a
		 * negative toward 0 and let "2" through for a max of 1. */
		if (n > max / 10 || n * 10 > max - (*p - '0'))
			goto range;
		n = n * 10 + (*p - '0');
	}
	*out = n;
	return 0;
range:
	import_bad(f, key, "is not between 0 and %lld", max);
	return -1;
}

/* Orders keys by code, ignoring ASCII case, then by record. */
static int
import_key_cmp(const void *a, const void *b)
{
	const struct import_key *x = a, *y = b;
	size_t n = x->code.n < y->code.n ? x->code.n : y->code.n;
	int c = n ? strncasecmp(x->code.s, y->code.s, n) : 0;	/* s is NULL when empty */

	if (c != 0)
		return c;
	if (x->code.n != y->code.n)
		return x->code.n < y->code.n ? -1 : 1;
	if (x->rec != y->rec)
		return x->rec < y->rec ? -1 : 1;
	return x->sub < y->sub ? -1 : x->sub > y->sub;
}

/* Appends "record N" or "record N, KIND M" to out. */
static void
import_key_where(const struct import_key *k, const char *sub_kind, struct buf *out)
{
	buf_printf(out, "record %zu", k->rec);
	if (k->sub)
		buf_printf(out, ", %s %zu", sub_kind, k->sub);
}

int
import_unique(struct import_file *f, struct import_key *keys, size_t n, const char *key,
    const char *sub_kind)
{
	struct buf first_where = BUF_INIT;
	size_t i, first = 0;
	int rc = 0;

	if (n > 1)
		qsort(keys, n, sizeof(*keys), import_key_cmp);
	for (i = 1; i < n; i++) {
		if (keys[i].code.n == 0 || keys[i].code.n != keys[first].code.n ||
		    strncasecmp(keys[i].code.s, keys[first].code.s, keys[i].code.n) != 0) {
			first = i;
			continue;
		}
		/* Codes are checked before this, so they can be quoted as they are. */
		buf_reset(&f->where);
		buf_printf(&f->where, "%s: ", f->label);
		import_key_where(&keys[i], sub_kind, &f->where);
		buf_printf(&f->where, " (%s \"%.*s\")", key, (int)keys[i].code.n, keys[i].code.s);
		buf_reset(&first_where);
		import_key_where(&keys[first], sub_kind, &first_where);
		import_bad(f, key, "is the same as in %s", buf_str(&first_where));
		rc = -1;
	}
	buf_free(&first_where);
	return rc;
}

int
import_checked(struct import_file *f)
{
	if (f->errors == 0)
		return 0;
	import_fail("%s: %zu error%s%s; nothing was written", f->label, f->errors,
	    f->errors == 1 ? "" : "s",
	    f->errors > IMPORT_MAX_ERRORS ? " (the first ones shown)" : "");
	return -1;
}

int
import_write(struct db *db, const char *what, size_t n, import_write_fn *write_one,
    void *arg, unsigned int reindex, struct import_counts *c)
{
	unsigned long long affected;
	size_t i;

	if (db_begin(db) == -1)
		goto fail;
	for (i = 0; i < n; i++) {
		if (write_one(db, i, arg, &affected) == -1)
			goto rollback;
		import_count(c, affected);
	}
	if (reindex_tables(db, reindex, NULL) == -1 || db_commit(db) == -1)
		goto rollback;
	return 0;
rollback:
	db_rollback(db);
fail:
	import_fail("%s: database error; nothing was written", what);
	return -1;
}

void
import_count(struct import_counts *c, unsigned long long affected)
{
	if (affected == 1)
		c->added++;
	else if (affected == 2)
		c->changed++;
}

void
import_summary(const char *table, const struct import_counts *c)
{
	printf("%s: %zu read, %zu added, %zu changed\n", table, c->read, c->added, c->changed);
}

/* Parses the command line, loads the configuration and runs one command. Returns an
 * IMPORT_EXIT_* status. */
int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "conf", required_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const struct import_cmd *cmd = NULL;
	const char *conf_path = NULL, *file = NULL;
	HDF *conf = NULL;
	struct db *db = NULL;
	size_t i;
	int c, rc = IMPORT_EXIT_DATA;

	log_init("cong-import", 0, LOG_LVL_INFO);
	/* '+': options only before the command, so that FILE may be "-" or start with one. */
	while ((c = getopt_long(argc, argv, "+c:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'c':
			conf_path = optarg;
			break;
		case 'h':
			import_usage(stdout);
			return IMPORT_EXIT_OK;
		default:
			import_usage(stderr);
			return IMPORT_EXIT_USAGE;
		}
	}
	if (optind >= argc) {
		import_fail("no command given");
		import_usage(stderr);
		return IMPORT_EXIT_USAGE;
	}
	for (i = 0; i < sizeof(import_cmds) / sizeof(import_cmds[0]); i++)
		if (strcmp(argv[optind], import_cmds[i].name) == 0)
			cmd = &import_cmds[i];
	if (cmd == NULL) {
		import_fail("unknown command '%s'", argv[optind]);
		import_usage(stderr);
		return IMPORT_EXIT_USAGE;
	}
	if (argc - optind != 1 + cmd->takes_file) {
		import_fail(cmd->takes_file ? "%s takes one FILE" : "%s takes no FILE", cmd->name);
		import_usage(stderr);
		return IMPORT_EXIT_USAGE;
	}
	file = cmd->takes_file ? argv[optind + 1] : NULL;

	if (conf_path == NULL)
		conf_path = conf_default_path();
	if (conf_load(conf_path, &conf) == -1)
		goto out;	/* logged */
	db = db_new(conf);
	if (cmd->run(db, file) == 0)
		rc = IMPORT_EXIT_OK;
out:
	db_close(db);
	hdf_destroy(&conf);
	mysql_library_end();
	return rc;
}
