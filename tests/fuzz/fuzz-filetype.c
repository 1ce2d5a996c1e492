/* fuzz-filetype: the sniffing of an uploaded file's type from its content, on any bytes. */
#include "config.h"

#include "fuzz.h"

#include "filetype.h"

/* libFuzzer's entry: the input as an upload. Returns 0; a broken invariant aborts. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const unsigned char png[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
	unsigned char *copy;
	const char *type;

	/* An exact-size copy: ASan sees a read one byte past what was uploaded. */
	copy = xmalloc(size ? size : 1);
	if (size > 0)
		memcpy(copy, data, size);
	type = filetype_sniff(copy, size);
	if (type != NULL && strcmp(type, "application/pdf") == 0)
		FUZZ_ASSERT(size >= 16 && memcmp(copy, "%PDF-", 5) == 0);
	else if (type != NULL && strcmp(type, "image/jpeg") == 0)
		FUZZ_ASSERT(size >= 4 && copy[0] == 0xFF && copy[1] == 0xD8 && copy[2] == 0xFF);
	else if (type != NULL)
		FUZZ_ASSERT(strcmp(type, "image/png") == 0 && size >= 45 &&
		    memcmp(copy, png, 8) == 0);
	/* What was cut short in the upload is no longer a file of that type. */
	if (type != NULL && strcmp(type, "application/pdf") != 0 && size > 0)
		FUZZ_ASSERT(filetype_sniff(copy, size - 1) == NULL ||
		    strcmp(type, "image/jpeg") == 0);
	FUZZ_ASSERT(filetype_sniff(NULL, size) == NULL);
	free(copy);
	return 0;
}
