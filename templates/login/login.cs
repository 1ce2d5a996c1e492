<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs set:Site.Nav = "account" ?><?cs call:layout_top() ?>
<h1>Đăng nhập</h1>
<?cs if:Query.reset ?><p class="notice" role="status">Đã đặt mật khẩu mới. Hãy đăng nhập bằng mật khẩu mới.</p><?cs /if ?>
<?cs if:Login.Locked ?><p class="notice" role="alert"><?cs var:Login.Locked ?></p><?cs /if ?>
<?cs call:form_errors() ?>
<form class="form" action="/account/login" method="post" novalidate>
  <?cs call:csrf_field() ?>
  <?cs if:Form.next ?><input type="hidden" name="next" value="<?cs var:Form.next ?>"><?cs /if ?>
  <fieldset class="field">
    <legend>Bạn đăng nhập với tư cách</legend>
    <label class="inline"><input type="radio" name="kind" value="citizen"<?cs if:Form.kind != "business" ?> checked<?cs /if ?>> Công dân</label>
    <label class="inline"><input type="radio" name="kind" value="business"<?cs if:Form.kind == "business" ?> checked<?cs /if ?>> Doanh nghiệp, tổ chức</label>
  </fieldset>
  <?cs call:field("login", "Số định danh cá nhân, mã số BHXH hoặc mã số thuế", "text", Form.login, Errors.login, "username", "Công dân: 12 chữ số căn cước hoặc 10 chữ số BHXH. Doanh nghiệp: mã số thuế.") ?>
  <?cs call:field("password", "Mật khẩu", "password", "", Errors.password, "current-password", "") ?>
  <div class="field"><label class="inline"><input type="checkbox" name="remember" value="1"<?cs if:Form.remember ?> checked<?cs /if ?>> Ghi nhớ đăng nhập trên thiết bị này (30 ngày)</label></div>
  <div class="actions"><button type="submit">Đăng nhập</button></div>
</form>
<p><a href="/account/password/forgot">Quên mật khẩu?</a> · <a href="/account/register">Chưa có tài khoản? Đăng ký</a></p>
<?cs call:layout_bottom() ?>
