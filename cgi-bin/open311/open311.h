/* open311: the Open311 GeoReport v2 API over feedback and complaints (/open311/v2/): discovery,
 * services and their definitions, service requests made with an API key and read by anyone (only
 * what the public may see), tokens. Every answer, errors too, is JSON or XML as the path's
 * extension asks. */
#ifndef CONG_OPEN311_H
#define CONG_OPEN311_H

#include <stddef.h>

#include <jansson.h>

#include "buf.h"
#include "req.h"

/* The date of this implementation's last change of the API, in discovery. */
#define O311_CHANGESET "2026-11-23T00:00:00+07:00"

/* Requests a key may make in an hour, and one client address (however many keys it has). */
#define O311_KEY_PER_HOUR  60
#define O311_ADDR_PER_HOUR 120

/* Rows in one answer of GET requests, and the days it spans when no dates are given (and at
 * most when they are), as the specification says. */
#define O311_PAGE_MAX   200
#define O311_SPAN_DAYS  90

/* How many ids one GET requests?service_request_id=… may list. */
#define O311_IDS_MAX    50

enum o311_format { O311_XML, O311_JSON };

int o311_discovery(struct req *req);	/* services.c: GET discovery.{fmt} */
int o311_services(struct req *req);	/* services.c: GET services.{fmt} */
int o311_service(struct req *req);	/* services.c: GET services/{code}.{fmt} */
int o311_create(struct req *req);	/* create.c: POST requests.{fmt} */
int o311_requests(struct req *req);	/* requests.c: GET requests.{fmt} */
int o311_request(struct req *req);	/* requests.c: GET requests/{id}.{fmt} */
int o311_token(struct req *req);	/* requests.c: GET tokens/{token}.{fmt} */
int o311_unknown(struct req *req);	/* format.c: any other GET under /open311/v2/ */

/* format.c: the answer ------------------------------------------------------------------------ */

/* The format of an extension without its dot ("json", "xml"). Returns 0, or -1 for any other
 * (*fmt is then XML, the specification's required format, for the error). */
int o311_ext(const char *ext, enum o311_format *fmt);

/* Splits a path segment "name.json" at its last dot: *fmt is the format, and the name (without
 * the extension) is written into name (size namesz). Returns 0, or -1 when there is no known
 * extension or the name does not fit (*fmt is then XML, the specification's required format, for
 * the error). */
int o311_split(const char *segment, char *name, size_t namesz, enum o311_format *fmt);

/* Answers status with value, in fmt: JSON as it is; XML with root as the root element, lists'
 * items named for their list (services/service, service_requests/request, attributes/attribute,
 * …). A GET's answer may be read by a page of any origin (Access-Control-Allow-Origin: *): it
 * is public and sent without cookies. Takes the reference to value. Returns status. */
int o311_answer(struct req *req, enum o311_format fmt, int status, const char *root,
    json_t *value);

/* Answers status with the specification's error list of one error: [{"code":…,"description":…}]
 * or <errors><error>…</error></errors>. description is English, for the client's developer.
 * Returns status. */
int o311_error(struct req *req, enum o311_format fmt, int status, const char *fmt_desc, ...)
    __attribute__((format(printf, 4, 5)));

/* A JSON string of text that may not be valid UTF-8 (cleaned: bad bytes become U+FFFD); "" for
 * NULL. Never NULL. */
json_t *o311_str(const char *text);

/* Appends to out the XML character data of the n bytes at s: & < > " ' escaped, and every
 * character XML 1.0 does not allow (controls but tab and newlines, U+FFFE, U+FFFF, bad UTF-8)
 * left out. */
void o311_xml_text(const char *s, size_t n, struct buf *out);

/* params.c: form-encoded parameters ------------------------------------------------------------ */

struct o311_param {
	char  *name;
	char  *value;
};

struct o311_params {
	struct o311_param  *items;
	size_t              n;
};

/* Parses the len bytes at s ("a=1&b=%C3%A1+c"), percent- and '+'-decoded, into params, which the
 * caller frees with o311_params_free whatever the result. Returns 0, or -1 when it is not form
 * encoding, a name or value is not UTF-8, or a name is given twice; *bad then names the
 * parameter ("" when it cannot be named), a pointer into params. */
int o311_params_parse(const char *s, size_t len, struct o311_params *params, const char **bad);
void o311_params_free(struct o311_params *params);

/* The value of name, or NULL when absent. An empty value counts as absent. */
const char *o311_param(const struct o311_params *params, const char *name);

/* Writes into out the text raw cleaned for storing (utf8_clean: controls dropped, newlines kept
 * only with newlines) and trimmed; "" for NULL. Returns 0, or -1 when it has more than max
 * characters. */
int o311_clean(const char *raw, int newlines, size_t max, struct buf *out);

/* keys.c: API keys ----------------------------------------------------------------------------- */

/* Looks up an API key as the client sent it. Returns its id (> 0), 0 when it is unknown or
 * malformed, -2 when it is disabled, -1 on a database error (logged). */
long long o311_key_check(struct req *req, const char *api_key);

/* Locks the key's row (in the caller's transaction: posts of one key are counted one at a time)
 * and counts the submissions of the last hour made with it and from the address. Returns 0 when
 * both are under their limits, 1 when one is reached, -1 on a database error. */
int o311_key_rate(struct req *req, long long key_id, const char *addr);

#endif
