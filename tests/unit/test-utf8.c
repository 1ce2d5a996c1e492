/* Unit tests of utf8: what reaches a page from a form is cleaned the same way every time. */
#include "config.h"

#include <stdlib.h>

#include "buf.h"
#include "tap.h"
#include "utf8.h"

static char *
cleaned(const char *s, size_t n, size_t max, int keep_newlines, int *changed)
{
	struct buf out = BUF_INIT;

	*changed = utf8_clean(s, n, max, keep_newlines, &out);
	return buf_detach(&out);
}

int
main(void)
{
	uint32_t cp;
	int changed;
	char *s;

	ok(utf8_decode("\xc4\x91", 2, &cp) == 2 && cp == 0x111, "đ decodes to U+0111");
	ok(utf8_decode("\xe1\xbb\x95", 3, &cp) == 3 && cp == 0x1ED5, "ổ decodes to U+1ED5");
	ok(utf8_decode("\xc0\xaf", 2, &cp) == 0, "an overlong '/' is refused");
	ok(utf8_decode("\xed\xa0\x80", 3, &cp) == 0, "a surrogate is refused");
	ok(utf8_decode("\xf4\x90\x80\x80", 4, &cp) == 0, "a code point past U+10FFFF is refused");
	ok(utf8_decode("\xe1\xbb", 2, &cp) == 0, "a cut sequence is refused");
	ok(utf8_valid("Hà Nội", strlen("Hà Nội")), "Vietnamese text is valid");
	ok(!utf8_valid("H\xff", 2), "a stray byte is not");
	ok(utf8_length("Đổi", strlen("Đổi")) == 3, "length counts characters, not bytes");

	s = cleaned("Hà\x01Nội\x7f", strlen("Hà\x01Nội\x7f"), 100, 0, &changed);
	is_str(s, "HàNội", "control characters are dropped");
	ok(changed, "and the change is reported");
	free(s);
	s = cleaned("a\xffz", 3, 100, 0, &changed);
	is_str(s, "a\xef\xbf\xbdz", "a bad byte becomes U+FFFD");
	free(s);
	s = cleaned("dòng 1\r\ndòng 2\tx", strlen("dòng 1\r\ndòng 2\tx"), 100, 1, &changed);
	is_str(s, "dòng 1\ndòng 2\tx", "CR LF becomes LF where newlines are kept");
	free(s);
	s = cleaned("Phản ánh\r\nBcc: x@y\nz\rw\tv", strlen("Phản ánh\r\nBcc: x@y\nz\rw\tv"), 100, 0,
	    &changed);
	is_str(s, "Phản ánh Bcc: x@y z w v", "one line: each line break (CR LF as one) and tab is a space");
	ok(changed, "and that is reported as a change");
	free(s);
	s = cleaned("Đổi giấy", strlen("Đổi giấy"), 4, 0, &changed);
	is_str(s, "Đổi ", "text is cut at a number of characters, never inside one");
	ok(changed, "and the cut is reported");
	free(s);
	s = cleaned("ok", 2, 100, 0, &changed);
	ok(!changed, "clean text is reported unchanged");
	free(s);
	return done_testing();
}
