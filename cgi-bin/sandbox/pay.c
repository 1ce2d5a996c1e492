/* sandbox: the payment URL — checked as VNPay checks it, recorded, and shown as a payment page. */
#include "config.h"

#include "sandbox.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "crypto.h"
#include "db.h"
#include "log.h"

enum {
	SQL_FIND,
	SQL_INSERT,
	SQL_REFRESH,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_FIND: a merchant's order, if it came before. */
	"SELECT " SBX_TXN_COLUMNS " FROM sbx_transactions WHERE tmn_code = ? AND txn_ref = ?",
	/* SQL_INSERT */
	"INSERT INTO sbx_transactions (token, tmn_code, txn_ref, amount, order_info, order_type, "
	"locale, create_date, expire_date, expires_at, return_url, ip_addr, bank_code) "
	"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	/* SQL_REFRESH: the same unpaid order sent again, with a new link's deadline and way back. */
	"UPDATE sbx_transactions SET expire_date = ?, expires_at = ?, return_url = ? "
	"WHERE id = ? AND state = 'pending'",
};

static const struct db_stmts pay_stmts = DB_STMTS("sandbox-pay", sqls);

/* VNPay's limits of one payment: 5 000 đồng to under a billion, in hundredths. */
#define SBX_AMOUNT_MIN 500000ULL
#define SBX_AMOUNT_MAX 99999999900ULL

/* 1 when s has from min to max bytes, none of them a control character. */
static int
sbx_text_ok(const char *s, size_t min, size_t max)
{
	size_t n;

	if (s == NULL || (n = strlen(s)) < min || n > max)
		return 0;
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			return 0;
	return 1;
}

/* 1 when s is an http(s) URL without spaces or controls, at most 1000 bytes. */
static int
sbx_url_ok(const char *s)
{
	const char *host;

	if (!sbx_text_ok(s, 8, 1000) || strchr(s, ' ') || strchr(s, '#'))
		return 0;
	if (strncmp(s, "https://", 8) == 0)
		host = s + 8;
	else if (strncmp(s, "http://", 7) == 0)
		host = s + 7;
	else
		return 0;
	return *host != '\0' && *host != '/' && *host != '?';
}

/* The amount in hundredths of a đồng, or 0 when it is not one VNPay takes. */
static unsigned long long
sbx_amount(const char *s)
{
	unsigned long long n = 0;
	size_t i;

	if (s == NULL || *s == '\0' || *s == '0' || strlen(s) > 12)
		return 0;
	for (i = 0; s[i]; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		n = n * 10 + (unsigned long long)(s[i] - '0');
	}
	return n % 100 == 0 && n >= SBX_AMOUNT_MIN && n <= SBX_AMOUNT_MAX ? n : 0;
}

/* 1 when code is empty, one of VNPay's method classes, or a bank of the page. */
static int
sbx_bank_ok(const char *code)
{
	size_t i;

	if (code == NULL || *code == '\0' || strcmp(code, "VNPAYQR") == 0 ||
	    strcmp(code, "VNBANK") == 0 || strcmp(code, "INTCARD") == 0)
		return 1;
	for (i = 0; sbx_banks[i]; i++)
		if (strcmp(sbx_banks[i], code) == 0)
			return 1;
	return 0;
}

/* Checks the parameters as VNPay does. Returns NULL when they hold, else what is wrong (a
 * Vietnamese sentence for the error page). */
static const char *
sbx_check(const struct vnp_params *p, long long *expires)
{
	const char *v;
	long long created;

	if ((v = vnp_params_get(p, "vnp_Version")) == NULL || strcmp(v, VNP_VERSION) != 0)
		return "Phiên bản giao thức (vnp_Version) phải là " VNP_VERSION ".";
	if ((v = vnp_params_get(p, "vnp_Command")) == NULL || strcmp(v, "pay") != 0)
		return "Lệnh (vnp_Command) phải là pay.";
	if (sbx_amount(vnp_params_get(p, "vnp_Amount")) == 0)
		return "Số tiền (vnp_Amount) phải là số nguyên, bằng số đồng nhân 100, từ 5.000 đồng "
		    "đến dưới 1 tỷ đồng.";
	if ((v = vnp_params_get(p, "vnp_CurrCode")) == NULL || strcmp(v, "VND") != 0)
		return "Đơn vị tiền tệ (vnp_CurrCode) phải là VND.";
	if ((created = vnp_date_parse(vnp_params_get(p, "vnp_CreateDate"))) == -1)
		return "Thời điểm tạo giao dịch (vnp_CreateDate) phải có dạng yyyyMMddHHmmss, giờ "
		    "Việt Nam.";
	if ((*expires = vnp_date_parse(vnp_params_get(p, "vnp_ExpireDate"))) == -1)
		return "Thời hạn thanh toán (vnp_ExpireDate) phải có dạng yyyyMMddHHmmss, giờ Việt Nam.";
	if (*expires <= created)
		return "Thời hạn thanh toán (vnp_ExpireDate) phải sau thời điểm tạo giao dịch.";
	if (!sbx_url_ok(vnp_params_get(p, "vnp_ReturnUrl")))
		return "Địa chỉ trả về (vnp_ReturnUrl) phải là một địa chỉ http hoặc https hợp lệ.";
	if (!sbx_text_ok(vnp_params_get(p, "vnp_TxnRef"), 1, 100))
		return "Mã tham chiếu giao dịch (vnp_TxnRef) phải có từ 1 đến 100 ký tự.";
	if (!sbx_text_ok(vnp_params_get(p, "vnp_OrderInfo"), 1, 255))
		return "Thông tin đơn hàng (vnp_OrderInfo) phải có từ 1 đến 255 ký tự.";
	if (!sbx_text_ok(vnp_params_get(p, "vnp_OrderType"), 1, 100))
		return "Loại hàng hóa (vnp_OrderType) là bắt buộc.";
	if ((v = vnp_params_get(p, "vnp_Locale")) == NULL ||
	    (strcmp(v, "vn") != 0 && strcmp(v, "en") != 0))
		return "Ngôn ngữ (vnp_Locale) phải là vn hoặc en.";
	if (!sbx_text_ok(vnp_params_get(p, "vnp_IpAddr"), 1, 45))
		return "Địa chỉ IP của người thanh toán (vnp_IpAddr) là bắt buộc.";
	if (!sbx_bank_ok(vnp_params_get(p, "vnp_BankCode")))
		return "Ngân hàng thanh toán (vnp_BankCode) không được hỗ trợ.";
	return NULL;
}

/* Finds the merchant's order. Returns 1 (*out one row), 0 none, -1 error. */
static int
sbx_find(struct req *req, const char *tmn, const char *ref, struct db_result **out)
{
	struct db_arg args[] = { DB_STR(tmn), DB_STR(ref) };

	if (db_query(req->app->db, &pay_stmts, SQL_FIND, DB_ARGS(args), out) == -1)
		return -1;
	return (*out)->nrows == 1;
}

/* Records a new order. Returns 0, 1 when the same order was recorded meanwhile, or -1. */
static int
sbx_record(struct req *req, const struct vnp_params *p, const char *tmn, long long expires)
{
	char token[CRYPTO_TOKEN_SIZE];
	const char *bank = vnp_params_get(p, "vnp_BankCode");
	struct db_arg args[13];

	if (crypto_token(token) == -1)
		return -1;
	args[0] = DB_STR(token);
	args[1] = DB_STR(tmn);
	args[2] = DB_STR(vnp_params_get(p, "vnp_TxnRef"));
	args[3] = DB_INT(strtoll(vnp_params_get(p, "vnp_Amount"), NULL, 10));
	args[4] = DB_STR(vnp_params_get(p, "vnp_OrderInfo"));
	args[5] = DB_STR(vnp_params_get(p, "vnp_OrderType"));
	args[6] = DB_STR(vnp_params_get(p, "vnp_Locale"));
	args[7] = DB_STR(vnp_params_get(p, "vnp_CreateDate"));
	args[8] = DB_STR(vnp_params_get(p, "vnp_ExpireDate"));
	args[9] = DB_INT(expires);
	args[10] = DB_STR(vnp_params_get(p, "vnp_ReturnUrl"));
	args[11] = DB_STR(vnp_params_get(p, "vnp_IpAddr"));
	/* A class of methods (VNBANK...) is not a bank: the payer chooses one on the page. */
	args[12] = DB_STR(sbx_bank_ok(bank) && bank && strlen(bank) > 0 &&
	    strcmp(bank, "VNPAYQR") != 0 && strcmp(bank, "VNBANK") != 0 &&
	    strcmp(bank, "INTCARD") != 0 ? bank : "");
	if (db_exec(req->app->db, &pay_stmts, SQL_INSERT, DB_ARGS(args), NULL, NULL) == -1)
		return db_errno(req->app->db) == 1062 ? 1 : -1;
	return 0;
}

/*
 * GET /paymentv2/vpcpay.html?vnp_... (open to all): the payment URL a merchant sends its payer to.
 * 200 with the payment page (the same transaction again for an order not paid yet); 404 for a
 * merchant the configuration does not know; 400 for a malformed query, a wrong signature, a
 * parameter VNPay would refuse, an expired link, or an order decided already — then nothing is
 * recorded; 500/503.
 */
int
sbx_pay(struct req *req)
{
	struct vnp_params p = VNP_PARAMS_INIT;
	struct sbx_merchant m;
	struct db_result *txn = NULL;
	const char *problem, *tmn, *ref;
	long long expires = 0;
	int rc, tries;

	if (vnp_params_parse(&p, req_param(req, "QUERY_STRING")) == -1) {
		rc = sbx_refuse(req, 400, "03", "Dữ liệu gửi sang không đúng định dạng",
		    "Địa chỉ thanh toán có tham số bị lặp hoặc mã hóa sai.");
		goto out;
	}
	tmn = vnp_params_get(&p, "vnp_TmnCode");
	if (!sbx_merchant_find(req->app->conf, tmn, &m)) {
		rc = sbx_refuse(req, 404, "72", "Website chưa được phê duyệt",
		    "Không tìm thấy mã website (vnp_TmnCode) này trên cổng thanh toán thử nghiệm.");
		goto out;
	}
	if (!vnp_verify(&p, m.secret)) {
		rc = sbx_refuse(req, 400, "70", "Sai chữ ký",
		    "Chữ ký (vnp_SecureHash) của địa chỉ thanh toán không đúng.");
		goto out;
	}
	if ((problem = sbx_check(&p, &expires)) != NULL) {
		rc = sbx_refuse(req, 400, "03", "Giao dịch không hợp lệ", problem);
		goto out;
	}
	if (expires <= (long long)time(NULL)) {
		rc = sbx_refuse(req, 400, "11", "Giao dịch đã quá thời gian chờ thanh toán",
		    "Liên kết thanh toán đã hết hạn. Vui lòng quay lại trang của đơn vị và thực hiện "
		    "lại giao dịch.");
		goto out;
	}
	ref = vnp_params_get(&p, "vnp_TxnRef");
	/* Twice at most: a second opening of the same link at the same moment finds the first. */
	for (tries = 0; tries < 2; tries++) {
		if ((rc = sbx_find(req, tmn, ref, &txn)) == -1) {
			rc = req_db_failed(req);
			goto out;
		}
		if (rc == 1)
			break;
		db_result_free(txn);
		txn = NULL;
		if ((rc = sbx_record(req, &p, tmn, expires)) == -1) {
			rc = req_db_failed(req);
			goto out;
		}
	}
	if (txn == NULL) {
		rc = 500;
		goto out;
	}
	if (strcmp(db_cell(txn, 0, SBX_STATE), "pending") != 0) {
		rc = sbx_refuse(req, 400, "01", strcmp(db_cell(txn, 0, SBX_STATE), "paid") == 0
		    ? "Giao dịch đã được thanh toán" : "Giao dịch đã tồn tại",
		    "Mã tham chiếu (vnp_TxnRef) này đã được dùng cho một giao dịch đã kết thúc. "
		    "Đơn vị cần tạo giao dịch mới với mã khác.");
		goto out;
	}
	if (strcmp(db_cell(txn, 0, SBX_AMOUNT), vnp_params_get(&p, "vnp_Amount")) != 0) {
		rc = sbx_refuse(req, 400, "03", "Giao dịch không hợp lệ",
		    "Mã tham chiếu (vnp_TxnRef) này đang được dùng cho một đơn hàng với số tiền khác.");
		goto out;
	}
	{
		struct db_arg args[] = { DB_STR(vnp_params_get(&p, "vnp_ExpireDate")),
		    DB_INT(expires), DB_STR(vnp_params_get(&p, "vnp_ReturnUrl")),
		    DB_INT(db_cell_ll(txn, 0, SBX_ID, 0)) };

		if (db_exec(req->app->db, &pay_stmts, SQL_REFRESH, DB_ARGS(args), NULL, NULL) == -1) {
			rc = req_db_failed(req);
			goto out;
		}
	}
	db_result_free(txn);
	txn = NULL;
	if ((rc = sbx_find(req, tmn, ref, &txn)) != 1) {
		rc = rc == -1 ? req_db_failed(req) : 500;
		goto out;
	}
	rc = sbx_show(req, txn, 200);
out:
	db_result_free(txn);
	vnp_params_free(&p);
	return rc;
}
