<?cs # The link that confirms an address (cgi-bin/login/mailtext.c): Mail.Change is 1 for a
     new address of an account, else it is a registration's. ?>Xác nhận địa chỉ thư điện tử

Kính gửi <?cs var:Mail.Name ?>,

<?cs if:Mail.Change == "1" ?>Bạn vừa yêu cầu dùng địa chỉ thư này cho tài khoản trên Cổng Dịch vụ công.<?cs
else ?>Cảm ơn bạn đã đăng ký tài khoản trên Cổng Dịch vụ công.<?cs /if ?>
Để xác nhận địa chỉ thư này, hãy mở liên kết sau và bấm "Xác nhận":

<?cs var:Mail.BaseURL ?>/account/email/confirm?t=<?cs var:Mail.Token ?>

Liên kết dùng được một lần, trong <?cs var:Mail.Hours ?> giờ.
Nếu bạn không yêu cầu việc này, hãy bỏ qua thư; địa chỉ sẽ không được dùng.

--
Cổng Dịch vụ công
Thư này được gửi tự động; xin đừng trả lời thư này.
