<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs include:"track/macros.cs" ?><?cs set:Site.Nav = "office" ?><?cs call:layout_top() ?>
<p><a href="/office">‹ Hồ sơ cần xử lý</a></p>
<h1>Hồ sơ <?cs var:Dossier.code ?></h1>
<?cs if:Office.Done ?><p class="notice" role="status">Đã thực hiện: <?cs call:action_label(Office.Done) ?>. Người nộp đã được thông báo qua thư điện tử.</p><?cs /if ?>
<?cs if:Form.Invalid ?><div class="form-errors" role="alert" tabindex="-1" id="form-errors"><h2><?cs if:Office.Conflict ?>Xung đột cập nhật<?cs else ?>Chưa thực hiện được<?cs /if ?></h2><ul><?cs each:e = Errors ?><li><?cs var:e ?></li><?cs /each ?></ul></div><?cs /if ?>
<dl class="facts-list">
  <dt>Trạng thái</dt><dd><?cs call:status_badge(Dossier.status) ?></dd>
  <dt>Thủ tục</dt><dd><?cs var:Dossier.procedure_name ?> (<?cs var:Dossier.procedure_code ?>)</dd>
  <?cs if:Dossier.case_name ?><dt>Trường hợp</dt><dd><?cs var:Dossier.case_name ?></dd><?cs /if ?>
  <dt>Người nộp</dt><dd><?cs var:Dossier.applicant_name ?> (<?cs var:Dossier.applicant_idnum ?>)</dd>
  <dt>Ngày nộp</dt><dd><?cs var:Dossier.submitted ?></dd>
  <dt>Hạn giải quyết</dt><dd><?cs call:due_date(Dossier) ?></dd>
  <dt>Phí, lệ phí</dt><dd><?cs if:Dossier.fee_amount == 0 ?>Không phải nộp<?cs elif:Dossier.fee_ref ?><span class="status status-paid">Đã nộp</span> <?cs var:Dossier.fee ?> đồng lúc <?cs var:Dossier.fee_paid ?> (giao dịch <span class="code"><?cs var:Dossier.fee_ref ?></span>)<?cs else ?><span class="status status-pending">Chưa nộp</span> <?cs var:Dossier.fee ?> đồng<?cs /if ?></dd>
</dl>
<?cs if:subcount(Request) > 0 ?>
<section class="panel" aria-labelledby="req-title"><h2 id="req-title">Đang chờ người nộp bổ sung</h2>
<p class="pre-line"><?cs var:Request.0.documents ?></p><p>Lý do: <?cs var:Request.0.reason ?></p></section>
<?cs /if ?>
<?cs if:subcount(Actions) > 0 ?>
<section aria-labelledby="act-title">
<h2 id="act-title">Xử lý</h2>
<?cs each:a = Actions ?>
<form class="form" action="/office/dossiers/<?cs var:Dossier.code ?>/act" method="post"<?cs if:a.action == "approve" ?> enctype="multipart/form-data"<?cs /if ?> novalidate>
  <?cs call:csrf_field() ?>
  <input type="hidden" name="action" value="<?cs var:a.action ?>">
  <input type="hidden" name="version" value="<?cs var:Dossier.version ?>">
  <h3><?cs call:action_label(a.action) ?></h3>
  <?cs if:a.action == "supplement" ?>
  <div class="field<?cs if:Office.Failed == a.action && Errors.documents ?> has-error<?cs /if ?>"><label for="d-<?cs var:a.action ?>">Giấy tờ cần bổ sung (mỗi giấy tờ một dòng)</label>
  <?cs if:Office.Failed == a.action && Errors.documents ?><p class="error" id="d-error-<?cs var:a.action ?>"><?cs var:Errors.documents ?></p><?cs /if ?>
  <textarea id="d-<?cs var:a.action ?>" name="documents" rows="3" required<?cs if:Office.Failed == a.action && Errors.documents ?> aria-invalid="true" aria-describedby="d-error-<?cs var:a.action ?>"<?cs /if ?>><?cs if:Office.Failed == a.action ?><?cs var:Form.documents ?><?cs /if ?></textarea></div>
  <?cs /if ?>
  <?cs if:a.action == "approve" ?>
  <div class="field<?cs if:Office.Failed == a.action && Errors.result ?> has-error<?cs /if ?>"><label for="r-<?cs var:a.action ?>">Tệp kết quả (PDF, JPEG hoặc PNG, tối đa 5 MB)</label>
  <?cs if:Office.Failed == a.action && Errors.result ?><p class="error" id="r-error-<?cs var:a.action ?>"><?cs var:Errors.result ?></p><?cs /if ?>
  <input id="r-<?cs var:a.action ?>" name="result" type="file" accept=".pdf,.jpg,.jpeg,.png" required<?cs if:Office.Failed == a.action && Errors.result ?> aria-invalid="true" aria-describedby="r-error-<?cs var:a.action ?>"<?cs /if ?>></div>
  <?cs /if ?>
  <div class="field<?cs if:Office.Failed == a.action && Errors.note ?> has-error<?cs /if ?>"><label for="n-<?cs var:a.action ?>"><?cs if:a.action == "reject" ?>Lý do từ chối (bắt buộc)<?cs elif:a.action == "supplement" ?>Lý do (bắt buộc)<?cs else ?>Ghi chú (nếu có)<?cs /if ?></label>
  <?cs if:Office.Failed == a.action && Errors.note ?><p class="error" id="n-error-<?cs var:a.action ?>"><?cs var:Errors.note ?></p><?cs /if ?>
  <textarea id="n-<?cs var:a.action ?>" name="note" rows="2"<?cs if:a.action == "reject" || a.action == "supplement" ?> required<?cs /if ?><?cs if:Office.Failed == a.action && Errors.note ?> aria-invalid="true" aria-describedby="n-error-<?cs var:a.action ?>"<?cs /if ?>><?cs if:Office.Failed == a.action ?><?cs var:Form.note ?><?cs /if ?></textarea></div>
  <div class="actions"><button type="submit"<?cs if:a.action == "reject" ?> class="secondary"<?cs /if ?>><?cs call:action_label(a.action) ?></button></div>
</form>
<?cs /each ?>
</section>
<?cs /if ?>
<section aria-labelledby="values-title"><h2 id="values-title">Tờ khai</h2>
<dl class="facts-list"><?cs each:v = Values ?><dt><?cs var:v.label ?></dt><dd><?cs var:v.value ?></dd><?cs /each ?></dl></section>
<section aria-labelledby="files-title"><h2 id="files-title">Giấy tờ</h2>
<ul class="files"><?cs each:f = Files ?><li><?cs if:f.role == "result" ?><strong>Kết quả:</strong> <?cs elif:f.role == "supplement" ?><strong>Bổ sung:</strong> <?cs else ?><?cs var:f.document ?>: <?cs /if ?><a href="/office/dossiers/<?cs var:Dossier.code ?>/files/<?cs var:f.id ?>"><?cs var:f.filename ?></a> <span class="meta">(<?cs var:f.kb ?> KB)</span></li><?cs /each ?></ul></section>
<section aria-labelledby="tl-title"><h2 id="tl-title">Quá trình xử lý</h2>
<ol class="timeline"><?cs each:e = Events ?><li><p><strong><?cs call:action_label(e.action) ?></strong> — <?cs var:e.at ?></p><p class="meta"><?cs if:e.actor_kind == "citizen" || e.actor_kind == "business" ?>Người nộp<?cs else ?><?cs var:e.actor ?><?cs /if ?></p><?cs if:e.note ?><p class="pre-line"><?cs var:e.note ?></p><?cs /if ?></li><?cs /each ?></ol></section>
<?cs call:layout_bottom() ?>
