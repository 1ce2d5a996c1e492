#!/bin/bash
# The account's own pages: changing the password (which logs out every other device) and a copy of
# everything the portal keeps about the account: its dossiers and drafts, its feedback and its
# payments with all that hangs off them, and nothing of any other account, nor any secret.
. "$CONG_SRCDIR/tests/lib.sh"
. "$CONG_SRCDIR/tests/accounts-lib.sh"
. "$CONG_SRCDIR/tests/dossier-lib.sh"
. "$CONG_SRCDIR/tests/pay-lib.sh"

ID=$(new_citizen 1975 M)
PW="Doi-Mat-Khau-$(digits 6)!"
NEW="Mat-Khau-Moi-$(digits 6)?"
form a /account/register
post a /account/register "csrf=$CSRF" kind=citizen "citizen_id=$ID" "full_name=Vũ Văn Đổi" \
	birth_date=1975-11-20 sex=M phone=09$(digits 8) "email=doi$(digits 5)@example.vn" \
	"password=$PW" "password2=$PW"
is "$STATUS" 303 "a citizen registers"
form b /account/login
post b /account/login "csrf=$CSRF" kind=citizen "login=$ID" "password=$PW"
OTHER=$(cookie b cong_session)
is "$STATUS" 303 "and logs in on a second device"

form a /account/password
is "$STATUS" 200 "the password form opens"
post a /account/password "csrf=$CSRF" "current=sai-$PW" "password=$NEW" "password2=$NEW"
is "$STATUS" 401 "a wrong current password changes nothing"
body_has 'Mật khẩu hiện tại không đúng' "and says so by the field"
body_lacks "$NEW" "without echoing any password"
post a /account/password "csrf=$CSRF" "current=$PW" "password=matkhau123" "password2=matkhau123"
is "$STATUS" 422 "a common new password is refused"
post a /account/password "csrf=$CSRF" "current=$PW" "password=$NEW" "password2=$NEW-x"
is "$STATUS" 422 "a mismatched confirmation is refused"
post a /account/password "csrf=$CSRF" "current=$PW" "password=$NEW" "password2=$NEW"
is "$STATUS" 303 "the right current password and a good new one change it"
is "$(header Location)" "/account?password=1" "back to the account page, which says so"
with_token "$OTHER" /account
rejected "the other device is logged out"
web a /account
is "$STATUS" 200 "this device stays logged in (with a new token)"
is "$(sql "SELECT COUNT(*) FROM audit_log a JOIN users u ON u.id = a.user_id WHERE u.citizen_id = '$ID' AND a.event = 'password_changed'")" 1 \
	"the change is audited"

form c /account/login
post c /account/login "csrf=$CSRF" kind=citizen "login=$ID" "password=$PW"
is "$STATUS" 401 "the old password no longer logs in"
post c /account/login "csrf=$CSRF" kind=citizen "login=$ID" "password=$NEW"
is "$STATUS" 303 "the new one does"

# --- what the account has done: a draft, a dossier taken to its end, feedback, a payment ---------
USER_A=$(sql "SELECT id FROM users WHERE citizen_id = '$ID'")
file_dossier a 1.004194 01 save
DRAFT_A=$DRAFT
file_dossier a 1.004194 01
CODE_A=$CODE
[ -n "$CODE_A" ]; ok $? "the citizen files a dossier"
pay_through a "/dossiers/$CODE_A" "/pay/dossiers/$CODE_A" pay
REF_A=$REF
wait_until "[ \"\$(sql \"SELECT state FROM payment_orders WHERE txn_ref = '$REF_A'\")\" = paid ]" 20
ok $? "and pays its fee"
official o H26.CA
# act ACTION=... [FIELD=VALUE...]: the official acts on the citizen's dossier.
act() {
	form o "/office/dossiers/$CODE_A"
	upload o "/office/dossiers/$CODE_A/act" "csrf=$CSRF" \
		"version=$(sql "SELECT version FROM dossiers WHERE code = '$CODE_A'")" "$@"
}
act action=receive
act action=supplement "documents=Bản sao giấy khai sinh" "note=Cần xác minh quan hệ với chủ hộ"
pdf "$TMP/khai-sinh.pdf" 2
form a "/dossiers/$CODE_A"
upload a "/dossiers/$CODE_A/supply" "csrf=$CSRF" "file1=@$TMP/khai-sinh.pdf;filename=Khai sinh.pdf"
act action=process
pdf "$TMP/ket-qua.pdf" 3
act action=approve "result=@$TMP/ket-qua.pdf;filename=Kết quả.pdf"
act action=return
form a "/dossiers/$CODE_A"
post a "/dossiers/$CODE_A/rate" "csrf=$CSRF" rating=2 "comment=Đúng hẹn, cán bộ nhiệt tình"
is "$(sql "SELECT CONCAT(status, '|', rating) FROM dossiers WHERE code = '$CODE_A'")" "returned|2" \
	"the dossier is supplemented, decided, returned and rated"

pdf "$TMP/giay-hen.pdf"
form a "/feedback/new?dossier=$CODE_A"
upload a /feedback/new "csrf=$CSRF" category=handling "dossier=$CODE_A" "title=Yêu cầu bổ sung giấy tờ" \
	"content=Hồ sơ bị yêu cầu bổ sung bản sao giấy khai sinh, đề nghị giải thích căn cứ." \
	"file1=@$TMP/giay-hen.pdf;type=application/pdf;filename=Giấy hẹn.pdf"
FB_A=$(header Location | sed 's|^/feedback/||; s|?.*||')
# fb_act ACTION=... [FIELD=VALUE...]: the official acts on the citizen's feedback.
fb_act() {
	form o "/office/feedback/$FB_A"
	upload o "/office/feedback/$FB_A/act" "csrf=$CSRF" \
		"version=$(sql "SELECT version FROM feedback WHERE code = '$FB_A'")" "$@"
}
fb_act action=accept
pdf "$TMP/tra-loi.pdf"
fb_act action=answer "answer=Bản sao giấy khai sinh cần để xác minh quan hệ với chủ hộ." \
	"file1=@$TMP/tra-loi.pdf;type=application/pdf;filename=Trả lời.pdf"
form a "/feedback/$FB_A"
post a "/feedback/$FB_A/rate" "csrf=$CSRF" rating=1
is "$(sql "SELECT CONCAT(status, '|', rating) FROM feedback WHERE code = '$FB_A'")" "answered|1" \
	"the citizen's feedback is answered and rated"

# Another citizen's dossier, feedback and (unfinished) payment.
citizen b
file_dossier b 1.004194 01
CODE_B=$CODE
form b /feedback/new
post b /feedback/new "csrf=$CSRF" category=proposal agency=H26.CA "title=Kiến nghị của người khác" \
	"content=Đề nghị kéo dài giờ tiếp nhận hồ sơ vào sáng thứ Bảy hằng tuần."
FB_B=$(header Location | sed 's|^/feedback/||; s|?.*||')
pay_button b "/dossiers/$CODE_B" "/pay/dossiers/$CODE_B"
REF_B=$REF
[ -n "$CODE_B" ] && [ -n "$FB_B" ] && [ -n "$REF_B" ]; ok $? "another citizen has a dossier, feedback and a payment"

web a /account/export
is "$STATUS" 200 "the account's data can be downloaded"
is "$(header Content-Type)" "application/json; charset=utf-8" "as JSON"
ok "$(header Content-Disposition | grep -q attachment; echo $?)" "as a file"
# What must not be in it: the other account's codes and name, the official's name, and every
# secret of the account the database holds.
{
	printf '%s\n' "$CODE_B" "$FB_B" "$REF_B" "Nguyễn Thị Nộp Hồ Sơ" "$(cookie a cong_session)" "$(cookie b cong_session)"
	sql "SELECT full_name FROM users WHERE id = $OFFICIAL_USER"
	sql "SELECT password_hash FROM users WHERE id = $USER_A"
	sql "SELECT token_hash FROM sessions WHERE user_id = $USER_A UNION ALL SELECT csrf_token FROM sessions WHERE user_id = $USER_A"
	sql "SELECT token_hash FROM email_tokens WHERE user_id = $USER_A"
	sql "SELECT submit_key FROM dossiers WHERE user_id = $USER_A AND submit_key IS NOT NULL"
	sql "SELECT prev_hash FROM audit_log WHERE user_id = $USER_A UNION ALL SELECT row_hash FROM audit_log WHERE user_id = $USER_A"
} > "$TMP/foreign"
python3 - "$TMP/body" "$ID" "$CODE_A" "$FB_A" "$REF_A" "$(sha256sum < "$TMP/khai-sinh.pdf" | cut -d' ' -f1)" \
	"$TMP/foreign" > "$TMP/check" <<'PY'
import json, re, sys
body, idnum, code, fb, ref, supplied, foreign = sys.argv[1:]
text = open(body).read()
doc = json.loads(text)
def check(cond, what): print("0" if cond else "1", what)
acct = doc["account"]
check(acct["citizen_id"] == idnum and acct["full_name"] == "Vũ Văn Đổi", "it holds the account")
check(any(e["event"] == "password_changed" for e in doc["security_events"]), "its security events")
check(len(doc["sessions"]) >= 2, "its sessions")

ds = [d for d in doc.get("dossiers", []) if d["code"] == code]
check(len(ds) == 1, "the dossier, by its code")
d = ds[0] if ds else {}
check(d.get("procedure_code") == "1.004194" and d.get("procedure_name"), "with its procedure's code and name")
check(d.get("agency") == "Công an Thành phố Hà Nội" and d.get("status") == "returned", "its agency and status")
check(all(d.get(k) for k in ("created_at", "submitted_at", "due_date", "decided_at")), "its dates and due date")
check(d.get("fee_amount") == 7000 and d.get("fee_receipt") == ref and d.get("fee_paid_at"), "its fee, paid, with the receipt")
check(d.get("rating") == 2 and d.get("rating_comment") == "Đúng hẹn, cán bộ nhiệt tình", "its rating")
form = d.get("form", [])
check(form and all(v.get("name") and v.get("label") and "value" in v for v in form), "the form's values, labelled")
check(any(v["name"].endswith("_ward") and v["place"].startswith("Phường") for v in form), "an address with its units named")
docs = d.get("documents", [])
check({x["role"] for x in docs} == {"document", "supplement", "result"}, "its documents, the supplement and the result")
check(all(set(x) == {"role", "document", "filename", "type", "size", "sha256", "added_at"} for x in docs)
      and all(isinstance(x["size"], int) and re.fullmatch("[0-9a-f]{64}", x["sha256"]) for x in docs),
      "each described by name, type, size and SHA-256, without its bytes")
check(any(x["filename"] == "Khai sinh.pdf" and x["sha256"] == supplied for x in docs), "the supplied file's SHA-256 is its own")
actions = [e["action"] for e in d.get("timeline", [])]
check(all(a in actions for a in ("submit", "pay", "receive", "supplement", "supply", "process", "approve", "return")),
      "its timeline (%s)" % ",".join(actions))
check(all(e["actor"] in ("applicant", "official", "system") for e in d.get("timeline", [])), "which says who acted by role only")
sup = d.get("supplements", [])
check(len(sup) == 1 and sup[0]["documents"] == "Bản sao giấy khai sinh" and sup[0]["reason"] == "Cần xác minh quan hệ với chủ hộ"
      and sup[0]["asked_at"] and sup[0]["resolved_at"], "what was asked to be supplied, and when it was")
dr = doc.get("drafts", [])
check(len(dr) == 1 and dr[0]["status"] == "draft" and dr[0]["code"] is None and dr[0]["form"] and dr[0]["documents"],
      "the draft, with its form and documents")
check(all(x["status"] != "draft" for x in doc.get("dossiers", [])), "drafts are not among the dossiers")

fs = [x for x in doc.get("feedback", []) if x["code"] == fb]
check(len(fs) == 1, "the feedback, by its code")
f = fs[0] if fs else {}
check(f.get("kind") == "handling" and f.get("kind_name") and f.get("agency") == "Công an Thành phố Hà Nội", "its kind and agency")
check(f.get("title") == "Yêu cầu bổ sung giấy tờ" and f.get("content", "").startswith("Hồ sơ bị yêu cầu"), "its title and content")
check(f.get("dossier_code") == code and f.get("status") == "answered" and f.get("rating") == 1, "its dossier, status and rating")
check((f.get("answer") or "").startswith("Bản sao giấy khai sinh cần") and f.get("answered_at"), "the answer")
check([e["action"] for e in f.get("timeline", [])][:3] == ["submit", "accept", "answer"], "its timeline")
check(sorted((a["role"], a["filename"]) for a in f.get("attachments", [])) == [("answer", "Trả lời.pdf"), ("submission", "Giấy hẹn.pdf")]
      and all(re.fullmatch("[0-9a-f]{64}", a["sha256"]) for a in f.get("attachments", [])), "the attachments' names and hashes")

ps = [x for x in doc.get("payments", []) if x["txn_ref"] == ref]
check(len(ps) == 1, "the payment, by its reference")
p = ps[0] if ps else {}
check(p.get("kind") == "dossier" and p.get("dossier_code") == code and p.get("what_for"), "what it paid for")
check(p.get("amount") == 7000 and p.get("state") == "paid" and p.get("bank_code") == "NCB", "its amount, state and bank")
check(all(p.get(k) for k in ("created_at", "settled_at", "paid_at")), "its dates")

lines = [l for l in open(foreign).read().split("\n") if len(l) >= 8]
leaks = [l[:12] for l in lines if l in text]
check(not leaks, "nothing of the other account, the official, nor any secret of the account %s" % leaks)
names = ("password_hash", "totp_secret", "token_hash", "csrf_token", "secret_hash", "api_token", "code_hash",
         "submit_key", "open_key", "search_text", "order_info", "user_id", "actor_id", "$scrypt$", "%PDF")
check(not [n for n in names if n in text], "no secret's or internal column's name, nor a file's bytes")
PY
while read -r rc what; do ok "$rc" "the export: $what"; done < "$TMP/check"
is "$(grep -c . "$TMP/check")" 32 "every check of the export ran"
is "$(sql "SELECT COUNT(*) FROM audit_log WHERE user_id = $USER_A AND event = 'data_exported'")" 1 "the export is audited"

web b /account/export
is "$STATUS" 200 "the other citizen's data can be downloaded"
python3 - "$TMP/body" "$CODE_B" "$FB_B" "$REF_B" "$CODE_A" "$FB_A" "$REF_A" > "$TMP/check" <<'PY'
import json, sys
text = open(sys.argv[1]).read()
doc = json.loads(text)
own = [[x["code"] for x in doc.get("dossiers", [])], [x["code"] for x in doc.get("feedback", [])], [x["txn_ref"] for x in doc.get("payments", [])]]
print("0" if own == [[c] for c in sys.argv[2:5]] else "1", "the other citizen's export has its own dossier, feedback and payment")
print("0" if not [x for x in sys.argv[5:] if x in text] else "1", "and nothing of the first citizen's")
PY
while read -r rc what; do ok "$rc" "$what"; done < "$TMP/check"
is "$(grep -c . "$TMP/check")" 2 "both checks of the other export ran"
web z /account/export
rejected "a visitor gets no data, only the login page"
done_testing
