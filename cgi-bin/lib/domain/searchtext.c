/* searchtext: the folded text a procedure is found by. */
#include "searchtext.h"

#include <string.h>

#include "abbrev.h"
#include "fold.h"

void
searchtext_build(const char *name, const char *code, const char *field, const char *agency,
    struct buf *out)
{
	struct buf all = BUF_INIT;
	size_t start = out->len;

	buf_printf(&all, "%s %s %s %s", name ? name : "", code ? code : "", field ? field : "",
	    agency ? agency : "");
	fold_words(all.data, all.len, out);
	/* "thẻ BHYT" must be found by "the bao hiem y te", and the other way round. */
	buf_reset(&all);
	abbrev_expand(out->data ? out->data + start : "", &all);
	buf_append(out, buf_str(&all), all.len);
	buf_free(&all);
}
