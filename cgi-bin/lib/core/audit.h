/* audit: the append-only log of security events (logins, failures, lockouts, password and role
 * changes…). Each row carries the SHA-256 of the row before it, so changing or removing any row
 * breaks the chain, which audit_verify finds. */
#ifndef CONG_AUDIT_H
#define CONG_AUDIT_H

struct db;

/* Appends an event, inside the caller's transaction if one is open (so the event and the change it
 * records commit together), else in one of its own. user_id and actor_id are 0 when none.
 * Returns 0, or -1 after logging. */
int audit_log(struct db *db, const char *event, long long user_id, long long actor_id,
    const char *client_ip, const char *detail);

/* Walks the whole chain. Returns the number of rows checked when it is whole, or -1 after
 * printing to stderr the first row where it breaks (or a database error). */
long long audit_verify(struct db *db);

#endif
