/* filetype: what an uploaded file is, judged by its content, never by its name or by what the
 * browser claims: the portal takes PDF, JPEG and PNG only. */
#ifndef CONG_FILETYPE_H
#define CONG_FILETYPE_H

#include <stddef.h>

/* The MIME type of the n bytes at data when they are a PDF, JPEG or PNG file ("application/pdf",
 * "image/jpeg", "image/png"), else NULL. The start and the end are both checked (a file cut
 * short in the upload has no end marker). */
const char *filetype_sniff(const unsigned char *data, size_t n);

#endif
