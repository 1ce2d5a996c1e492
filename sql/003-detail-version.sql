-- Changes to a procedure's documents, channels, legal bases and questions move catalogue_version
-- too, so a worker's cached copy of a procedure's page is never shown after the page changed.
CREATE TRIGGER procedure_cases_ai AFTER INSERT ON procedure_cases FOR EACH ROW
  UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER procedure_cases_au AFTER UPDATE ON procedure_cases FOR EACH ROW
  UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER procedure_cases_ad AFTER DELETE ON procedure_cases FOR EACH ROW
  UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER procedure_documents_ai AFTER INSERT ON procedure_documents FOR EACH ROW
  UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER procedure_documents_au AFTER UPDATE ON procedure_documents FOR EACH ROW
  UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER procedure_documents_ad AFTER DELETE ON procedure_documents FOR EACH ROW
  UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER procedure_channels_ai AFTER INSERT ON procedure_channels FOR EACH ROW
  UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER procedure_channels_au AFTER UPDATE ON procedure_channels FOR EACH ROW
  UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER procedure_channels_ad AFTER DELETE ON procedure_channels FOR EACH ROW
  UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER legal_bases_ai AFTER INSERT ON legal_bases FOR EACH ROW
  UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER legal_bases_au AFTER UPDATE ON legal_bases FOR EACH ROW
  UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER legal_bases_ad AFTER DELETE ON legal_bases FOR EACH ROW
  UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER faqs_ai AFTER INSERT ON faqs FOR EACH ROW
  UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER faqs_au AFTER UPDATE ON faqs FOR EACH ROW
  UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
CREATE TRIGGER faqs_ad AFTER DELETE ON faqs FOR EACH ROW
  UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
