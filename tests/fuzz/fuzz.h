/* fuzz.h: what the fuzz targets share — the input as C strings, and invariants that stop the run. */
#ifndef CONG_FUZZ_H
#define CONG_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"

/* libFuzzer's entry points (no header of its own for C). */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* An invariant of the code under test: when it does not hold, says which one and where, and
 * aborts, which libFuzzer reports as a crash and keeps the input as the reproducer. Written to
 * descriptor 2, not through stderr, which a target may have pointed elsewhere. */
#define FUZZ_ASSERT(cond) do {                                                  \
	if (!(cond)) {                                                          \
		dprintf(STDERR_FILENO, "%s:%d: invariant broken: %s\n",         \
		    __FILE__, __LINE__, #cond);                                 \
		abort();                                                        \
	}                                                                       \
} while (0)

/* Returns a NUL-terminated copy of the n bytes at data (free() it); a NUL inside stays and ends
 * the string early for the functions that take one, as it would in a request. */
static inline char *
fuzz_cstr(const uint8_t *data, size_t n)
{
	char *s = xmalloc(n + 1);

	if (n > 0)
		memcpy(s, data, n);
	s[n] = '\0';
	return s;
}

/*
 * Splits the n bytes at data into at most nparts fields at NUL bytes (the last takes the rest),
 * each a NUL-terminated copy in parts[] (fuzz_free_parts() them); fields the input does not
 * reach are "". For targets that need several strings: a NUL cannot come from a form field, so
 * it is the one separator that takes nothing away from what a field may hold. Returns the
 * number of fields the input had.
 */
static inline size_t
fuzz_split(const uint8_t *data, size_t n, char **parts, size_t nparts)
{
	size_t k = 0, start = 0, i;

	for (i = 0; i <= n && k < nparts; i++) {
		if (i == n || (data[i] == '\0' && k + 1 < nparts)) {
			parts[k++] = fuzz_cstr(data + start, i - start);
			start = i + 1;
		}
	}
	for (i = k; i < nparts; i++)
		parts[i] = fuzz_cstr(NULL, 0);
	return k;
}

/* Frees what fuzz_split made. */
static inline void
fuzz_free_parts(char **parts, size_t nparts)
{
	size_t i;

	for (i = 0; i < nparts; i++)
		free(parts[i]);
}

/* Returns 1 when the n bytes at s hold none of the bytes of set, else 0. */
static inline int
fuzz_none_of(const char *s, size_t n, const char *set)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != '\0' && strchr(set, s[i]) != NULL)
			return 0;
	return 1;
}

#endif
