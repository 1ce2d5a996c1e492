#!/bin/bash
# Searching the catalogue as citizens type: without diacritics, by code, with filters, and with
# whatever bytes a query may hold — never an error for the query itself.
. "$CONG_SRCDIR/tests/lib.sh"

# first_result: the link text of the first result, tags stripped.
first_result() {
	grep -o '<h2 class="result-title"><a href="[^"]*">.*</a></h2>' "$TMP/body" | head -n 1 \
		| sed -e 's/<[^>]*>//g'
}
result_count() {
	grep -o 'Tìm thấy <strong>[0-9]*</strong>' "$TMP/body" | grep -o '[0-9]*' || echo 0
}

fetch '/procedures?q=doi+giay+phep+lai+xe'
is "$STATUS" 200 "a search answers"
is "$(first_result)" "Đổi giấy phép lái xe" "'doi giay phep lai xe' finds 'Đổi giấy phép lái xe' first"
body_has '<mark>Đổi giấy phép lái xe</mark>' \
	"the matched words are highlighted in the original spelling"
body_has 'value="doi giay phep lai xe"' "the query stays in the box"

fetch '/procedures?q=dang%20ky%20tam%20tru'
is "$(first_result)" "Đăng ký tạm trú" "'dang ky tam tru' finds 'Đăng ký tạm trú' first"

fetch '/procedures?q=%C4%90%E1%BB%94I+GI%E1%BA%A4Y+PH%C3%89P'
is "$(first_result)" "Đổi giấy phép lái xe" "capitals with diacritics find it too"

fetch '/procedures?q=ho%20chieu'
ok "$(first_result | grep -q 'hộ chiếu'; echo $?)" "'ho chieu' finds a passport procedure first"
fetch '/procedures?q=the%20bao%20hiem%20y%20te'
ok "$(first_result | grep -q 'thẻ BHYT'; echo $?)" "'the bao hiem y te' finds the card named with its abbreviation BHYT first"
fetch '/procedures?q=gplx'
ok "$(body | grep -q 'Đổi giấy phép lái xe'; echo $?)" "and 'gplx' finds the driving licence written in full"

fetch '/procedures?q=1.004194'
is "$STATUS" 302 "a procedure code typed as the query goes straight to it"
is "$(header Location)" "/procedures/1.004194" "to its page"
fetch '/procedures?q=9.999999'
is "$STATUS" 200 "an unknown code is an ordinary search"

fetch '/procedures?q=dang+ky&audience=business'
is "$STATUS" 200 "query and filter combine"
body_has 'hộ kinh doanh' "business registrations are found"
is "$STATUS" 200 "the page answers (before: a citizen-only procedure is filtered out)"
body_lacks 'Đăng ký tạm trú' "a citizen-only procedure is filtered out"

fetch '/procedures?online=full'
body_lacks 'Trực tuyến: Một phần' "the fully-online filter leaves out partly-online ones"
fetch '/procedures?level=commune&audience=citizen'
is "$STATUS" 200 "level and audience combine"
fetch '/procedures?agency=G01.XNC'
body_has 'hộ chiếu' "the agency filter finds the immigration department's passports"
fetch '/procedures?level=planet'
is "$STATUS" 400 "an unknown filter value is refused"
body_has 'Cấp thực hiện' "naming the filter"
fetch '/procedures?page=abc'
is "$STATUS" 400 "a page that is not a number is refused"

fetch '/procedures?q=doi+giay+phep+tau+bay'
is "$STATUS" 200 "a query no procedure fully matches answers"
body_has 'chứa một phần các từ' "with the closest procedures, and says so"

fetch '/procedures?q=xyzzyqwv'
is "$STATUS" 200 "a query with no result answers"
body_has 'Không tìm thấy thủ tục nào' "and says nothing was found"

long=$(head -c 10000 /dev/zero | tr '\0' 'a')
fetch "/procedures?q=$long"
is "$STATUS" 200 "a 10,000-character query gets a normal page"
body_has 'quá dài' "saying it was cut"

fetch '/procedures?q=%01%02%03tam%7Ftru'
is "$STATUS" 200 "control bytes are ignored"
fetch '/procedures?q=%FF%FE%C3%28tam+tru'
is "$STATUS" 200 "broken UTF-8 is ignored"
fetch '/procedures?q=%2B%2B%2B+---+%22*%22'
is "$STATUS" 200 "boolean operators alone are no error"
body_has 'không có chữ hoặc số' "and the page says there was nothing to search"
fetch "/procedures?q=%27%20OR%201%3D1%20--%20"
is "$STATUS" 200 "a quote is just text"

fetch '/procedures?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E'
body_lacks '<script>alert(1)' "a query is escaped, never run"
body_has '&lt;script&gt;' "it is shown as text"

fetch '/procedures?q=cap+dang+ky+ho+chieu+the&audience=citizen'
next=$(grep -o 'href="[^"]*" rel="next"' "$TMP/body" | head -n 1 | sed 's/href="\([^"]*\)".*/\1/; s/&amp;/\&/g')
ok "$(echo "$next" | grep -q 'q=cap%20dang%20ky%20ho%20chieu%20the&audience=citizen&page=2'; echo $?)" "the next page keeps the query and filters ($next)"
fetch "$next"
is "$STATUS" 200 "and answers"
done_testing
