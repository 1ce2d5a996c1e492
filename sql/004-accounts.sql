-- Accounts, sessions and the security audit log: one account for every service. Citizens log in
-- with the 12-digit citizen ID or the 10-digit social-insurance number, businesses with their tax
-- code; officials belong to one agency. Only hashes of secrets are stored.

CREATE TABLE users (
  id                  BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind                ENUM('citizen','business','official','admin') NOT NULL,
  citizen_id          CHAR(12)     NULL,            -- số định danh cá nhân (căn cước)
  social_insurance_no CHAR(10)     NULL,            -- mã số BHXH
  tax_code            VARCHAR(14)  NULL,            -- mã số thuế (10, or 10-3 for a branch)
  full_name           VARCHAR(200) NOT NULL,
  birth_date          DATE         NULL,
  sex                 ENUM('M','F') NULL,
  representative      VARCHAR(200) NULL,            -- a business's legal representative
  phone               VARCHAR(15)  NOT NULL DEFAULT '',
  email               VARCHAR(254) NOT NULL DEFAULT '',
  email_confirmed_at  TIMESTAMP    NULL,
  password_hash       VARCHAR(255) NOT NULL,        -- $scrypt$ln=..,r=..,p=..$salt$hash
  agency_id           INT UNSIGNED NULL,            -- officials only
  totp_secret         VARCHAR(64)  NULL,            -- base32, set while 2FA is on or being set up
  totp_enabled        TINYINT(1)   NOT NULL DEFAULT 0,
  totp_last_counter   BIGINT UNSIGNED NOT NULL DEFAULT 0,  -- no TOTP code is accepted twice
  status              ENUM('active','disabled') NOT NULL DEFAULT 'active',
  created_at          TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at          TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  UNIQUE KEY users_citizen_id (citizen_id),
  UNIQUE KEY users_social_insurance_no (social_insurance_no),
  UNIQUE KEY users_tax_code (tax_code),
  KEY users_email (email),
  CONSTRAINT users_agency_fk FOREIGN KEY (agency_id) REFERENCES agencies (id),
  CONSTRAINT users_identity CHECK (citizen_id IS NOT NULL OR tax_code IS NOT NULL OR kind IN ('official','admin'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A login. The cookie holds a 256-bit random token; only its SHA-256 is here, so a copy of this
-- table opens no account. The CSRF token of the session is checked on every state change.
CREATE TABLE sessions (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  token_hash    CHAR(64)     NOT NULL,
  user_id       BIGINT UNSIGNED NOT NULL,
  csrf_token    CHAR(43)     NOT NULL,
  created_at    TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  last_seen_at  TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  expires_at    TIMESTAMP    NOT NULL,              -- absolute end, whatever the activity
  idle_seconds  INT UNSIGNED NOT NULL,              -- ends after this long without a request
  remember      TINYINT(1)   NOT NULL DEFAULT 0,
  second_factor TINYINT(1)   NOT NULL DEFAULT 0,    -- 1 once a TOTP code was given
  client_ip     VARCHAR(45)  NOT NULL DEFAULT '',
  user_agent    VARCHAR(255) NOT NULL DEFAULT '',
  ended_at      TIMESTAMP    NULL,
  UNIQUE KEY sessions_token (token_hash),
  KEY sessions_user (user_id, ended_at),
  CONSTRAINT sessions_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Failed logins per account and per client address, shared by every worker and host.
CREATE TABLE login_failures (
  scope         ENUM('account','address') NOT NULL,
  subject       VARCHAR(64)  NOT NULL,               -- the login name, or the client address
  failures      INT UNSIGNED NOT NULL DEFAULT 0,
  first_at      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  locked_until  TIMESTAMP    NULL,
  PRIMARY KEY (scope, subject)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Single-use links sent by e-mail: confirming an address, resetting a password.
CREATE TABLE email_tokens (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  token_hash    CHAR(64)     NOT NULL,
  user_id       BIGINT UNSIGNED NOT NULL,
  purpose       ENUM('confirm','reset') NOT NULL,
  email         VARCHAR(254) NOT NULL,
  created_at    TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  expires_at    TIMESTAMP    NOT NULL,
  used_at       TIMESTAMP    NULL,
  UNIQUE KEY email_tokens_token (token_hash),
  CONSTRAINT email_tokens_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE recovery_codes (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id       BIGINT UNSIGNED NOT NULL,
  code_hash     CHAR(64)     NOT NULL,
  used_at       TIMESTAMP    NULL,
  KEY recovery_codes_user (user_id),
  CONSTRAINT recovery_codes_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Mail is written here in the same transaction as the action that sends it; a sender delivers it.
CREATE TABLE outbox (
  id               BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  recipient        VARCHAR(254) NOT NULL,
  subject          VARCHAR(255) NOT NULL,
  body             MEDIUMTEXT   NOT NULL,
  created_at       TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  attempts         INT UNSIGNED NOT NULL DEFAULT 0,
  next_attempt_at  TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  sent_at          TIMESTAMP    NULL,
  last_error       VARCHAR(500) NOT NULL DEFAULT '',
  KEY outbox_due (sent_at, next_attempt_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Security events, append only: each row carries the hash of the one before, so a change to any
-- row breaks the chain (cong-admin verifies it). The application's account may only insert here.
CREATE TABLE audit_log (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at          TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  event       VARCHAR(40)  NOT NULL,                 -- login, login_failed, lockout, ...
  user_id     BIGINT UNSIGNED NULL,
  actor_id    BIGINT UNSIGNED NULL,                  -- who did it, when not the user
  client_ip   VARCHAR(45)  NOT NULL DEFAULT '',
  detail      VARCHAR(1000) NOT NULL DEFAULT '',
  prev_hash   CHAR(64)     NOT NULL,
  row_hash    CHAR(64)     NOT NULL,
  KEY audit_log_user (user_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The hash of the last row, locked by each writer so that two never chain onto the same row.
CREATE TABLE audit_head (
  id        TINYINT UNSIGNED NOT NULL PRIMARY KEY,
  last_hash CHAR(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO audit_head (id, last_hash) VALUES (1, REPEAT('0', 64));

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';
