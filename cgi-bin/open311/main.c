/* open311.fcgi: the Open311 GeoReport v2 API's page table and entry point. Its input is read by
 * the handlers (params.c), not by field rules: a bad parameter must be answered in the
 * specification's error format, JSON or XML, not with the portal's error page. */
#include "config.h"

#include "app.h"
#include "open311.h"

/* {x}.{fmt} cannot be one pattern (a {x} takes the whole segment): a segment with a variable
 * name is split by its handler (o311_split). No sessions, no CSRF: clients are other servers and
 * apps, and a POST is authorised by its api_key. */
static const struct page o311_pages[] = {
	{ REQ_GET,  "/open311/v2/discovery.{fmt}",  o311_discovery, NULL, 0, NULL },
	{ REQ_GET,  "/open311/v2/services.{fmt}",   o311_services,  NULL, 0, NULL },
	{ REQ_GET,  "/open311/v2/services/{code}",  o311_service,   NULL, 0, NULL },
	{ REQ_GET,  "/open311/v2/requests.{fmt}",   o311_requests,  NULL, 0, NULL },
	{ REQ_POST, "/open311/v2/requests.{fmt}",   o311_create,    NULL,
	    PAGE_NO_CSRF | PAGE_RAW_BODY, NULL },
	{ REQ_GET,  "/open311/v2/requests/{id}",    o311_request,   NULL, 0, NULL },
	{ REQ_GET,  "/open311/v2/tokens/{token}",   o311_token,     NULL, 0, NULL },
	/* Anything else read under the API: 404 in its format. */
	{ REQ_GET,  "/open311/v2/{any}",            o311_unknown,   NULL, 0, NULL },
	{ REQ_GET,  "/open311/v2/{any}/{more}",     o311_unknown,   NULL, 0, NULL },
	{ REQ_GET,  "/open311/{any}",               o311_unknown,   NULL, 0, NULL },
};

static const struct family o311_family = {
	.name = "open311",
	FAMILY_PAGES(o311_pages),
	.no_sessions = 1,
};

int
main(int argc, char **argv)
{
	return app_main(argc, argv, &o311_family);
}
