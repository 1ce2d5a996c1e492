/* money: amounts in figures and in Vietnamese words. */
#include "config.h"

#include "money.h"

#include <string.h>

void
money_figures(unsigned long long n, struct buf *out)
{
	char digits[32];
	int len = 0, i;

	do {
		digits[len++] = (char)('0' + n % 10);
		n /= 10;
	} while (n > 0);
	for (i = len - 1; i >= 0; i--) {
		buf_putc(out, digits[i]);
		if (i > 0 && i % 3 == 0)
			buf_putc(out, '.');
	}
}

static const char *const digit_words[] = { "không", "một", "hai", "ba", "bốn", "năm", "sáu",
    "bảy", "tám", "chín" };

/* Appends word to the words so far, a space between. */
static void
money_word(struct buf *out, const char *word)
{
	if (out->len > 0 && out->data[out->len - 1] != ' ')
		buf_putc(out, ' ');
	buf_puts(out, word);
}

/* Reads a group of three digits (1..999). full: a higher group came before it, so its hundreds
 * and a zero ten are said ("không trăm linh năm"). */
static void
money_group(unsigned g, int full, struct buf *words)
{
	unsigned h = g / 100, t = g / 10 % 10, u = g % 10;

	if (full || h > 0) {
		money_word(words, digit_words[h]);
		money_word(words, "trăm");
	}
	if (t == 0) {
		if (u > 0) {
			if (full || h > 0)
				money_word(words, "linh");
			money_word(words, digit_words[u]);
		}
		return;
	}
	if (t == 1) {
		money_word(words, "mười");
	} else {
		money_word(words, digit_words[t]);
		money_word(words, "mươi");
	}
	if (u == 1 && t > 1)
		money_word(words, "mốt");
	else if (u == 5)
		money_word(words, "lăm");
	else if (u > 0)
		money_word(words, digit_words[u]);
}

void
money_words(unsigned long long n, struct buf *out)
{
	/* Groups of three digits from the lowest; past tỷ (10^9) the names repeat: nghìn tỷ. */
	static const char *const scales[] = { "", "nghìn", "triệu", "tỷ", "nghìn tỷ", "triệu tỷ",
	    "tỷ tỷ" };
	unsigned groups[7];
	struct buf words = BUF_INIT;
	int count = 0, i, started = 0;

	do {
		groups[count++] = (unsigned)(n % 1000);
		n /= 1000;
	} while (n > 0);
	for (i = count - 1; i >= 0; i--) {
		if (groups[i] == 0)
			continue;
		money_group(groups[i], started, &words);
		if (scales[i][0])
			money_word(&words, scales[i]);
		started = 1;
	}
	if (!started)
		money_word(&words, "không");
	money_word(&words, "đồng");
	/* Every first word starts with an ASCII letter ("một", "hai", "không", "chín"...). */
	words.data[0] = (char)(words.data[0] - 'a' + 'A');
	buf_append(out, words.data, words.len);
	buf_free(&words);
}
