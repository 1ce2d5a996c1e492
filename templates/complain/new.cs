<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs set:Site.Nav = "feedback" ?><?cs call:layout_top() ?>
<nav class="crumbs" aria-label="Vị trí"><a href="/">Trang chủ</a> › <a href="/feedback">Phản ánh, kiến nghị</a> › <span aria-current="page">Gửi phản ánh</span></nav>
<h1>Gửi phản ánh, kiến nghị</h1>
<p>Phản ánh về quy định, về việc giải quyết thủ tục hành chính, về hành vi của cán bộ, hoặc kiến nghị, đề xuất. Cơ quan có thẩm quyền phân loại trong 2 ngày làm việc và trả lời trong 15 ngày làm việc kể từ khi tiếp nhận.<?cs if:!Session.Name ?> Bạn có thể gửi mà không cần tài khoản: sau khi gửi, bạn nhận một mã và một đường dẫn riêng để theo dõi. <a href="/account/login?next=/feedback/new">Đăng nhập</a> để theo dõi trong tài khoản.<?cs /if ?></p>
<?cs call:form_errors() ?>
<?cs if:subcount(Refused) > 0 ?>
<div class="form-errors" role="alert" id="refused">
  <h2>Một số tệp không được nhận</h2>
  <ul><?cs each:r = Refused ?><li><strong><?cs var:r.name ?></strong>: <?cs var:r.error ?></li><?cs /each ?></ul>
</div>
<?cs /if ?>
<form action="/feedback/new" method="post" enctype="multipart/form-data" class="stacked">
  <?cs call:csrf_field() ?>
  <fieldset class="field<?cs if:Errors.category ?> has-error<?cs /if ?>" id="f-category">
    <legend>Loại phản ánh, kiến nghị (bắt buộc)</legend>
    <?cs if:Errors.category ?><p class="error" id="e-category"><?cs var:Errors.category ?></p><?cs /if ?>
    <?cs each:c = Categories ?>
    <label class="choice"><input type="radio" name="category" value="<?cs var:c.code ?>"<?cs if:c.code == Form.category ?> checked<?cs /if ?> aria-describedby="h-cat-<?cs var:c.code ?>"> <?cs var:c.name ?></label>
    <p class="hint" id="h-cat-<?cs var:c.code ?>"><?cs var:c.description ?></p>
    <?cs /each ?>
  </fieldset>
  <div class="field<?cs if:Errors.agency ?> has-error<?cs /if ?>">
    <label for="f-agency">Cơ quan có liên quan (bắt buộc)</label>
    <p class="hint" id="h-agency">Cơ quan bạn phản ánh hoặc kiến nghị tới. Để chọn UBND cấp xã, mở trang của cơ quan đó trong mục <a href="/agencies">Cơ quan</a> và chọn «Gửi phản ánh, kiến nghị».</p>
    <?cs if:Errors.agency ?><p class="error" id="e-agency"><?cs var:Errors.agency ?></p><?cs /if ?>
    <select id="f-agency" name="agency" aria-describedby="h-agency<?cs if:Errors.agency ?> e-agency<?cs /if ?>"<?cs if:Errors.agency ?> aria-invalid="true"<?cs /if ?>>
      <option value="">— Chọn cơ quan —</option>
      <?cs if:About.commune ?><option value="<?cs var:Form.agency ?>" selected><?cs var:About.commune ?></option><?cs /if ?>
      <?cs set:Place = "" ?>
      <?cs each:a = Agencies ?><?cs if:a.place != Place ?><?cs if:Place != "" ?></optgroup><?cs /if ?><optgroup label="<?cs var:a.place ?>"><?cs set:Place = a.place ?><?cs /if ?>
      <option value="<?cs var:a.code ?>"<?cs if:a.code == Form.agency ?> selected<?cs /if ?>><?cs var:a.name ?></option><?cs /each ?>
      <?cs if:Place != "" ?></optgroup><?cs /if ?>
    </select>
  </div>
  <?cs if:About.procedure ?><p class="notice">Về thủ tục: <strong><?cs var:About.procedure ?></strong></p><?cs /if ?>
  <?cs if:About.dossier ?><p class="notice">Về hồ sơ <span class="code"><?cs var:Form.dossier ?></span>: <?cs var:About.dossier ?></p><?cs /if ?>
  <?cs call:field("procedure", "Mã thủ tục liên quan (không bắt buộc)", "text", Form.procedure, Errors.procedure, "off", "Ví dụ 1.004194, in trên trang của thủ tục.") ?>
  <?cs call:field("dossier", "Mã hồ sơ liên quan (không bắt buộc)", "text", Form.dossier, Errors.dossier, "off", "Mã hồ sơ của bạn, ví dụ H26.CA-261123-000001. Cần đăng nhập.") ?>
  <?cs call:field("title", "Tiêu đề (bắt buộc)", "text", Form.title, Errors.title, "off", "Từ 5 đến " + Limits.Title + " ký tự.") ?>
  <div class="field<?cs if:Errors.content ?> has-error<?cs /if ?>">
    <label for="f-content">Nội dung (bắt buộc)</label>
    <p class="hint" id="h-content">Từ 20 đến <?cs var:Limits.Content ?> ký tự: việc gì, ở đâu, khi nào, bạn đề nghị gì. Nội dung được hiển thị nguyên văn, không định dạng.</p>
    <?cs if:Errors.content ?><p class="error" id="e-content"><?cs var:Errors.content ?></p><?cs /if ?>
    <textarea id="f-content" name="content" rows="10" aria-describedby="h-content<?cs if:Errors.content ?> e-content<?cs /if ?>"<?cs if:Errors.content ?> aria-invalid="true"<?cs /if ?>><?cs var:Form.content ?></textarea>
  </div>
  <fieldset class="field">
    <legend>Tệp đính kèm (không bắt buộc)</legend>
    <p class="hint" id="h-files">Tối đa 3 tệp PDF, JPEG hoặc PNG; mỗi tệp không quá 5 MB.</p>
    <?cs if:subcount(Kept) > 0 ?><p>Đã nhận: <?cs each:k = Kept ?><strong><?cs var:k.name ?></strong> <?cs /each ?>(được giữ lại, không cần tải lên lại).</p><input type="hidden" name="kept" value="<?cs var:Form.kept ?>"><?cs /if ?>
    <label for="f-file1">Tệp 1</label><input id="f-file1" name="file1" type="file" accept="application/pdf,image/jpeg,image/png" aria-describedby="h-files">
    <label for="f-file2">Tệp 2</label><input id="f-file2" name="file2" type="file" accept="application/pdf,image/jpeg,image/png" aria-describedby="h-files">
    <label for="f-file3">Tệp 3</label><input id="f-file3" name="file3" type="file" accept="application/pdf,image/jpeg,image/png" aria-describedby="h-files">
  </fieldset>
  <fieldset class="field">
    <legend>Thông tin liên hệ</legend>
    <p class="hint">Không bao giờ được công khai. Cơ quan dùng để liên hệ khi cần; thư điện tử để báo cho bạn khi phản ánh được xử lý.</p>
    <?cs call:field("name", "Họ và tên", "text", Form.name, Errors.name, "name", "") ?>
    <?cs call:field("email", "Thư điện tử", "email", Form.email, Errors.email, "email", "") ?>
    <?cs call:field("phone", "Số điện thoại", "tel", Form.phone, Errors.phone, "tel", "") ?>
  </fieldset>
  <div class="field">
    <label class="choice"><input type="checkbox" name="publish" value="1"<?cs if:Form.publish ?> checked<?cs /if ?>> Tôi đồng ý công khai nội dung phản ánh và câu trả lời (không kèm thông tin liên hệ)</label>
  </div>
  <div class="actions"><button type="submit">Gửi phản ánh, kiến nghị</button></div>
</form>
<?cs call:layout_bottom() ?>
