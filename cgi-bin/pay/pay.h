/* pay: paying online — a dossier's fee, an electricity bill, a traffic fine — through the payment
 * gateway (payprov.h): starting an order and sending the payer to the gateway, the gateway's
 * callback (the only proof of payment), the payer's return, the payer's orders and receipts. */
#ifndef CONG_PAY_H
#define CONG_PAY_H

#include "req.h"

int pay_home(struct req *req);		/* lookup.c: GET /pay */
int pay_electricity(struct req *req);	/* lookup.c: GET /pay/electricity */
int pay_fines(struct req *req);		/* lookup.c: GET /pay/fines */
int pay_start_dossier(struct req *req);	/* start.c: POST /pay/dossiers/{code} */
int pay_start_bill(struct req *req);	/* start.c: POST /pay/bills/{id} */
int pay_start_fine(struct req *req);	/* start.c: POST /pay/fines/{id} */
int pay_ipn(struct req *req);		/* callback.c: GET /pay/ipn */
int pay_return(struct req *req);	/* callback.c: GET /pay/return */
int pay_orders(struct req *req);	/* orders.c: GET /pay/orders */
int pay_order(struct req *req);		/* orders.c: GET /pay/orders/{ref} */

/* The remote address nginx saw (never a header the client wrote). */
const char *pay_remote_addr(const struct req *req);

#endif
