/* test-filestore: an upload read from a multipart form as the dispatcher parses it (input.c, then
 * ClearSilver's cgi kit, in-process) — its name without the browser's directories, its type by
 * content, and why it cannot be taken: empty, over 5 MB, not a PDF, JPEG or PNG. Storing it is
 * the integration tests' (tests/integration/submit.sh). */
#include "config.h"

#include <stdlib.h>

#include <ClearSilver.h>

#include "filestore.h"
#include "input.h"
#include "req.h"
#include "tap.h"

static struct input in;
static struct req req;

/* Parses a multipart body with one file part, field "doc", named filename, of len bytes at data.
 * Returns 0 with req.cgi and req.hdf set, else -1. */
static int
upload(const char *filename, const void *data, size_t len)
{
	static char ct[] = "CONTENT_TYPE=multipart/form-data; boundary=xyz";
	static char method[] = "REQUEST_METHOD=POST";
	static char clen[48];
	static char *envp[4];
	struct buf body = BUF_INIT;
	HDF *hdf = NULL;
	int rc = -1;

	if (req.cgi)
		cgi_destroy(&req.cgi);
	input_free(&in);
	memset(&req, 0, sizeof(req));
	buf_printf(&body, "--xyz\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nGiấy tờ\r\n"
	    "--xyz\r\nContent-Disposition: form-data; name=\"doc\"; filename=\"%s\"\r\n"
	    "Content-Type: application/octet-stream\r\n\r\n", filename);
	buf_append(&body, data, len);
	buf_puts(&body, "\r\n--xyz--\r\n");
	snprintf(clen, sizeof(clen), "CONTENT_LENGTH=%zu", body.len);
	envp[0] = ct;
	envp[1] = method;
	envp[2] = clen;
	envp[3] = NULL;
	if (hdf_init(&hdf) != STATUS_OK)
		goto out;
	hdf_set_value(hdf, "Config.Upload.TmpDir", "/tmp");
	if (input_begin(&in, envp) != 0 || cgi_init(&req.cgi, hdf) != STATUS_OK) {
		hdf_destroy(&hdf);
		goto out;
	}
	input_set_body(&in, body.data, body.len);
	if (input_check_body(&in) != 0 || input_to_hdf(&in, req.cgi->hdf) != 0 ||
	    cgi_parse(req.cgi) != STATUS_OK)
		goto out;
	req.hdf = req.cgi->hdf;
	rc = 0;
out:
	buf_free(&body);
	return rc;
}

int
main(void)
{
	static const char pdf[] = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n";
	static const unsigned char jpeg[] = { 0xFF, 0xD8, 0xFF, 0xE0, 'J', 'F', 'I', 'F', 0, 0xFF, 0xD9 };
	struct filestore_upload up;
	unsigned char *big;

	input_cgiwrap_init();

	ok(upload("C:\\Users\\An\\Giấy khai sinh.pdf", pdf, sizeof(pdf) - 1) == 0, "a PDF upload");
	ok(filestore_read(&req, "doc", &up) == 1, "is read");
	is_str(up.filename, "Giấy khai sinh.pdf", "its name, without a Windows directory");
	is_str(up.mime, "application/pdf", "a PDF by its content");
	ok(up.error == NULL, "that can be stored");
	ok(up.size == sizeof(pdf) - 1 && memcmp(up.data, pdf, up.size) == 0, "its bytes, all of them");
	filestore_upload_free(&up);
	ok(filestore_read(&req, "title", &up) == 0, "a text field has no file");
	ok(filestore_read(&req, "other", &up) == 0, "nor has a field not sent");

	ok(upload("../../etc/ảnh.jpg", jpeg, sizeof(jpeg)) == 0 && filestore_read(&req, "doc", &up) == 1,
	    "a JPEG");
	is_str(up.filename, "ảnh.jpg", "its name without a path");
	is_str(up.mime, "image/jpeg", "a JPEG by its content");
	filestore_upload_free(&up);

	ok(upload("thư.pdf", "<html>", 6) == 0 && filestore_read(&req, "doc", &up) == 1,
	    "HTML named .pdf");
	ok(up.mime == NULL, "is no type we take");
	is_str(up.error, "Không phải tệp PDF, JPEG hay PNG (hoặc tệp bị hỏng, tải lên chưa hết).",
	    "and says so");
	filestore_upload_free(&up);

	ok(upload("a.pdf", "", 0) == 0 && filestore_read(&req, "doc", &up) == 1, "an empty file");
	is_str(up.error, "Tệp rỗng.", "is refused as empty");
	filestore_upload_free(&up);
	ok(upload("", "", 0) == 0 && filestore_read(&req, "doc", &up) == 0,
	    "a file input left empty is no file");

	ok(upload("dir/sub\\tờ khai.pdf", pdf, sizeof(pdf) - 1) == 0 &&
	    filestore_read(&req, "doc", &up) == 1, "a name with / and \\ both");
	is_str(up.filename, "tờ khai.pdf", "loses everything up to the last of them");
	filestore_upload_free(&up);
	ok(upload("C:\\", pdf, sizeof(pdf) - 1) == 0 && filestore_read(&req, "doc", &up) == 1,
	    "a name that is only a directory");
	is_str(up.filename, "tep-tai-len", "gets a name of its own");
	filestore_upload_free(&up);

	big = calloc(1, (size_t)FILESTORE_MAX_FILE + 1);
	if (big == NULL)
		return 99;
	memcpy(big, "%PDF-1.7\n", 9);
	memcpy(big + FILESTORE_MAX_FILE - 6, "%%EOF\n", 6);
	ok(upload("lớn.pdf", big, (size_t)FILESTORE_MAX_FILE) == 0 &&
	    filestore_read(&req, "doc", &up) == 1 && up.error == NULL &&
	    up.size == (size_t)FILESTORE_MAX_FILE, "a PDF of exactly 5 MB is taken");
	filestore_upload_free(&up);
	memcpy(big + FILESTORE_MAX_FILE - 5, "%%EOF\n", 6);
	ok(upload("lớn.pdf", big, (size_t)FILESTORE_MAX_FILE + 1) == 0 &&
	    filestore_read(&req, "doc", &up) == 1, "one byte more");
	is_str(up.error, "Tệp lớn hơn 5 MB.", "is refused as over 5 MB");
	filestore_upload_free(&up);
	free(big);

	if (req.cgi)
		cgi_destroy(&req.cgi);
	input_free(&in);
	return done_testing();
}
