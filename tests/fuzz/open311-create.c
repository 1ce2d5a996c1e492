/* open311-create: the Open311 create page compiled into fuzz-open311, for its static coordinate
 * parser (a page file of its own: its sqls[] would clash with those of requests.c). The page file
 * includes config.h. */
#include "../../cgi-bin/open311/create.c"

int fuzz_o311_coordinate(const char *s, double limit, char out[16]);

/* Returns what o311_coordinate() returns for s and limit, with out filled as it fills it. */
int
fuzz_o311_coordinate(const char *s, double limit, char out[16])
{
	return o311_coordinate(s, limit, out);
}
