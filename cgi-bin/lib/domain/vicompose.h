/* vicompose: Vietnamese letters typed as a base letter and combining marks ("ê" as e + U+0302,
 * as some keyboards such as Unikey's "tổ hợp" mode send them) put back together into the one
 * precomposed letter, so the same word typed on two devices is the same bytes. */
#ifndef CONG_VICOMPOSE_H
#define CONG_VICOMPOSE_H

#include <stddef.h>

#include "buf.h"

/* Appends to out the n bytes at s with every Vietnamese letter precomposed, whatever the order
 * of its marks and whether it came half composed ("â" + U+0301 is "ấ"). Everything else, invalid
 * bytes included, is copied as it is. */
void vi_compose(const char *s, size_t n, struct buf *out);

#endif
