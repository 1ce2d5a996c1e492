/* fold: the search key of Vietnamese text — lowercase, marks removed, đ→d. */
#include "fold.h"

#include "utf8.h"

/* Base letters of U+1EA0..U+1EF9 (Latin Extended Additional: the Vietnamese block), one per
 * upper/lower pair: Ạ Ả Ấ Ầ Ẩ Ẫ Ậ Ắ Ằ Ẳ Ẵ Ặ, Ẹ Ẻ Ẽ Ế Ề Ể Ễ Ệ, Ỉ Ị, Ọ Ỏ Ố Ồ Ổ Ỗ Ộ Ớ Ờ Ở Ỡ Ợ,
 * Ụ Ủ Ứ Ừ Ử Ữ Ự, Ỳ Ỵ Ỷ Ỹ. */
static const char fold_ext_additional[] =
	"aaaaaaaaaaaa" "eeeeeeee" "ii" "oooooooooooo" "uuuuuuu" "yyyy";

/* Base letters of U+00C0..U+00FF (Latin-1), '\0' where the character is not a letter with a mark. */
static const char fold_latin1[64] =
	"aaaaaa\0ceeeeiiii" "dnooooo\0\0uuuuy\0\0"
	"aaaaaa\0ceeeeiiii" "dnooooo\0\0uuuuy\0y";

uint32_t
fold_char(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
	if (cp >= 0xC0 && cp <= 0xFF)
		return fold_latin1[cp - 0xC0] ? (uint32_t)fold_latin1[cp - 0xC0] : cp;
	if (cp >= 0x1EA0 && cp <= 0x1EF9)
		return (uint32_t)fold_ext_additional[(cp - 0x1EA0) / 2];
	if (cp >= 0x0300 && cp <= 0x036F)
		return 0;	/* combining marks: text typed in decomposed form */
	switch (cp) {
	case 0x0102: case 0x0103: return 'a';	/* Ă ă */
	case 0x0110: case 0x0111: return 'd';	/* Đ đ */
	case 0x0128: case 0x0129: return 'i';	/* Ĩ ĩ */
	case 0x0168: case 0x0169: return 'u';	/* Ũ ũ */
	case 0x01A0: case 0x01A1: return 'o';	/* Ơ ơ */
	case 0x01AF: case 0x01B0: return 'u';	/* Ư ư */
	case 0x0189: return 'd';		/* Ɖ, sometimes typed for Đ */
	default: return cp;
	}
}

int
fold_is_word_char(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
	/* Outside ASCII: everything but Latin-1 punctuation, general punctuation and symbols. */
	if (cp < 0xC0)
		return 0;
	if (cp == 0xD7 || cp == 0xF7)
		return 0;
	if (cp >= 0x2000 && cp <= 0x2BFF)
		return 0;
	if (cp >= 0x3000 && cp <= 0x303F)
		return 0;
	if (cp == 0xFFFD || cp == 0xFEFF)
		return 0;
	return 1;
}

void
fold_text(const char *s, size_t n, struct buf *out)
{
	size_t i = 0, used;
	uint32_t cp, folded;

	while (i < n) {
		if ((used = utf8_decode(s + i, n - i, &cp)) == 0) {
			i++;
			continue;
		}
		i += used;
		if ((folded = fold_char(cp)) != 0)
			utf8_encode(folded, out);
	}
}

size_t
fold_words(const char *s, size_t n, struct buf *out)
{
	size_t i = 0, used, words = 0;
	uint32_t cp, folded;
	int in_word = 0;

	while (i < n) {
		if ((used = utf8_decode(s + i, n - i, &cp)) == 0) {
			i++;
			in_word = 0;
			continue;
		}
		i += used;
		folded = fold_char(cp);
		if (folded == 0)
			continue;	/* a combining mark joins the letter before it */
		if (!fold_is_word_char(folded)) {
			in_word = 0;
			continue;
		}
		if (!in_word) {
			if (words > 0)
				buf_putc(out, ' ');
			words++;
			in_word = 1;
		}
		utf8_encode(folded, out);
	}
	return words;
}
