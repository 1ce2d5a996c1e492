#!/bin/bash
# An action the office refuses shows the dossier again with the error beside the field it is about
# and what the official typed still there, so nothing has to be typed twice.
. "$CONG_SRCDIR/tests/lib.sh"
. "$CONG_SRCDIR/tests/accounts-lib.sh"
. "$CONG_SRCDIR/tests/dossier-lib.sh"

citizen c
file_dossier c 1.004194 01
ok "$([ -n "$CODE" ]; echo $?)" "a citizen files a dossier ($CODE)"
DID=$DRAFT
official o1 H26.CA
VERSION=$(sql "SELECT version FROM dossiers WHERE id = $DID")

form o1 "/office/dossiers/$CODE"
post o1 "/office/dossiers/$CODE/act" "csrf=$CSRF" action=reject "version=$VERSION"
is "$STATUS" 422 "rejecting without a reason is refused"
body_has 'id="n-error-reject"' "the error sits beside the reason"
body_has 'aria-describedby="n-error-reject"' "and the field points to it"
valid_html "the refused page"

post o1 "/office/dossiers/$CODE/act" "csrf=$CSRF" action=receive "version=$VERSION"
is "$STATUS" 303 "the official receives it"
VERSION=$(sql "SELECT version FROM dossiers WHERE id = $DID")
post o1 "/office/dossiers/$CODE/act" "csrf=$CSRF" action=supplement "version=$VERSION" \
	"note=Cần xác minh nơi ở"
is "$STATUS" 422 "a supplement request without its documents is refused"
body_has 'id="d-error-supplement"' "the error sits beside the documents"
body_has '>Cần xác minh nơi ở</textarea>' "the reason typed is kept"
is "$(sql "SELECT status FROM dossiers WHERE id = $DID")" received "nothing changed"
done_testing
