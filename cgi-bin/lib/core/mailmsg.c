/* mailmsg: a mail's subject and body made by its template from the facts the caller sets. */
#include "mailmsg.h"

#include <string.h>

#include "fmt.h"
#include "log.h"
#include "mail.h"
#include "tmpl.h"

int
mailmsg_init(struct mailmsg *msg)
{
	NEOERR *err;

	msg->failed = 0;
	msg->hdf = NULL;
	if ((err = hdf_init(&msg->hdf)) != STATUS_OK) {
		tmpl_log_error("mail facts", err);
		msg->failed = 1;
		return -1;
	}
	return 0;
}

void
mailmsg_free(struct mailmsg *msg)
{
	if (msg->hdf)
		hdf_destroy(&msg->hdf);
	msg->hdf = NULL;
}

void
mailmsg_set(struct mailmsg *msg, const char *key, const char *value)
{
	char name[64];
	NEOERR *err;

	if (msg->hdf == NULL || fmt_into(name, sizeof(name), "Mail.%s", key) == -1) {
		log_err("mail facts: cannot set Mail.%.40s", key);
		msg->failed = 1;
		return;
	}
	if ((err = hdf_set_value(msg->hdf, name, value ? value : "")) != STATUS_OK) {
		tmpl_log_error(name, err);
		msg->failed = 1;
	}
}

void
mailmsg_set_int(struct mailmsg *msg, const char *key, long long value)
{
	char text[24];

	if (fmt_into(text, sizeof(text), "%lld", value) == -1) {
		msg->failed = 1;
		return;
	}
	mailmsg_set(msg, key, text);
}

int
mailmsg_render(struct mailmsg *msg, struct tmpl_cache *templates, const char *name,
    struct buf *subject, struct buf *body)
{
	struct buf text = BUF_INIT;
	const char *all, *nl;
	int rc = -1;

	if (msg->failed || msg->hdf == NULL) {
		log_err("mail %s: its facts are incomplete", name);
		return -1;
	}
	if (strncmp(name, TMPL_TEXT_DIR, strlen(TMPL_TEXT_DIR)) != 0) {
		/* Any other template would be HTML-escaped: not the text of a mail. */
		log_err("mail %s: not a template under %s", name, TMPL_TEXT_DIR);
		return -1;
	}
	if (tmpl_render(templates, msg->hdf, name, &text) == -1)
		goto out;
	all = buf_str(&text);
	if ((nl = strchr(all, '\n')) == NULL || nl == all || nl[1] != '\n') {
		log_err("mail %s: the template does not start with a subject line and an empty line",
		    name);
		goto out;
	}
	buf_append(subject, all, (size_t)(nl - all));
	buf_puts(body, nl + 2);
	rc = 0;
out:
	buf_free(&text);
	return rc;
}

int
mailmsg_queue(struct mailmsg *msg, struct db *db, struct tmpl_cache *templates, const char *to,
    const char *name)
{
	struct buf subject = BUF_INIT, body = BUF_INIT;
	int rc = -1;

	if (mailmsg_render(msg, templates, name, &subject, &body) == 0)
		rc = mail_queue(db, to, buf_str(&subject), buf_str(&body));
	buf_free(&subject);
	buf_free(&body);
	return rc;
}
