<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs set:Site.Nav = "account" ?><?cs call:layout_top() ?>
<h1>Đặt lại mật khẩu</h1>
<?cs if:Reset.Dead ?>
<p class="notice" role="alert"><?cs var:Reset.Dead ?></p>
<p><a href="/account/password/forgot">Yêu cầu liên kết mới</a> · <a href="/account/login">Đăng nhập</a></p>
<?cs else ?>
<p>Đặt mật khẩu mới cho tài khoản. Sau đó mọi thiết bị đang đăng nhập sẽ bị đăng xuất, và bạn đăng nhập lại bằng mật khẩu mới.</p>
<?cs call:form_errors() ?>
<form class="form" action="/account/password/reset" method="post" novalidate>
  <?cs call:csrf_field() ?>
  <input type="hidden" name="t" value="<?cs var:Form.t ?>">
  <?cs call:field("password", "Mật khẩu mới", "password", "", Errors.password, "new-password", "Ít nhất 10 ký tự; không dùng số giấy tờ, số điện thoại hay mật khẩu phổ biến.") ?>
  <?cs call:field("password2", "Nhập lại mật khẩu mới", "password", "", Errors.password2, "new-password", "") ?>
  <div class="actions"><button type="submit">Đặt mật khẩu mới</button></div>
</form>
<?cs /if ?>
<?cs call:layout_bottom() ?>
