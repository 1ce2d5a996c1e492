<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs set:Site.Nav = "procedures" ?><?cs call:layout_top() ?>
<h1><?cs if:Form.q ?>Kết quả tìm kiếm<?cs else ?>Thủ tục hành chính<?cs /if ?></h1>

<?cs call:search_box(Form.q, "q") ?>

<details class="filters"<?cs if:Search.Filtered ?> open<?cs /if ?>>
  <summary>Lọc kết quả</summary>
  <form action="/procedures" method="get" class="filter-form">
    <?cs if:Form.q ?><input type="hidden" name="q" value="<?cs var:Form.q ?>"><?cs /if ?>
    <div class="field">
      <label for="f-agency">Cơ quan</label>
      <select id="f-agency" name="agency">
        <option value="">Tất cả cơ quan</option>
        <?cs each:a = Choices.Agencies ?><option value="<?cs var:a.code ?>"<?cs if:a.code == Form.agency ?> selected<?cs /if ?>><?cs var:a.name ?></option><?cs /each ?>
      </select>
    </div>
    <div class="field">
      <label for="f-field">Lĩnh vực</label>
      <select id="f-field" name="field">
        <option value="">Tất cả lĩnh vực</option>
        <?cs each:f = Choices.Fields ?><option value="<?cs var:f.code ?>"<?cs if:f.code == Form.field ?> selected<?cs /if ?>><?cs var:f.name ?></option><?cs /each ?>
      </select>
    </div>
    <div class="field">
      <label for="f-level">Cấp thực hiện</label>
      <select id="f-level" name="level">
        <option value="">Mọi cấp</option>
        <option value="central"<?cs if:Form.level == "central" ?> selected<?cs /if ?>>Cấp trung ương</option>
        <option value="province"<?cs if:Form.level == "province" ?> selected<?cs /if ?>>Cấp tỉnh</option>
        <option value="commune"<?cs if:Form.level == "commune" ?> selected<?cs /if ?>>Cấp xã</option>
      </select>
    </div>
    <div class="field">
      <label for="f-audience">Đối tượng</label>
      <select id="f-audience" name="audience">
        <option value="">Mọi đối tượng</option>
        <option value="citizen"<?cs if:Form.audience == "citizen" ?> selected<?cs /if ?>>Công dân</option>
        <option value="business"<?cs if:Form.audience == "business" ?> selected<?cs /if ?>>Doanh nghiệp, tổ chức</option>
      </select>
    </div>
    <div class="field">
      <label for="f-online">Mức độ trực tuyến</label>
      <select id="f-online" name="online">
        <option value="">Mọi mức độ</option>
        <option value="full"<?cs if:Form.online == "full" ?> selected<?cs /if ?>>Toàn trình</option>
        <option value="partial"<?cs if:Form.online == "partial" ?> selected<?cs /if ?>>Một phần</option>
      </select>
    </div>
    <div class="actions">
      <button type="submit">Áp dụng bộ lọc</button>
      <a href="/procedures<?cs if:Form.q ?>?q=<?cs var:url_escape(Form.q) ?><?cs /if ?>">Bỏ lọc</a>
    </div>
  </form>
</details>

<?cs if:Search.Notice ?><p class="notice" role="status"><?cs var:Search.Notice ?></p><?cs /if ?>
<?cs if:Search.Approximate ?><p class="notice" role="status">Không có thủ tục nào chứa đủ mọi từ bạn gõ; dưới đây là các thủ tục chứa một phần các từ đó.</p><?cs /if ?>

<p class="count" role="status" id="result-count">
<?cs if:Pager.Total == 0 ?>Không tìm thấy thủ tục nào<?cs if:Form.q ?> cho «<?cs var:Form.q ?>»<?cs /if ?>. Hãy thử từ khóa ngắn hơn hoặc bỏ bớt bộ lọc.
<?cs elif:Form.q ?>Tìm thấy <strong><?cs var:Pager.Total ?></strong> thủ tục cho «<?cs var:Form.q ?>»<?cs if:Pager.Pages > 1 ?> — hiển thị <?cs var:Pager.From ?>–<?cs var:Pager.To ?><?cs /if ?>.
<?cs else ?>Có <strong><?cs var:Pager.Total ?></strong> thủ tục<?cs if:Pager.Pages > 1 ?> — hiển thị <?cs var:Pager.From ?>–<?cs var:Pager.To ?><?cs /if ?>.<?cs /if ?>
</p>

<ol class="results" start="<?cs var:Pager.From ?>">
<?cs each:r = Results ?>
  <li>
    <h2 class="result-title"><a href="/procedures/<?cs var:url_escape(r.code) ?>"><?cs each:s = r.Seg ?><?cs if:s.H ?><mark><?cs var:s ?></mark><?cs else ?><?cs var:s ?><?cs /if ?><?cs /each ?></a></h2>
    <p class="meta"><span class="code">Mã <?cs var:r.code ?></span><?cs if:r.agency ?> · <?cs var:r.agency ?><?cs /if ?><?cs if:r.field ?> · <?cs var:r.field ?><?cs /if ?></p>
    <p><?cs call:procedure_badges(r) ?></p>
  </li>
<?cs /each ?>
</ol>
<?cs call:pager("Các trang kết quả") ?>
<?cs call:layout_bottom() ?>
