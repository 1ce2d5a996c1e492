<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs set:Site.Nav = "procedures" ?><?cs call:layout_top() ?>
<nav class="crumbs" aria-label="Vị trí"><a href="/">Trang chủ</a> › <a href="/procedures">Thủ tục hành chính</a> › <span aria-current="page">Mã <?cs var:Procedure.code ?></span></nav>

<article class="procedure" aria-labelledby="proc-title">
<h1 id="proc-title"><?cs var:Procedure.name ?></h1>
<p class="meta"><span class="code">Mã thủ tục <?cs var:Procedure.code ?></span></p>
<p><?cs call:procedure_badges(Procedure) ?></p>
<?cs if:Procedure.summary ?><p class="lead"><?cs var:Procedure.summary ?></p><?cs /if ?>

<dl class="facts-list">
  <?cs if:Procedure.agency ?><dt>Cơ quan thực hiện</dt><dd><a href="/agencies/<?cs var:url_escape(Procedure.agency_code) ?>"><?cs var:Procedure.agency ?></a></dd><?cs /if ?>
  <?cs if:Procedure.field ?><dt>Lĩnh vực</dt><dd><a href="/procedures?field=<?cs var:url_escape(Procedure.field_code) ?>"><?cs var:Procedure.field ?></a></dd><?cs /if ?>
  <?cs if:subcount(Procedure.LevelLabels) > 0 ?><dt>Cấp thực hiện</dt><dd><?cs each:l = Procedure.LevelLabels ?><?cs var:l ?><?cs if:!last(l) ?>, <?cs /if ?><?cs /each ?></dd><?cs /if ?>
  <dt>Đối tượng thực hiện</dt><dd><?cs each:a = Procedure.AudienceLabels ?><?cs var:a ?><?cs if:!last(a) ?>, <?cs /if ?><?cs /each ?></dd>
  <dt>Mức độ trực tuyến</dt><dd><?cs var:Procedure.OnlineLabel ?><?cs if:Procedure.online_level == "full" ?> — nộp hồ sơ, thanh toán và nhận kết quả hoàn toàn trực tuyến<?cs elif:Procedure.online_level == "partial" ?> — nộp hồ sơ trực tuyến, một số bước thực hiện trực tiếp<?cs /if ?></dd>
</dl>

<?cs if:Procedure.online_level != "none" ?>
<p class="actions"><a class="button" href="/submit/<?cs var:url_escape(Procedure.code) ?>">Nộp hồ sơ trực tuyến</a> <a href="/feedback/new?procedure=<?cs var:url_escape(Procedure.code) ?>">Phản ánh, kiến nghị về thủ tục này</a></p>
<?cs /if ?>

<?cs if:!Procedure.summary && subcount(Cases) == 0 && subcount(Channels) == 0 ?>
<p class="notice">Thông tin chi tiết của thủ tục này đang được cơ quan có thẩm quyền cập nhật. Vui lòng liên hệ cơ quan thực hiện để được hướng dẫn.</p>
<?cs /if ?>

<?cs if:subcount(Channels) > 0 ?>
<section aria-labelledby="channels-title">
<h2 id="channels-title">Cách thức thực hiện, thời hạn và phí</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="Bảng thời hạn và phí theo hình thức nộp">
<table>
  <thead><tr><th scope="col">Hình thức nộp</th><th scope="col">Thời hạn giải quyết</th><th scope="col">Phí, lệ phí</th></tr></thead>
  <tbody>
  <?cs each:c = Channels ?>
    <tr>
      <th scope="row"><?cs if:c.channel == "online" ?>Trực tuyến<?cs elif:c.channel == "in_person" ?>Trực tiếp<?cs else ?>Dịch vụ bưu chính<?cs /if ?></th>
      <td><?cs var:c.time_limit ?></td>
      <td><?cs if:c.fee_text ?><?cs var:c.fee_text ?><?cs elif:c.fee_amount == 0 ?>Không mất phí<?cs else ?><?cs var:c.fee ?> đồng<?cs /if ?><?cs if:c.note ?><br><small><?cs var:c.note ?></small><?cs /if ?></td>
    </tr>
  <?cs /each ?>
  </tbody>
</table>
</div>
</section>
<?cs /if ?>

<?cs if:subcount(Cases) > 0 ?>
<section aria-labelledby="docs-title">
<h2 id="docs-title">Thành phần hồ sơ</h2>
<?cs each:c = Cases ?>
  <?cs if:subcount(Cases) > 1 ?><h3><?cs var:c.name ?></h3><?cs /if ?>
  <ul class="checklist">
  <?cs each:d = c.Docs ?>
    <li>
      <span class="doc-name"><?cs var:d.name ?></span>
      <span class="doc-meta"><?cs if:d.form ?><?cs var:d.form ?> · <?cs /if ?>Bản chính: <?cs var:d.originals ?> · Bản sao: <?cs var:d.copies ?><?cs if:d.required == "0" ?> · Không bắt buộc<?cs /if ?></span>
    </li>
  <?cs /each ?>
  </ul>
<?cs /each ?>
</section>
<?cs /if ?>

<?cs if:subcount(Procedure.StepList) > 0 ?>
<section aria-labelledby="steps-title">
<h2 id="steps-title">Trình tự thực hiện</h2>
<ol class="steps"><?cs each:s = Procedure.StepList ?><li><?cs var:s ?></li><?cs /each ?></ol>
</section>
<?cs /if ?>

<?cs if:Procedure.applicants || subcount(Procedure.ConditionList) > 0 ?>
<section aria-labelledby="who-title">
<h2 id="who-title">Đối tượng và điều kiện</h2>
<?cs if:Procedure.applicants ?><p><?cs var:Procedure.applicants ?></p><?cs /if ?>
<?cs if:subcount(Procedure.ConditionList) > 0 ?><ul><?cs each:c = Procedure.ConditionList ?><li><?cs var:c ?></li><?cs /each ?></ul><?cs /if ?>
</section>
<?cs /if ?>

<?cs if:Procedure.result ?>
<section aria-labelledby="result-title"><h2 id="result-title">Kết quả thực hiện</h2><p><?cs var:Procedure.result ?></p></section>
<?cs /if ?>

<?cs if:subcount(Legal) > 0 ?>
<section aria-labelledby="legal-title">
<h2 id="legal-title">Căn cứ pháp lý</h2>
<ul class="legal">
<?cs each:l = Legal ?>
  <li><strong><?cs var:l.number ?></strong> — <?cs var:l.summary ?><?cs if:l.issued || l.issuer ?> <span class="meta">(<?cs if:l.issuer ?><?cs var:l.issuer ?><?cs /if ?><?cs if:l.issued ?><?cs if:l.issuer ?>, <?cs /if ?>ban hành ngày <?cs var:l.issued ?><?cs /if ?>)</span><?cs /if ?></li>
<?cs /each ?>
</ul>
</section>
<?cs /if ?>

<?cs if:subcount(Faq) > 0 ?>
<section aria-labelledby="faq-title">
<h2 id="faq-title">Câu hỏi thường gặp</h2>
<?cs each:f = Faq ?>
<details class="faq"><summary><?cs var:f.question ?></summary><p><?cs var:f.answer ?></p></details>
<?cs /each ?>
</section>
<?cs /if ?>
</article>
<?cs call:layout_bottom() ?>
