/* pager: the numbers and links of a paginated list, for the shared pager macro of the templates. */
#ifndef CONG_PAGER_H
#define CONG_PAGER_H

#include "req.h"

/* Sets Pager.* for a list of `total` items shown `per_page` at a time, page `page` (from 1):
 * Pager.Total, Pager.Page, Pager.Pages, Pager.From, Pager.To, Pager.Prev and Pager.Next (links),
 * and Pager.Links.N.{Num,Href,Current,Gap} for a window of pages around the current one.
 * `base` is the path and query without the page ("/procedures?q=abc"). Returns 0 or -1. */
int pager_set(struct req *req, const char *base, long long total, int page, int per_page);

/* The offset of the first row of page (from 1). */
long long pager_offset(int page, int per_page);

#endif
