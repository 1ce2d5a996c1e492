<?cs # The link that resets a password (cgi-bin/login/mailtext.c). ?>Đặt lại mật khẩu

Kính gửi <?cs var:Mail.Name ?>,

Có yêu cầu đặt lại mật khẩu tài khoản của bạn trên Cổng Dịch vụ công.
Để đặt mật khẩu mới, hãy mở liên kết sau:

<?cs var:Mail.BaseURL ?>/account/password/reset?t=<?cs var:Mail.Token ?>

Liên kết dùng được một lần, trong <?cs var:Mail.Minutes ?> phút. Sau khi đặt lại, mọi thiết bị đang đăng nhập tài khoản sẽ bị đăng xuất.
Nếu bạn không yêu cầu việc này, hãy bỏ qua thư; mật khẩu của bạn không thay đổi.

--
Cổng Dịch vụ công
Thư này được gửi tự động; xin đừng trả lời thư này.
