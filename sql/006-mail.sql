-- Mail delivery and e-mail links. The sender (cong-mailer) claims due rows of the outbox, sends
-- them over SMTP and retries with a growing delay; a message the relay refuses for good, or that
-- failed too many times, is marked failed instead of being tried for ever.
ALTER TABLE outbox
  ADD COLUMN failed_at TIMESTAMP NULL AFTER sent_at,
  DROP KEY outbox_due,
  ADD KEY outbox_due (sent_at, failed_at, next_attempt_at);

-- A newer link replaces the older ones of the same purpose (a second change of address, a
-- password set by another link): those are revoked, and say so when followed.
ALTER TABLE email_tokens
  ADD COLUMN revoked_at TIMESTAMP NULL AFTER used_at,
  ADD KEY email_tokens_user (user_id, purpose, created_at);
