/* login: the accounts family — register, log in and out, the account page. */
#ifndef CONG_LOGIN_H
#define CONG_LOGIN_H

#include "req.h"

int login_register_form(struct req *req);
int login_register(struct req *req);
int login_form(struct req *req);
int login_submit(struct req *req);
int login_logout(struct req *req);
int login_account(struct req *req);
int login_end_others(struct req *req);

/* Sets Errors.<field> = message for the form and Form.Invalid; the page answers 422. */
void login_field_error(struct req *req, const char *field, const char *message);

/* Where to go after a login: next if it is a path on this site, else /account. */
const char *login_safe_next(const char *next);

#endif
