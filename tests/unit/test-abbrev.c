/* test-abbrev: a search for "bhyt" finds "bảo hiểm y tế" and the other way round — the
 * abbreviations added to the folded search text of a procedure (abbrev.c, searchtext.c). */
#include "config.h"

#include "abbrev.h"
#include "searchtext.h"
#include "tap.h"

static const char *
expand(const char *folded, int *added)
{
	static struct buf out = BUF_INIT;

	buf_reset(&out);
	*added = abbrev_expand(folded, &out);
	return buf_str(&out);
}

int
main(void)
{
	struct buf text = BUF_INIT;
	int n;

	is_str(expand("cap the bhyt", &n), " bao hiem y te", "an abbreviation gets its long form");
	ok(n == 1, "one addition");
	is_str(expand("cap giay phep lai xe", &n), " gplx", "a long form gets its abbreviation");
	is_str(expand("bhyt bao hiem y te", &n), "", "both present: nothing is added");
	ok(n == 0, "no addition");
	is_str(expand("ubnd cap gcn qsdd", &n), " uy ban nhan dan giay chung nhan quyen su dung dat",
	    "several, in the table's order");
	ok(n == 3, "three additions");
	is_str(expand("abhyt bhytx", &n), "", "only whole words count");
	is_str(expand("bao hiem y tex", &n), "", "whole words of a long form too");
	is_str(expand("", &n), "", "nothing in, nothing out");

	searchtext_build("Cấp lại thẻ BHYT", "1.004194", "Bảo hiểm", NULL, &text);
	is_str(buf_str(&text), "cap lai the bhyt 1 004194 bao hiem bao hiem y te",
	    "a procedure's search text: folded name, code (its dots as spaces) and field, then the long form");
	buf_reset(&text);
	buf_puts(&text, "x");
	searchtext_build("Đăng ký kinh doanh", NULL, NULL, "UBND tỉnh", &text);
	is_str(buf_str(&text), "xdang ky kinh doanh ubnd tinh uy ban nhan dan dkkd",
	    "appended to what out held; đ is d; abbreviations both ways");
	buf_free(&text);
	return done_testing();
}
