-- Dossiers (hồ sơ): filed online by a citizen or a business for a procedure, routed to the
-- competent agency, processed by its officials, followed by the applicant to the result.

-- The form of a procedure, beyond its documents: typed fields. prefill names what the portal knows
-- already (a column of the account), so that it is filled in and not asked again.
CREATE TABLE procedure_fields (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  procedure_id  INT UNSIGNED NOT NULL,
  ord           SMALLINT UNSIGNED NOT NULL,
  name          VARCHAR(40)  NOT NULL,                  -- [a-z_]+, the form field's name
  label         VARCHAR(255) NOT NULL,
  kind          ENUM('text','textarea','date','number','choice','idnum','address') NOT NULL,
  required      TINYINT(1)   NOT NULL DEFAULT 1,
  choices       VARCHAR(2000) NOT NULL DEFAULT '',      -- kind choice: one choice per line
  prefill       ENUM('','full_name','citizen_id','tax_code','birth_date','phone','email',
                     'representative') NOT NULL DEFAULT '',
  hint          VARCHAR(500) NOT NULL DEFAULT '',
  UNIQUE KEY procedure_fields_ord (procedure_id, ord),
  UNIQUE KEY procedure_fields_name (procedure_id, name),
  CONSTRAINT procedure_fields_fk FOREIGN KEY (procedure_id) REFERENCES procedures (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Days off besides Saturdays and Sundays (Tết, national holidays and the days the Government
-- moves): due dates count working days only.
CREATE TABLE holidays (
  day   DATE         NOT NULL PRIMARY KEY,
  name  VARCHAR(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Uploaded files, content-addressed by SHA-256: the same scan uploaded twice is stored once.
CREATE TABLE files (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  sha256      CHAR(64)     NOT NULL,
  size        INT UNSIGNED NOT NULL,
  mime        ENUM('application/pdf','image/jpeg','image/png') NOT NULL,
  content     LONGBLOB     NOT NULL,
  created_at  TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY files_sha256 (sha256)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The states of a dossier and who may move it from one to another. An UPDATE of dossiers.status
-- that is not a row here is refused by the trigger below, whatever the program asks.
CREATE TABLE dossier_transitions (
  from_status  VARCHAR(20) NOT NULL,
  action       VARCHAR(20) NOT NULL,
  to_status    VARCHAR(20) NOT NULL,
  actor        ENUM('applicant','official') NOT NULL,
  PRIMARY KEY (from_status, action)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO dossier_transitions (from_status, action, to_status, actor) VALUES
  ('draft',      'submit',     'submitted',  'applicant'),
  ('submitted',  'receive',    'received',   'official'),
  ('submitted',  'reject',     'rejected',   'official'),
  ('received',   'supplement', 'supplement', 'official'),
  ('received',   'process',    'processing', 'official'),
  ('received',   'reject',     'rejected',   'official'),
  ('supplement', 'supply',     'received',   'applicant'),
  ('supplement', 'reject',     'rejected',   'official'),
  ('processing', 'supplement', 'supplement', 'official'),
  ('processing', 'approve',    'approved',   'official'),
  ('processing', 'reject',     'rejected',   'official'),
  ('approved',   'return',     'returned',   'official');

CREATE TABLE dossiers (
  id              BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code            VARCHAR(60)  NULL,                    -- the national code, given at submission
  user_id         BIGINT UNSIGNED NOT NULL,
  procedure_id    INT UNSIGNED NOT NULL,
  case_id         INT UNSIGNED NULL,
  province_code   VARCHAR(10)  NULL,                    -- where it is filed, for local procedures
  agency_id       INT UNSIGNED NULL,                    -- routed at submission
  status          ENUM('draft','submitted','received','supplement','processing','approved',
                       'rejected','returned') NOT NULL DEFAULT 'draft',
  version         INT UNSIGNED NOT NULL DEFAULT 0,      -- optimistic locking of every change
  submit_key      CHAR(43)     NULL,                    -- one submission per form shown
  applicant_name  VARCHAR(200) NOT NULL DEFAULT '',
  applicant_idnum VARCHAR(14)  NOT NULL DEFAULT '',     -- citizen ID or tax code, for /track
  submitted_at    TIMESTAMP    NULL,
  due_date        DATE         NULL,
  days_left       SMALLINT     NULL,                    -- working days left while the clock stops
  decided_at      TIMESTAMP    NULL,
  rating          TINYINT UNSIGNED NULL,                -- 1 very satisfied .. 4 not satisfied
  rating_comment  VARCHAR(1000) NOT NULL DEFAULT '',
  rated_at        TIMESTAMP    NULL,
  created_at      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  UNIQUE KEY dossiers_code (code),
  UNIQUE KEY dossiers_submit_key (submit_key),
  KEY dossiers_user (user_id, status, updated_at),
  KEY dossiers_agency (agency_id, status, due_date),
  KEY dossiers_track (code, applicant_idnum),
  CONSTRAINT dossiers_user_fk FOREIGN KEY (user_id) REFERENCES users (id),
  CONSTRAINT dossiers_procedure_fk FOREIGN KEY (procedure_id) REFERENCES procedures (id),
  CONSTRAINT dossiers_case_fk FOREIGN KEY (case_id) REFERENCES procedure_cases (id),
  CONSTRAINT dossiers_agency_fk FOREIGN KEY (agency_id) REFERENCES agencies (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

DELIMITER //
CREATE TRIGGER dossiers_transition BEFORE UPDATE ON dossiers FOR EACH ROW
BEGIN
  IF NEW.status <> OLD.status AND NOT EXISTS (SELECT 1 FROM dossier_transitions
      WHERE from_status = OLD.status AND to_status = NEW.status) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'dossier status change not allowed';
  END IF;
END//
DELIMITER ;

-- The values of the procedure's fields, as typed (checked by kind when saved).
CREATE TABLE dossier_values (
  dossier_id  BIGINT UNSIGNED NOT NULL,
  name        VARCHAR(40)  NOT NULL,
  value       TEXT         NOT NULL,
  PRIMARY KEY (dossier_id, name),
  CONSTRAINT dossier_values_fk FOREIGN KEY (dossier_id) REFERENCES dossiers (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Files of a dossier: a document the procedure asks for, a supplement, or the result.
CREATE TABLE dossier_files (
  id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id   BIGINT UNSIGNED NOT NULL,
  document_id  INT UNSIGNED NULL,                       -- procedure_documents.id it answers
  role         ENUM('document','supplement','result') NOT NULL DEFAULT 'document',
  file_id      BIGINT UNSIGNED NOT NULL,
  filename     VARCHAR(255) NOT NULL,
  created_at   TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY dossier_files_dossier (dossier_id, role, document_id),
  KEY dossier_files_file (file_id),
  CONSTRAINT dossier_files_dossier_fk FOREIGN KEY (dossier_id) REFERENCES dossiers (id) ON DELETE CASCADE,
  CONSTRAINT dossier_files_file_fk FOREIGN KEY (file_id) REFERENCES files (id),
  CONSTRAINT dossier_files_document_fk FOREIGN KEY (document_id) REFERENCES procedure_documents (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The timeline: every change of a dossier, who made it and why.
CREATE TABLE dossier_events (
  id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id   BIGINT UNSIGNED NOT NULL,
  at           TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  actor_id     BIGINT UNSIGNED NULL,
  action       VARCHAR(20)  NOT NULL,
  from_status  VARCHAR(20)  NOT NULL DEFAULT '',
  to_status    VARCHAR(20)  NOT NULL DEFAULT '',
  note         VARCHAR(2000) NOT NULL DEFAULT '',
  KEY dossier_events_dossier (dossier_id, id),
  CONSTRAINT dossier_events_fk FOREIGN KEY (dossier_id) REFERENCES dossiers (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What an official asked for in a supplement request: documents and why.
CREATE TABLE dossier_requests (
  id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id   BIGINT UNSIGNED NOT NULL,
  event_id     BIGINT UNSIGNED NOT NULL,
  documents    VARCHAR(2000) NOT NULL,                  -- one document per line
  reason       VARCHAR(2000) NOT NULL,
  resolved_at  TIMESTAMP    NULL,
  KEY dossier_requests_dossier (dossier_id, resolved_at),
  CONSTRAINT dossier_requests_fk FOREIGN KEY (dossier_id) REFERENCES dossiers (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Per agency and day, the last number given: the code is AGENCY-YYMMDD-NNNNNN.
CREATE TABLE dossier_counters (
  agency_id  INT UNSIGNED NOT NULL,
  day        DATE         NOT NULL,
  last       INT UNSIGNED NOT NULL,
  PRIMARY KEY (agency_id, day)
) ENGINE=InnoDB;
