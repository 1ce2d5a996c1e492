/* login: the accounts family — register, log in and out, the account page. */
#ifndef CONG_LOGIN_H
#define CONG_LOGIN_H

#include <stddef.h>

#include "crypto.h"
#include "req.h"

struct db;
struct db_result;

int login_register_form(struct req *req);
int login_register(struct req *req);
int login_form(struct req *req);
int login_submit(struct req *req);
int login_logout(struct req *req);
int login_account(struct req *req);
int login_end_others(struct req *req);

int login_password_form(struct req *req);
int login_password(struct req *req);
int login_export(struct req *req);
int login_second_form(struct req *req);
int login_second_submit(struct req *req);
int login_twofactor(struct req *req);
int login_twofactor_enable(struct req *req);
int login_twofactor_disable(struct req *req);

int login_confirm_form(struct req *req);
int login_confirm(struct req *req);
int login_resend(struct req *req);
int login_contact_form(struct req *req);
int login_contact(struct req *req);
int login_forgot_form(struct req *req);
int login_forgot(struct req *req);
int login_reset_form(struct req *req);
int login_reset(struct req *req);

/* The account for what a user types to log in (citizen ID or social-insurance number for
 * "citizen", tax code for "business"): *out gets one row (id, password_hash, status,
 * totp_enabled, email, full_name) or none. Returns 0, or -1 on database error (signin.c). */
int login_find_account(struct db *db, const char *kind, const char *login, struct db_result **out);

/* Writes to out the new address of the user that waits for its confirmation, or "" if none
 * (email.c). Returns 0 or -1. */
int login_pending_email(struct db *db, long long user_id, char *out, size_t size);

/* Single-use links sent by e-mail (tokens.c). */
#define LOGIN_CONFIRM_TTL (72 * 3600)	/* confirming an address */
#define LOGIN_RESET_TTL   (60 * 60)	/* resetting a password */

enum login_token_state {
	LOGIN_TOKEN_LIVE,
	LOGIN_TOKEN_UNKNOWN,
	LOGIN_TOKEN_USED,
	LOGIN_TOKEN_REVOKED,
	LOGIN_TOKEN_EXPIRED
};

struct login_token {
	long long               id;
	long long               user_id;
	char                    email[255];	/* the address the link was sent to */
	enum login_token_state  state;
};

/* Makes a token for user_id and purpose ("confirm", "reset") sent to email, live for ttl_seconds;
 * writes it to token (and its row to *token_id when not NULL). Returns 0 or -1. */
int login_token_issue(struct db *db, long long user_id, const char *purpose, const char *email,
    int ttl_seconds, char token[CRYPTO_TOKEN_SIZE], long long *token_id);
/* Looks up what a link holds; with lock, inside a transaction, the row stays locked until it ends.
 * Returns 0 with out->state set (LOGIN_TOKEN_UNKNOWN for anything not ours), or -1. */
int login_token_find(struct db *db, const char *token, const char *purpose, int lock,
    struct login_token *out);
/* Marks a token used. Returns 0, or -1 (a database error, or used already). */
int login_token_use(struct db *db, long long token_id);
/* Revokes the user's other live tokens of purpose. Returns 0 or -1. */
int login_token_revoke_others(struct db *db, long long user_id, const char *purpose,
    long long keep_id);
/* Tokens of purpose made for the user in the last seconds, or -1. */
long long login_token_recent(struct db *db, long long user_id, const char *purpose, int seconds);
/* What a page says of a link that is not live (what: "confirm" or "reset"), and its status. */
const char *login_token_message(enum login_token_state state, const char *what);
int login_token_status(enum login_token_state state);

/* Mail, queued inside the caller's transaction (mailtext.c). Each returns 0 or -1. */
int login_mail_confirm(struct req *req, const char *to, const char *name, const char *token,
    int change);
int login_mail_reset(struct req *req, const char *to, const char *name, const char *token);
/* A notice of a change to the account, worded by template ("mail/password-changed.cs"); new_address
 * (Mail.NewAddress, masked) may be NULL. */
int login_mail_notice(struct req *req, const char *to, const char *name, const char *template,
    const char *new_address);

/* Lockout shared by the password and the second factor (signin.c). */
int login_count_failure(struct req *req, long long user_id);
int login_clear_failures(struct db *db, long long user_id);
long long login_locked_for(struct req *req, long long user_id, char *until, size_t until_size);

/* Checks the form's new password (password, and its confirmation password2) against the rules
 * and the account's own ID number, phone and e-mail; a problem goes by its field (main.c).
 * Returns 1 when it may be used, else 0. */
int login_new_password_ok(struct req *req, const char *idnum, const char *phone, const char *email);

/* The key that seals secrets at rest (Security.SecretKeyFile), or NULL when none could be read
 * (main.c). */
const unsigned char *login_secret_key(const struct req *req);

/* Where to go after a login: next if it is a path on this site, else /account. */
const char *login_safe_next(const char *next);

#endif
