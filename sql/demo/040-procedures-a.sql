-- Demo data: 20 procedures with their cases, required documents, ways of filing, legal bases and
-- questions: the services the national portal opened with in December 2019 and related ones. Names,
-- vertical flags and popularity weights come from the portal's list where the code is in it; details
-- follow the rules in force in 2025-2026. Agencies: 020-agencies.sql; fields: 030-fields-a.sql.
-- folded_name and search_text are filled by the application's reindex step.
-- Codes not taken from the portal's list are marked where they are inserted.
SET NAMES utf8mb4;

SET @csgt = (SELECT id FROM agencies WHERE code = 'G01.CSGT');
SET @thue = (SELECT id FROM agencies WHERE code = 'THUE');
SET @bhxh = (SELECT id FROM agencies WHERE code = 'BHXH');
SET @btc  = (SELECT id FROM agencies WHERE code = '000.00.00.G12');
SET @bct  = (SELECT id FROM agencies WHERE code = '000.00.00.G02');
SET @bng  = (SELECT id FROM agencies WHERE code = '000.00.00.G08');
SET @bxd  = (SELECT id FROM agencies WHERE code = 'G17');
SET @evn  = (SELECT id FROM agencies WHERE code = '0100100079');

SET @f_gplx     = (SELECT id FROM fields WHERE code = '15623');
SET @f_dkx      = (SELECT id FROM fields WHERE code = '6');
SET @f_xttm     = (SELECT id FROM fields WHERE code = '35');
SET @f_xnk      = (SELECT id FROM fields WHERE code = '34');
SET @f_thue     = (SELECT id FROM fields WHERE code = '166');
SET @f_dien_moi = (SELECT id FROM fields WHERE code = '13900');
SET @f_hdmbd    = (SELECT id FROM fields WHERE code = '13901');
SET @f_bhxh     = (SELECT id FROM fields WHERE code = '16522');
SET @f_hkd      = (SELECT id FROM fields WHERE code = '64');
SET @f_dn       = (SELECT id FROM fields WHERE code = '61');
SET @f_xd       = (SELECT id FROM fields WHERE code = '241');
SET @f_ls       = (SELECT id FROM fields WHERE code = '86');

-- ------------------------------------------------------------------------------------------------
-- 3.000347 Đổi giấy phép lái xe
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical,
  summary, steps, applicants, conditions, result, popularity, folded_name, search_text) VALUES (
  '3.000347', 'Đổi giấy phép lái xe', @csgt, @f_gplx, 'central,province', 'citizen', 'full', 1,
  'Đổi giấy phép lái xe khi giấy phép hết hạn hoặc sắp hết hạn, bị hỏng, có thay đổi thông tin cá nhân; đổi giấy phép lái xe quân sự, giấy phép lái xe nước ngoài sang giấy phép lái xe Việt Nam. Giấy phép do Việt Nam cấp có thể đổi trực tuyến toàn trình bằng tài khoản định danh điện tử mức độ 2 và nhận kết quả qua bưu chính.',
  'Đăng nhập Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID bằng tài khoản định danh điện tử mức độ 2, chọn thủ tục Đổi giấy phép lái xe; hoặc nộp hồ sơ trực tiếp tại Phòng Cảnh sát giao thông Công an cấp tỉnh, điểm tiếp nhận do Công an cấp tỉnh bố trí.\nKê khai đơn đề nghị, cung cấp thông tin giấy khám sức khỏe (nếu thuộc trường hợp phải có), đính kèm hoặc xuất trình giấy tờ theo từng trường hợp.\nCơ quan tiếp nhận kiểm tra hồ sơ, đối chiếu dữ liệu giấy phép lái xe, Cơ sở dữ liệu quốc gia về dân cư và tình trạng xử lý vi phạm; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung.\nNộp lệ phí trực tiếp tại nơi tiếp nhận hoặc thanh toán trực tuyến.\nNhận giấy phép lái xe mới trực tiếp hoặc qua dịch vụ bưu chính công ích theo đăng ký; thông tin giấy phép được cập nhật để tích hợp trên ứng dụng VNeID.',
  'Công dân Việt Nam; người nước ngoài cư trú, làm việc, học tập hợp pháp tại Việt Nam có giấy phép lái xe thuộc diện được đổi.',
  'Giấy phép lái xe do Việt Nam cấp phải có dữ liệu trong hệ thống quản lý giấy phép lái xe.\nGiấy phép lái xe không trong thời gian bị tạm giữ, bị tước quyền sử dụng, bị thu hồi; không bị tẩy xóa, làm sai lệch thông tin.\nNgười đổi giấy phép lái xe hạng B trở lên phải có giấy khám sức khỏe của người lái xe còn giá trị sử dụng.\nNgười có giấy phép lái xe nước ngoài phải cư trú, làm việc, học tập tại Việt Nam từ 03 tháng trở lên và giấy phép còn thời hạn sử dụng.',
  'Giấy phép lái xe mới; thông tin giấy phép lái xe được cập nhật vào hệ thống để sử dụng trên ứng dụng VNeID.',
  206702, '', '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Đổi giấy phép lái xe do cơ quan có thẩm quyền của Việt Nam cấp (hết hạn, bị hỏng, thay đổi thông tin)');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Đơn đề nghị đổi, cấp lại giấy phép lái xe (theo mẫu ban hành kèm Thông tư số 12/2025/TT-BCA)', '', 1, 0, 1),
  (@c, 2, 'Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp, đối với giấy phép lái xe hạng B trở lên (không phải nộp nếu dữ liệu giấy khám sức khỏe đã được liên thông điện tử)', '', 1, 0, 0),
  (@c, 3, 'Giấy phép lái xe đề nghị đổi (xuất trình bản chính khi nộp trực tiếp; khai số giấy phép khi nộp trực tuyến)', '', 1, 0, 1),
  (@c, 4, 'Thẻ căn cước hoặc thẻ căn cước công dân còn giá trị sử dụng (xuất trình khi nộp trực tiếp)', '', 1, 0, 1);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Đổi giấy phép lái xe quân sự do Bộ Quốc phòng cấp');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Đơn đề nghị đổi, cấp lại giấy phép lái xe (theo mẫu ban hành kèm Thông tư số 12/2025/TT-BCA)', '', 1, 0, 1),
  (@c, 2, 'Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp', '', 1, 0, 1),
  (@c, 3, 'Giấy phép lái xe quân sự còn thời hạn sử dụng', '', 1, 0, 1),
  (@c, 4, 'Quyết định ra quân, xuất ngũ, nghỉ hưu, chuyển ngành hoặc giấy giới thiệu của thủ trưởng đơn vị cấp trung đoàn trở lên', '', 0, 1, 1),
  (@c, 5, 'Thẻ căn cước hoặc thẻ căn cước công dân còn giá trị sử dụng (xuất trình khi nộp trực tiếp)', '', 1, 0, 1);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 3, 'Đổi giấy phép lái xe do nước ngoài cấp');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Đơn đề nghị đổi, cấp lại giấy phép lái xe (theo mẫu ban hành kèm Thông tư số 12/2025/TT-BCA)', '', 1, 0, 1),
  (@c, 2, 'Bản dịch giấy phép lái xe nước ngoài sang tiếng Việt có công chứng hoặc chứng thực chữ ký người dịch, đóng dấu giáp lai với bản sao giấy phép lái xe', '', 1, 0, 1),
  (@c, 3, 'Giấy phép lái xe nước ngoài còn thời hạn sử dụng (xuất trình bản chính để đối chiếu)', '', 1, 1, 1),
  (@c, 4, 'Hộ chiếu còn thời hạn (trang nhân thân, trang thị thực) kèm thẻ tạm trú hoặc thẻ thường trú đối với người nước ngoài; thẻ căn cước đối với công dân Việt Nam', '', 0, 1, 1),
  (@c, 5, 'Giấy khám sức khỏe của người lái xe, đối với giấy phép lái xe tương đương hạng B trở lên', '', 1, 0, 0);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', 'Không quá 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 5, 135000, 'Lệ phí: 135.000 đồng/lần cấp', 'Nộp tại Phòng Cảnh sát giao thông Công an cấp tỉnh hoặc điểm tiếp nhận do Công an cấp tỉnh bố trí.'),
  (@p, 'online', 'Không quá 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 5, 135000, 'Lệ phí: 135.000 đồng/lần cấp. Từ ngày 01/12/2023 đến hết ngày 31/12/2025, hồ sơ đổi, cấp lại giấy phép lái xe nộp trực tuyến áp dụng mức 115.000 đồng/lần cấp theo Thông tư số 63/2023/TT-BTC', 'Áp dụng với giấy phép lái xe do Việt Nam cấp. Đổi giấy phép lái xe nước ngoài nộp trực tiếp để đối chiếu bản chính.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '36/2024/QH15', 'Luật Trật tự, an toàn giao thông đường bộ', '2024-06-27', 'Quốc hội'),
  (@p, 2, '12/2025/TT-BCA', 'Thông tư quy định về sát hạch, cấp giấy phép lái xe; cấp, sử dụng giấy phép lái xe quốc tế', '2025-02-28', 'Bộ Công an'),
  (@p, 3, '37/2023/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí sát hạch lái xe; lệ phí cấp bằng, chứng chỉ hoạt động trên các phương tiện và lệ phí đăng ký, cấp biển xe máy chuyên dùng', '2023-06-07', 'Bộ Tài chính'),
  (@p, 4, '63/2023/TT-BTC', 'Thông tư sửa đổi, bổ sung Thông tư số 37/2023/TT-BTC, quy định mức lệ phí cấp giấy phép lái xe khi nộp hồ sơ trực tuyến', NULL, 'Bộ Tài chính');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Giấy phép lái xe cấp trước năm 2025 có bắt buộc phải đổi sang mẫu mới không?', 'Không bắt buộc. Giấy phép lái xe cấp trước ngày 01/01/2025 tiếp tục được sử dụng theo thời hạn ghi trên giấy phép. Khi người lái xe có nhu cầu đổi, cấp lại, giấy phép được chuyển sang hạng tương ứng theo quy định chuyển tiếp của Luật Trật tự, an toàn giao thông đường bộ.'),
  (@p, 2, 'Đổi giấy phép lái xe trực tuyến có phải đến cơ quan Công an không?', 'Không. Khi nộp trực tuyến toàn trình, ảnh chân dung được khai thác từ Cơ sở dữ liệu quốc gia về dân cư, giấy khám sức khỏe được liên thông điện tử; người đề nghị thanh toán lệ phí trực tuyến và nhận giấy phép lái xe mới qua bưu chính công ích.'),
  (@p, 3, 'Người nước ngoài có được đổi giấy phép lái xe nước ngoài sang giấy phép lái xe Việt Nam không?', 'Được, nếu cư trú, làm việc, học tập tại Việt Nam từ 03 tháng trở lên và giấy phép lái xe nước ngoài còn thời hạn sử dụng. Hồ sơ gồm đơn đề nghị, bản dịch giấy phép lái xe sang tiếng Việt có công chứng hoặc chứng thực, hộ chiếu và thẻ tạm trú hoặc thẻ thường trú.');

-- ------------------------------------------------------------------------------------------------
-- 1.002804 Cấp giấy phép lái xe quốc tế
-- Code: code not in citizen_services.json; '1.002804' is the code the brief supplies for this procedure.
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical,
  summary, steps, applicants, conditions, result, popularity, folded_name, search_text) VALUES (
  '1.002804', 'Cấp giấy phép lái xe quốc tế', @csgt, @f_gplx, 'province', 'citizen', 'full', 1,
  'Cấp giấy phép lái xe quốc tế theo Công ước Viên năm 1968 về giao thông đường bộ cho người có giấy phép lái xe do Việt Nam cấp bằng vật liệu PET còn thời hạn, để lái xe tại các nước tham gia Công ước. Có thể nộp trực tuyến và nhận kết quả qua bưu chính.',
  'Đăng nhập Cổng Dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an bằng tài khoản định danh điện tử mức độ 2, chọn thủ tục Cấp giấy phép lái xe quốc tế; hoặc nộp trực tiếp tại Phòng Cảnh sát giao thông Công an cấp tỉnh.\nKê khai tờ khai, cung cấp số giấy phép lái xe quốc gia; ảnh chân dung được khai thác từ Cơ sở dữ liệu quốc gia về dân cư khi nộp trực tuyến.\nNộp lệ phí trực tuyến hoặc tại nơi tiếp nhận.\nCơ quan tiếp nhận đối chiếu dữ liệu giấy phép lái xe quốc gia và cấp giấy phép lái xe quốc tế.\nNhận kết quả trực tiếp hoặc qua dịch vụ bưu chính công ích.',
  'Công dân Việt Nam, người nước ngoài thường trú tại Việt Nam có giấy phép lái xe quốc gia do Việt Nam cấp bằng vật liệu PET còn thời hạn sử dụng.',
  'Có giấy phép lái xe do Việt Nam cấp bằng vật liệu PET, còn thời hạn sử dụng và có dữ liệu trong hệ thống quản lý giấy phép lái xe.\nGiấy phép lái xe quốc gia không trong thời gian bị tạm giữ, bị tước quyền sử dụng hoặc bị thu hồi.',
  'Giấy phép lái xe quốc tế theo mẫu của Công ước Viên năm 1968, có thời hạn không quá 03 năm kể từ ngày cấp và không vượt quá thời hạn của giấy phép lái xe quốc gia.',
  30500, '', '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Cấp giấy phép lái xe quốc tế cho người có giấy phép lái xe do Việt Nam cấp');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai đề nghị cấp giấy phép lái xe quốc tế (theo mẫu ban hành kèm Thông tư số 12/2025/TT-BCA)', '', 1, 0, 1),
  (@c, 2, 'Giấy phép lái xe quốc gia bằng vật liệu PET còn thời hạn (xuất trình bản chính khi nộp trực tiếp)', '', 1, 0, 1),
  (@c, 3, 'Hộ chiếu còn thời hạn và thẻ thường trú đối với người nước ngoài', '', 0, 1, 0),
  (@c, 4, '01 ảnh màu cỡ 4 x 6 cm nền trắng, khi nộp trực tiếp mà không khai thác được ảnh từ Cơ sở dữ liệu quốc gia về dân cư', '', 1, 0, 0);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', 'Không quá 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 5, 135000, 'Lệ phí: 135.000 đồng/lần cấp', 'Nộp tại Phòng Cảnh sát giao thông Công an cấp tỉnh.'),
  (@p, 'online', 'Không quá 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 5, 135000, 'Lệ phí: 135.000 đồng/lần cấp', 'Kết quả trả qua bưu chính công ích hoặc nhận trực tiếp theo đăng ký.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '36/2024/QH15', 'Luật Trật tự, an toàn giao thông đường bộ', '2024-06-27', 'Quốc hội'),
  (@p, 2, '12/2025/TT-BCA', 'Thông tư quy định về sát hạch, cấp giấy phép lái xe; cấp, sử dụng giấy phép lái xe quốc tế', '2025-02-28', 'Bộ Công an'),
  (@p, 3, 'Công ước Viên năm 1968', 'Công ước về giao thông đường bộ ký tại Viên ngày 08/11/1968, Việt Nam là thành viên', '1968-11-08', 'Liên hợp quốc'),
  (@p, 4, '37/2023/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí sát hạch lái xe; lệ phí cấp bằng, chứng chỉ hoạt động trên các phương tiện và lệ phí đăng ký, cấp biển xe máy chuyên dùng', '2023-06-07', 'Bộ Tài chính');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Giấy phép lái xe quốc tế do Việt Nam cấp được sử dụng ở đâu?', 'Tại các nước, vùng lãnh thổ là thành viên Công ước Viên năm 1968 về giao thông đường bộ. Khi lái xe ở nước ngoài phải mang theo cả giấy phép lái xe quốc tế và giấy phép lái xe quốc gia, đồng thời tuân thủ pháp luật giao thông nước sở tại. Giấy phép lái xe quốc tế không có giá trị sử dụng tại Việt Nam.'),
  (@p, 2, 'Giấy phép lái xe bằng giấy bìa có được cấp giấy phép lái xe quốc tế không?', 'Không. Chỉ cấp cho người có giấy phép lái xe bằng vật liệu PET còn thời hạn. Nếu đang dùng giấy phép lái xe bằng giấy bìa, cần làm thủ tục đổi giấy phép lái xe trước.'),
  (@p, 3, 'Giấy phép lái xe quốc tế có thời hạn bao lâu?', 'Không quá 03 năm kể từ ngày cấp và không vượt quá thời hạn còn lại của giấy phép lái xe quốc gia. Hạng xe được phép điều khiển tương ứng với hạng ghi trên giấy phép lái xe quốc gia.');

-- ------------------------------------------------------------------------------------------------
-- 2.000004 Đăng ký hoạt động khuyến mại đối với chương trình khuyến mại mang tính may rủi thực hiện trên địa bàn 01 tỉnh, thành phố trực thuộc Trung ương
-- Code: not in citizen_services.json; '2.000004' is the code under which public third-party form-filling code names this procedure of Bộ Công Thương (the brief's '2.000033' could not be confirmed).
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical,
  summary, steps, applicants, conditions, result, popularity, folded_name, search_text) VALUES (
  '2.000004', 'Đăng ký hoạt động khuyến mại đối với chương trình khuyến mại mang tính may rủi thực hiện trên địa bàn 01 tỉnh, thành phố trực thuộc Trung ương', @bct, @f_xttm, 'province', 'business', 'full', 0,
  'Thương nhân đăng ký với Sở Công Thương trước khi tổ chức chương trình khuyến mại mang tính may rủi (quay số, bốc thăm, cào trúng thưởng, phiếu dự thưởng…) trong phạm vi một tỉnh, thành phố. Chương trình thực hiện trên địa bàn từ 02 tỉnh, thành phố trở lên đăng ký tại Bộ Công Thương.',
  'Thương nhân lập hồ sơ và nộp trực tuyến trên Cổng Dịch vụ công quốc gia, Hệ thống dịch vụ công trực tuyến của Bộ Công Thương; hoặc nộp trực tiếp, qua bưu chính tại Sở Công Thương nơi tổ chức khuyến mại.\nSở Công Thương kiểm tra tính đầy đủ, hợp lệ của hồ sơ; hồ sơ chưa hợp lệ thì thông báo để thương nhân sửa đổi, bổ sung.\nSở Công Thương xem xét, ban hành văn bản xác nhận đăng ký thực hiện khuyến mại, hoặc văn bản không xác nhận có nêu rõ lý do.\nThương nhân thực hiện chương trình đúng nội dung đã được xác nhận và báo cáo kết quả thực hiện với Sở Công Thương sau khi kết thúc chương trình.',
  'Thương nhân (doanh nghiệp, hộ kinh doanh, chi nhánh) trực tiếp thực hiện khuyến mại hoặc thương nhân kinh doanh dịch vụ khuyến mại.',
  'Chương trình khuyến mại mang tính may rủi thực hiện trên địa bàn 01 tỉnh, thành phố trực thuộc trung ương.\nHàng hóa, dịch vụ khuyến mại và dùng để khuyến mại được kinh doanh hợp pháp; không dùng rượu, bia, xổ số, thuốc lá, thuốc chữa bệnh cho người và hàng hóa bị cấm khác để khuyến mại.\nThể lệ, cơ cấu giải thưởng minh bạch; thương nhân phải trích 50% giá trị giải thưởng đã công bố nộp vào ngân sách nhà nước nếu giải thưởng không có người trúng.\nHồ sơ nộp trước thời điểm bắt đầu chương trình để cơ quan quản lý xem xét, xác nhận.',
  'Văn bản xác nhận đăng ký thực hiện khuyến mại của Sở Công Thương.',
  5200, '', '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Đăng ký thực hiện khuyến mại mang tính may rủi trên địa bàn 01 tỉnh, thành phố');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Đăng ký thực hiện khuyến mại', 'Mẫu số 02 ĐP', 1, 0, 1),
  (@c, 2, 'Thể lệ chương trình khuyến mại', 'Mẫu số 03 ĐP', 1, 0, 1),
  (@c, 3, 'Mẫu vé số dự thưởng, phiếu dự thưởng, thẻ cào hoặc hình ảnh minh họa cách thức xác định trúng thưởng (nếu có)', '', 1, 0, 0),
  (@c, 4, 'Hình ảnh hàng hóa khuyến mại và hàng hóa dùng để khuyến mại', '', 1, 0, 1),
  (@c, 5, 'Bản sao giấy tờ chứng nhận chất lượng của hàng hóa dùng để khuyến mại theo quy định của pháp luật (nếu có)', '', 0, 1, 0);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', '05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 5, 0, 'Không thu phí, lệ phí', 'Nộp tại Sở Công Thương nơi tổ chức khuyến mại.'),
  (@p, 'online', '05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 5, 0, 'Không thu phí, lệ phí', ''),
  (@p, 'post', '05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 5, 0, 'Không thu phí, lệ phí', '');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '36/2005/QH11', 'Luật Thương mại', '2005-06-14', 'Quốc hội'),
  (@p, 2, '81/2018/NĐ-CP', 'Nghị định quy định chi tiết Luật Thương mại về hoạt động xúc tiến thương mại', '2018-05-22', 'Chính phủ'),
  (@p, 3, '128/2024/NĐ-CP', 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 81/2018/NĐ-CP quy định chi tiết Luật Thương mại về hoạt động xúc tiến thương mại', '2024-10-10', 'Chính phủ');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Chương trình khuyến mại thực hiện ở nhiều tỉnh thì đăng ký ở đâu?', 'Chương trình khuyến mại mang tính may rủi thực hiện trên địa bàn từ 02 tỉnh, thành phố trực thuộc trung ương trở lên đăng ký tại Bộ Công Thương qua Hệ thống dịch vụ công trực tuyến của Bộ; thủ tục này chỉ dành cho chương trình trong phạm vi 01 tỉnh, thành phố.'),
  (@p, 2, 'Nếu không có người trúng giải thì xử lý giải thưởng thế nào?', 'Theo Luật Thương mại, thương nhân phải trích 50% giá trị giải thưởng đã công bố nộp vào ngân sách nhà nước đối với giải thưởng không có người trúng thưởng.'),
  (@p, 3, 'Kết thúc chương trình, thương nhân phải làm gì?', 'Báo cáo kết quả thực hiện chương trình khuyến mại với cơ quan đã xác nhận đăng ký trong thời hạn quy định, đồng thời lưu giữ hồ sơ, biên bản xác định trúng thưởng và chứng từ trao giải để phục vụ kiểm tra.');

-- ------------------------------------------------------------------------------------------------
-- 2.000040 Cấp Giấy chứng nhận xuất xứ hàng hóa (C/O) ưu đãi
-- Code: not in citizen_services.json and no official code known to the author (the national database has one procedure per C/O form): a demo code in the real format, unused by that list.
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical,
  summary, steps, applicants, conditions, result, popularity, folded_name, search_text) VALUES (
  '2.000040', 'Cấp Giấy chứng nhận xuất xứ hàng hóa (C/O) ưu đãi', @bct, @f_xnk, 'central', 'business', 'partial', 0,
  'Thương nhân xuất khẩu đề nghị cấp Giấy chứng nhận xuất xứ hàng hóa (C/O) ưu đãi theo các hiệp định thương mại tự do mà Việt Nam là thành viên (mẫu D, E, AK, AJ, VJ, VK, EAV…) để hàng hóa được hưởng thuế suất ưu đãi tại nước nhập khẩu. Hồ sơ khai báo qua Hệ thống quản lý và cấp chứng nhận xuất xứ điện tử của Bộ Công Thương.',
  'Trong lần đề nghị cấp C/O đầu tiên, thương nhân đăng ký hồ sơ thương nhân với cơ quan, tổ chức cấp C/O.\nThương nhân khai báo, nộp hồ sơ đề nghị cấp C/O qua Hệ thống quản lý và cấp chứng nhận xuất xứ điện tử của Bộ Công Thương, hoặc nộp trực tiếp, qua bưu chính tại Phòng Quản lý xuất nhập khẩu khu vực thuộc Bộ Công Thương hoặc tổ chức được Bộ Công Thương ủy quyền.\nCơ quan cấp C/O kiểm tra hồ sơ; trường hợp cần thiết yêu cầu bổ sung chứng từ hoặc kiểm tra tại cơ sở sản xuất.\nCơ quan cấp C/O ký, đóng dấu hoặc ký số và trả C/O cho thương nhân.',
  'Thương nhân xuất khẩu, nhà sản xuất hoặc người được thương nhân ủy quyền đề nghị cấp C/O.',
  'Hàng hóa đáp ứng quy tắc xuất xứ của hiệp định thương mại tự do tương ứng.\nThương nhân đã đăng ký hồ sơ thương nhân với cơ quan, tổ chức cấp C/O.\nHồ sơ đầy đủ, hợp lệ; thông tin khai trên C/O thống nhất với chứng từ xuất khẩu.',
  'Giấy chứng nhận xuất xứ hàng hóa (C/O) ưu đãi theo mẫu của hiệp định tương ứng.',
  12000, '', '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Thương nhân đề nghị cấp C/O lần đầu (kèm đăng ký hồ sơ thương nhân)');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Đăng ký mẫu chữ ký của người được ủy quyền ký đơn đề nghị cấp C/O và con dấu của thương nhân', '', 1, 0, 1),
  (@c, 2, 'Giấy chứng nhận đăng ký doanh nghiệp', '', 0, 1, 1),
  (@c, 3, 'Danh mục các cơ sở sản xuất của thương nhân (nếu có)', '', 1, 0, 0),
  (@c, 4, 'Đơn đề nghị cấp C/O được kê khai hoàn chỉnh và hợp lệ', '', 1, 0, 1),
  (@c, 5, 'Mẫu C/O tương ứng đã được khai hoàn chỉnh', '', 1, 0, 1),
  (@c, 6, 'Tờ khai hải quan xuất khẩu, trừ trường hợp hàng hóa không phải khai hải quan', '', 0, 1, 1),
  (@c, 7, 'Hóa đơn thương mại', '', 0, 1, 1),
  (@c, 8, 'Vận tải đơn hoặc chứng từ vận tải tương đương (nếu có)', '', 0, 1, 0),
  (@c, 9, 'Bảng kê khai chi tiết hàng hóa xuất khẩu đạt tiêu chí xuất xứ ưu đãi', '', 1, 0, 1),
  (@c, 10, 'Bản khai báo xuất xứ của nhà sản xuất hoặc nhà cung cấp nguyên liệu có xuất xứ, trường hợp nguyên liệu đó được dùng cho công đoạn sản xuất tiếp theo', '', 1, 0, 0);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Thương nhân đã đăng ký hồ sơ thương nhân');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Đơn đề nghị cấp C/O được kê khai hoàn chỉnh và hợp lệ', '', 1, 0, 1),
  (@c, 2, 'Mẫu C/O tương ứng đã được khai hoàn chỉnh', '', 1, 0, 1),
  (@c, 3, 'Tờ khai hải quan xuất khẩu, trừ trường hợp hàng hóa không phải khai hải quan', '', 0, 1, 1),
  (@c, 4, 'Hóa đơn thương mại', '', 0, 1, 1),
  (@c, 5, 'Vận tải đơn hoặc chứng từ vận tải tương đương (nếu có)', '', 0, 1, 0),
  (@c, 6, 'Bảng kê khai chi tiết hàng hóa xuất khẩu đạt tiêu chí xuất xứ ưu đãi', '', 1, 0, 1),
  (@c, 7, 'Bản khai báo xuất xứ của nhà sản xuất hoặc nhà cung cấp nguyên liệu có xuất xứ, trường hợp nguyên liệu đó được dùng cho công đoạn sản xuất tiếp theo', '', 1, 0, 0);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'online', 'Không quá 06 giờ làm việc kể từ khi nhận được hồ sơ điện tử đầy đủ, hợp lệ', NULL, 0, 'Không thu phí', 'Khai báo qua Hệ thống quản lý và cấp chứng nhận xuất xứ điện tử của Bộ Công Thương (ecosys.gov.vn).'),
  (@p, 'in_person', 'Không quá 08 giờ làm việc kể từ khi nhận được hồ sơ đầy đủ, hợp lệ', NULL, 0, 'Không thu phí', ''),
  (@p, 'post', 'Không quá 24 giờ làm việc kể từ khi nhận được hồ sơ đầy đủ, hợp lệ', NULL, 0, 'Không thu phí', '');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '05/2017/QH14', 'Luật Quản lý ngoại thương', '2017-06-12', 'Quốc hội'),
  (@p, 2, '31/2018/NĐ-CP', 'Nghị định quy định chi tiết Luật Quản lý ngoại thương về xuất xứ hàng hóa', '2018-03-08', 'Chính phủ'),
  (@p, 3, '05/2018/TT-BCT', 'Thông tư quy định về xuất xứ hàng hóa', '2018-04-03', 'Bộ Công Thương');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'C/O ưu đãi khác C/O không ưu đãi thế nào?', 'C/O ưu đãi chứng nhận hàng hóa đáp ứng quy tắc xuất xứ của một hiệp định thương mại tự do để được hưởng thuế suất ưu đãi tại nước nhập khẩu, ví dụ mẫu D trong khu vực ASEAN, mẫu E với Trung Quốc. C/O không ưu đãi (mẫu B) chỉ xác nhận nước xuất xứ, không dùng để hưởng ưu đãi thuế quan theo hiệp định.'),
  (@p, 2, 'Có thể đề nghị cấp C/O sau khi hàng đã xuất khẩu không?', 'Có. Phần lớn các hiệp định cho phép cấp C/O sau ngày giao hàng trong thời hạn do hiệp định quy định; C/O cấp sau được ghi chú rõ trên mẫu. Thương nhân nêu lý do và nộp đủ chứng từ như hồ sơ thông thường.');

-- ------------------------------------------------------------------------------------------------
-- 2.002040 Nộp thuế điện tử đối với doanh nghiệp
-- Code: not in citizen_services.json and no official code known to the author: a demo code in the real format, unused by that list.
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical,
  summary, steps, applicants, conditions, result, popularity, folded_name, search_text) VALUES (
  '2.002040', 'Nộp thuế điện tử đối với doanh nghiệp', @thue, @f_thue, 'central,province', 'business', 'full', 1,
  'Doanh nghiệp lập giấy nộp tiền vào ngân sách nhà nước điện tử và nộp thuế bằng tài khoản ngân hàng qua Cổng thông tin điện tử của ngành Thuế, Cổng Dịch vụ công quốc gia hoặc dịch vụ ngân hàng điện tử, không phải đến cơ quan thuế hay Kho bạc Nhà nước.',
  'Đăng ký giao dịch điện tử với cơ quan thuế và đăng ký dịch vụ nộp thuế điện tử với ngân hàng thương mại nơi doanh nghiệp mở tài khoản.\nĐăng nhập Cổng thông tin điện tử của ngành Thuế hoặc Cổng Dịch vụ công quốc gia, tra cứu các khoản thuế phải nộp.\nLập giấy nộp tiền vào ngân sách nhà nước điện tử, ký số và gửi đến ngân hàng.\nNgân hàng kiểm tra số dư, trích tài khoản của doanh nghiệp và chuyển tiền vào ngân sách nhà nước.\nNhận thông báo xác nhận nộp thuế điện tử qua tài khoản giao dịch thuế và thư điện tử đã đăng ký.',
  'Doanh nghiệp, tổ chức kinh tế và người nộp thuế khác có tài khoản thanh toán tại ngân hàng đã kết nối với hệ thống nộp thuế điện tử.',
  'Đã đăng ký giao dịch điện tử với cơ quan thuế.\nCó chứng thư chữ ký số còn hiệu lực hoặc phương thức xác thực điện tử được cơ quan thuế chấp nhận.\nCó tài khoản thanh toán tại ngân hàng thương mại hoặc tổ chức cung ứng dịch vụ thanh toán đã kết nối với cơ quan thuế.',
  'Giấy nộp tiền vào ngân sách nhà nước điện tử có xác nhận của ngân hàng; thông báo xác nhận nộp thuế điện tử của cơ quan thuế.',
  120000, '', '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Đăng ký nộp thuế điện tử lần đầu');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai đăng ký giao dịch với cơ quan thuế bằng phương thức điện tử', 'Mẫu số 01/ĐK-TĐT', 1, 0, 1),
  (@c, 2, 'Văn bản đăng ký sử dụng dịch vụ nộp thuế điện tử với ngân hàng (theo mẫu của ngân hàng)', '', 1, 0, 1);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Lập và gửi giấy nộp tiền điện tử');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Giấy nộp tiền vào ngân sách nhà nước (lập điện tử, ký số)', 'Mẫu số C1-02/NS', 1, 0, 1);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'online', 'Xử lý ngay khi ngân hàng trích tiền thành công; thông báo xác nhận nộp thuế được gửi qua hệ thống thuế điện tử', NULL, 0, 'Không thu phí nộp thuế điện tử; phí dịch vụ ngân hàng (nếu có) theo biểu phí của ngân hàng', 'Hệ thống nộp thuế điện tử hoạt động cả ngoài giờ hành chính và ngày nghỉ.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '38/2019/QH14', 'Luật Quản lý thuế', '2019-06-13', 'Quốc hội'),
  (@p, 2, '126/2020/NĐ-CP', 'Nghị định quy định chi tiết một số điều của Luật Quản lý thuế', '2020-10-19', 'Chính phủ'),
  (@p, 3, '19/2021/TT-BTC', 'Thông tư hướng dẫn giao dịch điện tử trong lĩnh vực thuế', '2021-03-18', 'Bộ Tài chính'),
  (@p, 4, '20/2023/QH15', 'Luật Giao dịch điện tử', '2023-06-22', 'Quốc hội');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Ngày nào được tính là ngày đã nộp thuế khi nộp điện tử?', 'Ngày đã nộp thuế là ngày được ngân hàng xác nhận trên chứng từ nộp thuế điện tử, tức ngày tiền được trích thành công từ tài khoản của người nộp thuế. Doanh nghiệp nên nộp trước hạn ít nhất một ngày làm việc để tránh phát sinh tiền chậm nộp.'),
  (@p, 2, 'Đã nộp tiền nhưng nghĩa vụ thuế chưa được cập nhật thì làm gì?', 'Kiểm tra thông báo xác nhận nộp thuế trong tài khoản giao dịch thuế điện tử và chứng từ của ngân hàng. Nếu giấy nộp tiền ghi sai thông tin (mã chương, tiểu mục, kỳ thuế, cơ quan thu), lập văn bản đề nghị điều chỉnh thông tin nộp ngân sách nhà nước gửi cơ quan thuế quản lý.');

-- ------------------------------------------------------------------------------------------------
-- 3.000001 Cấp điện mới từ lưới điện hạ áp
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical,
  summary, steps, applicants, conditions, result, popularity, folded_name, search_text) VALUES (
  '3.000001', 'Cấp điện mới từ lưới điện hạ áp', @evn, @f_dien_moi, 'province', 'citizen,business', 'full', 0,
  'Hộ gia đình, cá nhân, tổ chức đề nghị đơn vị điện lực lắp đặt công tơ và cấp điện mới từ lưới điện hạ áp (0,4 kV) cho nhà ở, cửa hàng, văn phòng. Có thể gửi yêu cầu trực tuyến; đơn vị điện lực khảo sát, lắp công tơ và ký hợp đồng mua bán điện với khách hàng.',
  'Gửi yêu cầu cấp điện trên Cổng Dịch vụ công quốc gia, trang chăm sóc khách hàng hoặc ứng dụng của Tổng công ty Điện lực; hoặc nộp trực tiếp tại phòng giao dịch của đơn vị điện lực.\nĐơn vị điện lực tiếp nhận, hẹn lịch và khảo sát điểm đấu nối, vị trí lắp công tơ.\nKhách hàng chuẩn bị đường dây, thiết bị điện sau công tơ bảo đảm yêu cầu kỹ thuật, an toàn.\nĐơn vị điện lực lắp đặt công tơ, nghiệm thu và đóng điện.\nHai bên ký hợp đồng mua bán điện (hợp đồng điện tử hoặc hợp đồng giấy).',
  'Hộ gia đình, cá nhân, cơ quan, tổ chức có nhu cầu mua điện cho mục đích sinh hoạt hoặc ngoài sinh hoạt từ lưới điện hạ áp.',
  'Có giấy tờ chứng minh quyền sở hữu hoặc quyền sử dụng hợp pháp địa điểm mua điện.\nĐịa điểm đề nghị cấp điện có lưới điện hạ áp của đơn vị điện lực và đáp ứng điều kiện kỹ thuật đấu nối.\nĐường dây, thiết bị điện sau công tơ của khách hàng bảo đảm an toàn theo quy chuẩn kỹ thuật.',
  'Công tơ được lắp đặt, đóng điện; hợp đồng mua bán điện được ký kết.',
  2141810, '', '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Khách hàng mua điện cho mục đích sinh hoạt');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Giấy đề nghị mua điện (theo mẫu của đơn vị điện lực; kê khai trực tuyến khi nộp qua Cổng Dịch vụ công)', '', 1, 0, 1),
  (@c, 2, 'Giấy tờ tùy thân của người đề nghị (không phải nộp khi đăng nhập bằng tài khoản định danh điện tử)', '', 0, 1, 1),
  (@c, 3, 'Một trong các giấy tờ chứng minh quyền sở hữu, quyền sử dụng hợp pháp nhà ở, đất ở: giấy chứng nhận quyền sử dụng đất, hợp đồng mua bán nhà, hợp đồng thuê nhà hoặc giấy tờ hợp pháp khác', '', 0, 1, 1);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Khách hàng mua điện ngoài mục đích sinh hoạt');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Giấy đề nghị mua điện (theo mẫu của đơn vị điện lực)', '', 1, 0, 1),
  (@c, 2, 'Giấy chứng nhận đăng ký doanh nghiệp, giấy chứng nhận đăng ký hộ kinh doanh hoặc quyết định thành lập', '', 0, 1, 1),
  (@c, 3, 'Giấy tờ chứng minh quyền sở hữu, quyền sử dụng hợp pháp địa điểm mua điện', '', 0, 1, 1),
  (@c, 4, 'Danh mục thiết bị sử dụng điện và công suất đăng ký sử dụng', '', 1, 0, 0),
  (@c, 5, 'Giấy ủy quyền, trường hợp người ký hợp đồng không phải người đại diện theo pháp luật', '', 1, 0, 0);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'online', 'Không quá 03 ngày làm việc tại khu vực thành phố, thị xã và không quá 05 ngày làm việc tại khu vực nông thôn, kể từ khi nhận đủ hồ sơ hợp lệ và khách hàng đáp ứng điều kiện kỹ thuật', NULL, 0, 'Không thu phí dịch vụ cấp điện; khách hàng tự chịu chi phí đường dây, thiết bị điện sau công tơ', 'Theo dõi tiến độ bằng mã yêu cầu trên Cổng Dịch vụ công quốc gia.'),
  (@p, 'in_person', 'Không quá 03 ngày làm việc tại khu vực thành phố, thị xã và không quá 05 ngày làm việc tại khu vực nông thôn, kể từ khi nhận đủ hồ sơ hợp lệ và khách hàng đáp ứng điều kiện kỹ thuật', NULL, 0, 'Không thu phí dịch vụ cấp điện; khách hàng tự chịu chi phí đường dây, thiết bị điện sau công tơ', 'Nộp tại phòng giao dịch của đơn vị điện lực nơi sử dụng điện.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '61/2024/QH15', 'Luật Điện lực', '2024-11-30', 'Quốc hội'),
  (@p, 2, '19/2023/QH15', 'Luật Bảo vệ quyền lợi người tiêu dùng', '2023-06-20', 'Quốc hội');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Nhà đi thuê có được đề nghị cấp điện không?', 'Được. Người thuê nhà xuất trình hợp đồng thuê nhà để đề nghị cấp điện. Trường hợp chủ nhà đứng tên hợp đồng mua bán điện, người thuê nhà để ở (sinh viên, người lao động) có thể đăng ký định mức sử dụng điện theo số người để được tính giá điện sinh hoạt bậc thang.'),
  (@p, 2, 'Chi phí lắp công tơ do ai chịu?', 'Đơn vị điện lực đầu tư công tơ và đường dây dẫn điện đến công tơ; khách hàng chịu chi phí đường dây và thiết bị điện phía sau công tơ.'),
  (@p, 3, 'Theo dõi tiến độ cấp điện ở đâu?', 'Tra cứu bằng mã yêu cầu trên Cổng Dịch vụ công quốc gia hoặc trang chăm sóc khách hàng của Tổng công ty Điện lực; đơn vị điện lực cũng thông báo tiến độ qua tin nhắn hoặc thư điện tử đã đăng ký.');

-- ------------------------------------------------------------------------------------------------
-- 3.000002 Cấp điện mới từ lưới điện trung áp
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical,
  summary, steps, applicants, conditions, result, popularity, folded_name, search_text) VALUES (
  '3.000002', 'Cấp điện mới từ lưới điện trung áp', @evn, @f_dien_moi, 'province', 'business', 'full', 0,
  'Tổ chức, doanh nghiệp có nhu cầu sử dụng công suất lớn đề nghị đấu nối trạm biến áp chuyên dùng vào lưới điện trung áp (trên 1 kV đến 35 kV). Đơn vị điện lực thỏa thuận đấu nối, nghiệm thu, đóng điện và ký hợp đồng mua bán điện.',
  'Khách hàng gửi đề nghị cấp điện trung áp kèm hồ sơ trên Cổng Dịch vụ công quốc gia hoặc cổng dịch vụ của Tổng công ty Điện lực, hoặc tại phòng giao dịch của đơn vị điện lực.\nĐơn vị điện lực khảo sát, thống nhất phương án và ký thỏa thuận đấu nối với khách hàng.\nKhách hàng tự lựa chọn đơn vị thiết kế, thi công công trình điện (đường dây, trạm biến áp) theo thỏa thuận đấu nối.\nKhách hàng gửi đề nghị nghiệm thu, đóng điện kèm hồ sơ hoàn công và biên bản thí nghiệm thiết bị.\nĐơn vị điện lực nghiệm thu, lắp đặt hệ thống đo đếm, đóng điện và ký hợp đồng mua bán điện.',
  'Cơ quan, tổ chức, doanh nghiệp, hộ kinh doanh có nhu cầu mua điện qua trạm biến áp chuyên dùng đấu nối vào lưới điện trung áp.',
  'Có giấy tờ chứng minh quyền sử dụng hợp pháp địa điểm đặt công trình điện và địa điểm sử dụng điện.\nCông trình điện của khách hàng được thiết kế, thi công, thí nghiệm đạt quy chuẩn kỹ thuật và phù hợp thỏa thuận đấu nối.\nĐã hoàn thành các thủ tục về quy hoạch, xây dựng, cấp phép thi công có liên quan theo quy định (nếu có).',
  'Thỏa thuận đấu nối; biên bản nghiệm thu, đóng điện; hợp đồng mua bán điện được ký kết.',
  44184, '', '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Cấp điện qua trạm biến áp chuyên dùng của khách hàng');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Giấy đề nghị đấu nối và mua điện (theo mẫu của đơn vị điện lực)', '', 1, 0, 1),
  (@c, 2, 'Giấy chứng nhận đăng ký doanh nghiệp hoặc quyết định thành lập tổ chức', '', 0, 1, 1),
  (@c, 3, 'Giấy tờ chứng minh quyền sử dụng hợp pháp địa điểm sử dụng điện', '', 0, 1, 1),
  (@c, 4, 'Danh mục thiết bị sử dụng điện, công suất đăng ký và biểu đồ phụ tải dự kiến', '', 1, 0, 1),
  (@c, 5, 'Hồ sơ thiết kế công trình điện; hồ sơ hoàn công và biên bản thí nghiệm thiết bị (nộp khi đề nghị nghiệm thu, đóng điện)', '', 1, 0, 1);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'online', 'Thỏa thuận đấu nối không quá 02 ngày làm việc; nghiệm thu, đóng điện không quá 02 ngày làm việc kể từ khi nhận đủ hồ sơ đề nghị (theo cam kết dịch vụ của ngành Điện, không tính thời gian khách hàng thiết kế, thi công công trình điện)', 4, 0, 'Không thu phí dịch vụ cấp điện; khách hàng tự đầu tư công trình điện từ điểm đấu nối đến trạm biến áp và thiết bị sau trạm', ''),
  (@p, 'in_person', 'Thỏa thuận đấu nối không quá 02 ngày làm việc; nghiệm thu, đóng điện không quá 02 ngày làm việc kể từ khi nhận đủ hồ sơ đề nghị (theo cam kết dịch vụ của ngành Điện, không tính thời gian khách hàng thiết kế, thi công công trình điện)', 4, 0, 'Không thu phí dịch vụ cấp điện; khách hàng tự đầu tư công trình điện từ điểm đấu nối đến trạm biến áp và thiết bị sau trạm', '');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '61/2024/QH15', 'Luật Điện lực', '2024-11-30', 'Quốc hội'),
  (@p, 2, '50/2014/QH13', 'Luật Xây dựng', '2014-06-18', 'Quốc hội');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Khi nào nên đề nghị cấp điện trung áp thay vì hạ áp?', 'Khi công suất sử dụng lớn mà lưới điện hạ áp khu vực không đáp ứng. Khách hàng đầu tư trạm biến áp chuyên dùng, mua điện ở cấp điện áp trung áp và được áp giá bán điện theo cấp điện áp này.'),
  (@p, 2, 'Khách hàng có được tự chọn đơn vị thiết kế, thi công trạm biến áp không?', 'Có. Khách hàng tự lựa chọn đơn vị tư vấn thiết kế, thi công có đủ năng lực theo quy định; đơn vị điện lực không chỉ định nhà thầu.');

-- ------------------------------------------------------------------------------------------------
-- 3.000199 Thanh toán tiền điện
-- Code: chosen for the demo in the national format; it is not in the portal's published list (where
-- 3.000120 is a State Treasury procedure), so importing that list never overwrites this row.
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical,
  summary, steps, applicants, conditions, result, popularity, folded_name, search_text) VALUES (
  '3.000199', 'Thanh toán tiền điện', @evn, @f_hdmbd, 'province', 'citizen,business', 'full', 0,
  'Thanh toán hóa đơn tiền điện trực tuyến trên Cổng Dịch vụ công quốc gia bằng tài khoản ngân hàng, thẻ hoặc ví điện tử, không phải đến điểm thu. Chỉ cần mã khách hàng in trên hóa đơn tiền điện.',
  'Đăng nhập Cổng Dịch vụ công quốc gia, chọn chức năng Thanh toán trực tuyến, mục Thanh toán tiền điện.\nNhập mã khách hàng sử dụng điện; hệ thống hiển thị tên khách hàng, kỳ hóa đơn và số tiền phải thanh toán.\nChọn ngân hàng hoặc tổ chức trung gian thanh toán, xác nhận giao dịch bằng mã xác thực.\nNhận thông báo thanh toán thành công; hóa đơn điện tử được gửi qua thư điện tử hoặc tra cứu trên trang chăm sóc khách hàng của Tổng công ty Điện lực.',
  'Khách hàng sử dụng điện hoặc người thanh toán thay cho khách hàng.',
  'Có tài khoản trên Cổng Dịch vụ công quốc gia.\nCó tài khoản ngân hàng, thẻ hoặc ví điện tử được hỗ trợ trên nền tảng thanh toán của Cổng Dịch vụ công quốc gia.',
  'Hóa đơn tiền điện được ghi nhận đã thanh toán; biên nhận thanh toán điện tử.',
  98000, '', '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Thanh toán hóa đơn tiền điện trực tuyến');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Mã khách hàng sử dụng điện (in trên hóa đơn hoặc thông báo tiền điện)', '', 0, 0, 1);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'online', 'Ngay khi giao dịch thanh toán thành công', NULL, 0, 'Không thu phí dịch vụ thanh toán trên Cổng Dịch vụ công quốc gia', 'Giao dịch thực hiện được cả ngoài giờ hành chính và ngày nghỉ.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '61/2024/QH15', 'Luật Điện lực', '2024-11-30', 'Quốc hội'),
  (@p, 2, '20/2023/QH15', 'Luật Giao dịch điện tử', '2023-06-22', 'Quốc hội'),
  (@p, 3, '52/2024/NĐ-CP', 'Nghị định quy định về thanh toán không dùng tiền mặt', '2024-05-15', 'Chính phủ');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Có thể thanh toán tiền điện thay cho người thân không?', 'Được. Chỉ cần nhập đúng mã khách hàng của hợp đồng mua bán điện cần thanh toán; hệ thống hiển thị tên khách hàng để kiểm tra trước khi xác nhận.'),
  (@p, 2, 'Tài khoản đã bị trừ tiền nhưng hóa đơn vẫn báo chưa thanh toán thì làm gì?', 'Giữ lại mã giao dịch, liên hệ tổng đài chăm sóc khách hàng của Tổng công ty Điện lực hoặc ngân hàng để đối soát. Giao dịch lỗi được hoàn tiền theo quy định của ngân hàng, tổ chức trung gian thanh toán.');

-- ------------------------------------------------------------------------------------------------
-- 1.002759 Cấp lại, đổi, điều chỉnh thông tin trên sổ BHXH, thẻ BHYT
-- Code: the real procedure under which the portal handles a lost health-insurance card (case 1); its official name is broader.
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical,
  summary, steps, applicants, conditions, result, popularity, folded_name, search_text) VALUES (
  '1.002759', 'Cấp lại, đổi, điều chỉnh thông tin trên sổ BHXH, thẻ BHYT', @bhxh, @f_bhxh, 'province', 'citizen', 'full', 1,
  'Cấp lại thẻ bảo hiểm y tế bị mất, hỏng; đổi thẻ hoặc điều chỉnh thông tin (họ tên, ngày sinh, nơi đăng ký khám bệnh, chữa bệnh ban đầu…) trên sổ bảo hiểm xã hội, thẻ bảo hiểm y tế. Có thể đề nghị trực tuyến trên Cổng Dịch vụ công quốc gia hoặc ứng dụng VssID; thẻ bảo hiểm y tế điện tử trên VssID, VNeID được dùng khi khám, chữa bệnh.',
  'Lập tờ khai và nộp trực tuyến trên Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công của Bảo hiểm xã hội Việt Nam, ứng dụng VssID; hoặc nộp trực tiếp, qua bưu chính tại cơ quan bảo hiểm xã hội nơi cư trú hoặc qua đơn vị sử dụng lao động.\nCơ quan bảo hiểm xã hội tiếp nhận, kiểm tra thông tin với cơ sở dữ liệu về bảo hiểm và Cơ sở dữ liệu quốc gia về dân cư.\nCơ quan bảo hiểm xã hội cấp lại, đổi thẻ bảo hiểm y tế hoặc điều chỉnh thông tin trên sổ bảo hiểm xã hội.\nNhận kết quả trực tiếp, qua bưu chính, hoặc sử dụng ngay thẻ bảo hiểm y tế điện tử trên ứng dụng VssID, VNeID.',
  'Người tham gia bảo hiểm xã hội, bảo hiểm y tế có thẻ bảo hiểm y tế bị mất, hỏng hoặc có thông tin cần thay đổi, điều chỉnh.',
  'Người đề nghị đã có mã số bảo hiểm xã hội; thẻ bảo hiểm y tế còn giá trị sử dụng đối với trường hợp cấp lại, đổi thẻ.\nThông tin đề nghị điều chỉnh phù hợp với Cơ sở dữ liệu quốc gia về dân cư hoặc giấy tờ hợp pháp chứng minh.',
  'Thẻ bảo hiểm y tế được cấp lại, đổi; sổ bảo hiểm xã hội được điều chỉnh thông tin.',
  1044019, '', '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Cấp lại thẻ bảo hiểm y tế do bị mất, hỏng (không thay đổi thông tin)');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế', 'Mẫu TK1-TS', 1, 0, 1),
  (@c, 2, 'Thẻ bảo hiểm y tế bị hỏng (nộp lại, trường hợp thẻ bị hỏng)', '', 1, 0, 0);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Đổi thẻ bảo hiểm y tế, điều chỉnh thông tin do thay đổi họ tên, ngày sinh, giới tính, nơi đăng ký khám bệnh, chữa bệnh ban đầu');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế', 'Mẫu TK1-TS', 1, 0, 1),
  (@c, 2, 'Giấy tờ chứng minh thông tin thay đổi, trường hợp thông tin chưa được cập nhật trong Cơ sở dữ liệu quốc gia về dân cư', '', 0, 1, 0);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', 'Không quá 07 ngày làm việc kể từ ngày nhận đủ hồ sơ; trong thời gian chờ cấp lại, đổi thẻ, người tham gia vẫn được hưởng quyền lợi bảo hiểm y tế', 7, 0, 'Không thu phí', 'Nộp tại cơ quan bảo hiểm xã hội nơi cư trú hoặc qua đơn vị sử dụng lao động.'),
  (@p, 'online', 'Không quá 07 ngày làm việc kể từ ngày nhận đủ hồ sơ; trong thời gian chờ cấp lại, đổi thẻ, người tham gia vẫn được hưởng quyền lợi bảo hiểm y tế', 7, 0, 'Không thu phí', 'Nộp trên Cổng Dịch vụ công quốc gia hoặc ứng dụng VssID.'),
  (@p, 'post', 'Không quá 07 ngày làm việc kể từ ngày nhận đủ hồ sơ; trong thời gian chờ cấp lại, đổi thẻ, người tham gia vẫn được hưởng quyền lợi bảo hiểm y tế', 7, 0, 'Không thu phí', '');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '25/2008/QH12', 'Luật Bảo hiểm y tế', '2008-11-14', 'Quốc hội'),
  (@p, 2, '46/2014/QH13', 'Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế', '2014-06-13', 'Quốc hội'),
  (@p, 3, '51/2024/QH15', 'Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế', '2024-11-27', 'Quốc hội'),
  (@p, 4, '595/QĐ-BHXH', 'Quyết định ban hành Quy trình thu bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp, bảo hiểm tai nạn lao động, bệnh nghề nghiệp; quản lý sổ bảo hiểm xã hội, thẻ bảo hiểm y tế', '2017-04-14', 'Bảo hiểm xã hội Việt Nam');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Mất thẻ bảo hiểm y tế có phải chờ cấp lại mới đi khám bệnh được không?', 'Không. Người tham gia dùng thẻ bảo hiểm y tế điện tử trên ứng dụng VssID hoặc VNeID, hoặc xuất trình thẻ căn cước gắn chip để cơ sở khám bệnh, chữa bệnh tra cứu thông tin thẻ. Trong thời gian chờ cấp lại thẻ, quyền lợi bảo hiểm y tế vẫn được bảo đảm.'),
  (@p, 2, 'Muốn đổi nơi đăng ký khám bệnh, chữa bệnh ban đầu thì làm khi nào?', 'Người tham gia được thay đổi cơ sở đăng ký khám bệnh, chữa bệnh bảo hiểm y tế ban đầu vào tháng đầu của mỗi quý; có thể đề nghị trực tuyến trên ứng dụng VssID hoặc Cổng Dịch vụ công quốc gia.'),
  (@p, 3, 'Cấp lại thẻ bảo hiểm y tế có mất phí không?', 'Không. Cơ quan bảo hiểm xã hội không thu phí khi cấp lại, đổi thẻ bảo hiểm y tế.');

-- ------------------------------------------------------------------------------------------------
-- 3.000348 Cấp lại giấy phép lái xe
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical,
  summary, steps, applicants, conditions, result, popularity, folded_name, search_text) VALUES (
  '3.000348', 'Cấp lại giấy phép lái xe', @csgt, @f_gplx, 'central,province', 'citizen', 'full', 1,
  'Cấp lại giấy phép lái xe cho người bị mất giấy phép lái xe, hoặc người có giấy phép lái xe quá thời hạn sử dụng đã dự sát hạch lại đạt yêu cầu. Giấy phép cấp lại giữ nguyên hạng và số điểm của giấy phép trước đó.',
  'Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia, ứng dụng VNeID hoặc nộp trực tiếp tại Phòng Cảnh sát giao thông Công an cấp tỉnh.\nCơ quan tiếp nhận tra cứu dữ liệu giấy phép lái xe, kiểm tra giấy phép không bị tạm giữ, tước quyền sử dụng hoặc thu hồi.\nTrường hợp giấy phép lái xe quá thời hạn phải sát hạch lại, người đề nghị dự sát hạch theo lịch được thông báo.\nNộp lệ phí cấp giấy phép lái xe (và phí sát hạch nếu phải sát hạch lại).\nNhận giấy phép lái xe trực tiếp hoặc qua dịch vụ bưu chính công ích.',
  'Người đã được cấp giấy phép lái xe tại Việt Nam bị mất giấy phép hoặc có giấy phép quá thời hạn sử dụng.',
  'Giấy phép lái xe bị mất có trong hệ thống quản lý giấy phép lái xe và không thuộc trường hợp đang bị tạm giữ, bị tước quyền sử dụng hoặc bị thu hồi.\nNgười có giấy phép lái xe quá thời hạn sử dụng phải dự sát hạch lại theo quy định của Bộ Công an và đạt yêu cầu.\nNgười đề nghị cấp lại giấy phép lái xe hạng B trở lên phải có giấy khám sức khỏe của người lái xe còn giá trị sử dụng.',
  'Giấy phép lái xe được cấp lại, giữ nguyên hạng và số điểm của giấy phép lái xe trước khi cấp lại.',
  53292, '', '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Cấp lại giấy phép lái xe bị mất');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Đơn đề nghị đổi, cấp lại giấy phép lái xe (theo mẫu ban hành kèm Thông tư số 12/2025/TT-BCA)', '', 1, 0, 1),
  (@c, 2, 'Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp, đối với giấy phép lái xe hạng B trở lên (không phải nộp nếu dữ liệu giấy khám sức khỏe đã được liên thông điện tử)', '', 1, 0, 0),
  (@c, 3, 'Thẻ căn cước hoặc thẻ căn cước công dân còn giá trị sử dụng (xuất trình khi nộp trực tiếp)', '', 1, 0, 1);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Cấp lại giấy phép lái xe quá thời hạn sử dụng, phải sát hạch lại');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Đơn đề nghị đổi, cấp lại giấy phép lái xe (theo mẫu ban hành kèm Thông tư số 12/2025/TT-BCA)', '', 1, 0, 1),
  (@c, 2, 'Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp, đối với giấy phép lái xe hạng B trở lên', '', 1, 0, 0),
  (@c, 3, 'Thẻ căn cước hoặc thẻ căn cước công dân còn giá trị sử dụng (xuất trình khi nộp trực tiếp)', '', 1, 0, 1);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', 'Không quá 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp phải sát hạch lại, tính từ ngày có kết quả sát hạch đạt yêu cầu', 5, 135000, 'Lệ phí: 135.000 đồng/lần cấp; trường hợp sát hạch lại nộp thêm phí sát hạch lái xe theo Thông tư số 37/2023/TT-BTC', 'Nộp tại Phòng Cảnh sát giao thông Công an cấp tỉnh.'),
  (@p, 'online', 'Không quá 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp phải sát hạch lại, tính từ ngày có kết quả sát hạch đạt yêu cầu', 5, 135000, 'Lệ phí: 135.000 đồng/lần cấp. Từ ngày 01/12/2023 đến hết ngày 31/12/2025, hồ sơ đổi, cấp lại giấy phép lái xe nộp trực tuyến áp dụng mức 115.000 đồng/lần cấp theo Thông tư số 63/2023/TT-BTC; trường hợp sát hạch lại nộp thêm phí sát hạch lái xe', 'Kết quả trả qua bưu chính công ích hoặc nhận trực tiếp theo đăng ký.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '36/2024/QH15', 'Luật Trật tự, an toàn giao thông đường bộ', '2024-06-27', 'Quốc hội'),
  (@p, 2, '12/2025/TT-BCA', 'Thông tư quy định về sát hạch, cấp giấy phép lái xe; cấp, sử dụng giấy phép lái xe quốc tế', '2025-02-28', 'Bộ Công an'),
  (@p, 3, '37/2023/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí sát hạch lái xe; lệ phí cấp bằng, chứng chỉ hoạt động trên các phương tiện và lệ phí đăng ký, cấp biển xe máy chuyên dùng', '2023-06-07', 'Bộ Tài chính');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Mất giấy phép lái xe có cần giấy trình báo mất của Công an không?', 'Không bắt buộc. Người đề nghị kê khai việc mất giấy phép trong đơn; cơ quan Công an tra cứu dữ liệu để kiểm tra giấy phép không bị tạm giữ, tước quyền sử dụng hoặc thu hồi trước khi cấp lại.'),
  (@p, 2, 'Đã tích hợp giấy phép lái xe trên VNeID, mất bản giấy có cần cấp lại không?', 'Khi tham gia giao thông, người lái xe có thể xuất trình thông tin giấy phép lái xe đã tích hợp trên ứng dụng VNeID thay cho bản giấy. Nếu cần bản giấy, chẳng hạn để đi nước ngoài hoặc đề nghị cấp giấy phép lái xe quốc tế, thì làm thủ tục cấp lại.'),
  (@p, 3, 'Giấy phép lái xe cấp lại có giữ nguyên số điểm không?', 'Có. Theo Luật Trật tự, an toàn giao thông đường bộ, giấy phép lái xe sau khi đổi, cấp lại được giữ nguyên số điểm của giấy phép lái xe trước đó.');

-- ------------------------------------------------------------------------------------------------
-- 3.000099 Thay đổi chủ thể hợp đồng mua bán điện
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical,
  summary, steps, applicants, conditions, result, popularity, folded_name, search_text) VALUES (
  '3.000099', 'Thay đổi chủ thể hợp đồng mua bán điện', @evn, @f_hdmbd, 'province', 'citizen,business', 'full', 0,
  'Khi nhà, đất hoặc cơ sở sử dụng điện chuyển sang chủ mới (mua bán, thừa kế, tặng cho, thay đổi người thuê…), chủ thể mới đề nghị đơn vị điện lực ký hợp đồng mua bán điện đứng tên mình. Có thể đề nghị trực tuyến và ký hợp đồng điện tử.',
  'Chủ thể mới gửi yêu cầu trên Cổng Dịch vụ công quốc gia, trang chăm sóc khách hàng hoặc ứng dụng của Tổng công ty Điện lực, hoặc tại phòng giao dịch của đơn vị điện lực.\nĐơn vị điện lực kiểm tra hồ sơ, chỉ số công tơ và tình hình thanh toán tiền điện của hợp đồng cũ.\nChốt chỉ số công tơ, thanh lý hợp đồng cũ và ký hợp đồng mua bán điện mới với chủ thể mới (hợp đồng điện tử hoặc hợp đồng giấy).',
  'Cá nhân, hộ gia đình, tổ chức trở thành chủ sở hữu hoặc người sử dụng hợp pháp nhà, đất, cơ sở đang có hợp đồng mua bán điện.',
  'Có giấy tờ chứng minh quyền sở hữu hoặc quyền sử dụng hợp pháp địa điểm sử dụng điện của chủ thể mới.\nTiền điện của hợp đồng cũ đã được thanh toán đến thời điểm chốt chỉ số công tơ, hoặc các bên có thỏa thuận về trách nhiệm thanh toán.',
  'Hợp đồng mua bán điện đứng tên chủ thể mới.',
  614943, '', '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Khách hàng mua điện cho mục đích sinh hoạt');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Giấy đề nghị thay đổi chủ thể hợp đồng mua bán điện (theo mẫu của đơn vị điện lực)', '', 1, 0, 1),
  (@c, 2, 'Giấy tờ tùy thân của chủ thể mới (không phải nộp khi đăng nhập bằng tài khoản định danh điện tử)', '', 0, 1, 1),
  (@c, 3, 'Giấy tờ chứng minh quyền sở hữu, quyền sử dụng hợp pháp của chủ thể mới: giấy chứng nhận quyền sử dụng đất, hợp đồng mua bán, văn bản thừa kế, tặng cho hoặc hợp đồng thuê nhà', '', 0, 1, 1);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Khách hàng mua điện ngoài mục đích sinh hoạt');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Giấy đề nghị thay đổi chủ thể hợp đồng mua bán điện (theo mẫu của đơn vị điện lực)', '', 1, 0, 1),
  (@c, 2, 'Giấy chứng nhận đăng ký doanh nghiệp, giấy chứng nhận đăng ký hộ kinh doanh hoặc quyết định thành lập', '', 0, 1, 1),
  (@c, 3, 'Giấy tờ chứng minh quyền sở hữu, quyền sử dụng hợp pháp địa điểm sử dụng điện', '', 0, 1, 1),
  (@c, 4, 'Giấy ủy quyền, trường hợp người ký hợp đồng không phải người đại diện theo pháp luật', '', 1, 0, 0);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'online', 'Không quá 03 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ', 3, 0, 'Không thu phí', ''),
  (@p, 'in_person', 'Không quá 03 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ', 3, 0, 'Không thu phí', 'Nộp tại phòng giao dịch của đơn vị điện lực nơi sử dụng điện.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '61/2024/QH15', 'Luật Điện lực', '2024-11-30', 'Quốc hội'),
  (@p, 2, '91/2015/QH13', 'Bộ luật Dân sự', '2015-11-24', 'Quốc hội');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Mua nhà cũ nhưng chủ cũ còn nợ tiền điện thì sao?', 'Khi làm thủ tục, đơn vị điện lực chốt chỉ số công tơ và xác định số tiền điện còn nợ. Người mua nên thỏa thuận để chủ cũ thanh toán dứt điểm trước khi ký hợp đồng mới nhằm tránh tranh chấp.'),
  (@p, 2, 'Không đổi tên hợp đồng mua bán điện có ảnh hưởng gì?', 'Hóa đơn tiền điện vẫn đứng tên chủ cũ, gây khó khăn khi cần đăng ký định mức sử dụng điện, thay đổi công suất, giải quyết sự cố hoặc khiếu nại. Nên làm thủ tục ngay khi có giấy tờ chuyển quyền.');

-- ------------------------------------------------------------------------------------------------
-- 1.001612 Đăng ký thành lập hộ kinh doanh
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical,
  summary, steps, applicants, conditions, result, popularity, folded_name, search_text) VALUES (
  '1.001612', 'Đăng ký thành lập hộ kinh doanh', @btc, @f_hkd, 'commune', 'citizen', 'full', 0,
  'Cá nhân hoặc các thành viên hộ gia đình đăng ký thành lập hộ kinh doanh tại cơ quan đăng ký kinh doanh cấp xã (Phòng Kinh tế hoặc Phòng Kinh tế, Hạ tầng và Đô thị thuộc Ủy ban nhân dân cấp xã) nơi đặt địa điểm kinh doanh. Kết quả là Giấy chứng nhận đăng ký hộ kinh doanh.',
  'Người thành lập hộ kinh doanh hoặc người được ủy quyền nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia, Cổng dịch vụ công cấp tỉnh; hoặc nộp trực tiếp, qua bưu chính tại Bộ phận một cửa của Ủy ban nhân dân cấp xã nơi đặt địa điểm kinh doanh.\nCơ quan đăng ký kinh doanh cấp xã kiểm tra tính hợp lệ của hồ sơ, tên hộ kinh doanh và ngành, nghề đăng ký.\nHồ sơ hợp lệ thì cấp Giấy chứng nhận đăng ký hộ kinh doanh; hồ sơ chưa hợp lệ thì thông báo bằng văn bản nội dung cần sửa đổi, bổ sung.\nThông tin đăng ký hộ kinh doanh được chia sẻ với cơ quan thuế để quản lý thuế theo quy định.',
  'Cá nhân, thành viên hộ gia đình là công dân Việt Nam có năng lực hành vi dân sự đầy đủ.',
  'Ngành, nghề đăng ký kinh doanh không thuộc danh mục ngành, nghề cấm đầu tư kinh doanh.\nTên hộ kinh doanh gồm cụm từ "Hộ kinh doanh" và tên riêng, không sử dụng từ ngữ, ký hiệu vi phạm truyền thống lịch sử, văn hóa, đạo đức và thuần phong mỹ tục của dân tộc.\nMỗi cá nhân, thành viên hộ gia đình chỉ được đăng ký một hộ kinh doanh trong phạm vi toàn quốc.\nNộp đủ lệ phí đăng ký hộ kinh doanh theo quy định.',
  'Giấy chứng nhận đăng ký hộ kinh doanh.',
  2171391, '', '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Cá nhân đăng ký thành lập hộ kinh doanh');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Giấy đề nghị đăng ký hộ kinh doanh (theo mẫu)', '', 1, 0, 1),
  (@c, 2, 'Bản sao giấy tờ pháp lý của cá nhân, trường hợp thông tin chưa được xác thực qua Cơ sở dữ liệu quốc gia về dân cư', '', 0, 1, 0),
  (@c, 3, 'Văn bản ủy quyền cho người nộp hồ sơ, trường hợp ủy quyền thực hiện thủ tục', '', 1, 0, 0);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Các thành viên hộ gia đình đăng ký thành lập hộ kinh doanh');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Giấy đề nghị đăng ký hộ kinh doanh (theo mẫu)', '', 1, 0, 1),
  (@c, 2, 'Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh', '', 0, 1, 1),
  (@c, 3, 'Văn bản ủy quyền của các thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh', '', 0, 1, 1),
  (@c, 4, 'Bản sao giấy tờ pháp lý của cá nhân, trường hợp thông tin chưa được xác thực qua Cơ sở dữ liệu quốc gia về dân cư', '', 0, 1, 0),
  (@c, 5, 'Văn bản ủy quyền cho người nộp hồ sơ, trường hợp ủy quyền thực hiện thủ tục', '', 1, 0, 0);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 3, 100000, 'Lệ phí đăng ký hộ kinh doanh theo mức do Hội đồng nhân dân cấp tỉnh quy định (phổ biến 100.000 đồng/lần)', ''),
  (@p, 'online', '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 3, 100000, 'Lệ phí đăng ký hộ kinh doanh theo mức do Hội đồng nhân dân cấp tỉnh quy định (phổ biến 100.000 đồng/lần); một số địa phương miễn hoặc giảm khi nộp trực tuyến', ''),
  (@p, 'post', '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 3, 100000, 'Lệ phí đăng ký hộ kinh doanh theo mức do Hội đồng nhân dân cấp tỉnh quy định (phổ biến 100.000 đồng/lần)', '');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '59/2020/QH14', 'Luật Doanh nghiệp', '2020-06-17', 'Quốc hội'),
  (@p, 2, '168/2025/NĐ-CP', 'Nghị định về đăng ký doanh nghiệp', '2025-06-30', 'Chính phủ'),
  (@p, 3, '85/2019/TT-BTC', 'Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc trung ương', '2019-11-29', 'Bộ Tài chính');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Những trường hợp nào không phải đăng ký hộ kinh doanh?', 'Hộ gia đình sản xuất nông, lâm, ngư nghiệp, làm muối và người bán hàng rong, quà vặt, buôn chuyến, kinh doanh lưu động, kinh doanh thời vụ, làm dịch vụ có thu nhập thấp không phải đăng ký hộ kinh doanh, trừ trường hợp kinh doanh ngành, nghề có điều kiện. Mức thu nhập thấp do Ủy ban nhân dân cấp tỉnh quy định.'),
  (@p, 2, 'Hộ kinh doanh có thể chuyển thành doanh nghiệp không?', 'Có. Hộ kinh doanh có thể đăng ký thành lập doanh nghiệp trên cơ sở chuyển đổi từ hộ kinh doanh theo Luật Doanh nghiệp; sau khi doanh nghiệp được cấp Giấy chứng nhận đăng ký doanh nghiệp, hộ kinh doanh chấm dứt hoạt động.'),
  (@p, 3, 'Sau khi được cấp giấy chứng nhận, hộ kinh doanh cần làm gì về thuế?', 'Thông tin đăng ký hộ kinh doanh được chia sẻ với cơ quan thuế. Hộ kinh doanh liên hệ cơ quan thuế quản lý để được hướng dẫn khai thuế, nộp thuế và sử dụng hóa đơn theo quy định hiện hành.');

-- ------------------------------------------------------------------------------------------------
-- 2.001610 Đăng ký thành lập doanh nghiệp tư nhân
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical,
  summary, steps, applicants, conditions, result, popularity, folded_name, search_text) VALUES (
  '2.001610', 'Đăng ký thành lập doanh nghiệp tư nhân', @btc, @f_dn, 'province', 'citizen,business', 'full', 0,
  'Cá nhân đăng ký thành lập doanh nghiệp tư nhân, loại hình doanh nghiệp do một cá nhân làm chủ và tự chịu trách nhiệm bằng toàn bộ tài sản của mình. Hồ sơ nộp tại Phòng Đăng ký kinh doanh thuộc Sở Tài chính nơi doanh nghiệp đặt trụ sở chính, khuyến khích nộp trực tuyến.',
  'Người thành lập doanh nghiệp hoặc người được ủy quyền kê khai, nộp hồ sơ trực tuyến trên Cổng thông tin quốc gia về đăng ký doanh nghiệp hoặc Cổng Dịch vụ công quốc gia (xác thực bằng tài khoản định danh điện tử mức độ 2 hoặc chữ ký số); hoặc nộp trực tiếp, qua bưu chính tại Phòng Đăng ký kinh doanh thuộc Sở Tài chính nơi doanh nghiệp đặt trụ sở chính.\nPhòng Đăng ký kinh doanh kiểm tra tính hợp lệ của hồ sơ, tên doanh nghiệp và ngành, nghề kinh doanh.\nHồ sơ hợp lệ thì cấp Giấy chứng nhận đăng ký doanh nghiệp (mã số doanh nghiệp đồng thời là mã số thuế); hồ sơ chưa hợp lệ thì thông báo bằng văn bản nội dung cần sửa đổi, bổ sung.\nNội dung đăng ký doanh nghiệp được công bố trên Cổng thông tin quốc gia về đăng ký doanh nghiệp.',
  'Cá nhân là công dân Việt Nam hoặc người nước ngoài không thuộc đối tượng bị cấm thành lập, quản lý doanh nghiệp theo Luật Doanh nghiệp.',
  'Mỗi cá nhân chỉ được quyền thành lập một doanh nghiệp tư nhân; chủ doanh nghiệp tư nhân không đồng thời là chủ hộ kinh doanh, thành viên hợp danh của công ty hợp danh.\nNgành, nghề đăng ký kinh doanh không bị cấm đầu tư kinh doanh.\nTên doanh nghiệp không trùng hoặc gây nhầm lẫn với tên doanh nghiệp đã đăng ký.\nHồ sơ hợp lệ và nộp đủ lệ phí đăng ký doanh nghiệp theo quy định.',
  'Giấy chứng nhận đăng ký doanh nghiệp.',
  325439, '', '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Đăng ký thành lập doanh nghiệp tư nhân');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Giấy đề nghị đăng ký doanh nghiệp (theo mẫu)', '', 1, 0, 1),
  (@c, 2, 'Bản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân, trường hợp thông tin chưa được xác thực qua Cơ sở dữ liệu quốc gia về dân cư', '', 0, 1, 0),
  (@c, 3, 'Văn bản ủy quyền cho người nộp hồ sơ, trường hợp ủy quyền thực hiện thủ tục', '', 1, 0, 0);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 3, 125000, 'Lệ phí đăng ký doanh nghiệp: 50.000 đồng/lần, từ ngày 01/7/2025 đến hết ngày 31/12/2026 thu bằng 50% (25.000 đồng/lần) theo Thông tư số 64/2025/TT-BTC; phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng/lần', ''),
  (@p, 'online', '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 3, 100000, 'Miễn lệ phí đăng ký doanh nghiệp khi nộp hồ sơ qua mạng thông tin điện tử; phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng/lần', ''),
  (@p, 'post', '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 3, 125000, 'Lệ phí đăng ký doanh nghiệp: 50.000 đồng/lần, từ ngày 01/7/2025 đến hết ngày 31/12/2026 thu bằng 50% (25.000 đồng/lần) theo Thông tư số 64/2025/TT-BTC; phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng/lần', '');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '59/2020/QH14', 'Luật Doanh nghiệp', '2020-06-17', 'Quốc hội'),
  (@p, 2, '168/2025/NĐ-CP', 'Nghị định về đăng ký doanh nghiệp', '2025-06-30', 'Chính phủ'),
  (@p, 3, '47/2019/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin doanh nghiệp, lệ phí đăng ký doanh nghiệp', '2019-08-05', 'Bộ Tài chính'),
  (@p, 4, '64/2025/TT-BTC', 'Thông tư quy định mức thu một số khoản phí, lệ phí được giảm để hỗ trợ người dân, doanh nghiệp, áp dụng từ ngày 01/7/2025 đến hết ngày 31/12/2026', '2025-06-30', 'Bộ Tài chính');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Doanh nghiệp tư nhân có được góp vốn, mua cổ phần của công ty khác không?', 'Không. Theo Luật Doanh nghiệp, doanh nghiệp tư nhân không được quyền góp vốn thành lập hoặc mua cổ phần, phần vốn góp trong công ty hợp danh, công ty trách nhiệm hữu hạn hoặc công ty cổ phần.'),
  (@p, 2, 'Doanh nghiệp tư nhân có tư cách pháp nhân không?', 'Không. Doanh nghiệp tư nhân không có tư cách pháp nhân, không được phát hành bất kỳ loại chứng khoán nào; chủ doanh nghiệp chịu trách nhiệm bằng toàn bộ tài sản của mình về mọi hoạt động của doanh nghiệp.'),
  (@p, 3, 'Nộp hồ sơ trực tuyến cần chuẩn bị gì?', 'Tài khoản định danh điện tử mức độ 2 (VNeID) của người nộp hồ sơ hoặc chữ ký số, cùng bản quét các giấy tờ trong hồ sơ. Hồ sơ điện tử hợp lệ có giá trị pháp lý như hồ sơ bằng giấy và được miễn lệ phí đăng ký doanh nghiệp.');

-- ------------------------------------------------------------------------------------------------
-- 2.001583 Đăng ký thành lập công ty TNHH một thành viên
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical,
  summary, steps, applicants, conditions, result, popularity, folded_name, search_text) VALUES (
  '2.001583', 'Đăng ký thành lập công ty TNHH một thành viên', @btc, @f_dn, 'province', 'citizen,business', 'full', 0,
  'Cá nhân hoặc tổ chức đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên: công ty do một chủ sở hữu, chịu trách nhiệm về các khoản nợ trong phạm vi vốn điều lệ. Hồ sơ nộp tại Phòng Đăng ký kinh doanh thuộc Sở Tài chính nơi công ty đặt trụ sở chính, khuyến khích nộp trực tuyến.',
  'Người thành lập doanh nghiệp hoặc người được ủy quyền kê khai, nộp hồ sơ trực tuyến trên Cổng thông tin quốc gia về đăng ký doanh nghiệp hoặc Cổng Dịch vụ công quốc gia (xác thực bằng tài khoản định danh điện tử mức độ 2 hoặc chữ ký số); hoặc nộp trực tiếp, qua bưu chính tại Phòng Đăng ký kinh doanh thuộc Sở Tài chính nơi doanh nghiệp đặt trụ sở chính.\nPhòng Đăng ký kinh doanh kiểm tra tính hợp lệ của hồ sơ, tên doanh nghiệp và ngành, nghề kinh doanh.\nHồ sơ hợp lệ thì cấp Giấy chứng nhận đăng ký doanh nghiệp (mã số doanh nghiệp đồng thời là mã số thuế); hồ sơ chưa hợp lệ thì thông báo bằng văn bản nội dung cần sửa đổi, bổ sung.\nNội dung đăng ký doanh nghiệp được công bố trên Cổng thông tin quốc gia về đăng ký doanh nghiệp.',
  'Cá nhân, tổ chức Việt Nam hoặc nước ngoài không thuộc đối tượng bị cấm thành lập, quản lý doanh nghiệp theo Luật Doanh nghiệp.',
  'Ngành, nghề đăng ký kinh doanh không bị cấm đầu tư kinh doanh; khi hoạt động ngành, nghề kinh doanh có điều kiện phải đáp ứng đủ điều kiện theo quy định.\nTên doanh nghiệp không trùng hoặc gây nhầm lẫn với tên doanh nghiệp đã đăng ký.\nChủ sở hữu phải góp đủ vốn điều lệ trong thời hạn 90 ngày kể từ ngày được cấp Giấy chứng nhận đăng ký doanh nghiệp.\nHồ sơ hợp lệ và nộp đủ lệ phí đăng ký doanh nghiệp theo quy định.',
  'Giấy chứng nhận đăng ký doanh nghiệp.',
  157892, '', '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Chủ sở hữu công ty là cá nhân');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Giấy đề nghị đăng ký doanh nghiệp (theo mẫu)', '', 1, 0, 1),
  (@c, 2, 'Điều lệ công ty', '', 1, 0, 1),
  (@c, 3, 'Bản sao giấy tờ pháp lý của cá nhân đối với chủ sở hữu công ty và người đại diện theo pháp luật, trường hợp thông tin chưa được xác thực qua Cơ sở dữ liệu quốc gia về dân cư', '', 0, 1, 0),
  (@c, 4, 'Thông tin về chủ sở hữu hưởng lợi của doanh nghiệp (kê khai theo mẫu, nếu có)', '', 1, 0, 0),
  (@c, 5, 'Văn bản ủy quyền cho người nộp hồ sơ, trường hợp ủy quyền thực hiện thủ tục', '', 1, 0, 0);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Chủ sở hữu công ty là tổ chức');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Giấy đề nghị đăng ký doanh nghiệp (theo mẫu)', '', 1, 0, 1),
  (@c, 2, 'Điều lệ công ty', '', 1, 0, 1),
  (@c, 3, 'Bản sao giấy tờ pháp lý của tổ chức là chủ sở hữu (giấy chứng nhận đăng ký doanh nghiệp, quyết định thành lập hoặc giấy tờ tương đương; giấy tờ của tổ chức nước ngoài phải được hợp pháp hóa lãnh sự)', '', 0, 1, 1),
  (@c, 4, 'Văn bản cử người đại diện theo ủy quyền của chủ sở hữu là tổ chức', '', 1, 0, 1),
  (@c, 5, 'Bản sao Giấy chứng nhận đăng ký đầu tư, đối với nhà đầu tư nước ngoài theo quy định của Luật Đầu tư', '', 0, 1, 0),
  (@c, 6, 'Thông tin về chủ sở hữu hưởng lợi của doanh nghiệp (kê khai theo mẫu, nếu có)', '', 1, 0, 0),
  (@c, 7, 'Văn bản ủy quyền cho người nộp hồ sơ, trường hợp ủy quyền thực hiện thủ tục', '', 1, 0, 0);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 3, 125000, 'Lệ phí đăng ký doanh nghiệp: 50.000 đồng/lần, từ ngày 01/7/2025 đến hết ngày 31/12/2026 thu bằng 50% (25.000 đồng/lần) theo Thông tư số 64/2025/TT-BTC; phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng/lần', ''),
  (@p, 'online', '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 3, 100000, 'Miễn lệ phí đăng ký doanh nghiệp khi nộp hồ sơ qua mạng thông tin điện tử; phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng/lần', ''),
  (@p, 'post', '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 3, 125000, 'Lệ phí đăng ký doanh nghiệp: 50.000 đồng/lần, từ ngày 01/7/2025 đến hết ngày 31/12/2026 thu bằng 50% (25.000 đồng/lần) theo Thông tư số 64/2025/TT-BTC; phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng/lần', '');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '59/2020/QH14', 'Luật Doanh nghiệp', '2020-06-17', 'Quốc hội'),
  (@p, 2, '168/2025/NĐ-CP', 'Nghị định về đăng ký doanh nghiệp', '2025-06-30', 'Chính phủ'),
  (@p, 3, '61/2020/QH14', 'Luật Đầu tư', '2020-06-17', 'Quốc hội'),
  (@p, 4, '47/2019/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin doanh nghiệp, lệ phí đăng ký doanh nghiệp', '2019-08-05', 'Bộ Tài chính');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Vốn điều lệ tối thiểu để thành lập công ty TNHH một thành viên là bao nhiêu?', 'Luật Doanh nghiệp không quy định mức vốn điều lệ tối thiểu, trừ ngành, nghề mà luật chuyên ngành yêu cầu vốn pháp định hoặc ký quỹ. Chủ sở hữu phải góp đủ vốn điều lệ trong thời hạn 90 ngày kể từ ngày được cấp Giấy chứng nhận đăng ký doanh nghiệp.'),
  (@p, 2, 'Sau khi có Giấy chứng nhận đăng ký doanh nghiệp, công ty cần làm gì?', 'Gắn tên doanh nghiệp tại trụ sở; góp đủ vốn điều lệ trong 90 ngày; mở tài khoản ngân hàng; đăng ký phương pháp tính thuế, sử dụng hóa đơn điện tử với cơ quan thuế; đăng ký tham gia bảo hiểm xã hội cho người lao động.'),
  (@p, 3, 'Công ty TNHH một thành viên có được phát hành cổ phần không?', 'Không, trừ trường hợp để chuyển đổi thành công ty cổ phần. Công ty được quyền phát hành trái phiếu theo quy định của pháp luật.');

-- ------------------------------------------------------------------------------------------------
-- 1.008309 Khai quyết toán thuế thu nhập cá nhân đối với tổ chức, cá nhân trả thu nhập từ tiền lương, tiền công
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical,
  summary, steps, applicants, conditions, result, popularity, folded_name, search_text) VALUES (
  '1.008309', 'Khai quyết toán thuế thu nhập cá nhân đối với tổ chức, cá nhân trả thu nhập từ tiền lương, tiền công', @thue, @f_thue, 'province', 'business', 'full', 1,
  'Tổ chức, cá nhân trả thu nhập từ tiền lương, tiền công khai quyết toán số thuế thu nhập cá nhân đã khấu trừ trong năm và quyết toán thay cho người lao động ủy quyền. Hạn nộp là ngày cuối cùng của tháng thứ 3 kể từ khi kết thúc năm dương lịch.',
  'Tổng hợp thu nhập và số thuế đã khấu trừ của người lao động trong năm; nhận văn bản ủy quyền quyết toán của người lao động thuộc diện được ủy quyền.\nLập tờ khai quyết toán và các bảng kê trên phần mềm hỗ trợ kê khai hoặc trực tiếp trên Cổng thông tin điện tử của ngành Thuế.\nKý số và nộp hồ sơ qua Cổng thông tin điện tử của ngành Thuế hoặc tổ chức cung cấp dịch vụ truyền nhận dữ liệu; trường hợp không thuộc diện bắt buộc giao dịch điện tử, có thể nộp trực tiếp hoặc qua bưu chính tại cơ quan thuế quản lý.\nNhận thông báo tiếp nhận và thông báo chấp nhận hồ sơ khai thuế của cơ quan thuế.\nNộp số thuế còn phải nộp (nếu có) hoặc đề nghị hoàn, bù trừ số thuế nộp thừa.',
  'Tổ chức, cá nhân trả thu nhập từ tiền lương, tiền công: doanh nghiệp, cơ quan, đơn vị sự nghiệp, tổ chức khác, hộ kinh doanh và cá nhân có trả lương, tiền công.',
  'Tổ chức, cá nhân trả thu nhập phải khai quyết toán và quyết toán thay cho các cá nhân có ủy quyền, không phân biệt có phát sinh khấu trừ thuế hay không.\nTrường hợp không phát sinh trả thu nhập thì không phải khai quyết toán thuế thu nhập cá nhân.\nTổ chức chia, tách, hợp nhất, sáp nhập, chuyển đổi loại hình, giải thể, chấm dứt hoạt động phải khai quyết toán đến thời điểm xảy ra sự kiện.',
  'Hồ sơ khai quyết toán thuế thu nhập cá nhân được cơ quan thuế tiếp nhận và chấp nhận.',
  759056, '', '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Khai quyết toán thuế năm');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai quyết toán thuế thu nhập cá nhân dành cho tổ chức, cá nhân trả thu nhập từ tiền lương, tiền công', 'Mẫu số 05/QTT-TNCN', 1, 0, 1),
  (@c, 2, 'Bảng kê chi tiết cá nhân thuộc diện tính thuế theo biểu thuế lũy tiến từng phần', 'Mẫu số 05-1/BK-QTT-TNCN', 1, 0, 1),
  (@c, 3, 'Bảng kê chi tiết cá nhân thuộc diện tính thuế theo thuế suất toàn phần', 'Mẫu số 05-2/BK-QTT-TNCN', 1, 0, 0),
  (@c, 4, 'Bảng kê chi tiết người phụ thuộc giảm trừ gia cảnh', 'Mẫu số 05-3/BK-QTT-TNCN', 1, 0, 0);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Khai quyết toán khi chia, tách, hợp nhất, sáp nhập, chuyển đổi loại hình, giải thể, chấm dứt hoạt động');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai quyết toán thuế thu nhập cá nhân dành cho tổ chức, cá nhân trả thu nhập từ tiền lương, tiền công', 'Mẫu số 05/QTT-TNCN', 1, 0, 1),
  (@c, 2, 'Bảng kê chi tiết cá nhân thuộc diện tính thuế theo biểu thuế lũy tiến từng phần', 'Mẫu số 05-1/BK-QTT-TNCN', 1, 0, 1),
  (@c, 3, 'Bảng kê chi tiết cá nhân thuộc diện tính thuế theo thuế suất toàn phần', 'Mẫu số 05-2/BK-QTT-TNCN', 1, 0, 0),
  (@c, 4, 'Bảng kê chi tiết người phụ thuộc giảm trừ gia cảnh', 'Mẫu số 05-3/BK-QTT-TNCN', 1, 0, 0);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'online', 'Hạn nộp chậm nhất ngày cuối cùng của tháng thứ 3 kể từ ngày kết thúc năm dương lịch; khi chia, tách, giải thể, chấm dứt hoạt động: chậm nhất ngày thứ 45 kể từ ngày xảy ra sự kiện. Cơ quan thuế gửi thông báo chấp nhận hồ sơ qua Cổng thông tin điện tử của ngành Thuế', NULL, 0, 'Không thu phí, lệ phí', 'Nộp qua Cổng thông tin điện tử của ngành Thuế hoặc tổ chức cung cấp dịch vụ truyền nhận dữ liệu.'),
  (@p, 'in_person', 'Hạn nộp chậm nhất ngày cuối cùng của tháng thứ 3 kể từ ngày kết thúc năm dương lịch; khi chia, tách, giải thể, chấm dứt hoạt động: chậm nhất ngày thứ 45 kể từ ngày xảy ra sự kiện', NULL, 0, 'Không thu phí, lệ phí', 'Chỉ áp dụng với người nộp thuế không thuộc diện bắt buộc giao dịch điện tử với cơ quan thuế.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '04/2007/QH12', 'Luật Thuế thu nhập cá nhân', '2007-11-21', 'Quốc hội'),
  (@p, 2, '38/2019/QH14', 'Luật Quản lý thuế', '2019-06-13', 'Quốc hội'),
  (@p, 3, '126/2020/NĐ-CP', 'Nghị định quy định chi tiết một số điều của Luật Quản lý thuế', '2020-10-19', 'Chính phủ'),
  (@p, 4, '80/2021/TT-BTC', 'Thông tư hướng dẫn thi hành một số điều của Luật Quản lý thuế và Nghị định số 126/2020/NĐ-CP', '2021-09-29', 'Bộ Tài chính');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Người lao động nào được ủy quyền cho tổ chức trả thu nhập quyết toán thay?', 'Cá nhân cư trú ký hợp đồng lao động từ 03 tháng trở lên và đang làm việc tại tổ chức vào thời điểm quyết toán, kể cả trường hợp không làm việc đủ 12 tháng trong năm. Cá nhân có thêm thu nhập vãng lai ở nơi khác bình quân tháng không quá 10 triệu đồng, đã được khấu trừ 10% và không yêu cầu quyết toán phần thu nhập này, vẫn được ủy quyền.'),
  (@p, 2, 'Nộp hồ sơ quyết toán chậm thì bị xử lý thế nào?', 'Người nộp thuế bị xử phạt vi phạm hành chính về hành vi chậm nộp hồ sơ khai thuế theo Nghị định số 125/2020/NĐ-CP; nếu có số thuế phải nộp thêm thì còn phải nộp tiền chậm nộp 0,03%/ngày tính trên số tiền thuế chậm nộp.');

-- ------------------------------------------------------------------------------------------------
-- 1.010241 Đăng ký thuế lần đầu đối với người nộp thuế là cá nhân có thu nhập thuộc diện chịu thuế thu nhập cá nhân hoặc có nghĩa vụ với NSNN (trừ cá nhân kinh doanh) - Trường hợp cá nhân đăng ký thuế trực tiếp với cơ quan thuế
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical,
  summary, steps, applicants, conditions, result, popularity, folded_name, search_text) VALUES (
  '1.010241', 'Đăng ký thuế lần đầu đối với người nộp thuế là cá nhân có thu nhập thuộc diện chịu thuế thu nhập cá nhân hoặc có nghĩa vụ với NSNN (trừ cá nhân kinh doanh) - Trường hợp cá nhân đăng ký thuế trực tiếp với cơ quan thuế', @thue, @f_thue, 'province', 'citizen', 'full', 1,
  'Cá nhân có thu nhập chịu thuế thu nhập cá nhân hoặc có nghĩa vụ với ngân sách nhà nước (không phải cá nhân kinh doanh) đăng ký thuế lần đầu trực tiếp với cơ quan thuế. Từ ngày 01/7/2025, số định danh cá nhân được sử dụng thay cho mã số thuế của công dân Việt Nam.',
  'Kê khai tờ khai đăng ký thuế và nộp trực tuyến trên Cổng Dịch vụ công quốc gia, Cổng thông tin điện tử của ngành Thuế; hoặc nộp trực tiếp, qua bưu chính tại cơ quan thuế quản lý nơi cư trú.\nCơ quan thuế đối chiếu thông tin với Cơ sở dữ liệu quốc gia về dân cư.\nCơ quan thuế ghi nhận thông tin đăng ký thuế và thông báo mã số thuế cho người nộp thuế (đối với công dân Việt Nam là số định danh cá nhân).',
  'Cá nhân có thu nhập thuộc diện chịu thuế thu nhập cá nhân hoặc có nghĩa vụ khác với ngân sách nhà nước, trừ cá nhân kinh doanh.',
  'Cá nhân chưa đăng ký thuế.\nThông tin kê khai phù hợp với Cơ sở dữ liệu quốc gia về dân cư (đối với công dân Việt Nam).',
  'Thông báo mã số thuế; thông tin đăng ký thuế được cập nhật vào hệ thống quản lý thuế.',
  71592, '', '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Cá nhân là công dân Việt Nam');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai đăng ký thuế', 'Mẫu số 05-ĐK-TCT', 1, 0, 1),
  (@c, 2, 'Thẻ căn cước hoặc thẻ căn cước công dân (xuất trình khi nộp trực tiếp)', '', 1, 0, 1);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Cá nhân là người nước ngoài hoặc công dân Việt Nam sống ở nước ngoài');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai đăng ký thuế', 'Mẫu số 05-ĐK-TCT', 1, 0, 1),
  (@c, 2, 'Hộ chiếu còn hiệu lực', '', 0, 1, 1);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 3, 0, 'Không thu phí, lệ phí', ''),
  (@p, 'online', '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 3, 0, 'Không thu phí, lệ phí', ''),
  (@p, 'post', '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 3, 0, 'Không thu phí, lệ phí', '');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '38/2019/QH14', 'Luật Quản lý thuế', '2019-06-13', 'Quốc hội'),
  (@p, 2, '126/2020/NĐ-CP', 'Nghị định quy định chi tiết một số điều của Luật Quản lý thuế', '2020-10-19', 'Chính phủ'),
  (@p, 3, '86/2024/TT-BTC', 'Thông tư quy định về đăng ký thuế', '2024-12-23', 'Bộ Tài chính');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Đã có thẻ căn cước gắn chip thì có cần mã số thuế riêng không?', 'Không. Từ ngày 01/7/2025, số định danh cá nhân được sử dụng thay cho mã số thuế của công dân Việt Nam. Người chưa từng đăng ký thuế vẫn thực hiện thủ tục này để cơ quan thuế ghi nhận thông tin, sau đó dùng số định danh cá nhân trong mọi giao dịch thuế.'),
  (@p, 2, 'Một người có thể có nhiều mã số thuế không?', 'Không. Mỗi cá nhân chỉ được cấp một mã số thuế duy nhất để sử dụng trong suốt cuộc đời. Nếu phát hiện có nhiều mã số thuế, liên hệ cơ quan thuế để được hướng dẫn xử lý.'),
  (@p, 3, 'Có thể nhờ nơi trả lương đăng ký thuế thay không?', 'Có. Cá nhân có thu nhập từ tiền lương, tiền công có thể ủy quyền cho tổ chức trả thu nhập đăng ký thuế thay; khi đó thực hiện theo thủ tục đăng ký thuế qua tổ chức trả thu nhập.');

-- ------------------------------------------------------------------------------------------------
-- 1.009122 Cấp giấy phép xây dựng có thời hạn đối với công trình, nhà ở riêng lẻ (công trình cấp III, cấp IV)
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical,
  summary, steps, applicants, conditions, result, popularity, folded_name, search_text) VALUES (
  '1.009122', 'Cấp giấy phép xây dựng có thời hạn đối với công trình, nhà ở riêng lẻ (công trình cấp III, cấp IV)', @bxd, @f_xd, 'commune', 'citizen,business', 'partial', 0,
  'Cấp giấy phép xây dựng có thời hạn cho nhà ở riêng lẻ, công trình cấp III, cấp IV thuộc khu vực đã có quy hoạch được duyệt, công bố nhưng chưa thực hiện và chưa có quyết định thu hồi đất. Hồ sơ nộp tại Ủy ban nhân dân cấp xã nơi có công trình; chủ đầu tư phải cam kết tự phá dỡ công trình khi hết thời hạn ghi trong giấy phép.',
  'Chủ đầu tư nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia, Cổng dịch vụ công cấp tỉnh; hoặc nộp trực tiếp, qua bưu chính tại Bộ phận một cửa của Ủy ban nhân dân cấp xã nơi xây dựng công trình.\nCơ quan cấp giấy phép kiểm tra hồ sơ; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung một lần bằng văn bản.\nCơ quan cấp giấy phép kiểm tra thực địa, đối chiếu điều kiện cấp giấy phép và lấy ý kiến cơ quan liên quan (nếu cần).\nCấp giấy phép xây dựng có thời hạn, ghi rõ thời gian công trình được tồn tại; hoặc trả lời bằng văn bản nêu rõ lý do nếu không đủ điều kiện.',
  'Hộ gia đình, cá nhân, tổ chức là chủ đầu tư xây dựng nhà ở riêng lẻ, công trình cấp III, cấp IV.',
  'Công trình, nhà ở thuộc khu vực có quy hoạch phân khu xây dựng, quy hoạch chi tiết xây dựng đã được phê duyệt, công bố nhưng chưa thực hiện và chưa có quyết định thu hồi đất của cơ quan có thẩm quyền.\nPhù hợp với quy mô công trình và thời hạn tồn tại do Ủy ban nhân dân cấp tỉnh quy định.\nChủ đầu tư cam kết tự phá dỡ công trình khi hết thời hạn tồn tại ghi trong giấy phép; nếu không tự phá dỡ sẽ bị cưỡng chế và chịu mọi chi phí.\nBảo đảm an toàn công trình, an toàn cho công trình lân cận, yêu cầu về môi trường, phòng cháy chữa cháy, hạ tầng kỹ thuật và hành lang bảo vệ công trình.',
  'Giấy phép xây dựng có thời hạn.',
  9736, '', '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Nhà ở riêng lẻ');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Đơn đề nghị cấp giấy phép xây dựng (theo mẫu)', '', 1, 0, 1),
  (@c, 2, 'Giấy tờ chứng minh quyền sử dụng đất theo quy định của pháp luật về đất đai', '', 0, 1, 1),
  (@c, 3, 'Bản vẽ thiết kế xây dựng: mặt bằng công trình trên lô đất, mặt bằng, mặt cắt, mặt đứng các tầng, mặt bằng móng và sơ đồ đấu nối hạ tầng kỹ thuật', '', 2, 0, 1),
  (@c, 4, 'Bản cam kết tự phá dỡ công trình khi hết thời hạn tồn tại ghi trong giấy phép', '', 1, 0, 1);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Công trình cấp III, cấp IV không theo tuyến');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Đơn đề nghị cấp giấy phép xây dựng (theo mẫu)', '', 1, 0, 1),
  (@c, 2, 'Giấy tờ chứng minh quyền sử dụng đất theo quy định của pháp luật về đất đai', '', 0, 1, 1),
  (@c, 3, 'Quyết định phê duyệt dự án, văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng (nếu có)', '', 0, 1, 0),
  (@c, 4, 'Bản vẽ thiết kế xây dựng: mặt bằng, mặt cắt, mặt đứng công trình, mặt bằng móng và sơ đồ đấu nối hạ tầng kỹ thuật', '', 2, 0, 1),
  (@c, 5, 'Bản cam kết tự phá dỡ công trình khi hết thời hạn tồn tại ghi trong giấy phép', '', 1, 0, 1);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', 'Không quá 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ đối với nhà ở riêng lẻ; không quá 20 ngày đối với công trình', NULL, 75000, 'Lệ phí cấp giấy phép xây dựng theo mức do Hội đồng nhân dân cấp tỉnh quy định (phổ biến 75.000 đồng/giấy phép đối với nhà ở riêng lẻ, 150.000 đồng/giấy phép đối với công trình khác)', 'Nộp tại Bộ phận một cửa của Ủy ban nhân dân cấp xã nơi xây dựng công trình.'),
  (@p, 'online', 'Không quá 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ đối với nhà ở riêng lẻ; không quá 20 ngày đối với công trình', NULL, 75000, 'Lệ phí cấp giấy phép xây dựng theo mức do Hội đồng nhân dân cấp tỉnh quy định (phổ biến 75.000 đồng/giấy phép đối với nhà ở riêng lẻ, 150.000 đồng/giấy phép đối với công trình khác)', 'Bản vẽ thiết kế nộp dưới dạng tệp điện tử; cơ quan cấp phép có thể yêu cầu xuất trình bản giấy khi kiểm tra.'),
  (@p, 'post', 'Không quá 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ đối với nhà ở riêng lẻ; không quá 20 ngày đối với công trình', NULL, 75000, 'Lệ phí cấp giấy phép xây dựng theo mức do Hội đồng nhân dân cấp tỉnh quy định (phổ biến 75.000 đồng/giấy phép đối với nhà ở riêng lẻ, 150.000 đồng/giấy phép đối với công trình khác)', '');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '50/2014/QH13', 'Luật Xây dựng', '2014-06-18', 'Quốc hội'),
  (@p, 2, '62/2020/QH14', 'Luật sửa đổi, bổ sung một số điều của Luật Xây dựng', '2020-06-17', 'Quốc hội'),
  (@p, 3, '175/2024/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng', '2024-12-30', 'Chính phủ');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Giấy phép xây dựng có thời hạn khác giấy phép xây dựng thông thường thế nào?', 'Giấy phép có thời hạn chỉ cấp ở khu vực đã có quy hoạch nhưng chưa triển khai. Công trình chỉ được tồn tại đến thời hạn ghi trong giấy phép và chủ đầu tư phải tự phá dỡ khi Nhà nước thực hiện quy hoạch. Khi hết thời hạn mà quy hoạch chưa thực hiện, cơ quan cấp phép thông báo và xem xét gia hạn.'),
  (@p, 2, 'Được xây nhà bao nhiêu tầng theo giấy phép có thời hạn?', 'Quy mô công trình (số tầng, chiều cao, diện tích xây dựng) theo quy định của Ủy ban nhân dân cấp tỉnh đối với từng khu vực; nên hỏi Bộ phận một cửa cấp xã trước khi thiết kế.');

-- ------------------------------------------------------------------------------------------------
-- 1.012575 Đăng ký xe lần đầu trực tuyến toàn trình đối với xe sản xuất lắp ráp trong nước thực hiện tại cấp tỉnh, cấp xã
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical,
  summary, steps, applicants, conditions, result, popularity, folded_name, search_text) VALUES (
  '1.012575', 'Đăng ký xe lần đầu trực tuyến toàn trình đối với xe sản xuất lắp ráp trong nước thực hiện tại cấp tỉnh, cấp xã', @csgt, @f_dkx, 'province,commune', 'citizen,business', 'full', 1,
  'Chủ xe đăng ký xe ô tô, xe mô tô, xe gắn máy mới sản xuất, lắp ráp trong nước hoàn toàn trực tuyến: kê khai trên Cổng Dịch vụ công, nộp lệ phí trực tuyến, nhận chứng nhận đăng ký xe và biển số qua bưu chính mà không phải đưa xe đến cơ quan đăng ký.',
  'Đăng nhập Cổng Dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an bằng tài khoản định danh điện tử mức độ 2, kê khai giấy khai đăng ký xe điện tử.\nHệ thống tự động kiểm tra dữ liệu hóa đơn điện tử, dữ liệu phiếu kiểm tra chất lượng xuất xưởng và chứng từ nộp lệ phí trước bạ điện tử của xe.\nNộp lệ phí đăng ký xe, cấp biển số và cước dịch vụ bưu chính trực tuyến.\nCơ quan đăng ký xe kiểm tra hồ sơ, cấp biển số và chứng nhận đăng ký xe.\nNhận chứng nhận đăng ký xe và biển số qua dịch vụ bưu chính công ích tại địa chỉ đã đăng ký.',
  'Tổ chức, cá nhân là chủ xe mô tô, xe gắn máy, ô tô sản xuất, lắp ráp trong nước đăng ký xe lần đầu.',
  'Chủ xe có tài khoản định danh điện tử mức độ 2 (cá nhân) hoặc tài khoản định danh điện tử của tổ chức.\nXe sản xuất, lắp ráp trong nước có dữ liệu phiếu kiểm tra chất lượng xuất xưởng điện tử được chia sẻ từ cơ quan đăng kiểm.\nCó hóa đơn điện tử bán xe và đã nộp lệ phí trước bạ bằng hình thức điện tử.\nHệ thống không phát hiện dấu hiệu bất thường về thông tin xe, chủ xe cần kiểm tra thực tế.',
  'Chứng nhận đăng ký xe và biển số xe.',
  4265478, '', '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Đăng ký xe lần đầu trực tuyến toàn trình');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Giấy khai đăng ký xe (kê khai điện tử trên Cổng Dịch vụ công)', '', 1, 0, 1),
  (@c, 2, 'Dữ liệu hóa đơn điện tử bán xe (hệ thống tự động khai thác, không phải nộp)', '', 0, 0, 1),
  (@c, 3, 'Dữ liệu phiếu kiểm tra chất lượng xuất xưởng của xe (hệ thống tự động khai thác từ cơ quan đăng kiểm)', '', 0, 0, 1),
  (@c, 4, 'Chứng từ nộp lệ phí trước bạ điện tử (hệ thống tự động khai thác từ cơ quan thuế)', '', 0, 0, 1);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'online', 'Biển số được cấp ngay khi hồ sơ hợp lệ; chứng nhận đăng ký xe cấp không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (chưa tính thời gian chuyển phát)', 2, 150000, 'Lệ phí cấp chứng nhận đăng ký kèm biển số lần đầu theo Thông tư số 60/2023/TT-BTC, tùy loại xe và khu vực: xe ô tô chở người từ 9 chỗ trở xuống 20.000.000 đồng tại Hà Nội, Thành phố Hồ Chí Minh, 1.000.000 đồng tại khu vực II, 200.000 đồng tại khu vực III; xe mô tô từ 150.000 đồng đến 4.000.000 đồng tùy giá trị xe và khu vực. Chưa bao gồm lệ phí trước bạ và cước bưu chính', 'Kết quả trả qua dịch vụ bưu chính công ích.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '36/2024/QH15', 'Luật Trật tự, an toàn giao thông đường bộ', '2024-06-27', 'Quốc hội'),
  (@p, 2, '79/2024/TT-BCA', 'Thông tư quy định về cấp, thu hồi chứng nhận đăng ký xe, biển số xe cơ giới, xe máy chuyên dùng', '2024-11-15', 'Bộ Công an'),
  (@p, 3, '60/2023/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý lệ phí đăng ký, cấp biển phương tiện giao thông cơ giới đường bộ', '2023-09-07', 'Bộ Tài chính');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Xe nhập khẩu có đăng ký trực tuyến toàn trình được không?', 'Thủ tục toàn trình này chỉ áp dụng cho xe sản xuất, lắp ráp trong nước có đủ dữ liệu điện tử. Xe nhập khẩu hoặc hồ sơ không đủ dữ liệu điện tử đăng ký theo hình thức trực tuyến một phần hoặc trực tiếp và phải đưa xe đến cơ quan đăng ký để kiểm tra.'),
  (@p, 2, 'Khi bán xe, biển số có được giữ lại không?', 'Có. Biển số xe được quản lý theo mã định danh của chủ xe; khi bán, tặng cho xe, chủ xe giữ lại biển số để đăng ký cho xe khác của mình theo quy định của Bộ Công an.');

-- ------------------------------------------------------------------------------------------------
-- 2.002029 Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo (doanh nghiệp, chi nhánh, văn phòng đại diện, địa điểm kinh doanh)
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical,
  summary, steps, applicants, conditions, result, popularity, folded_name, search_text) VALUES (
  '2.002029', 'Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo (doanh nghiệp, chi nhánh, văn phòng đại diện, địa điểm kinh doanh)', @btc, @f_dn, 'province', 'business', 'full', 0,
  'Doanh nghiệp, chi nhánh, văn phòng đại diện, địa điểm kinh doanh thông báo với Phòng Đăng ký kinh doanh về việc tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn đã thông báo. Thông báo phải gửi chậm nhất 03 ngày làm việc trước ngày tạm ngừng hoặc tiếp tục kinh doanh.',
  'Doanh nghiệp lập thông báo và nộp trực tuyến trên Cổng thông tin quốc gia về đăng ký doanh nghiệp, Cổng Dịch vụ công quốc gia; hoặc nộp trực tiếp, qua bưu chính tại Phòng Đăng ký kinh doanh thuộc Sở Tài chính nơi doanh nghiệp đặt trụ sở chính.\nPhòng Đăng ký kinh doanh kiểm tra tính hợp lệ của hồ sơ.\nPhòng Đăng ký kinh doanh cấp giấy xác nhận về việc doanh nghiệp, chi nhánh, văn phòng đại diện, địa điểm kinh doanh đăng ký tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn.\nThông tin được cập nhật vào Hệ thống thông tin quốc gia về đăng ký doanh nghiệp và chia sẻ với cơ quan thuế.',
  'Doanh nghiệp; chi nhánh, văn phòng đại diện, địa điểm kinh doanh của doanh nghiệp.',
  'Thông báo gửi chậm nhất 03 ngày làm việc trước ngày tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn đã thông báo.\nThời hạn tạm ngừng kinh doanh của mỗi lần thông báo không quá 01 năm.\nTrong thời gian tạm ngừng, doanh nghiệp phải nộp đủ số thuế, bảo hiểm xã hội còn nợ, tiếp tục thanh toán các khoản nợ, hoàn thành hợp đồng đã ký với khách hàng và người lao động, trừ trường hợp có thỏa thuận khác.',
  'Giấy xác nhận về việc doanh nghiệp, chi nhánh, văn phòng đại diện, địa điểm kinh doanh đăng ký tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn đã thông báo.',
  207861, '', '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Doanh nghiệp thông báo tạm ngừng kinh doanh');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Thông báo về việc tạm ngừng kinh doanh (theo mẫu)', '', 1, 0, 1),
  (@c, 2, 'Nghị quyết, quyết định của chủ sở hữu, Hội đồng thành viên, Đại hội đồng cổ đông hoặc các thành viên hợp danh về việc tạm ngừng kinh doanh (không áp dụng đối với doanh nghiệp tư nhân)', '', 1, 0, 0),
  (@c, 3, 'Văn bản ủy quyền cho người nộp hồ sơ, trường hợp ủy quyền thực hiện thủ tục', '', 1, 0, 0);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Doanh nghiệp thông báo tiếp tục kinh doanh trước thời hạn đã thông báo');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Thông báo về việc tiếp tục kinh doanh trước thời hạn đã thông báo (theo mẫu)', '', 1, 0, 1),
  (@c, 2, 'Nghị quyết, quyết định của chủ sở hữu, Hội đồng thành viên, Đại hội đồng cổ đông hoặc các thành viên hợp danh về việc tiếp tục kinh doanh (không áp dụng đối với doanh nghiệp tư nhân)', '', 1, 0, 0),
  (@c, 3, 'Văn bản ủy quyền cho người nộp hồ sơ, trường hợp ủy quyền thực hiện thủ tục', '', 1, 0, 0);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 3, 'Chi nhánh, văn phòng đại diện, địa điểm kinh doanh tạm ngừng hoặc tiếp tục hoạt động trước thời hạn đã thông báo');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Thông báo về việc tạm ngừng hoặc tiếp tục hoạt động của chi nhánh, văn phòng đại diện, địa điểm kinh doanh (theo mẫu)', '', 1, 0, 1),
  (@c, 2, 'Văn bản ủy quyền cho người nộp hồ sơ, trường hợp ủy quyền thực hiện thủ tục', '', 1, 0, 0);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 3, 0, 'Không thu phí, lệ phí', ''),
  (@p, 'online', '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 3, 0, 'Không thu phí, lệ phí', ''),
  (@p, 'post', '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 3, 0, 'Không thu phí, lệ phí', '');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '59/2020/QH14', 'Luật Doanh nghiệp', '2020-06-17', 'Quốc hội'),
  (@p, 2, '168/2025/NĐ-CP', 'Nghị định về đăng ký doanh nghiệp', '2025-06-30', 'Chính phủ'),
  (@p, 3, '126/2020/NĐ-CP', 'Nghị định quy định chi tiết một số điều của Luật Quản lý thuế', '2020-10-19', 'Chính phủ');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Trong thời gian tạm ngừng kinh doanh, doanh nghiệp có phải nộp hồ sơ khai thuế không?', 'Không phải nộp hồ sơ khai thuế trong thời gian tạm ngừng kinh doanh. Trường hợp tạm ngừng không trọn tháng, quý, năm dương lịch hoặc năm tài chính thì vẫn phải nộp hồ sơ khai thuế tháng, quý và hồ sơ quyết toán năm.'),
  (@p, 2, 'Doanh nghiệp được tạm ngừng kinh doanh tối đa bao lâu?', 'Mỗi lần thông báo tạm ngừng không quá 01 năm. Hết thời hạn, nếu vẫn muốn tạm ngừng, doanh nghiệp tiếp tục gửi thông báo cho Phòng Đăng ký kinh doanh chậm nhất 03 ngày làm việc trước ngày tiếp tục tạm ngừng.');

-- ------------------------------------------------------------------------------------------------
-- 1.001308 Thủ tục chứng nhận lãnh sự, hợp pháp hóa lãnh sự giấy tờ, tài liệu tại các cơ quan ở trong nước
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical,
  summary, steps, applicants, conditions, result, popularity, folded_name, search_text) VALUES (
  '1.001308', 'Thủ tục chứng nhận lãnh sự, hợp pháp hóa lãnh sự giấy tờ, tài liệu tại các cơ quan ở trong nước', @bng, @f_ls, 'central,province', 'citizen,business', 'partial', 0,
  'Chứng nhận lãnh sự giấy tờ của Việt Nam để sử dụng ở nước ngoài, hoặc hợp pháp hóa lãnh sự giấy tờ của nước ngoài để sử dụng tại Việt Nam. Hồ sơ nộp tại Cục Lãnh sự (Bộ Ngoại giao), Sở Ngoại vụ Thành phố Hồ Chí Minh hoặc cơ quan ngoại vụ địa phương được Bộ Ngoại giao ủy quyền; có thể nộp trực tuyến và nhận kết quả qua bưu chính.',
  'Kê khai tờ khai và nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến trên Cổng Dịch vụ công quốc gia, Cổng dịch vụ công Bộ Ngoại giao.\nCơ quan tiếp nhận kiểm tra hồ sơ, đối chiếu con dấu, chữ ký, chức danh trên giấy tờ với mẫu đã được giới thiệu chính thức.\nCơ quan có thẩm quyền đóng dấu chứng nhận lãnh sự hoặc hợp pháp hóa lãnh sự lên giấy tờ.\nNhận kết quả trực tiếp hoặc qua bưu chính; khi nộp trực tuyến, bản chính giấy tờ được gửi qua bưu chính hoặc nộp trực tiếp để đóng dấu.',
  'Cơ quan, tổ chức, cá nhân Việt Nam và nước ngoài có giấy tờ, tài liệu cần chứng nhận lãnh sự hoặc hợp pháp hóa lãnh sự.',
  'Giấy tờ đề nghị chứng nhận lãnh sự phải có con dấu, chữ ký, chức danh đã được giới thiệu chính thức với Bộ Ngoại giao; giấy tờ đề nghị hợp pháp hóa lãnh sự phải được cơ quan có thẩm quyền của nước ngoài chứng nhận trước.\nGiấy tờ không bị sửa chữa, tẩy xóa làm sai lệch nội dung và không có nội dung xâm phạm lợi ích của Nhà nước Việt Nam.\nGiấy tờ được miễn chứng nhận lãnh sự, hợp pháp hóa lãnh sự theo điều ước quốc tế hoặc nguyên tắc có đi có lại thì không phải làm thủ tục này.',
  'Giấy tờ, tài liệu được đóng dấu chứng nhận lãnh sự hoặc hợp pháp hóa lãnh sự.',
  464498, '', '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Chứng nhận lãnh sự giấy tờ của Việt Nam để sử dụng ở nước ngoài');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai chứng nhận lãnh sự, hợp pháp hóa lãnh sự', 'Mẫu LS/HPH-2012/TK', 1, 0, 1),
  (@c, 2, 'Giấy tờ tùy thân của người đề nghị (xuất trình bản chính khi nộp trực tiếp; bản chụp khi gửi qua bưu chính)', '', 1, 0, 1),
  (@c, 3, 'Giấy tờ, tài liệu đề nghị được chứng nhận lãnh sự', '', 1, 0, 1),
  (@c, 4, 'Bản chụp giấy tờ, tài liệu đề nghị được chứng nhận lãnh sự', '', 0, 1, 1);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Hợp pháp hóa lãnh sự giấy tờ của nước ngoài để sử dụng tại Việt Nam');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai chứng nhận lãnh sự, hợp pháp hóa lãnh sự', 'Mẫu LS/HPH-2012/TK', 1, 0, 1),
  (@c, 2, 'Giấy tờ tùy thân của người đề nghị (xuất trình bản chính khi nộp trực tiếp; bản chụp khi gửi qua bưu chính)', '', 1, 0, 1),
  (@c, 3, 'Giấy tờ, tài liệu đề nghị được hợp pháp hóa lãnh sự, đã được cơ quan có thẩm quyền của nước ngoài chứng nhận', '', 1, 0, 1),
  (@c, 4, 'Bản dịch giấy tờ, tài liệu sang tiếng Việt hoặc tiếng Anh, nếu giấy tờ không lập bằng các thứ tiếng đó (bản dịch không phải chứng thực)', '', 1, 0, 0),
  (@c, 5, 'Bản chụp giấy tờ, tài liệu đề nghị hợp pháp hóa lãnh sự và bản dịch', '', 0, 1, 1);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', '01 ngày làm việc kể từ ngày nhận đủ hồ sơ; hồ sơ có từ 10 giấy tờ, tài liệu trở lên: không quá 05 ngày làm việc', 1, 30000, 'Phí chứng nhận lãnh sự, hợp pháp hóa lãnh sự: 30.000 đồng/bản', 'Nộp tại Cục Lãnh sự (Bộ Ngoại giao), Sở Ngoại vụ Thành phố Hồ Chí Minh hoặc cơ quan ngoại vụ được ủy quyền.'),
  (@p, 'post', '01 ngày làm việc kể từ ngày cơ quan tiếp nhận nhận đủ hồ sơ; hồ sơ có từ 10 giấy tờ, tài liệu trở lên: không quá 05 ngày làm việc', 1, 30000, 'Phí chứng nhận lãnh sự, hợp pháp hóa lãnh sự: 30.000 đồng/bản; người đề nghị trả trước cước gửi trả kết quả', ''),
  (@p, 'online', '01 ngày làm việc kể từ ngày nhận đủ hồ sơ và bản chính giấy tờ; hồ sơ có từ 10 giấy tờ, tài liệu trở lên: không quá 05 ngày làm việc', 1, 30000, 'Phí chứng nhận lãnh sự, hợp pháp hóa lãnh sự: 30.000 đồng/bản, thanh toán trực tuyến', 'Nộp tờ khai và bản chụp trực tuyến; bản chính giấy tờ gửi qua bưu chính hoặc nộp trực tiếp.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '111/2011/NĐ-CP', 'Nghị định về chứng nhận lãnh sự, hợp pháp hóa lãnh sự', '2011-12-05', 'Chính phủ'),
  (@p, 2, '01/2012/TT-BNG', 'Thông tư hướng dẫn thi hành một số quy định của Nghị định số 111/2011/NĐ-CP về chứng nhận lãnh sự, hợp pháp hóa lãnh sự', '2012-03-20', 'Bộ Ngoại giao');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Chứng nhận lãnh sự và hợp pháp hóa lãnh sự khác nhau thế nào?', 'Chứng nhận lãnh sự là việc cơ quan có thẩm quyền của Việt Nam chứng nhận con dấu, chữ ký, chức danh trên giấy tờ của Việt Nam để giấy tờ đó được công nhận ở nước ngoài. Hợp pháp hóa lãnh sự là việc cơ quan có thẩm quyền của Việt Nam chứng nhận con dấu, chữ ký, chức danh trên giấy tờ của nước ngoài để giấy tờ đó được công nhận và sử dụng tại Việt Nam.'),
  (@p, 2, 'Giấy tờ nào được miễn hợp pháp hóa lãnh sự?', 'Giấy tờ được miễn theo điều ước quốc tế mà Việt Nam và nước liên quan cùng là thành viên hoặc theo nguyên tắc có đi có lại; giấy tờ chuyển giao trực tiếp hoặc qua đường ngoại giao giữa cơ quan có thẩm quyền hai nước; giấy tờ được miễn theo quy định của pháp luật Việt Nam; giấy tờ mà cơ quan tiếp nhận của nước ngoài không yêu cầu chứng nhận lãnh sự.'),
  (@p, 3, 'Có thể nhờ người khác nộp hồ sơ thay không?', 'Có. Hồ sơ có thể do người khác nộp thay hoặc gửi qua bưu chính; khi nộp trực tiếp, người nộp xuất trình giấy tờ tùy thân của mình.');
