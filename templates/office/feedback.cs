<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs include:"office/feedback-macros.cs" ?><?cs set:Site.Nav = "office" ?><?cs call:layout_top() ?>
<nav class="crumbs" aria-label="Vị trí"><a href="/office">Xử lý hồ sơ</a> › <a href="/office/feedback">Phản ánh, kiến nghị</a> › <span aria-current="page"><?cs var:Feedback.code ?></span></nav>
<h1>Phản ánh, kiến nghị <?cs var:Feedback.code ?></h1>
<?cs if:Office.Done ?><p class="notice" role="status">Đã thực hiện: <?cs call:fb_action_label(Office.Done) ?>.<?cs if:Office.Done != "publish" && Feedback.contact_email ?> Người gửi đã được thông báo qua thư điện tử.<?cs /if ?></p><?cs /if ?>
<?cs if:Form.Invalid ?><div class="form-errors" role="alert" tabindex="-1" id="form-errors"><h2><?cs if:Office.Conflict ?>Xung đột cập nhật<?cs else ?>Chưa thực hiện được<?cs /if ?></h2><ul><?cs each:e = Errors ?><li><?cs var:e ?></li><?cs /each ?></ul></div><?cs /if ?>
<dl class="facts-list">
  <dt>Trạng thái</dt><dd><?cs call:fb_status(Feedback.status) ?></dd>
  <dt>Loại</dt><dd><?cs var:Feedback.category_name ?></dd>
  <dt>Cơ quan đang xử lý</dt><dd><?cs var:Feedback.agency_name ?><?cs if:Feedback.moved == "1" ?> <span class="meta">(gửi đầu tiên đến <?cs var:Feedback.first_agency_name ?>)</span><?cs /if ?></dd>
  <dt>Ngày gửi</dt><dd><?cs var:Feedback.submitted ?><?cs if:Feedback.source == "open311" ?> <span class="meta">(qua ứng dụng kết nối Open311)</span><?cs /if ?></dd>
  <dt>Hạn của bước đang chờ</dt><dd><?cs call:fb_due(Feedback) ?></dd>
  <?cs if:Feedback.classify_due ?><dt>Hạn phân loại</dt><dd><?cs var:Feedback.classify_due ?></dd><?cs /if ?>
  <?cs if:Feedback.answer_due ?><dt>Hạn trả lời</dt><dd><?cs var:Feedback.answer_due ?></dd><?cs /if ?>
  <?cs if:Feedback.publish_due ?><dt>Hạn công khai</dt><dd><?cs var:Feedback.publish_due ?></dd><?cs /if ?>
  <dt>Công khai câu trả lời</dt><dd><?cs if:Feedback.publish_ok == "1" ?>Người gửi đồng ý công khai<?cs else ?>Người gửi không đồng ý công khai<?cs /if ?></dd>
  <?cs if:Feedback.procedure_name ?><dt>Thủ tục liên quan</dt><dd><?cs var:Feedback.procedure_name ?> (<?cs var:Feedback.procedure_code ?>)</dd><?cs /if ?>
  <?cs if:Feedback.dossier_code ?><dt>Hồ sơ liên quan</dt><dd><?cs if:Feedback.dossier_ours == "1" ?><a href="/office/dossiers/<?cs var:Feedback.dossier_code ?>"><?cs var:Feedback.dossier_code ?></a><?cs else ?><?cs var:Feedback.dossier_code ?><?cs /if ?></dd><?cs /if ?>
  <?cs if:Feedback.rating ?><dt>Đánh giá của người gửi</dt><dd><?cs call:fb_rating(Feedback.rating) ?></dd><?cs /if ?>
  <?cs if:Feedback.escalated ?><dt>Đề nghị cấp trên xem xét</dt><dd><?cs var:Feedback.escalated ?></dd><?cs /if ?>
</dl>
<?cs if:Feedback.can_act != "1" ?><p class="notice">Phản ánh này do <?cs var:Feedback.agency_name ?> xử lý; bạn chỉ theo dõi được, không thao tác được.</p><?cs /if ?>

<section aria-labelledby="content-title">
<h2 id="content-title">Nội dung</h2>
<h3><?cs var:Feedback.title ?></h3>
<p class="pre-line"><?cs var:Feedback.content ?></p>
</section>

<section aria-labelledby="contact-title">
<h2 id="contact-title">Người gửi</h2>
<p class="meta">Thông tin liên hệ chỉ cán bộ xử lý được xem; không bao giờ công khai.</p>
<dl class="facts-list">
  <dt>Tài khoản</dt><dd><?cs if:Feedback.account_kind == "business" ?>Doanh nghiệp, tổ chức có tài khoản trên Cổng<?cs elif:Feedback.account_kind ?>Công dân có tài khoản trên Cổng<?cs else ?>Không đăng nhập<?cs /if ?></dd>
  <dt>Họ và tên</dt><dd><?cs if:Feedback.contact_name ?><?cs var:Feedback.contact_name ?><?cs else ?>Không cho biết<?cs /if ?></dd>
  <dt>Thư điện tử</dt><dd><?cs if:Feedback.contact_email ?><?cs var:Feedback.contact_email ?><?cs else ?>Không có<?cs /if ?></dd>
  <dt>Số điện thoại</dt><dd><?cs if:Feedback.contact_phone ?><?cs var:Feedback.contact_phone ?><?cs else ?>Không có<?cs /if ?></dd>
  <?cs if:Feedback.address ?><dt>Địa điểm</dt><dd><?cs var:Feedback.address ?></dd><?cs /if ?>
</dl>
</section>

<?cs if:subcount(Files) > 0 ?>
<section aria-labelledby="files-title">
<h2 id="files-title">Tệp đính kèm</h2>
<ul class="files"><?cs each:f = Files ?><li><?cs if:f.role == "answer" ?><strong>Kèm câu trả lời:</strong> <?cs else ?><strong>Của người gửi:</strong> <?cs /if ?><a href="/office/feedback/<?cs var:Feedback.code ?>/files/<?cs var:f.id ?>"><?cs var:f.filename ?></a> <span class="meta">(<?cs call:fb_file_type(f.mime) ?>, <?cs var:f.kb ?> KB)</span></li><?cs /each ?></ul>
</section>
<?cs /if ?>

<?cs if:Feedback.status == "rejected" ?>
<section aria-labelledby="reject-title">
<h2 id="reject-title">Lý do không tiếp nhận</h2>
<p class="pre-line"><?cs var:Feedback.reject_reason ?></p>
</section>
<?cs /if ?>

<?cs if:Feedback.answered ?>
<section aria-labelledby="answer-title">
<h2 id="answer-title">Câu trả lời</h2>
<p class="meta">Trả lời lúc <?cs var:Feedback.answered ?><?cs if:Feedback.answered_by ?>, cán bộ <?cs var:Feedback.answered_by ?><?cs /if ?><?cs if:Feedback.published ?>; công khai lúc <?cs var:Feedback.published ?><?cs /if ?>.</p>
<p class="pre-line"><?cs var:Feedback.answer ?></p>
</section>
<?cs /if ?>

<?cs if:subcount(Actions) > 0 ?>
<section aria-labelledby="act-title">
<h2 id="act-title">Xử lý</h2>
<?cs each:a = Actions ?>
<form class="form" action="/office/feedback/<?cs var:Feedback.code ?>/act" method="post"<?cs if:a.action == "answer" ?> enctype="multipart/form-data"<?cs /if ?> novalidate>
  <?cs call:csrf_field() ?>
  <input type="hidden" name="action" value="<?cs var:a.action ?>">
  <input type="hidden" name="version" value="<?cs var:Feedback.version ?>">
  <h3><?cs call:fb_action_label(a.action) ?></h3>
  <?cs if:a.action == "accept" ?>
  <p class="hint">Phản ánh thuộc thẩm quyền của cơ quan: hạn trả lời là 15 ngày làm việc kể từ hôm nay.</p>
  <?cs elif:a.action == "transfer" ?>
  <div class="field<?cs if:Errors.agency ?> has-error<?cs /if ?>"><label for="agency-transfer">Mã cơ quan có thẩm quyền (bắt buộc)</label>
  <p class="hint" id="agency-hint">Gõ mã cơ quan, ví dụ H26.STP; trình duyệt gợi ý các cơ quan liên quan. Cơ quan nhận có 2 ngày làm việc để phân loại.</p>
  <?cs if:Errors.agency ?><p class="error" id="agency-error"><?cs var:Errors.agency ?></p><?cs /if ?>
  <input id="agency-transfer" name="agency" type="text" list="agency-list" value="<?cs if:Office.Failed == "transfer" ?><?cs var:Form.agency ?><?cs /if ?>" autocomplete="off" required aria-describedby="agency-hint<?cs if:Errors.agency ?> agency-error<?cs /if ?>"<?cs if:Errors.agency ?> aria-invalid="true"<?cs /if ?>>
  <datalist id="agency-list"><?cs each:t = Targets ?><option value="<?cs var:t.code ?>"><?cs var:t.name ?></option><?cs /each ?></datalist></div>
  <div class="field"><label for="reason-transfer">Lý do chuyển (nếu có)</label><textarea id="reason-transfer" name="reason" rows="2" maxlength="2000"><?cs if:Office.Failed == "transfer" ?><?cs var:Form.reason ?><?cs /if ?></textarea></div>
  <?cs elif:a.action == "reject" ?>
  <div class="field<?cs if:Errors.reason ?> has-error<?cs /if ?>"><label for="reason-reject">Lý do không tiếp nhận (bắt buộc; người gửi sẽ đọc lý do này, và lý do được công khai qua Open311: không ghi thông tin cá nhân)</label>
  <?cs if:Errors.reason ?><p class="error" id="reason-error"><?cs var:Errors.reason ?></p><?cs /if ?>
  <textarea id="reason-reject" name="reason" rows="3" maxlength="2000" required<?cs if:Errors.reason ?> aria-invalid="true" aria-describedby="reason-error"<?cs /if ?>></textarea></div>
  <?cs elif:a.action == "answer" ?>
  <div class="field<?cs if:Errors.answer ?> has-error<?cs /if ?>"><label for="answer-text">Nội dung trả lời (bắt buộc, tối đa <?cs var:Limits.AnswerMax ?> ký tự)</label>
  <?cs if:Errors.answer ?><p class="error" id="answer-error"><?cs var:Errors.answer ?></p><?cs /if ?>
  <textarea id="answer-text" name="answer" rows="10" maxlength="<?cs var:Limits.AnswerMax ?>" required<?cs if:Errors.answer ?> aria-invalid="true" aria-describedby="answer-error"<?cs /if ?>><?cs if:Office.Failed == "answer" ?><?cs var:Form.answer ?><?cs /if ?></textarea></div>
  <fieldset class="field">
  <legend>Tệp đính kèm câu trả lời (nếu có)</legend>
  <p class="hint" id="files-hint">Tối đa 3 tệp PDF, JPEG hoặc PNG, tổng cộng không quá 5 MB.</p>
  <?cs if:Errors.file1 ?><p class="error"><?cs var:Errors.file1 ?></p><?cs /if ?><?cs if:Errors.file2 ?><p class="error"><?cs var:Errors.file2 ?></p><?cs /if ?><?cs if:Errors.file3 ?><p class="error"><?cs var:Errors.file3 ?></p><?cs /if ?>
  <label class="choice" for="file1">Tệp 1</label><input id="file1" name="file1" type="file" accept=".pdf,.jpg,.jpeg,.png" aria-describedby="files-hint">
  <label class="choice" for="file2">Tệp 2</label><input id="file2" name="file2" type="file" accept=".pdf,.jpg,.jpeg,.png" aria-describedby="files-hint">
  <label class="choice" for="file3">Tệp 3</label><input id="file3" name="file3" type="file" accept=".pdf,.jpg,.jpeg,.png" aria-describedby="files-hint">
  </fieldset>
  <?cs elif:a.action == "publish" ?>
  <p class="hint">Người gửi đã đồng ý công khai: câu trả lời sẽ hiện trên trang công khai của Cổng, không kèm thông tin liên hệ của người gửi.</p>
  <?cs /if ?>
  <div class="actions"><button type="submit"<?cs if:a.action == "reject" ?> class="secondary"<?cs /if ?>><?cs call:fb_action_label(a.action) ?></button></div>
</form>
<?cs /each ?>
</section>
<?cs /if ?>

<section aria-labelledby="tl-title">
<h2 id="tl-title">Quá trình xử lý</h2>
<ol class="timeline"><?cs each:e = Events ?><li><p><strong><?cs call:fb_action_label(e.action) ?></strong> — <?cs var:e.at ?></p><p class="meta"><?cs if:e.actor_kind == "official" || e.actor_kind == "admin" ?><?cs var:e.actor ?><?cs elif:e.action == "submit" || e.action == "rate" || e.action == "escalate" ?>Người gửi<?cs else ?>Hệ thống<?cs /if ?><?cs if:e.agency_name ?>, <?cs var:e.agency_name ?><?cs /if ?></p><?cs if:e.note ?><p class="pre-line"><?cs var:e.note ?></p><?cs /if ?></li><?cs /each ?></ol>
</section>
<?cs call:layout_bottom() ?>
