-- Demo data: general questions about the portal (procedure_id NULL), ord 1..12.
SET NAMES utf8mb4;

INSERT INTO faqs (procedure_id, ord, question, answer) VALUES
  (NULL, 1, 'Làm thế nào để tạo tài khoản trên Cổng?',
   'Công dân không cần tạo tài khoản riêng: Cổng sử dụng tài khoản định danh điện tử do Bộ Công an cấp (ứng dụng VNeID). Nếu chưa có, bạn tải ứng dụng VNeID, chọn Đăng ký tài khoản định danh điện tử và làm theo hướng dẫn; tài khoản mức độ 2 được cấp khi bạn làm thẻ căn cước hoặc đề nghị tại Công an cấp xã. Doanh nghiệp, tổ chức đăng nhập bằng tài khoản định danh điện tử của tổ chức theo quy định.'),
  (NULL, 2, 'Đăng nhập bằng số căn cước hoặc ứng dụng VNeID như thế nào?',
   'Tại trang chủ, bấm Đăng nhập và chọn đăng nhập bằng tài khoản định danh điện tử. Bạn nhập số định danh cá nhân (12 số in trên thẻ căn cước) và mật khẩu tài khoản VNeID, sau đó xác nhận bằng mã gửi về ứng dụng VNeID; hoặc mở ứng dụng VNeID và quét mã QR hiển thị trên màn hình. Không cung cấp mật khẩu, mã xác thực cho bất kỳ ai, kể cả người tự xưng là cán bộ.'),
  (NULL, 3, 'Làm sao để tìm đúng thủ tục mình cần?',
   'Bạn gõ tên thủ tục hoặc từ khóa vào ô tìm kiếm, có thể gõ không dấu (ví dụ "dang ky tam tru"). Kết quả có thể lọc theo lĩnh vực, cơ quan thực hiện, cấp thực hiện (trung ương, tỉnh, xã) và mức độ dịch vụ trực tuyến. Trang chi tiết mỗi thủ tục ghi rõ hồ sơ, thời hạn, lệ phí, căn cứ pháp lý và nút Nộp trực tuyến nếu thủ tục có dịch vụ công trực tuyến.'),
  (NULL, 4, 'Nộp hồ sơ trực tuyến gồm những bước nào?',
   'Đăng nhập, mở trang thủ tục và bấm Nộp trực tuyến; chọn cơ quan giải quyết, điền tờ khai điện tử (nhiều thông tin được tự điền từ Cơ sở dữ liệu quốc gia về dân cư); đính kèm bản chụp hoặc bản điện tử của giấy tờ theo yêu cầu; kiểm tra lại và bấm Nộp hồ sơ. Sau khi nộp, bạn nhận mã hồ sơ qua tin nhắn, thư điện tử và trong mục Quản lý hồ sơ; nếu thủ tục có lệ phí, hệ thống sẽ hướng dẫn thanh toán.'),
  (NULL, 5, 'Tra cứu tình trạng hồ sơ bằng mã hồ sơ như thế nào?',
   'Mã hồ sơ được ghi trên giấy tiếp nhận và hẹn trả kết quả hoặc gửi cho bạn khi nộp trực tuyến. Bạn nhập mã vào ô Tra cứu hồ sơ trên trang chủ (không cần đăng nhập) để xem hồ sơ đang ở bước nào, cơ quan nào đang xử lý và ngày hẹn trả kết quả. Nếu đã đăng nhập, mọi hồ sơ của bạn đều có trong mục Quản lý hồ sơ.'),
  (NULL, 6, 'Thanh toán phí, lệ phí trực tuyến bằng cách nào?',
   'Khi hồ sơ cần nộp phí, lệ phí, bạn bấm Thanh toán và chọn ngân hàng, ví điện tử hoặc quét mã QR bằng ứng dụng ngân hàng. Số tiền được chuyển thẳng vào tài khoản của cơ quan thu; biên lai điện tử được gửi vào tài khoản của bạn và có giá trị như biên lai giấy. Nhiều thủ tục có mức lệ phí nộp trực tuyến thấp hơn nộp trực tiếp.'),
  (NULL, 7, 'Dịch vụ công trực tuyến "toàn trình" và "một phần" khác nhau thế nào?',
   'Dịch vụ công trực tuyến toàn trình cho phép thực hiện toàn bộ quá trình từ nộp hồ sơ, giải quyết đến nhận kết quả trên môi trường mạng, bạn không phải đến cơ quan nhà nước. Dịch vụ công trực tuyến một phần là khi một số bước vẫn phải thực hiện trực tiếp, ví dụ đến thu nhận vân tay khi làm thẻ căn cước, xuất trình bản chính để đối chiếu hoặc hai bên cùng có mặt khi đăng ký kết hôn.'),
  (NULL, 8, 'Hồ sơ bị yêu cầu bổ sung thì phải làm gì?',
   'Cơ quan giải quyết sẽ thông báo một lần, nêu rõ giấy tờ hoặc nội dung cần bổ sung và lý do. Bạn vào mục Quản lý hồ sơ, mở hồ sơ có trạng thái Yêu cầu bổ sung, tải lên giấy tờ còn thiếu hoặc sửa thông tin rồi bấm Gửi bổ sung. Thời hạn giải quyết được tính lại từ khi cơ quan nhận đủ hồ sơ, vì vậy bạn nên bổ sung sớm.'),
  (NULL, 9, 'Làm thế nào để gửi phản ánh, kiến nghị?',
   'Bạn chọn mục Phản ánh, kiến nghị, nêu rõ thủ tục, cơ quan, mã hồ sơ (nếu có) và nội dung cần phản ánh như hồ sơ quá hạn, cán bộ yêu cầu thêm giấy tờ không đúng quy định, hoặc quy định chưa hợp lý. Phản ánh được chuyển đến cơ quan có thẩm quyền xử lý; bạn theo dõi tiến độ và nhận kết quả trả lời trong tài khoản. Khiếu nại, tố cáo thực hiện theo quy định của pháp luật về khiếu nại, tố cáo.'),
  (NULL, 10, 'Làm sao để đánh giá mức độ hài lòng khi giải quyết thủ tục?',
   'Sau khi nhận kết quả, bạn mở hồ sơ trong mục Quản lý hồ sơ và bấm Đánh giá để chấm điểm về thái độ phục vụ, thời gian giải quyết, sự công khai, minh bạch. Khi làm thủ tục trực tiếp, bạn có thể đánh giá bằng thiết bị tại Bộ phận Một cửa hoặc quét mã QR trên giấy hẹn. Kết quả đánh giá được công khai và dùng để đánh giá chất lượng phục vụ của từng cơ quan.'),
  (NULL, 11, 'Thông tin cá nhân của tôi trên Cổng được bảo vệ như thế nào?',
   'Dữ liệu cá nhân chỉ được dùng để giải quyết thủ tục bạn đề nghị và được chia sẻ với cơ quan có thẩm quyền theo quy định của pháp luật về bảo vệ dữ liệu cá nhân. Kết nối được mã hóa, hệ thống lưu lại mọi lần truy cập hồ sơ của bạn. Cổng không bao giờ gọi điện, nhắn tin yêu cầu bạn cung cấp mật khẩu, mã xác thực hay chuyển tiền vào tài khoản cá nhân; nếu gặp trường hợp này, hãy báo ngay cho cơ quan Công an.'),
  (NULL, 12, 'Cần hỗ trợ thì liên hệ ở đâu?',
   'Bạn có thể gọi tổng đài hỗ trợ Cổng Dịch vụ công quốc gia 1800 1096 (miễn phí) trong giờ hành chính, gửi câu hỏi qua mục Hỗ trợ trên Cổng, hoặc đến Bộ phận Một cửa, Trung tâm Phục vụ hành chính công của tỉnh, thành phố, Ủy ban nhân dân cấp xã để được hướng dẫn trực tiếp. Với vướng mắc về tài khoản VNeID, bạn liên hệ Công an cấp xã nơi cư trú.');
