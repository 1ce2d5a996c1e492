-- Demo data: 20 of the most used procedures for citizens, with cases, documents, channels,
-- legal bases and questions. Written for the national catalogue as of 2025–2026.
-- Agencies and fields are referenced by code (020-agencies.sql, 030/031-fields-*.sql).
-- Steps and conditions are one item per line (\n inside the string).
SET NAMES utf8mb4;

SET @ag_bca = (SELECT id FROM agencies WHERE code = '000.00.00.G01');  -- Bộ Công an
SET @ag_xnc = (SELECT id FROM agencies WHERE code = 'G01.XNC');  -- Cục Quản lý xuất nhập cảnh
SET @ag_bnv = (SELECT id FROM agencies WHERE code = 'G09');  -- Bộ Nội vụ
SET @ag_btp = (SELECT id FROM agencies WHERE code = '000.00.00.G15');  -- Bộ Tư pháp
SET @ag_bhxh = (SELECT id FROM agencies WHERE code = 'BHXH');  -- Bảo hiểm xã hội Việt Nam
SET @f_cutru = (SELECT id FROM fields WHERE code = '5');  -- Đăng ký, quản lý cư trú
SET @f_xnc = (SELECT id FROM fields WHERE code = '11');  -- Quản lý xuất nhập cảnh
SET @f_cc = (SELECT id FROM fields WHERE code = '1');  -- Cấp, quản lý căn cước
SET @f_lltp = (SELECT id FROM fields WHERE code = '15622');  -- Lý lịch tư pháp
SET @f_vl = (SELECT id FROM fields WHERE code = '82');  -- Việc làm
SET @f_bhxh = (SELECT id FROM fields WHERE code = '16522');  -- Bảo hiểm xã hội
SET @f_ct = (SELECT id FROM fields WHERE code = '199');  -- Chứng thực
SET @f_ht = (SELECT id FROM fields WHERE code = '203');  -- Hộ tịch

-- ------------------------------------------------------------------------------------------------
-- 1.004194 Đăng ký tạm trú
-- ------------------------------------------------------------------------------------------------
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical, popularity, summary, steps, applicants, conditions, result, folded_name, search_text) VALUES (
  '1.004194',
  'Đăng ký tạm trú',
  @ag_bca,
  @f_cutru,
  'commune',
  'citizen',
  'full',
  1,
  15539622,
  'Công dân đến sinh sống tại chỗ ở hợp pháp ngoài phạm vi xã, phường, đặc khu nơi đã đăng ký thường trú từ 30 ngày trở lên để lao động, học tập hoặc vì mục đích khác thì phải đăng ký tạm trú. Hồ sơ nộp tại Công an cấp xã nơi dự kiến tạm trú hoặc nộp trực tuyến, không cần đến trụ sở.',
  'Chuẩn bị hồ sơ và nộp trực tiếp tại Công an cấp xã nơi dự kiến tạm trú hoặc nộp trực tuyến qua Cổng Dịch vụ công quốc gia, Cổng dịch vụ công Bộ Công an, ứng dụng VNeID.\nCơ quan đăng ký cư trú kiểm tra hồ sơ: hồ sơ đầy đủ thì cấp Phiếu tiếp nhận hồ sơ và hẹn trả kết quả; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\nNộp lệ phí đăng ký cư trú tại nơi nộp hồ sơ hoặc thanh toán trực tuyến.\nTrong thời hạn 03 ngày làm việc, cơ quan đăng ký cư trú thẩm định hồ sơ, cập nhật thông tin về nơi tạm trú mới và thời hạn tạm trú vào Cơ sở dữ liệu về cư trú; trường hợp từ chối thì trả lời bằng văn bản, nêu rõ lý do.\nNhận thông báo kết quả bằng văn bản, tin nhắn hoặc qua tài khoản dịch vụ công, ứng dụng VNeID.',
  'Công dân Việt Nam. Người chưa thành niên đăng ký tạm trú phải có ý kiến đồng ý của cha, mẹ hoặc người giám hộ; cơ quan, tổ chức có thể đề nghị đăng ký tạm trú theo danh sách cho người lao động, học sinh, sinh viên ở tập trung.',
  'Sinh sống tại chỗ ở hợp pháp ngoài phạm vi đơn vị hành chính cấp xã nơi đã đăng ký thường trú từ 30 ngày trở lên.\nĐược chủ hộ, chủ sở hữu chỗ ở hợp pháp hoặc người được ủy quyền đồng ý, trừ trường hợp người đăng ký là chủ sở hữu chỗ ở.\nChỗ ở không thuộc các địa điểm không được đăng ký tạm trú mới theo Điều 23 Luật Cư trú (nằm trong địa điểm cấm, khu vực cấm xây dựng; lấn chiếm hành lang bảo vệ công trình; đang có tranh chấp chưa được giải quyết; đã có quyết định thu hồi đất, tịch thu hoặc phá dỡ…).',
  'Thông tin về nơi tạm trú và thời hạn tạm trú được cập nhật vào Cơ sở dữ liệu về cư trú; người đăng ký nhận thông báo kết quả. Thời hạn tạm trú tối đa là 02 năm và có thể gia hạn nhiều lần.',
  '',
  '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Đăng ký tạm trú cho cá nhân, hộ gia đình');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai thay đổi thông tin cư trú; người đến tạm trú tại chỗ ở không thuộc quyền sở hữu của mình phải có ý kiến đồng ý của chủ hộ, chủ sở hữu chỗ ở hợp pháp (trừ trường hợp đã có ý kiến đồng ý bằng văn bản); người chưa thành niên phải có ý kiến đồng ý của cha, mẹ hoặc người giám hộ', 'Mẫu CT01', 1, 0, 1),
  (@c, 2, 'Giấy tờ, tài liệu chứng minh việc sở hữu hoặc sử dụng chỗ ở hợp pháp (giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở; hợp đồng hoặc văn bản cho thuê, cho mượn, cho ở nhờ…); không phải nộp nếu thông tin đã có trong cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành', '', 0, 1, 1),
  (@c, 3, 'Văn bản đồng ý của chủ hộ, chủ sở hữu chỗ ở hợp pháp (nếu ý kiến đồng ý không ghi trực tiếp trên tờ khai hoặc không xác nhận qua ứng dụng VNeID)', '', 1, 0, 0);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Đăng ký tạm trú theo danh sách (cơ quan, tổ chức đề nghị cho người lao động, học sinh, sinh viên ở tập trung)');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Văn bản đề nghị đăng ký tạm trú của cơ quan, tổ chức, ghi rõ thông tin về chỗ ở hợp pháp, kèm danh sách người tạm trú (họ, chữ đệm và tên; ngày, tháng, năm sinh; số định danh cá nhân; thời hạn tạm trú)', '', 1, 0, 1),
  (@c, 2, 'Tờ khai thay đổi thông tin cư trú của từng người đăng ký tạm trú', 'Mẫu CT01', 1, 0, 1),
  (@c, 3, 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp của cơ quan, tổ chức (không phải nộp nếu thông tin đã có trong cơ sở dữ liệu)', '', 0, 1, 1);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 3, 15000, 'Lệ phí: 15.000 đồng/lần đăng ký đối với cá nhân, hộ gia đình; 10.000 đồng/người/lần đăng ký đối với đăng ký tạm trú theo danh sách. Miễn lệ phí đối với các trường hợp quy định tại Thông tư số 75/2022/TT-BTC (người có công với cách mạng và thân nhân, công dân thuộc hộ nghèo, trẻ em, người cao tuổi, người khuyết tật…).', 'Nộp tại Công an xã, phường, đặc khu nơi dự kiến tạm trú.'),
  (@p, 'online', '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 3, 7000, 'Lệ phí: 7.000 đồng/lần đăng ký đối với cá nhân, hộ gia đình; 5.000 đồng/người/lần đăng ký đối với đăng ký tạm trú theo danh sách. Miễn lệ phí đối với các trường hợp quy định tại Thông tư số 75/2022/TT-BTC (người có công với cách mạng và thân nhân, công dân thuộc hộ nghèo, trẻ em, người cao tuổi, người khuyết tật…).', 'Nộp qua Cổng Dịch vụ công quốc gia, Cổng dịch vụ công Bộ Công an hoặc ứng dụng VNeID, đăng nhập bằng tài khoản định danh điện tử. Chủ hộ, chủ sở hữu chỗ ở có thể xác nhận đồng ý ngay trên ứng dụng VNeID.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '68/2020/QH14', 'Luật Cư trú', '2020-11-13', 'Quốc hội'),
  (@p, 2, '154/2024/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú', '2024-11-26', 'Chính phủ'),
  (@p, 3, '55/2021/TT-BCA', 'Thông tư quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú', '2021-05-15', 'Bộ Công an'),
  (@p, 4, '56/2021/TT-BCA', 'Thông tư quy định về biểu mẫu trong đăng ký, quản lý cư trú', '2021-05-15', 'Bộ Công an'),
  (@p, 5, '75/2022/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp và quản lý lệ phí đăng ký cư trú', '2022-12-22', 'Bộ Tài chính');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Thuê trọ bao lâu thì phải đăng ký tạm trú?', 'Khi bạn đến sinh sống tại chỗ ở hợp pháp ngoài phạm vi xã, phường, đặc khu nơi đã đăng ký thường trú từ 30 ngày trở lên thì phải đăng ký tạm trú. Người thuê trọ cần có ý kiến đồng ý của chủ nhà trên tờ khai CT01, bằng văn bản hoặc xác nhận qua ứng dụng VNeID.'),
  (@p, 2, 'Thời hạn tạm trú tối đa là bao lâu?', 'Thời hạn tạm trú tối đa là 02 năm. Nếu vẫn tiếp tục sinh sống tại chỗ ở đó, trong thời hạn 15 ngày trước khi hết hạn bạn làm thủ tục gia hạn tạm trú; việc gia hạn không giới hạn số lần.'),
  (@p, 3, 'Nộp hồ sơ trực tuyến thì lệ phí bao nhiêu?', 'Lệ phí đăng ký tạm trú trực tuyến là 7.000 đồng/lần đối với cá nhân, hộ gia đình, thấp hơn mức 15.000 đồng khi nộp trực tiếp. Bạn thanh toán ngay trên Cổng Dịch vụ công hoặc ứng dụng VNeID.');

-- ------------------------------------------------------------------------------------------------
-- 1.004222 Đăng ký thường trú
-- ------------------------------------------------------------------------------------------------
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical, popularity, summary, steps, applicants, conditions, result, folded_name, search_text) VALUES (
  '1.004222',
  'Đăng ký thường trú',
  @ag_bca,
  @f_cutru,
  'commune',
  'citizen',
  'full',
  1,
  8781419,
  'Công dân đăng ký nơi sinh sống thường xuyên, ổn định, lâu dài tại chỗ ở hợp pháp của mình, về ở với người thân hoặc tại chỗ ở thuê, mượn, ở nhờ. Thông tin thường trú được cập nhật vào Cơ sở dữ liệu về cư trú, không cấp sổ hộ khẩu giấy.',
  'Chuẩn bị hồ sơ và nộp trực tiếp tại Công an cấp xã nơi đề nghị đăng ký thường trú hoặc nộp trực tuyến qua Cổng Dịch vụ công quốc gia, Cổng dịch vụ công Bộ Công an, ứng dụng VNeID.\nCơ quan đăng ký cư trú kiểm tra hồ sơ: hồ sơ đầy đủ thì cấp Phiếu tiếp nhận hồ sơ và hẹn trả kết quả; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\nNộp lệ phí đăng ký cư trú tại nơi nộp hồ sơ hoặc thanh toán trực tuyến.\nTrong thời hạn 07 ngày làm việc, cơ quan đăng ký cư trú thẩm định hồ sơ, cập nhật thông tin về nơi thường trú mới vào Cơ sở dữ liệu về cư trú; trường hợp từ chối thì trả lời bằng văn bản, nêu rõ lý do.\nNhận thông báo kết quả bằng văn bản, tin nhắn hoặc qua tài khoản dịch vụ công, ứng dụng VNeID.',
  'Công dân Việt Nam có chỗ ở hợp pháp. Người chưa thành niên đăng ký thường trú phải có ý kiến đồng ý của cha, mẹ hoặc người giám hộ, trừ trường hợp nơi cư trú của người chưa thành niên do Tòa án quyết định.',
  'Có chỗ ở hợp pháp thuộc quyền sở hữu của mình; hoặc được chủ hộ, chủ sở hữu chỗ ở hợp pháp đồng ý cho đăng ký thường trú.\nTrường hợp về ở với người thân: thuộc một trong các quan hệ quy định tại khoản 2 Điều 20 Luật Cư trú (vợ về ở với chồng, chồng về ở với vợ; con về ở với cha, mẹ; cha, mẹ về ở với con; người cao tuổi về ở với anh, chị, em ruột, cháu ruột; người khuyết tật, người không có khả năng lao động về ở với người thân…).\nTrường hợp thuê, mượn, ở nhờ: bảo đảm diện tích nhà ở tối thiểu do Hội đồng nhân dân cấp tỉnh quy định nhưng không thấp hơn 08 m² sàn/người.\nChỗ ở không thuộc các địa điểm không được đăng ký thường trú mới theo Điều 23 Luật Cư trú.',
  'Thông tin về nơi thường trú mới được cập nhật vào Cơ sở dữ liệu về cư trú; người đăng ký nhận thông báo kết quả.',
  '',
  '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Đăng ký thường trú tại chỗ ở hợp pháp thuộc quyền sở hữu của mình');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai thay đổi thông tin cư trú', 'Mẫu CT01', 1, 0, 1),
  (@c, 2, 'Giấy tờ, tài liệu chứng minh việc sở hữu chỗ ở hợp pháp (không phải nộp nếu thông tin đã có trong cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành)', '', 0, 1, 1);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Về ở với người thân (vợ, chồng, cha, mẹ, con và các trường hợp khác theo khoản 2 Điều 20 Luật Cư trú)');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai thay đổi thông tin cư trú, có ý kiến đồng ý của chủ hộ, chủ sở hữu chỗ ở hợp pháp hoặc người được ủy quyền (trừ trường hợp đã có ý kiến đồng ý bằng văn bản hoặc xác nhận qua ứng dụng VNeID)', 'Mẫu CT01', 1, 0, 1),
  (@c, 2, 'Giấy tờ, tài liệu chứng minh quan hệ nhân thân với chủ hộ, thành viên hộ gia đình (giấy khai sinh, giấy chứng nhận kết hôn…), trừ trường hợp thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu hộ tịch điện tử', '', 0, 1, 1),
  (@c, 3, 'Giấy tờ, tài liệu chứng minh điều kiện khác đối với người cao tuổi, người khuyết tật, người không có khả năng lao động, người chưa thành niên không còn cha, mẹ… (nếu thuộc các trường hợp này)', '', 0, 1, 0);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 3, 'Đăng ký thường trú tại chỗ ở hợp pháp do thuê, mượn, ở nhờ');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai thay đổi thông tin cư trú, có ý kiến đồng ý cho đăng ký thường trú của chủ sở hữu chỗ ở hợp pháp hoặc người được ủy quyền (trừ trường hợp đã có ý kiến đồng ý bằng văn bản)', 'Mẫu CT01', 1, 0, 1),
  (@c, 2, 'Hợp đồng hoặc văn bản về việc cho thuê, cho mượn, cho ở nhờ chỗ ở hợp pháp', '', 0, 1, 1),
  (@c, 3, 'Giấy tờ, tài liệu chứng minh đủ diện tích nhà ở tối thiểu để đăng ký thường trú theo quy định', '', 0, 1, 1);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', '07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 7, 20000, 'Lệ phí: 20.000 đồng/lần đăng ký. Miễn lệ phí đối với các trường hợp quy định tại Thông tư số 75/2022/TT-BTC (người có công với cách mạng và thân nhân, công dân thuộc hộ nghèo, trẻ em, người cao tuổi, người khuyết tật…).', 'Nộp tại Công an xã, phường, đặc khu nơi đề nghị đăng ký thường trú.'),
  (@p, 'online', '07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 7, 10000, 'Lệ phí: 10.000 đồng/lần đăng ký. Miễn lệ phí đối với các trường hợp quy định tại Thông tư số 75/2022/TT-BTC (người có công với cách mạng và thân nhân, công dân thuộc hộ nghèo, trẻ em, người cao tuổi, người khuyết tật…).', 'Nộp qua Cổng Dịch vụ công quốc gia, Cổng dịch vụ công Bộ Công an hoặc ứng dụng VNeID, đăng nhập bằng tài khoản định danh điện tử.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '68/2020/QH14', 'Luật Cư trú', '2020-11-13', 'Quốc hội'),
  (@p, 2, '154/2024/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú', '2024-11-26', 'Chính phủ'),
  (@p, 3, '55/2021/TT-BCA', 'Thông tư quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú', '2021-05-15', 'Bộ Công an'),
  (@p, 4, '56/2021/TT-BCA', 'Thông tư quy định về biểu mẫu trong đăng ký, quản lý cư trú', '2021-05-15', 'Bộ Công an'),
  (@p, 5, '75/2022/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp và quản lý lệ phí đăng ký cư trú', '2022-12-22', 'Bộ Tài chính');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Đăng ký thường trú xong có được cấp sổ hộ khẩu không?', 'Không. Từ ngày 01/01/2023, sổ hộ khẩu, sổ tạm trú giấy không còn giá trị sử dụng; thông tin cư trú được quản lý trên Cơ sở dữ liệu về cư trú. Khi cần chứng minh nơi cư trú, bạn dùng thẻ căn cước, ứng dụng VNeID hoặc đề nghị xác nhận thông tin về cư trú.'),
  (@p, 2, 'Nhà thuê có đăng ký thường trú được không?', 'Được, nếu chủ nhà đồng ý cho bạn đăng ký thường trú và chỗ ở bảo đảm diện tích nhà ở tối thiểu do Hội đồng nhân dân cấp tỉnh quy định (không thấp hơn 08 m² sàn cho mỗi người). Hồ sơ cần có hợp đồng hoặc văn bản cho thuê và giấy tờ chứng minh diện tích.'),
  (@p, 3, 'Chuyển thường trú sang nơi mới thì có phải làm thủ tục xóa thường trú ở nơi cũ không?', 'Bạn không phải làm thủ tục riêng. Khi việc đăng ký thường trú ở nơi mới hoàn tất, thông tin về nơi thường trú của bạn trong Cơ sở dữ liệu về cư trú được cập nhật theo nơi mới.');

-- ------------------------------------------------------------------------------------------------
-- 1.001456 Cấp hộ chiếu phổ thông ở trong nước (thực hiện tại cấp tỉnh)
-- ------------------------------------------------------------------------------------------------
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical, popularity, summary, steps, applicants, conditions, result, folded_name, search_text) VALUES (
  '1.001456',
  'Cấp hộ chiếu phổ thông ở trong nước (thực hiện tại cấp tỉnh)',
  @ag_bca,
  @f_xnc,
  'province',
  'citizen',
  'full',
  1,
  13870676,
  'Công dân Việt Nam ở trong nước đề nghị cấp hộ chiếu phổ thông (có hoặc không gắn chíp điện tử) tại cơ quan Quản lý xuất nhập cảnh Công an tỉnh, thành phố nơi thuận lợi hoặc nộp trực tuyến. Hộ chiếu có thời hạn 10 năm đối với người từ đủ 14 tuổi, 05 năm đối với người chưa đủ 14 tuổi.',
  'Khai tờ khai đề nghị cấp hộ chiếu trực tuyến trên Cổng Dịch vụ công quốc gia, Cổng dịch vụ công Bộ Công an hoặc khai bản giấy theo mẫu TK01.\nNộp hồ sơ tại Phòng Quản lý xuất nhập cảnh Công an tỉnh, thành phố nơi thuận lợi hoặc nộp trực tuyến; cán bộ tiếp nhận kiểm tra, đối chiếu thông tin với Cơ sở dữ liệu quốc gia về dân cư, chụp ảnh và thu nhận vân tay khi nộp trực tiếp.\nHồ sơ đầy đủ thì nhận giấy hẹn trả kết quả; hồ sơ chưa đầy đủ thì được hướng dẫn bổ sung.\nNộp lệ phí tại nơi nộp hồ sơ hoặc thanh toán trực tuyến.\nTrong thời hạn 08 ngày làm việc, cơ quan Quản lý xuất nhập cảnh xét duyệt, cấp hộ chiếu; trường hợp chưa cấp thì trả lời bằng văn bản, nêu rõ lý do.\nNhận hộ chiếu tại nơi nộp hồ sơ hoặc qua dịch vụ bưu chính theo địa chỉ đã đăng ký.',
  'Công dân Việt Nam đang ở trong nước. Người chưa đủ 14 tuổi, người mất năng lực hành vi dân sự, người có khó khăn trong nhận thức, làm chủ hành vi thực hiện thủ tục thông qua người đại diện hợp pháp.',
  'Không thuộc các trường hợp chưa được cấp giấy tờ xuất nhập cảnh theo Điều 21 Luật Xuất cảnh, nhập cảnh của công dân Việt Nam (bị can, bị cáo; người bị tạm hoãn xuất cảnh; người có nghĩa vụ chấp hành án hình sự; vì lý do quốc phòng, an ninh…).\nNộp hồ sơ trực tuyến: có tài khoản định danh điện tử mức độ 2 hoặc tài khoản dịch vụ công hợp lệ.',
  'Hộ chiếu phổ thông (có gắn chíp điện tử hoặc không gắn chíp điện tử). Thời hạn 10 năm đối với người từ đủ 14 tuổi trở lên; 05 năm đối với người chưa đủ 14 tuổi; hộ chiếu không được gia hạn.',
  '',
  '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Cấp hộ chiếu lần đầu cho người từ đủ 14 tuổi trở lên');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai đề nghị cấp hộ chiếu phổ thông ở trong nước, điền đầy đủ thông tin', 'Mẫu TK01', 1, 0, 1),
  (@c, 2, '02 ảnh chân dung cỡ 4 cm x 6 cm, chụp không quá 06 tháng, mặt nhìn thẳng, đầu để trần, không đeo kính màu, phông nền trắng (nộp trực tuyến thì tải ảnh lên theo hướng dẫn)', '', 2, 0, 1),
  (@c, 3, 'Bản chụp giấy tờ chứng minh người đại diện hợp pháp (đối với người mất năng lực hành vi dân sự, người có khó khăn trong nhận thức, làm chủ hành vi hoặc khi người làm thủ tục cho trẻ em là người giám hộ)', '', 0, 1, 0);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Cấp hộ chiếu cho người chưa đủ 14 tuổi');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai đề nghị cấp hộ chiếu do cha, mẹ hoặc người giám hộ khai và ký thay', 'Mẫu TK01', 1, 0, 1),
  (@c, 2, '02 ảnh chân dung cỡ 4 cm x 6 cm, chụp không quá 06 tháng, mặt nhìn thẳng, đầu để trần, không đeo kính màu, phông nền trắng (nộp trực tuyến thì tải ảnh lên theo hướng dẫn)', '', 2, 0, 1),
  (@c, 3, 'Bản sao hoặc bản chụp giấy khai sinh hoặc trích lục khai sinh của người chưa đủ 14 tuổi', '', 0, 1, 1),
  (@c, 4, 'Bản chụp giấy tờ chứng minh người đại diện hợp pháp (đối với người mất năng lực hành vi dân sự, người có khó khăn trong nhận thức, làm chủ hành vi hoặc khi người làm thủ tục cho trẻ em là người giám hộ)', '', 0, 1, 0);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 3, 'Cấp hộ chiếu từ lần thứ hai trở đi (hộ chiếu hết hạn, sắp hết hạn, bị hỏng, bị mất hoặc thay đổi thông tin)');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai đề nghị cấp hộ chiếu phổ thông ở trong nước, điền đầy đủ thông tin', 'Mẫu TK01', 1, 0, 1),
  (@c, 2, '02 ảnh chân dung cỡ 4 cm x 6 cm, chụp không quá 06 tháng, mặt nhìn thẳng, đầu để trần, không đeo kính màu, phông nền trắng (nộp trực tuyến thì tải ảnh lên theo hướng dẫn)', '', 2, 0, 1),
  (@c, 3, 'Hộ chiếu phổ thông đã được cấp lần gần nhất (nếu còn)', '', 1, 0, 0),
  (@c, 4, 'Đơn trình báo mất hộ chiếu (trường hợp hộ chiếu bị mất mà chưa trình báo với cơ quan có thẩm quyền)', '', 1, 0, 0);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', '08 ngày làm việc kể từ ngày nhận đủ hồ sơ', 8, 200000, 'Lệ phí: 200.000 đồng/hộ chiếu cấp mới (gồm hộ chiếu có gắn chíp điện tử và không gắn chíp điện tử); 400.000 đồng/hộ chiếu cấp lại do bị hỏng hoặc bị mất.', 'Nộp tại Phòng Quản lý xuất nhập cảnh Công an tỉnh, thành phố nơi thuận lợi, không phụ thuộc nơi cư trú.'),
  (@p, 'online', '08 ngày làm việc kể từ ngày nhận đủ hồ sơ', 8, 200000, 'Lệ phí: 200.000 đồng/hộ chiếu cấp mới (gồm hộ chiếu có gắn chíp điện tử và không gắn chíp điện tử); 400.000 đồng/hộ chiếu cấp lại do bị hỏng hoặc bị mất.', 'Nộp qua Cổng Dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an; thanh toán lệ phí trực tuyến; có thể đăng ký nhận hộ chiếu qua dịch vụ bưu chính (trả thêm cước chuyển phát).');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '49/2019/QH14', 'Luật Xuất cảnh, nhập cảnh của công dân Việt Nam', '2019-11-22', 'Quốc hội'),
  (@p, 2, '23/2023/QH15', 'Luật sửa đổi, bổ sung một số điều của Luật Xuất cảnh, nhập cảnh của công dân Việt Nam và Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam', '2023-06-24', 'Quốc hội'),
  (@p, 3, '25/2021/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí trong lĩnh vực xuất cảnh, nhập cảnh, quá cảnh, cư trú tại Việt Nam', '2021-04-07', 'Bộ Tài chính');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Có phải về nơi thường trú để làm hộ chiếu không?', 'Không. Bạn có thể nộp hồ sơ tại cơ quan Quản lý xuất nhập cảnh Công an của bất kỳ tỉnh, thành phố nào thuận lợi hoặc nộp trực tuyến và nhận hộ chiếu qua bưu chính.'),
  (@p, 2, 'Hộ chiếu gắn chíp và không gắn chíp khác nhau thế nào?', 'Hộ chiếu gắn chíp điện tử lưu thông tin sinh trắc học của người mang hộ chiếu, giúp làm thủ tục nhanh hơn tại cổng kiểm soát tự động. Hai loại có giá trị sử dụng như nhau và cùng mức lệ phí 200.000 đồng.'),
  (@p, 3, 'Hộ chiếu còn hạn dưới 6 tháng có cần làm lại không?', 'Nhiều nước yêu cầu hộ chiếu còn hạn tối thiểu 6 tháng khi nhập cảnh. Vì hộ chiếu không được gia hạn, bạn nên làm thủ tục cấp hộ chiếu mới trước chuyến đi; hộ chiếu cũ còn hạn sẽ được hủy giá trị khi cấp hộ chiếu mới.');

-- ------------------------------------------------------------------------------------------------
-- 1.001471 Cấp hộ chiếu phổ thông ở trong nước (thực hiện tại cấp trung ương)
-- ------------------------------------------------------------------------------------------------
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical, popularity, summary, steps, applicants, conditions, result, folded_name, search_text) VALUES (
  '1.001471',
  'Cấp hộ chiếu phổ thông ở trong nước (thực hiện tại cấp trung ương)',
  @ag_xnc,
  @f_xnc,
  'central',
  'citizen',
  'full',
  1,
  3720804,
  'Công dân Việt Nam ở trong nước đề nghị cấp hộ chiếu phổ thông tại Cục Quản lý xuất nhập cảnh, Bộ Công an khi cấp từ lần thứ hai trở đi hoặc cấp lần đầu vì lý do cấp thiết (chữa bệnh, thân nhân ở nước ngoài gặp nạn, công vụ, nhân đạo). Thời hạn giải quyết 05 ngày làm việc.',
  'Khai tờ khai đề nghị cấp hộ chiếu trực tuyến trên Cổng Dịch vụ công quốc gia, Cổng dịch vụ công Bộ Công an hoặc khai bản giấy theo mẫu TK01.\nNộp hồ sơ tại trụ sở Cục Quản lý xuất nhập cảnh (tại Hà Nội hoặc Thành phố Hồ Chí Minh) hoặc nộp trực tuyến; cán bộ tiếp nhận kiểm tra, đối chiếu thông tin, chụp ảnh và thu nhận vân tay khi nộp trực tiếp.\nHồ sơ đầy đủ thì nhận giấy hẹn trả kết quả; hồ sơ chưa đầy đủ thì được hướng dẫn bổ sung.\nNộp lệ phí tại nơi nộp hồ sơ hoặc thanh toán trực tuyến.\nTrong thời hạn 05 ngày làm việc, Cục Quản lý xuất nhập cảnh cấp hộ chiếu; trường hợp chưa cấp thì trả lời bằng văn bản, nêu rõ lý do.\nNhận hộ chiếu tại nơi nộp hồ sơ hoặc qua dịch vụ bưu chính theo địa chỉ đã đăng ký.',
  'Công dân Việt Nam đang ở trong nước. Người chưa đủ 14 tuổi, người mất năng lực hành vi dân sự, người có khó khăn trong nhận thức, làm chủ hành vi thực hiện thủ tục thông qua người đại diện hợp pháp.',
  'Đề nghị cấp hộ chiếu từ lần thứ hai trở đi; hoặc\nĐề nghị cấp hộ chiếu lần đầu thuộc một trong các trường hợp: có giấy giới thiệu hoặc đề nghị của bệnh viện về việc ra nước ngoài khám bệnh, chữa bệnh; có căn cứ xác định thân nhân ở nước ngoài bị tai nạn, bệnh tật, bị chết; có văn bản đề nghị của cơ quan trực tiếp quản lý đối với cán bộ, công chức, viên chức, người làm việc trong lực lượng vũ trang; vì lý do nhân đạo, khẩn cấp khác do Thủ trưởng Cục Quản lý xuất nhập cảnh quyết định.\nKhông thuộc các trường hợp chưa được cấp giấy tờ xuất nhập cảnh theo Điều 21 Luật Xuất cảnh, nhập cảnh của công dân Việt Nam (bị can, bị cáo; người bị tạm hoãn xuất cảnh; người có nghĩa vụ chấp hành án hình sự; vì lý do quốc phòng, an ninh…).',
  'Hộ chiếu phổ thông (có gắn chíp điện tử hoặc không gắn chíp điện tử). Thời hạn 10 năm đối với người từ đủ 14 tuổi trở lên; 05 năm đối với người chưa đủ 14 tuổi; hộ chiếu không được gia hạn.',
  '',
  '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Cấp hộ chiếu từ lần thứ hai trở đi');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai đề nghị cấp hộ chiếu phổ thông ở trong nước, điền đầy đủ thông tin', 'Mẫu TK01', 1, 0, 1),
  (@c, 2, '02 ảnh chân dung cỡ 4 cm x 6 cm, chụp không quá 06 tháng, mặt nhìn thẳng, đầu để trần, không đeo kính màu, phông nền trắng (nộp trực tuyến thì tải ảnh lên theo hướng dẫn)', '', 2, 0, 1),
  (@c, 3, 'Hộ chiếu phổ thông đã được cấp lần gần nhất (nếu còn)', '', 1, 0, 0),
  (@c, 4, 'Đơn trình báo mất hộ chiếu (trường hợp hộ chiếu bị mất mà chưa trình báo với cơ quan có thẩm quyền)', '', 1, 0, 0);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Cấp hộ chiếu lần đầu vì lý do cấp thiết');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai đề nghị cấp hộ chiếu phổ thông ở trong nước, điền đầy đủ thông tin', 'Mẫu TK01', 1, 0, 1),
  (@c, 2, '02 ảnh chân dung cỡ 4 cm x 6 cm, chụp không quá 06 tháng, mặt nhìn thẳng, đầu để trần, không đeo kính màu, phông nền trắng (nộp trực tuyến thì tải ảnh lên theo hướng dẫn)', '', 2, 0, 1),
  (@c, 3, 'Giấy tờ chứng minh lý do cấp thiết: giấy giới thiệu hoặc đề nghị của bệnh viện; giấy tờ chứng minh thân nhân ở nước ngoài bị tai nạn, bệnh tật, bị chết; văn bản đề nghị của cơ quan trực tiếp quản lý', '', 0, 1, 1);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 3, 'Cấp hộ chiếu cho người chưa đủ 14 tuổi');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai đề nghị cấp hộ chiếu do cha, mẹ hoặc người giám hộ khai và ký thay', 'Mẫu TK01', 1, 0, 1),
  (@c, 2, '02 ảnh chân dung cỡ 4 cm x 6 cm, chụp không quá 06 tháng, mặt nhìn thẳng, đầu để trần, không đeo kính màu, phông nền trắng (nộp trực tuyến thì tải ảnh lên theo hướng dẫn)', '', 2, 0, 1),
  (@c, 3, 'Bản sao hoặc bản chụp giấy khai sinh hoặc trích lục khai sinh của người chưa đủ 14 tuổi', '', 0, 1, 1),
  (@c, 4, 'Bản chụp giấy tờ chứng minh người đại diện hợp pháp (đối với người mất năng lực hành vi dân sự, người có khó khăn trong nhận thức, làm chủ hành vi hoặc khi người làm thủ tục cho trẻ em là người giám hộ)', '', 0, 1, 0);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', '05 ngày làm việc kể từ ngày nhận đủ hồ sơ', 5, 200000, 'Lệ phí: 200.000 đồng/hộ chiếu cấp mới (gồm hộ chiếu có gắn chíp điện tử và không gắn chíp điện tử); 400.000 đồng/hộ chiếu cấp lại do bị hỏng hoặc bị mất.', 'Nộp tại trụ sở Cục Quản lý xuất nhập cảnh, Bộ Công an tại Hà Nội hoặc Thành phố Hồ Chí Minh.'),
  (@p, 'online', '05 ngày làm việc kể từ ngày nhận đủ hồ sơ', 5, 200000, 'Lệ phí: 200.000 đồng/hộ chiếu cấp mới (gồm hộ chiếu có gắn chíp điện tử và không gắn chíp điện tử); 400.000 đồng/hộ chiếu cấp lại do bị hỏng hoặc bị mất.', 'Nộp qua Cổng Dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an, chọn cơ quan giải quyết là Cục Quản lý xuất nhập cảnh; có thể đăng ký nhận hộ chiếu qua dịch vụ bưu chính.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '49/2019/QH14', 'Luật Xuất cảnh, nhập cảnh của công dân Việt Nam', '2019-11-22', 'Quốc hội'),
  (@p, 2, '23/2023/QH15', 'Luật sửa đổi, bổ sung một số điều của Luật Xuất cảnh, nhập cảnh của công dân Việt Nam và Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam', '2023-06-24', 'Quốc hội'),
  (@p, 3, '25/2021/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí trong lĩnh vực xuất cảnh, nhập cảnh, quá cảnh, cư trú tại Việt Nam', '2021-04-07', 'Bộ Tài chính');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Khi nào tôi nên nộp hồ sơ tại Cục Quản lý xuất nhập cảnh thay vì Công an tỉnh?', 'Khi bạn đã từng được cấp hộ chiếu và muốn được giải quyết tại cơ quan trung ương, hoặc khi cần hộ chiếu lần đầu vì lý do cấp thiết như đi chữa bệnh, thân nhân ở nước ngoài gặp nạn, đi công tác theo đề nghị của cơ quan. Các trường hợp cấp lần đầu thông thường nộp tại Công an tỉnh, thành phố.'),
  (@p, 2, 'Tôi cần hộ chiếu gấp để ra nước ngoài chữa bệnh thì phải làm gì?', 'Bạn nộp hồ sơ tại Cục Quản lý xuất nhập cảnh kèm giấy giới thiệu hoặc đề nghị của bệnh viện. Thời hạn giải quyết không quá 05 ngày làm việc kể từ ngày nhận đủ hồ sơ.');

-- ------------------------------------------------------------------------------------------------
-- 1.001978 Giải quyết hưởng trợ cấp thất nghiệp
-- ------------------------------------------------------------------------------------------------
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical, popularity, summary, steps, applicants, conditions, result, folded_name, search_text) VALUES (
  '1.001978',
  'Giải quyết hưởng trợ cấp thất nghiệp',
  @ag_bnv,
  @f_vl,
  'province',
  'citizen',
  'partial',
  0,
  6013755,
  'Người lao động đang đóng bảo hiểm thất nghiệp, đã chấm dứt hợp đồng lao động hoặc hợp đồng làm việc mà chưa có việc làm nộp hồ sơ tại Trung tâm dịch vụ việc làm để được hưởng trợ cấp thất nghiệp hằng tháng. Hồ sơ phải nộp trong thời hạn 03 tháng kể từ ngày chấm dứt hợp đồng.',
  'Trong thời hạn 03 tháng kể từ ngày chấm dứt hợp đồng lao động hoặc hợp đồng làm việc, nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp tại Trung tâm dịch vụ việc làm nơi muốn nhận trợ cấp hoặc nộp trực tuyến.\nTrung tâm dịch vụ việc làm kiểm tra hồ sơ, cấp phiếu hẹn trả kết quả; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung.\nTrung tâm dịch vụ việc làm xem xét, trình Giám đốc Sở Nội vụ quyết định hưởng trợ cấp thất nghiệp; trường hợp không đủ điều kiện thì trả lời bằng văn bản, nêu rõ lý do.\nNhận quyết định hưởng trợ cấp thất nghiệp; cơ quan bảo hiểm xã hội chi trả trợ cấp hằng tháng qua tài khoản cá nhân hoặc tại điểm chi trả.\nTrong thời gian hưởng trợ cấp, hằng tháng thông báo về việc tìm kiếm việc làm với Trung tâm dịch vụ việc làm theo lịch hẹn, trừ trường hợp được miễn thông báo theo quy định.',
  'Người lao động tham gia bảo hiểm thất nghiệp đã chấm dứt hợp đồng lao động, hợp đồng làm việc.',
  'Đã chấm dứt hợp đồng lao động, hợp đồng làm việc hoặc thôi việc, trừ trường hợp đơn phương chấm dứt hợp đồng trái pháp luật hoặc đang hưởng lương hưu.\nĐã đóng bảo hiểm thất nghiệp từ đủ 12 tháng trở lên trong thời gian 24 tháng trước khi chấm dứt hợp đồng; đối với hợp đồng có thời hạn từ đủ 01 tháng đến dưới 12 tháng thì từ đủ 12 tháng trở lên trong thời gian 36 tháng trước khi chấm dứt hợp đồng.\nĐã nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp trong thời hạn 03 tháng kể từ ngày chấm dứt hợp đồng.\nChưa có việc làm sau 10 ngày làm việc kể từ ngày nộp đủ hồ sơ.',
  'Quyết định hưởng trợ cấp thất nghiệp của Giám đốc Sở Nội vụ. Mức hưởng hằng tháng bằng 60% mức bình quân tiền lương tháng đóng bảo hiểm thất nghiệp của 06 tháng đóng gần nhất, tối đa không quá 05 lần mức lương tối thiểu vùng.',
  '',
  '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Đề nghị hưởng trợ cấp thất nghiệp');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Đề nghị hưởng trợ cấp thất nghiệp (theo mẫu)', '', 1, 0, 1),
  (@c, 2, 'Bản chính hoặc bản sao có chứng thực của một trong các giấy tờ xác nhận việc chấm dứt hợp đồng: hợp đồng đã hết hạn hoặc đã hoàn thành công việc; quyết định thôi việc; quyết định sa thải; quyết định kỷ luật buộc thôi việc; thông báo hoặc thỏa thuận chấm dứt hợp đồng', '', 1, 0, 1),
  (@c, 3, 'Sổ bảo hiểm xã hội có xác nhận thời gian đóng bảo hiểm thất nghiệp', '', 1, 0, 1);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', '20 ngày kể từ ngày Trung tâm dịch vụ việc làm nhận đủ hồ sơ', NULL, 0, 'Không thu phí, lệ phí.', 'Nộp tại Trung tâm dịch vụ việc làm (hoặc điểm tiếp nhận của Trung tâm) thuộc tỉnh, thành phố nơi người lao động muốn nhận trợ cấp.'),
  (@p, 'online', '20 ngày kể từ ngày Trung tâm dịch vụ việc làm nhận đủ hồ sơ', NULL, 0, 'Không thu phí, lệ phí.', 'Nộp qua Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện tử; người lao động vẫn phải thông báo tìm kiếm việc làm hằng tháng theo lịch hẹn của Trung tâm dịch vụ việc làm.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '74/2025/QH15', 'Luật Việc làm', '2025-06-16', 'Quốc hội'),
  (@p, 2, '374/2025/NĐ-CP', 'Nghị định quy định chi tiết thi hành Luật Việc làm về bảo hiểm thất nghiệp', '2025-12-31', 'Chính phủ');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Tự ý nghỉ việc có được hưởng trợ cấp thất nghiệp không?', 'Nếu bạn đơn phương chấm dứt hợp đồng trái pháp luật (ví dụ nghỉ ngang, không báo trước đúng thời hạn) thì không được hưởng. Nếu nghỉ việc đúng quy định và đáp ứng đủ các điều kiện khác thì vẫn được hưởng trợ cấp thất nghiệp.'),
  (@p, 2, 'Được hưởng trợ cấp thất nghiệp trong bao nhiêu tháng?', 'Đóng bảo hiểm thất nghiệp từ đủ 12 tháng đến đủ 36 tháng được hưởng 03 tháng trợ cấp; sau đó cứ đóng đủ thêm 12 tháng thì được hưởng thêm 01 tháng, tối đa không quá 12 tháng.'),
  (@p, 3, 'Quá 03 tháng sau khi nghỉ việc mới nộp hồ sơ thì sao?', 'Bạn không được giải quyết hưởng trợ cấp cho lần chấm dứt hợp đồng đó. Thời gian đã đóng bảo hiểm thất nghiệp mà chưa hưởng được bảo lưu để tính cho lần hưởng sau khi bạn đủ điều kiện.');

-- ------------------------------------------------------------------------------------------------
-- 1.010041 Xác nhận thông tin về cư trú
-- ------------------------------------------------------------------------------------------------
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical, popularity, summary, steps, applicants, conditions, result, folded_name, search_text) VALUES (
  '1.010041',
  'Xác nhận thông tin về cư trú',
  @ag_bca,
  @f_cutru,
  'commune',
  'citizen',
  'full',
  1,
  5784162,
  'Công dân đề nghị cơ quan đăng ký cư trú xác nhận thông tin về nơi thường trú, nơi tạm trú, nơi ở hiện tại, thời gian cư trú và thông tin hộ gia đình để dùng khi làm thủ tục, giao dịch. Có thể đề nghị tại bất kỳ cơ quan đăng ký cư trú nào hoặc trực tuyến và nhận văn bản xác nhận điện tử.',
  'Nộp đề nghị xác nhận thông tin về cư trú trực tiếp tại Công an cấp xã bất kỳ trong cả nước hoặc trực tuyến qua Cổng Dịch vụ công quốc gia, Cổng dịch vụ công Bộ Công an, ứng dụng VNeID.\nCơ quan đăng ký cư trú kiểm tra thông tin trong Cơ sở dữ liệu về cư trú, Cơ sở dữ liệu quốc gia về dân cư; xác minh nếu thông tin chưa được cập nhật.\nCơ quan đăng ký cư trú cấp văn bản xác nhận thông tin về cư trú (bản giấy hoặc bản điện tử); trường hợp từ chối thì trả lời bằng văn bản, nêu rõ lý do.',
  'Công dân Việt Nam có yêu cầu xác nhận thông tin về cư trú của mình.',
  '',
  'Văn bản xác nhận thông tin về cư trú (Mẫu CT07) dạng giấy hoặc điện tử, có giá trị 01 năm kể từ ngày cấp; trường hợp thông tin về cư trú thay đổi thì văn bản hết giá trị từ thời điểm thay đổi.',
  '',
  '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Đề nghị xác nhận thông tin về cư trú');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai thay đổi thông tin cư trú, ghi rõ nội dung đề nghị xác nhận', 'Mẫu CT01', 1, 0, 1);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', 'Không quá 01 ngày làm việc; trường hợp phải xác minh thì không quá 03 ngày làm việc', 1, 0, 'Không thu lệ phí.', 'Nộp tại Công an xã, phường, đặc khu bất kỳ, không phụ thuộc nơi cư trú.'),
  (@p, 'online', 'Không quá 01 ngày làm việc; trường hợp phải xác minh thì không quá 03 ngày làm việc', 1, 0, 'Không thu lệ phí.', 'Nộp qua Cổng Dịch vụ công quốc gia, Cổng dịch vụ công Bộ Công an hoặc ứng dụng VNeID, đăng nhập bằng tài khoản định danh điện tử. Văn bản xác nhận điện tử được trả vào tài khoản của người đề nghị.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '68/2020/QH14', 'Luật Cư trú', '2020-11-13', 'Quốc hội'),
  (@p, 2, '154/2024/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú', '2024-11-26', 'Chính phủ'),
  (@p, 3, '55/2021/TT-BCA', 'Thông tư quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú', '2021-05-15', 'Bộ Công an'),
  (@p, 4, '66/2023/TT-BCA', 'Thông tư sửa đổi, bổ sung một số điều của các thông tư quy định chi tiết thi hành Luật Cư trú', '2023-11-17', 'Bộ Công an');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Giấy xác nhận thông tin về cư trú có giá trị bao lâu?', 'Văn bản xác nhận thông tin về cư trú có giá trị 01 năm kể từ ngày cấp. Nếu trong thời gian đó thông tin cư trú của bạn thay đổi thì văn bản hết giá trị từ thời điểm thay đổi.'),
  (@p, 2, 'Có thể dùng ứng dụng VNeID thay cho giấy xác nhận cư trú không?', 'Trong nhiều trường hợp là được: thông tin cư trú hiển thị trên tài khoản định danh điện tử mức độ 2 có thể dùng để chứng minh nơi cư trú khi làm thủ tục, giao dịch. Nếu nơi tiếp nhận vẫn cần văn bản, bạn đề nghị xác nhận thông tin về cư trú ngay trên ứng dụng VNeID và nhận bản điện tử.'),
  (@p, 3, 'Tôi có phải về nơi thường trú để xin xác nhận không?', 'Không. Bạn có thể đề nghị tại Công an cấp xã bất kỳ trong cả nước hoặc nộp trực tuyến.');

-- ------------------------------------------------------------------------------------------------
-- 2.001195 Cấp đổi thẻ căn cước (thực hiện tại cấp tỉnh)
-- ------------------------------------------------------------------------------------------------
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical, popularity, summary, steps, applicants, conditions, result, folded_name, search_text) VALUES (
  '2.001195',
  'Cấp đổi thẻ căn cước (thực hiện tại cấp tỉnh)',
  @ag_bca,
  @f_cc,
  'province',
  'citizen',
  'partial',
  1,
  3013321,
  'Công dân đã được cấp thẻ căn cước hoặc thẻ căn cước công dân làm thủ tục cấp đổi khi đủ tuổi phải đổi thẻ, khi thay đổi, cải chính thông tin nhân thân, khi thông tin in trên thẻ có sai sót hoặc khi có nhu cầu. Người đề nghị phải có mặt để thu nhận ảnh khuôn mặt, vân tay, mống mắt.',
  'Đến cơ quan quản lý căn cước của Công an cấp tỉnh hoặc đăng ký, đặt lịch trước qua Cổng Dịch vụ công quốc gia, Cổng dịch vụ công Bộ Công an, ứng dụng VNeID.\nCán bộ tiếp nhận tra cứu thông tin của công dân trong Cơ sở dữ liệu quốc gia về dân cư; trường hợp thông tin chưa có, chưa đầy đủ hoặc có sai sót thì công dân kê khai Tờ khai căn cước và xuất trình giấy tờ chứng minh để điều chỉnh.\nThu nhận ảnh khuôn mặt, vân tay, mống mắt của người đề nghị; người đề nghị kiểm tra và ký xác nhận thông tin thu nhận.\nNộp lệ phí (nếu thuộc trường hợp phải nộp) và nhận giấy hẹn trả kết quả.\nNhận thẻ căn cước tại nơi làm thủ tục hoặc tại địa chỉ theo yêu cầu qua dịch vụ bưu chính.',
  'Công dân Việt Nam đã được cấp thẻ căn cước hoặc thẻ căn cước công dân. Người chưa đủ 14 tuổi, người có khó khăn trong nhận thức, làm chủ hành vi làm thủ tục cùng người đại diện hợp pháp.',
  'Thuộc một trong các trường hợp cấp đổi sau đây:\nĐủ 14 tuổi, 25 tuổi, 40 tuổi hoặc 60 tuổi.\nThay đổi, cải chính thông tin về họ, chữ đệm, tên khai sinh; ngày, tháng, năm sinh.\nThay đổi nhân dạng; bổ sung thông tin về ảnh khuôn mặt, vân tay; xác định lại giới tính hoặc chuyển đổi giới tính theo quy định.\nThông tin in trên thẻ căn cước có sai sót.\nThông tin trên thẻ thay đổi do sắp xếp đơn vị hành chính và người được cấp thẻ có yêu cầu.\nXác lập lại số định danh cá nhân.\nNgười được cấp thẻ căn cước có yêu cầu cấp đổi.',
  'Thẻ căn cước; thông tin trong Cơ sở dữ liệu quốc gia về dân cư được cập nhật nếu có điều chỉnh.',
  '',
  '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Cấp đổi khi đủ 14, 25, 40, 60 tuổi hoặc theo yêu cầu của người được cấp thẻ');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Thẻ căn cước hoặc thẻ căn cước công dân đã được cấp (nộp lại khi nhận thẻ mới)', '', 1, 0, 1);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Cấp đổi khi thay đổi, cải chính thông tin nhân thân, xác định lại giới tính hoặc thông tin in trên thẻ có sai sót');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai căn cước (chỉ kê khai khi thông tin cần điều chỉnh chưa được cập nhật trong Cơ sở dữ liệu quốc gia về dân cư)', 'Mẫu CC01', 1, 0, 0),
  (@c, 2, 'Giấy tờ, tài liệu hợp pháp chứng minh thông tin thay đổi, cải chính (trích lục hộ tịch, quyết định của cơ quan có thẩm quyền…), trừ trường hợp thông tin đã được cập nhật trong cơ sở dữ liệu', '', 1, 0, 0),
  (@c, 3, 'Thẻ căn cước hoặc thẻ căn cước công dân đã được cấp (nộp lại khi nhận thẻ mới)', '', 1, 0, 1);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 3, 'Cấp đổi khi thông tin trên thẻ thay đổi do sắp xếp đơn vị hành chính');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Thẻ căn cước hoặc thẻ căn cước công dân đã được cấp (nộp lại khi nhận thẻ mới)', '', 1, 0, 1);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', '07 ngày làm việc kể từ ngày tiếp nhận hồ sơ', 7, 30000, 'Lệ phí cấp đổi: 30.000 đồng/thẻ. Không thu lệ phí khi đổi thẻ lúc đủ 14, 25, 40, 60 tuổi hoặc khi thông tin có sai sót do lỗi của cơ quan quản lý; miễn lệ phí khi đổi thẻ do sắp xếp đơn vị hành chính và các trường hợp khác theo Thông tư số 73/2024/TT-BTC.', 'Nộp tại cơ quan quản lý căn cước của Công an tỉnh, thành phố. Nhận thẻ qua dịch vụ bưu chính thì trả thêm cước chuyển phát.'),
  (@p, 'online', '07 ngày làm việc kể từ ngày tiếp nhận hồ sơ', 7, 30000, 'Lệ phí cấp đổi: 30.000 đồng/thẻ, thu như khi nộp trực tiếp; các trường hợp không thu, miễn lệ phí áp dụng như nộp trực tiếp.', 'Đăng ký, đặt lịch và thanh toán trực tuyến; công dân đến cơ quan Công an theo lịch hẹn để thu nhận ảnh khuôn mặt, vân tay, mống mắt.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '26/2023/QH15', 'Luật Căn cước', '2023-11-27', 'Quốc hội'),
  (@p, 2, '70/2024/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Căn cước', '2024-06-25', 'Chính phủ'),
  (@p, 3, '73/2024/TT-BTC', 'Thông tư quy định mức thu, miễn, chế độ thu, nộp lệ phí cấp đổi, cấp lại thẻ căn cước', '2024-10-21', 'Bộ Tài chính');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Khi nào bắt buộc phải đổi thẻ căn cước?', 'Công dân phải làm thủ tục cấp đổi thẻ khi đủ 14 tuổi, 25 tuổi, 40 tuổi và 60 tuổi. Thẻ được cấp, đổi trong thời hạn 02 năm trước các mốc tuổi này vẫn có giá trị đến mốc tuổi đổi thẻ tiếp theo.'),
  (@p, 2, 'Thẻ căn cước công dân cũ còn hạn có phải đổi sang thẻ căn cước không?', 'Không bắt buộc. Thẻ căn cước công dân còn thời hạn vẫn được sử dụng đến hết thời hạn ghi trên thẻ; bạn có thể đổi sang thẻ căn cước nếu có nhu cầu.'),
  (@p, 3, 'Địa chỉ trên thẻ thay đổi do sắp xếp xã, phường thì có phải đổi thẻ không?', 'Không bắt buộc, thẻ vẫn có giá trị sử dụng. Nếu muốn thẻ ghi thông tin mới, bạn đề nghị cấp đổi và được miễn lệ phí.');

-- ------------------------------------------------------------------------------------------------
-- 2.001159 Thông báo lưu trú
-- ------------------------------------------------------------------------------------------------
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical, popularity, summary, steps, applicants, conditions, result, folded_name, search_text) VALUES (
  '2.001159',
  'Thông báo lưu trú',
  @ag_bca,
  @f_cutru,
  'commune',
  'citizen,business',
  'full',
  1,
  2812308,
  'Khi có người đến ở lại trong thời gian dưới 30 ngày tại gia đình, cơ sở lưu trú du lịch, nhà trọ, ký túc xá, cơ sở chữa bệnh…, thành viên hộ gia đình hoặc người đại diện cơ sở phải thông báo lưu trú với Công an cấp xã. Có thể thông báo trực tiếp, qua điện thoại hoặc trực tuyến, không mất phí.',
  'Thành viên hộ gia đình hoặc người đại diện cơ sở có người đến lưu trú thông báo với Công an cấp xã nơi có người lưu trú: trực tiếp, qua điện thoại, qua Cổng Dịch vụ công, ứng dụng VNeID hoặc phần mềm do cơ quan Công an cung cấp.\nThông báo trước 23 giờ của ngày bắt đầu lưu trú; trường hợp người đến lưu trú sau 23 giờ thì thông báo trước 08 giờ sáng ngày hôm sau.\nCơ quan đăng ký cư trú tiếp nhận, cập nhật thông tin lưu trú vào Cơ sở dữ liệu về cư trú.',
  'Thành viên hộ gia đình; người đại diện cơ sở chữa bệnh, cơ sở lưu trú du lịch (khách sạn, nhà nghỉ, nhà ở có phòng cho khách du lịch thuê…) và các cơ sở khác có người đến lưu trú.',
  'Người đến lưu trú ở lại trong thời gian dưới 30 ngày tại địa điểm không phải nơi thường trú, nơi tạm trú của mình.\nTrường hợp ông, bà, cha, mẹ, vợ, chồng, con, cháu, anh, chị, em ruột của thành viên hộ gia đình đến lưu trú nhiều lần thì chỉ cần thông báo lưu trú một lần.',
  'Thông tin lưu trú được cập nhật vào Cơ sở dữ liệu về cư trú.',
  '',
  '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Thông báo lưu trú');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Thông tin về người lưu trú: họ, chữ đệm và tên; số định danh cá nhân hoặc số giấy tờ tùy thân; lý do lưu trú; thời gian lưu trú; địa chỉ lưu trú', '', 0, 0, 1);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', 'Tiếp nhận và cập nhật ngay khi nhận được thông báo', NULL, 0, 'Không thu phí, lệ phí.', 'Thông báo trực tiếp tại Công an xã, phường, đặc khu hoặc qua số điện thoại do Công an cấp xã công bố.'),
  (@p, 'online', 'Tiếp nhận và cập nhật ngay khi nhận được thông báo', NULL, 0, 'Không thu phí, lệ phí.', 'Thông báo qua Cổng Dịch vụ công quốc gia, Cổng dịch vụ công Bộ Công an, ứng dụng VNeID hoặc phần mềm quản lý lưu trú dành cho cơ sở kinh doanh dịch vụ lưu trú.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '68/2020/QH14', 'Luật Cư trú', '2020-11-13', 'Quốc hội'),
  (@p, 2, '154/2024/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú', '2024-11-26', 'Chính phủ'),
  (@p, 3, '55/2021/TT-BCA', 'Thông tư quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú', '2021-05-15', 'Bộ Công an');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Người thân ở quê lên chơi vài ngày có phải thông báo lưu trú không?', 'Có. Khi có người đến ở lại (dưới 30 ngày) tại nhà mình, thành viên hộ gia đình phải thông báo lưu trú. Nếu người đến là ông, bà, cha, mẹ, vợ, chồng, con, cháu, anh, chị, em ruột và đến nhiều lần thì chỉ cần thông báo một lần.'),
  (@p, 2, 'Thông báo lưu trú trên ứng dụng VNeID như thế nào?', 'Bạn đăng nhập ứng dụng VNeID, chọn mục Thủ tục hành chính, chọn Thông báo lưu trú, nhập thông tin người lưu trú, thời gian và địa chỉ lưu trú rồi gửi. Kết quả được thông báo ngay trên ứng dụng.'),
  (@p, 3, 'Khách ở lại từ 30 ngày trở lên thì sao?', 'Khi người đó sinh sống tại chỗ ở từ 30 ngày trở lên thì phải làm thủ tục đăng ký tạm trú thay cho thông báo lưu trú.');

-- ------------------------------------------------------------------------------------------------
-- 2.000815 Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quy
-- ------------------------------------------------------------------------------------------------
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical, popularity, summary, steps, applicants, conditions, result, folded_name, search_text) VALUES (
  '2.000815',
  'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam; cơ quan, tổ chức có thẩm quyền của nước ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận',
  @ag_btp,
  @f_ct,
  'commune',
  'citizen,business',
  'partial',
  0,
  2661097,
  'Chứng thực bản sao là đúng với bản chính đối với giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam hoặc nước ngoài cấp, chứng nhận. Thực hiện tại Ủy ban nhân dân xã, phường, đặc khu hoặc tổ chức hành nghề công chứng bất kỳ, không phụ thuộc nơi cư trú; có thể nhận bản sao điện tử.',
  'Xuất trình bản chính giấy tờ, văn bản và bản sao cần chứng thực tại Ủy ban nhân dân cấp xã hoặc tổ chức hành nghề công chứng; nếu không có bản sao thì nơi chứng thực chụp từ bản chính.\nNgười thực hiện chứng thực kiểm tra bản chính, đối chiếu với bản sao; nếu nội dung bản sao đúng với bản chính và bản chính không thuộc các trường hợp không được chứng thực thì thực hiện chứng thực.\nNgười thực hiện chứng thực ghi lời chứng, ký, ghi rõ họ tên, đóng dấu và ghi vào sổ chứng thực; bản sao có từ 02 trang trở lên thì đóng dấu giáp lai.\nNộp phí chứng thực và nhận bản sao đã được chứng thực.\nVới bản sao điện tử: nộp yêu cầu trên Cổng Dịch vụ công, mang bản chính đến nơi chứng thực để đối chiếu và nhận bản sao điện tử có chữ ký số trong tài khoản dịch vụ công.',
  'Cá nhân, tổ chức Việt Nam và nước ngoài có yêu cầu chứng thực bản sao từ bản chính.',
  'Bản chính không bị tẩy xóa, sửa chữa, thêm, bớt nội dung không hợp lệ; không bị hư hỏng, cũ nát đến mức không xác định được nội dung.\nBản chính không đóng dấu mật của cơ quan, tổ chức có thẩm quyền hoặc không ghi độ mật.\nBản chính không có nội dung trái pháp luật, trái đạo đức xã hội; không tuyên truyền, kích động chiến tranh, chống chế độ xã hội chủ nghĩa Việt Nam; không xuyên tạc lịch sử; không xúc phạm danh dự, nhân phẩm, uy tín của cá nhân, tổ chức.\nGiấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của nước ngoài cấp, công chứng hoặc chứng nhận phải được hợp pháp hóa lãnh sự, trừ trường hợp được miễn theo điều ước quốc tế hoặc theo nguyên tắc có đi có lại.\nBản chính không phải là giấy tờ, văn bản do cá nhân tự lập mà không có xác nhận, chứng nhận của cơ quan, tổ chức có thẩm quyền.',
  'Bản sao được chứng thực từ bản chính (bản giấy hoặc bản điện tử); bản sao được chứng thực có giá trị sử dụng thay cho bản chính trong các giao dịch, trừ trường hợp pháp luật có quy định khác.',
  '',
  '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao', '', 1, 0, 1),
  (@c, 2, 'Bản sao cần chứng thực (nếu không có, nơi chứng thực chụp từ bản chính)', '', 0, 1, 0);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của nước ngoài cấp, công chứng hoặc chứng nhận');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Bản chính giấy tờ, văn bản đã được hợp pháp hóa lãnh sự (trừ trường hợp được miễn hợp pháp hóa lãnh sự)', '', 1, 0, 1),
  (@c, 2, 'Bản sao cần chứng thực (nếu không có, nơi chứng thực chụp từ bản chính)', '', 0, 1, 0);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', 'Trong ngày tiếp nhận yêu cầu; trường hợp tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo. Trường hợp yêu cầu chứng thực với số lượng lớn thì thời hạn được kéo dài theo thỏa thuận bằng văn bản với người yêu cầu', 1, 2000, 'Phí chứng thực: 2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, tối đa không quá 200.000 đồng/bản.', 'Thực hiện tại Ủy ban nhân dân xã, phường, đặc khu hoặc tổ chức hành nghề công chứng bất kỳ, không phụ thuộc nơi cư trú của người yêu cầu.'),
  (@p, 'online', 'Trong ngày tiếp nhận yêu cầu; trường hợp tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo. Trường hợp yêu cầu chứng thực với số lượng lớn thì thời hạn được kéo dài theo thỏa thuận bằng văn bản với người yêu cầu', 1, 2000, 'Phí chứng thực: 2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, tối đa không quá 200.000 đồng/bản.', 'Chứng thực bản sao điện tử từ bản chính: nộp yêu cầu trên Cổng Dịch vụ công, mang bản chính đến nơi chứng thực để đối chiếu; bản sao điện tử được trả vào tài khoản dịch vụ công.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '23/2015/NĐ-CP', 'Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch', '2015-02-16', 'Chính phủ'),
  (@p, 2, '01/2020/TT-BTP', 'Thông tư quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 23/2015/NĐ-CP', '2020-03-03', 'Bộ Tư pháp'),
  (@p, 3, '226/2016/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực', '2016-11-11', 'Bộ Tài chính'),
  (@p, 4, '45/2020/NĐ-CP', 'Nghị định về thực hiện thủ tục hành chính trên môi trường điện tử', '2020-04-08', 'Chính phủ');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Có thể chứng thực bản sao ở nơi không phải nơi cư trú không?', 'Được. Bạn có thể yêu cầu chứng thực bản sao từ bản chính tại bất kỳ Ủy ban nhân dân cấp xã hoặc tổ chức hành nghề công chứng nào, không phụ thuộc nơi cư trú.'),
  (@p, 2, 'Bản sao chứng thực có thời hạn sử dụng không?', 'Pháp luật không quy định thời hạn sử dụng chung của bản sao chứng thực; bản sao có giá trị khi bản chính còn giá trị. Một số thủ tục chuyên ngành có thể yêu cầu bản sao được chứng thực trong thời gian gần, bạn nên kiểm tra yêu cầu của nơi nhận hồ sơ.'),
  (@p, 3, 'Làm thủ tục hành chính có bắt buộc nộp bản sao chứng thực không?', 'Không bắt buộc. Bạn có thể nộp bản sao không chứng thực kèm bản chính để đối chiếu; khi đó cơ quan tiếp nhận không được yêu cầu bản sao có chứng thực. Nộp trực tuyến thì dùng bản chụp hoặc bản điện tử theo hướng dẫn của từng thủ tục.');

-- ------------------------------------------------------------------------------------------------
-- 2.000635 Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh
-- ------------------------------------------------------------------------------------------------
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical, popularity, summary, steps, applicants, conditions, result, folded_name, search_text) VALUES (
  '2.000635',
  'Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh',
  @ag_btp,
  @f_ht,
  'province,commune',
  'citizen,business',
  'full',
  0,
  1373873,
  'Cá nhân, tổ chức đề nghị cấp bản sao trích lục hộ tịch, bản sao giấy khai sinh về sự kiện hộ tịch đã được đăng ký như khai sinh, kết hôn, khai tử. Có thể yêu cầu tại cơ quan đang lưu giữ sổ hộ tịch, cơ quan đăng ký hộ tịch khai thác được Cơ sở dữ liệu hộ tịch điện tử hoặc nộp trực tuyến.',
  'Nộp tờ khai (cơ quan, tổ chức nộp văn bản yêu cầu) trực tiếp tại Ủy ban nhân dân cấp xã hoặc Sở Tư pháp nơi đang lưu giữ sổ hộ tịch, cơ quan đăng ký hộ tịch khai thác được Cơ sở dữ liệu hộ tịch điện tử; hoặc gửi qua hệ thống bưu chính, nộp trực tuyến.\nNgười tiếp nhận kiểm tra thông tin về sự kiện hộ tịch trong sổ hộ tịch, Cơ sở dữ liệu hộ tịch điện tử.\nNộp phí cấp bản sao trích lục hộ tịch theo số bản yêu cầu.\nNhận bản sao trích lục hộ tịch hoặc bản sao giấy khai sinh (bản giấy hoặc bản điện tử).',
  'Cá nhân không phụ thuộc vào nơi cư trú có yêu cầu cấp bản sao trích lục hộ tịch về sự kiện hộ tịch của mình đã được đăng ký; cơ quan, tổ chức có yêu cầu cấp bản sao trích lục hộ tịch của cá nhân thì phải có văn bản yêu cầu nêu rõ lý do.',
  'Sự kiện hộ tịch đã được đăng ký tại cơ quan có thẩm quyền của Việt Nam và còn lưu trong sổ hộ tịch hoặc Cơ sở dữ liệu hộ tịch điện tử.',
  'Bản sao trích lục hộ tịch hoặc bản sao giấy khai sinh (bản giấy hoặc bản điện tử), có giá trị sử dụng thay cho bản chính.',
  '',
  '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Cá nhân yêu cầu cấp bản sao trích lục hộ tịch');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai cấp bản sao trích lục hộ tịch (theo mẫu)', '', 1, 0, 1),
  (@c, 2, 'Giấy tờ tùy thân có ảnh của người yêu cầu (xuất trình bản chính hoặc xác thực bằng tài khoản định danh điện tử khi nộp trực tuyến)', '', 1, 0, 1),
  (@c, 3, 'Văn bản ủy quyền được chứng thực theo quy định (trường hợp ủy quyền; không phải chứng thực nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền)', '', 1, 0, 0);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Cơ quan, tổ chức yêu cầu cấp bản sao trích lục hộ tịch của cá nhân');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Văn bản yêu cầu của cơ quan, tổ chức nêu rõ lý do', '', 1, 0, 1);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', 'Ngay trong ngày tiếp nhận yêu cầu; trường hợp nhận yêu cầu sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo', 1, 8000, 'Phí cấp bản sao trích lục hộ tịch: 8.000 đồng/bản sao trích lục/sự kiện hộ tịch đã đăng ký.', 'Nộp tại Ủy ban nhân dân xã, phường, đặc khu hoặc Sở Tư pháp nơi đang lưu giữ sổ hộ tịch hoặc khai thác được Cơ sở dữ liệu hộ tịch điện tử.'),
  (@p, 'online', 'Ngay trong ngày tiếp nhận yêu cầu; trường hợp nhận yêu cầu sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo', 1, 8000, 'Phí cấp bản sao trích lục hộ tịch: 8.000 đồng/bản sao trích lục/sự kiện hộ tịch đã đăng ký.', 'Nộp trên Cổng Dịch vụ công; nhận bản sao trích lục điện tử trong tài khoản hoặc bản giấy qua dịch vụ bưu chính (trả thêm cước chuyển phát).'),
  (@p, 'post', 'Ngay trong ngày tiếp nhận yêu cầu; trường hợp nhận yêu cầu sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo', 1, 8000, 'Phí cấp bản sao trích lục hộ tịch: 8.000 đồng/bản sao trích lục/sự kiện hộ tịch đã đăng ký.', 'Gửi hồ sơ qua hệ thống bưu chính đến cơ quan có thẩm quyền; thời hạn giải quyết tính từ khi cơ quan nhận đủ hồ sơ.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '60/2014/QH13', 'Luật Hộ tịch', '2014-11-20', 'Quốc hội'),
  (@p, 2, '123/2015/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch', '2015-11-15', 'Chính phủ'),
  (@p, 3, '04/2020/TT-BTP', 'Thông tư quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP', '2020-05-28', 'Bộ Tư pháp'),
  (@p, 4, '281/2016/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch, phí xác nhận có quốc tịch Việt Nam, phí xác nhận là người gốc Việt Nam, lệ phí quốc tịch', '2016-11-14', 'Bộ Tài chính');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Bản sao trích lục khai sinh có thay được giấy khai sinh bản chính không?', 'Có. Bản sao trích lục hộ tịch, bản sao giấy khai sinh được cấp từ sổ hộ tịch hoặc Cơ sở dữ liệu hộ tịch điện tử có giá trị sử dụng thay cho bản chính.'),
  (@p, 2, 'Tôi đăng ký khai sinh ở tỉnh khác, có phải về đó xin bản sao không?', 'Không nhất thiết. Nếu dữ liệu khai sinh của bạn đã có trong Cơ sở dữ liệu hộ tịch điện tử, bạn có thể yêu cầu tại cơ quan đăng ký hộ tịch nơi thuận lợi hoặc nộp trực tuyến; nếu chưa có, bạn yêu cầu nơi đang lưu giữ sổ hộ tịch, có thể gửi qua bưu chính hoặc nộp trực tuyến.');

-- ------------------------------------------------------------------------------------------------
-- 1.001193 Thủ tục đăng ký khai sinh
-- ------------------------------------------------------------------------------------------------
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical, popularity, summary, steps, applicants, conditions, result, folded_name, search_text) VALUES (
  '1.001193',
  'Thủ tục đăng ký khai sinh',
  @ag_btp,
  @f_ht,
  'commune',
  'citizen',
  'full',
  0,
  17610,
  'Cha, mẹ hoặc người thân đăng ký khai sinh cho trẻ em tại Ủy ban nhân dân xã, phường, đặc khu nơi cư trú của cha hoặc mẹ trong thời hạn 60 ngày kể từ ngày sinh. Đăng ký đúng hạn không mất lệ phí; có thể nộp trực tuyến và liên thông đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ.',
  'Nộp tờ khai và giấy tờ theo quy định tại Ủy ban nhân dân cấp xã nơi cư trú của cha hoặc mẹ, hoặc nộp trực tuyến qua Cổng Dịch vụ công, ứng dụng VNeID.\nCông chức tư pháp - hộ tịch kiểm tra hồ sơ; hồ sơ đầy đủ, hợp lệ thì tiếp nhận, chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện.\nCông chức tư pháp - hộ tịch ghi nội dung khai sinh vào Sổ đăng ký khai sinh, cập nhật Cơ sở dữ liệu hộ tịch điện tử để cấp số định danh cá nhân cho trẻ, trình Chủ tịch Ủy ban nhân dân cấp xã ký Giấy khai sinh.\nNgười đi đăng ký khai sinh kiểm tra nội dung, ký vào Sổ đăng ký khai sinh và nhận Giấy khai sinh bản chính (hoặc bản điện tử khi nộp trực tuyến).',
  'Cha, mẹ có trách nhiệm đăng ký khai sinh cho con; trường hợp cha, mẹ không thể đăng ký khai sinh thì ông, bà, người thân thích khác hoặc cá nhân, tổ chức đang nuôi dưỡng trẻ em có trách nhiệm đăng ký khai sinh cho trẻ.',
  'Đăng ký trong thời hạn 60 ngày kể từ ngày sinh (đăng ký đúng hạn).\nViệc khai sinh không có yếu tố nước ngoài; trường hợp có yếu tố nước ngoài thực hiện theo thủ tục đăng ký khai sinh có yếu tố nước ngoài.',
  'Giấy khai sinh (bản chính, bản giấy hoặc bản điện tử); trẻ em được cấp số định danh cá nhân.',
  '',
  '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Trẻ em có Giấy chứng sinh');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai đăng ký khai sinh (theo mẫu)', '', 1, 0, 1),
  (@c, 2, 'Giấy chứng sinh do cơ sở y tế cấp', '', 1, 0, 1),
  (@c, 3, 'Giấy tờ tùy thân có ảnh của người yêu cầu (xuất trình bản chính hoặc xác thực bằng tài khoản định danh điện tử khi nộp trực tuyến)', '', 1, 0, 1),
  (@c, 4, 'Giấy chứng nhận kết hôn của cha, mẹ (xuất trình nếu cha, mẹ đã đăng ký kết hôn và thông tin chưa khai thác được trong Cơ sở dữ liệu hộ tịch điện tử)', '', 1, 0, 0),
  (@c, 5, 'Văn bản ủy quyền được chứng thực theo quy định (trường hợp ủy quyền; không phải chứng thực nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền)', '', 1, 0, 0);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Trẻ em không có Giấy chứng sinh (sinh tại nhà hoặc ở nơi không có cơ sở y tế)');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai đăng ký khai sinh (theo mẫu)', '', 1, 0, 1),
  (@c, 2, 'Văn bản của người làm chứng xác nhận về việc sinh; trường hợp không có người làm chứng thì người đi đăng ký khai sinh làm giấy cam đoan về việc sinh', '', 1, 0, 1),
  (@c, 3, 'Giấy tờ tùy thân có ảnh của người yêu cầu (xuất trình bản chính hoặc xác thực bằng tài khoản định danh điện tử khi nộp trực tuyến)', '', 1, 0, 1),
  (@c, 4, 'Văn bản ủy quyền được chứng thực theo quy định (trường hợp ủy quyền; không phải chứng thực nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền)', '', 1, 0, 0);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 3, 'Trẻ em bị bỏ rơi');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai đăng ký khai sinh (theo mẫu) do cá nhân, tổ chức đang tạm thời nuôi dưỡng trẻ kê khai', '', 1, 0, 1),
  (@c, 2, 'Biên bản xác nhận việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập', '', 1, 0, 1);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', 'Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo', 1, 0, 'Miễn lệ phí đăng ký khai sinh đúng hạn. Nếu yêu cầu cấp thêm bản sao trích lục khai sinh thì nộp phí 8.000 đồng/bản.', 'Nộp tại Ủy ban nhân dân xã, phường, đặc khu nơi cư trú của cha hoặc mẹ.'),
  (@p, 'online', 'Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo', 1, 0, 'Miễn lệ phí đăng ký khai sinh đúng hạn. Nếu yêu cầu cấp thêm bản sao trích lục khai sinh thì nộp phí 8.000 đồng/bản.', 'Nộp qua Cổng Dịch vụ công hoặc ứng dụng VNeID; có thể chọn nhóm thủ tục liên thông đăng ký khai sinh - đăng ký thường trú - cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '60/2014/QH13', 'Luật Hộ tịch', '2014-11-20', 'Quốc hội'),
  (@p, 2, '123/2015/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch', '2015-11-15', 'Chính phủ'),
  (@p, 3, '04/2020/TT-BTP', 'Thông tư quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP', '2020-05-28', 'Bộ Tư pháp'),
  (@p, 4, '63/2024/NĐ-CP', 'Nghị định quy định việc thực hiện liên thông điện tử hai nhóm thủ tục hành chính: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi; đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất', '2024-06-10', 'Chính phủ');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Quá 60 ngày mới đi khai sinh cho con thì sao?', 'Bạn vẫn đăng ký khai sinh cho con được nhưng có thể bị phạt cảnh cáo vì không đăng ký đúng thời hạn. Nên đăng ký sớm để trẻ được cấp số định danh cá nhân, thẻ bảo hiểm y tế và đăng ký thường trú.'),
  (@p, 2, 'Đăng ký khai sinh trực tuyến thì nhận Giấy khai sinh như thế nào?', 'Bạn nhận Giấy khai sinh bản điện tử trong tài khoản dịch vụ công hoặc ứng dụng VNeID. Nếu cần bản giấy, bạn nhận tại Ủy ban nhân dân cấp xã hoặc đăng ký nhận qua dịch vụ bưu chính.'),
  (@p, 3, 'Đặt tên cho con có quy định gì không?', 'Tên phải bằng tiếng Việt hoặc tiếng dân tộc khác của Việt Nam; không đặt tên bằng số, bằng một ký tự mà không phải là chữ; không xâm phạm quyền, lợi ích hợp pháp của người khác và không trái với nguyên tắc cơ bản của pháp luật dân sự. Nên chọn tên không quá dài, dễ sử dụng.');

-- ------------------------------------------------------------------------------------------------
-- 1.000894 Thủ tục đăng ký kết hôn
-- ------------------------------------------------------------------------------------------------
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical, popularity, summary, steps, applicants, conditions, result, folded_name, search_text) VALUES (
  '1.000894',
  'Thủ tục đăng ký kết hôn',
  @ag_btp,
  @f_ht,
  'commune',
  'citizen',
  'partial',
  0,
  34747,
  'Nam, nữ đủ điều kiện kết hôn đăng ký kết hôn tại Ủy ban nhân dân xã, phường, đặc khu nơi cư trú của một trong hai bên. Có thể nộp hồ sơ trực tuyến, nhưng hai bên phải cùng có mặt khi nhận Giấy chứng nhận kết hôn; không mất lệ phí.',
  'Hai bên nam, nữ nộp Tờ khai đăng ký kết hôn và giấy tờ theo quy định tại Ủy ban nhân dân cấp xã nơi cư trú của một trong hai bên, hoặc nộp hồ sơ trực tuyến.\nCông chức tư pháp - hộ tịch kiểm tra hồ sơ, khai thác thông tin về tình trạng hôn nhân trong cơ sở dữ liệu; trường hợp cần xác minh thì thời hạn giải quyết không quá 05 ngày làm việc.\nKhi thấy hai bên đủ điều kiện kết hôn, công chức tư pháp - hộ tịch ghi việc kết hôn vào Sổ hộ tịch.\nHai bên nam, nữ cùng có mặt, ký vào Sổ hộ tịch và Giấy chứng nhận kết hôn; Chủ tịch Ủy ban nhân dân cấp xã trao Giấy chứng nhận kết hôn cho hai bên.',
  'Nam, nữ là công dân Việt Nam cư trú ở trong nước có yêu cầu đăng ký kết hôn.',
  'Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên.\nViệc kết hôn do nam và nữ tự nguyện quyết định.\nKhông bị mất năng lực hành vi dân sự.\nKhông thuộc trường hợp cấm kết hôn: kết hôn giả tạo; tảo hôn, cưỡng ép kết hôn, lừa dối kết hôn, cản trở kết hôn; người đang có vợ, có chồng kết hôn với người khác; kết hôn giữa những người cùng dòng máu về trực hệ, giữa những người có họ trong phạm vi ba đời; giữa cha, mẹ nuôi với con nuôi; giữa người đã từng là cha, mẹ nuôi với con nuôi, cha chồng với con dâu, mẹ vợ với con rể, cha dượng với con riêng của vợ, mẹ kế với con riêng của chồng.',
  'Giấy chứng nhận kết hôn (02 bản chính, mỗi bên giữ 01 bản).',
  '',
  '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Đăng ký kết hôn giữa công dân Việt Nam cư trú ở trong nước');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai đăng ký kết hôn (theo mẫu; hai bên có thể dùng chung một tờ khai)', '', 1, 0, 1),
  (@c, 2, 'Giấy tờ tùy thân có ảnh của hai bên (xuất trình bản chính hoặc xác thực bằng tài khoản định danh điện tử khi nộp trực tuyến)', '', 1, 0, 1),
  (@c, 3, 'Giấy xác nhận tình trạng hôn nhân (nộp khi đăng ký kết hôn tại Ủy ban nhân dân cấp xã không phải nơi thường trú của bên đó và thông tin chưa khai thác được trong cơ sở dữ liệu)', '', 1, 0, 0),
  (@c, 4, 'Bản sao trích lục bản án, quyết định ly hôn đã có hiệu lực pháp luật (đối với người đã ly hôn, nếu thông tin chưa được ghi vào sổ hộ tịch)', '', 0, 1, 0);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', 'Ngay sau khi nhận đủ giấy tờ hợp lệ; trường hợp cần xác minh thì không quá 05 ngày làm việc', 5, 0, 'Miễn lệ phí đăng ký kết hôn đối với công dân Việt Nam cư trú ở trong nước.', 'Nộp tại Ủy ban nhân dân xã, phường, đặc khu nơi cư trú của bên nam hoặc bên nữ.'),
  (@p, 'online', 'Ngay sau khi nhận đủ giấy tờ hợp lệ; trường hợp cần xác minh thì không quá 05 ngày làm việc', 5, 0, 'Miễn lệ phí đăng ký kết hôn đối với công dân Việt Nam cư trú ở trong nước.', 'Nộp tờ khai và giấy tờ trực tuyến; theo lịch hẹn, hai bên cùng có mặt tại Ủy ban nhân dân cấp xã để ký Sổ hộ tịch và nhận Giấy chứng nhận kết hôn.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '52/2014/QH13', 'Luật Hôn nhân và gia đình', '2014-06-19', 'Quốc hội'),
  (@p, 2, '60/2014/QH13', 'Luật Hộ tịch', '2014-11-20', 'Quốc hội'),
  (@p, 3, '123/2015/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch', '2015-11-15', 'Chính phủ'),
  (@p, 4, '04/2020/TT-BTP', 'Thông tư quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP', '2020-05-28', 'Bộ Tư pháp');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Đăng ký kết hôn ở đâu?', 'Hai bạn đăng ký tại Ủy ban nhân dân xã, phường, đặc khu nơi cư trú (thường trú hoặc tạm trú) của một trong hai bên.'),
  (@p, 2, 'Có cần giấy xác nhận tình trạng hôn nhân không?', 'Nếu đăng ký tại nơi bạn thường trú thì không cần. Nếu đăng ký ở nơi khác, bạn cần giấy xác nhận tình trạng hôn nhân do Ủy ban nhân dân cấp xã nơi thường trú cấp, trừ khi cơ quan đăng ký khai thác được thông tin này trong cơ sở dữ liệu.'),
  (@p, 3, 'Một bên bận không đến được thì có đăng ký kết hôn được không?', 'Không. Khi đăng ký kết hôn, hai bên nam, nữ phải cùng có mặt để ký vào Sổ hộ tịch và Giấy chứng nhận kết hôn; việc kết hôn không được ủy quyền cho người khác.');

-- ------------------------------------------------------------------------------------------------
-- 1.000656 Thủ tục đăng ký khai tử
-- ------------------------------------------------------------------------------------------------
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical, popularity, summary, steps, applicants, conditions, result, folded_name, search_text) VALUES (
  '1.000656',
  'Thủ tục đăng ký khai tử',
  @ag_btp,
  @f_ht,
  'commune',
  'citizen',
  'full',
  0,
  1699,
  'Người thân của người chết đăng ký khai tử tại Ủy ban nhân dân xã, phường, đặc khu nơi cư trú cuối cùng của người chết trong thời hạn 15 ngày kể từ ngày có người chết. Đăng ký đúng hạn không mất lệ phí; có thể liên thông xóa đăng ký thường trú và giải quyết mai táng phí, tử tuất.',
  'Nộp Tờ khai đăng ký khai tử và Giấy báo tử hoặc giấy tờ thay Giấy báo tử tại Ủy ban nhân dân cấp xã nơi cư trú cuối cùng của người chết, hoặc nộp trực tuyến qua Cổng Dịch vụ công, ứng dụng VNeID.\nCông chức tư pháp - hộ tịch kiểm tra hồ sơ; nếu việc khai tử đúng thì ghi nội dung khai tử vào Sổ hộ tịch, cập nhật Cơ sở dữ liệu hộ tịch điện tử và trình Chủ tịch Ủy ban nhân dân cấp xã cấp Trích lục khai tử.\nNgười đi đăng ký khai tử ký vào Sổ hộ tịch và nhận Trích lục khai tử.\nThông tin khai tử được chia sẻ để cơ quan Công an xóa đăng ký thường trú, cơ quan có thẩm quyền giải quyết mai táng phí, tử tuất khi người đi đăng ký lựa chọn liên thông.',
  'Vợ, chồng, con, cha, mẹ hoặc người thân thích khác của người chết; trường hợp người chết không có người thân thích thì đại diện cơ quan, tổ chức, cá nhân liên quan.',
  'Đăng ký khai tử trong thời hạn 15 ngày kể từ ngày có người chết.\nViệc khai tử không có yếu tố nước ngoài; trường hợp có yếu tố nước ngoài thực hiện theo thủ tục riêng.',
  'Trích lục khai tử (bản chính, bản giấy hoặc bản điện tử).',
  '',
  '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Đăng ký khai tử');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai đăng ký khai tử (theo mẫu)', '', 1, 0, 1),
  (@c, 2, 'Giấy báo tử hoặc giấy tờ thay Giấy báo tử do cơ quan có thẩm quyền cấp (giấy báo tử của cơ sở y tế; bản án, quyết định tuyên bố một người đã chết của Tòa án; văn bản xác nhận của cơ quan Công an hoặc kết quả giám định đối với người chết do tai nạn, bị giết, chết đột ngột…)', '', 1, 0, 1),
  (@c, 3, 'Giấy tờ tùy thân có ảnh của người yêu cầu (xuất trình bản chính hoặc xác thực bằng tài khoản định danh điện tử khi nộp trực tuyến)', '', 1, 0, 1),
  (@c, 4, 'Văn bản ủy quyền được chứng thực theo quy định (trường hợp ủy quyền; không phải chứng thực nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền)', '', 1, 0, 0);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', 'Ngay trong ngày tiếp nhận hồ sơ; trường hợp cần xác minh thì không quá 03 ngày làm việc', 3, 0, 'Miễn lệ phí đăng ký khai tử đúng hạn.', 'Nộp tại Ủy ban nhân dân xã, phường, đặc khu nơi cư trú cuối cùng của người chết; nếu không xác định được thì nộp tại nơi người đó chết hoặc nơi phát hiện thi thể.'),
  (@p, 'online', 'Ngay trong ngày tiếp nhận hồ sơ; trường hợp cần xác minh thì không quá 03 ngày làm việc', 3, 0, 'Miễn lệ phí đăng ký khai tử đúng hạn.', 'Nộp qua Cổng Dịch vụ công hoặc ứng dụng VNeID; có thể chọn nhóm thủ tục liên thông đăng ký khai tử - xóa đăng ký thường trú - giải quyết mai táng phí, tử tuất.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '60/2014/QH13', 'Luật Hộ tịch', '2014-11-20', 'Quốc hội'),
  (@p, 2, '123/2015/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch', '2015-11-15', 'Chính phủ'),
  (@p, 3, '04/2020/TT-BTP', 'Thông tư quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP', '2020-05-28', 'Bộ Tư pháp'),
  (@p, 4, '63/2024/NĐ-CP', 'Nghị định quy định việc thực hiện liên thông điện tử hai nhóm thủ tục hành chính: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi; đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất', '2024-06-10', 'Chính phủ');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Người thân mất tại nhà, không có giấy báo tử của bệnh viện thì làm thế nào?', 'Trường hợp người chết không thuộc các trường hợp do cơ sở y tế, Tòa án, cơ quan Công an xác nhận thì Chủ tịch Ủy ban nhân dân cấp xã nơi người đó chết cấp Giấy báo tử. Bạn liên hệ Ủy ban nhân dân cấp xã để được hướng dẫn.'),
  (@p, 2, 'Đã đăng ký khai tử có phải làm thủ tục xóa thường trú riêng không?', 'Nếu bạn chọn nhóm thủ tục liên thông khi nộp hồ sơ, cơ quan Công an sẽ xóa đăng ký thường trú dựa trên thông tin khai tử mà bạn không phải nộp hồ sơ riêng.');

-- ------------------------------------------------------------------------------------------------
-- 3.000333 Cấp Phiếu Lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tạ
-- ------------------------------------------------------------------------------------------------
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical, popularity, summary, steps, applicants, conditions, result, folded_name, search_text) VALUES (
  '3.000333',
  'Cấp Phiếu Lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam, người Việt Nam đang cư trú ở nước ngoài',
  @ag_bca,
  @f_lltp,
  'central,province',
  'citizen',
  'full',
  1,
  91959,
  'Cấp Phiếu lý lịch tư pháp số 1 hoặc số 2 để chứng minh một người có hay không có án tích, có bị cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp, hợp tác xã hay không. Từ ngày 01/3/2025, việc cấp Phiếu do cơ quan Công an thực hiện; có thể đề nghị trực tuyến trên ứng dụng VNeID hoặc Cổng Dịch vụ công.',
  'Nộp Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp và giấy tờ kèm theo trực tiếp tại Công an tỉnh, thành phố hoặc trực tuyến qua ứng dụng VNeID, Cổng Dịch vụ công quốc gia, Cổng dịch vụ công Bộ Công an.\nCơ quan tiếp nhận kiểm tra hồ sơ, cấp phiếu hẹn trả kết quả; người yêu cầu nộp phí cung cấp thông tin lý lịch tư pháp.\nCơ quan cấp Phiếu tra cứu thông tin trong cơ sở dữ liệu lý lịch tư pháp, phối hợp với các cơ quan liên quan để xác minh khi cần.\nNhận Phiếu lý lịch tư pháp trực tiếp tại nơi nộp hồ sơ hoặc qua dịch vụ bưu chính theo địa chỉ đã đăng ký.',
  'Công dân Việt Nam (kể cả người Việt Nam đang cư trú ở nước ngoài) và người nước ngoài đã hoặc đang cư trú tại Việt Nam có quyền yêu cầu cấp Phiếu lý lịch tư pháp của mình.',
  'Phiếu lý lịch tư pháp số 1 có thể ủy quyền cho người khác làm thủ tục.\nPhiếu lý lịch tư pháp số 2 phải do chính người được cấp Phiếu yêu cầu, không được ủy quyền.',
  'Phiếu lý lịch tư pháp số 1 hoặc Phiếu lý lịch tư pháp số 2.',
  '',
  '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Cá nhân trực tiếp yêu cầu cấp Phiếu lý lịch tư pháp số 1 hoặc số 2');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', 'Mẫu số 03/2013/TT-LLTP', 1, 0, 1),
  (@c, 2, 'Bản chụp giấy tờ tùy thân (thẻ căn cước, thẻ căn cước công dân hoặc hộ chiếu) của người được cấp Phiếu; nộp trực tuyến thì xác thực bằng tài khoản định danh điện tử', '', 0, 1, 1),
  (@c, 3, 'Bản chụp giấy tờ chứng minh nơi cư trú (chỉ nộp khi thông tin cư trú chưa khai thác được trong Cơ sở dữ liệu quốc gia về dân cư)', '', 0, 1, 0);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Ủy quyền cho người khác yêu cầu cấp Phiếu lý lịch tư pháp số 1');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (dùng cho trường hợp ủy quyền)', 'Mẫu số 04/2013/TT-LLTP', 1, 0, 1),
  (@c, 2, 'Bản chụp giấy tờ tùy thân của người ủy quyền và người được ủy quyền', '', 0, 1, 1),
  (@c, 3, 'Văn bản ủy quyền theo quy định của pháp luật; không cần văn bản ủy quyền nếu người được ủy quyền là cha, mẹ, vợ, chồng, con của người ủy quyền (khi đó nộp giấy tờ chứng minh quan hệ)', '', 1, 0, 1);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', 'Không quá 10 ngày kể từ ngày nhận đủ hồ sơ hợp lệ; không quá 15 ngày đối với người đã cư trú ở nhiều nơi, người nước ngoài hoặc trường hợp phải xác minh về điều kiện đương nhiên được xóa án tích', NULL, 200000, 'Phí cung cấp thông tin lý lịch tư pháp: 200.000 đồng/lần/người; sinh viên, người có công với cách mạng, thân nhân liệt sĩ: 100.000 đồng/lần/người; từ Phiếu thứ 3 trở đi trong một lần yêu cầu thu thêm 5.000 đồng/Phiếu. Miễn phí đối với trẻ em, người cao tuổi, người khuyết tật, người thuộc hộ nghèo và một số trường hợp khác theo Thông tư số 244/2016/TT-BTC.', 'Công dân Việt Nam nộp tại Công an tỉnh, thành phố nơi thường trú (không có nơi thường trú thì nơi tạm trú); người nước ngoài đang cư trú tại Việt Nam nộp tại Công an tỉnh, thành phố nơi cư trú; người Việt Nam đang cư trú ở nước ngoài và người nước ngoài đã rời Việt Nam nộp tại cơ quan quản lý cơ sở dữ liệu lý lịch tư pháp thuộc Bộ Công an.'),
  (@p, 'online', 'Không quá 10 ngày kể từ ngày nhận đủ hồ sơ hợp lệ; không quá 15 ngày đối với người đã cư trú ở nhiều nơi, người nước ngoài hoặc trường hợp phải xác minh về điều kiện đương nhiên được xóa án tích', NULL, 200000, 'Phí cung cấp thông tin lý lịch tư pháp: 200.000 đồng/lần/người; sinh viên, người có công với cách mạng, thân nhân liệt sĩ: 100.000 đồng/lần/người; từ Phiếu thứ 3 trở đi trong một lần yêu cầu thu thêm 5.000 đồng/Phiếu. Miễn phí đối với trẻ em, người cao tuổi, người khuyết tật, người thuộc hộ nghèo và một số trường hợp khác theo Thông tư số 244/2016/TT-BTC.', 'Đề nghị trên ứng dụng VNeID (tài khoản định danh điện tử mức độ 2) hoặc Cổng Dịch vụ công; thanh toán phí trực tuyến; nhận Phiếu qua dịch vụ bưu chính hoặc tại nơi đã đăng ký.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '28/2009/QH12', 'Luật Lý lịch tư pháp', '2009-06-17', 'Quốc hội'),
  (@p, 2, '111/2010/NĐ-CP', 'Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật Lý lịch tư pháp', '2010-11-23', 'Chính phủ'),
  (@p, 3, '244/2016/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin lý lịch tư pháp', '2016-11-11', 'Bộ Tài chính'),
  (@p, 4, '02/2025/NĐ-CP', 'Nghị định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Công an (tiếp nhận nhiệm vụ quản lý nhà nước về lý lịch tư pháp)', '2025-02-18', 'Chính phủ');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Phiếu lý lịch tư pháp số 1 và số 2 khác nhau thế nào?', 'Phiếu số 1 ghi án tích chưa được xóa và không ghi án tích đã được xóa, cấp cho cá nhân và cơ quan, tổ chức có yêu cầu; thường dùng khi xin việc, làm hồ sơ đi lao động, du học. Phiếu số 2 ghi đầy đủ các án tích, kể cả án tích đã được xóa, chỉ cấp cho cơ quan tiến hành tố tụng hoặc cho chính người đó để biết nội dung lý lịch tư pháp của mình.'),
  (@p, 2, 'Tôi có thể xin Phiếu lý lịch tư pháp trên VNeID không?', 'Được. Nếu có tài khoản định danh điện tử mức độ 2, bạn đăng nhập ứng dụng VNeID, chọn Thủ tục hành chính, chọn Cấp Phiếu lý lịch tư pháp, điền thông tin, thanh toán phí và chọn cách nhận kết quả.'),
  (@p, 3, 'Phiếu lý lịch tư pháp có thời hạn sử dụng bao lâu?', 'Luật không quy định thời hạn sử dụng chung của Phiếu. Tuy vậy, nhiều thủ tục như tuyển dụng, cấp giấy phép, đi lao động ở nước ngoài yêu cầu Phiếu được cấp không quá 06 tháng, vì vậy bạn nên kiểm tra yêu cầu của nơi nhận.');

-- ------------------------------------------------------------------------------------------------
-- 1.002755 Gia hạn tạm trú
-- ------------------------------------------------------------------------------------------------
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical, popularity, summary, steps, applicants, conditions, result, folded_name, search_text) VALUES (
  '1.002755',
  'Gia hạn tạm trú',
  @ag_bca,
  @f_cutru,
  'commune',
  'citizen',
  'full',
  1,
  705135,
  'Công dân đã đăng ký tạm trú, khi thời hạn tạm trú sắp hết mà vẫn tiếp tục sinh sống tại chỗ ở đó thì làm thủ tục gia hạn tạm trú trong thời hạn 15 ngày trước ngày hết hạn. Có thể nộp trực tuyến với lệ phí thấp hơn.',
  'Trong thời hạn 15 ngày trước ngày hết thời hạn tạm trú, nộp hồ sơ gia hạn tại Công an cấp xã nơi đang tạm trú hoặc nộp trực tuyến qua Cổng Dịch vụ công quốc gia, Cổng dịch vụ công Bộ Công an, ứng dụng VNeID.\nCơ quan đăng ký cư trú kiểm tra hồ sơ: hồ sơ đầy đủ thì cấp Phiếu tiếp nhận hồ sơ và hẹn trả kết quả; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung.\nNộp lệ phí tại nơi nộp hồ sơ hoặc thanh toán trực tuyến.\nTrong thời hạn 03 ngày làm việc, cơ quan đăng ký cư trú cập nhật thời hạn tạm trú mới vào Cơ sở dữ liệu về cư trú; trường hợp từ chối thì trả lời bằng văn bản, nêu rõ lý do.\nNhận thông báo kết quả bằng văn bản, tin nhắn hoặc qua tài khoản dịch vụ công, ứng dụng VNeID.',
  'Công dân Việt Nam đã đăng ký tạm trú và có nhu cầu tiếp tục tạm trú tại chỗ ở đó; cơ quan, tổ chức đề nghị gia hạn tạm trú theo danh sách cho người lao động, học sinh, sinh viên.',
  'Thực hiện trong thời hạn 15 ngày trước ngày kết thúc thời hạn tạm trú đã đăng ký.\nVẫn tiếp tục sinh sống tại chỗ ở hợp pháp đã đăng ký tạm trú và được chủ hộ, chủ sở hữu chỗ ở đồng ý (trừ trường hợp là chủ sở hữu).',
  'Thời hạn tạm trú mới được cập nhật vào Cơ sở dữ liệu về cư trú; người đề nghị nhận thông báo kết quả. Mỗi lần gia hạn tối đa 02 năm.',
  '',
  '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Gia hạn tạm trú cho cá nhân, hộ gia đình');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai thay đổi thông tin cư trú, có ý kiến đồng ý của chủ hộ, chủ sở hữu chỗ ở hợp pháp (trừ trường hợp đã có ý kiến đồng ý bằng văn bản hoặc xác nhận qua ứng dụng VNeID)', 'Mẫu CT01', 1, 0, 1);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Gia hạn tạm trú theo danh sách');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Văn bản đề nghị gia hạn tạm trú của cơ quan, tổ chức kèm danh sách người gia hạn tạm trú', '', 1, 0, 1),
  (@c, 2, 'Tờ khai thay đổi thông tin cư trú của từng người', 'Mẫu CT01', 1, 0, 1);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 3, 15000, 'Lệ phí: 15.000 đồng/lần đối với cá nhân, hộ gia đình; 10.000 đồng/người/lần đối với gia hạn tạm trú theo danh sách. Miễn lệ phí đối với các trường hợp quy định tại Thông tư số 75/2022/TT-BTC (người có công với cách mạng và thân nhân, công dân thuộc hộ nghèo, trẻ em, người cao tuổi, người khuyết tật…).', 'Nộp tại Công an xã, phường, đặc khu nơi đang tạm trú.'),
  (@p, 'online', '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 3, 7000, 'Lệ phí: 7.000 đồng/lần đối với cá nhân, hộ gia đình; 5.000 đồng/người/lần đối với gia hạn tạm trú theo danh sách. Miễn lệ phí đối với các trường hợp quy định tại Thông tư số 75/2022/TT-BTC (người có công với cách mạng và thân nhân, công dân thuộc hộ nghèo, trẻ em, người cao tuổi, người khuyết tật…).', 'Nộp qua Cổng Dịch vụ công quốc gia, Cổng dịch vụ công Bộ Công an hoặc ứng dụng VNeID, đăng nhập bằng tài khoản định danh điện tử.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '68/2020/QH14', 'Luật Cư trú', '2020-11-13', 'Quốc hội'),
  (@p, 2, '154/2024/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú', '2024-11-26', 'Chính phủ'),
  (@p, 3, '55/2021/TT-BCA', 'Thông tư quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú', '2021-05-15', 'Bộ Công an'),
  (@p, 4, '75/2022/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp và quản lý lệ phí đăng ký cư trú', '2022-12-22', 'Bộ Tài chính');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Được gia hạn tạm trú bao nhiêu lần?', 'Không giới hạn số lần. Mỗi lần gia hạn, thời hạn tạm trú tối đa là 02 năm, miễn là bạn vẫn sinh sống tại chỗ ở đó và được chủ hộ, chủ sở hữu đồng ý.'),
  (@p, 2, 'Đã quá hạn tạm trú mà chưa gia hạn thì làm thế nào?', 'Bạn liên hệ Công an cấp xã nơi đang sinh sống để được hướng dẫn đăng ký tạm trú lại. Để tránh bị xử lý vi phạm về cư trú, hãy gia hạn trong thời hạn 15 ngày trước khi hết hạn; ứng dụng VNeID hiển thị thời hạn tạm trú hiện tại của bạn.');

-- ------------------------------------------------------------------------------------------------
-- 1.010028 Xóa đăng ký tạm trú
-- ------------------------------------------------------------------------------------------------
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical, popularity, summary, steps, applicants, conditions, result, folded_name, search_text) VALUES (
  '1.010028',
  'Xóa đăng ký tạm trú',
  @ag_bca,
  @f_cutru,
  'commune',
  'citizen',
  'full',
  1,
  385846,
  'Xóa thông tin tạm trú của công dân trong Cơ sở dữ liệu về cư trú khi thuộc các trường hợp luật định, như đã chấm dứt việc thuê, mượn, ở nhờ, đã đăng ký thường trú tại chính nơi tạm trú hoặc vắng mặt liên tục từ 06 tháng trở lên. Không mất lệ phí.',
  'Trong thời hạn 07 ngày kể từ ngày có căn cứ xóa đăng ký tạm trú, người thuộc diện xóa đăng ký tạm trú hoặc đại diện hộ gia đình nộp hồ sơ tại Công an cấp xã nơi đã đăng ký tạm trú hoặc nộp trực tuyến.\nCơ quan đăng ký cư trú kiểm tra, tiếp nhận hồ sơ; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung.\nTrong thời hạn 01 ngày làm việc kể từ ngày nhận đủ hồ sơ, cơ quan đăng ký cư trú xóa đăng ký tạm trú trong Cơ sở dữ liệu về cư trú và thông báo cho người yêu cầu.',
  'Người thuộc diện xóa đăng ký tạm trú hoặc đại diện hộ gia đình có người thuộc diện xóa đăng ký tạm trú.',
  'Thuộc một trong các trường hợp xóa đăng ký tạm trú sau đây:\nChết; có quyết định của Tòa án tuyên bố mất tích hoặc đã chết.\nĐã có quyết định hủy bỏ đăng ký tạm trú.\nVắng mặt liên tục tại nơi tạm trú từ 06 tháng trở lên mà không đăng ký tạm trú tại chỗ ở khác.\nĐã được thôi quốc tịch Việt Nam, bị tước quốc tịch Việt Nam, bị hủy bỏ quyết định cho nhập quốc tịch Việt Nam.\nĐã được đăng ký thường trú tại chính nơi tạm trú.\nĐã chấm dứt việc thuê, mượn, ở nhờ chỗ ở mà không đăng ký tạm trú tại chỗ ở khác.\nQuyền sở hữu chỗ ở đã chuyển cho người khác, trừ trường hợp được chủ sở hữu mới đồng ý cho tiếp tục sinh sống tại chỗ ở đó.\nChỗ ở bị phá dỡ, tịch thu theo quyết định của cơ quan nhà nước có thẩm quyền hoặc phương tiện dùng làm chỗ ở đã bị xóa đăng ký phương tiện.',
  'Thông tin tạm trú được xóa trong Cơ sở dữ liệu về cư trú; người yêu cầu nhận thông báo kết quả.',
  '',
  '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Xóa đăng ký tạm trú');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai thay đổi thông tin cư trú', 'Mẫu CT01', 1, 0, 1),
  (@c, 2, 'Giấy tờ, tài liệu chứng minh thuộc trường hợp xóa đăng ký tạm trú (giấy báo tử, văn bản chấm dứt hợp đồng thuê nhà…), trừ trường hợp thông tin đã có trong cơ sở dữ liệu', '', 0, 1, 1);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', '01 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 1, 0, 'Không thu lệ phí.', 'Nộp tại Công an xã, phường, đặc khu nơi đã đăng ký tạm trú.'),
  (@p, 'online', '01 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 1, 0, 'Không thu lệ phí.', 'Nộp qua Cổng Dịch vụ công quốc gia, Cổng dịch vụ công Bộ Công an hoặc ứng dụng VNeID, đăng nhập bằng tài khoản định danh điện tử.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '68/2020/QH14', 'Luật Cư trú', '2020-11-13', 'Quốc hội'),
  (@p, 2, '154/2024/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú', '2024-11-26', 'Chính phủ'),
  (@p, 3, '55/2021/TT-BCA', 'Thông tư quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú', '2021-05-15', 'Bộ Công an');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Chuyển trọ sang nơi khác thì có phải xóa tạm trú ở nơi cũ không?', 'Nếu bạn đăng ký tạm trú ngay tại nơi ở mới thì thông tin tạm trú được cập nhật theo nơi mới. Nếu đã trả phòng mà chưa đăng ký tạm trú ở nơi khác, bạn hoặc đại diện hộ gia đình làm thủ tục xóa đăng ký tạm trú trong thời hạn 07 ngày.'),
  (@p, 2, 'Xóa đăng ký tạm trú có mất phí không?', 'Không. Thủ tục xóa đăng ký tạm trú không thu lệ phí, kể cả khi nộp trực tiếp hay trực tuyến.');

-- ------------------------------------------------------------------------------------------------
-- 1.003677 Khai báo tạm vắng
-- ------------------------------------------------------------------------------------------------
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical, popularity, summary, steps, applicants, conditions, result, folded_name, search_text) VALUES (
  '1.003677',
  'Khai báo tạm vắng',
  @ag_bca,
  @f_cutru,
  'commune',
  'citizen',
  'full',
  1,
  296055,
  'Công dân thuộc diện phải khai báo tạm vắng (bị can, bị cáo đang tại ngoại, người đang chấp hành án treo hoặc biện pháp quản lý khác, người trong độ tuổi thực hiện nghĩa vụ quân sự, người đi khỏi nơi thường trú từ 12 tháng trở lên…) khai báo với Công an cấp xã nơi cư trú. Không mất lệ phí.',
  'Trước khi đi khỏi nơi cư trú, người thuộc diện đang bị giám sát, quản lý đến Công an cấp xã nơi cư trú để khai báo, kèm văn bản đồng ý của cơ quan có thẩm quyền giám sát, quản lý, giáo dục; các trường hợp khác khai báo trực tiếp, qua điện thoại, phương tiện điện tử hoặc trực tuyến.\nCơ quan đăng ký cư trú kiểm tra nội dung khai báo.\nTrong thời hạn 01 ngày làm việc (trường hợp phức tạp không quá 02 ngày làm việc), cơ quan đăng ký cư trú cấp Phiếu khai báo tạm vắng và cập nhật thông tin tạm vắng vào Cơ sở dữ liệu về cư trú.',
  'Công dân thuộc các trường hợp phải khai báo tạm vắng theo Điều 31 Luật Cư trú.',
  'Thuộc một trong các trường hợp phải khai báo tạm vắng sau đây:\nBị can, bị cáo đang tại ngoại; người bị kết án phạt tù chưa có quyết định thi hành án hoặc đang được hoãn, tạm đình chỉ chấp hành án; người được hưởng án treo, được tha tù trước thời hạn có điều kiện đang trong thời gian thử thách; người đang chấp hành án phạt quản chế, cải tạo không giam giữ, khi đi khỏi phạm vi đơn vị hành chính cấp xã nơi cư trú từ 01 ngày trở lên.\nNgười đang chấp hành biện pháp giáo dục tại xã, phường; người phải chấp hành biện pháp xử lý hành chính nhưng đang được hoãn hoặc tạm đình chỉ chấp hành; người bị quản lý trong thời gian làm thủ tục xem xét áp dụng biện pháp xử lý hành chính, khi đi khỏi phạm vi đơn vị hành chính cấp xã nơi cư trú từ 01 ngày trở lên.\nNgười trong độ tuổi thực hiện nghĩa vụ quân sự hoặc đang phải thực hiện nghĩa vụ khác đối với Nhà nước theo quyết định của cơ quan có thẩm quyền, khi đi khỏi nơi cư trú từ 03 tháng liên tục trở lên.\nNgười không thuộc các trường hợp trên đi khỏi phạm vi đơn vị hành chính cấp xã nơi thường trú từ 12 tháng liên tục trở lên, trừ trường hợp đã đăng ký tạm trú tại nơi ở mới hoặc đã xuất cảnh ra nước ngoài.',
  'Phiếu khai báo tạm vắng; thông tin tạm vắng được cập nhật vào Cơ sở dữ liệu về cư trú.',
  '',
  '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Người đang bị giám sát, quản lý (bị can, bị cáo tại ngoại, người chấp hành án hoặc biện pháp xử lý hành chính…) đi khỏi nơi cư trú từ 01 ngày trở lên');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Đề nghị khai báo tạm vắng', 'Mẫu CT03', 1, 0, 1),
  (@c, 2, 'Văn bản đồng ý của cơ quan có thẩm quyền giám sát, quản lý, giáo dục người đó', '', 1, 0, 1);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Người trong độ tuổi thực hiện nghĩa vụ quân sự, người đi khỏi nơi thường trú từ 12 tháng liên tục trở lên và các trường hợp khác');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Đề nghị khai báo tạm vắng', 'Mẫu CT03', 1, 0, 1);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', '01 ngày làm việc; trường hợp phức tạp không quá 02 ngày làm việc', 1, 0, 'Không thu lệ phí.', 'Khai báo tại Công an xã, phường, đặc khu nơi cư trú.'),
  (@p, 'online', '01 ngày làm việc; trường hợp phức tạp không quá 02 ngày làm việc', 1, 0, 'Không thu lệ phí.', 'Nộp qua Cổng Dịch vụ công quốc gia, Cổng dịch vụ công Bộ Công an hoặc ứng dụng VNeID, đăng nhập bằng tài khoản định danh điện tử. Không áp dụng cho người đang bị giám sát, quản lý (phải đến khai báo trực tiếp).');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '68/2020/QH14', 'Luật Cư trú', '2020-11-13', 'Quốc hội'),
  (@p, 2, '154/2024/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú', '2024-11-26', 'Chính phủ'),
  (@p, 3, '55/2021/TT-BCA', 'Thông tư quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú', '2021-05-15', 'Bộ Công an'),
  (@p, 4, '56/2021/TT-BCA', 'Thông tư quy định về biểu mẫu trong đăng ký, quản lý cư trú', '2021-05-15', 'Bộ Công an');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Đi làm ăn xa trên 12 tháng nhưng đã đăng ký tạm trú ở nơi mới thì có phải khai báo tạm vắng không?', 'Không. Người đi khỏi nơi thường trú từ 12 tháng liên tục trở lên chỉ phải khai báo tạm vắng khi chưa đăng ký tạm trú ở nơi ở mới và chưa xuất cảnh ra nước ngoài.'),
  (@p, 2, 'Có thể khai báo tạm vắng qua điện thoại hoặc trực tuyến không?', 'Người trong độ tuổi thực hiện nghĩa vụ quân sự và người đi khỏi nơi thường trú từ 12 tháng trở lên có thể khai báo trực tiếp, qua điện thoại, phương tiện điện tử hoặc trực tuyến. Người đang bị giám sát, quản lý phải đến Công an cấp xã khai báo trực tiếp và có văn bản đồng ý của cơ quan có thẩm quyền.');

-- ------------------------------------------------------------------------------------------------
-- 2.000693 Giải quyết hưởng chế độ thai sản
-- ------------------------------------------------------------------------------------------------
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical, popularity, summary, steps, applicants, conditions, result, folded_name, search_text) VALUES (
  '2.000693',
  'Giải quyết hưởng chế độ thai sản',
  @ag_bhxh,
  @f_bhxh,
  'province',
  'citizen,business',
  'full',
  1,
  182270,
  'Người lao động tham gia bảo hiểm xã hội bắt buộc được giải quyết hưởng chế độ thai sản khi mang thai, sinh con, mang thai hộ, nhận con nuôi dưới 06 tháng tuổi, thực hiện biện pháp tránh thai hoặc khi vợ sinh con. Người đang làm việc nộp hồ sơ qua đơn vị sử dụng lao động; người đã nghỉ việc trước khi sinh con nộp trực tiếp cho cơ quan bảo hiểm xã hội.',
  'Người lao động đang làm việc nộp giấy tờ cho người sử dụng lao động; người sử dụng lao động lập danh sách đề nghị giải quyết và nộp cho cơ quan bảo hiểm xã hội.\nNgười lao động đã chấm dứt hợp đồng lao động trước thời điểm sinh con hoặc nhận con nuôi nộp hồ sơ trực tiếp, qua dịch vụ bưu chính hoặc trực tuyến cho cơ quan bảo hiểm xã hội nơi cư trú.\nCơ quan bảo hiểm xã hội tiếp nhận, kiểm tra hồ sơ và đối chiếu quá trình đóng bảo hiểm xã hội.\nTrong thời hạn 06 ngày làm việc kể từ ngày nhận đủ hồ sơ, cơ quan bảo hiểm xã hội giải quyết và tổ chức chi trả; trường hợp không giải quyết thì trả lời bằng văn bản, nêu rõ lý do.\nNgười lao động nhận tiền trợ cấp qua tài khoản cá nhân hoặc qua người sử dụng lao động.',
  'Người lao động tham gia bảo hiểm xã hội bắt buộc; người sử dụng lao động lập hồ sơ đề nghị cho người lao động đang làm việc tại đơn vị.',
  'Thuộc một trong các trường hợp: lao động nữ mang thai, sinh con; lao động nữ mang thai hộ và người mẹ nhờ mang thai hộ; người lao động nhận nuôi con nuôi dưới 06 tháng tuổi; người lao động thực hiện biện pháp tránh thai; lao động nam có vợ sinh con.\nLao động nữ sinh con, người nhận nuôi con nuôi dưới 06 tháng tuổi phải đóng bảo hiểm xã hội bắt buộc từ đủ 06 tháng trở lên trong thời gian 12 tháng trước khi sinh con hoặc nhận con nuôi.\nLao động nữ đã đóng từ đủ 12 tháng trở lên mà phải nghỉ việc để dưỡng thai theo chỉ định của cơ sở khám bệnh, chữa bệnh thì khi sinh con phải đóng từ đủ 03 tháng trở lên trong thời gian 12 tháng trước khi sinh con.',
  'Quyết định hoặc danh sách giải quyết hưởng chế độ thai sản và tiền trợ cấp: trợ cấp thai sản, trợ cấp một lần khi sinh con hoặc nhận con nuôi, trợ cấp dưỡng sức, phục hồi sức khỏe sau thai sản (nếu có).',
  '',
  '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Người lao động đang làm việc (hồ sơ nộp qua người sử dụng lao động)');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Bản sao giấy khai sinh hoặc trích lục khai sinh hoặc giấy chứng sinh của con (không phải nộp nếu cơ quan bảo hiểm xã hội khai thác được thông tin từ Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu hộ tịch điện tử)', '', 0, 1, 1),
  (@c, 2, 'Bản sao giấy ra viện, giấy chứng nhận nghỉ việc hưởng bảo hiểm xã hội hoặc giấy tờ khám, chữa bệnh (trường hợp khám thai, sẩy thai, phá thai, thực hiện biện pháp tránh thai, mẹ hoặc con phải điều trị…)', '', 0, 1, 0),
  (@c, 3, 'Danh sách đề nghị giải quyết hưởng chế độ ốm đau, thai sản, dưỡng sức, phục hồi sức khỏe do người sử dụng lao động lập', 'Mẫu 01B-HSB', 1, 0, 1);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Người lao động đã nghỉ việc trước thời điểm sinh con hoặc nhận con nuôi (nộp trực tiếp cho cơ quan bảo hiểm xã hội)');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Đơn đề nghị hưởng chế độ thai sản, ghi rõ thông tin tài khoản nhận tiền', '', 1, 0, 1),
  (@c, 2, 'Bản sao giấy khai sinh hoặc trích lục khai sinh hoặc giấy chứng sinh của con (không phải nộp nếu cơ quan bảo hiểm xã hội khai thác được thông tin từ cơ sở dữ liệu)', '', 0, 1, 1),
  (@c, 3, 'Bản sao giấy chứng nhận nuôi con nuôi (trường hợp nhận nuôi con nuôi dưới 06 tháng tuổi)', '', 0, 1, 0);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', '06 ngày làm việc kể từ ngày nhận đủ hồ sơ', 6, 0, 'Không thu phí, lệ phí.', 'Nộp tại cơ quan bảo hiểm xã hội nơi đơn vị đóng bảo hiểm xã hội hoặc nơi người lao động cư trú.'),
  (@p, 'online', '06 ngày làm việc kể từ ngày nhận đủ hồ sơ', 6, 0, 'Không thu phí, lệ phí.', 'Nộp qua Cổng Dịch vụ công quốc gia, Cổng dịch vụ công Bảo hiểm xã hội Việt Nam hoặc ứng dụng VssID; người sử dụng lao động nộp qua hệ thống giao dịch điện tử với cơ quan bảo hiểm xã hội.'),
  (@p, 'post', '06 ngày làm việc kể từ ngày nhận đủ hồ sơ', 6, 0, 'Không thu phí, lệ phí.', 'Gửi hồ sơ qua dịch vụ bưu chính công ích đến cơ quan bảo hiểm xã hội.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '41/2024/QH15', 'Luật Bảo hiểm xã hội', '2024-06-29', 'Quốc hội'),
  (@p, 2, '158/2025/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc', '2025-06-25', 'Chính phủ'),
  (@p, 3, '45/2019/QH14', 'Bộ luật Lao động', '2019-11-20', 'Quốc hội');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Lao động nữ sinh con được nghỉ bao lâu?', 'Lao động nữ sinh con được nghỉ hưởng chế độ thai sản 06 tháng; sinh đôi trở lên thì từ con thứ hai trở đi, mỗi con được nghỉ thêm 01 tháng. Thời gian nghỉ trước khi sinh tối đa không quá 02 tháng.'),
  (@p, 2, 'Chồng được nghỉ bao nhiêu ngày khi vợ sinh con?', 'Lao động nam đang đóng bảo hiểm xã hội được nghỉ 05 ngày làm việc; 07 ngày làm việc khi vợ sinh con phải phẫu thuật hoặc sinh con dưới 32 tuần tuổi; 10 ngày làm việc khi vợ sinh đôi, từ sinh ba trở lên thì cứ thêm mỗi con được nghỉ thêm 03 ngày làm việc; 14 ngày làm việc khi vợ sinh đôi trở lên mà phải phẫu thuật. Thời gian nghỉ nằm trong 60 ngày đầu kể từ ngày vợ sinh con.'),
  (@p, 3, 'Nghỉ việc trước khi sinh có được hưởng thai sản không?', 'Được, nếu bạn đã đóng bảo hiểm xã hội bắt buộc từ đủ 06 tháng trở lên trong 12 tháng trước khi sinh con. Bạn nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến cho cơ quan bảo hiểm xã hội nơi cư trú; ngoài trợ cấp thai sản còn được trợ cấp một lần bằng 02 lần mức tham chiếu cho mỗi con.');

-- ------------------------------------------------------------------------------------------------
-- 1.001613 Giải quyết hưởng bảo hiểm xã hội một lần
-- ------------------------------------------------------------------------------------------------
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical, popularity, summary, steps, applicants, conditions, result, folded_name, search_text) VALUES (
  '1.001613',
  'Giải quyết hưởng bảo hiểm xã hội một lần',
  @ag_bhxh,
  @f_bhxh,
  'province',
  'citizen',
  'full',
  1,
  412361,
  'Người tham gia bảo hiểm xã hội thuộc các trường hợp luật định (đủ tuổi nghỉ hưu nhưng chưa đủ điều kiện hưởng lương hưu, ra nước ngoài định cư, mắc bệnh nguy hiểm đến tính mạng…) đề nghị cơ quan bảo hiểm xã hội giải quyết hưởng trợ cấp một lần. Khi đã nhận bảo hiểm xã hội một lần, thời gian đóng tương ứng không còn được tính để hưởng lương hưu.',
  'Nộp hồ sơ trực tiếp, qua dịch vụ bưu chính hoặc trực tuyến (Cổng Dịch vụ công quốc gia, ứng dụng VssID) cho cơ quan bảo hiểm xã hội nơi cư trú.\nCơ quan bảo hiểm xã hội kiểm tra hồ sơ, đối chiếu quá trình đóng bảo hiểm xã hội.\nTrong thời hạn 10 ngày kể từ ngày nhận đủ hồ sơ, cơ quan bảo hiểm xã hội ra quyết định và chi trả; trường hợp không giải quyết thì trả lời bằng văn bản, nêu rõ lý do.\nNhận quyết định và tiền trợ cấp qua tài khoản cá nhân hoặc tại điểm chi trả.',
  'Người lao động đã tham gia bảo hiểm xã hội bắt buộc hoặc tự nguyện, đã dừng đóng và thuộc các trường hợp được hưởng bảo hiểm xã hội một lần.',
  'Thuộc một trong các trường hợp sau đây:\nĐủ tuổi nghỉ hưu mà chưa đủ 15 năm đóng bảo hiểm xã hội và không tiếp tục tham gia bảo hiểm xã hội, không đề nghị hưởng trợ cấp hằng tháng.\nRa nước ngoài để định cư.\nĐang mắc một trong những bệnh ung thư, bại liệt, xơ gan mất bù, lao nặng, AIDS hoặc bệnh khác theo danh mục do Bộ trưởng Bộ Y tế quy định.\nBị suy giảm khả năng lao động từ 81% trở lên; người khuyết tật đặc biệt nặng.\nCó thời gian đóng bảo hiểm xã hội trước ngày 01/7/2025, sau 12 tháng không thuộc đối tượng tham gia bảo hiểm xã hội bắt buộc, không tham gia bảo hiểm xã hội tự nguyện và có thời gian đóng chưa đủ 20 năm.\nSĩ quan, quân nhân chuyên nghiệp, công an và người làm công tác cơ yếu khi phục viên, xuất ngũ, thôi việc mà không đủ điều kiện hưởng lương hưu.',
  'Quyết định hưởng bảo hiểm xã hội một lần và tiền trợ cấp. Mức hưởng tính theo số năm đã đóng: 1,5 tháng mức bình quân tiền lương tháng đóng bảo hiểm xã hội cho mỗi năm đóng trước năm 2014; 02 tháng cho mỗi năm đóng từ năm 2014 trở đi.',
  '',
  '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Đủ tuổi nghỉ hưu chưa đủ điều kiện hưởng lương hưu, hoặc đã nghỉ việc từ 12 tháng trở lên (có thời gian đóng trước ngày 01/7/2025, chưa đủ 20 năm)');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Sổ bảo hiểm xã hội', '', 1, 0, 1),
  (@c, 2, 'Đơn đề nghị hưởng bảo hiểm xã hội một lần, ghi rõ thông tin tài khoản nhận tiền', 'Mẫu 14-HSB', 1, 0, 1);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Ra nước ngoài để định cư');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Sổ bảo hiểm xã hội', '', 1, 0, 1),
  (@c, 2, 'Đơn đề nghị hưởng bảo hiểm xã hội một lần, ghi rõ thông tin tài khoản nhận tiền', 'Mẫu 14-HSB', 1, 0, 1),
  (@c, 3, 'Bản sao giấy tờ xác nhận việc ra nước ngoài định cư: giấy xác nhận thôi quốc tịch Việt Nam; hoặc hộ chiếu kèm thị thực, thẻ thường trú, giấy tờ cho phép cư trú dài hạn do nước ngoài cấp', '', 0, 1, 1);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 3, 'Mắc bệnh nguy hiểm đến tính mạng, suy giảm khả năng lao động từ 81% trở lên hoặc người khuyết tật đặc biệt nặng');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Sổ bảo hiểm xã hội', '', 1, 0, 1),
  (@c, 2, 'Đơn đề nghị hưởng bảo hiểm xã hội một lần, ghi rõ thông tin tài khoản nhận tiền', 'Mẫu 14-HSB', 1, 0, 1),
  (@c, 3, 'Bản sao giấy ra viện, tóm tắt hồ sơ bệnh án, biên bản giám định y khoa hoặc giấy tờ khám, chữa bệnh thể hiện tình trạng bệnh; giấy xác nhận khuyết tật mức độ đặc biệt nặng (tùy trường hợp)', '', 0, 1, 1);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', '10 ngày kể từ ngày nhận đủ hồ sơ theo quy định', NULL, 0, 'Không thu phí, lệ phí.', 'Nộp tại cơ quan bảo hiểm xã hội nơi cư trú.'),
  (@p, 'online', '10 ngày kể từ ngày nhận đủ hồ sơ theo quy định', NULL, 0, 'Không thu phí, lệ phí.', 'Nộp qua Cổng Dịch vụ công quốc gia, Cổng dịch vụ công Bảo hiểm xã hội Việt Nam hoặc ứng dụng VssID; người sử dụng lao động nộp qua hệ thống giao dịch điện tử với cơ quan bảo hiểm xã hội.'),
  (@p, 'post', '10 ngày kể từ ngày nhận đủ hồ sơ theo quy định', NULL, 0, 'Không thu phí, lệ phí.', 'Gửi hồ sơ qua dịch vụ bưu chính công ích đến cơ quan bảo hiểm xã hội nơi cư trú.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '41/2024/QH15', 'Luật Bảo hiểm xã hội', '2024-06-29', 'Quốc hội'),
  (@p, 2, '158/2025/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc', '2025-06-25', 'Chính phủ');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Nghỉ việc bao lâu thì được nhận bảo hiểm xã hội một lần?', 'Nếu bạn có thời gian đóng bảo hiểm xã hội trước ngày 01/7/2025, sau 12 tháng không thuộc đối tượng tham gia bảo hiểm xã hội bắt buộc, không tham gia tự nguyện và có thời gian đóng chưa đủ 20 năm thì được đề nghị hưởng. Người bắt đầu tham gia từ ngày 01/7/2025 không áp dụng trường hợp này.'),
  (@p, 2, 'Nhận bảo hiểm xã hội một lần có bất lợi gì không?', 'Khi đã nhận, thời gian đóng bảo hiểm xã hội tương ứng được chấm dứt và không còn được tính để hưởng lương hưu, trợ cấp hằng tháng sau này. Bạn nên cân nhắc bảo lưu thời gian đóng để tiếp tục tham gia khi có việc làm mới.');

-- ------------------------------------------------------------------------------------------------
-- 2.000200 Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên (thực hiện tại cấp tỉnh)
-- ------------------------------------------------------------------------------------------------
INSERT INTO procedures (code, name, agency_id, field_id, levels, audience, online_level, is_vertical, popularity, summary, steps, applicants, conditions, result, folded_name, search_text) VALUES (
  '2.000200',
  'Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên (thực hiện tại cấp tỉnh)',
  @ag_bca,
  @f_cc,
  'province',
  'citizen',
  'partial',
  1,
  621075,
  'Công dân Việt Nam từ đủ 14 tuổi trở lên chưa được cấp thẻ căn cước hoặc thẻ căn cước công dân làm thủ tục cấp thẻ căn cước tại cơ quan quản lý căn cước của Công an cấp tỉnh. Người đề nghị phải có mặt để thu nhận ảnh khuôn mặt, vân tay, mống mắt; cấp lần đầu không thu lệ phí.',
  'Đến cơ quan quản lý căn cước của Công an cấp tỉnh hoặc đăng ký, đặt lịch trước qua Cổng Dịch vụ công quốc gia, Cổng dịch vụ công Bộ Công an, ứng dụng VNeID.\nCán bộ tiếp nhận tra cứu thông tin của công dân trong Cơ sở dữ liệu quốc gia về dân cư; trường hợp thông tin chưa có, chưa đầy đủ hoặc có sai sót thì công dân kê khai Tờ khai căn cước và xuất trình giấy tờ chứng minh để điều chỉnh.\nThu nhận ảnh khuôn mặt, vân tay, mống mắt của người đề nghị; người đề nghị kiểm tra và ký xác nhận thông tin thu nhận.\nNộp lệ phí (nếu thuộc trường hợp phải nộp) và nhận giấy hẹn trả kết quả.\nNhận thẻ căn cước tại nơi làm thủ tục hoặc tại địa chỉ theo yêu cầu qua dịch vụ bưu chính.',
  'Công dân Việt Nam từ đủ 14 tuổi trở lên chưa được cấp thẻ căn cước hoặc thẻ căn cước công dân. Người bị hạn chế năng lực hành vi dân sự, mất năng lực hành vi dân sự hoặc có khó khăn trong nhận thức, làm chủ hành vi làm thủ tục cùng người đại diện hợp pháp.',
  'Đã có thông tin trong Cơ sở dữ liệu quốc gia về dân cư và được cấp số định danh cá nhân.\nTrực tiếp có mặt tại cơ quan quản lý căn cước để thu nhận thông tin nhân dạng và sinh trắc học.',
  'Thẻ căn cước, có giá trị sử dụng đến trước ngày công dân đủ tuổi phải cấp đổi tiếp theo (25, 40 hoặc 60 tuổi).',
  '',
  '');
SET @p = LAST_INSERT_ID();
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 1, 'Cấp thẻ căn cước lần đầu cho công dân từ đủ 14 tuổi trở lên');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai căn cước (chỉ kê khai khi thông tin cần điều chỉnh chưa được cập nhật trong Cơ sở dữ liệu quốc gia về dân cư)', 'Mẫu CC01', 1, 0, 0),
  (@c, 2, 'Giấy tờ, tài liệu hợp pháp chứng minh thông tin cần cập nhật, điều chỉnh trong Cơ sở dữ liệu quốc gia về dân cư (nếu có)', '', 1, 0, 0);
INSERT INTO procedure_cases (procedure_id, ord, name) VALUES (@p, 2, 'Người bị hạn chế hoặc mất năng lực hành vi dân sự, người có khó khăn trong nhận thức, làm chủ hành vi');
SET @c = LAST_INSERT_ID();
INSERT INTO procedure_documents (case_id, ord, name, form_name, originals, copies, required) VALUES
  (@c, 1, 'Tờ khai căn cước (chỉ kê khai khi thông tin cần điều chỉnh chưa được cập nhật trong Cơ sở dữ liệu quốc gia về dân cư)', 'Mẫu CC01', 1, 0, 0),
  (@c, 2, 'Giấy tờ chứng minh người đại diện hợp pháp (người giám hộ) đi cùng khi làm thủ tục', '', 1, 0, 1);
INSERT INTO procedure_channels (procedure_id, channel, time_limit, time_days, fee_amount, fee_text, note) VALUES
  (@p, 'in_person', '07 ngày làm việc kể từ ngày tiếp nhận hồ sơ', 7, 0, 'Không thu lệ phí cấp thẻ căn cước lần đầu.', 'Nộp tại cơ quan quản lý căn cước của Công an tỉnh, thành phố. Nhận thẻ qua dịch vụ bưu chính thì trả thêm cước chuyển phát.'),
  (@p, 'online', '07 ngày làm việc kể từ ngày tiếp nhận hồ sơ', 7, 0, 'Không thu lệ phí cấp thẻ căn cước lần đầu.', 'Đăng ký, đặt lịch và thanh toán trực tuyến; công dân đến cơ quan Công an theo lịch hẹn để thu nhận ảnh khuôn mặt, vân tay, mống mắt.');
INSERT INTO legal_bases (procedure_id, ord, number, summary, issued_on, issuer) VALUES
  (@p, 1, '26/2023/QH15', 'Luật Căn cước', '2023-11-27', 'Quốc hội'),
  (@p, 2, '70/2024/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Căn cước', '2024-06-25', 'Chính phủ'),
  (@p, 3, '73/2024/TT-BTC', 'Thông tư quy định mức thu, miễn, chế độ thu, nộp lệ phí cấp đổi, cấp lại thẻ căn cước', '2024-10-21', 'Bộ Tài chính');
INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (@p, 1, 'Con tôi vừa đủ 14 tuổi có bắt buộc làm thẻ căn cước không?', 'Có. Công dân Việt Nam từ đủ 14 tuổi trở lên phải làm thủ tục cấp thẻ căn cước; người dưới 14 tuổi được cấp theo nhu cầu. Nếu trẻ đã có thẻ căn cước từ trước thì khi đủ 14 tuổi làm thủ tục cấp đổi.'),
  (@p, 2, 'Đi làm thẻ căn cước cần mang theo giấy tờ gì?', 'Thông thường bạn không cần mang giấy tờ, cán bộ sẽ tra cứu thông tin của bạn trong Cơ sở dữ liệu quốc gia về dân cư. Chỉ khi thông tin chưa đầy đủ hoặc có sai sót, bạn mới kê khai tờ khai căn cước và xuất trình giấy tờ chứng minh.'),
  (@p, 3, 'Có thể đăng ký tài khoản định danh điện tử mức độ 2 cùng lúc khi làm thẻ căn cước không?', 'Có. Khi làm thủ tục cấp thẻ căn cước, bạn có thể đề nghị cấp tài khoản định danh điện tử mức độ 2 (VNeID) cùng lúc, sau đó kích hoạt tài khoản trên ứng dụng VNeID theo tin nhắn hướng dẫn.');

