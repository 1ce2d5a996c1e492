/* Unit tests of buf and url: the growing string and the links built from user values. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "tap.h"
#include "url.h"

int
main(void)
{
	struct buf b = BUF_INIT;
	char *s;
	int i;

	is_str(buf_str(&b), "", "an empty buf reads as an empty string");
	for (i = 0; i < 1000; i++)
		buf_printf(&b, "%d,", i);
	ok(b.len == strlen(b.data), "length is kept with the NUL after many appends");
	ok(strncmp(b.data, "0,1,2,", 6) == 0 && strstr(b.data, "999,") != NULL, "appends are in order");
	buf_reset(&b);
	is_str(buf_str(&b), "", "reset empties");
	buf_append(&b, "ab\0cd", 5);
	ok(b.len == 5, "binary appends keep their bytes");
	s = buf_detach(&b);
	ok(b.data == NULL && b.len == 0, "detach leaves the buf empty");
	free(s);

	url_encode("đổi giấy & phép?=/", &b);
	is_str(buf_str(&b), "%C4%91%E1%BB%95i%20gi%E1%BA%A5y%20%26%20ph%C3%A9p%3F%3D%2F",
	    "url_encode escapes all but unreserved characters");
	buf_reset(&b);
	url_query_add(&b, "q", "tạm trú");
	url_query_add(&b, "agency", "");
	url_query_add(&b, "field", NULL);
	url_query_add(&b, "level", "province");
	is_str(buf_str(&b), "q=t%E1%BA%A1m%20tr%C3%BA&level=province", "empty values are left out of a query");
	buf_reset(&b);
	ok(url_origin("http://127.0.0.1:8099/paymentv2/vpcpay.html?x=1", &b) == 0 &&
	    strcmp(buf_str(&b), "http://127.0.0.1:8099") == 0,
	    "the gateway's origin is its scheme, host and port (what the pages' CSP lets forms reach)");
	buf_reset(&b);
	ok(url_origin("https://pay.example.vn", &b) == 0 && strcmp(buf_str(&b), "https://pay.example.vn") == 0,
	    "a URL without a path is its own origin");
	buf_reset(&b);
	ok(url_origin("/pay/return", &b) == -1 && url_origin("https:///x", &b) == -1 && b.len == 0,
	    "a relative URL or one without a host has no origin");
	buf_free(&b);
	return done_testing();
}
