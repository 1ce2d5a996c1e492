-- Demo data: administrative units after the reform of 1 July 2025.
-- The 34 provinces and centrally governed cities, and 15 wards/communes each of Hà Nội (01) and
-- Thành phố Hồ Chí Minh (79), with their official codes and names. folded_name is left empty: the
-- application fills the folded columns in its reindex step after loading.
SET NAMES utf8mb4;

INSERT INTO admin_units (code, parent_code, unit_type, kind_name, name, full_name, name_en, code_name, folded_name) VALUES
  ('01', NULL, 'province', 'Thành phố', 'Hà Nội', 'Thành phố Hà Nội', 'Hanoi', 'ha_noi', ''),
  ('04', NULL, 'province', 'Tỉnh', 'Cao Bằng', 'Tỉnh Cao Bằng', 'Cao Bang', 'cao_bang', ''),
  ('08', NULL, 'province', 'Tỉnh', 'Tuyên Quang', 'Tỉnh Tuyên Quang', 'Tuyen Quang', 'tuyen_quang', ''),
  ('11', NULL, 'province', 'Tỉnh', 'Điện Biên', 'Tỉnh Điện Biên', 'Dien Bien', 'dien_bien', ''),
  ('12', NULL, 'province', 'Tỉnh', 'Lai Châu', 'Tỉnh Lai Châu', 'Lai Chau', 'lai_chau', ''),
  ('14', NULL, 'province', 'Tỉnh', 'Sơn La', 'Tỉnh Sơn La', 'Son La', 'son_la', ''),
  ('15', NULL, 'province', 'Tỉnh', 'Lào Cai', 'Tỉnh Lào Cai', 'Lao Cai', 'lao_cai', ''),
  ('19', NULL, 'province', 'Tỉnh', 'Thái Nguyên', 'Tỉnh Thái Nguyên', 'Thai Nguyen', 'thai_nguyen', ''),
  ('20', NULL, 'province', 'Tỉnh', 'Lạng Sơn', 'Tỉnh Lạng Sơn', 'Lang Son', 'lang_son', ''),
  ('22', NULL, 'province', 'Tỉnh', 'Quảng Ninh', 'Tỉnh Quảng Ninh', 'Quang Ninh', 'quang_ninh', ''),
  ('24', NULL, 'province', 'Tỉnh', 'Bắc Ninh', 'Tỉnh Bắc Ninh', 'Bac Ninh', 'bac_ninh', ''),
  ('25', NULL, 'province', 'Tỉnh', 'Phú Thọ', 'Tỉnh Phú Thọ', 'Phu Tho', 'phu_tho', ''),
  ('31', NULL, 'province', 'Thành phố', 'Hải Phòng', 'Thành phố Hải Phòng', 'Haiphong', 'hai_phong', ''),
  ('33', NULL, 'province', 'Tỉnh', 'Hưng Yên', 'Tỉnh Hưng Yên', 'Hung Yen', 'hung_yen', ''),
  ('37', NULL, 'province', 'Tỉnh', 'Ninh Bình', 'Tỉnh Ninh Bình', 'Ninh Binh', 'ninh_binh', ''),
  ('38', NULL, 'province', 'Tỉnh', 'Thanh Hoá', 'Tỉnh Thanh Hoá', 'Thanh Hoa', 'thanh_hoa', ''),
  ('40', NULL, 'province', 'Tỉnh', 'Nghệ An', 'Tỉnh Nghệ An', 'Nghe An', 'nghe_an', ''),
  ('42', NULL, 'province', 'Tỉnh', 'Hà Tĩnh', 'Tỉnh Hà Tĩnh', 'Ha Tinh', 'ha_tinh', ''),
  ('44', NULL, 'province', 'Tỉnh', 'Quảng Trị', 'Tỉnh Quảng Trị', 'Quang Tri', 'quang_tri', ''),
  ('46', NULL, 'province', 'Thành phố', 'Huế', 'Thành phố Huế', 'Hue', 'hue', ''),
  ('48', NULL, 'province', 'Thành phố', 'Đà Nẵng', 'Thành phố Đà Nẵng', 'Da Nang', 'da_nang', ''),
  ('51', NULL, 'province', 'Tỉnh', 'Quảng Ngãi', 'Tỉnh Quảng Ngãi', 'Quang Ngai', 'quang_ngai', ''),
  ('52', NULL, 'province', 'Tỉnh', 'Gia Lai', 'Tỉnh Gia Lai', 'Gia Lai', 'gia_lai', ''),
  ('56', NULL, 'province', 'Tỉnh', 'Khánh Hoà', 'Tỉnh Khánh Hoà', 'Khanh Hoa', 'khanh_hoa', ''),
  ('66', NULL, 'province', 'Tỉnh', 'Đắk Lắk', 'Tỉnh Đắk Lắk', 'Dak Lak', 'dak_lak', ''),
  ('68', NULL, 'province', 'Tỉnh', 'Lâm Đồng', 'Tỉnh Lâm Đồng', 'Lam Dong', 'lam_dong', ''),
  ('75', NULL, 'province', 'Thành phố', 'Đồng Nai', 'Thành phố Đồng Nai', 'Dong Nai', 'dong_nai', ''),
  ('79', NULL, 'province', 'Thành phố', 'Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'Ho Chi Minh', 'ho_chi_minh', ''),
  ('80', NULL, 'province', 'Tỉnh', 'Tây Ninh', 'Tỉnh Tây Ninh', 'Tay Ninh', 'tay_ninh', ''),
  ('82', NULL, 'province', 'Tỉnh', 'Đồng Tháp', 'Tỉnh Đồng Tháp', 'Dong Thap', 'dong_thap', ''),
  ('86', NULL, 'province', 'Tỉnh', 'Vĩnh Long', 'Tỉnh Vĩnh Long', 'Vinh Long', 'vinh_long', ''),
  ('91', NULL, 'province', 'Tỉnh', 'An Giang', 'Tỉnh An Giang', 'An Giang', 'an_giang', ''),
  ('92', NULL, 'province', 'Thành phố', 'Cần Thơ', 'Thành phố Cần Thơ', 'Can Tho', 'can_tho', ''),
  ('96', NULL, 'province', 'Tỉnh', 'Cà Mau', 'Tỉnh Cà Mau', 'Ca Mau', 'ca_mau', '');

-- Wards, communes and special zones of Hà Nội.
INSERT INTO admin_units (code, parent_code, unit_type, kind_name, name, full_name, name_en, code_name, folded_name) VALUES
  ('00004', '01', 'ward', 'Phường', 'Ba Đình', 'Phường Ba Đình', 'Ba Dinh', 'ba_dinh', ''),
  ('00008', '01', 'ward', 'Phường', 'Ngọc Hà', 'Phường Ngọc Hà', 'Ngoc Ha', 'ngoc_ha', ''),
  ('00025', '01', 'ward', 'Phường', 'Giảng Võ', 'Phường Giảng Võ', 'Giang Vo', 'giang_vo', ''),
  ('00070', '01', 'ward', 'Phường', 'Hoàn Kiếm', 'Phường Hoàn Kiếm', 'Hoan Kiem', 'hoan_kiem', ''),
  ('00082', '01', 'ward', 'Phường', 'Cửa Nam', 'Phường Cửa Nam', 'Cua Nam', 'cua_nam', ''),
  ('00103', '01', 'ward', 'Phường', 'Tây Hồ', 'Phường Tây Hồ', 'Tay Ho', 'tay_ho', ''),
  ('00145', '01', 'ward', 'Phường', 'Long Biên', 'Phường Long Biên', 'Long Bien', 'long_bien', ''),
  ('00166', '01', 'ward', 'Phường', 'Cầu Giấy', 'Phường Cầu Giấy', 'Cau Giay', 'cau_giay', ''),
  ('00235', '01', 'ward', 'Phường', 'Đống Đa', 'Phường Đống Đa', 'Dong Da', 'dong_da', ''),
  ('00256', '01', 'ward', 'Phường', 'Hai Bà Trưng', 'Phường Hai Bà Trưng', 'Hai Ba Trung', 'hai_ba_trung', ''),
  ('00331', '01', 'ward', 'Phường', 'Hoàng Mai', 'Phường Hoàng Mai', 'Hoang Mai', 'hoang_mai', ''),
  ('00367', '01', 'ward', 'Phường', 'Thanh Xuân', 'Phường Thanh Xuân', 'Thanh Xuan', 'thanh_xuan', ''),
  ('09556', '01', 'ward', 'Phường', 'Hà Đông', 'Phường Hà Đông', 'Ha Dong', 'ha_dong', ''),
  ('00454', '01', 'ward', 'Xã', 'Đông Anh', 'Xã Đông Anh', 'Dong Anh', 'dong_anh', ''),
  ('09574', '01', 'ward', 'Phường', 'Sơn Tây', 'Phường Sơn Tây', 'Son Tay', 'son_tay', '');

-- Wards, communes and special zones of Thành phố Hồ Chí Minh.
INSERT INTO admin_units (code, parent_code, unit_type, kind_name, name, full_name, name_en, code_name, folded_name) VALUES
  ('26740', '79', 'ward', 'Phường', 'Sài Gòn', 'Phường Sài Gòn', 'Sai Gon', 'sai_gon', ''),
  ('26743', '79', 'ward', 'Phường', 'Bến Thành', 'Phường Bến Thành', 'Ben Thanh', 'ben_thanh', ''),
  ('26737', '79', 'ward', 'Phường', 'Tân Định', 'Phường Tân Định', 'Tan Dinh', 'tan_dinh', ''),
  ('26758', '79', 'ward', 'Phường', 'Cầu Ông Lãnh', 'Phường Cầu Ông Lãnh', 'Cau Ong Lanh', 'cau_ong_lanh', ''),
  ('27154', '79', 'ward', 'Phường', 'Bàn Cờ', 'Phường Bàn Cờ', 'Ban Co', 'ban_co', ''),
  ('27139', '79', 'ward', 'Phường', 'Xuân Hoà', 'Phường Xuân Hoà', 'Xuan Hoa', 'xuan_hoa', ''),
  ('26824', '79', 'ward', 'Phường', 'Thủ Đức', 'Phường Thủ Đức', 'Thu Duc', 'thu_duc', ''),
  ('26884', '79', 'ward', 'Phường', 'Gò Vấp', 'Phường Gò Vấp', 'Go Vap', 'go_vap', ''),
  ('26929', '79', 'ward', 'Phường', 'Bình Thạnh', 'Phường Bình Thạnh', 'Binh Thanh', 'binh_thanh', ''),
  ('27004', '79', 'ward', 'Phường', 'Tân Bình', 'Phường Tân Bình', 'Tan Binh', 'tan_binh', ''),
  ('27343', '79', 'ward', 'Phường', 'Chợ Lớn', 'Phường Chợ Lớn', 'Cho Lon', 'cho_lon', ''),
  ('25747', '79', 'ward', 'Phường', 'Thủ Dầu Một', 'Phường Thủ Dầu Một', 'Thu Dau Mot', 'thu_dau_mot', ''),
  ('26506', '79', 'ward', 'Phường', 'Vũng Tàu', 'Phường Vũng Tàu', 'Vung Tau', 'vung_tau', ''),
  ('27553', '79', 'ward', 'Xã', 'Củ Chi', 'Xã Củ Chi', 'Cu Chi', 'cu_chi', ''),
  ('26732', '79', 'ward', 'Đặc khu', 'Côn Đảo', 'Đặc khu Côn Đảo', 'Con Dao', 'con_dao', '');
