/* Unit tests of terms: how a citizen's query becomes a full-text expression and marked results. */
#include "config.h"

#include <stdlib.h>

#include "buf.h"
#include "tap.h"
#include "terms.h"

/* Renders the highlight segments as text with [brackets] around hits (caller frees). */
static char *
marked(const struct terms *t, const char *text)
{
	struct buf out = BUF_INIT;
	HDF *hdf = NULL, *seg;

	hdf_init(&hdf);
	terms_highlight(t, text, hdf, "S");
	for (seg = hdf_obj_child(hdf_get_obj(hdf, "S")); seg; seg = hdf_obj_next(seg)) {
		int hit = hdf_get_obj(seg, "H") != NULL;

		buf_printf(&out, "%s%s%s", hit ? "[" : "", hdf_obj_value(seg) ? hdf_obj_value(seg) : "", hit ? "]" : "");
	}
	hdf_destroy(&hdf);
	return buf_detach(&out);
}

int
main(void)
{
	struct terms t;
	struct buf b = BUF_INIT;
	char *s, big[20000];

	ok(terms_parse("doi giay phep lai xe", &t) == 5, "five words");
	is_str(t.phrase, "doi giay phep lai xe", "the phrase is the folded words");
	s = marked(&t, "Đổi giấy phép lái xe");
	is_str(s, "[Đổi giấy phép lái xe]", "matched words next to each other are one mark, in the original text");
	free(s);
	s = marked(&t, "Cấp lại giấy phép lái xe quốc tế");
	is_str(s, "Cấp [lại giấy phép lái xe] quốc tế",
	    "unmatched words stay plain; lại matches lai, as marks are ignored");
	free(s);
	s = marked(&t, "Đổi (giấy) phép, xe");
	is_str(s, "[Đổi (giấy) phép, xe]", "punctuation between matched words stays inside the mark");
	free(s);
	s = marked(&t, "Xe máy: đổi");
	is_str(s, "[Xe] máy: [đổi]", "an unmatched word splits marks");
	free(s);
	terms_free(&t);

	terms_parse("ĐĂNG KÝ tạm-trú", &t);
	is_str(t.phrase, "dang ky tam tru", "capitals, marks and hyphens are folded away");
	terms_free(&t);

	ok(terms_parse("+++ -- \"*\" ()<>~@", &t) == 0 && t.phrase[0] == '\0',
	    "operators alone are no words");
	terms_free(&t);

	ok(terms_parse("a b c d e f g h i j k l m n o", &t) == TERMS_MAX_WORDS && t.dropped,
	    "words past the limit are dropped and the drop is noted");
	terms_free(&t);

	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	ok(terms_parse(big, &t) == 1 && strlen(t.words[0]) == TERMS_MAX_WORD, "a huge word is cut");
	terms_free(&t);

	ok(terms_parse("\x01\x02\xff\xfe tam\x7f tru", &t) == 2, "control and broken bytes are ignored");
	terms_free(&t);

	ok(terms_is_code("1.004194"), "1.004194 is a code");
	ok(terms_is_code("1.001612.000.00.00.H01"), "a local variant is a code");
	ok(!terms_is_code("1.0041"), "five digits after the dot is not");
	ok(!terms_is_code("tạm trú"), "words are not");
	ok(!terms_is_code("1.004194'; DROP"), "trailing junk is not");
	buf_free(&b);
	return done_testing();
}
