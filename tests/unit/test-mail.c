/* Unit tests of mail_format: if these broke, mail readers would show mangled Vietnamese subjects,
 * relays would refuse long lines, or text from a form could turn into headers of a message. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "crypto.h"
#include "mail.h"
#include "tap.h"

static struct mail_envelope
envelope(const char *subject)
{
	struct mail_envelope env;

	env.from = "no-reply@dichvucong.gov.vn";
	env.from_name = "Cổng Dịch vụ công";
	env.to = "dan@example.vn";
	env.subject = subject;
	env.message_id = "cong.outbox.7.1700000000@dichvucong.gov.vn";
	env.date = 1700000000;	/* 2023-11-14 22:13:20 UTC */
	return env;
}

/* 1 when every line of text ends in CRLF (no bare CR or LF) and has at most max characters. */
static int
lines_ok(const char *text, size_t max)
{
	const char *p = text, *nl;

	while (*p) {
		if ((nl = strstr(p, "\r\n")) == NULL)
			return 0;
		if ((size_t)(nl - p) > max || memchr(p, '\n', (size_t)(nl - p)) ||
		    memchr(p, '\r', (size_t)(nl - p)))
			return 0;
		p = nl + 2;
	}
	return 1;
}

/* The decoded text of the encoded words of header name in msg, joined (the reader's view). */
static char *
decoded_header(const char *msg, const char *name)
{
	struct buf out = BUF_INIT;
	char want[64];
	const char *p, *end;

	snprintf(want, sizeof(want), "\r\n%s: ", name);
	if ((p = strstr(msg, want)) == NULL)
		return xstrdup("");
	p += strlen(want);
	/* The header runs on while the next line starts with a space (folding). */
	for (end = p; (end = strstr(end, "\r\n")) != NULL && end[2] == ' '; end += 2)
		;
	while (p < end) {
		const char *w = strstr(p, "=?UTF-8?B?"), *q;
		struct buf b = BUF_INIT;
		size_t len;

		if (w == NULL || w >= end)
			break;
		w += 10;
		q = strstr(w, "?=");
		len = (size_t)(q - w);
		while (len > 0 && w[len - 1] == '=')
			len--;
		if (crypto_base64_decode(w, len, &b) == 0)
			buf_append(&out, b.data ? b.data : "", b.len);
		buf_free(&b);
		p = q + 2;
	}
	return buf_detach(&out);
}

int
main(void)
{
	struct mail_envelope env = envelope("Xác nhận địa chỉ thư điện tử");
	struct buf msg = BUF_INIT, body = BUF_INIT, text = BUF_INIT;
	const char *b;
	char *subject;
	size_t i;

	ok(mail_format(&env, "Kính gửi bạn,\nDòng hai.\n", &msg) == 0, "a message is formatted");
	ok(strncmp(msg.data, "Date: Tue, 14 Nov 2023 22:13:20 +0000\r\n", 39) == 0,
	    "the Date header is RFC 5322, in English whatever the locale");
	ok(strstr(msg.data, "\r\nTo: <dan@example.vn>\r\n") != NULL, "To is the address");
	ok(strstr(msg.data, "\r\nMessage-ID: <cong.outbox.7.1700000000@dichvucong.gov.vn>\r\n") != NULL,
	    "Message-ID is the outbox row's");
	ok(strstr(msg.data, "\r\nContent-Type: text/plain; charset=UTF-8\r\n") != NULL, "text in UTF-8");
	ok(strstr(msg.data, "\r\nContent-Transfer-Encoding: base64\r\n") != NULL, "in base64");
	ok(strstr(msg.data, "\r\nMIME-Version: 1.0\r\n") != NULL, "MIME 1.0");
	ok(lines_ok(msg.data, 78), "every line ends in CRLF and fits 78 columns");
	subject = decoded_header(msg.data, "Subject");
	is_str(subject, "Xác nhận địa chỉ thư điện tử", "the subject decodes to what was given");
	free(subject);
	subject = decoded_header(msg.data, "From");
	is_str(subject, "Cổng Dịch vụ công", "the sender's name too");
	free(subject);
	ok(strstr(msg.data, "<no-reply@dichvucong.gov.vn>\r\n") != NULL, "after it, the address");

	b = strstr(msg.data, "\r\n\r\n") + 4;
	for (; *b; b++)
		if (*b != '\r' && *b != '\n')
			buf_putc(&text, *b);
	ok(crypto_base64_decode(text.data, text.len - (text.len && text.data[text.len - 1] == '=' ?
	    (text.len > 1 && text.data[text.len - 2] == '=' ? 2 : 1) : 0), &body) == 0,
	    "the body is base64");
	is_str(buf_str(&body), "Kính gửi bạn,\r\nDòng hai.\r\n", "of the text, with CRLF line ends");
	buf_free(&msg);
	buf_free(&body);
	buf_free(&text);

	/* A long subject: many encoded words, each cut between characters. */
	{
		struct buf long_subject = BUF_INIT;

		for (i = 0; i < 8; i++)	/* 240 bytes: under MAIL_SUBJECT_MAX */
			buf_puts(&long_subject, "Đổi giấy phép lái xe ");
		env = envelope(buf_str(&long_subject));
		ok(mail_format(&env, "x", &msg) == 0, "a long Vietnamese subject is formatted");
		ok(msg.data && lines_ok(msg.data, 78), "folded into lines that fit");
		subject = decoded_header(msg.data, "Subject");
		is_str(subject, buf_str(&long_subject), "and decodes whole, no letter cut in two");
		free(subject);
		buf_free(&msg);
		buf_free(&long_subject);
	}

	/* A sender's name in ASCII is quoted while the header fits; a long one (a site named at
	 * length in the configuration) once made a From line of any length (fuzz-mail). */
	env = envelope("ok");
	env.from_name = "Portal \"Cong\" team";
	ok(mail_format(&env, "x", &msg) == 0 &&
	    strstr(msg.data, "\r\nFrom: \"Portal \\\"Cong\\\" team\" <no-reply@dichvucong.gov.vn>\r\n"),
	    "a short ASCII sender's name is quoted");
	buf_free(&msg);
	{
		struct buf long_name = BUF_INIT;

		for (i = 0; i < 40; i++)
			buf_puts(&long_name, "Portal, \"team\" ");
		env.from_name = buf_str(&long_name);
		ok(mail_format(&env, "x", &msg) == 0 && lines_ok(msg.data, 78),
		    "a long one is folded into lines that fit");
		subject = decoded_header(msg.data, "From");
		is_str(subject, buf_str(&long_name), "and decodes to the name given");
		free(subject);
		buf_free(&msg);
		buf_free(&long_name);
	}

	env = envelope("Plain ASCII subject");
	ok(mail_format(&env, "x", &msg) == 0 && strstr(msg.data, "\r\nSubject: Plain ASCII subject\r\n"),
	    "a short ASCII subject is written as it is");
	buf_free(&msg);

	/* Nothing from a form may become a header. */
	env = envelope("Chào\r\nBcc: victim@example.com");
	ok(mail_format(&env, "x", &msg) == -1 && msg.len == 0, "a subject with CR LF is refused");
	env = envelope("Chào\nBcc: victim@example.com");
	ok(mail_format(&env, "x", &msg) == -1, "with a bare LF too");
	env = envelope("ok");
	env.to = "dan@example.vn>\r\nBcc: <victim@example.com";
	ok(mail_format(&env, "x", &msg) == -1, "an address with a line break is refused");
	env.to = "a@b@example.vn";
	ok(mail_format(&env, "x", &msg) == -1, "an address with two @ is refused");
	env.to = "Dân <dan@example.vn>";
	ok(mail_format(&env, "x", &msg) == -1, "an address with a name in it is refused");
	env = envelope("ok");
	env.from_name = "Cổng\r\nBcc: x@y.vn";
	ok(mail_format(&env, "x", &msg) == -1, "a sender's name with a line break is refused");
	env = envelope("ok");
	ok(mail_format(&env, "t\xC3\x28xt", &msg) == -1, "a body that is not UTF-8 is refused");
	env = envelope("\xE1\xBB");
	ok(mail_format(&env, "x", &msg) == -1, "a subject cut inside a letter is refused");
	ok(msg.len == 0, "and nothing is written for any of them");

	ok(mail_address_ok("nguyen.van-a+hs@so-tu-phap.hanoi.gov.vn"), "an ordinary address is good");
	ok(!mail_address_ok("") && !mail_address_ok("@x.vn") && !mail_address_ok("a@"),
	    "empty and half addresses are not");
	ok(!mail_address_ok("a b@x.vn") && !mail_address_ok("a,b@x.vn") && !mail_address_ok("a\"b@x.vn"),
	    "space, comma and quote are not taken");
	return done_testing();
}
