/* prune: the rows cong-admin prune removes. */
#ifndef CONG_PRUNE_H
#define CONG_PRUNE_H

struct db;

/* Deletes what is no longer needed, in batches, and prints how much of each. Returns 0 or -1. */
int admin_prune(struct db *db);

#endif
