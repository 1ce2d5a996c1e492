/* test-url: the links the portal builds — percent-encoding, query strings — and form decoding. */
#include "config.h"

#include "url.h"
#include "tap.h"

int
main(void)
{
	struct buf out = BUF_INIT;

	url_encode("AZaz09-._~", &out);
	is_str(buf_str(&out), "AZaz09-._~", "the unreserved characters stay");
	buf_reset(&out);
	url_encode("a b&c=d/e?f#g%+", &out);
	is_str(buf_str(&out), "a%20b%26c%3Dd%2Fe%3Ff%23g%25%2B", "the others are escaped, in upper case");
	buf_reset(&out);
	url_encode("Hà Nội", &out);
	is_str(buf_str(&out), "H%C3%A0%20N%E1%BB%99i", "UTF-8 byte by byte");
	buf_reset(&out);
	url_encode("", &out);
	is_str(buf_str(&out), "", "nothing is nothing");

	buf_reset(&out);
	url_query_add(&out, "q", "tạm trú");
	url_query_add(&out, "empty", "");
	url_query_add(&out, "none", NULL);
	url_query_add(&out, "page", "2");
	is_str(buf_str(&out), "q=t%E1%BA%A1m%20tr%C3%BA&page=2",
	    "a query string: pairs joined by &, empty and NULL values left out");

	ok(url_hex('0') == 0 && url_hex('9') == 9 && url_hex('a') == 10 && url_hex('F') == 15,
	    "hex digits in either case");
	ok(url_hex('g') == -1 && url_hex('G') == -1 && url_hex('/') == -1 && url_hex(':') == -1 &&
	    url_hex('@') == -1 && url_hex('`') == -1, "and nothing around them");

	buf_reset(&out);
	ok(url_form_decode("a+b%2Bc%c3%A0", 13, &out) == 0, "a form value decodes");
	is_str(buf_str(&out), "a b+cà", "+ is a space, %%XX its byte in either case");
	buf_reset(&out);
	ok(url_form_decode("ab%4", 4, &out) == -1, "a cut escape is an error");
	is_str(buf_str(&out), "ab", "after what came before it");
	buf_reset(&out);
	ok(url_form_decode("%41", 2, &out) == -1, "an escape cut by n is an error, whatever follows");
	buf_reset(&out);
	ok(url_form_decode("%zz", 3, &out) == -1, "a bad escape is an error");
	buf_reset(&out);
	ok(url_form_decode("%41%00x", 7, &out) == 0 && out.len == 3 && out.data[1] == '\0' &&
	    out.data[2] == 'x', "a NUL that decodes is kept");
	buf_reset(&out);
	ok(url_form_decode("abc", 2, &out) == 0, "n bytes are decoded");
	is_str(buf_str(&out), "ab", "and no more");
	buf_free(&out);
	return done_testing();
}
