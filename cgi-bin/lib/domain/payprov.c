/* payprov: the table of payment-gateway providers. */
#include "config.h"

#include "payprov.h"

#include <string.h>

#include "conf.h"

static const struct pay_provider *const providers[] = { &payprov_vnpay };

const struct pay_provider *
payprov_get(HDF *conf)
{
	const char *name = conf_str(conf, "Pay.Provider", "vnpay");
	size_t i;

	for (i = 0; i < sizeof(providers) / sizeof(providers[0]); i++)
		if (strcmp(providers[i]->name, name) == 0)
			return providers[i];
	return NULL;
}
