/* login: the facts of the mail the accounts family sends; the words are in templates/mail/. Each
 * is queued in the outbox inside the caller's transaction (mail.h); links start with
 * Site.BaseURL, never with the request's Host, so that nobody can have the portal mail a link to
 * a site of theirs. */
#include "login.h"

#include <string.h>

#include "app.h"
#include "buf.h"
#include "conf.h"
#include "log.h"
#include "mailmsg.h"

/* Sets Mail.BaseURL: Site.BaseURL without a trailing slash. Returns 0, or -1 when it is not set. */
static int
mail_base_url(const struct req *req, struct mailmsg *msg)
{
	const char *base = conf_str(req->app->conf, "Site.BaseURL", "");
	struct buf trimmed = BUF_INIT;
	size_t len = strlen(base);

	if (strncmp(base, "http://", 7) != 0 && strncmp(base, "https://", 8) != 0) {
		log_err("Site.BaseURL is not set to the portal's address: no link can be mailed");
		return -1;
	}
	while (len > 0 && base[len - 1] == '/')
		len--;
	buf_append(&trimmed, base, len);
	mailmsg_set(msg, "BaseURL", buf_str(&trimmed));
	buf_free(&trimmed);
	return 0;
}

/* Sets the facts every mail of the family has (the name, the portal's address), then queues the
 * template. Frees msg. Returns 0 or -1. */
static int
mail_send(struct req *req, struct mailmsg *msg, const char *to, const char *name,
    const char *template)
{
	int rc = -1;

	mailmsg_set(msg, "Name", name);
	if (mail_base_url(req, msg) == 0)
		rc = mailmsg_queue(msg, req->app->db, req->app->templates, to, template);
	mailmsg_free(msg);
	return rc;
}

int
login_mail_confirm(struct req *req, const char *to, const char *name, const char *token,
    int change)
{
	struct mailmsg msg;

	if (mailmsg_init(&msg) == -1) {
		mailmsg_free(&msg);
		return -1;
	}
	mailmsg_set(&msg, "Token", token);
	mailmsg_set_int(&msg, "Change", change ? 1 : 0);
	mailmsg_set_int(&msg, "Hours", LOGIN_CONFIRM_TTL / 3600);
	return mail_send(req, &msg, to, name, "mail/confirm.cs");
}

int
login_mail_reset(struct req *req, const char *to, const char *name, const char *token)
{
	struct mailmsg msg;

	if (mailmsg_init(&msg) == -1) {
		mailmsg_free(&msg);
		return -1;
	}
	mailmsg_set(&msg, "Token", token);
	mailmsg_set_int(&msg, "Minutes", LOGIN_RESET_TTL / 60);
	return mail_send(req, &msg, to, name, "mail/reset.cs");
}

int
login_mail_notice(struct req *req, const char *to, const char *name, const char *template,
    const char *new_address)
{
	struct mailmsg msg;

	if (mailmsg_init(&msg) == -1) {
		mailmsg_free(&msg);
		return -1;
	}
	if (new_address)
		mailmsg_set(&msg, "NewAddress", new_address);
	return mail_send(req, &msg, to, name, template);
}
