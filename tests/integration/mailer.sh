#!/bin/bash
# cong-mailer against real SMTP servers on loopback: a relay that is down (the message waits and is
# retried later, never lost), one that refuses for good (given up at once), too many attempts,
# a row that cannot be a message, two senders at once (each message sent once), and SIGTERM.
# It runs on an outbox of its own in a database of its own, so the stack's sender does not touch
# these messages.
. "$CONG_SRCDIR/tests/lib.sh"
. "$CONG_SRCDIR/tests/accounts-lib.sh"

DB=cong_mailtest_$$
PORT=$((10000 + RANDOM % 22000))
sql "$CONG_DB_NAME" "CREATE DATABASE $DB; CREATE TABLE $DB.outbox LIKE $CONG_DB_NAME.outbox"
SMTP_PID=
cleanup() {
	[ -n "$SMTP_PID" ] && kill "$SMTP_PID" 2>/dev/null
	[ -n "${PID:-}" ] && kill "$PID" 2>/dev/null
	sql "$CONG_DB_NAME" "DROP DATABASE IF EXISTS $DB"
	rm -rf "$TMP"
}
trap cleanup EXIT

# conf MAX_ATTEMPTS: the stack's configuration, on this test's database and relay.
conf() {
	grep -v -e '^Db\.Name' -e '^Mail\.' "$CONG_CONF" > "$TMP/mailer.conf"
	cat >> "$TMP/mailer.conf" <<-CONF
		Db.Name = $DB
		Mail.Relay = smtp://127.0.0.1:$PORT
		Mail.From = no-reply@dichvucong.localhost
		Mail.TLS = none
		Mail.RetrySeconds = 600
		Mail.MaxAttempts = $1
		Mail.PollSeconds = 1
		Mail.TimeoutSeconds = 10
	CONF
}
# smtp_start [HANDLER]: an SMTP server on $PORT keeping mail in $TMP/mail (or another handler).
smtp_start() {
	local handler=${1:-aiosmtpd.handlers.Mailbox}
	mkdir -p "$TMP/mail/new" "$TMP/mail/cur" "$TMP/mail/tmp"
	PYTHONPATH="$CONG_SRCDIR/tests/smtp" "$CONG_SMTP_PYTHON" -m aiosmtpd -n -l "127.0.0.1:$PORT" \
		-c "$handler" $( [ "$handler" = aiosmtpd.handlers.Mailbox ] && echo "$TMP/mail" ) \
		>"$TMP/smtp.log" 2>&1 &
	SMTP_PID=$!
	wait_until "(exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null" 20 || diag "SMTP server did not start: $(cat "$TMP/smtp.log")"
}
smtp_stop() { kill "$SMTP_PID" 2>/dev/null; wait "$SMTP_PID" 2>/dev/null; SMTP_PID=; }
mailer() { "$CONG_BIN/cong-mailer" --conf "$TMP/mailer.conf" "$@" 2>>"$TMP/mailer.log"; }
queue() { sql "$DB" "INSERT INTO outbox (recipient, subject, body) VALUES ('$1', '$2', 'Nội dung thư.\nDòng thứ hai.')"; }
row() { sql "$DB" "SELECT $2 FROM outbox WHERE recipient = '$1'"; }

conf 3
# --- the relay is down ---------------------------------------------------------------------------
queue a@example.vn "Thử gửi lại"
mailer --once
is "$?" 0 "with the relay down, the sender still finishes its round"
is "$(row a@example.vn "sent_at IS NULL, failed_at IS NULL, attempts")" "1	1	1" \
	"the message is neither sent nor given up: one attempt counted"
has "connect" "$(row a@example.vn last_error)" "the reason is kept"
is "$(row a@example.vn "next_attempt_at > NOW() + INTERVAL 500 SECOND")" 1 "and it waits RetrySeconds"
mailer --once
is "$(row a@example.vn attempts)" 1 "it is not tried again before then"

smtp_start
sql "$DB" "UPDATE outbox SET next_attempt_at = NOW()"
mailer --once
is "$(row a@example.vn "sent_at IS NOT NULL, attempts, last_error")" "1	2	" \
	"once the relay is back, the next attempt sends it"
FILE=$(grep -lF "X-RcptTo: a@example.vn" "$TMP"/mail/new/* 2>/dev/null | head -n 1)
MSG=$(mail_decode "$FILE" 2>/dev/null)
has "Subject: Thử gửi lại" "$MSG" "the relay has it, subject intact"
has "Dòng thứ hai." "$MSG" "and text"
mailer --once
is "$(grep -lF "X-RcptTo: a@example.vn" "$TMP"/mail/new/* | wc -l)" 1 "a sent message is not sent again"

# --- many messages, two senders at once ----------------------------------------------------------
for i in $(seq 1 40); do queue "many$i@example.vn" "Thư số $i"; done
mailer --once & P1=$!
mailer --once & P2=$!
wait $P1 $P2
is "$(sql "$DB" "SELECT COUNT(*) FROM outbox WHERE recipient LIKE 'many%' AND sent_at IS NOT NULL AND attempts = 1")" 40 \
	"two senders at once send 40 messages, each with one attempt"
is "$(grep -l "X-RcptTo: many" "$TMP"/mail/new/* | wc -l)" 40 "the relay has 40 messages"
is "$(grep -h "^Message-ID:" "$TMP"/mail/new/* | sort -u | wc -l)" "$(ls "$TMP"/mail/new | wc -l)" \
	"no message twice (every Message-ID once)"

# --- what cannot be a message is given up at once -----------------------------------------------
sql "$DB" "INSERT INTO outbox (recipient, subject, body) VALUES ('b@example.vn', 'Bcc: x@evil.example\nSubject: chen', 'x')"
mailer --once
is "$(row b@example.vn "sent_at IS NULL, failed_at IS NOT NULL, attempts")" "1	1	1" \
	"a subject with a line break is never sent (no header injection), and marked failed"
has "cannot be formatted" "$(row b@example.vn last_error)" "saying why"
smtp_stop

# --- a relay that refuses for good ---------------------------------------------------------------
smtp_start refuse.Refuse
queue c@example.vn "Sai hộp thư"
mailer --once
is "$(row c@example.vn "sent_at IS NULL, failed_at IS NOT NULL, attempts")" "1	1	1" \
	"a 5xx answer is final: given up after one attempt"
has "550" "$(row c@example.vn last_error)" "with the relay's code kept"
smtp_stop

# --- too many attempts ---------------------------------------------------------------------------
conf 2
queue d@example.vn "Hết lượt"
mailer --once
sql "$DB" "UPDATE outbox SET next_attempt_at = NOW() WHERE recipient = 'd@example.vn'"
mailer --once
is "$(row d@example.vn "sent_at IS NULL, failed_at IS NOT NULL, attempts")" "1	1	2" \
	"after Mail.MaxAttempts failures the message is given up"

# --- as a service --------------------------------------------------------------------------------
smtp_start
queue e@example.vn "Dịch vụ"
"$CONG_BIN/cong-mailer" --conf "$TMP/mailer.conf" 2>>"$TMP/mailer.log" & PID=$!
wait_until "[ \"\$(row e@example.vn 'sent_at IS NOT NULL')\" = 1 ]" 20
is "$(row e@example.vn "sent_at IS NOT NULL")" 1 "running as a service, it sends what is queued"
kill -TERM $PID
wait_until "! kill -0 $PID 2>/dev/null" 10
ok "$(kill -0 $PID 2>/dev/null && echo 1 || echo 0)" "SIGTERM stops it"
wait $PID
is "$?" 0 "with exit status 0"
smtp_stop
done_testing
