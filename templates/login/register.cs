<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs set:Site.Nav = "account" ?><?cs call:layout_top() ?>
<h1>Đăng ký tài khoản</h1>
<p>Một tài khoản dùng cho mọi dịch vụ công trên Cổng. <a href="/account/login">Đã có tài khoản? Đăng nhập</a></p>
<nav class="tabs" aria-label="Loại tài khoản">
  <a href="/account/register"<?cs if:Form.kind == "citizen" ?> aria-current="page"<?cs /if ?>>Công dân</a>
  <a href="/account/register?kind=business"<?cs if:Form.kind == "business" ?> aria-current="page"<?cs /if ?>>Doanh nghiệp, tổ chức</a>
</nav>
<?cs call:form_errors() ?>
<?cs if:Form.Duplicate ?><p class="notice" id="duplicate-account"><a href="/account/login">Đăng nhập bằng tài khoản đã có</a> hoặc <a href="/account/password/forgot">lấy lại mật khẩu</a>.</p><?cs /if ?>
<form class="form" action="/account/register" method="post" novalidate>
  <?cs call:csrf_field() ?>
  <input type="hidden" name="kind" value="<?cs var:Form.kind ?>">
  <?cs if:Form.kind == "business" ?>
    <?cs call:field("tax_code", "Mã số thuế", "text", Form.tax_code, Errors.tax_code, "off", "10 chữ số, hoặc 13 chữ số với chi nhánh (0123456789-001).") ?>
    <?cs call:field("full_name", "Tên doanh nghiệp, tổ chức", "text", Form.full_name, Errors.full_name, "organization", "") ?>
    <?cs call:field("representative", "Người đại diện theo pháp luật", "text", Form.representative, Errors.representative, "name", "") ?>
  <?cs else ?>
    <?cs call:field("citizen_id", "Số định danh cá nhân (số căn cước)", "text", Form.citizen_id, Errors.citizen_id, "off", "12 chữ số in trên thẻ căn cước.") ?>
    <?cs call:field("full_name", "Họ và tên", "text", Form.full_name, Errors.full_name, "name", "") ?>
    <?cs call:field("birth_date", "Ngày sinh", "date", Form.birth_date, Errors.birth_date, "bday", "") ?>
    <fieldset class="field<?cs if:Errors.sex ?> has-error<?cs /if ?>">
      <legend>Giới tính</legend>
      <?cs if:Errors.sex ?><p class="error" id="e-sex"><?cs var:Errors.sex ?></p><?cs /if ?>
      <label class="inline"><input type="radio" name="sex" value="M" id="f-sex"<?cs if:Form.sex == "M" ?> checked<?cs /if ?>> Nam</label>
      <label class="inline"><input type="radio" name="sex" value="F"<?cs if:Form.sex == "F" ?> checked<?cs /if ?>> Nữ</label>
    </fieldset>
  <?cs /if ?>
  <?cs call:field("phone", "Số điện thoại di động", "tel", Form.phone, Errors.phone, "tel", "") ?>
  <?cs call:field("email", "Thư điện tử", "email", Form.email, Errors.email, "email", "Để xác nhận tài khoản và lấy lại mật khẩu khi quên.") ?>
  <?cs call:field("password", "Mật khẩu", "password", "", Errors.password, "new-password", "Ít nhất 10 ký tự; không dùng số giấy tờ, số điện thoại hay mật khẩu phổ biến.") ?>
  <?cs call:field("password2", "Nhập lại mật khẩu", "password", "", Errors.password2, "new-password", "") ?>
  <div class="actions"><button type="submit">Đăng ký</button></div>
</form>
<?cs call:layout_bottom() ?>
