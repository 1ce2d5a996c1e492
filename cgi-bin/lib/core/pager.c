/* pager: the numbers and links of a paginated list. */
#include "pager.h"

#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "fmt.h"

long long
pager_offset(int page, int per_page)
{
	return page > 1 ? (long long)(page - 1) * per_page : 0;
}

/* Appends the link to page n of base. */
static void
pager_href(const char *base, int n, struct buf *out)
{
	buf_reset(out);
	if (n <= 1) {
		buf_puts(out, base);
		return;
	}
	buf_printf(out, "%s%cpage=%d", base, strchr(base, '?') ? '&' : '?', n);
}

int
pager_set(struct req *req, const char *base, long long total, int page, int per_page)
{
	struct buf href = BUF_INIT;
	char name[64];
	long long pages = total > 0 ? (total + per_page - 1) / per_page : 1;
	int i, k = 0, last_shown = 0, rc = -1;

	if (page < 1)
		page = 1;
	req_set_int(req, "Pager.Total", total);
	req_set_int(req, "Pager.Page", page);
	req_set_int(req, "Pager.Pages", pages);
	req_set_int(req, "Pager.From", total ? pager_offset(page, per_page) + 1 : 0);
	req_set_int(req, "Pager.To", pager_offset(page, per_page) + per_page < total
	    ? pager_offset(page, per_page) + per_page : total);
	if (page > 1) {
		pager_href(base, page - 1, &href);
		req_set(req, "Pager.Prev", buf_str(&href));
	}
	if (page < pages) {
		pager_href(base, page + 1, &href);
		req_set(req, "Pager.Next", buf_str(&href));
	}
	/* First, last, and two either side of the current page; gaps marked. */
	for (i = 1; i <= pages && pages > 1; i++) {
		if (i != 1 && i != pages && (i < page - 2 || i > page + 2))
			continue;
		if (last_shown && i > last_shown + 1) {
			if (fmt_into(name, sizeof(name), "Pager.Links.%d.Gap", k++) == -1 ||
			    req_set(req, name, "1") == -1)
				goto out;
		}
		pager_href(base, i, &href);
		if (fmt_into(name, sizeof(name), "Pager.Links.%d.Num", k) == -1 ||
		    req_set_int(req, name, i) == -1 ||
		    fmt_into(name, sizeof(name), "Pager.Links.%d.Href", k) == -1 ||
		    req_set(req, name, buf_str(&href)) == -1)
			goto out;
		if (i == page && (fmt_into(name, sizeof(name), "Pager.Links.%d.Current", k) == -1 ||
		    req_set(req, name, "1") == -1))
			goto out;
		k++;
		last_shown = i;
	}
	rc = 0;
out:
	buf_free(&href);
	return rc;
}
