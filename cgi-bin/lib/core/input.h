/* input: what a request sends — query string, cookies, Content-Type and body — checked before
 * ClearSilver's cgi kit parses it, and shown to that kit only in a canonical form it parses safely.
 *
 * ClearSilver's parser trusts its input: a multipart body without a boundary dereferences NULL,
 * its boundary length is cached across requests by the address of a freed string (so a request
 * whose boundary differs in length from the last one's at the same address can lose its fields),
 * %00 cuts a value short, and a name with a dot writes into another field's node ("doc_1.
 * FileHandle"). So every request goes through here first: what is malformed is refused with
 * 400 (415 for a well-formed type no page takes) before the kit sees a byte, and what is
 * accepted is re-emitted — a multipart body with clean part headers and a boundary of one fixed
 * length, the cookies reduced to well-formed pairs — through the cgiwrap callbacks of this
 * module, which the kit reads from. */
#ifndef CONG_INPUT_H
#define CONG_INPUT_H

#include <stddef.h>

#include <ClearSilver.h>

#include "buf.h"

enum input_kind {
	INPUT_NONE,		/* no body */
	INPUT_FORM,		/* application/x-www-form-urlencoded */
	INPUT_MULTIPART,	/* multipart/form-data */
	INPUT_OTHER,		/* a well-formed type that is not a form (JSON to an API) */
};

/* Longest boundary RFC 2046 allows. */
#define INPUT_BOUNDARY_MAX 70

/* One piece of the canonical body ClearSilver reads: len bytes at off in the body as sent
 * (from_body) or in the canonical part headers. */
struct input_seg {
	int     from_body;
	size_t  off, len;
};

/* One request's input. Zero it (INPUT_INIT), fill it with input_begin, free with input_free. */
struct input {
	char              **envp;		/* the web server's parameters (FCGX_ParamArray); not owned */
	enum input_kind     kind;
	int                 type_status;	/* 0, or 400/415: what the Content-Type earns */
	char               *content_type;	/* canonical Content-Type shown to the kit; owned */
	char               *cookie;		/* the well-formed cookies, "a=b; c=d"; owned */
	char                boundary[INPUT_BOUNDARY_MAX + 1];	/* of the body as sent */
	struct buf          body;		/* the body as sent */
	struct buf          heads;		/* multipart: the canonical delimiters and headers */
	struct input_seg   *segs;		/* multipart: the canonical body, in order; owned */
	size_t              nsegs, segs_cap;
	size_t              canon_len;		/* bytes of the canonical body */
	size_t              seg_at, seg_pos;	/* how far the kit has read */
	char                length[24];		/* canonical CONTENT_LENGTH */
	const char         *why;		/* Vietnamese reason of a refusal (static text) */
};

#define INPUT_INIT { 0 }

/* Registers this module's callbacks with ClearSilver's cgiwrap, once per process. */
void input_cgiwrap_init(void);

/* Starts a request: reads the parameters at envp (kept, not copied: they must outlive the
 * request), checks the query string, parses the Content-Type (its verdict kept in
 * in->type_status) and filters the cookies, then makes in the input the kit's callbacks serve.
 * Returns 0, or 400 when the query string is malformed (in->why says how). */
int input_begin(struct input *in, char **envp);

/* Reads the body from the stream's read function (it returns the bytes read, 0 at the end, or
 * -1), at most max bytes. Returns 0, 400 (cut short, or a CONTENT_LENGTH that is not a number),
 * or 413 (larger than max). */
int input_read_body(struct input *in, int (*read)(void *ctx, char *buf, int len), void *ctx,
    long max);

/* Sets the body from memory instead (the fuzzer); copies it. */
void input_set_body(struct input *in, const char *data, size_t len);

/* Checks the body against its type and builds the canonical body. Returns 0, or 400 (in->why
 * says what is wrong), 415, or 500 when the canonical length cannot be written. */
int input_check_body(struct input *in);

/* Puts the canonical body's type and length where the kit's parser reads them (cgi_init took
 * them before the body was checked). Returns 0 or -1. */
int input_to_hdf(const struct input *in, HDF *hdf);

/* The body as sent, NUL-terminated, for a page that is not a form (PAGE_RAW_BODY). */
const struct buf *input_raw_body(const struct input *in);

/* Ends the request: the callbacks serve nothing until the next input_begin; frees what in owns. */
void input_free(struct input *in);

/* The checks, also on their own (unit tests, fuzzers). Each returns 0 when s is acceptable, else
 * -1 with *why set (static Vietnamese text). */
int input_check_pairs(const char *s, size_t n, const char **why);
int input_parse_content_type(const char *raw, enum input_kind *kind,
    char boundary[INPUT_BOUNDARY_MAX + 1], const char **why);
/* Appends to out the well-formed cookies of the Cookie header raw. */
void input_filter_cookies(const char *raw, struct buf *out);

#endif
