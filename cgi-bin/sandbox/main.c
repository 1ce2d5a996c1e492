/* sandbox.fcgi: the VNPay sandbox gateway's page table and entry point. It plays VNPay's side of
 * the 2.1.0 merchant protocol on loopback, for development and tests: no real money moves. */
#include "config.h"

#include "app.h"
#include "sandbox.h"

/* The banks the payment page offers (VNPay's bank codes). */
const char *const sbx_banks[] = { "NCB", "VIETCOMBANK", "VIETINBANK", "BIDV", "AGRIBANK",
    "TECHCOMBANK", "MBBANK", "SACOMBANK", NULL };

/* What the tester can make go wrong after the decision (README of the sandbox in templates). */
const char *const sbx_faults[] = { "none", "delay", "duplicate", "lost", "early", "badsig",
    "amount", "stale", NULL };

static const char *const actions[] = { "pay", "cancel", NULL };

static const struct field_rule decide_fields[] = {
	FIELD_RULE("action", "Thao tác",         FIELD_ENUM, 0, 0, actions),
	FIELD_RULE("bank",   "Ngân hàng",        FIELD_ENUM, 0, 0, sbx_banks),
	FIELD_RULE("fault",  "Chế độ kiểm thử",  FIELD_ENUM, 0, 0, sbx_faults),
	FIELD_END
};

/* The payment URL's vnp_* parameters are not fields: the handler reads the query string as it
 * was signed (vnpay.h), byte for byte. */
static const struct page sandbox_pages[] = {
	{ REQ_GET,  "/paymentv2/vpcpay.html",         sbx_pay,     NULL,          PAGE_FORM, NULL },
	{ REQ_GET,  "/paymentv2/vpcpay.html/{token}", sbx_view,    NULL,          PAGE_FORM, NULL },
	{ REQ_POST, "/paymentv2/vpcpay.html/{token}", sbx_decide,  decide_fields, PAGE_FORM, NULL },
	{ REQ_POST, "/merchant_webapi/api/transaction", sbx_querydr, NULL,
	    PAGE_RAW_BODY | PAGE_NO_CSRF, NULL },
	{ REQ_GET,  "/health",                        sbx_health,  NULL,          0, NULL },
	{ REQ_GET,  "/sandbox.css",                   sbx_style,   NULL,          0, NULL },
};

static const struct family sandbox_family = {
	.name = "sandbox",
	FAMILY_PAGES(sandbox_pages),
	.no_sessions = 1,
};

int
main(int argc, char **argv)
{
	return app_main(argc, argv, &sandbox_family);
}
