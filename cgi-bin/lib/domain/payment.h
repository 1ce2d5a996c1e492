/* payment: the portal's side of a payment that every program shares — settling an order from
 * what the gateway said (the callback endpoint and the reconciliation job both come here, so an
 * order is settled and its bill, fine or fee credited exactly once however many messages race),
 * expiring orders the gateway never saw, and the log of every message exchanged. */
#ifndef CONG_PAYMENT_H
#define CONG_PAYMENT_H

#include "payprov.h"

struct db;

/* Settles the order named by a verified outcome, in one transaction that locks the order's row:
 * the checks in the protocol's order (order exists, amount matches, not settled already), then
 * the order paid or failed, and, when paid, its thing credited unless another order credited it
 * first (then the order is marked refund_due). by: "ipn" or "querydr". The message that told it
 * (body as received, from remote_addr) is logged with the verdict in the same transaction; body
 * NULL: the caller logged it already.
 * An OPEN or UNKNOWN outcome settles nothing (PAY_ALREADY is not returned for it: see
 * payment_expire). Returns the verdict; *order_id is set when the order was found (else 0). */
enum pay_verdict payment_settle(struct db *db, const struct pay_outcome *outcome, const char *by,
    const char *kind, const char *body, const char *remote_addr, long long *order_id);

/* Marks an open order expired (the gateway does not know it and its time is up). Returns 1 when
 * it changed, 0 when the order was no longer open, -1 on a database error. */
int payment_expire(struct db *db, long long order_id);

/* Logs one message to or from the gateway (outside any transaction of the caller's: a refused
 * message is kept even though nothing else is written). order_id 0: none. Returns 0 or -1. */
int payment_log(struct db *db, long long order_id, const char *txn_ref, const char *direction,
    const char *kind, const char *body, const char *verdict, const char *remote_addr);

/* The verdict as the log's verdict column says it: "00 confirmed", "97 bad signature"... */
const char *payment_verdict_name(enum pay_verdict verdict);

#endif
