#!/bin/bash
# Each search worker keeps the catalogue in memory; a change an official or an import makes must
# show on every page within a couple of seconds, never a stale copy.
. "$CONG_SRCDIR/tests/lib.sh"

# Every worker must have a copy before the change, so that what we see after it is a reload.
for i in 1 2 3 4 5 6 7 8; do fetch '/procedures?q=tam+tru'; fetch /procedures/1.004222; done

code=9.$(printf '%06d' $((RANDOM % 900000 + 100000)))
sql "INSERT INTO procedures (code, name, audience, online_level, popularity, search_text)
	VALUES ('$code', 'Cấp giấy xác nhận thử nghiệm bộ nhớ đệm', 'citizen', 'full', 1, '')"
trap 'sql "DELETE FROM procedures WHERE code = '"'$code'"'"; rm -rf "$TMP"' EXIT
sleep 2
seen=0
for i in 1 2 3 4 5 6 7 8; do
	fetch '/procedures?q=thu+nghiem+bo+nho+dem'
	grep -q "$code" "$TMP/body" && seen=$((seen + 1))
done
is "$seen" 8 "a procedure added to the catalogue is found by every worker within 2 seconds"

old=$(sql "SELECT fee_text FROM procedure_channels c JOIN procedures p ON p.id = c.procedure_id
	WHERE p.code = '1.004222' AND c.channel = 'online'")
sql "UPDATE procedure_channels c JOIN procedures p ON p.id = c.procedure_id
	SET c.fee_text = 'Lệ phí đã sửa để thử' WHERE p.code = '1.004222' AND c.channel = 'online'"
sleep 2
seen=0
for i in 1 2 3 4 5 6 7 8; do
	fetch /procedures/1.004222
	grep -q 'Lệ phí đã sửa để thử' "$TMP/body" && seen=$((seen + 1))
done
is "$seen" 8 "a changed fee shows on the procedure's page on every worker within 2 seconds"
sql "UPDATE procedure_channels c JOIN procedures p ON p.id = c.procedure_id
	SET c.fee_text = '$old' WHERE p.code = '1.004222' AND c.channel = 'online'"

sql "DELETE FROM procedures WHERE code = '$code'"
sleep 2
fetch "/procedures/$code"
is "$STATUS" 404 "a deleted procedure is gone from its page"
fetch '/procedures?q=thu+nghiem+bo+nho+dem'
is "$STATUS" 200 "the page answers (before: and from the search)"
body_lacks "$code" "and from the search"
done_testing
