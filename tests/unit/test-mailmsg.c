/* Unit tests of the mail templates (templates/mail/): if these broke, a citizen's mail would read
 * differently from what the portal always sent — a lost line, a link that leads nowhere, a name
 * like "Lê & Con" turned into "Lê &amp; Con" — or a page would stop being HTML-escaped.
 * Each expected text is made here by the C code that built that mail before the words moved to
 * templates, so that the two must agree byte for byte. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "dossier_flow.h"
#include "mailmsg.h"
#include "tap.h"
#include "tmpl.h"

#define SIGNATURE "\n--\nCổng Dịch vụ công\nThư này được gửi tự động; xin đừng trả lời thư này.\n"
#define BASE "https://dichvucong.example.vn"

/* A name with every character HTML would escape. */
#define HOSTILE "Lê & Con <b>\"Nhà\"</b> 'Một'"

static struct tmpl_cache *templates;

/* Renders name with msg and compares subject and body with what is expected. Frees msg. */
static void
check(struct mailmsg *msg, const char *name, const char *want_subject, const char *want_body,
    const char *what)
{
	struct buf subject = BUF_INIT, body = BUF_INIT;
	int rc = mailmsg_render(msg, templates, name, &subject, &body);

	ok(rc == 0, "%s: %s renders", what, name);
	is_str(buf_str(&subject), want_subject, "%s: the subject is the one always sent", what);
	is_str(buf_str(&body), want_body, "%s: the body is the one always sent, byte for byte", what);
	buf_free(&subject);
	buf_free(&body);
	mailmsg_free(msg);
}

static void
start(struct mailmsg *msg)
{
	if (mailmsg_init(msg) == -1) {
		printf("Bail out! no HDF\n");
		exit(1);
	}
}

/* --- cgi-bin/submit/finish.c ---------------------------------------------------------------- */

static void
old_submitted(struct buf *body, const char *name, const char *code, const char *procedure,
    const char *due)
{
	buf_printf(body, "Kính gửi %s,\n\nCổng Dịch vụ công đã nhận hồ sơ của bạn.\n\n"
	    "Mã hồ sơ: %s\nThủ tục: %s\n", name, code, procedure);
	if (due[0])
		buf_printf(body, "Hạn giải quyết dự kiến: %.2s/%.2s/%.4s\n", due + 8, due + 5, due);
	buf_printf(body, "\nTheo dõi hồ sơ tại: %s/dossiers/%s\n\n--\nCổng Dịch vụ công\n"
	    "Thư này được gửi tự động; xin đừng trả lời thư này.\n", BASE, code);
}

static void
test_submitted(const char *name, const char *due_iso, const char *due_shown, const char *what)
{
	struct buf want = BUF_INIT;
	struct mailmsg msg;

	old_submitted(&want, name, "G01.01-261204-000007", "Cấp đổi thẻ & hộ chiếu <phổ thông>",
	    due_iso);
	start(&msg);
	mailmsg_set(&msg, "Name", name);
	mailmsg_set(&msg, "Code", "G01.01-261204-000007");
	mailmsg_set(&msg, "Procedure", "Cấp đổi thẻ & hộ chiếu <phổ thông>");
	if (due_shown)
		mailmsg_set(&msg, "Due", due_shown);
	mailmsg_set(&msg, "BaseURL", BASE);
	check(&msg, "mail/submitted.cs", "Đã nộp hồ sơ trực tuyến", buf_str(&want), what);
	buf_free(&want);
}

/* --- cgi-bin/office/act.c --------------------------------------------------------------------- */

static const char *
old_act_words(const char *action)
{
	if (strcmp(action, "receive") == 0)
		return "Hồ sơ đã được tiếp nhận và đang chờ xử lý.";
	if (strcmp(action, "supplement") == 0)
		return "Cơ quan giải quyết đề nghị bạn bổ sung giấy tờ. Hãy mở hồ sơ để xem cần bổ sung "
		    "gì và tải lên; thời hạn giải quyết tạm dừng cho tới khi bạn bổ sung.";
	if (strcmp(action, "process") == 0)
		return "Hồ sơ đang được xử lý.";
	if (strcmp(action, "approve") == 0)
		return "Hồ sơ đã có kết quả. Bạn có thể tải kết quả trên trang hồ sơ.";
	if (strcmp(action, "reject") == 0)
		return "Hồ sơ không được giải quyết. Lý do có trên trang hồ sơ.";
	return "Kết quả đã được trả.";
}

static void
test_act(const char *action, const char *note)
{
	struct buf want = BUF_INIT;
	struct mailmsg msg;
	char what[80];

	buf_printf(&want, "Kính gửi %s,\n\nHồ sơ %s (%s):\n%s\n", HOSTILE, "H01-261204-000001",
	    "Đăng ký kết hôn", old_act_words(action));
	if (note && *note)
		buf_printf(&want, "\nGhi chú của cơ quan: %s\n", note);
	buf_printf(&want, "\nXem hồ sơ: %s/dossiers/%s\n\n--\nCổng Dịch vụ công\n"
	    "Thư này được gửi tự động; xin đừng trả lời thư này.\n", BASE, "H01-261204-000001");
	start(&msg);
	mailmsg_set(&msg, "Name", HOSTILE);
	mailmsg_set(&msg, "Code", "H01-261204-000001");
	mailmsg_set(&msg, "Procedure", "Đăng ký kết hôn");
	mailmsg_set(&msg, "Action", action);
	if (note && *note)
		mailmsg_set(&msg, "Note", note);
	mailmsg_set(&msg, "BaseURL", BASE);
	snprintf(what, sizeof(what), "act %s%s", action, note && *note ? " with a note" : "");
	check(&msg, "mail/dossier-action.cs", "Cập nhật hồ sơ", buf_str(&want), what);
	buf_free(&want);
}

/* The body of the action mail for action, rendered with the fixed facts (the caller frees it). */
static char *
act_body(const char *action)
{
	struct mailmsg msg;
	struct buf subject = BUF_INIT, body = BUF_INIT;

	start(&msg);
	mailmsg_set(&msg, "Code", "H01-261204-000001");
	mailmsg_set(&msg, "Action", action);
	mailmsg_set(&msg, "BaseURL", BASE);
	if (mailmsg_render(&msg, templates, "mail/dossier-action.cs", &subject, &body) == -1)
		buf_puts(&body, "(failed)");
	mailmsg_free(&msg);
	buf_free(&subject);
	return buf_detach(&body);
}

/* Every action an official can take (dossier_flow's table, not a list kept here) has its own
 * sentence in the applicant's mail: its body differs from that of an action the template does not
 * know. */
static void
test_act_table(void)
{
	char *none = act_body("no-such-action");
	size_t i;

	for (i = 0; i < dossier_nsteps; i++) {
		char *body;

		if (dossier_steps[i].actor != DOSSIER_OFFICIAL)
			continue;
		body = act_body(dossier_steps[i].action);
		ok(strcmp(body, none) != 0 && strcmp(body, "(failed)") != 0,
		    "the mail tells the applicant what %s means", dossier_steps[i].action);
		free(body);
	}
	free(none);
}

/* --- cgi-bin/track/supply.c ------------------------------------------------------------------- */

static void
test_supplied(const char *agency, const char *due, int linked, const char *what)
{
	const char *code = "H01-261204-000002";
	struct buf want = BUF_INIT, subject = BUF_INIT;
	struct mailmsg msg;

	buf_printf(&subject, "Đã nhận hồ sơ bổ sung %s", code);
	buf_printf(&want, "Kính gửi %s,\n\n", HOSTILE);
	buf_printf(&want, "Cổng Dịch vụ công đã nhận %d tệp bạn bổ sung cho hồ sơ %s (%s).\n",
	    3, code, "Cấp phép xây dựng");
	buf_printf(&want, "Hồ sơ đã được chuyển lại cho %s để tiếp tục giải quyết.\n",
	    agency[0] ? agency : "cơ quan giải quyết");
	if (due[0])
		buf_printf(&want, "Hạn giải quyết mới: %.2s/%.2s/%.4s.\n", due + 8, due + 5, due);
	if (linked)
		buf_printf(&want, "\nTheo dõi hồ sơ tại:\n%s/dossiers/%s\n", BASE, code);
	buf_puts(&want, "\n--\nCổng Dịch vụ công\nThư này được gửi tự động; xin đừng trả lời thư này.\n");
	start(&msg);
	mailmsg_set(&msg, "Name", HOSTILE);
	mailmsg_set(&msg, "Code", code);
	mailmsg_set(&msg, "Procedure", "Cấp phép xây dựng");
	mailmsg_set_int(&msg, "Files", 3);
	if (agency[0])
		mailmsg_set(&msg, "Agency", agency);
	if (due[0])
		mailmsg_set(&msg, "Due", "15/01/2027");
	if (linked) {
		mailmsg_set(&msg, "BaseURL", BASE);
		mailmsg_set(&msg, "CodeURL", code);
	}
	check(&msg, "mail/supplied.cs", buf_str(&subject), buf_str(&want), what);
	buf_free(&want);
	buf_free(&subject);
}

/* --- cgi-bin/login/mailtext.c ----------------------------------------------------------------- */

static void
test_confirm(int change)
{
	struct buf want = BUF_INIT;
	struct mailmsg msg;

	buf_printf(&want, "Kính gửi %s,\n\n", HOSTILE);
	buf_puts(&want, change
	    ? "Bạn vừa yêu cầu dùng địa chỉ thư này cho tài khoản trên Cổng Dịch vụ công.\n"
	    : "Cảm ơn bạn đã đăng ký tài khoản trên Cổng Dịch vụ công.\n");
	buf_puts(&want, "Để xác nhận địa chỉ thư này, hãy mở liên kết sau và bấm \"Xác nhận\":\n\n");
	buf_puts(&want, BASE);
	buf_printf(&want, "/account/email/confirm?t=%s\n\n", "0123abcd");
	buf_printf(&want, "Liên kết dùng được một lần, trong %d giờ.\n"
	    "Nếu bạn không yêu cầu việc này, hãy bỏ qua thư; địa chỉ sẽ không được dùng.\n", 72);
	buf_puts(&want, SIGNATURE);
	start(&msg);
	mailmsg_set(&msg, "Name", HOSTILE);
	mailmsg_set(&msg, "BaseURL", BASE);
	mailmsg_set(&msg, "Token", "0123abcd");
	mailmsg_set_int(&msg, "Change", change);
	mailmsg_set_int(&msg, "Hours", 72);
	check(&msg, "mail/confirm.cs", "Xác nhận địa chỉ thư điện tử", buf_str(&want),
	    change ? "confirming a new address" : "confirming a registration");
	buf_free(&want);
}

static void
test_reset(void)
{
	struct buf want = BUF_INIT;
	struct mailmsg msg;

	buf_printf(&want, "Kính gửi %s,\n\n", HOSTILE);
	buf_puts(&want, "Có yêu cầu đặt lại mật khẩu tài khoản của bạn trên Cổng Dịch vụ công.\n"
	    "Để đặt mật khẩu mới, hãy mở liên kết sau:\n\n");
	buf_puts(&want, BASE);
	buf_printf(&want, "/account/password/reset?t=%s\n\n", "feed0123");
	buf_printf(&want, "Liên kết dùng được một lần, trong %d phút. Sau khi đặt lại, mọi thiết bị "
	    "đang đăng nhập tài khoản sẽ bị đăng xuất.\n"
	    "Nếu bạn không yêu cầu việc này, hãy bỏ qua thư; mật khẩu của bạn không thay đổi.\n", 60);
	buf_puts(&want, SIGNATURE);
	start(&msg);
	mailmsg_set(&msg, "Name", HOSTILE);
	mailmsg_set(&msg, "BaseURL", BASE);
	mailmsg_set(&msg, "Token", "feed0123");
	mailmsg_set_int(&msg, "Minutes", 60);
	check(&msg, "mail/reset.cs", "Đặt lại mật khẩu", buf_str(&want), "a password reset");
	buf_free(&want);
}

static void
old_notice(struct buf *body, const char *what)
{
	buf_printf(body, "Kính gửi %s,\n\n%s\n\n", HOSTILE, what);
	buf_puts(body, "Nếu không phải bạn làm việc này, hãy đặt lại mật khẩu ngay tại ");
	buf_puts(body, BASE);
	buf_puts(body, "/account/password/forgot\nvà liên hệ bộ phận hỗ trợ của Cổng.\n");
	buf_puts(body, SIGNATURE);
}

static void
test_notices(void)
{
	struct buf want = BUF_INIT;
	struct mailmsg msg;

	old_notice(&want, "Mật khẩu tài khoản của bạn trên Cổng Dịch vụ công vừa "
	    "được đổi, và các thiết bị khác đã được đăng xuất.");
	start(&msg);
	mailmsg_set(&msg, "Name", HOSTILE);
	mailmsg_set(&msg, "BaseURL", BASE);
	check(&msg, "mail/password-changed.cs", "Mật khẩu đã được đổi", buf_str(&want),
	    "a changed password");
	buf_reset(&want);
	old_notice(&want, "Có yêu cầu đổi địa chỉ thư điện tử của tài khoản trên "
	    "Cổng Dịch vụ công sang t***@example.vn. Địa chỉ này (cũ) vẫn được dùng cho tới khi địa "
	    "chỉ mới được xác nhận.");
	start(&msg);
	mailmsg_set(&msg, "Name", HOSTILE);
	mailmsg_set(&msg, "BaseURL", BASE);
	mailmsg_set(&msg, "NewAddress", "t***@example.vn");
	check(&msg, "mail/email-changing.cs", "Yêu cầu đổi địa chỉ thư điện tử", buf_str(&want),
	    "a new address waiting");
	buf_free(&want);
}

/* --- cgi-bin/lib/feedback.c ------------------------------------------------------------------- */

static void
test_feedback_received(const char *name, const char *token, const char *what)
{
	const char *code = "PAKN-261204-000003", *title = "Đường <ngập> & \"tắc\"";
	struct buf want = BUF_INIT, subject = BUF_INIT;
	struct mailmsg msg;

	buf_printf(&subject, "Đã tiếp nhận phản ánh, kiến nghị %s", code);
	buf_printf(&want, "Kính gửi %s,\n\nCổng Dịch vụ công đã tiếp nhận phản ánh, kiến nghị của "
	    "bạn:\n\n  Mã: %s\n  Tiêu đề: %s\n\nCơ quan có thẩm quyền sẽ phân loại trước ngày %s "
	    "và trả lời trong 15 ngày làm việc kể từ khi tiếp nhận.\n\n",
	    *name ? name : "ông/bà", code, title, "2026-12-08");
	if (token[0])
		buf_printf(&want, "Theo dõi và đánh giá câu trả lời tại đường dẫn riêng dưới đây. "
		    "Đường dẫn này là của riêng bạn: đừng chia sẻ nó.\n\n  %s/feedback/%s?key=%s\n\n",
		    BASE, code, token);
	else
		buf_printf(&want, "Theo dõi tại: %s/feedback/%s\n\n", BASE, code);
	buf_puts(&want, "Thư này được gửi tự động; vui lòng không trả lời.\n");
	start(&msg);
	if (*name)
		mailmsg_set(&msg, "Name", name);
	mailmsg_set(&msg, "Code", code);
	mailmsg_set(&msg, "Title", title);
	mailmsg_set(&msg, "ClassifyDue", "2026-12-08");
	if (token[0])
		mailmsg_set(&msg, "Token", token);
	mailmsg_set(&msg, "BaseURL", BASE);
	check(&msg, "mail/feedback-received.cs", buf_str(&subject), buf_str(&want), what);
	buf_free(&want);
	buf_free(&subject);
}

static void
test_feedback_notice(size_t i, const char *name, const char *note, int anonymous)
{
	static const struct { const char *what, *subject, *before, *after; } notices[] = {
		{ "accept", "được tiếp nhận xử lý", "đã được ",
		  " tiếp nhận xử lý. Cơ quan sẽ trả lời trong 15 ngày làm việc." },
		{ "reject", "không được tiếp nhận", "không được ", " tiếp nhận xử lý. Lý do:" },
		{ "transfer", "được chuyển đến cơ quan có thẩm quyền", "đã được chuyển đến ",
		  ", cơ quan có thẩm quyền giải quyết." },
		{ "answer", "đã có câu trả lời", "đã được ", " trả lời như sau:" },
		{ "escalate", "được chuyển lên cơ quan cấp trên", "đã được chuyển lên ",
		  " xem xét lại, theo đề nghị của bạn." },
	};
	const char *code = "PAKN-261204-000004", *title = "Rác <thải> & \"mùi\"";
	const char *agency = "Sở Tài nguyên & Môi trường";
	struct buf want = BUF_INIT, subject = BUF_INIT;
	struct mailmsg msg;
	char what[80];

	buf_printf(&subject, "Phản ánh, kiến nghị %s %s", code, notices[i].subject);
	buf_printf(&want, "Kính gửi %s,\n\nPhản ánh, kiến nghị %s «%s» ", *name ? name : "ông/bà",
	    code, title);
	buf_printf(&want, "%s%s%s", notices[i].before, agency, notices[i].after);
	buf_puts(&want, "\n\n");
	if (note && *note)
		buf_printf(&want, "%s\n\n", note);
	if (anonymous)
		buf_printf(&want, "Xem chi tiết tại đường dẫn riêng bạn nhận được khi gửi, hoặc tra cứu "
		    "bằng mã %s tại %s/feedback.\n\n", code, BASE);
	else
		buf_printf(&want, "Xem chi tiết: %s/feedback/%s\n\n", BASE, code);
	buf_puts(&want, "Thư này được gửi tự động; vui lòng không trả lời.\n");
	start(&msg);
	mailmsg_set(&msg, "What", notices[i].what);
	mailmsg_set(&msg, "Code", code);
	if (*name)
		mailmsg_set(&msg, "Name", name);
	mailmsg_set(&msg, "Title", title);
	mailmsg_set(&msg, "Agency", agency);
	if (note && *note)
		mailmsg_set(&msg, "Note", note);
	mailmsg_set(&msg, "Anonymous", anonymous ? "1" : "0");
	mailmsg_set(&msg, "BaseURL", BASE);
	snprintf(what, sizeof(what), "feedback %s%s%s", notices[i].what, *note ? ", a note" : "",
	    anonymous ? ", anonymous" : "");
	check(&msg, "mail/feedback-notice.cs", buf_str(&subject), buf_str(&want), what);
	buf_free(&want);
	buf_free(&subject);
}

/* --- the escaping: none in mail, html in pages ------------------------------------------------ */

static void
test_escaping(void)
{
	char dir[] = "/tmp/test-mailmsg-XXXXXX", path[128];
	struct tmpl_cache *cache;
	struct buf page = BUF_INIT, subject = BUF_INIT, body = BUF_INIT;
	struct mailmsg msg;
	FILE *f;

	if (mkdtemp(dir) == NULL) {
		printf("Bail out! mkdtemp\n");
		exit(1);
	}
	snprintf(path, sizeof(path), "%s/mail", dir);
	if (mkdir(path, 0700) == -1) {
		printf("Bail out! mkdir %s\n", path);
		exit(1);
	}
	snprintf(path, sizeof(path), "%s/page.cs", dir);
	if ((f = fopen(path, "w")) == NULL || fputs("<p><?cs var:Mail.Name ?></p>", f) < 0 ||
	    fclose(f) != 0)
		exit(1);
	snprintf(path, sizeof(path), "%s/mail/t.cs", dir);
	if ((f = fopen(path, "w")) == NULL ||
	    fputs("Gửi <?cs var:Mail.Name ?>\n\n<?cs var:Mail.Name ?>\n", f) < 0 || fclose(f) != 0)
		exit(1);
	cache = tmpl_cache_new(dir);
	ok(cache != NULL, "a cache over a directory with a page and a mail");
	start(&msg);
	mailmsg_set(&msg, "Name", HOSTILE);
	ok(mailmsg_render(&msg, cache, "mail/t.cs", &subject, &body) == 0, "the mail renders");
	is_str(buf_str(&subject), "Gửi " HOSTILE, "no HTML escaping in a mail's subject");
	is_str(buf_str(&body), HOSTILE "\n", "nor in its body");
	ok(tmpl_render(cache, msg.hdf, "page.cs", &page) == 0, "the page renders with the same facts");
	is_str(buf_str(&page), "<p>Lê &amp; Con &lt;b&gt;&quot;Nhà&quot;&lt;/b&gt; &#39;Một&#39;</p>",
	    "a page is still HTML-escaped, even after a mail was parsed in the same process");
	buf_reset(&subject);
	buf_reset(&body);
	ok(mailmsg_render(&msg, cache, "page.cs", &subject, &body) == -1,
	    "a template outside mail/ is refused as the text of a mail");
	mailmsg_free(&msg);
	tmpl_cache_free(cache);
	buf_free(&page);
	buf_free(&subject);
	buf_free(&body);
	snprintf(path, sizeof(path), "%s/mail/t.cs", dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/mail", dir);
	rmdir(path);
	snprintf(path, sizeof(path), "%s/page.cs", dir);
	unlink(path);
	rmdir(dir);
}

int
main(void)
{
	size_t i;

	templates = tmpl_cache_new(TEST_TEMPLATES);
	if (templates == NULL) {
		printf("Bail out! no templates in %s\n", TEST_TEMPLATES);
		return 1;
	}
	test_submitted("Nguyễn Văn An", "2027-01-15", "15/01/2027", "submitted, with a due date");
	test_submitted(HOSTILE, "", NULL, "submitted, no due date, a name with & < > and quotes");
	test_act("receive", "");
	test_act("supplement", "Thiếu bản sao <CCCD> & \"giấy khai sinh\"");
	test_act("process", NULL);
	test_act("approve", "0");
	test_act("reject", "Không đủ điều kiện.");
	test_act("return", "");
	test_act_table();
	test_supplied("Sở Xây dựng & Quy hoạch", "2027-01-15", 1, "supplied, all facts");
	test_supplied("", "", 0, "supplied, no agency, no due date, no link");
	test_confirm(0);
	test_confirm(1);
	test_reset();
	test_notices();
	test_feedback_received(HOSTILE, "", "feedback received, with an account");
	test_feedback_received("", "a1b2c3d4e5f6", "feedback received, anonymous, secret link");
	for (i = 0; i < 5; i++)
		test_feedback_notice(i, i % 2 ? "" : HOSTILE, i == 3 ? "Trả lời: <đã xử lý> & xong" : "",
		    i == 4);
	test_feedback_notice(1, HOSTILE, "0", 1);
	test_escaping();
	tmpl_cache_free(templates);
	return done_testing();
}
