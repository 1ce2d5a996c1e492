/* test-sess: the parts of sessions that need no database — roles, the CSRF token of a visitor
 * (its cookie) and of a session, the check of a form's token, and the cookie that ends a
 * session. Loading, starting and ending a session in the database are the integration tests'
 * (tests/integration/accounts.sh, twofactor.sh). */
#include "config.h"

#include <stdlib.h>

#include "crypto.h"
#include "sess.h"
#include "tap.h"

/* A request with a fresh HDF and no FastCGI stream (nothing here reads a parameter). */
static void
req_begin(struct req *req)
{
	memset(req, 0, sizeof(*req));
	hdf_init(&req->hdf);
}

static void
req_end(struct req *req)
{
	hdf_destroy(&req->hdf);
	buf_free(&req->headers);
	free(req->error_message);
	sess_free(req->sess);
}

static struct sess *
sess_with_token(const char *csrf)
{
	struct sess *s = calloc(1, sizeof(*s));

	if (s == NULL)
		exit(99);
	s->role = ROLE_CITIZEN;
	snprintf(s->csrf, sizeof(s->csrf), "%s", csrf);
	return s;
}

static void
test_roles(void)
{
	struct sess s;

	ok(sess_role_of("citizen") == ROLE_CITIZEN, "citizen");
	ok(sess_role_of("business") == ROLE_BUSINESS, "business");
	ok(sess_role_of("official") == ROLE_OFFICIAL, "official");
	ok(sess_role_of("admin") == ROLE_ADMIN, "admin");
	ok(sess_role_of("Admin") == ROLE_NONE, "a kind is compared exactly: Admin is no role");
	ok(sess_role_of("") == ROLE_NONE && sess_role_of(NULL) == ROLE_NONE, "nor are empty and NULL");
	memset(&s, 0, sizeof(s));
	s.role = ROLE_OFFICIAL;
	ok(sess_is_staff(&s), "an official is staff");
	s.role = ROLE_ADMIN;
	ok(sess_is_staff(&s), "an admin is staff");
	s.role = ROLE_BUSINESS;
	ok(!sess_is_staff(&s), "a business is not");
	s.role = ROLE_NONE;
	ok(!sess_is_staff(&s) && !sess_is_staff(NULL), "nor is no role, nor no session");
}

static void
test_visitor_token(void)
{
	struct req req;
	const char *t, *cookie;
	char first[CRYPTO_TOKEN_SIZE], want[256];

	req_begin(&req);
	t = sess_csrf_token(&req);
	ok(t != NULL && crypto_token_plausible(t), "a visitor's first form gets a new token");
	snprintf(first, sizeof(first), "%s", t ? t : "");
	snprintf(want, sizeof(want), "Set-Cookie: cong_csrf=%s; Path=/; HttpOnly; Secure; "
	    "SameSite=Strict\r\n", first);
	is_str(buf_str(&req.headers), want,
	    "in a browser-session cookie: HttpOnly, Secure, SameSite=Strict, no Max-Age");
	cookie = hdf_get_value(req.hdf, "Cookie.cong_csrf", NULL);
	is_str(cookie, first, "and the same page's form sees it as the cookie");
	is_str(sess_csrf_token(&req), first, "asked again, the token is the cookie's");
	ok(req.headers.len == strlen(want), "and no second cookie is set");

	/* The form comes back with the token in its field. */
	hdf_set_value(req.hdf, "Query.csrf", first);
	ok(sess_csrf_ok(&req) == 1, "a form with the cookie's token passes");
	first[5] = first[5] == 'A' ? 'B' : 'A';
	hdf_set_value(req.hdf, "Query.csrf", first);
	ok(sess_csrf_ok(&req) == 0, "a token differing in one character is refused");
	{
		char longer[CRYPTO_TOKEN_SIZE + 1];

		snprintf(longer, sizeof(longer), "%sx", hdf_get_value(req.hdf, "Cookie.cong_csrf", ""));
		hdf_set_value(req.hdf, "Query.csrf", longer);
	}
	ok(sess_csrf_ok(&req) == 0, "the token with a character more is refused");
	first[5] = '\0';
	hdf_set_value(req.hdf, "Query.csrf", first);
	ok(sess_csrf_ok(&req) == 0, "a prefix of the token is refused");
	hdf_remove_tree(req.hdf, "Query.csrf");
	ok(sess_csrf_ok(&req) == 0, "a form without the field is refused");
	req_end(&req);

	/* A cookie that no crypto_token made is replaced, and never accepted. */
	req_begin(&req);
	hdf_set_value(req.hdf, "Cookie.cong_csrf", "short");
	hdf_set_value(req.hdf, "Query.csrf", "short");
	ok(sess_csrf_ok(&req) == 0, "an implausible cookie passes no form, even matched");
	t = sess_csrf_token(&req);
	ok(t != NULL && crypto_token_plausible(t) && strcmp(t, "short") != 0,
	    "and gets a new token in its place");
	ok(strncmp(buf_str(&req.headers), "Set-Cookie: cong_csrf=", 22) == 0, "in a new cookie");
	req_end(&req);
}

static void
test_session_token(void)
{
	struct req req;
	char token[CRYPTO_TOKEN_SIZE], visitor[CRYPTO_TOKEN_SIZE];

	ok(crypto_token(token) == 0 && crypto_token(visitor) == 0, "two tokens");
	req_begin(&req);
	req.sess = sess_with_token(token);
	hdf_set_value(req.hdf, "Cookie.cong_csrf", visitor);
	is_str(sess_csrf_token(&req), token, "a session's forms carry the session's token");
	ok(req.headers.len == 0, "and set no cookie");
	hdf_set_value(req.hdf, "Query.csrf", token);
	ok(sess_csrf_ok(&req) == 1, "the session's token passes");
	hdf_set_value(req.hdf, "Query.csrf", visitor);
	ok(sess_csrf_ok(&req) == 0, "the visitor cookie's token does not, once logged in");
	req_end(&req);
}

static void
test_no_database(void)
{
	struct req req;

	req_begin(&req);
	ok(sess_load(&req) == 0 && req.sess == NULL, "no session cookie: not logged in");
	hdf_set_value(req.hdf, "Cookie.cong_session", "not-a-token");
	ok(sess_load(&req) == 0 && req.sess == NULL,
	    "an implausible session cookie is not looked up (no database here to ask)");
	ok(sess_end_others(&req) == 0, "a visitor has no other sessions to end");
	ok(sess_end(&req) == 0, "a visitor's logout");
	is_str(buf_str(&req.headers), "Set-Cookie: cong_session=; Path=/; HttpOnly; Secure; "
	    "SameSite=Lax; Max-Age=0\r\n", "clears the session cookie");
	req_end(&req);
}

int
main(void)
{
	ok(SESS_IDLE == 1800 && SESS_ABSOLUTE == 43200, "a session: 30 minutes idle, 12 hours in all");
	ok(SESS_REMEMBER_IDLE == 604800 && SESS_REMEMBER_ABSOLUTE == 2592000,
	    "remembered: 7 days idle, 30 days in all");
	test_roles();
	test_visitor_token();
	test_session_token();
	test_no_database();
	return done_testing();
}
