/* test-pager: the numbers and links under a paginated list — which pages are linked, where the
 * gaps are, and what "from … to … of …" says. */
#include "config.h"

#include <stdlib.h>

#include "pager.h"
#include "tap.h"

static struct req req;

static void
pager(const char *base, long long total, int page, int per_page)
{
	hdf_destroy(&req.hdf);
	hdf_init(&req.hdf);
	ok(pager_set(&req, base, total, page, per_page) == 0, "pager_set(%lld, page %d, %d a page)",
	    total, page, per_page);
}

static const char *
get(const char *name)
{
	return hdf_get_value(req.hdf, name, "(none)");
}

/* The links, as "1 2 … 5 [6] 7 …": numbers, the current one in brackets, gaps as "…". */
static const char *
links(void)
{
	static char out[256];
	HDF *node;
	size_t n = 0;

	out[0] = '\0';
	for (node = hdf_get_child(req.hdf, "Pager.Links"); node; node = hdf_obj_next(node)) {
		const char *num = hdf_get_value(node, "Num", NULL);
		int current = hdf_get_int_value(node, "Current", 0);

		if (hdf_get_int_value(node, "Gap", 0))
			n += (size_t)snprintf(out + n, sizeof(out) - n, "%s…", n ? " " : "");
		else
			n += (size_t)snprintf(out + n, sizeof(out) - n, current ? "%s[%s]" : "%s%s",
			    n ? " " : "", num ? num : "?");
		if (n >= sizeof(out))
			break;
	}
	return out;
}

int
main(void)
{
	ok(pager_offset(1, 20) == 0 && pager_offset(0, 20) == 0 && pager_offset(-5, 20) == 0,
	    "page 1, and anything below it, starts at row 0");
	ok(pager_offset(3, 20) == 40, "page 3 of 20 a page starts at row 40");
	ok(pager_offset(2147483647, 1000) == 2147483646000LL, "a huge page does not overflow an int");

	pager("/procedures?q=abc", 95, 1, 20);
	is_str(get("Pager.Total"), "95", "the total");
	is_str(get("Pager.Pages"), "5", "95 items at 20 a page are 5 pages");
	is_str(get("Pager.From"), "1", "page 1 shows from 1");
	is_str(get("Pager.To"), "20", "to 20");
	is_str(get("Pager.Prev"), "(none)", "page 1 has no previous link");
	is_str(get("Pager.Next"), "/procedures?q=abc&page=2", "its next link adds &page=2");
	is_str(links(), "[1] 2 3 … 5", "links: the first, two after it, a gap, the last");

	pager("/procedures?q=abc", 95, 5, 20);
	is_str(get("Pager.From"), "81", "the last page shows from 81");
	is_str(get("Pager.To"), "95", "to the total, not 100");
	is_str(get("Pager.Prev"), "/procedures?q=abc&page=4", "its previous link");
	is_str(get("Pager.Next"), "(none)", "and no next one");

	pager("/dossiers", 1000, 10, 10);
	is_str(links(), "1 … 8 9 [10] 11 12 … 100", "gaps either side of a window of two");
	is_str(get("Pager.Links.0.Href"), "/dossiers", "page 1's link is the base itself");
	is_str(get("Pager.Links.2.Href"), "/dossiers?page=8", "?page= on a base without a query");
	is_str(get("Pager.Prev"), "/dossiers?page=9", "the previous page");

	pager("/dossiers", 1000, 4, 10);
	is_str(links(), "1 2 3 [4] 5 6 … 100", "no gap where the window meets page 1");

	pager("/x", 0, 1, 20);
	is_str(get("Pager.Pages"), "1", "an empty list is one page");
	is_str(get("Pager.From"), "0", "from 0");
	is_str(get("Pager.To"), "0", "to 0");
	is_str(links(), "", "and no links");
	is_str(get("Pager.Next"), "(none)", "nor a next one");

	pager("/x", 20, 1, 20);
	is_str(get("Pager.Pages"), "1", "exactly one page of items is one page");
	pager("/x", 21, 0, 20);
	is_str(get("Pager.Page"), "1", "a page below 1 is page 1");
	pager("/x", 21, 9, 20);
	is_str(get("Pager.From"), "161", "a page past the end shows from its offset");
	is_str(get("Pager.To"), "21", "to the total");
	is_str(get("Pager.Next"), "(none)", "with no next link");

	hdf_destroy(&req.hdf);
	return done_testing();
}
