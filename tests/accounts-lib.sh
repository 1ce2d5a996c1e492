# accounts-lib.sh: what tests of accounts share — a browser of their own (a cookie jar and a
# loopback address no login failure is counted against), forms with their CSRF token, and made-up
# citizen IDs and tax codes that have no account. Sourced after tests/lib.sh.

exec 3>&1
# bail REASON: stops the whole test, even from inside $(...).
bail() { echo "Bail out! $*" >&3; kill -TERM $$; exit 1; }

digits() { tr -dc 0-9 </dev/urandom 2>/dev/null | head -c "$1"; }
sha256() { printf '%s' "$1" | sha256sum | cut -d' ' -f1; }

# free_address: a loopback address 127.0.0.N (N from 2 to 250) that no login failure is counted
# against yet, other than those given as arguments.
free_address() {
	local a i
	for i in $(seq 1 100); do
		a=127.0.0.$((2 + RANDOM % 249))
		case " $* " in *" $a "*) continue ;; esac
		[ "$(sql "SELECT COUNT(*) FROM login_failures WHERE scope = 'address' AND subject = '$a'")" = 0 ] \
			&& break
	done
	echo "$a"
}
IP=$(free_address)
diag "requests come from $IP"

# web JAR [curl options...] PATH: fetch from $IP with the cookie jar $TMP/JAR.jar (a browser).
web() {
	local jar="$TMP/$1.jar"
	shift
	[ -f "$jar" ] || : > "$jar"
	fetch --interface "$IP" -c "$jar" -b "$jar" "$@"
}
# form JAR PATH: GET a page with a form; $CSRF is the token of its hidden csrf field.
form() {
	web "$1" "$2"
	CSRF=$(grep -o 'name="csrf" value="[^"]*"' "$TMP/body" | head -n 1 | sed 's/.*value="//; s/"$//')
}
# post JAR PATH NAME=VALUE...: POST the fields (each URL-encoded) as a form does.
post() {
	local jar=$1 path=$2 f args=()
	shift 2
	for f in "$@"; do args+=(--data-urlencode "$f"); done
	web "$jar" "${args[@]}" "$path"
}
# cookie JAR NAME: the value the browser JAR holds for cookie NAME ("" if none).
cookie() { awk -F'\t' -v n="$2" '$6 == n { v = $7 } END { print v }' "$TMP/$1.jar"; }
# set_cookie NAME: the last answer's Set-Cookie header for NAME, without the "Set-Cookie: ".
set_cookie() { grep -i "^Set-Cookie: $1=" "$TMP/headers" | head -n 1 | cut -d' ' -f2- | tr -d '\r'; }
# with_token TOKEN PATH: GET PATH with only the session cookie TOKEN, as a replaying client would.
with_token() { fetch --interface "$IP" -H "Cookie: cong_session=$1" "$2"; }
# rejected DESCRIPTION: the last answer sends a visitor of /account to the login page.
rejected() {
	if [ "$STATUS" = 303 ] && case "$(header Location)" in /account/login\?next=*) true ;; *) false ;; esac
	then ok 0 "$1"; else ok 1 "$1"; diag "got $STATUS to '$(header Location)'"; fi
}

# new_citizen YEAR SEX: a citizen ID of Hà Nội (province 001) for a SEX (M/F) born in YEAR
# (1900-2099), random and without an account.
new_citizen() {
	local c id i
	if [ "$1" -ge 2000 ]; then c=2; else c=0; fi
	[ "$2" = F ] && c=$((c + 1))
	for i in $(seq 1 50); do
		id=001$c$(printf '%02d' $(($1 % 100)))$(digits 6)
		[ "$(sql "SELECT COUNT(*) FROM users WHERE citizen_id = '$id'")" = 0 ] && { echo "$id"; return; }
	done
	bail "no unused citizen ID found (is the database there?)"
}
# tax_check NINE-DIGITS: the check digit (0-9), or 10 when no tenth digit makes a valid code.
tax_check() {
	local w=(31 29 23 19 17 13 7 5 3) s=0 i
	for i in 0 1 2 3 4 5 6 7 8; do s=$((s + w[i] * ${1:i:1})); done
	echo $((10 - s % 11))
}
# new_tax: a valid tax code of Hà Nội (01), random and without an account.
new_tax() {
	local d c i
	for i in $(seq 1 200); do
		d=01$(digits 7)
		[ "${d:2}" = 0000000 ] && continue
		c=$(tax_check "$d")
		[ "$c" -le 9 ] || continue
		[ "$(sql "SELECT COUNT(*) FROM users WHERE tax_code = '$d$c'")" = 0 ] && { echo "$d$c"; return; }
	done
	bail "no unused tax code found (is the database there?)"
}


# Mail: the stack's SMTP receiver keeps each message it gets as a file in $CONG_MAILDIR/new, with
# the envelope's recipient in an X-RcptTo header.
# mails ADDRESS: how many messages ADDRESS has had.
mails() { grep -lF "X-RcptTo: $1" "$CONG_MAILDIR"/new/* 2>/dev/null | wc -l; }
# mail_wait ADDRESS N: waits up to 30 s for ADDRESS to have N messages; prints the newest one,
# decoded ("Subject: ..." then the text), or nothing if none came.
mail_wait() {
	local i f
	for i in $(seq 1 300); do
		[ "$(mails "$1")" -ge "$2" ] && break
		sleep 0.1
	done
	f=$(ls -t $(grep -lF "X-RcptTo: $1" "$CONG_MAILDIR"/new/* 2>/dev/null) 2>/dev/null | head -n 1)
	[ -n "$f" ] && mail_decode "$f"
}
# mail_decode FILE: a message as its reader sees it, parsed by Python's e-mail package.
mail_decode() {
	python3 - "$1" <<-'PY'
	import sys
	from email import policy
	from email.parser import BytesParser
	m = BytesParser(policy=policy.default).parse(open(sys.argv[1], "rb"))
	print("Subject:", m["subject"])
	print("From:", m["from"])
	print("Message-ID:", m["message-id"])
	print(m.get_content().replace('\r\n', '\n'))
	PY
}
# link_in TEXT PATH: the first link in TEXT to PATH ("/account/email/confirm"), as a path.
link_in() { printf '%s\n' "$1" | grep -o "https\?://[^ ]*$2[^ ]*" | head -n 1 | sed 's|^https\?://[^/]*||'; }
