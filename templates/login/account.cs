<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs set:Site.Nav = "account" ?><?cs call:layout_top() ?>
<h1>Tài khoản của tôi</h1>
<?cs if:Account.Welcome ?><p class="notice" role="status">Tài khoản đã được tạo và bạn đã đăng nhập.</p><?cs /if ?>
<?cs if:Account.Ended ?><p class="notice" role="status">Đã đăng xuất khỏi các thiết bị khác.</p><?cs /if ?>
<?cs if:Account.Sent ?><p class="notice" role="status">Đã gửi lại thư xác nhận. Hãy mở liên kết trong thư (kiểm tra cả thư mục thư rác).</p><?cs /if ?>
<?cs if:Account.Contact == "email" ?><p class="notice" role="status">Đã lưu. Chúng tôi đã gửi liên kết xác nhận tới địa chỉ thư mới; địa chỉ đó được dùng sau khi bạn xác nhận.</p><?cs elif:Account.Contact ?><p class="notice" role="status">Đã lưu thông tin liên hệ.</p><?cs /if ?>
<?cs if:Account.Password ?><p class="notice" role="status">Đã đổi mật khẩu. Các thiết bị khác đã được đăng xuất.</p><?cs /if ?>
<ul class="chips">
  <li><a href="/account/contact">Sửa thông tin liên hệ</a></li>
  <li><a href="/account/password">Đổi mật khẩu</a></li>
  <li><a href="/account/2fa">Xác thực hai lớp</a></li>
  <li><a href="/account/export">Tải dữ liệu của tôi (JSON)</a></li>
</ul>
<section aria-labelledby="who-title">
<h2 id="who-title">Thông tin tài khoản</h2>
<dl class="facts-list">
  <dt><?cs if:User.kind == "business" ?>Tên doanh nghiệp<?cs else ?>Họ và tên<?cs /if ?></dt><dd><?cs var:User.full_name ?></dd>
  <?cs if:User.citizen_id ?><dt>Số định danh cá nhân</dt><dd><?cs var:User.citizen_id ?></dd><?cs /if ?>
  <?cs if:User.social_insurance_no ?><dt>Mã số BHXH</dt><dd><?cs var:User.social_insurance_no ?></dd><?cs /if ?>
  <?cs if:User.tax_code ?><dt>Mã số thuế</dt><dd><?cs var:User.tax_code ?></dd><?cs /if ?>
  <?cs if:User.representative ?><dt>Người đại diện</dt><dd><?cs var:User.representative ?></dd><?cs /if ?>
  <?cs if:User.birth_date ?><dt>Ngày sinh</dt><dd><?cs var:User.birth_date ?></dd><?cs /if ?>
  <dt>Số điện thoại</dt><dd><?cs var:User.phone ?></dd>
  <dt>Thư điện tử</dt><dd><?cs var:User.email ?><?cs if:User.email_confirmed == "0" ?> <span class="badge">Chưa xác nhận</span><?cs /if ?>
    <?cs if:User.pending_email ?><br>Đang chờ xác nhận địa chỉ mới: <?cs var:User.pending_email ?><?cs /if ?>
    <?cs if:User.email_confirmed == "0" || User.pending_email ?>
    <form class="inline-form" action="/account/email/resend" method="post"><?cs call:csrf_field() ?><button type="submit">Gửi lại thư xác nhận</button></form>
    <?cs /if ?></dd>
  <dt>Ngày tạo</dt><dd><?cs var:User.created ?></dd>
  <dt>Xác thực hai lớp</dt><dd><?cs if:User.totp_enabled == "1" ?>Đang bật<?cs else ?>Chưa bật<?cs /if ?> — <a href="/account/2fa">Quản lý</a></dd>
</dl>
</section>
<section aria-labelledby="sessions-title">
<h2 id="sessions-title">Các phiên đăng nhập</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="Bảng các phiên đăng nhập">
<table>
  <thead><tr><th scope="col">Bắt đầu</th><th scope="col">Lần cuối</th><th scope="col">Địa chỉ</th><th scope="col">Trình duyệt</th></tr></thead>
  <tbody>
  <?cs each:s = Sessions ?>
    <tr><td><?cs var:s.created ?><?cs if:s.current == "1" ?> <strong>(phiên này)</strong><?cs /if ?></td><td><?cs var:s.last_seen ?></td><td><?cs var:s.client_ip ?></td><td><?cs var:s.user_agent ?></td></tr>
  <?cs /each ?>
  </tbody>
</table>
</div>
<?cs if:subcount(Sessions) > 1 ?>
<form action="/account/sessions/end-others" method="post"><?cs call:csrf_field() ?><button type="submit">Đăng xuất khỏi các thiết bị khác</button></form>
<?cs /if ?>
</section>
<?cs call:layout_bottom() ?>
