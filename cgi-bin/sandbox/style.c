/* sandbox: the gateway's one style sheet, served by the program itself (the sandbox's port has no
 * static files, and the policy allows no inline style). */
#include "config.h"

#include "sandbox.h"

static const char sbx_css[] =
	"*{box-sizing:border-box}\n"
	"body{margin:0;font:16px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;"
	"color:#1b1b1b;background:#f3f5f9}\n"
	".skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;"
	"padding:8px;z-index:9}\n"
	".banner{background:#7a1010;color:#fff;padding:10px 16px;font-weight:600;text-align:center}\n"
	"header.bank{background:#005baa;color:#fff;padding:12px 16px}\n"
	"header.bank p{margin:0;font-size:1.15rem;font-weight:700}\n"
	"header.bank p.banner{margin:-12px -16px 10px;font-size:1rem;font-weight:600}\n"
	"main{max-width:40rem;margin:0 auto;padding:16px}\n"
	"h1{font-size:1.5rem;margin:.5rem 0 1rem}\n"
	".card{background:#fff;border:1px solid #d0d7e2;border-radius:8px;padding:16px;"
	"margin-bottom:16px}\n"
	"dl{display:grid;grid-template-columns:max-content 1fr;gap:6px 16px;margin:0}\n"
	"dt{color:#4a5568}dd{margin:0;word-break:break-word}\n"
	".amount{font-size:1.4rem;font-weight:700;color:#005baa}\n"
	"label,legend{display:block;font-weight:600;margin:12px 0 4px}\n"
	"select{width:100%;font:inherit;padding:10px;border:1px solid #8895a7;border-radius:6px;"
	"background:#fff}\n"
	"fieldset.tester{border:2px dashed #b7791f;border-radius:8px;background:#fffaf0;"
	"padding:8px 16px 16px;margin:16px 0}\n"
	".hint{color:#4a5568;font-size:.9rem;margin:4px 0}\n"
	".error{color:#9b1c1c;font-weight:600}\n"
	".actions{display:flex;flex-wrap:wrap;gap:12px;margin-top:16px}\n"
	"button,.button{font:inherit;font-weight:600;padding:12px 20px;border-radius:6px;"
	"border:2px solid #005baa;background:#005baa;color:#fff;cursor:pointer;"
	"text-decoration:none;display:inline-block;min-height:44px}\n"
	"button.secondary{background:#fff;color:#005baa}\n"
	"button:focus,.button:focus,select:focus{outline:3px solid #f6ad55;outline-offset:2px}\n"
	".code{font-family:ui-monospace,monospace}\n"
	"footer{max-width:40rem;margin:0 auto;padding:16px;color:#4a5568;font-size:.9rem}\n"
	"@media (max-width:30rem){dl{grid-template-columns:1fr}dt{margin-top:6px}"
	".actions button{width:100%}}\n";

/* GET /sandbox.css: 200 text/css. */
int
sbx_style(struct req *req)
{
	req->template = NULL;
	req->content_type = "text/css; charset=utf-8";
	buf_append(&req->body, sbx_css, sizeof(sbx_css) - 1);
	return 200;
}
