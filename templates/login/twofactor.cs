<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs set:Site.Nav = "account" ?><?cs call:layout_top() ?>
<h1>Xác thực hai lớp</h1>
<?cs if:TwoFactor.JustEnabled ?>
  <p class="notice" role="status">Đã bật xác thực hai lớp. Từ nay, mỗi lần đăng nhập cần mật khẩu và mã trong ứng dụng.</p>
  <section aria-labelledby="codes-title">
  <h2 id="codes-title">Mã khôi phục</h2>
  <p>Hãy in hoặc chép các mã dưới đây và cất ở nơi an toàn. Mỗi mã dùng được một lần khi không có điện thoại. Các mã này chỉ hiện một lần.</p>
  <ul class="codes"><?cs each:c = Recovery ?><li><code><?cs var:c ?></code></li><?cs /each ?></ul>
  </section>
  <p><a href="/account">Về trang tài khoản</a></p>
<?cs elif:TwoFactor.Enabled ?>
  <p>Xác thực hai lớp đang <strong>bật</strong> cho tài khoản này.</p>
  <?cs if:TwoFactor.Required ?>
    <p>Cán bộ và quản trị viên phải luôn dùng xác thực hai lớp.</p>
  <?cs else ?>
  <?cs call:form_errors() ?>
  <form class="form" action="/account/2fa/disable" method="post" novalidate>
    <?cs call:csrf_field() ?>
    <h2>Tắt xác thực hai lớp</h2>
    <?cs call:field("password", "Mật khẩu", "password", "", Errors.password, "current-password", "") ?>
    <?cs call:field("code", "Mã trong ứng dụng xác thực", "text", "", Errors.code, "one-time-code", "") ?>
    <div class="actions"><button type="submit">Tắt xác thực hai lớp</button></div>
  </form>
  <?cs /if ?>
<?cs else ?>
  <?cs if:TwoFactor.Required ?><p class="notice" role="alert">Tài khoản cán bộ, quản trị viên phải bật xác thực hai lớp trước khi làm việc.</p><?cs /if ?>
  <p>Xác thực hai lớp bảo vệ tài khoản ngay cả khi mật khẩu bị lộ: mỗi lần đăng nhập cần thêm một mã 6 chữ số từ ứng dụng xác thực trên điện thoại (bất kỳ ứng dụng nào theo chuẩn TOTP).</p>
  <ol class="steps">
    <li>Trong ứng dụng xác thực, chọn thêm tài khoản và nhập khóa sau (hoặc mở liên kết trên điện thoại):
      <p><code class="secret"><?cs var:TwoFactor.Secret ?></code></p>
      <p><a href="<?cs var:TwoFactor.Uri ?>">Thêm vào ứng dụng xác thực</a></p></li>
    <li>Nhập mã 6 chữ số ứng dụng hiện ra để xác nhận.</li>
  </ol>
  <?cs call:form_errors() ?>
  <form class="form" action="/account/2fa/enable" method="post" novalidate>
    <?cs call:csrf_field() ?>
    <?cs call:field("code", "Mã 6 chữ số", "text", "", Errors.code, "one-time-code", "") ?>
    <div class="actions"><button type="submit">Bật xác thực hai lớp</button></div>
  </form>
<?cs /if ?>
<?cs call:layout_bottom() ?>
