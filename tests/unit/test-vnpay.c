/* Unit tests of vnpay: if these broke, the gateway would refuse the portal's payment links, or the
 * portal would take a forged callback for a payment. The expected strings are VNPay's published
 * example payment URL (its integration guide for 2.1.0) and HMACs computed by `openssl dgst
 * -sha512 -hmac`, an implementation independent of ours. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "vnpay.h"
#include "tap.h"

#define SECRET "CONGTESTSECRETKEY0123456789ABCDE"

/* The published example's query string, without its vnp_SecureHash. */
static const char published[] =
    "vnp_Amount=1806000&vnp_Command=pay&vnp_CreateDate=20210801153333&vnp_CurrCode=VND"
    "&vnp_IpAddr=127.0.0.1&vnp_Locale=vn&vnp_OrderInfo=Thanh+toan+don+hang+%3A5"
    "&vnp_OrderType=other&vnp_ReturnUrl=https%3A%2F%2Fdomainmerchant.vn%2FReturnUrl"
    "&vnp_TmnCode=DEMOV210&vnp_TxnRef=5&vnp_Version=2.1.0";
static const char published_hmac[] =
    "a08ebbcf75406f3e906e4c70eda98d53bacfd1df8b61faf7657ff95b23b6244267a7e639f25138f801a7e15f25"
    "609b01e69378c889163b91bb8143434e8ba7ca";

static void
test_payment_url(void)
{
	struct vnp_params p = VNP_PARAMS_INIT;
	struct buf data = BUF_INIT, query = BUF_INIT;
	char hash[VNP_HASH_HEX_SIZE];

	/* Added out of order, as a merchant's code would: signing sorts them. */
	vnp_params_set(&p, "vnp_Version", "2.1.0");
	vnp_params_set(&p, "vnp_TxnRef", "5");
	vnp_params_set(&p, "vnp_TmnCode", "DEMOV210");
	vnp_params_set(&p, "vnp_ReturnUrl", "https://domainmerchant.vn/ReturnUrl");
	vnp_params_set(&p, "vnp_OrderType", "other");
	vnp_params_set(&p, "vnp_OrderInfo", "Thanh toan don hang :5");
	vnp_params_set(&p, "vnp_Locale", "vn");
	vnp_params_set(&p, "vnp_IpAddr", "127.0.0.1");
	vnp_params_set(&p, "vnp_CurrCode", "VND");
	vnp_params_setf(&p, "vnp_Amount", "%lld", 18060LL * 100);
	vnp_params_set(&p, "vnp_Command", "pay");
	vnp_params_set(&p, "vnp_CreateDate", "20210801153333");
	vnp_params_set(&p, "vnp_BankCode", "");	/* empty: left out, as VNPay's code does */
	vnp_hash_data(&p, &data);
	is_str(buf_str(&data), published, "the signed string is the published example, byte for byte");
	ok(vnp_hmac_hex(SECRET, data.data, data.len, hash) == 0, "HMAC-SHA512 computed");
	is_str(hash, published_hmac, "the HMAC is the one openssl computes");
	ok(vnp_signed_query(&p, SECRET, &query) == 0, "signed query built");
	ok(strncmp(buf_str(&query), published, sizeof(published) - 1) == 0 &&
	    strcmp(buf_str(&query) + sizeof(published) - 1,
	        "&vnp_SecureHash=a08ebbcf75406f3e906e4c70eda98d53bacfd1df8b61faf7657ff95b23b6244267a7e"
	        "639f25138f801a7e15f25609b01e69378c889163b91bb8143434e8ba7ca") == 0,
	    "the payment URL's query is the string, then its vnp_SecureHash");
	vnp_params_free(&p);
	buf_free(&data);
	buf_free(&query);
}

static void
test_callback(void)
{
	struct vnp_params p = VNP_PARAMS_INIT, q = VNP_PARAMS_INIT;
	struct buf query = BUF_INIT, tampered = BUF_INIT, upper = BUF_INIT;
	char *at;

	/* What the gateway sends back, parsed as the IPN handler parses it. */
	vnp_params_set(&p, "vnp_Amount", "11500000");
	vnp_params_set(&p, "vnp_OrderInfo", "Lệ phí hồ sơ H26.CA-261123-000001");
	vnp_params_set(&p, "vnp_ResponseCode", "00");
	vnp_params_set(&p, "vnp_TmnCode", "CONGDEMO");
	vnp_params_set(&p, "vnp_TxnRef", "P2611230000001");
	vnp_signed_query(&p, SECRET, &query);
	buf_puts(&query, "&utm_source=mail");	/* not vnp_: ignored, as VNPay's code does */
	ok(vnp_params_parse(&q, buf_str(&query)) == 0, "a callback's query parses");
	is_str(vnp_params_get(&q, "vnp_OrderInfo"), "Lệ phí hồ sơ H26.CA-261123-000001",
	    "UTF-8 values survive the round trip");
	ok(vnp_params_get(&q, "utm_source") == NULL, "other parameters are not kept");
	ok(vnp_verify(&q, SECRET) == 1, "the signature verifies");
	ok(vnp_verify(&q, "another-secret") == 0, "under another secret it does not");
	vnp_params_free(&q);

	buf_puts(&tampered, buf_str(&query));
	at = strstr(tampered.data, "vnp_Amount=11500000");
	at[strlen("vnp_Amount=1")] = '2';	/* 12500000: the amount changed after signing */
	ok(vnp_params_parse(&q, buf_str(&tampered)) == 0 && vnp_verify(&q, SECRET) == 0,
	    "an altered amount breaks the signature");
	vnp_params_free(&q);

	/* The hash in upper case (some gateways' libraries write it so) still verifies. */
	buf_puts(&upper, buf_str(&query));
	for (at = strstr(upper.data, "vnp_SecureHash=") + 15; *at && *at != '&'; at++)
		if (*at >= 'a' && *at <= 'f')
			*at = (char)(*at - 'a' + 'A');
	ok(vnp_params_parse(&q, buf_str(&upper)) == 0 && vnp_verify(&q, SECRET) == 1,
	    "an upper-case hash verifies");
	vnp_params_free(&q);

	ok(vnp_params_parse(&q, "vnp_Amount=1&vnp_Amount=2") == -1, "a parameter twice is refused");
	vnp_params_free(&q);
	ok(vnp_params_parse(&q, "vnp_TxnRef=%4") == -1, "a cut escape is refused");
	vnp_params_free(&q);
	ok(vnp_params_parse(&q, "vnp_TxnRef=a%00b") == -1, "a NUL is refused");
	vnp_params_free(&q);
	ok(vnp_params_parse(&q, "vnp_TxnRef=1") == 0 && vnp_verify(&q, SECRET) == 0,
	    "no hash: not verified");
	vnp_params_free(&q);
	vnp_params_free(&p);
	buf_free(&query);
	buf_free(&tampered);
	buf_free(&upper);
}

static void
test_querydr(void)
{
	json_t *req = json_object();

	json_object_set_new(req, "vnp_RequestId", json_string("abc"));
	json_object_set_new(req, "vnp_Version", json_string("2.1.0"));
	json_object_set_new(req, "vnp_Command", json_string("querydr"));
	json_object_set_new(req, "vnp_TmnCode", json_string("CONGDEMO"));
	json_object_set_new(req, "vnp_TxnRef", json_string("R1"));
	json_object_set_new(req, "vnp_TransactionDate", json_string("20261123100000"));
	json_object_set_new(req, "vnp_CreateDate", json_string("20261123101500"));
	json_object_set_new(req, "vnp_IpAddr", json_string("127.0.0.1"));
	json_object_set_new(req, "vnp_OrderInfo", json_string("Thanh toan"));
	ok(vnp_json_sign(req, vnp_querydr_request_fields, SECRET) == 0, "querydr signed");
	is_str(vnp_json_str(req, "vnp_SecureHash"),
	    "c9e6b66d1a155be44f8ee13adfac3ae262f9983a5f465eaec347f0c7ff1a327918d555f14bd418adff2060b9"
	    "95aabf5b2c23986453be5ec60977b8cbdd1982f2",
	    "over the '|'-joined fields in the protocol's order, as openssl computes it");
	ok(vnp_json_verify(req, vnp_querydr_request_fields, SECRET) == 1, "and verifies");
	json_object_set_new(req, "vnp_TxnRef", json_string("R2"));
	ok(vnp_json_verify(req, vnp_querydr_request_fields, SECRET) == 0,
	    "a changed field does not");
	json_decref(req);
}

/* Members read as text stay right while others are read: the querydr outcome keeps the
 * transaction status while it reads four more members, any of which may be a JSON number. */
static void
test_json_text(void)
{
	json_t *answer = json_pack("{s:I, s:I, s:s, s:b}", "vnp_TransactionStatus", (json_int_t)2,
	    "vnp_TransactionNo", (json_int_t)14226112, "vnp_BankCode", "NCB", "vnp_Flag", 1);
	const char *status = vnp_json_str(answer, "vnp_TransactionStatus");
	const char *number = vnp_json_str(answer, "vnp_TransactionNo");

	is_str(status, "2", "a number is read as its decimal text");
	is_str(number, "14226112", "so is a second");
	is_str(status, "2", "and the first is still itself after it");
	is_str(vnp_json_str(answer, "vnp_TransactionStatus"), "2", "read again, the same");
	is_str(vnp_json_str(answer, "vnp_BankCode"), "NCB", "a string is itself");
	is_str(vnp_json_str(answer, "vnp_Flag"), "", "anything else is empty");
	is_str(vnp_json_str(answer, "vnp_Missing"), "", "and so is a missing member");
	json_decref(answer);
}

static void
test_dates(void)
{
	char d[15];

	vnp_date(0, d);
	is_str(d, "19700101070000", "the Unix epoch is 07:00 in Hà Nội");
	vnp_date(1795392000LL, d);	/* 2026-11-23 00:00:00 UTC */
	is_str(d, "20261123070000", "GMT+7, no daylight saving");
	ok(vnp_date_parse("20261123070000") == 1795392000LL, "and back");
	ok(vnp_date_parse("20260230120000") == -1, "30 February is not a date");
	ok(vnp_date_parse("2026112207000") == -1, "13 digits are not a date");
	ok(vnp_date_parse("2026112207000x") == -1, "nor letters");
	ok(vnp_date_parse("20240229235959") > 0, "29 February of a leap year is");
}

int
main(void)
{
	test_payment_url();
	test_callback();
	test_querydr();
	test_json_text();
	test_dates();
	is_str(vnp_response_text("24"), "Bạn đã hủy giao dịch.", "codes have Vietnamese texts");
	return done_testing();
}
