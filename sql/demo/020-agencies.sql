-- Demo data: agencies. Codes of ministries, central agencies and provincial People's Committees are
-- those of the national procedure database; the local agencies of Hà Nội and Thành phố Hồ Chí Minh
-- and the central departments use codes of this demo (prefix = parent's code). Other demo files look
-- agencies up by code. folded_name is filled by the application's reindex step.
-- MariaDB cannot read agencies in a subquery of an INSERT INTO agencies, so parents go through variables.
SET NAMES utf8mb4;

-- Ministries and central agencies.
INSERT INTO agencies (code, name, agency_level, parent_id, unit_code, address, phone, email, website, folded_name) VALUES
  ('000.00.00.G01', 'Bộ Công an', 'central', NULL, NULL, 'Số 44 Yết Kiêu, Hà Nội', '', '', 'https://bocongan.gov.vn', ''),
  ('000.00.00.G02', 'Bộ Công Thương', 'central', NULL, NULL, 'Số 54 Hai Bà Trưng, Hà Nội', '', '', 'https://moit.gov.vn', ''),
  ('G03', 'Bộ Giáo dục và Đào tạo', 'central', NULL, NULL, 'Số 35 Đại Cồ Việt, Hà Nội', '', '', 'https://moet.gov.vn', ''),
  ('G06', 'Bộ Khoa học và Công nghệ', 'central', NULL, NULL, 'Số 113 Trần Duy Hưng, Hà Nội', '', '', '', ''),
  ('000.00.00.G08', 'Bộ Ngoại giao', 'central', NULL, NULL, 'Số 1 Tôn Thất Đàm, Hà Nội', '', '', 'https://mofa.gov.vn', ''),
  ('G09', 'Bộ Nội vụ', 'central', NULL, NULL, 'Số 8 Tôn Thất Thuyết, Hà Nội', '', '', 'https://moha.gov.vn', ''),
  ('G10', 'Bộ Nông nghiệp và Môi trường', 'central', NULL, NULL, 'Số 2 Ngọc Hà, Hà Nội', '', '', 'https://mae.gov.vn', ''),
  ('000.00.00.G11', 'Bộ Quốc phòng', 'central', NULL, NULL, 'Số 7 Nguyễn Tri Phương, Hà Nội', '', '', 'https://mod.gov.vn', ''),
  ('000.00.00.G12', 'Bộ Tài chính', 'central', NULL, NULL, 'Số 28 Trần Hưng Đạo, Hà Nội', '', '', 'https://mof.gov.vn', ''),
  ('000.00.00.G15', 'Bộ Tư pháp', 'central', NULL, NULL, 'Số 58-60 Trần Phú, Hà Nội', '', '', 'https://moj.gov.vn', ''),
  ('G16', 'Bộ Văn hóa, Thể thao và Du lịch', 'central', NULL, NULL, 'Số 51 Ngô Quyền, Hà Nội', '', '', 'https://bvhttdl.gov.vn', ''),
  ('G17', 'Bộ Xây dựng', 'central', NULL, NULL, 'Số 37 Lê Đại Hành, Hà Nội', '', '', 'https://moc.gov.vn', ''),
  ('000.00.00.G18', 'Bộ Y tế', 'central', NULL, NULL, 'Số 138A Giảng Võ, Hà Nội', '', '', 'https://moh.gov.vn', ''),
  ('G19', 'Ngân hàng Nhà nước Việt Nam', 'central', NULL, NULL, 'Số 49 Lý Thái Tổ, Hà Nội', '', '', 'https://sbv.gov.vn', ''),
  ('000.00.00.G20', 'Thanh tra Chính phủ', 'central', NULL, NULL, '', '', '', 'https://thanhtra.gov.vn', ''),
  ('000.00.00.G21', 'Bộ Dân tộc và Tôn giáo', 'central', NULL, NULL, '', '', '', '', ''),
  ('000.00.00.G22', 'Văn phòng Chính phủ', 'central', NULL, NULL, 'Số 1 Hoàng Hoa Thám, Hà Nội', '', '', 'https://vpcp.chinhphu.vn', ''),
  ('0100100079', 'Tập đoàn Điện lực Việt Nam', 'central', NULL, NULL, 'Số 11 Cửa Bắc, Hà Nội', '', '', 'https://evn.com.vn', '');

SET @bca  = (SELECT id FROM agencies WHERE code = '000.00.00.G01');
SET @btc  = (SELECT id FROM agencies WHERE code = '000.00.00.G12');
SET @btp  = (SELECT id FROM agencies WHERE code = '000.00.00.G15');
SET @evn  = (SELECT id FROM agencies WHERE code = '0100100079');

-- Central departments and agencies under a ministry.
INSERT INTO agencies (code, name, agency_level, parent_id, unit_code, address, phone, email, website, folded_name) VALUES
  ('BHXH', 'Bảo hiểm xã hội Việt Nam', 'central', @btc, NULL, 'Số 7 Tràng Thi, Hà Nội', '1900 9068', '', 'https://baohiemxahoi.gov.vn', ''),
  ('THUE', 'Cục Thuế', 'central', @btc, NULL, 'Số 123 Lò Đúc, Hà Nội', '', '', 'https://gdt.gov.vn', ''),
  ('G01.CSGT', 'Cục Cảnh sát giao thông', 'central', @bca, NULL, 'Số 112 Lê Duẩn, Hà Nội', '', '', 'https://csgt.vn', ''),
  ('G01.XNC', 'Cục Quản lý xuất nhập cảnh', 'central', @bca, NULL, 'Số 44-46 Trần Phú, Hà Nội', '', '', 'https://xuatnhapcanh.gov.vn', ''),
  ('G15.LLTP', 'Trung tâm Lý lịch tư pháp quốc gia', 'central', @btp, NULL, '', '', '', 'https://lltptructuyen.moj.gov.vn', '');

-- People's Committees of the 34 provinces and centrally governed cities (all codes are in the source;
-- none had to be invented).
INSERT INTO agencies (code, name, agency_level, parent_id, unit_code, address, phone, email, website, folded_name) VALUES
  ('H26', 'UBND Thành phố Hà Nội', 'province', NULL, '01', 'Số 79 Đinh Tiên Hoàng, phường Hoàn Kiếm, Hà Nội', '', '', 'https://hanoi.gov.vn', ''),
  ('H14', 'UBND tỉnh Cao Bằng', 'province', NULL, '04', '', '', '', '', ''),
  ('H60', 'UBND tỉnh Tuyên Quang', 'province', NULL, '08', '', '', '', '', ''),
  ('H18', 'UBND tỉnh Điện Biên', 'province', NULL, '11', '', '', '', '', ''),
  ('H35', 'UBND tỉnh Lai Châu', 'province', NULL, '12', '', '', '', '', ''),
  ('H52', 'UBND tỉnh Sơn La', 'province', NULL, '14', '', '', '', '', ''),
  ('H38', 'UBND tỉnh Lào Cai', 'province', NULL, '15', '', '', '', '', ''),
  ('H55', 'UBND tỉnh Thái Nguyên', 'province', NULL, '19', '', '', '', '', ''),
  ('H37', 'UBND tỉnh Lạng Sơn', 'province', NULL, '20', '', '', '', '', ''),  -- the source lists '000.00.00.H37'; shortened like the others
  ('H49', 'UBND tỉnh Quảng Ninh', 'province', NULL, '22', '', '', '', '', ''),
  ('H05', 'UBND tỉnh Bắc Ninh', 'province', NULL, '24', '', '', '', '', ''),
  ('H44', 'UBND tỉnh Phú Thọ', 'province', NULL, '25', '', '', '', '', ''),
  ('H24', 'UBND Thành phố Hải Phòng', 'province', NULL, '31', '', '', '', '', ''),
  ('H31', 'UBND tỉnh Hưng Yên', 'province', NULL, '33', '', '', '', '', ''),
  ('H42', 'UBND tỉnh Ninh Bình', 'province', NULL, '37', '', '', '', '', ''),
  ('H56', 'UBND tỉnh Thanh Hóa', 'province', NULL, '38', '', '', '', '', ''),
  ('H41', 'UBND tỉnh Nghệ An', 'province', NULL, '40', '', '', '', '', ''),
  ('H27', 'UBND tỉnh Hà Tĩnh', 'province', NULL, '42', '', '', '', '', ''),
  ('H50', 'UBND tỉnh Quảng Trị', 'province', NULL, '44', '', '', '', '', ''),
  ('H57', 'UBND Thành phố Huế', 'province', NULL, '46', '', '', '', '', ''),
  ('H17', 'UBND Thành phố Đà Nẵng', 'province', NULL, '48', '', '', '', '', ''),
  ('H48', 'UBND tỉnh Quảng Ngãi', 'province', NULL, '51', '', '', '', '', ''),
  ('H21', 'UBND tỉnh Gia Lai', 'province', NULL, '52', '', '', '', '', ''),
  ('H32', 'UBND tỉnh Khánh Hòa', 'province', NULL, '56', '', '', '', '', ''),
  ('H15', 'UBND tỉnh Đắk Lắk', 'province', NULL, '66', '', '', '', '', ''),
  ('H36', 'UBND tỉnh Lâm Đồng', 'province', NULL, '68', '', '', '', '', ''),
  ('H19', 'UBND Thành phố Đồng Nai', 'province', NULL, '75', '', '', '', '', ''),  -- listed in the units source as a city (Thành phố); agencies.json still says UBND tỉnh Đồng Nai
  ('H29', 'UBND Thành phố Hồ Chí Minh', 'province', NULL, '79', 'Số 86 Lê Thánh Tôn, phường Sài Gòn, Thành phố Hồ Chí Minh', '', '', 'https://hochiminhcity.gov.vn', ''),
  ('H53', 'UBND tỉnh Tây Ninh', 'province', NULL, '80', '', '', '', '', ''),
  ('H20', 'UBND tỉnh Đồng Tháp', 'province', NULL, '82', '', '', '', '', ''),
  ('H61', 'UBND tỉnh Vĩnh Long', 'province', NULL, '86', '', '', '', '', ''),
  ('H01', 'UBND tỉnh An Giang', 'province', NULL, '91', '', '', '', '', ''),
  ('H13', 'UBND Thành phố Cần Thơ', 'province', NULL, '92', '', '', '', '', ''),
  ('H12', 'UBND tỉnh Cà Mau', 'province', NULL, '96', '', '', '', '', '');

SET @bhxh = (SELECT id FROM agencies WHERE code = 'BHXH');
SET @thue = (SELECT id FROM agencies WHERE code = 'THUE');

-- Local agencies of Thành phố Hà Nội. Công an cấp tỉnh belongs to Bộ Công an, not to the People's Committee, so its
-- parent is Bộ Công an; the Sở and the service centre belong to the People's Committee.
SET @ubnd_h26 = (SELECT id FROM agencies WHERE code = 'H26');
INSERT INTO agencies (code, name, agency_level, parent_id, unit_code, address, phone, email, website, folded_name) VALUES
  ('H26.CA', 'Công an Thành phố Hà Nội', 'province', @bca, '01', 'Số 87 Trần Hưng Đạo, Hà Nội', '', '', '', ''),
  ('H26.STP', 'Sở Tư pháp Thành phố Hà Nội', 'province', @ubnd_h26, '01', '', '', '', '', ''),
  ('H26.SXD', 'Sở Xây dựng Thành phố Hà Nội', 'province', @ubnd_h26, '01', '', '', '', '', ''),
  ('H26.SCT', 'Sở Công Thương Thành phố Hà Nội', 'province', @ubnd_h26, '01', '', '', '', '', ''),
  ('H26.SNV', 'Sở Nội vụ Thành phố Hà Nội', 'province', @ubnd_h26, '01', '', '', '', '', ''),
  ('H26.PVHCC', 'Trung tâm Phục vụ hành chính công Thành phố Hà Nội', 'province', @ubnd_h26, '01', '', '', '', '', ''),
  ('H26.BHXH', 'Bảo hiểm xã hội Thành phố Hà Nội', 'branch', @bhxh, '01', '', '', '', '', ''),
  ('H26.THUE', 'Thuế Thành phố Hà Nội', 'branch', @thue, '01', '', '', '', '', ''),
  ('H26.EVN', 'Tổng công ty Điện lực Thành phố Hà Nội', 'branch', @evn, '01', 'Số 69 Đinh Tiên Hoàng, Hà Nội', '1900 1288', '', 'https://evnhanoi.vn', ''),
  ('H26.X00004', 'UBND phường Ba Đình', 'commune', @ubnd_h26, '00004', '', '', '', '', ''),
  ('H26.X00070', 'UBND phường Hoàn Kiếm', 'commune', @ubnd_h26, '00070', '', '', '', '', '');

-- Local agencies of Thành phố Hồ Chí Minh. Công an cấp tỉnh belongs to Bộ Công an, not to the People's Committee, so its
-- parent is Bộ Công an; the Sở and the service centre belong to the People's Committee.
SET @ubnd_h29 = (SELECT id FROM agencies WHERE code = 'H29');
INSERT INTO agencies (code, name, agency_level, parent_id, unit_code, address, phone, email, website, folded_name) VALUES
  ('H29.CA', 'Công an Thành phố Hồ Chí Minh', 'province', @bca, '79', 'Số 268 Trần Hưng Đạo, Thành phố Hồ Chí Minh', '', '', '', ''),
  ('H29.STP', 'Sở Tư pháp Thành phố Hồ Chí Minh', 'province', @ubnd_h29, '79', '', '', '', '', ''),
  ('H29.SXD', 'Sở Xây dựng Thành phố Hồ Chí Minh', 'province', @ubnd_h29, '79', '', '', '', '', ''),
  ('H29.SCT', 'Sở Công Thương Thành phố Hồ Chí Minh', 'province', @ubnd_h29, '79', '', '', '', '', ''),
  ('H29.SNV', 'Sở Nội vụ Thành phố Hồ Chí Minh', 'province', @ubnd_h29, '79', '', '', '', '', ''),
  ('H29.PVHCC', 'Trung tâm Phục vụ hành chính công Thành phố Hồ Chí Minh', 'province', @ubnd_h29, '79', '', '', '', '', ''),
  ('H29.BHXH', 'Bảo hiểm xã hội Thành phố Hồ Chí Minh', 'branch', @bhxh, '79', '', '', '', '', ''),
  ('H29.THUE', 'Thuế Thành phố Hồ Chí Minh', 'branch', @thue, '79', '', '', '', '', ''),
  ('H29.EVN', 'Tổng công ty Điện lực Thành phố Hồ Chí Minh', 'branch', @evn, '79', 'Số 35 Tôn Đức Thắng, Thành phố Hồ Chí Minh', '1900 545454', '', 'https://evnhcmc.vn', ''),
  ('H29.X26740', 'UBND phường Sài Gòn', 'commune', @ubnd_h29, '26740', '', '', '', '', ''),
  ('H29.X26743', 'UBND phường Bến Thành', 'commune', @ubnd_h29, '26743', '', '', '', '', '');
