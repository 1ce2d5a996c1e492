/* fuzz-import: cong-import's reading and checking of the public data sets — any bytes as a file of
 * administrative units, agencies, fields or procedures — before anything is written: a file is
 * accepted exactly when no error was reported, what is kept is what the columns take, and the
 * messages an administrator reads are lines of text that no file can forge or garble. */
/* The agencies, fields and procedures loader comes first: it includes config.h (which has no
 * include guard). import.c and import_units.c are linked in (import-main.c, import-units.c). */
#include "../../cgi-bin/tools/import/import_catalogue.c"

#include "fuzz.h"
#include "fuzz-import.h"

#include <strings.h>
#include <sys/mman.h>

#include "log.h"

/* libFuzzer's start: the log quiet but for errors (the loaders log nothing else). Returns 0. */
int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	log_init("fuzz-import", 0, LOG_LVL_ERR);
	return 0;
}

/* See fuzz-import.h. */
void
fuzz_import_text(const struct import_text *t, size_t max, int required)
{
	size_t i, used;
	uint32_t cp;

	FUZZ_ASSERT(t->s != NULL || t->n == 0);
	if (t->n == 0) {
		FUZZ_ASSERT(!required);
		return;
	}
	FUZZ_ASSERT(utf8_valid(t->s, t->n) && utf8_length(t->s, t->n) <= max);
	for (i = 0; i < t->n; i += used) {
		used = utf8_decode(t->s + i, t->n - i, &cp);
		FUZZ_ASSERT(cp >= 0x20 && cp != 0x7F && (cp < 0x80 || cp >= 0xA0));
	}
	FUZZ_ASSERT(strchr(" \t\r\n", t->s[0]) == NULL && strchr(" \t\r\n", t->s[t->n - 1]) == NULL);
}

/* See fuzz-import.h. */
void
fuzz_import_code(const struct import_text *t, enum import_code_kind kind, size_t min, size_t max)
{
	size_t i;

	fuzz_import_text(t, max, 1);
	FUZZ_ASSERT(t->n >= min && t->n <= max);
	for (i = 0; i < t->n; i++) {
		char c = t->s[i];

		FUZZ_ASSERT((c >= '0' && c <= '9') || (kind == IMPORT_CODE_DOTTED &&
		    ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		    (i > 0 && strchr(".-_", c) != NULL))));
	}
}

/* Codes of n records, at stride bytes from each other, are distinct ignoring ASCII case. */
static void
fuzz_import_distinct(const void *records, size_t n, size_t stride)
{
	size_t i, k;

	for (i = 0; i < n; i++)
		for (k = 0; k < i; k++) {
			const struct import_text *a = (const void *)((const char *)records + i * stride);
			const struct import_text *b = (const void *)((const char *)records + k * stride);

			FUZZ_ASSERT(a->n != b->n || strncasecmp(a->s, b->s, a->n) != 0);
		}
}

/* The checks of agencies.json, fields.json and citizen_services.json. */
static void
fuzz_import_catalogue(struct import_file *f, int which)
{
	size_t n = json_array_size(f->root), i;
	int rc;

	if (which == 0) {
		struct agency *a = NULL;

		rc = agencies_check(f, &a);
		for (i = 0; rc == 0 && i < n; i++) {
			fuzz_import_code(&a[i].code, IMPORT_CODE_DOTTED, 1, CATALOGUE_CODE_MAX);
			fuzz_import_text(&a[i].name, CATALOGUE_NAME_MAX, 1);
		}
		if (rc == 0 && n > 0)
			fuzz_import_distinct(&a[0].code, n, sizeof(a[0]));
		free(a);
	} else if (which == 1) {
		struct field *fl = NULL;

		rc = fields_check(f, &fl);
		for (i = 0; rc == 0 && i < n; i++) {
			fuzz_import_code(&fl[i].code, IMPORT_CODE_DIGITS, 1, CATALOGUE_FIELD_CODE_MAX);
			fuzz_import_text(&fl[i].name, CATALOGUE_NAME_MAX, 1);
			fuzz_import_text(&fl[i].ministry, CATALOGUE_NAME_MAX, 0);
		}
		if (rc == 0 && n > 0)
			fuzz_import_distinct(&fl[0].code, n, sizeof(fl[0]));
		free(fl);
	} else {
		struct procedure *p = NULL;

		rc = procedures_check(f, &p);
		for (i = 0; rc == 0 && i < n; i++) {
			fuzz_import_code(&p[i].code, IMPORT_CODE_DOTTED, 1, CATALOGUE_CODE_MAX);
			fuzz_import_text(&p[i].name, CATALOGUE_PROCEDURE_NAME_MAX, 1);
			FUZZ_ASSERT(p[i].is_vertical == 0 || p[i].is_vertical == 1);
			FUZZ_ASSERT(p[i].popularity >= 0);
		}
		if (rc == 0 && n > 0)
			fuzz_import_distinct(&p[0].code, n, sizeof(p[0]));
		free(p);
	}
	FUZZ_ASSERT(rc == 0 || rc == -1);
	FUZZ_ASSERT((rc == 0) == (f->errors == 0));
}

/* What an administrator reads: lines of text, each naming the file or the command, at most
 * IMPORT_MAX_ERRORS of a loader's errors and its summary, nothing that a terminal would act on
 * (a control character) nor any byte that is not UTF-8. */
static void
fuzz_import_messages(const char *label, const char *msgs, size_t len, size_t most)
{
	const char *p = msgs, *end = msgs + len, *nl;
	size_t lines = 0, i;

	FUZZ_ASSERT(utf8_valid(msgs, len));
	for (i = 0; i < len; i++)
		FUZZ_ASSERT(msgs[i] == '\n' || ((unsigned char)msgs[i] >= 0x20 && msgs[i] != 0x7F));
	for (; p < end; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p));
		FUZZ_ASSERT(nl != NULL);
		FUZZ_ASSERT(strncmp(p, label, strlen(label)) == 0 ||
		    strncmp(p, "cong-import: ", 13) == 0);
		lines++;
	}
	FUZZ_ASSERT(lines <= most);
}

/* libFuzzer's entry: the input as a data set file. Returns 0; a broken invariant aborts. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct import_file f = { 0 };
	char path[64], *msgs = NULL;
	size_t msgs_len = 0;
	FILE *saved = stderr;
	int fd, n, which;

	/* The loaders read a path: the input as a file in memory. */
	if ((fd = memfd_create("fuzz-import", MFD_CLOEXEC)) == -1)
		abort();
	if (size > 0 && write(fd, data, size) != (ssize_t)size)
		abort();
	n = snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	FUZZ_ASSERT(n > 0 && (size_t)n < sizeof(path));

	/* Messages go to stderr (glibc's stderr is a variable): kept to be read. */
	stderr = open_memstream(&msgs, &msgs_len);
	if (stderr == NULL)
		abort();
	if (import_file_load(&f, path) == 0) {
		FUZZ_ASSERT(json_is_array(f.root));
		/* Each loader's checks on the same document, each with its own count. */
		for (which = 0; which < 4; which++) {
			struct import_file g = { f.label, f.root, 0, BUF_INIT };

			if (which == 3)
				fuzz_import_units(&g);
			else
				fuzz_import_catalogue(&g, which);
			buf_free(&g.where);
		}
	} else
		FUZZ_ASSERT(f.root == NULL || !json_is_array(f.root));
	fclose(stderr);
	stderr = saved;
	fuzz_import_messages(path, msgs, msgs_len, f.root && json_is_array(f.root) ?
	    4 * (IMPORT_MAX_ERRORS + 1) : 1);
	free(msgs);
	import_file_free(&f);
	close(fd);
	return 0;
}
