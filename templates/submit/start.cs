<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs call:layout_top() ?>
<h1>Nộp hồ sơ trực tuyến</h1>
<p class="lead"><a href="/procedures/<?cs var:Procedure.code ?>"><?cs var:Procedure.name ?></a> <span class="meta">(mã <?cs var:Procedure.code ?>)</span></p>
<?cs if:subcount(Drafts) > 0 ?>
<section aria-labelledby="drafts-title" class="notice">
  <h2 id="drafts-title">Bạn đã có hồ sơ nháp của thủ tục này</h2>
  <ul><?cs each:d = Drafts ?><li><a href="/drafts/<?cs var:d.id ?>">Tiếp tục hồ sơ nháp lưu lúc <?cs var:d.saved ?></a></li><?cs /each ?></ul>
  <p>Hoặc bắt đầu một hồ sơ mới dưới đây.</p>
</section>
<?cs /if ?>
<?cs call:form_errors() ?>
<form class="form" action="/submit/<?cs var:Procedure.code ?>" method="post" novalidate>
  <?cs call:csrf_field() ?>
  <?cs if:subcount(Cases) > 1 ?>
  <fieldset class="field<?cs if:Errors.case ?> has-error<?cs /if ?>" id="f-case">
    <legend>Trường hợp của bạn</legend>
    <p class="hint">Chỉ các giấy tờ của trường hợp bạn chọn sẽ được yêu cầu.</p>
    <?cs if:Errors.case ?><p class="error" id="e-case"><?cs var:Errors.case ?></p><?cs /if ?>
    <?cs each:c = Cases ?>
    <label class="inline block"><input type="radio" name="case" value="<?cs var:c.id ?>"<?cs if:Form.case == c.id ?> checked<?cs /if ?>> <?cs var:c.name ?></label>
    <?cs /each ?>
  </fieldset>
  <?cs elif:subcount(Cases) == 1 ?>
  <input type="hidden" name="case" value="<?cs var:Cases.0.id ?>">
  <?cs /if ?>
  <?cs if:Procedure.local == "1" ?>
  <div class="field<?cs if:Errors.province ?> has-error<?cs /if ?>">
    <label for="f-province">Tỉnh, thành phố nơi nộp hồ sơ</label>
    <?cs if:Errors.province ?><p class="error" id="e-province"><?cs var:Errors.province ?></p><?cs /if ?>
    <select id="f-province" name="province"<?cs if:Errors.province ?> aria-invalid="true" aria-describedby="e-province"<?cs /if ?>>
      <option value="">— Chọn —</option>
      <?cs each:p = Provinces ?><option value="<?cs var:p.code ?>"<?cs if:Form.province == p.code ?> selected<?cs /if ?>><?cs var:p.full_name ?></option><?cs /each ?>
    </select>
  </div>
  <?cs /if ?>
  <div class="actions"><button type="submit">Bắt đầu</button></div>
</form>
<p class="meta">Hồ sơ được lưu nháp trên Cổng ở mỗi bước: bạn có thể dừng lại và quay lại sau, từ bất kỳ thiết bị nào.</p>
<?cs call:layout_bottom() ?>
