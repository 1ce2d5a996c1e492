/* req: one HTTP request and its answer. A handler reads validated input from it, fills its HDF, and
 * returns an HTTP status; the dispatcher (app.c) writes headers, then the body, once. */
#ifndef CONG_REQ_H
#define CONG_REQ_H

#include <fcgiapp.h>
#include <ClearSilver.h>

#include "buf.h"
#include "input.h"

struct app;
struct page;
struct sess;

enum req_method { REQ_GET = 1, REQ_HEAD = 2, REQ_POST = 4, REQ_PUT = 8, REQ_DELETE = 16,
    REQ_OTHER = 32 };

#define REQ_MAX_PATH_ARGS 4

struct req {
	struct app         *app;		/* per process: config, database, pages */
	FCGX_Request       *fcgi;
	HDF                *hdf;		/* per request; rendered by the template */
	CGI                *cgi;		/* ClearSilver's parsed request, owns hdf */
	enum req_method     method;
	const char         *path;		/* decoded, normalised path from nginx ($uri) */
	const struct page  *page;		/* the matched entry of the page table */
	char               *path_args[REQ_MAX_PATH_ARGS];	/* {name} segments, owned */
	struct sess        *sess;		/* the logged-in user, or NULL; owned */
	struct input        input;		/* the query, cookies and body, checked (input.h) */
	struct buf          raw_body;	/* the body as sent, for PAGE_RAW_BODY pages */

	/* The answer, filled by the handler. */
	const char         *template;	/* template to render on 2xx; NULL for raw body */
	const char         *content_type;	/* for a raw body */
	struct buf          body;		/* raw body (JSON, text) when template is NULL */
	struct buf          headers;	/* extra header lines, each ending in \r\n */
	char               *location;	/* for redirects, owned */
	char               *error_message;	/* optional Vietnamese detail for an error page, owned */
	int                 cache_private;	/* personal data: Cache-Control no-store */
	const char         *form_target;	/* an origin ("https://shop.example") that a form on
						 * this page may lead to beside the site itself, by a
						 * redirect after its POST (CSP form-action is the
						 * page's, not the redirect's); lives until answered */
};

/* Input, after validation by the page table: Form.<name> in the HDF. NULL when absent. */
const char *req_form(const struct req *req, const char *name);
/* A declared whole number (FIELD_UINT), typed: def when absent or not all a number. */
long long req_form_ll(const struct req *req, const char *name, long long def);
int req_form_int(const struct req *req, const char *name, int def);

/* A CGI parameter from the web server, such as REMOTE_ADDR; NULL when absent. */
const char *req_param(const struct req *req, const char *name);

/* Sets a HDF value for the template. Returns 0 or -1. The name is always a literal of ours,
 * never user text. */
int req_set(struct req *req, const char *name, const char *value);
int req_setf(struct req *req, const char *name, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
int req_set_int(struct req *req, const char *name, long long value);

/* The HDF node at name, made if missing (NULL only on allocation failure), for setting many
 * values under one prefix without walking the whole path each time. */
HDF *req_node(struct req *req, const char *name);

/* Writes prefix, the decimal n and suffix into buf ("Results." 3 ".Seg" → "Results.3.Seg"), the
 * HDF names of list items; much cheaper than snprintf, which shows in a page of many items.
 * Returns the length written, cut to fit size - 1. */
size_t hdf_name_index(char *buf, size_t size, const char *prefix, size_t n, const char *suffix);

/* Sets name (relative to node) to value. Returns 0 or -1. */
int req_node_set(HDF *node, const char *name, const char *value);

/* Adds a response header line ("Name: value"); the value must not contain CR or LF. */
void req_header(struct req *req, const char *name, const char *value);

/* Sets a redirect and returns the status to return from the handler (303 after POST, 302 else). */
int req_redirect(struct req *req, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Answers with a file to save (200): its len bytes at data, its type (one of PDF, JPEG, PNG), and
 * its UTF-8 name as an attachment (RFC 6266: an ASCII fallback and the exact name in filename*),
 * never cached. */
void req_send_file(struct req *req, const char *filename, const char *mime, const char *data,
    size_t len);

/* A form's problem: Errors.<field> = message (the first one said of a field stays), shown next
 * to the field, and Form.Invalid, which lists them all at the top. The page answers 422 (or
 * whatever status says what went wrong) with the form and what was typed. */
void req_field_error(struct req *req, const char *field, const char *message);

/* Sets the Vietnamese detail the error page shows. */
void req_error(struct req *req, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Maps a database failure to the status a handler returns: 503 when the server is unreachable,
 * else 500. */
int req_db_failed(const struct req *req);

#endif
