<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs include:"track/macros.cs" ?><?cs set:Site.Nav = "dossiers" ?><?cs call:layout_top() ?>
<h1>Hồ sơ của tôi</h1>
<ul class="chips">
  <li><a href="/procedures">Nộp hồ sơ mới</a></li>
  <li><a href="/track">Tra cứu hồ sơ bằng mã</a></li>
</ul>

<form class="filter-form inline" action="/dossiers" method="get">
  <div class="field">
    <label for="f-status">Trạng thái</label>
    <select id="f-status" name="status">
      <option value="">Tất cả trạng thái</option>
      <?cs each:s = Choices.Statuses ?><option value="<?cs var:s ?>"<?cs if:s == Form.status ?> selected<?cs /if ?>><?cs call:status_label(s) ?></option><?cs /each ?>
    </select>
  </div>
  <div class="actions"><button type="submit">Lọc</button><?cs if:Form.status ?> <a href="/dossiers">Bỏ lọc</a><?cs /if ?></div>
</form>

<?cs if:subcount(Drafts) > 0 || Form.status == "draft" ?>
<section aria-labelledby="drafts-title">
<h2 id="drafts-title">Hồ sơ nháp</h2>
<?cs if:subcount(Drafts) == 0 ?><p>Bạn không có hồ sơ nháp nào.</p>
<?cs else ?>
<p>Hồ sơ nháp chưa được gửi tới cơ quan nào. Mở bản nháp để khai tiếp và nộp.</p>
<ul class="results">
<?cs each:d = Drafts ?>
  <li>
    <h3 class="result-title" id="draft-<?cs var:d.id ?>"><a href="/drafts/<?cs var:url_escape(d.id) ?>"><?cs var:d.procedure ?></a></h3>
    <p class="meta">Lưu lần cuối: <?cs var:d.saved ?></p>
    <form class="inline-form" action="/drafts/<?cs var:url_escape(d.id) ?>/delete" method="post"><?cs call:csrf_field() ?><button type="submit" class="secondary" aria-describedby="draft-<?cs var:d.id ?>">Xóa bản nháp</button></form>
  </li>
<?cs /each ?>
</ul>
<?cs /if ?>
</section>
<?cs /if ?>

<?cs if:List.Filed ?>
<section aria-labelledby="filed-title">
<h2 id="filed-title">Hồ sơ đã nộp<?cs if:Form.status ?>: <?cs call:status_label(Form.status) ?><?cs /if ?></h2>
<p class="count" role="status">
<?cs if:Pager.Total == 0 ?><?cs if:Form.status ?>Không có hồ sơ nào ở trạng thái này.<?cs else ?>Bạn chưa nộp hồ sơ nào. Hãy <a href="/procedures">tìm thủ tục</a> để nộp hồ sơ trực tuyến.<?cs /if ?>
<?cs else ?>Có <strong><?cs var:Pager.Total ?></strong> hồ sơ<?cs if:Pager.Pages > 1 ?> — hiển thị <?cs var:Pager.From ?>–<?cs var:Pager.To ?><?cs /if ?>.<?cs /if ?>
</p>
<?cs if:subcount(Dossiers) > 0 ?>
<div class="table-wrap" tabindex="0" role="region" aria-label="Bảng hồ sơ đã nộp">
<table class="stack">
  <thead><tr><th scope="col">Mã hồ sơ</th><th scope="col">Thủ tục</th><th scope="col">Trạng thái</th><th scope="col">Ngày nộp</th><th scope="col">Hạn giải quyết</th><th scope="col">Cơ quan giải quyết</th></tr></thead>
  <tbody>
  <?cs each:d = Dossiers ?>
    <tr>
      <th scope="row" data-label="Mã hồ sơ"><a class="code" href="/dossiers/<?cs var:url_escape(d.code) ?>"><?cs var:d.code ?></a></th>
      <td data-label="Thủ tục"><?cs var:d.procedure ?></td>
      <td data-label="Trạng thái"><?cs call:status_badge(d.status) ?></td>
      <td data-label="Ngày nộp"><?cs var:d.submitted ?></td>
      <td data-label="Hạn giải quyết"><?cs call:due_date(d) ?></td>
      <td data-label="Cơ quan giải quyết"><?cs var:d.agency ?></td>
    </tr>
  <?cs /each ?>
  </tbody>
</table>
</div>
<?cs /if ?>
<?cs call:pager("Các trang danh sách hồ sơ") ?>
</section>
<?cs /if ?>
<?cs call:layout_bottom() ?>
