<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs include:"complain/macros.cs" ?><?cs set:Site.Nav = "feedback" ?><?cs call:layout_top() ?>
<nav class="crumbs" aria-label="Vị trí"><a href="/">Trang chủ</a> › <a href="/feedback">Phản ánh, kiến nghị</a> › <span aria-current="page"><?cs var:Feedback.code ?></span></nav>
<h1><?cs var:Feedback.title ?></h1>
<?cs if:Form.sent ?>
<div class="notice" role="status">
  <p>Phản ánh, kiến nghị của bạn đã được gửi tới <strong><?cs var:Feedback.agency ?></strong>. Mã theo dõi: <strong class="code"><?cs var:Feedback.code ?></strong>.</p>
  <?cs if:Viewer.Key ?><p><strong>Hãy lưu lại địa chỉ của trang này</strong> (đánh dấu trang hoặc sao chép đường dẫn): đó là đường dẫn riêng để bạn theo dõi và đánh giá câu trả lời. Cổng không lưu đường dẫn này và không thể gửi lại nó<?cs if:Feedback.contact_email ?>, ngoài thư đã gửi tới <?cs var:Feedback.contact_email ?><?cs /if ?>.</p><?cs /if ?>
</div>
<?cs /if ?>
<?cs if:Form.rated ?><p class="notice" role="status">Cảm ơn bạn đã đánh giá câu trả lời.<?cs if:Feedback.status == "received" ?> Phản ánh đã được chuyển lên <?cs var:Feedback.agency ?> xem xét lại.<?cs /if ?></p><?cs /if ?>
<?cs call:form_errors() ?>

<dl class="facts-list">
  <dt>Mã</dt><dd class="code"><?cs var:Feedback.code ?></dd>
  <dt>Loại</dt><dd><?cs var:Feedback.category_name ?></dd>
  <dt>Cơ quan<?cs if:Feedback.status == "published" || Feedback.status == "answered" ?> trả lời<?cs else ?> xử lý<?cs /if ?></dt><dd><?cs var:Feedback.agency ?></dd>
  <?cs if:Viewer.Submitter ?>
  <dt>Trạng thái</dt><dd><?cs call:feedback_status(Feedback.status) ?></dd>
  <dt>Ngày gửi</dt><dd><?cs var:Feedback.sent ?></dd>
  <?cs if:Feedback.status == "received" ?><dt>Hạn phân loại</dt><dd><?cs var:Feedback.classify_due ?></dd><?cs /if ?>
  <?cs if:Feedback.status == "accepted" ?><dt>Hạn trả lời</dt><dd><?cs var:Feedback.answer_due ?></dd><?cs /if ?>
  <?cs if:Feedback.status == "answered" && Feedback.publish_ok == "1" ?><dt>Hạn công khai</dt><dd><?cs var:Feedback.publish_due ?></dd><?cs /if ?>
  <?cs if:Feedback.procedure_name ?><dt>Thủ tục liên quan</dt><dd><?cs var:Feedback.procedure_name ?></dd><?cs /if ?>
  <?cs if:Feedback.dossier_code ?><dt>Hồ sơ liên quan</dt><dd><a class="code" href="/dossiers/<?cs var:url_escape(Feedback.dossier_code) ?>"><?cs var:Feedback.dossier_code ?></a></dd><?cs /if ?>
  <dt>Công khai</dt><dd><?cs if:Feedback.publish_ok == "1" ?>Bạn đồng ý công khai nội dung và câu trả lời (không kèm thông tin liên hệ)<?cs else ?>Không công khai<?cs /if ?></dd>
  <?cs else ?>
  <dt>Ngày công khai</dt><dd><?cs var:Feedback.published ?></dd>
  <?cs /if ?>
</dl>

<section aria-labelledby="content-title">
<h2 id="content-title">Nội dung</h2>
<p class="pre-line"><?cs var:Feedback.content ?></p>
<?cs if:Viewer.Submitter ?><?cs each:f = Files ?><?cs if:f.role == "submission" ?><p>Tệp đính kèm: <a href="/feedback/<?cs var:url_escape(Feedback.code) ?>/files/<?cs var:f.id ?><?cs if:Viewer.Key ?>?key=<?cs var:url_escape(Viewer.Key) ?><?cs /if ?>"><?cs var:f.filename ?></a></p><?cs /if ?><?cs /each ?><?cs /if ?>
</section>

<?cs if:Feedback.status == "rejected" ?>
<section aria-labelledby="reject-title">
<h2 id="reject-title">Không được tiếp nhận</h2>
<p class="pre-line"><?cs var:Feedback.reject_reason ?></p>
</section>
<?cs /if ?>

<?cs if:Feedback.answer ?>
<section aria-labelledby="answer-title">
<h2 id="answer-title">Trả lời của <?cs var:Feedback.agency ?></h2>
<p class="meta">Ngày trả lời: <?cs var:Feedback.answered ?></p>
<p class="pre-line"><?cs var:Feedback.answer ?></p>
<?cs each:f = Files ?><?cs if:f.role == "answer" ?><p>Văn bản trả lời: <a href="/feedback/<?cs var:url_escape(Feedback.code) ?>/files/<?cs var:f.id ?><?cs if:Viewer.Key ?>?key=<?cs var:url_escape(Viewer.Key) ?><?cs /if ?>"><?cs var:f.filename ?></a></p><?cs /if ?><?cs /each ?>
</section>
<?cs /if ?>

<?cs if:Viewer.Submitter && (Feedback.status == "answered" || Feedback.status == "published") ?>
<section class="panel" aria-labelledby="rate-title">
<h2 id="rate-title">Đánh giá câu trả lời</h2>
<?cs if:Feedback.rating ?>
<p>Bạn đã đánh giá: <?cs if:Feedback.rating == "1" ?>Rất hài lòng<?cs elif:Feedback.rating == "2" ?>Hài lòng<?cs elif:Feedback.rating == "3" ?>Chấp nhận được<?cs else ?>Không hài lòng<?cs /if ?>.</p>
<?cs else ?>
<form action="/feedback/<?cs var:url_escape(Feedback.code) ?>/rate" method="post">
  <?cs call:csrf_field() ?>
  <?cs if:Viewer.Key ?><input type="hidden" name="key" value="<?cs var:Viewer.Key ?>"><?cs /if ?>
  <fieldset class="field<?cs if:Errors.rating ?> has-error<?cs /if ?>" id="f-rating">
    <legend>Mức độ hài lòng của bạn</legend>
    <?cs if:Errors.rating ?><p class="error" id="e-rating"><?cs var:Errors.rating ?></p><?cs /if ?>
    <label class="choice"><input type="radio" name="rating" value="1"> Rất hài lòng</label>
    <label class="choice"><input type="radio" name="rating" value="2"> Hài lòng</label>
    <label class="choice"><input type="radio" name="rating" value="3"> Chấp nhận được</label>
    <label class="choice"><input type="radio" name="rating" value="4"> Không hài lòng</label>
  </fieldset>
  <?cs if:Feedback.escalated != "1" && Feedback.parent != "0" ?>
  <div class="field"><label class="choice"><input type="checkbox" name="escalate" value="1"> Không hài lòng: đề nghị cơ quan cấp trên xem xét lại (chỉ một lần)</label></div>
  <?cs /if ?>
  <div class="actions"><button type="submit">Gửi đánh giá</button></div>
</form>
<?cs /if ?>
</section>
<?cs /if ?>

<?cs if:Viewer.Submitter ?>
<section aria-labelledby="timeline-title">
<h2 id="timeline-title">Quá trình xử lý</h2>
<ol class="timeline">
<?cs each:e = Events ?>
  <li><span class="meta"><?cs var:e.at ?></span> — <strong><?cs call:feedback_action(e.action) ?></strong><?cs if:e.agency ?> (<?cs var:e.agency ?>)<?cs /if ?><?cs if:e.note && e.action != "answer" ?>: <span class="pre-line"><?cs var:e.note ?></span><?cs /if ?></li>
<?cs /each ?>
</ol>
</section>
<?cs /if ?>
<?cs call:layout_bottom() ?>
