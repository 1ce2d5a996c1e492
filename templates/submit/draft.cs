<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs call:layout_top() ?>
<h1>Hồ sơ nháp</h1>
<p class="lead"><?cs var:Draft.name ?> <span class="meta">(mã thủ tục <?cs var:Draft.code ?>)</span></p>
<dl class="facts-list">
  <?cs if:Draft.case_name ?><dt>Trường hợp</dt><dd><?cs var:Draft.case_name ?></dd><?cs /if ?>
  <?cs if:Draft.province_name ?><dt>Nơi nộp</dt><dd><?cs var:Draft.province_name ?></dd><?cs /if ?>
  <dt>Lưu lần cuối</dt><dd><?cs var:Draft.saved ?></dd>
</dl>
<?cs if:Draft.JustSaved ?><p class="notice" role="status">Đã lưu nháp. Bạn có thể đóng trang và quay lại bất cứ lúc nào; hồ sơ nháp có trong mục <a href="/dossiers">Hồ sơ của tôi</a>.</p><?cs /if ?>
<?cs if:Form.Invalid ?>
<div class="form-errors" role="alert" tabindex="-1" id="form-errors">
  <h2>Hồ sơ chưa nộp được — vui lòng sửa các mục sau</h2>
  <?cs if:Draft.Saved ?><p>Những gì bạn đã nhập và các tệp hợp lệ đã được lưu nháp.</p><?cs /if ?>
  <ul>
    <?cs each:e = Errors ?><li><a href="#<?cs name:e ?>"><?cs var:e ?></a></li><?cs /each ?>
    <?cs each:e = Uploads.Errors ?><li>Tệp không nhận: <?cs var:e ?></li><?cs /each ?>
  </ul>
</div>
<?cs /if ?>
<form class="form" action="/drafts/<?cs var:Draft.id ?>" method="post" enctype="multipart/form-data" novalidate>
  <?cs call:csrf_field() ?>
  <?cs set:known = 0 ?><?cs each:f = Fields ?><?cs if:f.known ?><?cs set:known = 1 ?><?cs /if ?><?cs /each ?>
  <?cs if:known ?>
  <section aria-labelledby="known-title">
    <h2 id="known-title">Thông tin đã có trên Cổng</h2>
    <p class="hint">Lấy từ tài khoản của bạn; không cần nhập lại.</p>
    <dl class="facts-list"><?cs each:f = Fields ?><?cs if:f.known ?><dt><?cs var:f.label ?></dt><dd><?cs var:f.value ?></dd><?cs /if ?><?cs /each ?></dl>
  </section>
  <?cs /if ?>
  <section aria-labelledby="fields-title">
  <h2 id="fields-title">Tờ khai</h2>
  <?cs each:f = Fields ?><?cs if:!f.known ?>
  <?cs set:err = Errors["f_" + f.name] ?>
  <?cs if:f.kind == "address" ?>
  <fieldset class="field<?cs if:err ?> has-error<?cs /if ?>" id="f_<?cs var:f.name ?>">
    <legend><?cs var:f.label ?><?cs if:f.required == "1" ?> <span class="req">(bắt buộc)</span><?cs /if ?></legend>
    <?cs if:err ?><p class="error" id="e-f_<?cs var:f.name ?>"><?cs var:err ?></p><?cs /if ?>
    <label for="i-<?cs var:f.name ?>-province">Tỉnh, thành phố</label>
    <select id="i-<?cs var:f.name ?>-province" name="f_<?cs var:f.name ?>_province">
      <option value="">— Chọn —</option>
      <?cs each:p = Provinces ?><option value="<?cs var:p.code ?>"<?cs if:f.province == p.code ?> selected<?cs /if ?>><?cs var:p.full_name ?></option><?cs /each ?>
    </select>
    <?cs if:subcount(f.Wards) > 0 ?>
    <label for="i-<?cs var:f.name ?>-ward">Phường, xã</label>
    <select id="i-<?cs var:f.name ?>-ward" name="f_<?cs var:f.name ?>_ward">
      <option value="">— Chọn —</option>
      <?cs each:w = f.Wards ?><option value="<?cs var:w.code ?>"<?cs if:f.ward == w.code ?> selected<?cs /if ?>><?cs var:w.full_name ?></option><?cs /each ?>
    </select>
    <?cs else ?>
    <p class="hint">Phường, xã: chọn tỉnh, thành phố rồi bấm "Lưu nháp" để chọn phường, xã.</p>
    <?cs /if ?>
    <label for="i-<?cs var:f.name ?>-street">Số nhà, đường, thôn, xóm</label>
    <input id="i-<?cs var:f.name ?>-street" name="f_<?cs var:f.name ?>_street" type="text" value="<?cs var:f.street ?>" autocomplete="street-address">
  </fieldset>
  <?cs elif:f.kind == "choice" ?>
  <fieldset class="field<?cs if:err ?> has-error<?cs /if ?>" id="f_<?cs var:f.name ?>">
    <legend><?cs var:f.label ?><?cs if:f.required == "1" ?> <span class="req">(bắt buộc)</span><?cs /if ?></legend>
    <?cs if:f.hint ?><p class="hint"><?cs var:f.hint ?></p><?cs /if ?>
    <?cs if:err ?><p class="error"><?cs var:err ?></p><?cs /if ?>
    <?cs each:c = f.Choices ?><label class="inline block"><input type="radio" name="f_<?cs var:f.name ?>" value="<?cs var:c ?>"<?cs if:f.value == c ?> checked<?cs /if ?>> <?cs var:c ?></label><?cs /each ?>
  </fieldset>
  <?cs else ?>
  <div class="field<?cs if:err ?> has-error<?cs /if ?>">
    <label for="f_<?cs var:f.name ?>"><?cs var:f.label ?><?cs if:f.required == "1" ?> <span class="req">(bắt buộc)</span><?cs /if ?></label>
    <?cs if:f.hint ?><p class="hint" id="h-f_<?cs var:f.name ?>"><?cs var:f.hint ?></p><?cs /if ?>
    <?cs if:err ?><p class="error" id="e-f_<?cs var:f.name ?>"><?cs var:err ?></p><?cs /if ?>
    <?cs if:f.kind == "textarea" ?>
    <textarea id="f_<?cs var:f.name ?>" name="f_<?cs var:f.name ?>" rows="4"<?cs if:err ?> aria-invalid="true" aria-describedby="e-f_<?cs var:f.name ?>"<?cs /if ?>><?cs var:f.value ?></textarea>
    <?cs else ?>
    <input id="f_<?cs var:f.name ?>" name="f_<?cs var:f.name ?>" type="<?cs if:f.kind == "date" ?>date<?cs else ?>text<?cs /if ?>"<?cs if:f.kind == "number" || f.kind == "idnum" ?> inputmode="numeric"<?cs /if ?> value="<?cs var:f.value ?>"<?cs if:err ?> aria-invalid="true" aria-describedby="e-f_<?cs var:f.name ?>"<?cs /if ?>>
    <?cs /if ?>
  </div>
  <?cs /if ?>
  <?cs /if ?><?cs /each ?>
  </section>
  <section aria-labelledby="docs-title">
  <h2 id="docs-title">Giấy tờ</h2>
  <p class="hint">Tệp PDF, JPEG hoặc PNG; mỗi tệp tối đa 5 MB, cả hồ sơ tối đa 20 MB. Chỉ các giấy tờ dưới đây được yêu cầu.</p>
  <?cs each:d = Documents ?>
  <?cs set:err = Errors["doc_" + d.id] ?>
  <div class="field document<?cs if:err ?> has-error<?cs /if ?>" id="doc_<?cs var:d.id ?>">
    <h3><?cs var:d.name ?><?cs if:d.required == "1" ?> <span class="req">(bắt buộc)</span><?cs else ?> <span class="meta">(nếu có)</span><?cs /if ?></h3>
    <?cs if:d.form_name ?><p class="meta">Theo <?cs var:d.form_name ?></p><?cs /if ?>
    <?cs if:err ?><p class="error"><?cs var:err ?></p><?cs /if ?>
    <?cs if:subcount(d.Files) > 0 ?>
    <ul class="files"><?cs each:x = d.Files ?>
      <li><?cs var:x.filename ?> <span class="meta">(<?cs var:x.kb ?> KB)</span> <label class="inline"><input type="checkbox" name="remove_<?cs var:x.id ?>" value="1"> Bỏ tệp này</label></li>
    <?cs /each ?></ul>
    <?cs /if ?>
    <label for="i-doc-<?cs var:d.id ?>">Tải tệp lên</label>
    <input id="i-doc-<?cs var:d.id ?>" name="doc_<?cs var:d.id ?>" type="file" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png">
    <?cs if:subcount(d.Reuse) > 0 ?>
    <label for="i-reuse-<?cs var:d.id ?>">Hoặc dùng lại tệp đã nộp trước đây</label>
    <select id="i-reuse-<?cs var:d.id ?>" name="reuse_<?cs var:d.id ?>">
      <option value="">— Không —</option>
      <?cs each:r = d.Reuse ?><option value="<?cs var:r.file_id ?>"><?cs var:r.filename ?> (<?cs var:r.given ?>)</option><?cs /each ?>
    </select>
    <?cs /if ?>
  </div>
  <?cs /each ?>
  </section>
  <div class="actions">
    <button type="submit" name="action" value="save" class="secondary">Lưu nháp</button>
    <button type="submit" name="action" value="submit">Nộp hồ sơ</button>
  </div>
</form>
<form action="/drafts/<?cs var:Draft.id ?>/delete" method="post" class="inline-form"><?cs call:csrf_field() ?><button type="submit" class="secondary">Xóa hồ sơ nháp</button></form>
<?cs call:layout_bottom() ?>
