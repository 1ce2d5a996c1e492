<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs set:Site.Nav = "agencies" ?><?cs call:layout_top() ?>
<h1>Cơ quan thực hiện thủ tục</h1>
<form class="filter-form inline" action="/agencies" method="get" role="search">
  <div class="field">
    <label for="a-q">Tên cơ quan</label>
    <input type="search" id="a-q" name="q" value="<?cs var:Form.q ?>" maxlength="100" placeholder="Ví dụ: công an, ha noi">
  </div>
  <div class="field">
    <label for="a-level">Cấp</label>
    <select id="a-level" name="level">
      <option value="">Mọi cấp</option>
      <option value="central"<?cs if:Form.level == "central" ?> selected<?cs /if ?>>Cơ quan trung ương</option>
      <option value="branch"<?cs if:Form.level == "branch" ?> selected<?cs /if ?>>Cơ quan ngành dọc tại địa phương</option>
      <option value="province"<?cs if:Form.level == "province" ?> selected<?cs /if ?>>Cấp tỉnh</option>
      <option value="commune"<?cs if:Form.level == "commune" ?> selected<?cs /if ?>>Cấp xã</option>
    </select>
  </div>
  <div class="actions"><button type="submit">Lọc</button></div>
</form>
<p class="count" role="status"><?cs if:Pager.Total == 0 ?>Không có cơ quan nào phù hợp.<?cs else ?>Có <strong><?cs var:Pager.Total ?></strong> cơ quan.<?cs /if ?></p>
<ul class="results">
<?cs each:a = Agencies ?>
  <li>
    <h2 class="result-title"><a href="/agencies/<?cs var:url_escape(a.code) ?>"><?cs var:a.name ?></a></h2>
    <p class="meta"><?cs var:a.LevelLabel ?> · <?cs var:a.procedures ?> thủ tục</p>
  </li>
<?cs /each ?>
</ul>
<?cs call:pager("Các trang danh sách cơ quan") ?>
<?cs call:layout_bottom() ?>
