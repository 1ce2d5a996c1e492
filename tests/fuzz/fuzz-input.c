/* fuzz-input: the request layer as every family runs it — the query string, the Content-Type, the
 * cookies and the body checked by input.c, then parsed by ClearSilver's cgi kit from the canonical
 * form input.c serves it, then validated by a page table with a field of every kind. */
#include "config.h"

#include "fuzz.h"

#include <ClearSilver.h>

#include "input.h"
#include "page.h"
#include "req.h"

static const char *const fuzz_choices[] = { "regulation", "handling", NULL };

/* One field of every kind, by the names the forms use. */
static const struct field_rule fuzz_fields[] = {
	FIELD_RULE("title",    "Tiêu đề",  FIELD_TEXT,      0, 200,  NULL),
	FIELD_RULE("content",  "Nội dung", FIELD_PARAGRAPH, 0, 5000, NULL),
	FIELD_RULE("q",        "Từ khóa",  FIELD_SEARCH,    0, 100,  NULL),
	FIELD_RULE("page",     "Trang",    FIELD_UINT,      1, 1000, NULL),
	FIELD_RULE("agency",   "Cơ quan",  FIELD_CODE,      0, 40,   NULL),
	FIELD_RULE("category", "Loại",     FIELD_ENUM,      0, 0,    fuzz_choices),
	FIELD_END
};

static int
fuzz_handler(struct req *req)
{
	(void)req;
	return 200;
}

static const struct page fuzz_page = { REQ_POST, "/", fuzz_handler, fuzz_fields, 0, NULL };

/* A field name the kit made from what was sent holds no dot (it would be a path) and no control. */
static void
fuzz_names_clean(HDF *query)
{
	HDF *node;
	const char *name;

	for (node = query ? hdf_obj_child(query) : NULL; node; node = hdf_obj_next(node)) {
		for (name = hdf_obj_name(node); *name; name++)
			FUZZ_ASSERT((unsigned char)*name >= 0x20 && *name != 0x7F);
	}
}

/* Runs one request of the given parts through input.c and the kit; returns the HDF's Query node
 * count of the run (for the caller's invariants), or -1 when input.c refused it. *parsed_ok says
 * whether the kit parsed what input.c accepted. */
static int
fuzz_request(const char *query, const char *ctype, const char *cookie, const char *body,
    size_t body_len, const char *want_field, const char *want_value)
{
	char qs[8192], ct[8192], ck[8192], len[32];
	char *envp[] = { "REQUEST_METHOD=POST", qs, ct, ck, len, NULL };
	struct input in = INPUT_INIT;
	struct req req;
	HDF *hdf = NULL;
	CGI *cgi = NULL;
	NEOERR *err;
	int status, nodes = -1;

	snprintf(qs, sizeof(qs), "QUERY_STRING=%s", query);
	snprintf(ct, sizeof(ct), "CONTENT_TYPE=%s", ctype);
	snprintf(ck, sizeof(ck), "HTTP_COOKIE=%s", cookie);
	snprintf(len, sizeof(len), "CONTENT_LENGTH=%zu", body_len);
	FUZZ_ASSERT(hdf_init(&hdf) == STATUS_OK);
	hdf_set_value(hdf, "Config.Upload.TmpDir", "/tmp");
	if (input_begin(&in, envp) != 0) {
		FUZZ_ASSERT(in.why != NULL);
		goto out;
	}
	if ((err = cgi_init(&cgi, hdf)) != STATUS_OK) {
		nerr_ignore(&err);
		goto out;
	}
	hdf = NULL;	/* the kit owns it now */
	input_set_body(&in, body, body_len);
	if ((status = input_check_body(&in)) != 0) {
		FUZZ_ASSERT(status == 400 || status == 415);
		FUZZ_ASSERT(in.why != NULL);
		goto out;
	}
	FUZZ_ASSERT(input_to_hdf(&in, cgi->hdf) == 0);
	/* What input.c accepted, the kit parses. */
	err = cgi_parse(cgi);
	FUZZ_ASSERT(err == STATUS_OK);
	fuzz_names_clean(hdf_get_obj(cgi->hdf, "Query"));
	{
		HDF *c;

		nodes = 0;
		for (c = hdf_get_child(cgi->hdf, "Query"); c; c = hdf_obj_next(c))
			nodes++;
	}
	if (want_field) {
		char key[64];

		snprintf(key, sizeof(key), "Query.%s", want_field);
		FUZZ_ASSERT(strcmp(hdf_get_value(cgi->hdf, key, ""), want_value) == 0);
	}
	memset(&req, 0, sizeof(req));
	req.hdf = cgi->hdf;
	req.cgi = cgi;
	req.method = REQ_POST;
	req.page = &fuzz_page;
	if (page_validate(&fuzz_page, &req) == 0) {
		const char *v;

		if ((v = hdf_get_value(cgi->hdf, "Form.title", NULL)) != NULL)
			FUZZ_ASSERT(strpbrk(v, "\r\n\t") == NULL);
		if ((v = hdf_get_value(cgi->hdf, "Form.page", NULL)) != NULL)
			FUZZ_ASSERT(atoi(v) >= 1 && atoi(v) <= 1000);
	}
	free(req.error_message);
out:
	if (cgi)
		cgi_destroy(&cgi);
	else
		hdf_destroy(&hdf);
	input_free(&in);
	return nodes;
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc; (void)argv;
	input_cgiwrap_init();
	return 0;
}

/* The input: query string, Content-Type and Cookie header, each ended by a NUL, then the body. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char next_body[] = "--x\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n"
	    "Đổi giấy phép\r\n--x--\r\n";
	const uint8_t *p = data, *end = data + size, *nul;
	const char *field[3] = { "", "", "" };
	char *copy[3] = { NULL, NULL, NULL };
	size_t i;

	for (i = 0; i < 3; i++) {
		if ((nul = memchr(p, '\0', (size_t)(end - p))) == NULL)
			break;
		copy[i] = fuzz_cstr(p, (size_t)(nul - p));
		field[i] = copy[i];
		p = nul + 1;
	}
	if (strlen(field[0]) < 4000 && strlen(field[1]) < 4000 && strlen(field[2]) < 4000) {
		fuzz_request(field[0], field[1], field[2], (const char *)p, (size_t)(end - p), NULL,
		    NULL);
		/* Whatever came before, the next form is read whole: the kit's boundary cache (by
		 * the address of a freed string) must never be stale. */
		FUZZ_ASSERT(fuzz_request("", "multipart/form-data; boundary=x", "", next_body,
		    sizeof(next_body) - 1, "title", "Đổi giấy phép") >= 1);
	}
	for (i = 0; i < 3; i++)
		free(copy[i]);
	return 0;
}
