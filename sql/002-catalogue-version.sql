-- A counter that every change to the catalogue moves, so each search worker knows, with one cheap
-- read at most once a second, when the copy of the catalogue it searches in memory is stale.
CREATE TABLE catalogue_version (
  id       TINYINT UNSIGNED NOT NULL PRIMARY KEY,
  version  BIGINT UNSIGNED NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO catalogue_version (id, version) VALUES (1, 1);

CREATE TRIGGER procedures_ai AFTER INSERT ON procedures FOR EACH ROW
  UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER procedures_au AFTER UPDATE ON procedures FOR EACH ROW
  UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER procedures_ad AFTER DELETE ON procedures FOR EACH ROW
  UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER agencies_ai AFTER INSERT ON agencies FOR EACH ROW
  UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER agencies_au AFTER UPDATE ON agencies FOR EACH ROW
  UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER agencies_ad AFTER DELETE ON agencies FOR EACH ROW
  UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER fields_ai AFTER INSERT ON fields FOR EACH ROW
  UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER fields_au AFTER UPDATE ON fields FOR EACH ROW
  UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER fields_ad AFTER DELETE ON fields FOR EACH ROW
  UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
