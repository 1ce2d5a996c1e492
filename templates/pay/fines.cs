<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs include:"pay/macros.cs" ?><?cs set:Site.Nav = "pay" ?><?cs call:layout_top() ?>
<nav class="crumbs" aria-label="Vị trí"><a href="/">Trang chủ</a> › <a href="/pay">Thanh toán</a> › <span aria-current="page">Nộp phạt</span></nav>
<h1>Nộp phạt vi phạm giao thông</h1>
<form class="filter-form inline" action="/pay/fines" method="get" role="search">
  <div class="field">
    <label for="f-q">Biển số xe hoặc số biên bản</label>
    <input id="f-q" name="q" value="<?cs var:Form.q ?>" maxlength="60" autocomplete="off" aria-describedby="f-q-hint" required>
    <p class="hint" id="f-q-hint">Ví dụ 30A-123.45 hoặc 0012345/BB-CSGT.</p>
  </div>
  <div class="actions"><button type="submit">Tra cứu</button></div>
</form>

<?cs if:Lookup.Key ?>
<section aria-labelledby="fines-title">
<h2 id="fines-title">Kết quả tra cứu</h2>
<?cs if:subcount(Fines) == 0 ?>
<p role="status">Không tìm thấy quyết định xử phạt nào theo biển số hoặc số biên bản này.</p>
<?cs else ?>
<ul class="results">
<?cs each:f = Fines ?>
  <li>
    <h3 class="result-title" id="fine-<?cs var:f.id ?>">Biên bản <?cs var:f.record_no ?> — xe <?cs var:f.plate ?></h3>
    <dl class="facts-list">
      <dt>Người vi phạm</dt><dd><?cs var:f.name ?></dd>
      <dt>Hành vi</dt><dd><?cs var:f.violation ?></dd>
      <dt>Thời gian, địa điểm</dt><dd><?cs var:f.violated ?>, <?cs var:f.place ?></dd>
      <dt>Cơ quan xử phạt</dt><dd><?cs var:f.agency ?><?cs if:f.decision_no ?> (quyết định <?cs var:f.decision_no ?>)<?cs /if ?></dd>
      <dt>Số tiền phạt</dt><dd><strong><?cs var:f.amount ?> đồng</strong></dd>
    </dl>
    <?cs if:f.settled == "1" ?><p><span class="status status-paid">Đã nộp phạt</span> lúc <?cs var:f.settled_at ?></p><?cs else ?><?cs call:pay_button("/pay/fines/" + f.id, "Nộp phạt", "fine-" + f.id) ?><?cs /if ?>
  </li>
<?cs /each ?>
</ul>
<?cs /if ?>
</section>
<?cs /if ?>
<?cs call:layout_bottom() ?>
