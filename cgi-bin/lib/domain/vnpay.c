/* vnpay: the VNPay 2.1.0 merchant protocol's signed parameter sets and querydr JSON. */
#include "config.h"

#include "vnpay.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "crypto.h"
#include "fmt.h"
#include "log.h"
#include "url.h"

#define VNP_MAX_PARAMS 64
#define VNP_TZ_OFFSET (7 * 3600)	/* Vietnam: GMT+7 all year */

void
vnp_params_set(struct vnp_params *p, const char *name, const char *value)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		if (strcmp(p->items[i].name, name) == 0) {
			free(p->items[i].value);
			p->items[i].value = xstrdup(value);
			return;
		}
	if (p->n == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 16;
		p->items = xrealloc(p->items, p->cap * sizeof(*p->items));
	}
	p->items[p->n].name = xstrdup(name);
	p->items[p->n].value = xstrdup(value);
	p->n++;
}

void
vnp_params_setf(struct vnp_params *p, const char *name, const char *fmt, ...)
{
	struct buf value = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(&value, fmt, ap);
	va_end(ap);
	vnp_params_set(p, name, buf_str(&value));
	buf_free(&value);
}

const char *
vnp_params_get(const struct vnp_params *p, const char *name)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		if (strcmp(p->items[i].name, name) == 0)
			return p->items[i].value;
	return NULL;
}

void
vnp_params_free(struct vnp_params *p)
{
	size_t i;

	for (i = 0; i < p->n; i++) {
		free(p->items[i].name);
		free(p->items[i].value);
	}
	free(p->items);
	p->items = NULL;
	p->n = p->cap = 0;
}

/* Decodes len bytes of form-encoded text into out. Returns 0, or -1 on a bad escape or a NUL. */
static int
vnp_form_decode(const char *s, size_t len, struct buf *out)
{
	size_t before = out->len;

	if (url_form_decode(s, len, out) == -1)
		return -1;
	return memchr(out->data ? out->data + before : "", '\0', out->len - before) ? -1 : 0;
}

int
vnp_params_parse(struct vnp_params *p, const char *query)
{
	const char *s = query ? query : "";
	struct buf name = BUF_INIT, value = BUF_INIT;
	int rc = 0;

	while (*s) {
		const char *end = strchr(s, '&'), *eq;
		size_t len = end ? (size_t)(end - s) : strlen(s);

		eq = memchr(s, '=', len);
		buf_reset(&name);
		buf_reset(&value);
		if (len > 0) {
			if (vnp_form_decode(s, eq ? (size_t)(eq - s) : len, &name) == -1 ||
			    (eq && vnp_form_decode(eq + 1, len - (size_t)(eq - s) - 1, &value) == -1)) {
				rc = -1;
				break;
			}
			if (strncmp(buf_str(&name), "vnp_", 4) == 0) {
				if (vnp_params_get(p, buf_str(&name)) != NULL || p->n >= VNP_MAX_PARAMS) {
					rc = -1;
					break;
				}
				vnp_params_set(p, buf_str(&name), buf_str(&value));
			}
		}
		s += len;
		if (*s == '&')
			s++;
	}
	buf_free(&name);
	buf_free(&value);
	return rc;
}

void
vnp_urlencode(const char *s, struct buf *out)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *u;

	for (u = (const unsigned char *)s; *u; u++) {
		if ((*u >= 'A' && *u <= 'Z') || (*u >= 'a' && *u <= 'z') || (*u >= '0' && *u <= '9') ||
		    *u == '-' || *u == '_' || *u == '.') {
			buf_putc(out, (char)*u);
		} else if (*u == ' ') {
			buf_putc(out, '+');
		} else {
			buf_putc(out, '%');
			buf_putc(out, hex[*u >> 4]);
			buf_putc(out, hex[*u & 15]);
		}
	}
}

static int
vnp_is_hash_param(const char *name)
{
	return strcmp(name, "vnp_SecureHash") == 0 || strcmp(name, "vnp_SecureHashType") == 0;
}

static int
vnp_param_cmp(const void *a, const void *b)
{
	const struct vnp_param *const *x = a, *const *y = b;

	return strcmp((*x)->name, (*y)->name);
}

void
vnp_hash_data(const struct vnp_params *p, struct buf *out)
{
	const struct vnp_param **sorted;
	size_t i, n = 0;
	int first = 1;

	if (p->n == 0)
		return;
	sorted = xmalloc(p->n * sizeof(*sorted));
	for (i = 0; i < p->n; i++)
		if (!vnp_is_hash_param(p->items[i].name))
			sorted[n++] = &p->items[i];
	qsort(sorted, n, sizeof(*sorted), vnp_param_cmp);
	for (i = 0; i < n; i++) {
		/* VNPay's code leaves empty values out of what it signs and sends. */
		if (sorted[i]->value[0] == '\0')
			continue;
		if (!first)
			buf_putc(out, '&');
		first = 0;
		vnp_urlencode(sorted[i]->name, out);
		buf_putc(out, '=');
		vnp_urlencode(sorted[i]->value, out);
	}
	free(sorted);
}

int
vnp_hmac_hex(const char *secret, const char *data, size_t len, char out[VNP_HASH_HEX_SIZE])
{
	static const char hex[] = "0123456789abcdef";
	unsigned char mac[CRYPTO_HMAC_MAX];
	size_t maclen = 0, i;

	if (crypto_hmac("SHA512", secret, strlen(secret), data, len, mac, &maclen) == -1 ||
	    maclen != 64)
		return -1;
	for (i = 0; i < maclen; i++) {
		out[2 * i] = hex[mac[i] >> 4];
		out[2 * i + 1] = hex[mac[i] & 15];
	}
	out[2 * maclen] = '\0';
	return 0;
}

int
vnp_signed_query(const struct vnp_params *p, const char *secret, struct buf *out)
{
	struct buf data = BUF_INIT;
	char hash[VNP_HASH_HEX_SIZE];
	int rc = -1;

	vnp_hash_data(p, &data);
	if (vnp_hmac_hex(secret, data.data ? data.data : "", data.len, hash) == 0) {
		buf_append(out, buf_str(&data), data.len);
		buf_printf(out, "%svnp_SecureHash=%s", data.len ? "&" : "", hash);
		rc = 0;
	}
	buf_free(&data);
	return rc;
}

/* 1 when the hex text given is the 128-digit hash expected (either case), in constant time. */
static int
vnp_hash_equal(const char *given, const char expected[VNP_HASH_HEX_SIZE])
{
	char lower[VNP_HASH_HEX_SIZE];
	size_t i;

	if (given == NULL || strlen(given) != VNP_HASH_HEX_SIZE - 1)
		return 0;
	for (i = 0; i < VNP_HASH_HEX_SIZE - 1; i++)
		lower[i] = (given[i] >= 'A' && given[i] <= 'F') ? (char)(given[i] - 'A' + 'a')
		    : given[i];
	return crypto_equal(lower, expected, VNP_HASH_HEX_SIZE - 1);
}

int
vnp_verify(const struct vnp_params *p, const char *secret)
{
	struct buf data = BUF_INIT;
	char hash[VNP_HASH_HEX_SIZE];
	int ok = 0;

	vnp_hash_data(p, &data);
	if (vnp_hmac_hex(secret, data.data ? data.data : "", data.len, hash) == 0)
		ok = vnp_hash_equal(vnp_params_get(p, "vnp_SecureHash"), hash);
	buf_free(&data);
	return ok;
}

/* --- querydr ---------------------------------------------------------------------------------- */

const char *const vnp_querydr_request_fields[] = {
	"vnp_RequestId", "vnp_Version", "vnp_Command", "vnp_TmnCode", "vnp_TxnRef",
	"vnp_TransactionDate", "vnp_CreateDate", "vnp_IpAddr", "vnp_OrderInfo", NULL
};

const char *const vnp_querydr_response_fields[] = {
	"vnp_ResponseId", "vnp_Command", "vnp_ResponseCode", "vnp_Message", "vnp_TmnCode",
	"vnp_TxnRef", "vnp_Amount", "vnp_BankCode", "vnp_PayDate", "vnp_TransactionNo",
	"vnp_TransactionType", "vnp_TransactionStatus", "vnp_OrderInfo", "vnp_PromotionCode",
	"vnp_PromotionAmount", NULL
};

const char *
vnp_json_str(json_t *obj, const char *name)
{
	json_t *v = json_object_get(obj, name);
	char number[32];

	if (json_is_integer(v)) {
		/* Kept in obj as its text, so that the pointer lives as long as obj does (a static
		 * buffer would be overwritten by the next member read while the first is in use). */
		if (fmt_into(number, sizeof(number), "%" JSON_INTEGER_FORMAT,
		    json_integer_value(v)) == -1 || json_object_set_new(obj, name, json_string(number)) == -1)
			return "";
		v = json_object_get(obj, name);
	}
	return json_is_string(v) ? json_string_value(v) : "";
}

/* The hash of the '|'-joined values of fields. Returns 0 or -1. */
static int
vnp_json_hash(json_t *obj, const char *const *fields, const char *secret,
    char out[VNP_HASH_HEX_SIZE])
{
	struct buf data = BUF_INIT;
	size_t i;
	int rc;

	for (i = 0; fields[i]; i++) {
		if (i > 0)
			buf_putc(&data, '|');
		buf_puts(&data, vnp_json_str(obj, fields[i]));
	}
	rc = vnp_hmac_hex(secret, buf_str(&data), data.len, out);
	buf_free(&data);
	return rc;
}

int
vnp_json_sign(json_t *obj, const char *const *fields, const char *secret)
{
	char hash[VNP_HASH_HEX_SIZE];

	if (vnp_json_hash(obj, fields, secret, hash) == -1)
		return -1;
	return json_object_set_new(obj, "vnp_SecureHash", json_string(hash)) == 0 ? 0 : -1;
}

int
vnp_json_verify(json_t *obj, const char *const *fields, const char *secret)
{
	char hash[VNP_HASH_HEX_SIZE];
	json_t *given = json_object_get(obj, "vnp_SecureHash");

	if (!json_is_string(given) || vnp_json_hash(obj, fields, secret, hash) == -1)
		return 0;
	return vnp_hash_equal(json_string_value(given), hash);
}

/* --- dates --------------------------------------------------------------------------------- */

void
vnp_date(long long t, char out[15])
{
	time_t local = (time_t)(t + VNP_TZ_OFFSET);
	struct tm tm;

	gmtime_r(&local, &tm);
	strftime(out, 15, "%Y%m%d%H%M%S", &tm);
}

long long
vnp_date_parse(const char *s)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int v[6], widths[6] = { 4, 2, 2, 2, 2, 2 }, i, k, pos = 0, leap;
	struct tm tm;

	if (s == NULL || strlen(s) != 14)
		return -1;
	for (i = 0; i < 6; i++) {
		v[i] = 0;
		for (k = 0; k < widths[i]; k++, pos++) {
			if (s[pos] < '0' || s[pos] > '9')
				return -1;
			v[i] = v[i] * 10 + (s[pos] - '0');
		}
	}
	leap = (v[0] % 4 == 0 && v[0] % 100 != 0) || v[0] % 400 == 0;
	if (v[0] < 1970 || v[1] < 1 || v[1] > 12 || v[2] < 1 ||
	    v[2] > mdays[v[1] - 1] + (v[1] == 2 && leap) || v[3] > 23 || v[4] > 59 || v[5] > 59)
		return -1;
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = v[0] - 1900;
	tm.tm_mon = v[1] - 1;
	tm.tm_mday = v[2];
	tm.tm_hour = v[3];
	tm.tm_min = v[4];
	tm.tm_sec = v[5];
	return (long long)timegm(&tm) - VNP_TZ_OFFSET;
}

/* --- codes ---------------------------------------------------------------------------------- */

const char *
vnp_response_text(const char *code)
{
	static const struct { const char *code, *text; } texts[] = {
		{ "00", "Giao dịch thành công." },
		{ "07", "Trừ tiền thành công nhưng giao dịch bị nghi ngờ gian lận; ngân hàng đang "
		    "kiểm tra." },
		{ "09", "Thẻ hoặc tài khoản chưa đăng ký dịch vụ Internet Banking tại ngân hàng." },
		{ "10", "Xác thực thông tin thẻ hoặc tài khoản không đúng quá 3 lần." },
		{ "11", "Đã hết hạn chờ thanh toán. Vui lòng thực hiện lại giao dịch." },
		{ "12", "Thẻ hoặc tài khoản bị khóa." },
		{ "13", "Mật khẩu xác thực giao dịch (OTP) không đúng." },
		{ "24", "Bạn đã hủy giao dịch." },
		{ "51", "Tài khoản không đủ số dư để thực hiện giao dịch." },
		{ "65", "Tài khoản đã vượt quá hạn mức giao dịch trong ngày." },
		{ "75", "Ngân hàng thanh toán đang bảo trì." },
		{ "79", "Nhập sai mật khẩu thanh toán quá số lần quy định." },
	};
	size_t i;

	for (i = 0; code && i < sizeof(texts) / sizeof(texts[0]); i++)
		if (strcmp(texts[i].code, code) == 0)
			return texts[i].text;
	return "Giao dịch không thành công.";
}
