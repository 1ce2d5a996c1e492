/* test-filetype: an upload is a PDF, JPEG or PNG by its content — its start and its end — and
 * nothing else passes, whatever its name says. */
#include "config.h"

#include "filetype.h"
#include "tap.h"

static unsigned char file[4096];

static const char *
sniff(const void *start, size_t start_len, const void *end, size_t end_len, size_t n)
{
	memset(file, 'x', sizeof(file));
	memcpy(file, start, start_len);
	memcpy(file + n - end_len, end, end_len);
	return filetype_sniff(file, n);
}

int
main(void)
{
	static const unsigned char png[16] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n',
	    0, 0, 0, 13, 'I', 'H', 'D', 'R' };
	static const unsigned char png_end[8] = { 'I', 'E', 'N', 'D', 0xAE, 0x42, 0x60, 0x82 };
	static const unsigned char jpeg[3] = { 0xFF, 0xD8, 0xFF };
	static const unsigned char jpeg_end[2] = { 0xFF, 0xD9 };
	const char *t;

	is_str(sniff("%PDF-1.7\n", 9, "%%EOF\n", 6, 100), "application/pdf", "a PDF");
	is_str(sniff("%PDF-1.7\n", 9, "%%EOF", 5, 16), "application/pdf", "of 16 bytes");
	ok(sniff("%PDF-1.7\n", 9, "%%EOF", 5, 15) == NULL, "15 bytes are too few");
	ok(sniff("%PDF-1.7\n", 9, "xx", 2, 2048) == NULL, "a PDF cut short (no %%%%EOF) is refused");
	memset(file, 'x', sizeof(file));
	memcpy(file, "%PDF-1.4", 8);
	memcpy(file + 4096 - 1024, "%%EOF", 5);
	ok(filetype_sniff(file, 4096) != NULL, "%%%%EOF in the last KiB is found");
	memset(file, 'x', sizeof(file));
	memcpy(file, "%PDF-1.4", 8);
	memcpy(file + 4096 - 1025, "%%EOF", 5);
	ok(filetype_sniff(file, 4096) == NULL, "before it, it is not");

	is_str(sniff(jpeg, 3, jpeg_end, 2, 100), "image/jpeg", "a JPEG");
	t = sniff(jpeg, 3, "\xFF\xD9\0\0\0\0", 6, 100);
	is_str(t, "image/jpeg", "with padding after its end marker");
	ok(sniff(jpeg, 3, "xx", 2, 100) == NULL, "a JPEG without its end marker is refused");
	memset(file, 'x', sizeof(file));
	memcpy(file, jpeg, 3);
	memcpy(file + 1000 - 67, jpeg_end, 2);
	ok(filetype_sniff(file, 1000) == NULL, "an end marker far before the end is not its end");

	is_str(sniff(png, 16, png_end, 8, 45), "image/png", "a PNG of the smallest size");
	ok(sniff(png, 16, png_end, 8, 44) == NULL, "one byte less is not a PNG");
	ok(sniff(png, 12, png_end, 8, 100) == NULL, "a PNG whose first chunk is not IHDR is refused");
	ok(sniff(png, 16, "IEND\0\0\0\0", 8, 100) == NULL, "so is one without IEND's CRC at the end");

	ok(sniff("GIF89a", 6, "", 0, 100) == NULL, "a GIF is refused");
	ok(sniff("<html>", 6, "%%EOF", 5, 100) == NULL, "so is HTML ending like a PDF");
	ok(filetype_sniff(NULL, 10) == NULL && filetype_sniff(file, 0) == NULL, "and nothing");
	return done_testing();
}
