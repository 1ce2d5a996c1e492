#!/bin/bash
# A submission and a save of the same draft from two tabs at once: the documents are checked and
# the dossier submitted under one lock, so the other tab's save (which takes the only required
# document off) either comes first, and the submission is refused for the missing document, or
# comes after, and finds a dossier. A dossier is never submitted without its required documents.
# Then a procedure that no agency receives (the importer leaves agency_id NULL when the data set
# names none): a clear refusal that keeps the draft, never a crash.
. "$CONG_SRCDIR/tests/lib.sh"
. "$CONG_SRCDIR/tests/accounts-lib.sh"
. "$CONG_SRCDIR/tests/dossier-lib.sh"

citizen a
file_dossier a 1.004194 01 save
FILE=$(sql "SELECT df.id FROM dossier_files df JOIN procedure_documents pd ON pd.id = df.document_id WHERE df.dossier_id = '$DRAFT' AND pd.required = 1 LIMIT 1")
[ -n "$FILE" ]; ok $? "a citizen has a complete draft with a required document"
form a "/drafts/$DRAFT"

# tab N FIELD=VALUE...: the draft's form posted as tab N would, in the background; its status is
# then in $TMP/tab-N.status.
tab() {
	local n=$1 f args=()
	shift
	for f in "$@"; do args+=(-F "$f"); done
	curl -s -o "$TMP/tab-$n.body" -w '%{http_code}' --max-time 30 --interface "$IP" -b "$TMP/a.jar" \
		-F "csrf=$CSRF" "${args[@]}" "$CONG_URL/drafts/$DRAFT" > "$TMP/tab-$n.status" &
}
# waiting N: N requests of the portal wait for the draft's row lock.
waiting() {
	[ "$(sql "SELECT COUNT(*) FROM information_schema.processlist WHERE user <> 'root' AND info LIKE 'SELECT id FROM dossiers WHERE id = % FOR UPDATE'")" = "$1" ]
}

# The test's own session holds the draft's row, so that both tabs queue behind it in order: the
# submission first, then the save. When it lets go, the submission runs, and the save is next in
# line for the lock: before the fix it took it the moment the submission's save committed, in the
# gap before the submission's check of the documents and its second transaction.
mkfifo "$TMP/hold"
mariadb --socket="$CONG_DB_SOCKET" -u root -N cong < "$TMP/hold" >/dev/null 2>&1 &
exec 7>"$TMP/hold"
trap '{ echo "ROLLBACK;" >&7; } 2>/dev/null; wait 2>/dev/null; rm -rf "$TMP"' EXIT
echo "BEGIN; SELECT id FROM dossiers WHERE id = $DRAFT FOR UPDATE;" >&7
sleep 0.5
tab 1 action=submit
wait_until "waiting 1" 10
ok $? "the submission waits for the draft"
tab 2 action=save "remove_$FILE=1"
wait_until "waiting 2" 10
ok $? "and the other tab's save, behind it"
echo "ROLLBACK;" >&7
exec 7>&-
wait

is "$(cat "$TMP/tab-1.status")" 303 "the submission goes through"
CODE=$(sql "SELECT COALESCE(code, '') FROM dossiers WHERE id = '$DRAFT'")
is "$(sql "SELECT status FROM dossiers WHERE id = '$DRAFT'")" submitted "the dossier is submitted"
is "$(sql "SELECT COUNT(*) FROM dossier_files WHERE id = '$FILE'")" 1 "with its required document, which the other tab could not take off"
missing=$(sql "SELECT COUNT(*) FROM procedure_documents pd JOIN dossiers d ON d.case_id = pd.case_id WHERE d.id = '$DRAFT' AND pd.required = 1 AND NOT EXISTS (SELECT 1 FROM dossier_files df WHERE df.dossier_id = d.id AND df.document_id = pd.id AND df.role = 'document')")
is "$missing" 0 "no required document of the submitted dossier is missing"
is "$(cat "$TMP/tab-2.status")" 303 "the other tab's save finds a dossier"
[ -n "$CODE" ]; ok $? "which has its code ($CODE)"

# --- a procedure no agency receives -------------------------------------------------------------
# A central procedure (no province) whose agency the catalogue lacks: there is nowhere to send it.
PROC=$(sql "SELECT p.code FROM procedures p WHERE p.online_level <> 'none' AND FIND_IN_SET('citizen', p.audience) > 0 AND FIND_IN_SET('province', p.levels) = 0 AND FIND_IN_SET('commune', p.levels) = 0 AND EXISTS (SELECT 1 FROM procedure_cases c WHERE c.procedure_id = p.id) ORDER BY p.id LIMIT 1")
[ -n "$PROC" ]; ok $? "a central procedure filed online ($PROC)"
AGENCY=$(sql "SELECT agency_id FROM procedures WHERE code = '$PROC'")
file_dossier a "$PROC" "" save
sql "UPDATE procedures SET agency_id = NULL WHERE code = '$PROC'"
trap 'sql "UPDATE procedures SET agency_id = $AGENCY WHERE code = '"'$PROC'"'"; rm -rf "$TMP"' EXIT
form a "/drafts/$DRAFT"
upload a "/drafts/$DRAFT" "csrf=$CSRF" action=submit
is "$STATUS" 409 "submitting it is refused (409), not a crash"
body_has "chưa có cơ quan tiếp nhận hồ sơ trực tuyến" "with the Vietnamese reason"
is "$(sql "SELECT CONCAT(status, '|', COALESCE(code, '-')) FROM dossiers WHERE id = '$DRAFT'")" "draft|-" "the draft stays a draft, with no code"
is "$(sql "SELECT COUNT(*) FROM dossier_events WHERE dossier_id = '$DRAFT'")" 0 "and no event"
sql "UPDATE procedures SET agency_id = $AGENCY WHERE code = '$PROC'"
form a "/drafts/$DRAFT"
upload a "/drafts/$DRAFT" "csrf=$CSRF" action=submit
is "$STATUS" 303 "once the catalogue names its agency again, the same draft submits"
done_testing
