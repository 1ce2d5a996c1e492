/* Unit tests of money: if these broke, a receipt would state an amount in words that is not the
 * amount paid — the one line of a receipt people read aloud over the phone. */
#include "config.h"

#include "buf.h"
#include "money.h"
#include "tap.h"

static void
words_are(unsigned long long n, const char *want)
{
	struct buf b = BUF_INIT;

	money_words(n, &b);
	is_str(buf_str(&b), want, "%llu in words", n);
	buf_free(&b);
}

static void
figures_are(unsigned long long n, const char *want)
{
	struct buf b = BUF_INIT;

	money_figures(n, &b);
	is_str(buf_str(&b), want, "%llu in figures", n);
	buf_free(&b);
}

int
main(void)
{
	figures_are(0, "0");
	figures_are(999, "999");
	figures_are(1000, "1.000");
	figures_are(115000, "115.000");
	figures_are(1234567, "1.234.567");
	figures_are(18446744073709551615ULL, "18.446.744.073.709.551.615");

	words_are(0, "Không đồng");
	words_are(5, "Năm đồng");
	words_are(10, "Mười đồng");
	words_are(15, "Mười lăm đồng");
	words_are(21, "Hai mươi mốt đồng");
	words_are(24, "Hai mươi bốn đồng");
	words_are(25, "Hai mươi lăm đồng");
	words_are(11, "Mười một đồng");
	words_are(105, "Một trăm linh năm đồng");
	words_are(110, "Một trăm mười đồng");
	words_are(1005, "Một nghìn không trăm linh năm đồng");
	words_are(50000, "Năm mươi nghìn đồng");
	words_are(115000, "Một trăm mười lăm nghìn đồng");
	words_are(1000000, "Một triệu đồng");
	words_are(1250000, "Một triệu hai trăm năm mươi nghìn đồng");
	words_are(2000015, "Hai triệu không trăm mười lăm đồng");
	words_are(1000000000, "Một tỷ đồng");
	words_are(1000000000000ULL, "Một nghìn tỷ đồng");
	words_are(301000000, "Ba trăm linh một triệu đồng");
	return done_testing();
}
