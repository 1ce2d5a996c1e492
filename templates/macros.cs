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

<?cs def:procedure_badges(p) ?>
<span class="badge online-<?cs var:p.online_level ?>">Trực tuyến: <?cs var:p.OnlineLabel ?></span>
<?cs each:a = p.AudienceLabels ?><span class="badge"><?cs var:a ?></span><?cs /each ?>
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
