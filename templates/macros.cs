<?cs # Shared macros: the search box, labels of a procedure, the pager. ?>

<?cs def:search_box(value, id) ?>
<form class="search" action="/procedures" method="get" role="search">
  <label for="<?cs var:id ?>">Tìm thủ tục hành chính</label>
  <div class="search-row">
    <input type="search" id="<?cs var:id ?>" name="q" value="<?cs var:value ?>" maxlength="200"
      placeholder="Ví dụ: đổi giấy phép lái xe, đăng ký tạm trú" autocomplete="off">
    <button type="submit">Tìm kiếm</button>
  </div>
</form>
<?cs /def ?>

<?cs # The labels come from the raw values here, so a list of results carries no label nodes. ?>
<?cs def:procedure_badges(p) ?>
<span class="badge online-<?cs var:p.online_level ?>">Trực tuyến: <?cs if:p.online_level == "full" ?>Toàn trình<?cs elif:p.online_level == "partial" ?>Một phần<?cs else ?>Không<?cs /if ?></span>
<?cs if:p.audience == "citizen" || p.audience == "citizen,business" ?><span class="badge">Công dân</span><?cs /if ?>
<?cs if:p.audience == "business" || p.audience == "citizen,business" ?><span class="badge">Doanh nghiệp, tổ chức</span><?cs /if ?>
<?cs /def ?>

<?cs def:pager(label) ?>
<?cs if:Pager.Pages > 1 ?>
<nav class="pager" aria-label="<?cs var:label ?>">
  <ul>
    <?cs if:Pager.Prev ?><li><a href="<?cs var:Pager.Prev ?>" rel="prev">‹ Trang trước</a></li><?cs /if ?>
    <?cs each:l = Pager.Links ?>
      <?cs if:l.Gap ?><li class="gap" aria-hidden="true">…</li>
      <?cs elif:l.Current ?><li><a href="<?cs var:l.Href ?>" aria-current="page" aria-label="Trang <?cs var:l.Num ?>, trang hiện tại"><?cs var:l.Num ?></a></li>
      <?cs else ?><li><a href="<?cs var:l.Href ?>" aria-label="Trang <?cs var:l.Num ?>"><?cs var:l.Num ?></a></li><?cs /if ?>
    <?cs /each ?>
    <?cs if:Pager.Next ?><li><a href="<?cs var:Pager.Next ?>" rel="next">Trang sau ›</a></li><?cs /if ?>
  </ul>
</nav>
<?cs /if ?>
<?cs /def ?>
