<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs include:"track/macros.cs" ?><?cs set:Site.Nav = "track" ?><?cs call:layout_top() ?>
<h1>Tra cứu hồ sơ</h1>
<p>Nhập mã hồ sơ in trên giấy tiếp nhận và số giấy tờ của người nộp hồ sơ để xem hồ sơ đang ở bước nào. Không cần đăng nhập.</p>
<?cs call:form_errors() ?>
<form class="form" action="/track" method="get" novalidate>
  <?cs call:field("code", "Mã hồ sơ", "text", Form.code, Errors.code, "off", "Ví dụ: 000.00.00.G01-261123-000001") ?>
  <?cs call:field("idnum", "Số giấy tờ của người nộp", "text", Form.idnum, Errors.idnum, "off", "Số định danh cá nhân (12 chữ số), hoặc mã số thuế với doanh nghiệp, tổ chức.") ?>
  <div class="actions"><button type="submit">Tra cứu</button></div>
</form>

<?cs if:Track.NotFound ?>
<div class="form-errors" role="alert" id="track-result">
  <h2>Không tìm thấy hồ sơ với mã và số giấy tờ này</h2>
  <p>Vui lòng kiểm tra lại mã hồ sơ trên giấy tiếp nhận và số giấy tờ của người nộp: cả hai phải khớp với hồ sơ đã nộp.</p>
</div>
<?cs elif:Found.status ?>
<section aria-labelledby="found-title" id="track-result">
<h2 id="found-title">Hồ sơ <span class="code"><?cs var:Form.code ?></span></h2>
<dl class="facts-list">
  <dt>Trạng thái</dt><dd><?cs call:status_badge(Found.status) ?></dd>
  <dt>Thủ tục</dt><dd><?cs var:Found.procedure ?></dd>
  <dt>Cơ quan giải quyết</dt><dd><?cs if:Found.agency ?><?cs var:Found.agency ?><?cs else ?>—<?cs /if ?></dd>
  <dt>Ngày nộp</dt><dd><?cs var:Found.submitted ?></dd>
  <dt>Hạn giải quyết</dt><dd><?cs if:Found.status == "supplement" ?>Tạm dừng trong khi chờ người nộp bổ sung hồ sơ<?cs else ?><?cs call:due_date(Found) ?><?cs /if ?></dd>
</dl>
<p>Người nộp hồ sơ xem đầy đủ thông tin, giấy tờ và kết quả tại mục <a href="/dossiers">Hồ sơ của tôi</a> sau khi đăng nhập.</p>
</section>
<?cs /if ?>
<?cs call:layout_bottom() ?>
