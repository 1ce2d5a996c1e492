/* payprov: the payment-gateway provider interface. The pay pages, the callback endpoint and the
 * reconciliation job speak to a gateway only through it, so a second gateway is one more file
 * (payprov_<name>.c and a line in payprov.c) and no change to any page. VNPay is the first. */
#ifndef CONG_PAYPROV_H
#define CONG_PAYPROV_H

#include <ClearSilver.h>

#include "buf.h"

/* What a provider needs to know of an order. */
struct pay_order_ref {
	const char *txn_ref;		/* unique, letters and digits */
	long long   amount;		/* whole đồng */
	const char *description;	/* what for, in Vietnamese (a provider may strip marks) */
	const char *create_date;	/* yyyyMMddHHmmss GMT+7, fixed when the order is made */
	long long   expires;		/* Unix time after which the gateway must refuse it */
	const char *payer_ip;
	const char *order_type;		/* the gateway's category: "billpayment", "fashion"... */
};

enum pay_state {
	PAY_STATE_PAID,		/* the money was taken */
	PAY_STATE_FAILED,	/* declined or cancelled: final */
	PAY_STATE_OPEN,		/* the gateway has it, unfinished */
	PAY_STATE_UNKNOWN,	/* the gateway does not know the reference */
};

/* What the gateway said of a payment, from a message whose signature was verified. */
struct pay_outcome {
	char            txn_ref[101];
	long long       amount;		/* đồng; -1 when the gateway's amount was not whole đồng */
	enum pay_state  state;
	char            response_code[5];
	char            gateway_txn_no[33];
	char            bank_code[21];
	char            card_type[21];
	char            pay_date[15];
};

/* How the portal answers a callback (and what it decided). */
enum pay_verdict {
	PAY_CONFIRMED,		/* recorded now */
	PAY_UNKNOWN_ORDER,	/* no such reference */
	PAY_ALREADY,		/* the order was settled already: nothing changed */
	PAY_BAD_AMOUNT,		/* the amount is not the order's: nothing changed */
	PAY_BAD_SIGNATURE,	/* forged or damaged: nothing changed */
	PAY_FAILURE,		/* our fault (database): the gateway should try again */
};

struct pay_provider {
	const char *name;
	/* Appends the address the payer's browser is sent to. Returns 0 or -1. */
	int (*pay_url)(HDF *conf, const struct pay_order_ref *order, struct buf *url);
	/* Reads the query string of a callback or of the payer's return. Returns 1 and fills out
	 * when the signature is right, 0 when it is not (out->txn_ref then holds the reference it
	 * claims, for the log), -1 when the query is malformed. */
	int (*read_callback)(HDF *conf, const char *query, struct pay_outcome *out);
	/* The body (JSON) answering a callback with this verdict. */
	const char *(*callback_answer)(enum pay_verdict verdict);
	/* Asks the gateway, server to server, what became of an order. Returns 0 with out filled
	 * (state UNKNOWN when the gateway does not know it), or -1 when the gateway could not be
	 * reached or its answer was not signed right (logged). What was sent and what came back are
	 * appended to sent and answer for the message log, whatever the outcome. */
	int (*query)(HDF *conf, const struct pay_order_ref *order, struct pay_outcome *out,
	    struct buf *sent, struct buf *answer);
	/* What the gateway's result code of a payment means, in Vietnamese, for the payer. */
	const char *(*response_text)(const char *code);
};

/* The provider configured as Pay.Provider (default "vnpay"), or NULL when unknown. */
const struct pay_provider *payprov_get(HDF *conf);

extern const struct pay_provider payprov_vnpay;

#endif
