# dossier-lib.sh: what tests of dossiers share — files to upload, multipart posts, a citizen who
# files a complete dossier through the real pages, and an official logged in with 2FA. Sourced
# after tests/lib.sh and tests/accounts-lib.sh.

# pdf FILE [KB]: a small valid PDF (KB kilobytes of padding), different at every call.
pdf() { { printf '%%PDF-1.4\n%% %s\n1 0 obj << >> endobj\n' "$(digits 16)"; head -c "$(( ${2:-1} * 1024 ))" /dev/zero | tr '\0' ' '; printf '\n%%%%EOF\n'; } > "$1"; }

# upload JAR PATH FIELD=VALUE... : a multipart POST as the forms with files send (FIELD=@file).
upload() {
	local jar=$1 path=$2 f args=()
	shift 2
	for f in "$@"; do args+=(-F "$f"); done
	web "$jar" "${args[@]}" "$path"
}

# citizen JAR: registers a new citizen logged in as JAR; sets CITIZEN_ID, CITIZEN_USER, CITIZEN_MAIL.
citizen() {
	CITIZEN_ID=$(new_citizen 1985 F)
	CITIZEN_MAIL="hs$(digits 8)@example.vn"
	local pw="Cong-Dan-$(digits 6)!"
	form "$1" /account/register
	post "$1" /account/register "csrf=$CSRF" kind=citizen "citizen_id=$CITIZEN_ID" \
		"full_name=Nguyễn Thị Nộp Hồ Sơ" birth_date=1985-06-01 sex=F phone=09$(digits 8) \
		"email=$CITIZEN_MAIL" "password=$pw" "password2=$pw"
	CITIZEN_USER=$(sql "SELECT id FROM users WHERE citizen_id = '$CITIZEN_ID'")
}

# field_args PROCEDURE: FIELD_ARGS gets a right value (name=value, as the draft form sends it) for
# every field of PROCEDURE the account does not fill in, each by its kind.
field_args() {
	local name kind choice
	FIELD_ARGS=()
	while IFS=$'\t' read -r name kind choice; do	# choice: the first one
		case "$kind" in
		text|textarea) FIELD_ARGS+=("f_$name=Thông tin $name") ;;
		date) FIELD_ARGS+=("f_$name=2020-01-15") ;;
		number) FIELD_ARGS+=("f_$name=12") ;;
		idnum) FIELD_ARGS+=("f_$name=$(new_citizen 1960 F)") ;;
		choice) FIELD_ARGS+=("f_$name=$choice") ;;
		address) FIELD_ARGS+=("f_${name}_province=01" "f_${name}_ward=$(sql "SELECT code FROM admin_units WHERE parent_code = '01' ORDER BY code LIMIT 1")" "f_${name}_street=Số 5 phố Tràng Tiền") ;;
		esac
	done < <(sql "SELECT f.name, f.kind, SUBSTRING_INDEX(f.choices, '\n', 1) FROM procedure_fields f JOIN procedures p ON p.id = f.procedure_id WHERE p.code = '$1' AND f.prefill = '' ORDER BY f.ord")
}

# file_dossier JAR PROCEDURE PROVINCE [ACTION]: the citizen of JAR files a complete dossier of
# PROCEDURE (its first case) in PROVINCE through the submit pages; sets CODE (empty if it failed)
# and DRAFT. With ACTION save, the complete draft is only saved.
file_dossier() {
	local jar=$1 proc=$2 province=$3 action=${4:-submit} case_id d args=()
	case_id=$(sql "SELECT c.id FROM procedure_cases c JOIN procedures p ON p.id = c.procedure_id WHERE p.code = '$proc' ORDER BY c.ord LIMIT 1")
	form "$jar" "/submit/$proc"
	post "$jar" "/submit/$proc" "csrf=$CSRF" "case=$case_id" "province=$province"
	DRAFT=$(header Location | sed 's|^/drafts/||')
	field_args "$proc"
	args=("${FIELD_ARGS[@]}")
	for d in $(sql "SELECT id FROM procedure_documents WHERE case_id = $case_id AND required = 1"); do
		pdf "$TMP/doc-$d.pdf"
		args+=("doc_$d=@$TMP/doc-$d.pdf;type=application/pdf")
	done
	form "$jar" "/drafts/$DRAFT"
	upload "$jar" "/drafts/$DRAFT" "csrf=$CSRF" "action=$action" "${args[@]}"
	CODE=$(sql "SELECT COALESCE(code, '') FROM dossiers WHERE id = '$DRAFT'")
}

# totp_code SECRET OFFSET: the TOTP code of the base32 SECRET for the 30-second step now+OFFSET,
# as an authenticator app computes it (RFC 6238, HMAC-SHA1).
totp_code() {
	python3 - "$1" "$2" <<-'PY'
	import base64, hashlib, hmac, struct, sys, time
	s = sys.argv[1]
	key = base64.b32decode(s + "=" * (-len(s) % 8))
	counter = int(time.time()) // 30 + int(sys.argv[2])
	h = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
	o = h[-1] & 15
	print("%06d" % ((struct.unpack(">I", h[o:o + 4])[0] & 0x7fffffff) % 1000000))
	PY
}

# official JAR AGENCY: an official of AGENCY (code) made with cong-admin, with 2FA on, logged in as
# JAR; sets OFFICIAL_USER.
official() {
	local oid pw="Can-Bo-$(digits 8)!"
	oid=$(new_citizen 1975 M)
	printf '%s\n' "$pw" | "$CONG_BIN/cong-admin" --conf "$CONG_CONF" create-official --citizen-id "$oid" \
		--name "Cán bộ $(digits 3)" --agency "$2" --email "cb$(digits 6)@example.vn" >/dev/null
	staff_login "$1" "$oid" "$pw"
	OFFICIAL_USER=$STAFF_USER
}
# admin_user JAR: an admin made with cong-admin, with 2FA on, logged in as JAR; sets STAFF_USER.
admin_user() {
	local aid pw="Quan-Tri-$(digits 8)!"
	aid=$(new_citizen 1970 M)
	printf '%s\n' "$pw" | "$CONG_BIN/cong-admin" --conf "$CONG_CONF" create-admin --citizen-id "$aid" \
		--name "Quản trị $(digits 3)" >/dev/null
	staff_login "$1" "$aid" "$pw"
}
# staff_login JAR ID PASSWORD: turns two-factor authentication on for the account of ID (as the
# set-up page would) and logs it in as JAR with a code; sets STAFF_USER.
staff_login() {
	local secret=JBSWY3DPEHPK3PXPJBSWY3DP
	STAFF_USER=$(sql "SELECT id FROM users WHERE citizen_id = '$2'")
	sql "UPDATE users SET totp_secret = '$secret', totp_enabled = 1 WHERE id = $STAFF_USER"
	form "$1" /account/login
	post "$1" /account/login "csrf=$CSRF" kind=citizen "login=$2" "password=$3"
	form "$1" /account/login/2fa
	post "$1" /account/login/2fa "csrf=$CSRF" "code=$(totp_code "$secret" 0)"
}
