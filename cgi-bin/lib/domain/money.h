/* money: amounts of đồng as people read them — in figures with dots between thousands ("115.000")
 * and in Vietnamese words, as a receipt states them ("Một trăm mười lăm nghìn đồng"). Amounts are
 * whole đồng in an integer, never a float. */
#ifndef CONG_MONEY_H
#define CONG_MONEY_H

#include "buf.h"

/* Appends n with a dot between each group of three digits: 1150000 → "1.150.000". */
void money_figures(unsigned long long n, struct buf *out);

/* Appends n in words, the first letter upper case, ending in " đồng": 1005 → "Một nghìn không
 * trăm linh năm đồng". A group after a higher one is read in full ("không trăm", "linh"), as
 * accountants write it, so that nobody can read the words as another amount. */
void money_words(unsigned long long n, struct buf *out);

#endif
