/* terms: a citizen's search words, folded, for full-text search and highlighting. */
#include "terms.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
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

void
terms_boolean(const struct terms *t, int all, struct buf *out)
{
	size_t i;

	/* Folded words hold only letters and digits, so none of them is a boolean operator. */
	for (i = 0; i < t->count; i++) {
		if (i)
			buf_putc(out, ' ');
		if (all)
			buf_putc(out, '+');
		buf_puts(out, t->words[i]);
		if (i + 1 == t->count)
			buf_putc(out, '*');
	}
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

/* Sets segment n under parent: n.T = the text, n.H = 1 when it is a match. */
static int
terms_set_segment(HDF *parent, int n, const char *text, size_t len, int hit)
{
	char name[24], *copy;
	NEOERR *err;

	snprintf(name, sizeof(name), "%d.T", n);
	copy = xstrndup(text, len);
	err = hdf_set_value(parent, name, copy);
	free(copy);
	if (err == STATUS_OK && hit) {
		snprintf(name, sizeof(name), "%d.H", n);
		err = hdf_set_value(parent, name, "1");
	}
	if (err != STATUS_OK) {
		nerr_ignore(&err);
		return -1;
	}
	return 0;
}

int
terms_highlight(const struct terms *t, const char *text, HDF *hdf, const char *prefix)
{
	char folded[TERMS_MAX_WORD + 24];
	size_t n = strlen(text), i = 0, used, start, plain = 0, run_start = 0, run_end = 0, k;
	uint32_t cp, f;
	int seg = 0, rc = 0, in_run = 0, hit;
	HDF *parent;
	NEOERR *err;

	if ((err = hdf_get_node(hdf, prefix, &parent)) != STATUS_OK) {
		nerr_ignore(&err);
		return -1;
	}
	while (i < n) {
		used = utf8_decode(text + i, n - i, &cp);
		if (used == 0 || !fold_is_word_char(cp)) {
			i += used ? used : 1;
			continue;
		}
		/* A word starts at i: fold it into a small buffer as it is read. A word longer than the
		 * buffer is compared by its start, which is all a search word can match. */
		start = i;
		k = 0;
		while (i < n && (used = utf8_decode(text + i, n - i, &cp)) != 0 &&
		    (fold_is_word_char(cp) || fold_char(cp) == 0)) {
			f = fold_char(cp);
			if (f != 0 && f < 0x80 && k + 1 < sizeof(folded))
				folded[k++] = (char)f;
			else if (f >= 0x80 && k + 4 < sizeof(folded)) {
				memcpy(folded + k, text + i, used);	/* another script: kept as is */
				k += used;
			}
			i += used;
		}
		folded[k] = '\0';
		hit = terms_word_matches(t, folded);
		/* Matched words next to each other make one mark: "<mark>giấy phép</mark>". */
		if (hit && in_run)
			run_end = i;
		else if (hit) {
			in_run = 1;
			run_start = start;
			run_end = i;
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
