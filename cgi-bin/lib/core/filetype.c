/* filetype: PDF, JPEG and PNG by their signatures (ISO 32000 §7.5, JPEG SOI/EOI, PNG §5.2). */
#include "filetype.h"

#include <string.h>

/* 1 when the last 1 KiB of the file holds "%%EOF": PDF readers look there, and writers may put
 * white space or a few bytes after it. */
static int
filetype_pdf_end(const unsigned char *data, size_t n)
{
	size_t stop = n > 1024 ? n - 1024 : 0, i = n - 5;	/* n >= 16 */

	for (;;) {
		if (memcmp(data + i, "%%EOF", 5) == 0)
			return 1;
		if (i == stop)
			return 0;
		i--;
	}
}

const char *
filetype_sniff(const unsigned char *data, size_t n)
{
	static const unsigned char png[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
	static const unsigned char png_end[8] = { 'I', 'E', 'N', 'D', 0xAE, 0x42, 0x60, 0x82 };

	if (data == NULL)
		return NULL;
	if (n >= 16 && memcmp(data, "%PDF-", 5) == 0 && filetype_pdf_end(data, n))
		return "application/pdf";
	if (n >= 4 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF) {
		/* The end-of-image marker, possibly followed by padding some cameras add. */
		size_t i, from = n > 64 ? n - 64 : 2;

		for (i = n - 2; i >= from; i--)
			if (data[i] == 0xFF && data[i + 1] == 0xD9)
				return "image/jpeg";
		return NULL;
	}
	/* A PNG: the signature, the IHDR chunk first, the IEND chunk (with its fixed CRC) last. */
	if (n >= 8 + 25 + 12 && memcmp(data, png, 8) == 0 && memcmp(data + 12, "IHDR", 4) == 0 &&
	    memcmp(data + n - 8, png_end, 8) == 0)
		return "image/png";
	return NULL;
}
