/* login: the words of the mail the accounts family sends. Each is queued in the outbox inside the
 * caller's transaction (mail.h); links start with Site.BaseURL, never with the request's Host, so
 * that nobody can have the portal mail a link to a site of theirs. */
#include "login.h"

#include <string.h>

#include "app.h"
#include "buf.h"
#include "conf.h"
#include "log.h"
#include "mail.h"

#define MAIL_SIGNATURE \
	"\n--\nCổng Dịch vụ công\n" \
	"Thư này được gửi tự động; xin đừng trả lời thư này.\n"

/* Appends Site.BaseURL without a trailing slash. Returns 0, or -1 when it is not set. */
static int
mail_base_url(const struct req *req, struct buf *out)
{
	const char *base = conf_str(req->app->conf, "Site.BaseURL", "");
	size_t len = strlen(base);

	if (strncmp(base, "http://", 7) != 0 && strncmp(base, "https://", 8) != 0) {
		log_err("Site.BaseURL is not set to the portal's address: no link can be mailed");
		return -1;
	}
	while (len > 0 && base[len - 1] == '/')
		len--;
	buf_append(out, base, len);
	return 0;
}

static int
mail_send(struct req *req, const char *to, const char *subject, struct buf *body)
{
	int rc;

	buf_puts(body, MAIL_SIGNATURE);
	rc = mail_queue(req->app->db, to, subject, buf_str(body));
	buf_free(body);
	return rc;
}

int
login_mail_confirm(struct req *req, const char *to, const char *name, const char *token,
    int change)
{
	struct buf body = BUF_INIT;

	buf_printf(&body, "Kính gửi %s,\n\n", name);
	buf_puts(&body, change
	    ? "Bạn vừa yêu cầu dùng địa chỉ thư này cho tài khoản trên Cổng Dịch vụ công.\n"
	    : "Cảm ơn bạn đã đăng ký tài khoản trên Cổng Dịch vụ công.\n");
	buf_puts(&body, "Để xác nhận địa chỉ thư này, hãy mở liên kết sau và bấm \"Xác nhận\":\n\n");
	if (mail_base_url(req, &body) == -1) {
		buf_free(&body);
		return -1;
	}
	buf_printf(&body, "/account/email/confirm?t=%s\n\n", token);
	buf_printf(&body, "Liên kết dùng được một lần, trong %d giờ.\n"
	    "Nếu bạn không yêu cầu việc này, hãy bỏ qua thư; địa chỉ sẽ không được dùng.\n",
	    LOGIN_CONFIRM_TTL / 3600);
	return mail_send(req, to, "Xác nhận địa chỉ thư điện tử", &body);
}

int
login_mail_reset(struct req *req, const char *to, const char *name, const char *token)
{
	struct buf body = BUF_INIT;

	buf_printf(&body, "Kính gửi %s,\n\n", name);
	buf_puts(&body, "Có yêu cầu đặt lại mật khẩu tài khoản của bạn trên Cổng Dịch vụ công.\n"
	    "Để đặt mật khẩu mới, hãy mở liên kết sau:\n\n");
	if (mail_base_url(req, &body) == -1) {
		buf_free(&body);
		return -1;
	}
	buf_printf(&body, "/account/password/reset?t=%s\n\n", token);
	buf_printf(&body, "Liên kết dùng được một lần, trong %d phút. Sau khi đặt lại, mọi thiết bị "
	    "đang đăng nhập tài khoản sẽ bị đăng xuất.\n"
	    "Nếu bạn không yêu cầu việc này, hãy bỏ qua thư; mật khẩu của bạn không thay đổi.\n",
	    LOGIN_RESET_TTL / 60);
	return mail_send(req, to, "Đặt lại mật khẩu", &body);
}

int
login_mail_notice(struct req *req, const char *to, const char *name, const char *subject,
    const char *what)
{
	struct buf body = BUF_INIT;

	buf_printf(&body, "Kính gửi %s,\n\n%s\n\n", name, what);
	buf_puts(&body, "Nếu không phải bạn làm việc này, hãy đặt lại mật khẩu ngay tại ");
	if (mail_base_url(req, &body) == -1) {
		buf_free(&body);
		return -1;
	}
	buf_puts(&body, "/account/password/forgot\nvà liên hệ bộ phận hỗ trợ của Cổng.\n");
	return mail_send(req, to, subject, &body);
}
