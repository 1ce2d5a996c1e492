/* vnpay: the VNPay 2.1.0 merchant protocol, both sides of it — the signed vnp_* parameter sets
 * of the payment URL, the return URL and the IPN callback, and the signed JSON of querydr. The
 * portal's payment provider (payprov_vnpay.c) and the sandbox gateway (cgi-bin/sandbox/) both use
 * it, so that what one signs the other verifies with the same code and the same bytes.
 * Names: the protocol's functions here are vnp_* (as its parameters are); the provider's, in
 * payprov_vnpay.c, are payprov_vnpay_*.
 *
 * Signing, as VNPay's published integration code does it: take the vnp_* parameters but
 * vnp_SecureHash and vnp_SecureHashType, sort them by name (byte order), form-encode each name and
 * value as PHP's urlencode() does (space as '+', every byte but A-Z a-z 0-9 - _ . as %XX in upper
 * case), join them as name=value with '&', and take the hex HMAC-SHA512 of that string under the
 * merchant's hash secret. Parameters with an empty value are left out of both the string and the
 * URL, as VNPay's Java code does (its PHP sample never sends empty ones, so the two agree on
 * everything either sends). The payment URL's query string is that same string, then
 * &vnp_SecureHash=<hex>. querydr signs the values of a fixed list of fields joined with '|'. */
#ifndef CONG_VNPAY_H
#define CONG_VNPAY_H

#include <stddef.h>

#include <jansson.h>

#include "buf.h"

#define VNP_VERSION "2.1.0"
#define VNP_HASH_HEX_SIZE 129	/* 128 hex digits of HMAC-SHA512 and a NUL */

/* One parameter; both strings owned by the set. */
struct vnp_param {
	char *name;
	char *value;
};

/* A set of vnp_* parameters in the order added. Zeroed (VNP_PARAMS_INIT) before use. */
struct vnp_params {
	struct vnp_param *items;
	size_t            n, cap;
};
#define VNP_PARAMS_INIT { NULL, 0, 0 }

/* Adds name=value (copied); a name already there has its value replaced. */
void vnp_params_set(struct vnp_params *p, const char *name, const char *value);
void vnp_params_setf(struct vnp_params *p, const char *name, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* The value of name, or NULL. */
const char *vnp_params_get(const struct vnp_params *p, const char *name);

void vnp_params_free(struct vnp_params *p);

/* Parses a query string as a browser or the gateway sends it (form-encoded, '&'-separated) and
 * keeps the parameters whose names start with "vnp_"; others are ignored, as VNPay's code does.
 * Returns 0, or -1 when the string is malformed (bad %-escape, a name twice, a NUL, or more than
 * 64 vnp_ parameters); then p holds what was read before. */
int vnp_params_parse(struct vnp_params *p, const char *query);

/* Appends s form-encoded the PHP urlencode() way to out. */
void vnp_urlencode(const char *s, struct buf *out);

/* Appends the string that is signed: the parameters but the two hash ones, sorted, encoded,
 * joined. */
void vnp_hash_data(const struct vnp_params *p, struct buf *out);

/* Hex (lower case) HMAC-SHA512 of len bytes at data under secret. Returns 0, or -1 (logged). */
int vnp_hmac_hex(const char *secret, const char *data, size_t len, char out[VNP_HASH_HEX_SIZE]);

/* Appends the signed query string: the hash data, then &vnp_SecureHash=<hex>. Returns 0 or -1. */
int vnp_signed_query(const struct vnp_params *p, const char *secret, struct buf *out);

/* 1 when p carries a vnp_SecureHash (hex, either case) that is the HMAC of its hash data under
 * secret, compared in constant time; 0 when it is missing or wrong. */
int vnp_verify(const struct vnp_params *p, const char *secret);

/* --- querydr (POST JSON to the gateway's merchant_webapi/api/transaction) ------------------- */

/* The fields whose values are joined with '|' and signed, in that order (NULL-terminated). */
extern const char *const vnp_querydr_request_fields[];
extern const char *const vnp_querydr_response_fields[];

/* Sets obj's "vnp_SecureHash" to the HMAC of the values of fields (each a JSON string or integer;
 * a missing one counts as "") joined with '|'. Returns 0 or -1. */
int vnp_json_sign(json_t *obj, const char *const *fields, const char *secret);

/* 1 when obj's "vnp_SecureHash" is right for those fields under secret, else 0. */
int vnp_json_verify(json_t *obj, const char *const *fields, const char *secret);

/* A JSON member as text ("" when missing or neither a string nor an integer). An integer is
 * replaced in obj by its decimal text, once: the result points into obj and lives as long as the
 * member does, whatever is read after it. */
const char *vnp_json_str(json_t *obj, const char *name);

/* The date the protocol writes, yyyyMMddHHmmss in Vietnam's time (GMT+7, no daylight saving), of
 * the Unix time t, into out[15]. */
void vnp_date(long long t, char out[15]);

/* The Unix time of a yyyyMMddHHmmss GMT+7 date, or -1 when it is not one. */
long long vnp_date_parse(const char *s);

/* --- Codes ---------------------------------------------------------------------------------- */

/* The Vietnamese meaning of a vnp_ResponseCode of a payment ("24": the customer cancelled), for
 * the pages that tell a payer what happened; a generic text for codes the table lacks. */
const char *vnp_response_text(const char *code);

#endif
