/* abbrev: abbreviations of Vietnamese administration and their long forms. */
#include "abbrev.h"

#include <stdlib.h>
#include <string.h>

/* Folded forms. Names on the national portal use these abbreviations freely ("thẻ BHYT"), while
 * citizens type either. */
static const struct { const char *abbr, *full; } abbrevs[] = {
	{ "bhyt",  "bao hiem y te" },
	{ "bhxh",  "bao hiem xa hoi" },
	{ "bhtn",  "bao hiem that nghiep" },
	{ "gplx",  "giay phep lai xe" },
	{ "cccd",  "can cuoc cong dan" },
	{ "cmnd",  "chung minh nhan dan" },
	{ "ubnd",  "uy ban nhan dan" },
	{ "hdnd",  "hoi dong nhan dan" },
	{ "gcn",   "giay chung nhan" },
	{ "dkkd",  "dang ky kinh doanh" },
	{ "tnhh",  "trach nhiem huu han" },
	{ "tncn",  "thu nhap ca nhan" },
	{ "tndn",  "thu nhap doanh nghiep" },
	{ "gtgt",  "gia tri gia tang" },
	{ "qsdd",  "quyen su dung dat" },
	{ "lltp",  "ly lich tu phap" },
	{ "thcs",  "trung hoc co so" },
	{ "thpt",  "trung hoc pho thong" },
};

/* 1 if the words of phrase stand as whole words in text (both folded, single-spaced). */
static int
abbrev_has(const char *text, const char *phrase)
{
	size_t n = strlen(phrase);
	const char *p = text;

	while ((p = strstr(p, phrase)) != NULL) {
		if ((p == text || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
			return 1;
		p++;
	}
	return 0;
}

int
abbrev_expand(const char *folded, struct buf *out)
{
	size_t i;
	int added = 0;

	for (i = 0; i < sizeof(abbrevs) / sizeof(abbrevs[0]); i++) {
		int has_abbr = abbrev_has(folded, abbrevs[i].abbr);
		int has_full = abbrev_has(folded, abbrevs[i].full);

		if (has_abbr && !has_full) {
			buf_printf(out, " %s", abbrevs[i].full);
			added++;
		} else if (has_full && !has_abbr) {
			buf_printf(out, " %s", abbrevs[i].abbr);
			added++;
		}
	}
	return added;
}
