<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs include:"pay/macros.cs" ?><?cs set:Site.Nav = "pay" ?><?cs call:layout_top() ?>
<h1>Thanh toán trực tuyến</h1>
<p>Nộp phí, lệ phí hồ sơ, thanh toán tiền điện và nộp phạt vi phạm giao thông qua cổng thanh toán của ngân hàng. Cổng chỉ ghi nhận một khoản là đã thanh toán khi ngân hàng xác nhận; mỗi khoản chỉ bị trừ tiền một lần.</p>
<ul class="chips">
  <li><a href="/pay/electricity">Thanh toán tiền điện</a></li>
  <li><a href="/pay/fines">Nộp phạt vi phạm giao thông</a></li>
  <li><a href="/pay/orders">Thanh toán của tôi</a></li>
</ul>

<section aria-labelledby="fees-title">
<h2 id="fees-title">Phí, lệ phí hồ sơ chưa nộp</h2>
<?cs if:subcount(Fees) == 0 ?>
<p>Bạn không có hồ sơ nào đang chờ nộp phí, lệ phí.</p>
<?cs else ?>
<ul class="results">
<?cs each:f = Fees ?>
  <li>
    <h3 class="result-title" id="fee-<?cs var:name(f) ?>"><a href="/dossiers/<?cs var:url_escape(f.code) ?>"><?cs var:f.procedure ?></a></h3>
    <p class="meta">Hồ sơ <span class="code"><?cs var:f.code ?></span>, nộp ngày <?cs var:f.submitted ?> — số tiền <strong><?cs var:f.amount ?> đồng</strong></p>
    <?cs call:pay_button("/pay/dossiers/" + url_escape(f.code), "Thanh toán", "fee-" + name(f)) ?>
  </li>
<?cs /each ?>
</ul>
<?cs /if ?>
</section>
<?cs call:layout_bottom() ?>
