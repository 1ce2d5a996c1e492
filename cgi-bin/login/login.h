/* login: the accounts family — register, log in and out, the account page. */
#ifndef CONG_LOGIN_H
#define CONG_LOGIN_H

#include <stddef.h>

#include "req.h"

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

/* Lockout shared by the password and the second factor (signin.c). */
int login_count_failure(struct req *req, long long user_id);
long long login_locked_for(struct req *req, long long user_id, char *until, size_t until_size);

/* Sets Errors.<field> = message for the form and Form.Invalid; the page answers 422. */
void login_field_error(struct req *req, const char *field, const char *message);

/* Where to go after a login: next if it is a path on this site, else /account. */
const char *login_safe_next(const char *next);

#endif
