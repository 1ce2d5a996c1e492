/* sandbox: the VNPay sandbox gateway's pages and what they share — the merchants of the
 * configuration, a transaction's row, and the signed result parameters of a decided payment. */
#ifndef CONG_SANDBOX_H
#define CONG_SANDBOX_H

#include <ClearSilver.h>

#include "db.h"
#include "req.h"
#include "vnpay.h"

/* A merchant of the configuration (Sandbox.Merchants.<TmnCode>.*); strings owned by conf. */
struct sbx_merchant {
	const char *code;
	const char *secret;
	const char *ipn_url;
	const char *name;
};

/* Finds the merchant whose TmnCode is code, walking the configuration (a code from a request is
 * never made into an HDF name). Returns 1 found, 0 not. */
int sbx_merchant_find(HDF *conf, const char *code, struct sbx_merchant *out);

/* The columns of SBX_TXN_COLUMNS, in order. */
enum sbx_col {
	SBX_ID, SBX_TOKEN, SBX_TMN, SBX_REF, SBX_AMOUNT, SBX_ORDER_INFO, SBX_CREATE_DATE,
	SBX_EXPIRE_DATE, SBX_EXPIRES_AT, SBX_RETURN_URL, SBX_STATE, SBX_RESPONSE, SBX_TXN_NO,
	SBX_BANK, SBX_BANK_TRAN_NO, SBX_CARD, SBX_PAY_DATE, SBX_FAULT,
	SBX_COL__MAX
};
#define SBX_TXN_COLUMNS "id, token, tmn_code, txn_ref, amount, order_info, create_date, " \
	"expire_date, expires_at, return_url, state, response_code, transaction_no, bank_code, " \
	"bank_tran_no, card_type, pay_date, fault"

/* Loads a transaction by its page token. Returns 1 (*out is one row; free it), 0 none, -1 error. */
int sbx_txn_by_token(struct db *db, const char *token, struct db_result **out);

/* The vnp_TransactionStatus of a state: 00 paid, 01 pending, 02 cancelled or expired. */
const char *sbx_txn_status(const char *state);

/* Adds the result parameters of a decided transaction (row 0 of txn) to p: the set the return
 * URL and the IPN carry, but vnp_SecureHash. */
void sbx_result_params(const struct db_result *txn, struct vnp_params *p);

/* Lets the forms of this answer lead, by a redirect after their POST, to the origin of url (the
 * merchant's return URL), as the Content-Security-Policy's form-action says. */
void sbx_form_target(struct req *req, const char *url);

/* Shows the payment page of a pending transaction, or the outcome of a decided one; sets the
 * template and returns status. Returns 500/503 when the merchant or the data cannot be had. */
int sbx_show(struct req *req, const struct db_result *txn, int status);

/* An error page of the gateway's own, with VNPay's error code and a Vietnamese detail; returns
 * status. */
int sbx_refuse(struct req *req, int status, const char *code, const char *title,
    const char *detail);

/* Pages. */
int sbx_pay(struct req *req);		/* GET  /paymentv2/vpcpay.html?vnp_... */
int sbx_view(struct req *req);		/* GET  /paymentv2/vpcpay.html/{token} */
int sbx_decide(struct req *req);	/* POST /paymentv2/vpcpay.html/{token} */
int sbx_querydr(struct req *req);	/* POST /merchant_webapi/api/transaction */
int sbx_health(struct req *req);	/* GET  /health */
int sbx_style(struct req *req);		/* GET  /sandbox.css */

extern const char *const sbx_banks[];
extern const char *const sbx_faults[];

#endif
