<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs set:Site.Nav = "account" ?><?cs call:layout_top() ?>
<h1>Đổi mật khẩu</h1>
<p>Sau khi đổi, các thiết bị khác đang đăng nhập tài khoản này sẽ bị đăng xuất.</p>
<?cs call:form_errors() ?>
<form class="form" action="/account/password" method="post" novalidate>
  <?cs call:csrf_field() ?>
  <?cs call:field("current", "Mật khẩu hiện tại", "password", "", Errors.current, "current-password", "") ?>
  <?cs call:field("password", "Mật khẩu mới", "password", "", Errors.password, "new-password", "Ít nhất 10 ký tự; không dùng số giấy tờ, số điện thoại hay mật khẩu phổ biến.") ?>
  <?cs call:field("password2", "Nhập lại mật khẩu mới", "password", "", Errors.password2, "new-password", "") ?>
  <div class="actions"><button type="submit">Đổi mật khẩu</button></div>
</form>
<?cs call:layout_bottom() ?>
