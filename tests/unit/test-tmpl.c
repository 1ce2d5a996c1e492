/* test-tmpl: templates escape what they show — every var: is HTML-escaped unless the template
 * says otherwise — and a parse kept per worker shows each request its own data. The templates
 * are written for the test into a directory of its own. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "tmpl.h"
#include "tap.h"

static char dir[64];

static void
write_file(const char *name, const char *text)
{
	char path[128];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if ((f = fopen(path, "w")) == NULL || fputs(text, f) < 0 || fclose(f) != 0) {
		perror(path);
		exit(99);
	}
}

static void
remove_file(const char *name)
{
	char path[128];

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	unlink(path);
}

/* Renders name with X set to x; returns the text (static), or "(failed)". */
static const char *
render(struct tmpl_cache *cache, const char *name, const char *x)
{
	static struct buf out = BUF_INIT;
	HDF *hdf = NULL;
	int rc;

	buf_reset(&out);
	hdf_init(&hdf);
	if (x)
		hdf_set_value(hdf, "X", x);
	rc = tmpl_render(cache, hdf, name, &out);
	hdf_destroy(&hdf);
	if (rc == -1)
		return "(failed)";
	return buf_str(&out);
}

int
main(void)
{
	struct tmpl_cache *cache;
	const char *hostile = "<script>alert('x')</script> & \"q\"";

	snprintf(dir, sizeof(dir), "%s", "/tmp/cong-test-tmpl-XXXXXX");
	if (mkdtemp(dir) == NULL) {
		perror("mkdtemp");
		return 99;
	}
	write_file("var.cs", "<p><?cs var:X ?></p>");
	write_file("url.cs", "<a href=\"/search?q=<?cs var:url_escape(X) ?>\">");
	write_file("js.cs", "<?cs var:js_escape(X) ?>");
	write_file("inc.cs", "[<?cs include:\"var.cs\" ?>]");
	write_file("if.cs", "<?cs if:X ?>yes<?cs else ?>no<?cs /if ?>");
	write_file("broken.cs", "<?cs bogus:X ?>");

	ok((cache = tmpl_cache_new(dir)) != NULL, "a template cache");
	is_str(render(cache, "var.cs", hostile),
	    "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;</p>",
	    "var: escapes HTML: <, >, &, quotes");
	is_str(render(cache, "var.cs", "Nguyễn Văn A"), "<p>Nguyễn Văn A</p>",
	    "Vietnamese text is shown as it is");
	is_str(render(cache, "var.cs", NULL), "<p></p>", "a missing value is nothing");
	is_str(render(cache, "url.cs", "a b&c=đ"), "<a href=\"/search?q=a+b%26c%3D%C4%91\">",
	    "url_escape() for a query value, not escaped again as HTML");
	is_str(render(cache, "js.cs", "</script>'"), "\\x3C\\x2Fscript\\x3E\\x27",
	    "js_escape() for script text");
	is_str(render(cache, "inc.cs", "<b>"), "[<p>&lt;b&gt;</p>]", "an included template escapes too");
	is_str(render(cache, "if.cs", "1"), "yes", "the parse is kept");
	is_str(render(cache, "if.cs", NULL), "no", "and each render sees its own request's data");
	is_str(render(cache, "broken.cs", "1"), "(failed)", "a template that does not parse fails");
	is_str(render(cache, "missing.cs", "1"), "(failed)", "so does one that is not there");
	remove_file("var.cs");
	is_str(render(cache, "var.cs", "&"), "<p>&amp;</p>",
	    "a parsed template is not read again (the file is gone)");
	write_file("var.cs", "<p>new</p>");
	is_str(render(cache, "var.cs", "&"), "<p>&amp;</p>", "nor is a changed one");
	tmpl_cache_free(cache);

	ok((cache = tmpl_cache_new(dir)) != NULL, "a new cache");
	is_str(render(cache, "var.cs", "&"), "<p>new</p>", "reads the file as it is now");
	tmpl_cache_free(cache);

	remove_file("var.cs");
	remove_file("url.cs");
	remove_file("js.cs");
	remove_file("inc.cs");
	remove_file("if.cs");
	remove_file("broken.cs");
	rmdir(dir);
	return done_testing();
}
