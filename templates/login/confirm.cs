<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs set:Site.Nav = "account" ?><?cs call:layout_top() ?>
<h1>Xác nhận địa chỉ thư điện tử</h1>
<?cs if:Confirm.Dead ?>
<p class="notice" role="alert"><?cs var:Confirm.Dead ?></p>
<p><?cs if:Session.Name ?><a href="/account">Về trang tài khoản</a> để gửi lại thư xác nhận.<?cs else ?><a href="/account/login?next=/account">Đăng nhập</a> để gửi lại thư xác nhận.<?cs /if ?></p>
<?cs elif:Confirm.Done ?>
<p class="notice" role="status">Đã xác nhận địa chỉ <strong><?cs var:Confirm.Email ?></strong>. Thông báo và liên kết đặt lại mật khẩu sẽ được gửi tới địa chỉ này.</p>
<p><a href="/account">Về trang tài khoản</a></p>
<?cs else ?>
<p>Bấm nút dưới đây để xác nhận rằng <strong><?cs var:Confirm.Email ?></strong> là địa chỉ thư điện tử của bạn.</p>
<form class="form" action="/account/email/confirm" method="post">
  <?cs call:csrf_field() ?>
  <input type="hidden" name="t" value="<?cs var:Form.t ?>">
  <div class="actions"><button type="submit">Xác nhận</button></div>
</form>
<?cs /if ?>
<?cs call:layout_bottom() ?>
