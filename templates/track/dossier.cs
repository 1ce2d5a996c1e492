<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs include:"track/macros.cs" ?><?cs set:Site.Nav = "dossiers" ?><?cs call:layout_top() ?>
<?cs # With the receipt, only the receipt is printed: everything else is marked screen-only. ?>
<?cs if:Form.submitted ?><?cs set:Print.Rest = " screen-only" ?><?cs /if ?>
<?cs set:Href = "/dossiers/" + url_escape(Dossier.code) ?>
<nav class="crumbs<?cs var:Print.Rest ?>" aria-label="Vị trí"><a href="/">Trang chủ</a> › <a href="/dossiers">Hồ sơ của tôi</a> › <span aria-current="page"><?cs var:Dossier.code ?></span></nav>
<h1<?cs if:Print.Rest ?> class="screen-only"<?cs /if ?>>Hồ sơ <span class="code"><?cs var:Dossier.code ?></span></h1>

<?cs if:Form.submitted ?>
<p class="notice screen-only" role="status">Hồ sơ đã được nộp thành công. Dưới đây là giấy tiếp nhận; hãy in hoặc lưu lại mã hồ sơ để tra cứu.</p>
<section class="receipt" aria-labelledby="receipt-title">
  <p class="receipt-site"><?cs var:Site.Name ?></p>
  <h2 id="receipt-title">Giấy tiếp nhận hồ sơ</h2>
  <dl class="facts-list">
    <dt>Mã hồ sơ</dt><dd class="code"><?cs var:Dossier.code ?></dd>
    <dt>Thủ tục</dt><dd><?cs var:Dossier.procedure ?></dd>
    <dt>Người nộp</dt><dd><?cs var:Dossier.applicant ?></dd>
    <dt>Ngày nộp</dt><dd><?cs var:Dossier.submitted ?></dd>
    <dt>Hạn giải quyết</dt><dd><?cs if:Dossier.due ?><?cs var:Dossier.due ?><?cs else ?>—<?cs /if ?></dd>
    <dt>Cơ quan giải quyết</dt><dd><?cs var:Dossier.agency ?></dd>
  </dl>
  <p>Tra cứu tình trạng hồ sơ tại mục «Tra cứu hồ sơ» của Cổng, bằng mã hồ sơ và số giấy tờ của người nộp.</p>
  <p class="screen-only">Để in giấy này, dùng chức năng In của trình duyệt.</p>
</section>
<?cs /if ?>

<div<?cs if:Print.Rest ?> class="screen-only"<?cs /if ?>>
<?cs if:Form.supplied ?><p class="notice" role="status">Đã gửi <?cs var:Form.supplied ?> tệp bổ sung. Hồ sơ đã được chuyển lại cho cơ quan giải quyết<?cs if:Dossier.due ?>; hạn giải quyết mới là <?cs var:Dossier.due ?><?cs /if ?>.</p><?cs /if ?>
<?cs if:Supply.Stored ?><p class="notice" role="status">Đã nhận <?cs var:Supply.Stored ?> tệp bổ sung. Hồ sơ đã được chuyển lại cho cơ quan giải quyết<?cs if:Dossier.due ?>; hạn giải quyết mới là <?cs var:Dossier.due ?><?cs /if ?>.</p><?cs /if ?>
<?cs if:Supply.Error || subcount(Supply.Refused) > 0 ?>
<div class="form-errors" role="alert" tabindex="-1" id="supply-errors">
  <h2><?cs if:Supply.Error ?>Chưa bổ sung được hồ sơ<?cs else ?>Một số tệp không được nhận<?cs /if ?></h2>
  <?cs if:Supply.Error ?><p><?cs var:Supply.Error ?></p><?cs /if ?>
  <?cs if:subcount(Supply.Refused) > 0 ?>
  <ul><?cs each:r = Supply.Refused ?><li><strong><?cs var:r.name ?></strong>: <?cs var:r.error ?></li><?cs /each ?></ul>
  <?cs /if ?>
</div>
<?cs /if ?>
<?cs if:Form.rated ?><p class="notice" role="status">Cảm ơn bạn đã đánh giá. Ý kiến của bạn giúp cơ quan phục vụ tốt hơn.</p><?cs /if ?>
<?cs if:Rate.Refused ?>
<div class="form-errors" role="alert" tabindex="-1" id="rate-errors">
  <h2>Không ghi nhận đánh giá</h2>
  <p><?cs if:Rate.Refused == "rated" ?>Bạn đã đánh giá hồ sơ này rồi. Mỗi hồ sơ chỉ được đánh giá một lần; đánh giá trước của bạn được giữ nguyên.<?cs else ?>Hồ sơ chưa có kết quả nên chưa thể đánh giá.<?cs /if ?></p>
</div>
<?cs /if ?>

<section aria-labelledby="summary-title">
<h2 id="summary-title">Thông tin chung</h2>
<dl class="facts-list">
  <dt>Thủ tục</dt><dd><?cs var:Dossier.procedure ?></dd>
  <dt>Mã hồ sơ</dt><dd class="code"><?cs var:Dossier.code ?></dd>
  <dt>Trạng thái</dt><dd><?cs call:status_badge(Dossier.status) ?></dd>
  <dt>Cơ quan giải quyết</dt><dd><?cs if:Dossier.agency ?><?cs var:Dossier.agency ?><?cs else ?>—<?cs /if ?></dd>
  <dt>Ngày nộp</dt><dd><?cs var:Dossier.submitted ?></dd>
  <dt>Hạn giải quyết</dt><dd><?cs if:Dossier.status == "supplement" ?>Tạm dừng tính thời hạn trong khi chờ bổ sung<?cs if:Dossier.days_left ?>; khi bạn bổ sung, thời hạn tính tiếp <?cs var:Dossier.days_left ?> ngày làm việc còn lại<?cs /if ?>.<?cs else ?><?cs call:due_date(Dossier) ?><?cs /if ?></dd>
</dl>
<p><a href="/feedback/new?dossier=<?cs var:url_escape(Dossier.code) ?>">Phản ánh, kiến nghị về việc giải quyết hồ sơ này</a></p>
</section>

<?cs if:Dossier.fee_amount > 0 ?>
<section<?cs if:!Dossier.fee_receipt && Dossier.status != "rejected" ?> class="panel"<?cs /if ?> aria-labelledby="fee-title">
<h2 id="fee-title">Phí, lệ phí</h2>
<?cs if:Dossier.fee_receipt ?>
<p><span class="status status-paid">Đã nộp</span> <?cs var:Dossier.fee ?> đồng lúc <?cs var:Dossier.fee_paid ?>. <a href="/pay/orders/<?cs var:url_escape(Dossier.fee_receipt) ?>">Xem biên lai</a></p>
<?cs elif:Dossier.status == "rejected" ?>
<p>Hồ sơ bị từ chối nên không phải nộp lệ phí <?cs var:Dossier.fee ?> đồng.</p>
<?cs else ?>
<p>Hồ sơ này có lệ phí <strong><?cs var:Dossier.fee ?> đồng</strong>, nộp trực tuyến qua cổng thanh toán của ngân hàng. Cơ quan giải quyết thấy ngay khi ngân hàng xác nhận bạn đã nộp.</p>
<form class="inline-form" action="/pay/dossiers/<?cs var:url_escape(Dossier.code) ?>" method="post"><?cs call:csrf_field() ?><button type="submit">Nộp lệ phí <?cs var:Dossier.fee ?> đồng</button></form>
<?cs /if ?>
</section>
<?cs /if ?>

<?cs if:Dossier.status == "supplement" ?>
<section class="panel" aria-labelledby="supplement-title">
<h2 id="supplement-title">Cơ quan yêu cầu bổ sung hồ sơ</h2>
<?cs if:Request.asked ?><p>Yêu cầu gửi lúc <?cs var:Request.asked ?>.</p><?cs /if ?>
<?cs if:subcount(Request.Documents) > 0 ?>
<h3>Giấy tờ cần bổ sung</h3>
<ul><?cs each:d = Request.Documents ?><li><?cs var:d ?></li><?cs /each ?></ul>
<?cs /if ?>
<?cs if:Request.reason ?><h3>Lý do</h3><p class="pre-line"><?cs var:Request.reason ?></p><?cs /if ?>
<h3>Gửi giấy tờ bổ sung</h3>
<form class="form" action="<?cs var:Href ?>/supply" method="post" enctype="multipart/form-data">
  <?cs call:csrf_field() ?>
  <p class="hint" id="supply-hint">Nhận tệp PDF, JPEG hoặc PNG. Mỗi tệp tối đa 5 MB; tổng các tệp của một hồ sơ tối đa 20 MB. Chọn một tệp cho mỗi giấy tờ; không cần dùng hết các ô.</p>
  <?cs loop:i = 1, 5, 1 ?>
  <div class="field">
    <label for="f-file<?cs var:i ?>">Tệp <?cs var:i ?></label>
    <input type="file" id="f-file<?cs var:i ?>" name="file<?cs var:i ?>" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" aria-describedby="supply-hint">
  </div>
  <?cs /loop ?>
  <div class="actions"><button type="submit">Gửi bổ sung</button></div>
</form>
</section>
<?cs /if ?>

<?cs if:subcount(Results) > 0 ?>
<section aria-labelledby="result-title">
<h2 id="result-title">Kết quả giải quyết</h2>
<ul class="files">
<?cs each:f = Results ?>
  <li><a href="<?cs var:Href ?>/files/<?cs var:url_escape(f.id) ?>"><?cs var:f.filename ?></a> <span class="meta">(<?cs call:file_type(f.mime) ?>, <?cs var:f.size ?>, <?cs var:f.added ?>)</span></li>
<?cs /each ?>
</ul>
</section>
<?cs /if ?>

<?cs if:subcount(Values) > 0 ?>
<section aria-labelledby="values-title">
<h2 id="values-title">Thông tin đã khai</h2>
<dl class="facts-list">
<?cs each:v = Values ?>
  <dt><?cs var:v.label ?></dt><dd<?cs if:v.kind == "textarea" || v.kind == "address" ?> class="pre-line"<?cs /if ?>><?cs var:v.value ?></dd>
<?cs /each ?>
</dl>
</section>
<?cs /if ?>

<section aria-labelledby="files-title">
<h2 id="files-title">Giấy tờ đã nộp</h2>
<?cs if:subcount(Files) == 0 ?><p>Hồ sơ không có tệp đính kèm.</p>
<?cs else ?>
<div class="table-wrap" tabindex="0" role="region" aria-label="Bảng giấy tờ đã nộp">
<table class="stack">
  <thead><tr><th scope="col">Giấy tờ</th><th scope="col">Tệp</th><th scope="col">Loại, dung lượng</th><th scope="col">Thời điểm nộp</th></tr></thead>
  <tbody>
  <?cs each:f = Files ?>
    <tr>
      <th scope="row" data-label="Giấy tờ"><?cs if:f.role == "supplement" ?>Giấy tờ bổ sung<?cs elif:f.document ?><?cs var:f.document ?><?cs else ?>Giấy tờ khác<?cs /if ?></th>
      <td data-label="Tệp"><a href="<?cs var:Href ?>/files/<?cs var:url_escape(f.id) ?>"><?cs var:f.filename ?></a></td>
      <td data-label="Loại, dung lượng"><?cs call:file_type(f.mime) ?>, <?cs var:f.size ?></td>
      <td data-label="Thời điểm nộp"><?cs var:f.added ?></td>
    </tr>
  <?cs /each ?>
  </tbody>
</table>
</div>
<?cs /if ?>
</section>

<section aria-labelledby="timeline-title">
<h2 id="timeline-title">Quá trình giải quyết</h2>
<?cs if:subcount(Events) == 0 ?><p>Chưa có bước xử lý nào được ghi lại.</p><?cs else ?>
<ol class="timeline">
<?cs each:e = Events ?>
  <li>
    <p><strong><?cs call:action_label(e.action) ?></strong> — <?cs if:e.mine == "1" ?>Bạn<?cs elif:e.actor ?><?cs var:e.actor ?><?cs else ?>Hệ thống<?cs /if ?></p>
    <p class="meta"><?cs var:e.at ?><?cs if:e.to_status && e.to_status != e.from_status ?> · Trạng thái: <?cs call:status_label(e.to_status) ?><?cs /if ?></p>
    <?cs if:e.note ?><p class="pre-line"><?cs var:e.note ?></p><?cs /if ?>
  </li>
<?cs /each ?>
</ol>
<?cs /if ?>
</section>

<?cs if:Dossier.status == "approved" || Dossier.status == "returned" || Dossier.status == "rejected" ?>
<section aria-labelledby="rating-title">
<h2 id="rating-title">Đánh giá mức độ hài lòng</h2>
<?cs if:Dossier.rated ?>
<p>Bạn đã đánh giá: <strong><?cs call:rating_label(Dossier.rating) ?></strong> (<?cs var:Dossier.rated ?>).</p>
<?cs if:Dossier.rating_comment ?><p class="pre-line"><?cs var:Dossier.rating_comment ?></p><?cs /if ?>
<?cs else ?>
<p>Bạn hài lòng thế nào với việc giải quyết hồ sơ này? Mỗi hồ sơ được đánh giá một lần.</p>
<?cs call:form_errors() ?>
<form class="form" action="<?cs var:Href ?>/rate" method="post">
  <?cs call:csrf_field() ?>
  <fieldset class="field<?cs if:Errors.rating ?> has-error<?cs /if ?>"<?cs if:Errors.rating ?> aria-describedby="e-rating"<?cs /if ?>>
    <legend>Mức độ hài lòng</legend>
    <?cs if:Errors.rating ?><p class="error" id="e-rating"><?cs var:Errors.rating ?></p><?cs /if ?>
    <?cs loop:i = 1, 4, 1 ?>
    <label class="choice"><input type="radio" name="rating" value="<?cs var:i ?>"<?cs if:i == 1 ?> id="f-rating"<?cs /if ?><?cs if:Form.rating == i ?> checked<?cs /if ?>> <?cs call:rating_label(i) ?></label>
    <?cs /loop ?>
  </fieldset>
  <div class="field">
    <label for="f-comment">Ý kiến (không bắt buộc)</label>
    <p class="hint" id="h-comment">Tối đa 1000 ký tự.</p>
    <textarea id="f-comment" name="comment" rows="4" maxlength="1000" aria-describedby="h-comment"><?cs var:Form.comment ?></textarea>
  </div>
  <div class="actions"><button type="submit">Gửi đánh giá</button></div>
</form>
<?cs /if ?>
</section>
<?cs /if ?>
</div>
<?cs call:layout_bottom() ?>
