-- Feedback and complaints (phản ánh, kiến nghị; issue 6): what citizens and businesses report or
-- propose, the agency that must answer it and by when, its timeline, and the public answer.

-- The kinds of feedback; Open311's services (service_code = code).
CREATE TABLE feedback_categories (
  code         VARCHAR(20)  NOT NULL PRIMARY KEY,
  name         VARCHAR(200) NOT NULL,
  description  VARCHAR(1000) NOT NULL,
  ord          TINYINT UNSIGNED NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO feedback_categories (code, name, description, ord) VALUES
  ('regulation', 'Phản ánh về quy định hành chính',
   'Quy định, thủ tục hành chính không hợp lý, không phù hợp với thực tế, không đồng bộ hoặc trái với văn bản khác.', 1),
  ('handling', 'Phản ánh về việc giải quyết thủ tục hành chính',
   'Hồ sơ bị giải quyết chậm, bị yêu cầu thêm giấy tờ ngoài quy định, bị từ chối không rõ lý do.', 2),
  ('conduct', 'Phản ánh về hành vi của cán bộ, công chức',
   'Thái độ, hành vi nhũng nhiễu, gây phiền hà, không thực hiện hoặc thực hiện không đúng quy định.', 3),
  ('proposal', 'Kiến nghị, đề xuất',
   'Sáng kiến, đề xuất sửa đổi quy định hoặc cải thiện cách phục vụ người dân, doanh nghiệp.', 4);

-- The states of feedback and who may move it from one to another (a trigger enforces it).
--   received: waiting for the agency to classify it (2 working days); a transfer to another agency
--     keeps it received there, with a new deadline
--   accepted → answered (15 working days) → published (2 working days, when the submitter agreed)
--   rejected: not the portal's business, with the reason
--   answered/published → received at the higher agency: escalated once by an unsatisfied submitter
CREATE TABLE feedback_transitions (
  from_status  VARCHAR(20) NOT NULL,
  to_status    VARCHAR(20) NOT NULL,
  PRIMARY KEY (from_status, to_status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO feedback_transitions (from_status, to_status) VALUES
  ('received', 'accepted'), ('received', 'rejected'), ('accepted', 'answered'),
  ('answered', 'published'), ('answered', 'received'), ('published', 'received');

CREATE TABLE feedback (
  id             BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code           VARCHAR(30)  NOT NULL,                  -- the tracking code: PAKN-261123-000001
  secret_hash    CHAR(64)     NULL,                      -- SHA-256 of an anonymous submitter's link token
  user_id        BIGINT UNSIGNED NULL,                   -- the submitter's account, NULL: anonymous
  category       VARCHAR(20)  NOT NULL,
  agency_id      INT UNSIGNED NOT NULL,                  -- who must act on it now
  first_agency_id INT UNSIGNED NOT NULL,                 -- where it was first sent
  procedure_id   INT UNSIGNED NULL,                      -- what it is about, when given
  dossier_id     BIGINT UNSIGNED NULL,
  title          VARCHAR(200) NOT NULL,
  content        TEXT         NOT NULL,                  -- at most 5,000 characters
  contact_name   VARCHAR(200) NOT NULL DEFAULT '',
  contact_email  VARCHAR(254) NOT NULL DEFAULT '',
  contact_phone  VARCHAR(20)  NOT NULL DEFAULT '',
  publish_ok     TINYINT(1)   NOT NULL DEFAULT 0,        -- the submitter agrees to publication
  status         ENUM('received','accepted','rejected','answered','published') NOT NULL DEFAULT 'received',
  version        INT UNSIGNED NOT NULL DEFAULT 0,        -- optimistic locking, as for dossiers
  classify_due   DATE         NULL,
  answer_due     DATE         NULL,
  publish_due    DATE         NULL,
  reject_reason  VARCHAR(2000) NOT NULL DEFAULT '',
  answer         TEXT         NULL,
  answered_at    TIMESTAMP    NULL,
  answered_by    BIGINT UNSIGNED NULL,
  published_at   TIMESTAMP    NULL,
  rating         TINYINT UNSIGNED NULL,                  -- 1 very satisfied .. 4 not satisfied
  rated_at       TIMESTAMP    NULL,
  escalated_at   TIMESTAMP    NULL,                      -- once only
  search_text    TEXT         NOT NULL,                  -- folded title, content and answer (fold.h)
  source         ENUM('web','open311') NOT NULL DEFAULT 'web',
  api_key_id     INT UNSIGNED NULL,
  api_token      CHAR(32)     NULL,                      -- Open311 tokens/{token}
  address        VARCHAR(500) NOT NULL DEFAULT '',       -- Open311 address_string
  lat            DECIMAL(9,6) NULL,
  lon            DECIMAL(9,6) NULL,
  submit_ip      VARCHAR(45)  NOT NULL DEFAULT '',
  created_at     TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at     TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  UNIQUE KEY feedback_code (code),
  UNIQUE KEY feedback_secret (secret_hash),
  UNIQUE KEY feedback_token (api_token),
  KEY feedback_user (user_id, created_at),
  KEY feedback_agency (agency_id, status),
  KEY feedback_public (status, published_at),
  KEY feedback_ip (submit_ip, created_at),
  KEY feedback_created (created_at, id),
  FULLTEXT KEY feedback_search (search_text),
  CONSTRAINT feedback_category_fk FOREIGN KEY (category) REFERENCES feedback_categories (code),
  CONSTRAINT feedback_agency_fk FOREIGN KEY (agency_id) REFERENCES agencies (id),
  CONSTRAINT feedback_first_agency_fk FOREIGN KEY (first_agency_id) REFERENCES agencies (id),
  CONSTRAINT feedback_user_fk FOREIGN KEY (user_id) REFERENCES users (id),
  CONSTRAINT feedback_procedure_fk FOREIGN KEY (procedure_id) REFERENCES procedures (id),
  CONSTRAINT feedback_dossier_fk FOREIGN KEY (dossier_id) REFERENCES dossiers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

DELIMITER //
CREATE TRIGGER feedback_transition BEFORE UPDATE ON feedback FOR EACH ROW
BEGIN
  IF NEW.status <> OLD.status AND NOT EXISTS (SELECT 1 FROM feedback_transitions
      WHERE from_status = OLD.status AND to_status = NEW.status) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'feedback status change not allowed';
  END IF;
END//
DELIMITER ;

-- The timeline: submit, accept, reject, transfer, answer, publish, rate, escalate.
CREATE TABLE feedback_events (
  id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  feedback_id  BIGINT UNSIGNED NOT NULL,
  at           TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  actor_id     BIGINT UNSIGNED NULL,                     -- NULL: the anonymous submitter, or the system
  agency_id    INT UNSIGNED NULL,                        -- the agency it was at
  action       VARCHAR(20)  NOT NULL,
  from_status  VARCHAR(20)  NOT NULL DEFAULT '',
  to_status    VARCHAR(20)  NOT NULL DEFAULT '',
  note         VARCHAR(2000) NOT NULL DEFAULT '',
  KEY feedback_events_feedback (feedback_id, id),
  CONSTRAINT feedback_events_fk FOREIGN KEY (feedback_id) REFERENCES feedback (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Attachments: the submitter's, and the agency's with its answer (files kept once, as for dossiers).
CREATE TABLE feedback_files (
  id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  feedback_id  BIGINT UNSIGNED NOT NULL,
  role         ENUM('submission','answer') NOT NULL,
  file_id      BIGINT UNSIGNED NOT NULL,
  filename     VARCHAR(255) NOT NULL,
  created_at   TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY feedback_files_feedback (feedback_id, role),
  KEY feedback_files_file (file_id),
  CONSTRAINT feedback_files_feedback_fk FOREIGN KEY (feedback_id) REFERENCES feedback (id) ON DELETE CASCADE,
  CONSTRAINT feedback_files_file_fk FOREIGN KEY (file_id) REFERENCES files (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The numbers of the day's tracking codes.
CREATE TABLE feedback_counters (
  day          DATE NOT NULL PRIMARY KEY,
  last         INT UNSIGNED NOT NULL
) ENGINE=InnoDB;

-- Open311 API keys of civic-reporting clients (only the key's SHA-256 is kept).
CREATE TABLE open311_keys (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  key_hash     CHAR(64)     NOT NULL,
  name         VARCHAR(200) NOT NULL,
  created_at   TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  disabled_at  TIMESTAMP    NULL,
  UNIQUE KEY open311_keys_hash (key_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
