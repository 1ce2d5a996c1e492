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

<?cs # Form fields: the label, the input, and its error said next to it (and tied to it for screen
     readers with aria-describedby). Values are what was typed; passwords are never echoed. ?>
<?cs def:field(name, label, type, value, error, autocomplete, hint) ?>
<div class="field<?cs if:error ?> has-error<?cs /if ?>">
  <label for="f-<?cs var:name ?>"><?cs var:label ?></label>
  <?cs if:hint ?><p class="hint" id="h-<?cs var:name ?>"><?cs var:hint ?></p><?cs /if ?>
  <?cs if:error ?><p class="error" id="e-<?cs var:name ?>"><?cs var:error ?></p><?cs /if ?>
  <input id="f-<?cs var:name ?>" name="<?cs var:name ?>" type="<?cs var:type ?>"<?cs if:type != "password" ?> value="<?cs var:value ?>"<?cs /if ?> autocomplete="<?cs var:autocomplete ?>"<?cs if:error ?> aria-invalid="true" aria-describedby="e-<?cs var:name ?><?cs if:hint ?> h-<?cs var:name ?><?cs /if ?>"<?cs elif:hint ?> aria-describedby="h-<?cs var:name ?>"<?cs /if ?>>
</div>
<?cs /def ?>

<?cs def:csrf_field() ?><input type="hidden" name="csrf" value="<?cs var:Csrf.Token ?>"><?cs /def ?>

<?cs def:form_errors() ?>
<?cs if:Form.Invalid ?>
<div class="form-errors" role="alert" tabindex="-1" id="form-errors">
  <h2>Vui lòng sửa các lỗi sau</h2>
  <ul><?cs each:e = Errors ?><li><a href="#f-<?cs name:e ?>"><?cs var:e ?></a></li><?cs /each ?></ul>
</div>
<?cs /if ?>
<?cs /def ?>
