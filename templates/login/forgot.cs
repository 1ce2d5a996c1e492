<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs set:Site.Nav = "account" ?><?cs call:layout_top() ?>
<h1>Quên mật khẩu</h1>
<?cs if:Forgot.Sent ?>
<p class="notice" role="status">Nếu số bạn nhập có tài khoản với địa chỉ thư điện tử, chúng tôi đã gửi tới địa chỉ đó một liên kết để đặt mật khẩu mới. Liên kết dùng được một lần, trong 60 phút. Hãy kiểm tra cả thư mục thư rác.</p>
<p>Không nhận được thư sau vài phút? Bạn có thể gửi lại yêu cầu dưới đây, hoặc liên hệ bộ phận hỗ trợ nếu tài khoản không có địa chỉ thư.</p>
<?cs else ?>
<p>Nhập số bạn dùng để đăng nhập. Chúng tôi sẽ gửi liên kết đặt lại mật khẩu tới địa chỉ thư điện tử của tài khoản.</p>
<?cs /if ?>
<?cs call:form_errors() ?>
<form class="form" action="/account/password/forgot" method="post" novalidate>
  <?cs call:csrf_field() ?>
  <fieldset class="field">
    <legend>Loại tài khoản</legend>
    <label class="inline"><input type="radio" name="kind" value="citizen"<?cs if:Form.kind != "business" ?> checked<?cs /if ?>> Công dân</label>
    <label class="inline"><input type="radio" name="kind" value="business"<?cs if:Form.kind == "business" ?> checked<?cs /if ?>> Doanh nghiệp, tổ chức</label>
  </fieldset>
  <?cs call:field("login", "Số định danh cá nhân, mã số BHXH hoặc mã số thuế", "text", Form.login, Errors.login, "username", "") ?>
  <div class="actions"><button type="submit">Gửi liên kết đặt lại mật khẩu</button></div>
</form>
<p><a href="/account/login">Quay lại đăng nhập</a></p>
<?cs call:layout_bottom() ?>
