/* fuzz-text: UTF-8 decoding, validation and cleaning, diacritic folding, Vietnamese composing,
 * and the search text of a procedure, on any bytes. */
#include "config.h"

#include "fuzz.h"

#include "abbrev.h"
#include "fold.h"
#include "searchtext.h"
#include "utf8.h"
#include "vicompose.h"

/* Decoding, validation and encoding agree: valid text is exactly the text that decodes whole,
 * and its code points encode back to the same bytes. */
static void
fuzz_utf8(const char *s, size_t n)
{
	struct buf again = BUF_INIT;
	size_t i = 0, used, chars = 0;
	uint32_t cp;
	int whole = 1;

	while (i < n) {
		if ((used = utf8_decode(s + i, n - i, &cp)) == 0) {
			whole = 0;
			break;
		}
		FUZZ_ASSERT(used <= 4 && used <= n - i);
		FUZZ_ASSERT(cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF));
		utf8_encode(cp, &again);
		i += used;
		chars++;
	}
	FUZZ_ASSERT(utf8_valid(s, n) == whole);
	if (whole) {
		FUZZ_ASSERT(again.len == n && (n == 0 || memcmp(again.data, s, n) == 0));
		FUZZ_ASSERT(utf8_length(s, n) == chars);
	}
	buf_free(&again);
}

/* Returns 1 when the two buffers hold the same bytes, else 0. */
static int
fuzz_same(const struct buf *a, const struct buf *b)
{
	return a->len == b->len && (a->len == 0 || memcmp(a->data, b->data, a->len) == 0);
}

/* A cleaned copy is valid UTF-8 without controls (but tab and LF when kept), of at most
 * max_chars characters; the clean copy of clean text is itself, reported as unchanged. */
static void
fuzz_clean(const char *s, size_t n, size_t max_chars, int keep_newlines)
{
	struct buf out = BUF_INIT, again = BUF_INIT;
	size_t i = 0, used;
	uint32_t cp;
	int changed;

	changed = utf8_clean(s, n, max_chars, keep_newlines, &out);
	FUZZ_ASSERT(utf8_valid(out.data ? out.data : "", out.len));
	FUZZ_ASSERT(utf8_length(out.data ? out.data : "", out.len) <= max_chars);
	while (i < out.len) {
		used = utf8_decode(out.data + i, out.len - i, &cp);
		FUZZ_ASSERT(cp >= 0x20 || (keep_newlines && (cp == '\n' || cp == '\t')));
		FUZZ_ASSERT(cp != 0x7F && (cp < 0x80 || cp >= 0xA0));
		i += used;
	}
	if (!changed) {
		/* Unchanged, but for line ends: CR LF and a lone CR are LF where newlines are kept
		 * (the function does not count that as a change). */
		struct buf want = BUF_INIT;

		for (i = 0; i < n; i++) {
			if (keep_newlines && s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
				continue;
			buf_putc(&want, keep_newlines && s[i] == '\r' ? '\n' : s[i]);
		}
		FUZZ_ASSERT(fuzz_same(&out, &want));
		buf_free(&want);
	}
	FUZZ_ASSERT(utf8_clean(out.data ? out.data : "", out.len, max_chars, keep_newlines,
	    &again) == 0);
	FUZZ_ASSERT(fuzz_same(&again, &out));
	buf_free(&out);
	buf_free(&again);
}

/* Folding: valid UTF-8 out, a fixed point, and blind to how a letter was composed. Words: single
 * spaces between, none at the ends, as many words as said. */
static void
fuzz_fold(const char *s, size_t n)
{
	struct buf folded = BUF_INIT, again = BUF_INIT, composed = BUF_INIT, other = BUF_INIT;
	size_t words, i, spaces = 0;

	fold_text(s, n, &folded);
	FUZZ_ASSERT(utf8_valid(buf_str(&folded), folded.len));
	fold_text(buf_str(&folded), folded.len, &again);
	FUZZ_ASSERT(fuzz_same(&folded, &again));

	vi_compose(s, n, &composed);
	if (utf8_valid(s, n))
		FUZZ_ASSERT(utf8_valid(buf_str(&composed), composed.len));
	buf_reset(&other);
	vi_compose(buf_str(&composed), composed.len, &other);
	FUZZ_ASSERT(fuzz_same(&composed, &other));
	if (utf8_valid(s, n)) {
		/* Composing changes the bytes of a letter, never what it folds to. */
		buf_reset(&other);
		fold_text(buf_str(&composed), composed.len, &other);
		FUZZ_ASSERT(fuzz_same(&folded, &other));
	}

	buf_reset(&folded);
	words = fold_words(s, n, &folded);
	FUZZ_ASSERT(utf8_valid(buf_str(&folded), folded.len));
	for (i = 0; i < folded.len; i++)
		if (folded.data[i] == ' ') {
			FUZZ_ASSERT(i > 0 && i + 1 < folded.len && folded.data[i + 1] != ' ');
			spaces++;
		}
	FUZZ_ASSERT(words == (folded.len ? spaces + 1 : 0));
	buf_reset(&again);
	FUZZ_ASSERT(fold_words(buf_str(&folded), folded.len, &again) == words);
	FUZZ_ASSERT(fuzz_same(&folded, &again));
	if (utf8_valid(s, n)) {
		buf_reset(&other);
		fold_words(buf_str(&composed), composed.len, &other);
		FUZZ_ASSERT(fuzz_same(&folded, &other));
	}
	buf_free(&folded);
	buf_free(&again);
	buf_free(&composed);
	buf_free(&other);
}

/* The search text of a procedure from four fields: the folded words of them all first, then
 * the abbreviations' other forms. */
static void
fuzz_searchtext(const uint8_t *data, size_t size)
{
	char *parts[4];
	struct buf text = BUF_INIT, words = BUF_INIT, all = BUF_INIT;

	fuzz_split(data, size, parts, 4);
	searchtext_build(parts[0], parts[1], parts[2], parts[3], &text);
	FUZZ_ASSERT(utf8_valid(buf_str(&text), text.len));
	buf_printf(&all, "%s %s %s %s", parts[0], parts[1], parts[2], parts[3]);
	fold_words(all.data, all.len, &words);
	FUZZ_ASSERT(text.len >= words.len && memcmp(buf_str(&text), buf_str(&words), words.len) == 0);
	buf_reset(&text);
	searchtext_build(parts[0], NULL, NULL, parts[3], &text);
	buf_reset(&all);
	abbrev_expand(buf_str(&words), &all);
	buf_free(&text);
	buf_free(&words);
	buf_free(&all);
	fuzz_free_parts(parts, 4);
}

/* libFuzzer's entry: the input as text, and as the four fields of a procedure. Returns 0; a
 * broken invariant aborts. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	size_t max_chars = size > 0 ? data[0] % 64 : 0;

	fuzz_utf8(s, size);
	fuzz_clean(s, size, (size_t)-1, 1);
	fuzz_clean(s, size, (size_t)-1, 0);
	fuzz_clean(s, size, max_chars, size > 1 && (data[1] & 1));
	fuzz_fold(s, size);
	fuzz_searchtext(data, size);
	return 0;
}
