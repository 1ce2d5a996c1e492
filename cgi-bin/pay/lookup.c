/* pay: what there is to pay — the payer's dossier fees, and electricity bills and traffic fines
 * looked up by what is printed on them (customer code, licence plate, record number). */
#include "pay.h"

#include <ctype.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "db.h"
#include "sess.h"

enum {
	SQL_FEES,
	SQL_BILLS,
	SQL_FINES,
	SQL__MAX
};

/* Amounts as people read them: 1.150.000 (FORMAT writes commas; Vietnamese writes dots). */
static const char *const sqls[SQL__MAX] = {
	/* SQL_FEES: the payer's dossiers with a fee still to pay. */
	"SELECT d.code, p.name AS `procedure`, REPLACE(FORMAT(d.fee_amount, 0), ',', '.') AS amount, "
	"DATE_FORMAT(d.submitted_at, '%d/%m/%Y') AS submitted "
	"FROM dossiers d JOIN procedures p ON p.id = d.procedure_id "
	"WHERE d.user_id = ? AND d.fee_amount > 0 AND d.fee_order_id IS NULL "
	"AND d.status NOT IN ('draft', 'rejected') ORDER BY d.submitted_at DESC LIMIT 50",
	/* SQL_BILLS: a customer's bills, the unpaid first, the last twelve months. */
	"SELECT b.id, b.biller_name AS biller, b.customer_code AS customer, "
	"b.customer_name AS name, b.address, "
	"CONCAT(SUBSTRING(b.period, 6, 2), '/', LEFT(b.period, 4)) AS period, b.kwh, REPLACE(FORMAT(b.amount, 0), ',', '.') AS amount, "
	"DATE_FORMAT(b.due_on, '%d/%m/%Y') AS due, b.settled_order_id IS NOT NULL AS settled, "
	"DATE_FORMAT(b.settled_at, '%H:%i %d/%m/%Y') AS settled_at "
	"FROM bills b WHERE b.customer_code = ? "
	"ORDER BY b.settled_order_id IS NOT NULL, b.period DESC LIMIT 12",
	/* SQL_FINES: by plate (letters and digits only) or record number. */
	"SELECT f.id, f.record_no, f.decision_no, f.plate, f.violator_name AS name, f.violation, "
	"f.place, DATE_FORMAT(f.violated_at, '%H:%i %d/%m/%Y') AS violated, a.name AS agency, "
	"REPLACE(FORMAT(f.amount, 0), ',', '.') AS amount, f.settled_order_id IS NOT NULL AS settled, "
	"DATE_FORMAT(f.settled_at, '%H:%i %d/%m/%Y') AS settled_at "
	"FROM fines f JOIN agencies a ON a.id = f.agency_id "
	"WHERE f.plate_key = ? OR f.record_no = ? "
	"ORDER BY f.settled_order_id IS NOT NULL, f.violated_at DESC LIMIT 50",
};

static const struct db_stmts lookup_stmts = DB_STMTS("lookup", sqls);

/* Appends the letters and digits of s in upper case: "30a-123.45" → "30A12345", " pd01 000 " →
 * "PD01000". What is printed on a bill or a plate, however it was typed. */
static void
lookup_key(const char *s, struct buf *out)
{
	for (; s && *s; s++)
		if (isalnum((unsigned char)*s))
			buf_putc(out, (char)toupper((unsigned char)*s));
}

/* GET /pay (login required): what the payer can pay here, and their dossiers' unpaid fees. */
int
pay_home(struct req *req)
{
	struct db_arg arg = DB_INT(req->sess->user_id);

	if (db_query_to_hdf(req->app->db, &lookup_stmts, SQL_FEES, DB_ARG(arg), req->hdf, "Fees") == -1)
		return req_db_failed(req);
	req_set(req, "Page.Title", "Thanh toán trực tuyến");
	req->template = "pay/home.cs";
	req->cache_private = 1;
	return 200;
}

/* GET /pay/electricity?customer= (login required): the customer's bills, each payable. 200; a
 * code that matches nothing gets the form again with the word that nothing was found. */
int
pay_electricity(struct req *req)
{
	const char *customer = req_form(req, "customer");
	struct buf key = BUF_INIT;
	struct db_arg arg;
	int rc = 200;

	req_set(req, "Page.Title", "Thanh toán tiền điện");
	req->template = "pay/electricity.cs";
	req->cache_private = 1;
	lookup_key(customer, &key);
	if (key.len > 0) {
		arg = DB_STR(buf_str(&key));
		req_set(req, "Lookup.Key", buf_str(&key));
		if (db_query_to_hdf(req->app->db, &lookup_stmts, SQL_BILLS, DB_ARG(arg), req->hdf,
		        "Bills") == -1)
			rc = req_db_failed(req);
	}
	buf_free(&key);
	return rc;
}

/* GET /pay/fines?q= (login required): fines by licence plate or record number. */
int
pay_fines(struct req *req)
{
	const char *q = req_form(req, "q");
	struct buf key = BUF_INIT, record = BUF_INIT;
	int rc = 200;

	req_set(req, "Page.Title", "Nộp phạt vi phạm giao thông");
	req->template = "pay/fines.cs";
	req->cache_private = 1;
	lookup_key(q, &key);
	if (key.len > 0) {
		const char *s;
		struct db_arg args[2];

		/* A record number keeps its slash and dashes: 0012345/BB-CSGT, typed in any case. */
		for (s = q; *s; s++)
			if (!isspace((unsigned char)*s))
				buf_putc(&record, (char)toupper((unsigned char)*s));
		args[0] = DB_STR(buf_str(&key));
		args[1] = DB_STR(buf_str(&record));
		req_set(req, "Lookup.Key", q);
		if (db_query_to_hdf(req->app->db, &lookup_stmts, SQL_FINES, DB_ARGS(args), req->hdf,
		        "Fines") == -1)
			rc = req_db_failed(req);
	}
	buf_free(&key);
	buf_free(&record);
	return rc;
}
