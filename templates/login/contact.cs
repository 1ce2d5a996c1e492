<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs set:Site.Nav = "account" ?><?cs call:layout_top() ?>
<h1>Thông tin liên hệ</h1>
<p>Địa chỉ thư điện tử mới chỉ được dùng sau khi bạn bấm liên kết xác nhận chúng tôi gửi tới nó; tới lúc đó thư vẫn gửi tới địa chỉ hiện tại<?cs if:Contact.Email ?> (<?cs var:Contact.Email ?>)<?cs /if ?>.</p>
<?cs if:Contact.Pending ?><p class="notice" role="status">Đang chờ xác nhận địa chỉ mới <strong><?cs var:Contact.Pending ?></strong>. Nhập lại địa chỉ hiện tại để hủy việc đổi.</p><?cs /if ?>
<?cs call:form_errors() ?>
<form class="form" action="/account/contact" method="post" novalidate>
  <?cs call:csrf_field() ?>
  <?cs call:field("phone", "Số điện thoại", "tel", Form.phone, Errors.phone, "tel", "") ?>
  <?cs call:field("email", "Thư điện tử", "email", Form.email, Errors.email, "email", "") ?>
  <?cs call:field("current", "Mật khẩu hiện tại", "password", "", Errors.current, "current-password", "Chỉ cần khi đổi địa chỉ thư điện tử.") ?>
  <div class="actions"><button type="submit">Lưu</button></div>
</form>
<p><a href="/account">Về trang tài khoản</a></p>
<?cs call:layout_bottom() ?>
