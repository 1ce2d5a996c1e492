/* hello.fcgi: the smallest page on the project's runner and dispatcher, with no database work and
 * no template: the baseline the benchmarks compare every real page against. */
#include "config.h"

#include "app.h"
#include "buf.h"

static int
hello_page(struct req *req)
{
	buf_puts(&req->body, "xin chào\n");
	req->content_type = "text/plain; charset=utf-8";
	return 200;
}

static const struct page hello_pages[] = {
	{ REQ_GET, "/hello", hello_page, NULL, 0, NULL },
};

static const struct family hello_family = {
	.name = "hello",
	FAMILY_PAGES(hello_pages),
};

int
main(int argc, char **argv)
{
	return app_main(argc, argv, &hello_family);
}
