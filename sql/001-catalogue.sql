-- The procedure catalogue: administrative units, agencies, fields, procedures and their details, FAQ.
-- Every searchable table keeps a folded copy of its text (lowercase, no marks, đ→d) written by the
-- application, because no MariaDB collation folds Vietnamese the way citizens type it.

CREATE TABLE admin_units (
  code         VARCHAR(10)  NOT NULL PRIMARY KEY,      -- official code: '01' province, '00004' ward
  parent_code  VARCHAR(10)  NULL,
  unit_type    VARCHAR(20)  NOT NULL,                  -- province, ward (any level: coded hierarchy)
  kind_name    VARCHAR(60)  NOT NULL,                  -- Thành phố, Tỉnh, Phường, Xã, Đặc khu
  name         VARCHAR(120) NOT NULL,
  full_name    VARCHAR(160) NOT NULL,
  name_en      VARCHAR(120) NOT NULL DEFAULT '',
  code_name    VARCHAR(120) NOT NULL DEFAULT '',
  folded_name  VARCHAR(160) NOT NULL DEFAULT '',
  KEY admin_units_parent (parent_code, name),
  CONSTRAINT admin_units_parent_fk FOREIGN KEY (parent_code) REFERENCES admin_units (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Agencies sit at four places: a central ministry, a central agency's local branch, a province, a commune.
CREATE TABLE agencies (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code         VARCHAR(40)  NOT NULL,
  name         VARCHAR(255) NOT NULL,
  agency_level ENUM('central','branch','province','commune') NOT NULL,
  parent_id    INT UNSIGNED NULL,
  unit_code    VARCHAR(10)  NULL,                      -- the province/commune it serves, if local
  address      VARCHAR(255) NOT NULL DEFAULT '',
  phone        VARCHAR(40)  NOT NULL DEFAULT '',
  email        VARCHAR(120) NOT NULL DEFAULT '',
  website      VARCHAR(255) NOT NULL DEFAULT '',
  folded_name  VARCHAR(255) NOT NULL DEFAULT '',
  UNIQUE KEY agencies_code (code),
  KEY agencies_level (agency_level, name),
  CONSTRAINT agencies_parent_fk FOREIGN KEY (parent_id) REFERENCES agencies (id),
  CONSTRAINT agencies_unit_fk FOREIGN KEY (unit_code) REFERENCES admin_units (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Fields (lĩnh vực) of the national procedure database; each belongs to a managing ministry.
CREATE TABLE fields (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code         VARCHAR(20)  NOT NULL,
  name         VARCHAR(255) NOT NULL,
  ministry     VARCHAR(255) NOT NULL DEFAULT '',      -- managing ministry as the source names it
  agency_id    INT UNSIGNED NULL,
  folded_name  VARCHAR(255) NOT NULL DEFAULT '',
  UNIQUE KEY fields_code (code),
  KEY fields_name (name),
  CONSTRAINT fields_agency_fk FOREIGN KEY (agency_id) REFERENCES agencies (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE procedures (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code          VARCHAR(40)  NOT NULL,                 -- 1.004194, or 1.001612.000.00.00.H01
  name          VARCHAR(1000) NOT NULL,                -- official titles run to 937 characters
  agency_id     INT UNSIGNED NULL,                     -- the competent (issuing) agency
  field_id      INT UNSIGNED NULL,
  levels        SET('central','province','commune') NOT NULL DEFAULT '',  -- where it is carried out
  audience      SET('citizen','business') NOT NULL DEFAULT 'citizen',
  online_level  ENUM('none','partial','full') NOT NULL DEFAULT 'none',    -- một phần / toàn trình
  is_vertical   TINYINT(1)   NOT NULL DEFAULT 0,       -- handled by a vertically organised agency
  summary       TEXT         NULL,
  steps         TEXT         NULL,                     -- one step per line
  applicants    TEXT         NULL,                     -- who may apply
  conditions    TEXT         NULL,                     -- one condition per line
  result        TEXT         NULL,
  popularity    BIGINT UNSIGNED NOT NULL DEFAULT 0,    -- the national portal's weight
  folded_name   VARCHAR(1000) NOT NULL DEFAULT '',
  search_text   TEXT         NOT NULL,                 -- folded name, code, field and agency
  updated_at    TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  UNIQUE KEY procedures_code (code),
  KEY procedures_popularity (popularity),
  KEY procedures_agency (agency_id, popularity),
  KEY procedures_field (field_id, popularity),
  FULLTEXT KEY procedures_search (search_text),
  CONSTRAINT procedures_agency_fk FOREIGN KEY (agency_id) REFERENCES agencies (id),
  CONSTRAINT procedures_field_fk FOREIGN KEY (field_id) REFERENCES fields (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Required documents are grouped by case ("Trường hợp ..."); a procedure with one case has one row here.
CREATE TABLE procedure_cases (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  procedure_id INT UNSIGNED NOT NULL,
  ord          SMALLINT UNSIGNED NOT NULL,
  name         VARCHAR(500) NOT NULL,
  UNIQUE KEY procedure_cases_ord (procedure_id, ord),
  CONSTRAINT procedure_cases_fk FOREIGN KEY (procedure_id) REFERENCES procedures (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE procedure_documents (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id      INT UNSIGNED NOT NULL,
  ord          SMALLINT UNSIGNED NOT NULL,
  name         VARCHAR(1000) NOT NULL,
  form_name    VARCHAR(255) NOT NULL DEFAULT '',      -- the form (mẫu) to fill in, if any: "Mẫu CT01"
  originals    TINYINT UNSIGNED NOT NULL DEFAULT 1,   -- bản chính
  copies       TINYINT UNSIGNED NOT NULL DEFAULT 0,   -- bản sao
  required     TINYINT(1) NOT NULL DEFAULT 1,
  UNIQUE KEY procedure_documents_ord (case_id, ord),
  CONSTRAINT procedure_documents_fk FOREIGN KEY (case_id) REFERENCES procedure_cases (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- How a procedure can be filed, each way with its own time limit and fee.
CREATE TABLE procedure_channels (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  procedure_id INT UNSIGNED NOT NULL,
  channel      ENUM('in_person','online','post') NOT NULL,
  time_limit   VARCHAR(500) NOT NULL,                 -- as the decision states it: "05 ngày làm việc"
  time_days    SMALLINT UNSIGNED NULL,                -- working days, when it is a plain count
  fee_amount   BIGINT UNSIGNED NOT NULL DEFAULT 0,    -- đồng; 0 when free
  fee_text     VARCHAR(1000) NOT NULL DEFAULT '',     -- "Lệ phí: 115.000 đồng/lần cấp"
  note         VARCHAR(1000) NOT NULL DEFAULT '',
  UNIQUE KEY procedure_channels_one (procedure_id, channel),
  CONSTRAINT procedure_channels_fk FOREIGN KEY (procedure_id) REFERENCES procedures (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE legal_bases (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  procedure_id INT UNSIGNED NOT NULL,
  ord          SMALLINT UNSIGNED NOT NULL,
  number       VARCHAR(120) NOT NULL,                 -- 68/2020/QH14
  summary      VARCHAR(1000) NOT NULL,
  issued_on    DATE NULL,
  issuer       VARCHAR(255) NOT NULL DEFAULT '',
  UNIQUE KEY legal_bases_ord (procedure_id, ord),
  CONSTRAINT legal_bases_fk FOREIGN KEY (procedure_id) REFERENCES procedures (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Questions and answers; procedure_id NULL for general questions about the portal.
CREATE TABLE faqs (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  procedure_id INT UNSIGNED NULL,
  ord          SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  question     VARCHAR(1000) NOT NULL,
  answer       TEXT NOT NULL,
  KEY faqs_procedure (procedure_id, ord),
  CONSTRAINT faqs_fk FOREIGN KEY (procedure_id) REFERENCES procedures (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
