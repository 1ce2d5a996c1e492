/* sandbox: what the pages share — merchants, a transaction's row, its result parameters, and
 * showing a transaction or a refusal. */
#include "config.h"

#include "sandbox.h"

#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "conf.h"
#include "money.h"
#include "url.h"

enum {
	SQL_BY_TOKEN,
	SQL__MAX
};

static const char *const sqls[SQL__MAX] = {
	/* SQL_BY_TOKEN: the payment page's transaction. */
	"SELECT " SBX_TXN_COLUMNS " FROM sbx_transactions WHERE token = ?",
};

static const struct db_stmts txn_stmts = DB_STMTS("sandbox-txn", sqls);

int
sbx_merchant_find(HDF *conf, const char *code, struct sbx_merchant *out)
{
	HDF *node;

	if (code == NULL || *code == '\0')
		return 0;
	for (node = hdf_get_child(conf, "Sandbox.Merchants"); node; node = hdf_obj_next(node)) {
		if (strcmp(hdf_obj_name(node), code) != 0)
			continue;
		out->code = hdf_obj_name(node);
		out->secret = hdf_get_value(node, "HashSecret", NULL);
		out->ipn_url = hdf_get_value(node, "IpnURL", "");
		out->name = hdf_get_value(node, "Name", out->code);
		/* A merchant without a secret could be signed for by anyone. */
		return out->secret != NULL && *out->secret != '\0';
	}
	return 0;
}

int
sbx_txn_by_token(struct db *db, const char *token, struct db_result **out)
{
	struct db_arg arg = DB_STR(token);

	*out = NULL;
	if (db_query(db, &txn_stmts, SQL_BY_TOKEN, DB_ARG(arg), out) == -1)
		return -1;
	if ((*out)->nrows == 1)
		return 1;
	db_result_free(*out);
	*out = NULL;
	return 0;
}

const char *
sbx_txn_status(const char *state)
{
	if (strcmp(state, "paid") == 0)
		return "00";
	if (strcmp(state, "pending") == 0)
		return "01";
	return "02";
}

/* A cell, "" for NULL. */
static const char *
sbx_cell(const struct db_result *txn, int col)
{
	const char *v = db_cell(txn, 0, (size_t)col);

	return v ? v : "";
}

void
sbx_result_params(const struct db_result *txn, struct vnp_params *p)
{
	const char *no = sbx_cell(txn, SBX_TXN_NO);

	/* Empty values are left out of what is signed and sent, as VNPay does (vnpay.c). */
	vnp_params_set(p, "vnp_Amount", sbx_cell(txn, SBX_AMOUNT));
	vnp_params_set(p, "vnp_BankCode", sbx_cell(txn, SBX_BANK));
	vnp_params_set(p, "vnp_BankTranNo", sbx_cell(txn, SBX_BANK_TRAN_NO));
	vnp_params_set(p, "vnp_CardType", sbx_cell(txn, SBX_CARD));
	vnp_params_set(p, "vnp_OrderInfo", sbx_cell(txn, SBX_ORDER_INFO));
	vnp_params_set(p, "vnp_PayDate", sbx_cell(txn, SBX_PAY_DATE));
	vnp_params_set(p, "vnp_ResponseCode", sbx_cell(txn, SBX_RESPONSE));
	vnp_params_set(p, "vnp_TmnCode", sbx_cell(txn, SBX_TMN));
	/* A payment that did not happen has no bank transaction: VNPay says 0. */
	vnp_params_set(p, "vnp_TransactionNo", *no ? no : "0");
	vnp_params_set(p, "vnp_TransactionStatus", sbx_txn_status(sbx_cell(txn, SBX_STATE)));
	vnp_params_set(p, "vnp_TxnRef", sbx_cell(txn, SBX_REF));
}

int
sbx_refuse(struct req *req, int status, const char *code, const char *title, const char *detail)
{
	req_set(req, "Page.Title", title);
	req_set(req, "Refusal.Code", code);
	req_set(req, "Refusal.Title", title);
	req_set(req, "Refusal.Detail", detail);
	req->template = "sandbox/error.cs";
	return status;
}

/* "20250131235959" as people read it: "23:59 31/01/2025". */
static void
sbx_date_words(const char *d, struct buf *out)
{
	if (strlen(d) != 14) {
		buf_puts(out, d);
		return;
	}
	buf_printf(out, "%.2s:%.2s %.2s/%.2s/%.4s", d + 8, d + 10, d + 6, d + 4, d);
}

/* Sets the form target of the answer to the origin of url ("http://127.0.0.1:8080"), kept in the
 * request's HDF so that it lives until the answer is written. */
void
sbx_form_target(struct req *req, const char *url)
{
	const char *host = strstr(url, "://");
	size_t len;

	if (host == NULL)
		return;
	len = (size_t)(host + 3 - url) + strcspn(host + 3, "/?#");
	hdf_set_buf(req->hdf, "Sandbox.FormTarget", xstrndup(url, len));
	req->form_target = hdf_get_value(req->hdf, "Sandbox.FormTarget", NULL);
}

int
sbx_show(struct req *req, const struct db_result *txn, int status)
{
	struct sbx_merchant m;
	struct buf amount = BUF_INIT, date = BUF_INIT, link = BUF_INIT;
	struct vnp_params p = VNP_PARAMS_INIT;
	const char *state = sbx_cell(txn, SBX_STATE), *ret = sbx_cell(txn, SBX_RETURN_URL);
	int rc = status;

	if (!sbx_merchant_find(req->app->conf, sbx_cell(txn, SBX_TMN), &m))
		return sbx_refuse(req, 404, "02", "Website chưa được phê duyệt",
		    "Mã website (vnp_TmnCode) của giao dịch không còn trong cấu hình cổng thử nghiệm.");
	req->cache_private = 1;
	/* The page's form leads, by a redirect after its POST, to the merchant. */
	sbx_form_target(req, ret);
	money_figures((unsigned long long)db_cell_ll(txn, 0, SBX_AMOUNT, 0) / 100, &amount);
	req_set(req, "Txn.Amount", buf_str(&amount));
	req_set(req, "Txn.Token", sbx_cell(txn, SBX_TOKEN));
	req_set(req, "Txn.Ref", sbx_cell(txn, SBX_REF));
	req_set(req, "Txn.OrderInfo", sbx_cell(txn, SBX_ORDER_INFO));
	req_set(req, "Txn.State", state);
	req_set(req, "Txn.Bank", sbx_cell(txn, SBX_BANK));
	req_set(req, "Txn.Fault", sbx_cell(txn, SBX_FAULT));
	sbx_date_words(sbx_cell(txn, SBX_EXPIRE_DATE), &date);
	req_set(req, "Txn.Expire", buf_str(&date));
	req_set(req, "Merchant.Name", m.name);
	req_set(req, "Merchant.Code", m.code);
	if (strcmp(state, "pending") == 0) {
		char name[32];
		size_t i;

		for (i = 0; sbx_banks[i]; i++) {
			hdf_name_index(name, sizeof(name), "Banks.", i, "");
			req_set(req, name, sbx_banks[i]);
		}
		for (i = 0; sbx_faults[i]; i++) {
			hdf_name_index(name, sizeof(name), "Faults.", i, "");
			req_set(req, name, sbx_faults[i]);
		}
		req_set(req, "Page.Title", "Thanh toán đơn hàng");
		req->template = "sandbox/pay.cs";
		goto out;
	}
	/* Decided: what happened, and the way back to the merchant with the signed result. */
	req_set(req, "Page.Title", strcmp(state, "paid") == 0 ? "Giao dịch thành công"
	    : "Giao dịch không thành công");
	req_set(req, "Txn.Response", sbx_cell(txn, SBX_RESPONSE));
	req_set(req, "Txn.ResponseText", vnp_response_text(sbx_cell(txn, SBX_RESPONSE)));
	req_set(req, "Txn.TransactionNo", sbx_cell(txn, SBX_TXN_NO));
	sbx_result_params(txn, &p);
	buf_printf(&link, "%s%c", ret, strchr(ret, '?') ? '&' : '?');
	if (vnp_signed_query(&p, m.secret, &link) == -1) {
		rc = 500;
		goto out;
	}
	req_set(req, "Txn.ReturnLink", buf_str(&link));
	req->template = "sandbox/done.cs";
out:
	vnp_params_free(&p);
	buf_free(&amount);
	buf_free(&date);
	buf_free(&link);
	return rc;
}

/*
 * GET /paymentv2/vpcpay.html/{token}: the payment page again (after a reload, or the way back
 * from a problem with the form), or the outcome once decided. 200; 404 for a token unknown;
 * 500/503.
 */
int
sbx_view(struct req *req)
{
	struct db_result *txn = NULL;
	int rc;

	if ((rc = sbx_txn_by_token(req->app->db, req->path_args[0], &txn)) != 1)
		return rc == 0 ? sbx_refuse(req, 404, "91", "Không tìm thấy giao dịch",
		    "Liên kết thanh toán này không đúng hoặc giao dịch không còn.")
		    : req_db_failed(req);
	rc = sbx_show(req, txn, 200);
	db_result_free(txn);
	return rc;
}

/* GET /health: 200 "ok" once the program serves; the stack waits for it at start-up. */
int
sbx_health(struct req *req)
{
	req->template = NULL;
	req->content_type = "text/plain; charset=utf-8";
	buf_puts(&req->body, "ok\n");
	return 200;
}
