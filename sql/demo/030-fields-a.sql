-- Demo data: fields (lĩnh vực) used by 040-procedures-a.sql. Codes are the IDs of the national
-- procedure database, names and managing ministries as it lists them. 031-fields-b.sql may insert some
-- of the same fields, hence INSERT IGNORE. Fields the source lists under "Điện Lực" are linked to
-- Tập đoàn Điện lực Việt Nam.
SET NAMES utf8mb4;

SET @bca = (SELECT id FROM agencies WHERE code = '000.00.00.G01');
SET @bct = (SELECT id FROM agencies WHERE code = '000.00.00.G02');
SET @bng = (SELECT id FROM agencies WHERE code = '000.00.00.G08');
SET @btc = (SELECT id FROM agencies WHERE code = '000.00.00.G12');
SET @bxd = (SELECT id FROM agencies WHERE code = 'G17');
SET @evn = (SELECT id FROM agencies WHERE code = '0100100079');

INSERT IGNORE INTO fields (code, name, ministry, agency_id, folded_name) VALUES
  ('15623', 'Sát hạch, cấp giấy phép lái xe', 'Bộ Công an', @bca, ''),
  ('6', 'Đăng ký, quản lý phương tiện giao thông cơ giới, xe máy chuyên dùng', 'Bộ Công an', @bca, ''),
  ('35', 'Xúc tiến thương mại', 'Bộ Công Thương', @bct, ''),
  ('34', 'Xuất nhập khẩu', 'Bộ Công Thương', @bct, ''),
  ('166', 'Thuế', 'Bộ Tài chính', @btc, ''),
  ('13900', 'Dịch vụ cung cấp điện mới', 'Điện Lực', @evn, ''),
  ('13901', 'Dịch vụ trong quá trình thực hiện HĐMBĐ', 'Điện Lực', @evn, ''),
  ('16522', 'Bảo hiểm xã hội', 'Bộ Tài chính', @btc, ''),
  ('64', 'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)', 'Bộ Tài chính', @btc, ''),
  ('61', 'Thành lập và hoạt động của doanh nghiệp', 'Bộ Tài chính', @btc, ''),
  ('241', 'Hoạt động xây dựng', 'Bộ Xây dựng', @bxd, ''),
  ('86', 'Chứng nhận lãnh sự, hợp pháp hóa lãnh sự', 'Bộ Ngoại giao', @bng, '');
