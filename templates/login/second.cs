<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs set:Site.Nav = "account" ?><?cs call:layout_top() ?>
<h1>Xác thực hai lớp</h1>
<?cs if:Login.Locked ?><p class="notice" role="alert"><?cs var:Login.Locked ?></p><?cs /if ?>
<p>Mật khẩu đã đúng. Mở ứng dụng xác thực trên điện thoại và nhập mã 6 chữ số đang hiện cho Cổng Dịch vụ công. Nếu không có điện thoại, hãy nhập một mã khôi phục.</p>
<?cs call:form_errors() ?>
<form class="form" action="/account/login/2fa" method="post" novalidate>
  <?cs call:csrf_field() ?>
  <?cs if:Form.next ?><input type="hidden" name="next" value="<?cs var:Form.next ?>"><?cs /if ?>
  <?cs call:field("code", "Mã xác thực hoặc mã khôi phục", "text", "", Errors.code, "one-time-code", "") ?>
  <div class="actions"><button type="submit">Xác nhận</button></div>
</form>
<form action="/account/logout" method="post"><?cs call:csrf_field() ?><button type="submit" class="secondary">Hủy đăng nhập</button></form>
<?cs call:layout_bottom() ?>
