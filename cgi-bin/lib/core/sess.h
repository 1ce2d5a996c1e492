/* sess: logins that every page family shares, kept in MariaDB — a 256-bit random token in an
 * HttpOnly, Secure, SameSite=Lax cookie, only its SHA-256 in the sessions table — and the CSRF token
 * every state-changing request must carry. */
#ifndef CONG_SESS_H
#define CONG_SESS_H

#include "crypto.h"
#include "req.h"

#define SESS_COOKIE "cong_session"
#define SESS_CSRF_COOKIE "cong_csrf"	/* forms of visitors who are not logged in */
#define SESS_CSRF_FIELD "csrf"		/* the form field of every POST */

/* What a logged-in user is (users.kind), as the code compares it: never by its text. An unknown
 * kind is ROLE_NONE, which no page's flags let through. */
enum sess_role { ROLE_NONE, ROLE_CITIZEN, ROLE_BUSINESS, ROLE_OFFICIAL, ROLE_ADMIN };

/* The logged-in user of a request. Owned by the request; freed with it. */
struct sess {
	long long  id;			/* sessions.id */
	long long  user_id;
	enum sess_role role;
	char      *kind;		/* users.kind as text (citizen, business, official, admin),
					 * for the templates and the queries that take it */
	char      *full_name;
	long long  agency_id;		/* an official's agency, else 0 */
	int        second_factor;	/* a TOTP code was given in this session */
	int        totp_enabled;	/* the user has two-factor authentication on */
	int        pending;		/* totp_enabled but no code given yet: the password alone
					 * opens only the page that asks for the code */
	int        remember;
	char       csrf[CRYPTO_TOKEN_SIZE];
};

/* Lifetimes, in seconds. */
#define SESS_IDLE            (30 * 60)		/* without a request */
#define SESS_ABSOLUTE        (12 * 3600)	/* whatever the activity */
#define SESS_REMEMBER_IDLE   (7 * 24 * 3600)	/* "remember me" only lengthens these */
#define SESS_REMEMBER_ABSOLUTE (30 * 24 * 3600)

/* Reads the session cookie and, if it names a live session, sets req->sess and moves its idle
 * clock (at most once a minute). Returns 1 logged in, 0 not, -1 database error (logged). */
int sess_load(struct req *req);

/* Starts a session for user_id after a login, or a change of privilege: a new token (the old
 * session, if any, is ended, so a token known before login is worth nothing after it), the cookie
 * on the response. Returns 0 or -1. */
int sess_start(struct req *req, long long user_id, int remember, int second_factor);

/* Ends the request's session on the server and clears the cookie. Returns 0 or -1. */
int sess_end(struct req *req);

/* Ends every other session of the user (after a password change, or on request). Returns the
 * number ended, or -1. */
int sess_end_others(struct req *req);

/* The CSRF token for the forms of this page: the session's, or for a visitor the token of the
 * CSRF cookie, issued now when the request has none. NULL only when no random bytes could be had. */
const char *sess_csrf_token(struct req *req);

/* 1 when the request's csrf field matches its session's token (or, for a visitor, the CSRF
 * cookie), compared in constant time; else 0. */
int sess_csrf_ok(struct req *req);

void sess_free(struct sess *sess);

/* The role of a users.kind value. */
enum sess_role sess_role_of(const char *kind);

/* 1 for an official or an admin (the staff pages' users), else 0. */
int sess_is_staff(const struct sess *sess);

#endif
