/* pay.fcgi: the payment family's page table and entry point. */
#include "config.h"

#include "app.h"
#include "pay.h"

static const struct field_rule page_fields[] = {
	FIELD_RULE("page", "Trang", FIELD_UINT, 1, 500, NULL),
	FIELD_END
};

/* What people type: looked up as it is; anything that matches nothing is "not found". */
static const struct field_rule electricity_fields[] = {
	FIELD_RULE("customer", "Mã khách hàng", FIELD_TEXT, 0, 40, NULL),
	FIELD_END
};

static const struct field_rule fines_fields[] = {
	FIELD_RULE("q", "Biển số hoặc số biên bản", FIELD_TEXT, 0, 60, NULL),
	FIELD_END
};

static const char *const yes[] = { "1", NULL };

static const struct field_rule order_fields[] = {
	FIELD_RULE("returned", "Vừa thanh toán", FIELD_ENUM, 0, 0, yes),
	FIELD_RULE("code", "Mã phản hồi", FIELD_CODE, 0, 4, NULL),
	FIELD_END
};

/* The gateway's parameters are read from the raw query string by the provider, not as fields. */
static const struct page pay_pages[] = {
	{ REQ_GET,  "/pay",                   pay_home,          NULL,               PAGE_LOGIN, NULL },
	{ REQ_GET,  "/pay/electricity",       pay_electricity,   electricity_fields, PAGE_LOGIN, NULL },
	{ REQ_GET,  "/pay/fines",             pay_fines,         fines_fields,       PAGE_LOGIN, NULL },
	{ REQ_POST, "/pay/dossiers/{code}",   pay_start_dossier, NULL,               PAGE_LOGIN, NULL },
	{ REQ_POST, "/pay/bills/{id}",        pay_start_bill,    NULL,               PAGE_LOGIN, NULL },
	{ REQ_POST, "/pay/fines/{id}",        pay_start_fine,    NULL,               PAGE_LOGIN, NULL },
	{ REQ_GET,  "/pay/ipn",               pay_ipn,           NULL,               0, NULL },
	{ REQ_GET,  "/pay/return",            pay_return,        NULL,               0, NULL },
	{ REQ_GET,  "/pay/orders",            pay_orders,        page_fields,        PAGE_LOGIN, NULL },
	{ REQ_GET,  "/pay/orders/{ref}",      pay_order,         order_fields,       PAGE_LOGIN, NULL },
};

static const struct family pay_family = {
	.name = "pay",
	FAMILY_PAGES(pay_pages),
};

int
main(int argc, char **argv)
{
	return app_main(argc, argv, &pay_family);
}
