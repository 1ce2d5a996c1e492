-- Demo data: the typed form fields (tờ khai điện tử) of every demo procedure that can be filed
-- online (online_level 'partial' or 'full'), the way the national portal's e-forms ask them. Each
-- form starts with what the account already knows, filled in by prefill and not asked again: for a
-- citizen the full name, personal ID number, date of birth and phone; for a business its name, tax
-- code, legal representative and phone. Then come the few fields specific to the procedure.
-- Procedures are looked up by code (040-procedures-a.sql, 041-procedures-b.sql); choices are one per
-- line (\n inside the string).
SET NAMES utf8mb4;

-- 3.000347 Đổi giấy phép lái xe
SET @p = (SELECT id FROM procedures WHERE code = '3.000347');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'licence_number', 'Số giấy phép lái xe', 'text', 1, '', '', '12 chữ số in trên giấy phép lái xe'),
  (@p, 6, 'licence_class', 'Hạng giấy phép lái xe', 'choice', 1, 'A1\nA\nA2\nA3\nA4\nB1\nB\nB2\nC1\nC\nD1\nD2\nD\nE\nBE\nC1E\nCE\nD1E\nD2E\nDE\nFB2\nFC\nFD\nFE', '', 'Chọn đúng hạng in trên giấy phép; giấy phép cấp trước ngày 01/01/2025 có thể mang hạng cũ (A2, B2, E, FC…)'),
  (@p, 7, 'reason', 'Lý do đổi giấy phép', 'choice', 1, 'Giấy phép hết hạn hoặc sắp hết hạn\nGiấy phép bị hỏng\nThay đổi thông tin cá nhân\nĐổi giấy phép lái xe quân sự\nĐổi giấy phép lái xe do nước ngoài cấp', '', ''),
  (@p, 8, 'delivery_address', 'Địa chỉ nhận giấy phép qua bưu chính', 'address', 0, '', '', 'Để trống nếu nhận kết quả trực tiếp tại nơi nộp hồ sơ');

-- 1.002804 Cấp giấy phép lái xe quốc tế
SET @p = (SELECT id FROM procedures WHERE code = '1.002804');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'licence_number', 'Số giấy phép lái xe', 'text', 1, '', '', '12 chữ số in trên giấy phép lái xe'),
  (@p, 6, 'licence_class', 'Hạng giấy phép lái xe', 'choice', 1, 'A1\nA\nA2\nA3\nA4\nB1\nB\nB2\nC1\nC\nD1\nD2\nD\nE\nBE\nC1E\nCE\nD1E\nD2E\nDE\nFB2\nFC\nFD\nFE', '', 'Chọn đúng hạng in trên giấy phép; giấy phép cấp trước ngày 01/01/2025 có thể mang hạng cũ (A2, B2, E, FC…)'),
  (@p, 7, 'licence_expiry', 'Ngày hết hạn của giấy phép lái xe trong nước', 'date', 0, '', '', 'Để trống nếu giấy phép không thời hạn; giấy phép quốc tế có thời hạn không quá 03 năm và không quá thời hạn của giấy phép trong nước'),
  (@p, 8, 'delivery_address', 'Địa chỉ nhận giấy phép qua bưu chính', 'address', 0, '', '', 'Để trống nếu nhận kết quả trực tiếp tại nơi nộp hồ sơ');

-- 2.000004 Đăng ký hoạt động khuyến mại mang tính may rủi trên địa bàn 01 tỉnh
SET @p = (SELECT id FROM procedures WHERE code = '2.000004');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'business_name', 'Tên doanh nghiệp, tổ chức', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'tax_code', 'Mã số thuế', 'idnum', 1, '', 'tax_code', ''),
  (@p, 3, 'representative', 'Người đại diện theo pháp luật', 'text', 1, '', 'representative', ''),
  (@p, 4, 'phone', 'Số điện thoại liên hệ', 'text', 1, '', 'phone', ''),
  (@p, 5, 'program_name', 'Tên chương trình khuyến mại', 'text', 1, '', '', ''),
  (@p, 6, 'goods', 'Hàng hóa, dịch vụ được khuyến mại', 'textarea', 1, '', '', ''),
  (@p, 7, 'start_date', 'Ngày bắt đầu chương trình', 'date', 1, '', '', ''),
  (@p, 8, 'end_date', 'Ngày kết thúc chương trình', 'date', 1, '', '', ''),
  (@p, 9, 'prize_value', 'Tổng giá trị giải thưởng (đồng)', 'number', 1, '', '', 'Ghi bằng số, không có dấu chấm, ví dụ 150000000');

-- 2.000040 Cấp Giấy chứng nhận xuất xứ hàng hóa (C/O) ưu đãi
SET @p = (SELECT id FROM procedures WHERE code = '2.000040');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'business_name', 'Tên doanh nghiệp, tổ chức', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'tax_code', 'Mã số thuế', 'idnum', 1, '', 'tax_code', ''),
  (@p, 3, 'representative', 'Người đại diện theo pháp luật', 'text', 1, '', 'representative', ''),
  (@p, 4, 'phone', 'Số điện thoại liên hệ', 'text', 1, '', 'phone', ''),
  (@p, 5, 'co_form', 'Mẫu C/O đề nghị cấp', 'choice', 1, 'Mẫu D (ATIGA)\nMẫu E (ACFTA)\nMẫu AK (AKFTA)\nMẫu AJ (AJCEP)\nMẫu VJ (VJEPA)\nMẫu AI (AIFTA)\nMẫu AANZ (AANZFTA)\nMẫu VK (VKFTA)\nMẫu VC (VCFTA)\nMẫu EAV (VN-EAEU FTA)\nMẫu CPTPP\nMẫu EUR.1 (EVFTA)\nMẫu EUR.1 UK (UKVFTA)\nMẫu RCEP\nMẫu S (Việt Nam – Lào, Việt Nam – Campuchia)\nKhác', '', ''),
  (@p, 6, 'importing_country', 'Nước nhập khẩu', 'text', 1, '', '', ''),
  (@p, 7, 'goods', 'Hàng hóa đề nghị cấp C/O', 'textarea', 1, '', '', 'Mỗi mặt hàng một dòng: tên hàng, mã HS, số lượng'),
  (@p, 8, 'invoice_number', 'Số hóa đơn thương mại', 'text', 1, '', '', ''),
  (@p, 9, 'export_declaration', 'Số tờ khai hải quan xuất khẩu', 'text', 0, '', '', '12 chữ số; để trống nếu hàng hóa không phải mở tờ khai xuất khẩu');

-- 2.002040 Nộp thuế điện tử đối với doanh nghiệp
SET @p = (SELECT id FROM procedures WHERE code = '2.002040');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'business_name', 'Tên doanh nghiệp, tổ chức', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'tax_code', 'Mã số thuế', 'idnum', 1, '', 'tax_code', ''),
  (@p, 3, 'representative', 'Người đại diện theo pháp luật', 'text', 1, '', 'representative', ''),
  (@p, 4, 'phone', 'Số điện thoại liên hệ', 'text', 1, '', 'phone', ''),
  (@p, 5, 'tax_type', 'Loại thuế, khoản nộp', 'choice', 1, 'Thuế giá trị gia tăng\nThuế thu nhập doanh nghiệp\nThuế thu nhập cá nhân (khấu trừ)\nThuế tiêu thụ đặc biệt\nThuế tài nguyên\nTiền chậm nộp, tiền phạt\nKhoản khác', '', ''),
  (@p, 6, 'tax_period', 'Kỳ thuế', 'text', 1, '', '', 'Tháng hoặc quý, ví dụ 03/2026 hoặc Q1/2026'),
  (@p, 7, 'amount', 'Số tiền nộp (đồng)', 'number', 1, '', '', ''),
  (@p, 8, 'bank', 'Ngân hàng trích nộp', 'text', 1, '', '', 'Ngân hàng nơi doanh nghiệp mở tài khoản đã đăng ký nộp thuế điện tử'),
  (@p, 9, 'bank_account', 'Số tài khoản trích nộp', 'text', 1, '', '', '');

-- 3.000001 Cấp điện mới từ lưới điện hạ áp
SET @p = (SELECT id FROM procedures WHERE code = '3.000001');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'supply_address', 'Địa chỉ sử dụng điện', 'address', 1, '', '', ''),
  (@p, 6, 'purpose', 'Mục đích sử dụng điện', 'choice', 1, 'Sinh hoạt\nKinh doanh, dịch vụ\nSản xuất\nCơ quan hành chính, sự nghiệp', '', ''),
  (@p, 7, 'phases', 'Số pha', 'choice', 1, '1 pha\n3 pha', '', 'Hộ gia đình thường dùng 1 pha'),
  (@p, 8, 'capacity', 'Tổng công suất thiết bị dự kiến (kW)', 'number', 0, '', '', '');

-- 3.000002 Cấp điện mới từ lưới điện trung áp
SET @p = (SELECT id FROM procedures WHERE code = '3.000002');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'business_name', 'Tên doanh nghiệp, tổ chức', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'tax_code', 'Mã số thuế', 'idnum', 1, '', 'tax_code', ''),
  (@p, 3, 'representative', 'Người đại diện theo pháp luật', 'text', 1, '', 'representative', ''),
  (@p, 4, 'phone', 'Số điện thoại liên hệ', 'text', 1, '', 'phone', ''),
  (@p, 5, 'supply_address', 'Địa điểm đấu nối, sử dụng điện', 'address', 1, '', '', ''),
  (@p, 6, 'purpose', 'Mục đích sử dụng điện', 'choice', 1, 'Sản xuất\nKinh doanh, dịch vụ\nCơ quan hành chính, sự nghiệp\nKhác', '', ''),
  (@p, 7, 'voltage', 'Cấp điện áp đấu nối', 'choice', 1, '6 kV\n10 kV\n15 kV\n22 kV\n35 kV', '', ''),
  (@p, 8, 'transformer_capacity', 'Tổng công suất trạm biến áp (kVA)', 'number', 1, '', '', ''),
  (@p, 9, 'energizing_date', 'Ngày dự kiến đóng điện', 'date', 0, '', '', '');

-- 3.000199 Thanh toán tiền điện
SET @p = (SELECT id FROM procedures WHERE code = '3.000199');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'customer_code', 'Mã khách hàng sử dụng điện', 'text', 1, '', '', 'In trên hóa đơn hoặc thông báo tiền điện, ví dụ PE04000012345'),
  (@p, 6, 'billing_period', 'Kỳ hóa đơn', 'text', 1, '', '', 'Tháng/năm, ví dụ 05/2026'),
  (@p, 7, 'amount', 'Số tiền thanh toán (đồng)', 'number', 1, '', '', ''),
  (@p, 8, 'email', 'Thư điện tử nhận biên nhận thanh toán', 'text', 0, '', 'email', '');

-- 1.002759 Cấp lại, đổi, điều chỉnh thông tin trên sổ BHXH, thẻ BHYT
SET @p = (SELECT id FROM procedures WHERE code = '1.002759');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'social_insurance_number', 'Mã số bảo hiểm xã hội', 'text', 0, '', '', 'Mã số 10 chữ số in trên sổ bảo hiểm xã hội, thẻ bảo hiểm y tế (nếu có); từ ngày 01/07/2025 số định danh cá nhân được dùng làm mã số bảo hiểm xã hội'),
  (@p, 6, 'request', 'Nội dung đề nghị', 'choice', 1, 'Cấp lại thẻ bảo hiểm y tế do bị mất, hỏng\nĐổi thẻ bảo hiểm y tế do thay đổi nơi đăng ký khám bệnh, chữa bệnh ban đầu\nĐiều chỉnh họ tên, ngày sinh, giới tính\nCấp lại, điều chỉnh thông tin trên sổ bảo hiểm xã hội', '', ''),
  (@p, 7, 'health_facility', 'Nơi đăng ký khám bệnh, chữa bệnh ban đầu mới', 'text', 0, '', '', 'Chỉ ghi khi đề nghị thay đổi nơi đăng ký'),
  (@p, 8, 'detail', 'Nội dung thay đổi, lý do', 'textarea', 0, '', '', '');

-- 3.000348 Cấp lại giấy phép lái xe
SET @p = (SELECT id FROM procedures WHERE code = '3.000348');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'licence_number', 'Số giấy phép lái xe', 'text', 0, '', '', 'Ghi nếu còn nhớ; cơ quan tra cứu theo số định danh cá nhân'),
  (@p, 6, 'licence_class', 'Hạng giấy phép lái xe', 'choice', 1, 'A1\nA\nA2\nA3\nA4\nB1\nB\nB2\nC1\nC\nD1\nD2\nD\nE\nBE\nC1E\nCE\nD1E\nD2E\nDE\nFB2\nFC\nFD\nFE', '', 'Chọn đúng hạng in trên giấy phép; giấy phép cấp trước ngày 01/01/2025 có thể mang hạng cũ (A2, B2, E, FC…)'),
  (@p, 7, 'reason', 'Lý do cấp lại', 'choice', 1, 'Giấy phép bị mất\nGiấy phép quá thời hạn sử dụng, phải sát hạch lại', '', ''),
  (@p, 8, 'loss_detail', 'Thời gian, hoàn cảnh bị mất giấy phép', 'textarea', 0, '', '', ''),
  (@p, 9, 'delivery_address', 'Địa chỉ nhận giấy phép qua bưu chính', 'address', 0, '', '', 'Để trống nếu nhận kết quả trực tiếp tại nơi nộp hồ sơ');

-- 3.000099 Thay đổi chủ thể hợp đồng mua bán điện
SET @p = (SELECT id FROM procedures WHERE code = '3.000099');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'customer_code', 'Mã khách hàng sử dụng điện', 'text', 1, '', '', 'In trên hóa đơn hoặc thông báo tiền điện, ví dụ PE04000012345'),
  (@p, 6, 'supply_address', 'Địa chỉ sử dụng điện', 'address', 1, '', '', ''),
  (@p, 7, 'previous_holder', 'Họ tên chủ thể hợp đồng hiện tại', 'text', 1, '', '', ''),
  (@p, 8, 'reason', 'Lý do thay đổi', 'choice', 1, 'Mua bán, chuyển nhượng nhà, đất\nThừa kế, tặng cho\nThuê nhà, thuê địa điểm\nKhác', '', '');

-- 1.001612 Đăng ký thành lập hộ kinh doanh
SET @p = (SELECT id FROM procedures WHERE code = '1.001612');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'business_name', 'Tên hộ kinh doanh', 'text', 1, '', '', 'Gồm cụm từ "Hộ kinh doanh" và tên riêng, ví dụ Hộ kinh doanh Bình An'),
  (@p, 6, 'business_address', 'Địa điểm kinh doanh', 'address', 1, '', '', ''),
  (@p, 7, 'business_lines', 'Ngành, nghề kinh doanh', 'textarea', 1, '', '', 'Mỗi ngành một dòng, ghi tên và mã ngành cấp 4 theo Hệ thống ngành kinh tế Việt Nam'),
  (@p, 8, 'capital', 'Vốn kinh doanh (đồng)', 'number', 1, '', '', ''),
  (@p, 9, 'employees', 'Số lao động', 'number', 0, '', '', '');

-- 2.001610 Đăng ký thành lập doanh nghiệp tư nhân
SET @p = (SELECT id FROM procedures WHERE code = '2.001610');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'enterprise_name', 'Tên doanh nghiệp', 'text', 1, '', '', 'Ví dụ: Doanh nghiệp tư nhân Minh Phát'),
  (@p, 6, 'head_office', 'Địa chỉ trụ sở chính', 'address', 1, '', '', ''),
  (@p, 7, 'business_lines', 'Ngành, nghề kinh doanh', 'textarea', 1, '', '', 'Mỗi ngành một dòng, ghi tên và mã ngành cấp 4 theo Hệ thống ngành kinh tế Việt Nam'),
  (@p, 8, 'capital', 'Vốn đầu tư của chủ doanh nghiệp (đồng)', 'number', 1, '', '', '');

-- 2.001583 Đăng ký thành lập công ty TNHH một thành viên
SET @p = (SELECT id FROM procedures WHERE code = '2.001583');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'company_name', 'Tên công ty', 'text', 1, '', '', 'Ví dụ: Công ty TNHH Minh Phát'),
  (@p, 6, 'owner_type', 'Chủ sở hữu công ty', 'choice', 1, 'Cá nhân\nTổ chức', '', ''),
  (@p, 7, 'head_office', 'Địa chỉ trụ sở chính', 'address', 1, '', '', ''),
  (@p, 8, 'business_lines', 'Ngành, nghề kinh doanh', 'textarea', 1, '', '', 'Mỗi ngành một dòng, ghi tên và mã ngành cấp 4 theo Hệ thống ngành kinh tế Việt Nam'),
  (@p, 9, 'charter_capital', 'Vốn điều lệ (đồng)', 'number', 1, '', '', '');

-- 1.008309 Khai quyết toán thuế TNCN của tổ chức trả thu nhập
SET @p = (SELECT id FROM procedures WHERE code = '1.008309');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'business_name', 'Tên doanh nghiệp, tổ chức', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'tax_code', 'Mã số thuế', 'idnum', 1, '', 'tax_code', ''),
  (@p, 3, 'representative', 'Người đại diện theo pháp luật', 'text', 1, '', 'representative', ''),
  (@p, 4, 'phone', 'Số điện thoại liên hệ', 'text', 1, '', 'phone', ''),
  (@p, 5, 'tax_year', 'Năm quyết toán', 'number', 1, '', '', 'Ví dụ: 2025'),
  (@p, 6, 'settlement_case', 'Trường hợp quyết toán', 'choice', 1, 'Quyết toán năm\nQuyết toán khi chia, tách, hợp nhất, sáp nhập, chuyển đổi loại hình, giải thể, chấm dứt hoạt động', '', ''),
  (@p, 7, 'employee_count', 'Tổng số người lao động nhận thu nhập', 'number', 1, '', '', ''),
  (@p, 8, 'withheld_tax', 'Tổng số thuế đã khấu trừ (đồng)', 'number', 1, '', '', '');

-- 1.010241 Đăng ký thuế lần đầu đối với cá nhân
SET @p = (SELECT id FROM procedures WHERE code = '1.010241');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'gender', 'Giới tính', 'choice', 1, 'Nam\nNữ', '', ''),
  (@p, 6, 'nationality', 'Quốc tịch', 'text', 1, '', '', 'Ví dụ: Việt Nam'),
  (@p, 7, 'permanent_address', 'Địa chỉ nơi thường trú', 'address', 1, '', '', ''),
  (@p, 8, 'current_address', 'Địa chỉ nơi ở hiện tại', 'address', 0, '', '', 'Để trống nếu trùng nơi thường trú'),
  (@p, 9, 'email', 'Thư điện tử', 'text', 0, '', 'email', '');

-- 1.009122 Cấp giấy phép xây dựng có thời hạn
SET @p = (SELECT id FROM procedures WHERE code = '1.009122');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'construction_address', 'Địa điểm xây dựng', 'address', 1, '', '', ''),
  (@p, 6, 'land_parcel', 'Thửa đất số, tờ bản đồ số', 'text', 1, '', '', 'Ghi theo giấy chứng nhận quyền sử dụng đất, ví dụ: thửa số 125, tờ bản đồ số 12'),
  (@p, 7, 'work_type', 'Loại công trình', 'choice', 1, 'Nhà ở riêng lẻ\nCông trình cấp III\nCông trình cấp IV', '', ''),
  (@p, 8, 'floor_area', 'Tổng diện tích sàn xây dựng (m²)', 'number', 1, '', '', ''),
  (@p, 9, 'floors', 'Số tầng', 'number', 1, '', '', '');

-- 1.012575 Đăng ký xe lần đầu trực tuyến toàn trình
SET @p = (SELECT id FROM procedures WHERE code = '1.012575');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'vehicle_type', 'Loại xe', 'choice', 1, 'Xe mô tô, xe gắn máy\nXe mô tô điện, xe gắn máy điện\nXe ô tô', '', ''),
  (@p, 6, 'frame_number', 'Số khung', 'text', 1, '', '', 'Ghi đúng như trên phiếu kiểm tra chất lượng xuất xưởng'),
  (@p, 7, 'engine_number', 'Số máy', 'text', 1, '', '', 'Xe điện ghi số động cơ điện'),
  (@p, 8, 'factory_certificate', 'Số phiếu kiểm tra chất lượng xuất xưởng', 'text', 1, '', '', ''),
  (@p, 9, 'invoice_number', 'Số hóa đơn điện tử bán xe', 'text', 1, '', '', '');

-- 2.002029 Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn
SET @p = (SELECT id FROM procedures WHERE code = '2.002029');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'business_name', 'Tên doanh nghiệp, tổ chức', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'tax_code', 'Mã số thuế', 'idnum', 1, '', 'tax_code', ''),
  (@p, 3, 'representative', 'Người đại diện theo pháp luật', 'text', 1, '', 'representative', ''),
  (@p, 4, 'phone', 'Số điện thoại liên hệ', 'text', 1, '', 'phone', ''),
  (@p, 5, 'notice_type', 'Nội dung thông báo', 'choice', 1, 'Tạm ngừng kinh doanh\nTiếp tục kinh doanh trước thời hạn đã thông báo', '', ''),
  (@p, 6, 'unit', 'Đơn vị thông báo', 'choice', 1, 'Doanh nghiệp\nChi nhánh\nVăn phòng đại diện\nĐịa điểm kinh doanh', '', ''),
  (@p, 7, 'start_date', 'Ngày bắt đầu tạm ngừng hoặc tiếp tục kinh doanh', 'date', 1, '', '', 'Thông báo chậm nhất 03 ngày làm việc trước ngày này'),
  (@p, 8, 'end_date', 'Tạm ngừng đến ngày', 'date', 0, '', '', 'Mỗi lần tạm ngừng không quá 01 năm; để trống khi thông báo tiếp tục kinh doanh'),
  (@p, 9, 'reason', 'Lý do', 'textarea', 0, '', '', '');

-- 1.001308 Chứng nhận lãnh sự, hợp pháp hóa lãnh sự
SET @p = (SELECT id FROM procedures WHERE code = '1.001308');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'service', 'Loại yêu cầu', 'choice', 1, 'Chứng nhận lãnh sự (giấy tờ Việt Nam để sử dụng ở nước ngoài)\nHợp pháp hóa lãnh sự (giấy tờ nước ngoài để sử dụng tại Việt Nam)', '', ''),
  (@p, 6, 'documents', 'Giấy tờ, tài liệu đề nghị', 'textarea', 1, '', '', 'Mỗi giấy tờ một dòng, ví dụ: Bằng tốt nghiệp đại học số 123456, cấp ngày 15/06/2024'),
  (@p, 7, 'copies', 'Số bản đề nghị chứng nhận, hợp pháp hóa', 'number', 1, '', '', ''),
  (@p, 8, 'country', 'Nước sử dụng hoặc nước cấp giấy tờ', 'text', 1, '', '', ''),
  (@p, 9, 'purpose', 'Mục đích sử dụng', 'text', 0, '', '', '');

-- 1.004194 Đăng ký tạm trú
SET @p = (SELECT id FROM procedures WHERE code = '1.004194');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'temp_address', 'Địa chỉ nơi đề nghị đăng ký tạm trú', 'address', 1, '', '', ''),
  (@p, 6, 'host_name', 'Họ, chữ đệm và tên chủ hộ', 'text', 1, '', '', ''),
  (@p, 7, 'host_id', 'Số định danh cá nhân của chủ hộ', 'idnum', 1, '', '', '12 chữ số'),
  (@p, 8, 'relation', 'Quan hệ với chủ hộ', 'choice', 1, 'Chủ hộ\nVợ\nChồng\nCon\nCha\nMẹ\nÔng, bà\nCháu\nAnh, chị, em ruột\nNgười thuê nhà\nNgười ở nhờ, ở mượn\nKhác', '', ''),
  (@p, 9, 'stay_until', 'Tạm trú đến ngày', 'date', 1, '', '', 'Thời hạn tạm trú tối đa 02 năm, có thể gia hạn');

-- 1.004222 Đăng ký thường trú
SET @p = (SELECT id FROM procedures WHERE code = '1.004222');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'new_address', 'Địa chỉ nơi đề nghị đăng ký thường trú', 'address', 1, '', '', ''),
  (@p, 6, 'basis', 'Trường hợp đăng ký', 'choice', 1, 'Chỗ ở hợp pháp thuộc quyền sở hữu của mình\nVề ở với người thân\nChỗ ở hợp pháp do thuê, mượn, ở nhờ', '', ''),
  (@p, 7, 'host_name', 'Họ, chữ đệm và tên chủ hộ', 'text', 0, '', '', 'Để trống nếu bạn là chủ hộ'),
  (@p, 8, 'host_id', 'Số định danh cá nhân của chủ hộ', 'idnum', 0, '', '', '12 chữ số'),
  (@p, 9, 'relation', 'Quan hệ với chủ hộ', 'choice', 1, 'Chủ hộ\nVợ\nChồng\nCon\nCha\nMẹ\nÔng, bà\nCháu\nAnh, chị, em ruột\nNgười thuê nhà\nNgười ở nhờ, ở mượn\nKhác', '', '');

-- 1.001456 Cấp hộ chiếu phổ thông ở trong nước (cấp tỉnh)
SET @p = (SELECT id FROM procedures WHERE code = '1.001456');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'passport_kind', 'Loại hộ chiếu', 'choice', 1, 'Hộ chiếu có gắn chíp điện tử\nHộ chiếu không gắn chíp điện tử', '', ''),
  (@p, 6, 'request_type', 'Trường hợp đề nghị', 'choice', 1, 'Cấp lần đầu\nHộ chiếu hết hạn hoặc sắp hết hạn\nHộ chiếu bị mất\nHộ chiếu bị hỏng\nThay đổi thông tin nhân thân', '', ''),
  (@p, 7, 'old_passport', 'Số hộ chiếu đã được cấp gần nhất', 'text', 0, '', '', 'Ví dụ C1234567; để trống nếu cấp lần đầu'),
  (@p, 8, 'delivery_address', 'Địa chỉ nhận hộ chiếu qua bưu chính', 'address', 0, '', '', 'Để trống nếu nhận kết quả trực tiếp tại nơi nộp hồ sơ');

-- 1.001471 Cấp hộ chiếu phổ thông ở trong nước (cấp trung ương)
SET @p = (SELECT id FROM procedures WHERE code = '1.001471');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'passport_kind', 'Loại hộ chiếu', 'choice', 1, 'Hộ chiếu có gắn chíp điện tử\nHộ chiếu không gắn chíp điện tử', '', ''),
  (@p, 6, 'request_type', 'Trường hợp đề nghị', 'choice', 1, 'Cấp từ lần thứ hai trở đi\nCấp lần đầu vì lý do cấp thiết', '', ''),
  (@p, 7, 'old_passport', 'Số hộ chiếu đã được cấp gần nhất', 'text', 0, '', '', 'Ví dụ C1234567; để trống nếu cấp lần đầu'),
  (@p, 8, 'urgent_reason', 'Lý do cấp thiết', 'textarea', 0, '', '', 'Chỉ ghi khi đề nghị cấp lần đầu vì lý do cấp thiết (khám chữa bệnh ở nước ngoài, thân nhân ở nước ngoài bị tai nạn, bệnh tật, bị chết…) và đính kèm giấy tờ chứng minh'),
  (@p, 9, 'delivery_address', 'Địa chỉ nhận hộ chiếu qua bưu chính', 'address', 0, '', '', 'Để trống nếu nhận kết quả trực tiếp tại nơi nộp hồ sơ');

-- 1.001978 Giải quyết hưởng trợ cấp thất nghiệp
SET @p = (SELECT id FROM procedures WHERE code = '1.001978');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'social_insurance_number', 'Mã số bảo hiểm xã hội', 'text', 0, '', '', 'Mã số 10 chữ số in trên sổ bảo hiểm xã hội, thẻ bảo hiểm y tế (nếu có); từ ngày 01/07/2025 số định danh cá nhân được dùng làm mã số bảo hiểm xã hội'),
  (@p, 6, 'last_employer', 'Đơn vị làm việc trước khi chấm dứt hợp đồng', 'text', 1, '', '', ''),
  (@p, 7, 'contract_type', 'Loại hợp đồng đã chấm dứt', 'choice', 1, 'Hợp đồng lao động không xác định thời hạn\nHợp đồng lao động xác định thời hạn\nHợp đồng làm việc', '', ''),
  (@p, 8, 'termination_date', 'Ngày chấm dứt hợp đồng', 'date', 1, '', '', 'Hồ sơ phải nộp trong 03 tháng kể từ ngày này'),
  (@p, 9, 'bank_account', 'Số tài khoản ngân hàng nhận tiền', 'text', 1, '', '', 'Ghi số tài khoản và tên ngân hàng; tài khoản phải đứng tên người đề nghị');

-- 1.010041 Xác nhận thông tin về cư trú
SET @p = (SELECT id FROM procedures WHERE code = '1.010041');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'content', 'Nội dung đề nghị xác nhận', 'choice', 1, 'Nơi thường trú\nNơi tạm trú\nNơi ở hiện tại\nQuá trình cư trú', '', ''),
  (@p, 6, 'purpose', 'Mục đích sử dụng', 'text', 0, '', '', 'Ví dụ: bổ sung hồ sơ vay vốn, nhập học'),
  (@p, 7, 'result_form', 'Hình thức nhận kết quả', 'choice', 1, 'Văn bản điện tử trên tài khoản\nVăn bản giấy nhận tại Công an cấp xã', '', '');

-- 2.001195 Cấp đổi thẻ căn cước (cấp tỉnh)
SET @p = (SELECT id FROM procedures WHERE code = '2.001195');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'reason', 'Lý do cấp đổi', 'choice', 1, 'Đủ 14, 25, 40 hoặc 60 tuổi\nThay đổi, cải chính thông tin nhân thân\nXác định lại giới tính hoặc chuyển đổi giới tính\nThông tin in trên thẻ có sai sót\nThay đổi do sắp xếp đơn vị hành chính\nThẻ bị hư hỏng\nTheo yêu cầu của người được cấp thẻ', '', ''),
  (@p, 6, 'change_detail', 'Thông tin thay đổi', 'textarea', 0, '', '', 'Ghi thông tin cũ và thông tin mới khi thay đổi, cải chính nhân thân'),
  (@p, 7, 'appointment_date', 'Ngày dự kiến đến thu nhận ảnh, vân tay', 'date', 0, '', '', ''),
  (@p, 8, 'delivery_address', 'Địa chỉ nhận thẻ căn cước qua bưu chính', 'address', 0, '', '', 'Để trống nếu nhận kết quả trực tiếp tại nơi nộp hồ sơ');

-- 2.001159 Thông báo lưu trú
SET @p = (SELECT id FROM procedures WHERE code = '2.001159');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'stay_address', 'Địa chỉ nơi lưu trú', 'address', 1, '', '', ''),
  (@p, 6, 'guest_name', 'Họ, chữ đệm và tên người lưu trú', 'text', 1, '', '', ''),
  (@p, 7, 'guest_id', 'Số định danh cá nhân của người lưu trú', 'idnum', 1, '', '', '12 chữ số'),
  (@p, 8, 'stay_from', 'Lưu trú từ ngày', 'date', 1, '', '', ''),
  (@p, 9, 'stay_to', 'Lưu trú đến ngày', 'date', 1, '', '', '');

-- 2.000815 Chứng thực bản sao từ bản chính
SET @p = (SELECT id FROM procedures WHERE code = '2.000815');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'document_name', 'Tên giấy tờ, văn bản cần chứng thực', 'text', 1, '', '', 'Ví dụ: Giấy khai sinh, Bằng tốt nghiệp'),
  (@p, 6, 'origin', 'Giấy tờ do', 'choice', 1, 'Cơ quan, tổ chức có thẩm quyền của Việt Nam cấp\nCơ quan, tổ chức có thẩm quyền của nước ngoài cấp, công chứng hoặc chứng nhận', '', ''),
  (@p, 7, 'issuer', 'Cơ quan cấp giấy tờ', 'text', 1, '', '', ''),
  (@p, 8, 'copies', 'Số bản sao đề nghị chứng thực', 'number', 1, '', '', '');

-- 2.000635 Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh
SET @p = (SELECT id FROM procedures WHERE code = '2.000635');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'record_type', 'Loại bản sao đề nghị cấp', 'choice', 1, 'Khai sinh\nKết hôn\nKhai tử\nNhận cha, mẹ, con\nGiám hộ\nThay đổi, cải chính, bổ sung thông tin hộ tịch\nKhác', '', ''),
  (@p, 6, 'subject_name', 'Họ, chữ đệm và tên người có tên trong trích lục', 'text', 1, '', '', ''),
  (@p, 7, 'subject_id', 'Số định danh cá nhân của người có tên trong trích lục', 'idnum', 0, '', '', '12 chữ số, nếu có'),
  (@p, 8, 'registration_place', 'Nơi đã đăng ký hộ tịch', 'text', 1, '', '', 'Ví dụ: Ủy ban nhân dân phường Ba Đình, thành phố Hà Nội'),
  (@p, 9, 'copies', 'Số bản sao đề nghị cấp', 'number', 1, '', '', '');

-- 1.001193 Thủ tục đăng ký khai sinh
SET @p = (SELECT id FROM procedures WHERE code = '1.001193');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'child_name', 'Họ, chữ đệm và tên của trẻ', 'text', 1, '', '', ''),
  (@p, 6, 'child_birth_date', 'Ngày, tháng, năm sinh của trẻ', 'date', 1, '', '', ''),
  (@p, 7, 'child_gender', 'Giới tính của trẻ', 'choice', 1, 'Nam\nNữ', '', ''),
  (@p, 8, 'birth_place', 'Nơi sinh', 'text', 1, '', '', 'Tên cơ sở y tế hoặc địa chỉ nơi trẻ được sinh ra'),
  (@p, 9, 'relation', 'Quan hệ với trẻ', 'choice', 1, 'Cha\nMẹ\nÔng, bà\nNgười thân thích khác\nCá nhân, tổ chức đang nuôi dưỡng trẻ', '', '');

-- 1.000894 Thủ tục đăng ký kết hôn
SET @p = (SELECT id FROM procedures WHERE code = '1.000894');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'marital_status', 'Tình trạng hôn nhân của bạn', 'choice', 1, 'Chưa kết hôn\nĐã ly hôn\nVợ hoặc chồng đã chết', '', ''),
  (@p, 6, 'partner_name', 'Họ, chữ đệm và tên người kết hôn cùng', 'text', 1, '', '', ''),
  (@p, 7, 'partner_id', 'Số định danh cá nhân của người kết hôn cùng', 'idnum', 1, '', '', '12 chữ số'),
  (@p, 8, 'partner_birth_date', 'Ngày, tháng, năm sinh của người kết hôn cùng', 'date', 1, '', '', ''),
  (@p, 9, 'ceremony_date', 'Ngày dự kiến hai bên đến nhận Giấy chứng nhận kết hôn', 'date', 0, '', '', 'Hai bên phải cùng có mặt khi nhận Giấy chứng nhận kết hôn');

-- 1.000656 Thủ tục đăng ký khai tử
SET @p = (SELECT id FROM procedures WHERE code = '1.000656');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'deceased_name', 'Họ, chữ đệm và tên người đã chết', 'text', 1, '', '', ''),
  (@p, 6, 'deceased_id', 'Số định danh cá nhân của người đã chết', 'idnum', 1, '', '', '12 chữ số'),
  (@p, 7, 'death_date', 'Ngày chết', 'date', 1, '', '', ''),
  (@p, 8, 'death_place', 'Nơi chết', 'text', 1, '', '', 'Tên cơ sở y tế hoặc địa chỉ nơi chết'),
  (@p, 9, 'relation', 'Quan hệ với người đã chết', 'choice', 1, 'Vợ\nChồng\nCon\nCha\nMẹ\nNgười thân thích khác\nĐại diện cơ quan, tổ chức', '', '');

-- 3.000333 Cấp Phiếu Lý lịch tư pháp
SET @p = (SELECT id FROM procedures WHERE code = '3.000333');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'card_type', 'Loại Phiếu lý lịch tư pháp', 'choice', 1, 'Phiếu số 1\nPhiếu số 2', '', 'Phiếu số 2 chỉ cấp cho chính người yêu cầu, không được ủy quyền'),
  (@p, 6, 'copies', 'Số lượng Phiếu đề nghị cấp', 'number', 1, '', '', ''),
  (@p, 7, 'purpose', 'Mục đích sử dụng Phiếu', 'text', 1, '', '', 'Ví dụ: bổ sung hồ sơ xin việc, du học'),
  (@p, 8, 'residence_history', 'Quá trình cư trú từ đủ 14 tuổi', 'textarea', 0, '', '', 'Mỗi giai đoạn một dòng: từ tháng/năm đến tháng/năm, nơi thường trú hoặc tạm trú'),
  (@p, 9, 'delivery_address', 'Địa chỉ nhận Phiếu qua bưu chính', 'address', 0, '', '', 'Để trống nếu nhận kết quả trực tiếp tại nơi nộp hồ sơ');

-- 1.002755 Gia hạn tạm trú
SET @p = (SELECT id FROM procedures WHERE code = '1.002755');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'temp_address', 'Địa chỉ nơi đang tạm trú', 'address', 1, '', '', ''),
  (@p, 6, 'stay_until', 'Đề nghị gia hạn đến ngày', 'date', 1, '', '', 'Nộp trong 15 ngày trước khi hết thời hạn tạm trú; mỗi lần gia hạn tối đa 02 năm'),
  (@p, 7, 'host_name', 'Họ, chữ đệm và tên chủ hộ', 'text', 0, '', '', 'Để trống nếu bạn là chủ hộ'),
  (@p, 8, 'relation', 'Quan hệ với chủ hộ', 'choice', 1, 'Chủ hộ\nVợ\nChồng\nCon\nCha\nMẹ\nÔng, bà\nCháu\nAnh, chị, em ruột\nNgười thuê nhà\nNgười ở nhờ, ở mượn\nKhác', '', '');

-- 1.010028 Xóa đăng ký tạm trú
SET @p = (SELECT id FROM procedures WHERE code = '1.010028');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'temp_address', 'Địa chỉ nơi đã đăng ký tạm trú', 'address', 1, '', '', ''),
  (@p, 6, 'reason', 'Lý do xóa đăng ký tạm trú', 'choice', 1, 'Đã đăng ký thường trú tại chính nơi tạm trú\nChấm dứt việc thuê, mượn, ở nhờ chỗ ở\nQuyền sở hữu chỗ ở đã chuyển cho người khác\nNgười tạm trú đã chết\nKhác', '', ''),
  (@p, 7, 'person_name', 'Họ, chữ đệm và tên người được xóa đăng ký tạm trú', 'text', 0, '', '', 'Để trống nếu đề nghị cho chính bạn'),
  (@p, 8, 'person_id', 'Số định danh cá nhân của người được xóa đăng ký tạm trú', 'idnum', 0, '', '', 'Để trống nếu đề nghị cho chính bạn');

-- 1.003677 Khai báo tạm vắng
SET @p = (SELECT id FROM procedures WHERE code = '1.003677');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'absence_case', 'Trường hợp khai báo', 'choice', 1, 'Bị can, bị cáo tại ngoại; người đang chấp hành án, biện pháp xử lý hành chính, đang bị quản lý\nNgười trong độ tuổi thực hiện nghĩa vụ quân sự\nĐi khỏi nơi thường trú từ 12 tháng liên tục trở lên\nKhác', '', ''),
  (@p, 6, 'absence_from', 'Tạm vắng từ ngày', 'date', 1, '', '', ''),
  (@p, 7, 'absence_to', 'Tạm vắng đến ngày', 'date', 1, '', '', ''),
  (@p, 8, 'destination', 'Nơi đến', 'address', 1, '', '', ''),
  (@p, 9, 'reason', 'Lý do tạm vắng', 'textarea', 1, '', '', '');

-- 2.000693 Giải quyết hưởng chế độ thai sản
SET @p = (SELECT id FROM procedures WHERE code = '2.000693');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'social_insurance_number', 'Mã số bảo hiểm xã hội', 'text', 0, '', '', 'Mã số 10 chữ số in trên sổ bảo hiểm xã hội, thẻ bảo hiểm y tế (nếu có); từ ngày 01/07/2025 số định danh cá nhân được dùng làm mã số bảo hiểm xã hội'),
  (@p, 6, 'benefit', 'Chế độ đề nghị hưởng', 'choice', 1, 'Sinh con\nKhám thai\nSẩy thai, phá thai, thai chết trong tử cung, thai chết trong khi chuyển dạ, thai ngoài tử cung\nNhận nuôi con nuôi dưới 06 tháng tuổi\nMang thai hộ\nLao động nam nghỉ việc khi vợ sinh con\nThực hiện biện pháp tránh thai', '', ''),
  (@p, 7, 'event_date', 'Ngày sinh con hoặc ngày phát sinh chế độ', 'date', 1, '', '', ''),
  (@p, 8, 'children', 'Số con được sinh hoặc nhận nuôi', 'number', 0, '', '', ''),
  (@p, 9, 'bank_account', 'Số tài khoản ngân hàng nhận tiền', 'text', 1, '', '', 'Ghi số tài khoản và tên ngân hàng; tài khoản phải đứng tên người đề nghị');

-- 1.001613 Giải quyết hưởng bảo hiểm xã hội một lần
SET @p = (SELECT id FROM procedures WHERE code = '1.001613');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'social_insurance_number', 'Mã số bảo hiểm xã hội', 'text', 0, '', '', 'Mã số 10 chữ số in trên sổ bảo hiểm xã hội, thẻ bảo hiểm y tế (nếu có); từ ngày 01/07/2025 số định danh cá nhân được dùng làm mã số bảo hiểm xã hội'),
  (@p, 6, 'situation', 'Trường hợp đề nghị', 'choice', 1, 'Đủ tuổi nghỉ hưu nhưng chưa đủ điều kiện hưởng lương hưu\nNghỉ việc từ 12 tháng trở lên, không tiếp tục đóng (có thời gian đóng trước ngày 01/07/2025, chưa đủ 20 năm)\nRa nước ngoài để định cư\nMắc bệnh nguy hiểm đến tính mạng, suy giảm khả năng lao động từ 81% trở lên hoặc người khuyết tật đặc biệt nặng', '', ''),
  (@p, 7, 'stop_date', 'Ngày nghỉ việc', 'date', 0, '', '', ''),
  (@p, 8, 'bank_account', 'Số tài khoản ngân hàng nhận tiền', 'text', 1, '', '', 'Ghi số tài khoản và tên ngân hàng; tài khoản phải đứng tên người đề nghị');

-- 2.000200 Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên (cấp tỉnh)
SET @p = (SELECT id FROM procedures WHERE code = '2.000200');
INSERT INTO procedure_fields (procedure_id, ord, name, label, kind, required, choices, prefill, hint) VALUES
  (@p, 1, 'full_name', 'Họ, chữ đệm và tên', 'text', 1, '', 'full_name', ''),
  (@p, 2, 'citizen_id', 'Số định danh cá nhân', 'idnum', 1, '', 'citizen_id', ''),
  (@p, 3, 'birth_date', 'Ngày, tháng, năm sinh', 'date', 1, '', 'birth_date', ''),
  (@p, 4, 'phone', 'Số điện thoại', 'text', 1, '', 'phone', ''),
  (@p, 5, 'situation', 'Trường hợp đề nghị', 'choice', 1, 'Cấp thẻ lần đầu cho công dân từ đủ 14 tuổi trở lên\nNgười bị hạn chế hoặc mất năng lực hành vi dân sự, có khó khăn trong nhận thức, làm chủ hành vi (làm thủ tục cùng người đại diện hợp pháp)', '', ''),
  (@p, 6, 'guardian_name', 'Họ, chữ đệm và tên người đại diện hợp pháp', 'text', 0, '', '', 'Chỉ ghi khi làm thủ tục cùng người đại diện hợp pháp'),
  (@p, 7, 'guardian_id', 'Số định danh cá nhân của người đại diện hợp pháp', 'idnum', 0, '', '', '12 chữ số'),
  (@p, 8, 'appointment_date', 'Ngày dự kiến đến thu nhận ảnh, vân tay, mống mắt', 'date', 0, '', '', ''),
  (@p, 9, 'delivery_address', 'Địa chỉ nhận thẻ căn cước qua bưu chính', 'address', 0, '', '', 'Để trống nếu nhận kết quả trực tiếp tại nơi nộp hồ sơ');
