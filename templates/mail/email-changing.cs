<?cs # The old address is told of a new one waiting to be confirmed (cgi-bin/login/email.c):
     Mail.NewAddress is the new one, masked. ?>Yêu cầu đổi địa chỉ thư điện tử

Kính gửi <?cs var:Mail.Name ?>,

Có yêu cầu đổi địa chỉ thư điện tử của tài khoản trên Cổng Dịch vụ công sang <?cs var:Mail.NewAddress ?>. Địa chỉ này (cũ) vẫn được dùng cho tới khi địa chỉ mới được xác nhận.

Nếu không phải bạn làm việc này, hãy đặt lại mật khẩu ngay tại <?cs var:Mail.BaseURL ?>/account/password/forgot
và liên hệ bộ phận hỗ trợ của Cổng.

--
Cổng Dịch vụ công
Thư này được gửi tự động; xin đừng trả lời thư này.
