/* fuzz-fields: the page table's field validators (page.c) on any value a form may send, for a
 * field of every kind, with what each kind promises of what it lets through. */
#include "config.h"

#include "fuzz.h"

#include <ClearSilver.h>

#include "page.h"
#include "req.h"
#include "utf8.h"

static const char *const fuzz_choices[] = { "regulation", "handling", "conduct", "proposal", NULL };

static int
fuzz_handler(struct req *req)
{
	(void)req;
	return 200;
}

/* Validates value as the one field rule; checks what the rule's kind promises of Form.v. */
static void
fuzz_field(const struct field_rule *rule, const char *value)
{
	const struct field_rule rules[] = { *rule, FIELD_END };
	const struct page page = { REQ_GET, "/", fuzz_handler, rules, 0, NULL };
	struct req req;
	HDF *hdf = NULL;
	const char *v;
	int rc;

	FUZZ_ASSERT(hdf_init(&hdf) == STATUS_OK);
	memset(&req, 0, sizeof(req));
	req.hdf = hdf;
	req.page = &page;
	FUZZ_ASSERT(hdf_set_value(hdf, "Query.v", value) == STATUS_OK);
	rc = page_validate(&page, &req);
	/* A refusal always says why, naming the field. */
	FUZZ_ASSERT(rc == 0 || (rc == 1 && req.error_message != NULL && strstr(req.error_message, rule->label)));
	if (rc == 0 && (v = hdf_get_value(hdf, "Form.v", NULL)) != NULL) {
		size_t n = strlen(v), i;

		FUZZ_ASSERT(utf8_valid(v, n));
		switch (rule->kind) {
		case FIELD_TEXT:
		case FIELD_SEARCH:
			FUZZ_ASSERT(strpbrk(v, "\r\n\t") == NULL);
			/* fall through */
		case FIELD_PARAGRAPH:
			FUZZ_ASSERT(utf8_length(v, n) <= (size_t)rule->max);
			for (i = 0; i < n; i++)
				FUZZ_ASSERT((unsigned char)v[i] >= 0x20 || v[i] == '\n' || v[i] == '\t');
			FUZZ_ASSERT(n == 0 || (v[0] != ' ' && v[n - 1] != ' '));
			break;
		case FIELD_UINT:
			FUZZ_ASSERT(n > 0 && n <= 10 && strspn(v, "0123456789") == n);
			FUZZ_ASSERT(atol(v) >= rule->min && atol(v) <= rule->max);
			break;
		case FIELD_CODE:
			FUZZ_ASSERT(n <= (size_t)rule->max);
			FUZZ_ASSERT(strspn(v, "0123456789abcdefghijklmnopqrstuvwxyz"
			    "ABCDEFGHIJKLMNOPQRSTUVWXYZ.-_") == n);
			break;
		case FIELD_ENUM:
			for (i = 0; rule->choices[i] && strcmp(rule->choices[i], v) != 0; i++)
				;
			FUZZ_ASSERT(rule->choices[i] != NULL);
			break;
		default:
			break;
		}
	}
	free(req.error_message);
	hdf_destroy(&hdf);
}

/* The input: the first byte picks a maximum, the rest is the value (up to a NUL, as a form's). */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct field_rule rules[] = {
		FIELD_RULE("v", "Tiêu đề",  FIELD_TEXT,      0, 200,  NULL),
		FIELD_RULE("v", "Nội dung", FIELD_PARAGRAPH, 0, 5000, NULL),
		FIELD_RULE("v", "Từ khóa",  FIELD_SEARCH,    0, 100,  NULL),
		FIELD_RULE("v", "Trang",    FIELD_UINT,      1, 1000, NULL),
		FIELD_RULE("v", "Năm",      FIELD_UINT,      0, 2147483647L, NULL),
		FIELD_RULE("v", "Cơ quan",  FIELD_CODE,      0, 40,   NULL),
		FIELD_RULE("v", "Loại",     FIELD_ENUM,      0, 0,    fuzz_choices),
	};
	struct field_rule short_rule;
	char *value;
	size_t i;

	if (size == 0)
		return 0;
	value = fuzz_cstr(data + 1, size - 1);
	for (i = 0; i < sizeof(rules) / sizeof(rules[0]); i++)
		fuzz_field(&rules[i], value);
	/* The same kinds with a small maximum the first byte chooses, where cutting shows. */
	for (i = 0; i < 3; i++) {
		short_rule = rules[i];
		short_rule.max = data[0] % 16;
		fuzz_field(&short_rule, value);
	}
	free(value);
	return 0;
}
