<?cs # The account's owner is told the password was changed (cgi-bin/login/profile.c). ?>Mật khẩu đã được đổi

Kính gửi <?cs var:Mail.Name ?>,

Mật khẩu tài khoản của bạn trên Cổng Dịch vụ công vừa được đổi, và các thiết bị khác đã được đăng xuất.

Nếu không phải bạn làm việc này, hãy đặt lại mật khẩu ngay tại <?cs var:Mail.BaseURL ?>/account/password/forgot
và liên hệ bộ phận hỗ trợ của Cổng.

--
Cổng Dịch vụ công
Thư này được gửi tự động; xin đừng trả lời thư này.
