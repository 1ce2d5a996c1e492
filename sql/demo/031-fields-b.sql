-- Demo data: fields (lĩnh vực) used by 041-procedures-b.sql.
-- Codes are the IDs of the national procedure database; 030-fields-a.sql may insert some of the
-- same fields, hence INSERT IGNORE. Agencies are looked up by code (020-agencies.sql).
SET NAMES utf8mb4;

SET @bca = (SELECT id FROM agencies WHERE code = '000.00.00.G01');
SET @bnv = (SELECT id FROM agencies WHERE code = 'G09');
SET @btc = (SELECT id FROM agencies WHERE code = '000.00.00.G12');
SET @btp = (SELECT id FROM agencies WHERE code = '000.00.00.G15');

INSERT IGNORE INTO fields (code, name, ministry, agency_id, folded_name) VALUES
  ('5',     'Đăng ký, quản lý cư trú',   'Bộ Công an',  @bca, ''),
  ('11',    'Quản lý xuất nhập cảnh',    'Bộ Công an',  @bca, ''),
  ('1',     'Cấp, quản lý căn cước',     'Bộ Công an',  @bca, ''),
  ('15622', 'Lý lịch tư pháp',           'Bộ Công an',  @bca, ''),
  ('82',    'Việc làm',                  'Bộ Nội vụ',   @bnv, ''),
  ('16522', 'Bảo hiểm xã hội',           'Bộ Tài chính', @btc, ''),
  ('199',   'Chứng thực',                'Bộ Tư pháp',  @btp, ''),
  ('203',   'Hộ tịch',                   'Bộ Tư pháp',  @btp, '');
