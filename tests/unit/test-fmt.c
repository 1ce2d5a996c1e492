/* Unit tests of fmt: a value that does not fit a fixed buffer is reported, never passed on cut. */
#include "config.h"

#include "fmt.h"
#include "tap.h"

int
main(void)
{
	char four[4], one[1];

	ok(fmt_into(four, sizeof(four), "%d", 12) == 0, "a short value fits");
	is_str(four, "12", "and is written whole");
	ok(fmt_into(four, sizeof(four), "%s", "abc") == 0, "a value that fills the buffer exactly fits");
	is_str(four, "abc", "and is written whole");
	ok(fmt_into(four, sizeof(four), "%s-%d", "ab", 1) == -1, "a value one byte too long is refused");
	is_str(four, "ab-", "and what is left is still a string");
	ok(fmt_into(one, sizeof(one), "%s", "") == 0, "an empty value fits one byte");
	ok(fmt_into(one, sizeof(one), "x") == -1 && one[0] == '\0', "one byte holds only the NUL");

	ok(str_copy(four, sizeof(four), "ab") == 0, "a short copy fits");
	is_str(four, "ab", "and is copied whole");
	ok(str_copy(four, sizeof(four), "abc") == 0, "a copy that fills the buffer exactly fits");
	is_str(four, "abc", "and is copied whole");
	ok(str_copy(four, sizeof(four), "abcd") == -1, "a copy one byte too long is refused");
	is_str(four, "abc", "and what is left is still a string");
	ok(str_copy(four, sizeof(four), NULL) == 0, "NULL copies as the empty string");
	is_str(four, "", "and leaves the buffer empty");
	ok(str_copy(four, 0, "a") == -1, "nothing fits in no room");
	return done_testing();
}
