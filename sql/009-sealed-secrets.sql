-- TOTP secrets are sealed at rest ("v1:" and the base64url of an AES-256-GCM box, under the key of
-- Security.SecretKeyFile); the sealed form is longer than the base32 secret. A secret stored
-- before this still works and is read as it is.
ALTER TABLE users MODIFY totp_secret VARCHAR(255) NULL;
