/* Unit tests of fold: every Vietnamese letter, upper and lower case, in composed and decomposed
 * form, folds to its base letter — or "doi giay phep lai xe" would not find "Đổi giấy phép lái xe". */
#include "config.h"

#include <stdlib.h>

#include "abbrev.h"
#include "buf.h"
#include "fold.h"
#include "tap.h"

/* Each line: the base letter, then its six tone forms in lower case, then in upper case. */
static const struct { const char *base; const char *letters; } table[] = {
	{ "a", "a à á ả ã ạ A À Á Ả Ã Ạ" },
	{ "a", "ă ằ ắ ẳ ẵ ặ Ă Ằ Ắ Ẳ Ẵ Ặ" },
	{ "a", "â ầ ấ ẩ ẫ ậ Â Ầ Ấ Ẩ Ẫ Ậ" },
	{ "e", "e è é ẻ ẽ ẹ E È É Ẻ Ẽ Ẹ" },
	{ "e", "ê ề ế ể ễ ệ Ê Ề Ế Ể Ễ Ệ" },
	{ "i", "i ì í ỉ ĩ ị I Ì Í Ỉ Ĩ Ị" },
	{ "o", "o ò ó ỏ õ ọ O Ò Ó Ỏ Õ Ọ" },
	{ "o", "ô ồ ố ổ ỗ ộ Ô Ồ Ố Ổ Ỗ Ộ" },
	{ "o", "ơ ờ ớ ở ỡ ợ Ơ Ờ Ớ Ở Ỡ Ợ" },
	{ "u", "u ù ú ủ ũ ụ U Ù Ú Ủ Ũ Ụ" },
	{ "u", "ư ừ ứ ử ữ ự Ư Ừ Ứ Ử Ữ Ự" },
	{ "y", "y ỳ ý ỷ ỹ ỵ Y Ỳ Ý Ỷ Ỹ Ỵ" },
	{ "d", "d đ D Đ" },
};

/* Folds s and returns the result (caller frees). */
static char *
folded(const char *s)
{
	struct buf out = BUF_INIT;

	fold_text(s, strlen(s), &out);
	return buf_detach(&out);
}

static char *
words(const char *s)
{
	struct buf out = BUF_INIT;

	fold_words(s, strlen(s), &out);
	return buf_detach(&out);
}

static void
check(const char *got_owned, const char *want, const char *what)
{
	is_str(got_owned, want, "%s", what);
	free((char *)got_owned);
}

int
main(void)
{
	size_t i, letters = 0;

	for (i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		const char *p = table[i].letters;

		while (*p) {
			size_t len = strcspn(p, " ");
			char letter[8];

			snprintf(letter, sizeof(letter), "%.*s", (int)len, p);
			check(folded(letter), table[i].base, letter);
			letters++;
			p += len;
			while (*p == ' ')
				p++;
		}
	}
	ok(letters == 12 * 12 + 4, "every Vietnamese letter was checked (%zu)", letters);

	/* Decomposed input: base letter followed by combining marks (NFD), as some keyboards send. */
	check(folded("Đo\xcc\x82\xcc\x89i"), "doi", "decomposed ổ (o + circumflex + hook) folds to o");
	check(folded("gia\xcc\x82\xcc\x81y"), "giay", "decomposed ấ folds to a");

	check(words("Đổi giấy phép lái xe"), "doi giay phep lai xe", "a procedure name folds to its search words");
	check(words("  Đăng ký  tạm trú!! "), "dang ky tam tru", "punctuation and runs of spaces become one space");
	check(words("Cấp Giấy chứng nhận xuất xứ hàng hoá (C/O)"), "cap giay chung nhan xuat xu hang hoa c o",
	    "brackets and slashes split words");
	check(words("1.004194"), "1 004194", "a code splits at its dot");
	check(words("ĐĂNG KÝ THƯỜNG TRÚ"), "dang ky thuong tru", "capitals fold too");
	check(words("Hà Nội\xff\xfe"), "ha noi", "invalid UTF-8 bytes are dropped");
	check(words(""), "", "empty text has no words");
	check(words("—…“”"), "", "punctuation alone has no words");
	check(words("Café Zürich"), "cafe zurich", "other Latin letters with marks fold as well");
	check(folded("Phường Ba Đình, TP. Hà Nội"), "phuong ba dinh, tp. ha noi", "fold_text keeps punctuation");
	ok(fold_char(0x0111) == 'd' && fold_char(0x0110) == 'd', "đ and Đ fold to d");
	ok(fold_char(0x4E2D) == 0x4E2D, "a letter of another script is left as it is");

	{
		struct buf extra = BUF_INIT;

		abbrev_expand("cap lai doi the bhyt", &extra);
		is_str(buf_str(&extra), " bao hiem y te", "an abbreviation gets its long form");
		buf_reset(&extra);
		abbrev_expand("doi giay phep lai xe", &extra);
		is_str(buf_str(&extra), " gplx", "a long form gets its abbreviation");
		buf_reset(&extra);
		abbrev_expand("bhyt bao hiem y te", &extra);
		is_str(buf_str(&extra), "", "nothing is added when both are there");
		buf_reset(&extra);
		abbrev_expand("abhyt gplxx", &extra);
		is_str(buf_str(&extra), "", "only whole words count");
		buf_free(&extra);
	}
	return done_testing();
}
