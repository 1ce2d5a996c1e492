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

/* Sets one segment. */
static int
terms_set_segment(HDF *hdf, const char *prefix, int n, const char *text, size_t len, int hit)
{
	char name[160], *copy;
	NEOERR *err;

	snprintf(name, sizeof(name), "%s.%d.T", prefix, n);
	copy = xstrndup(text, len);
	err = hdf_set_value(hdf, name, copy);
	free(copy);
	if (err == STATUS_OK && hit) {
		snprintf(name, sizeof(name), "%s.%d.H", prefix, n);
		err = hdf_set_value(hdf, name, "1");
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
	struct buf word = BUF_INIT;
	size_t n = strlen(text), i = 0, used, start, plain = 0;
	uint32_t cp;
	int seg = 0, rc = 0;

	while (i < n) {
		used = utf8_decode(text + i, n - i, &cp);
		if (used == 0 || !fold_is_word_char(cp)) {
			i += used ? used : 1;
			continue;
		}
		/* A word starts at i: take it whole and fold it. */
		start = i;
		buf_reset(&word);
		while (i < n && (used = utf8_decode(text + i, n - i, &cp)) != 0 &&
		    (fold_is_word_char(cp) || fold_char(cp) == 0))
			i += used;
		fold_words(text + start, i - start, &word);
		if (word.len && terms_word_matches(t, buf_str(&word))) {
			if (start > plain)
				rc |= terms_set_segment(hdf, prefix, seg++, text + plain, start - plain, 0);
			rc |= terms_set_segment(hdf, prefix, seg++, text + start, i - start, 1);
			plain = i;
		}
	}
	if (n > plain || seg == 0)
		rc |= terms_set_segment(hdf, prefix, seg, text + plain, n - plain, 0);
	buf_free(&word);
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
