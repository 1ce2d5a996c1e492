/* page: the declared page table of a family program — method, path, handler, and the fields each
 * page takes with their validation. The dispatcher enforces it before any handler runs. */
#ifndef CONG_PAGE_H
#define CONG_PAGE_H

#include <stddef.h>

#include "req.h"

enum field_kind {
	FIELD_TEXT,	/* one line of text: cleaned (bad UTF-8 replaced, controls dropped, a line
			 * break or tab made a space), at most max characters */
	FIELD_PARAGRAPH,	/* text of several lines (a <textarea>): as TEXT, but line breaks
				 * and tabs are kept */
	FIELD_SEARCH,	/* like TEXT, but cutting sets Form.<name>_cut = 1 instead of failing */
	FIELD_UINT,	/* a whole number from min to max */
	FIELD_CODE,	/* letters, digits, '.', '-', '_', at most max bytes */
	FIELD_ENUM,	/* one of `choices` (a NULL-terminated list) */
	FIELD__MAX
};

struct buf;

/* A field's meaning, checked after its kind's shape: value is the cleaned text (never empty).
 * Returns NULL when the value is good, with the canonical form written to canonical when it
 * differs (an ID number without its spaces), or the Vietnamese message shown beside the field. */
typedef const char *(*field_check)(const char *value, struct buf *canonical);

enum field_flag {
	FIELD_PREFIX     = 1 << 0,	/* the name is a prefix: "f_" declares every f_<x> the form
					 * sends (a procedure's own fields, one per document) */
	FIELD_KEEP_EMPTY = 1 << 1,	/* a value sent empty is kept as "" (clearing a saved value),
					 * not treated as absent */
};

struct field_rule {
	const char          *name;
	const char          *label;	/* Vietnamese, for error messages: "Trang" */
	enum field_kind      kind;
	long                 min, max;	/* UINT: value bounds; TEXT/SEARCH/CODE: max characters */
	const char *const   *choices;	/* ENUM */
	const char          *required;	/* the message when a POST leaves it out or empty ("Vui
					 * lòng nhập mã hồ sơ."); NULL when it is optional */
	field_check          check;	/* its meaning, or NULL: see field_check */
	unsigned             flags;	/* enum field_flag */
};

/* A row of a page's field table: name, label, kind, min, max, choices, then any of .required,
 * .check and .flags. */
#define FIELD_RULE(name_, label_, kind_, min_, max_, choices_, ...) \
	{ .name = (name_), .label = (label_), .kind = (kind_), .min = (min_), .max = (max_), \
	  .choices = (choices_), __VA_ARGS__ }
#define FIELD_END { .name = NULL }

/* A handler returns an HTTP status: 200 with req->template set, 3xx with req->location set, or an
 * error status, for which the dispatcher renders the error page. */
typedef int (*page_handler)(struct req *req);

/* What a page requires, enforced by the dispatcher before its handler runs. */
enum page_flag {
	PAGE_LOGIN   = 1 << 0,	/* a logged-in user: a visitor is sent to the login page (GET) or 403 */
	PAGE_STAFF   = 1 << 1,	/* an official or an admin (implies PAGE_LOGIN) */
	PAGE_ADMIN   = 1 << 2,	/* an admin (implies PAGE_LOGIN) */
	PAGE_FORM    = 1 << 3,	/* shows a form: Csrf.Token is set, for a visitor too */
	PAGE_NO_CSRF = 1 << 4,	/* a POST that needs no CSRF token (it changes nothing, or is signed) */
	PAGE_PENDING = 1 << 5,	/* open to a session still waiting for its second factor (the page
				 * that asks for the code, logout); every other page treats such a
				 * session as not logged in */
	PAGE_NO_2FA  = 1 << 6,	/* with PAGE_STAFF/ADMIN: open before two-factor authentication is
				 * set up (the set-up page itself); officials and admins must have
				 * it for every other such page */
	PAGE_RAW_BODY = 1 << 7,	/* the body is not a form (JSON from another server): it is read
				 * as it is into req->raw_body, up to the family's body limit */
};

struct page {
	unsigned                  methods;	/* REQ_GET | REQ_POST ...; HEAD goes with GET */
	const char               *pattern;	/* "/procedures/{code}": {x} matches one segment */
	page_handler              handler;
	const struct field_rule  *fields;	/* ends with a rule whose name is NULL; may be NULL */
	unsigned                  flags;	/* enum page_flag; every POST, PUT and DELETE is
						 * checked for its CSRF token unless PAGE_NO_CSRF */
	page_handler              form;	/* gives the page back when a declared field is invalid:
					 * it renders the form (what was typed is in Form.*, each
					 * problem in Errors.*) and the answer is 422. NULL: the
					 * answer is 400 with the problem on the error page */
};

/* Finds the page for a path. Returns the page and fills req->path_args, or NULL. Sets *path_known
 * when some page has the path but not the method (the answer is then 405). */
const struct page *page_match(const struct page *pages, size_t npages, struct req *req,
    int *path_known, unsigned *allowed);

/* Validates the page's fields from the query and form into Form.*: a handler reads only these.
 * Each invalid field gets its message in Errors.<name> (req_field_error) and keeps what was typed
 * in Form.<name>; the first message is also req->error_message. Returns the number of invalid
 * fields (0: every field is good), or -1 when memory or a name ran out. */
int page_validate(const struct page *page, struct req *req);

#endif
