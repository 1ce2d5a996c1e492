#!/bin/bash
# The state machines the programs read (dossier_flow and feedback_flow, as
# tests/unit/test-flow --transitions prints them) are the ones the database's triggers enforce: a step the pages offer is never refused by
# the database, and no change the database allows is missing from the pages and the API.
. "$CONG_SRCDIR/tests/lib.sh"

FLOW="$CONG_BUILDDIR/tests/unit/test-flow"
"$FLOW" --transitions > "$TMP/c-all"
ok $? "the C tables print"

grep '^dossier|' "$TMP/c-all" | LC_ALL=C sort > "$TMP/c-dossier"
sql "SELECT CONCAT_WS('|', 'dossier', from_status, action, to_status, actor) FROM dossier_transitions" \
	| LC_ALL=C sort > "$TMP/db-dossier"
ok "$([ -s "$TMP/db-dossier" ]; echo $?)" "the database has dossier transitions"
diff "$TMP/c-dossier" "$TMP/db-dossier" > "$TMP/diff"
ok $? "dossier_flow has exactly the rows of dossier_transitions"
[ -s "$TMP/diff" ] && diag "$(cat "$TMP/diff")"

grep '^feedback|' "$TMP/c-all" | LC_ALL=C sort -u > "$TMP/c-feedback"
sql "SELECT CONCAT_WS('|', 'feedback', from_status, to_status) FROM feedback_transitions" \
	| LC_ALL=C sort > "$TMP/db-feedback"
ok "$([ -s "$TMP/db-feedback" ]; echo $?)" "the database has feedback transitions"
diff "$TMP/c-feedback" "$TMP/db-feedback" > "$TMP/diff"
ok $? "feedback_flow changes the status exactly as feedback_transitions allows"
[ -s "$TMP/diff" ] && diag "$(cat "$TMP/diff")"
done_testing
