/* terms: a citizen's search words, folded, for full-text search and highlighting. */
#include "terms.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "req.h"
#include "utf8.h"

size_t
terms_parse(const char *query, struct terms *t)
{
	struct buf folded = BUF_INIT;
	const char *p, *end;
	size_t len;

	memset(t, 0, sizeof(*t));
	fold_words(query, strlen(query), &folded);
	for (p = buf_str(&folded); *p; p = *end ? end + 1 : end) {
		end = strchr(p, ' ');
		if (end == NULL)
			end = p + strlen(p);
		len = (size_t)(end - p);
		if (t->count == TERMS_MAX_WORDS) {
			t->dropped = 1;
			break;
		}
		if (len > TERMS_MAX_WORD) {
			len = TERMS_MAX_WORD;
			while (len > 0 && ((unsigned char)p[len] & 0xC0) == 0x80)
				len--;	/* never cut inside a character */
		}
		t->words[t->count++] = xstrndup(p, len);
	}
	buf_free(&folded);
	{
		struct buf phrase = BUF_INIT;
		size_t i;

		for (i = 0; i < t->count; i++)
			buf_printf(&phrase, "%s%s", i ? " " : "", t->words[i]);
		t->phrase = buf_detach(&phrase);
	}
	return t->count;
}

void
terms_free(struct terms *t)
{
	size_t i;

	for (i = 0; i < t->count; i++)
		free(t->words[i]);
	free(t->phrase);
	memset(t, 0, sizeof(*t));
}

/* 1 if the folded word w matches a search word: equal to one, or starting with the last. */
static int
terms_word_matches(const struct terms *t, const char *w)
{
	size_t i;

	for (i = 0; i < t->count; i++)
		if (strcmp(t->words[i], w) == 0)
			return 1;
	return t->count > 0 && strncmp(t->words[t->count - 1], w, strlen(t->words[t->count - 1])) == 0;
}

/* Sets segment n under parent: n = the text, n.H = 1 when it is a match. */
static int
terms_set_segment(HDF *parent, int n, const char *text, size_t len, int hit)
{
	char name[24], small[256], *copy = len < sizeof(small) ? small : xmalloc(len + 1);
	size_t k = hdf_name_index(name, sizeof(name), "", (size_t)n, "");
	NEOERR *err;

	memcpy(copy, text, len);
	copy[len] = '\0';
	err = hdf_set_value(parent, name, copy);
	if (copy != small)
		free(copy);
	if (err == STATUS_OK && hit && k + 2 < sizeof(name)) {
		memcpy(name + k, ".H", 3);
		err = hdf_set_value(parent, name, "1");
	}
	if (err != STATUS_OK) {
		nerr_ignore(&err);
		return -1;
	}
	return 0;
}

size_t
terms_spans(const char *text, struct terms_span **spans, char **folded)
{
	struct buf words = BUF_INIT;
	struct terms_span *out = NULL;
	size_t n = strlen(text), i = 0, used, count = 0, cap = 0, k;
	uint32_t cp, f;

	while (i < n) {
		size_t start;

		used = utf8_decode(text + i, n - i, &cp);
		if (used == 0 || !fold_is_word_char(cp)) {
			i += used ? used : 1;
			continue;
		}
		start = i;
		if (count == cap) {
			cap = cap ? cap * 2 : 16;
			out = xrealloc(out, cap * sizeof(*out));
		}
		out[count].start = (unsigned)start;
		/* Where this word's folded form starts; made a pointer once the buffer stops moving. */
		out[count].folded = (const char *)(uintptr_t)words.len;
		while (i < n && (used = utf8_decode(text + i, n - i, &cp)) != 0 &&
		    (fold_is_word_char(cp) || fold_char(cp) == 0)) {
			if ((f = fold_char(cp)) != 0)
				utf8_encode(f, &words);
			i += used;
		}
		buf_putc(&words, '\0');
		out[count].end = (unsigned)i;
		count++;
	}
	buf_putc(&words, '\0');	/* never empty, so the pointers below are valid */
	for (k = 0; k < count; k++)
		out[k].folded = words.data + (uintptr_t)out[k].folded;
	*spans = out;
	*folded = buf_detach(&words);
	return count;
}

int
terms_highlight_spans(const struct terms *t, const char *text, const struct terms_span *spans,
    size_t nspans, HDF *hdf, const char *prefix)
{
	size_t n = strlen(text), plain = 0, run_start = 0, run_end = 0, k;
	int seg = 0, rc = 0, in_run = 0, hit;
	HDF *parent;
	NEOERR *err;

	if ((err = hdf_get_node(hdf, prefix, &parent)) != STATUS_OK) {
		nerr_ignore(&err);
		return -1;
	}
	for (k = 0; k < nspans; k++) {
		hit = terms_word_matches(t, spans[k].folded);
		/* Matched words next to each other make one mark: "<mark>giấy phép</mark>". */
		if (hit && in_run)
			run_end = spans[k].end;
		else if (hit) {
			in_run = 1;
			run_start = spans[k].start;
			run_end = spans[k].end;
		} else if (in_run) {
			if (run_start > plain)
				rc |= terms_set_segment(parent, seg++, text + plain, run_start - plain, 0);
			rc |= terms_set_segment(parent, seg++, text + run_start, run_end - run_start, 1);
			plain = run_end;
			in_run = 0;
		}
	}
	if (in_run) {
		if (run_start > plain)
			rc |= terms_set_segment(parent, seg++, text + plain, run_start - plain, 0);
		rc |= terms_set_segment(parent, seg++, text + run_start, run_end - run_start, 1);
		plain = run_end;
	}
	if (n > plain || seg == 0)
		rc |= terms_set_segment(parent, seg, text + plain, n - plain, 0);
	return rc ? -1 : 0;
}

int
terms_highlight(const struct terms *t, const char *text, HDF *hdf, const char *prefix)
{
	struct terms_span *spans;
	char *folded;
	size_t n = terms_spans(text, &spans, &folded);
	int rc = terms_highlight_spans(t, text, spans, n, hdf, prefix);

	free(spans);
	free(folded);
	return rc;
}

int
terms_is_code(const char *q)
{
	size_t i = 0, digits;

	/* One or more digits, a dot, six digits, then optionally more dotted parts. */
	for (digits = 0; q[i] >= '0' && q[i] <= '9'; i++)
		digits++;
	if (digits == 0 || digits > 3 || q[i] != '.')
		return 0;
	for (i++, digits = 0; q[i] >= '0' && q[i] <= '9'; i++)
		digits++;
	if (digits != 6)
		return 0;
	for (; q[i]; i++)
		if (!((q[i] >= '0' && q[i] <= '9') || (q[i] >= 'A' && q[i] <= 'Z') ||
		    (q[i] >= 'a' && q[i] <= 'z') || q[i] == '.'))
			return 0;
	return i <= 40;
}
