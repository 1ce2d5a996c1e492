<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs set:Site.Nav = "feedback" ?><?cs call:layout_top() ?>
<h1>Phản ánh, kiến nghị đã được trả lời</h1>
<ul class="chips">
  <li><a href="/feedback/new">Gửi phản ánh, kiến nghị</a></li>
  <?cs if:Session.Name ?><li><a href="/feedback/mine">Phản ánh của tôi</a></li><?cs /if ?>
</ul>
<?cs call:form_errors() ?>
<form class="filter-form" action="/feedback" method="get" role="search">
  <div class="field">
    <label for="f-q">Từ khóa</label>
    <input id="f-q" name="q" type="search" value="<?cs var:Form.q ?>" aria-describedby="h-q">
    <p class="hint" id="h-q">Gõ có dấu hoặc không dấu, ví dụ: thai do can bo.</p>
  </div>
  <div class="field">
    <label for="f-agency">Cơ quan</label>
    <select id="f-agency" name="agency"><option value="">Tất cả</option><?cs each:a = Agencies ?><option value="<?cs var:a.code ?>"<?cs if:a.code == Form.agency ?> selected<?cs /if ?>><?cs var:a.name ?></option><?cs /each ?></select>
  </div>
  <div class="field">
    <label for="f-category">Loại</label>
    <select id="f-category" name="category"><option value="">Tất cả</option><?cs each:c = Categories ?><option value="<?cs var:c.code ?>"<?cs if:c.code == Form.category ?> selected<?cs /if ?>><?cs var:c.name ?></option><?cs /each ?></select>
  </div>
  <div class="field">
    <label for="f-from">Công khai từ ngày</label>
    <input id="f-from" name="from" type="date" value="<?cs var:Form.from ?>"<?cs if:Errors.from ?> aria-invalid="true"<?cs /if ?>>
  </div>
  <div class="field">
    <label for="f-to">đến ngày</label>
    <input id="f-to" name="to" type="date" value="<?cs var:Form.to ?>"<?cs if:Errors.to ?> aria-invalid="true"<?cs /if ?>>
  </div>
  <div class="actions"><button type="submit">Tìm</button></div>
</form>
<?cs if:Pager.Total != "" ?>
<p class="count" role="status"><?cs if:Pager.Total == 0 ?>Không có phản ánh, kiến nghị nào phù hợp.<?cs else ?>Có <strong><?cs if:List.More ?>hơn <?cs /if ?><?cs var:Pager.Total ?></strong> phản ánh, kiến nghị<?cs if:Pager.Pages > 1 ?> — hiển thị <?cs var:Pager.From ?>–<?cs var:Pager.To ?><?cs /if ?>.<?cs /if ?></p>
<ul class="results">
<?cs each:i = Items ?>
  <li>
    <h2 class="result-title"><a href="/feedback/<?cs var:url_escape(i.code) ?>"><?cs var:i.title ?></a></h2>
    <p class="meta"><?cs var:i.category ?> — <?cs var:i.agency ?> — công khai ngày <?cs var:i.published ?></p>
    <p><?cs var:i.excerpt ?>…</p>
    <p><strong>Trả lời:</strong> <?cs var:i.answer ?>…</p>
  </li>
<?cs /each ?>
</ul>
<?cs call:pager("Các trang danh sách phản ánh") ?>
<?cs /if ?>
<?cs call:layout_bottom() ?>
