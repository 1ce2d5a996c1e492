<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs include:"pay/macros.cs" ?><?cs set:Site.Nav = "pay" ?><?cs call:layout_top() ?>
<nav class="crumbs" aria-label="Vị trí"><a href="/">Trang chủ</a> › <a href="/pay">Thanh toán</a> › <span aria-current="page">Tiền điện</span></nav>
<h1>Thanh toán tiền điện</h1>
<form class="filter-form inline" action="/pay/electricity" method="get" role="search">
  <div class="field">
    <label for="f-customer">Mã khách hàng</label>
    <input id="f-customer" name="customer" value="<?cs var:Form.customer ?>" maxlength="40" autocomplete="off" aria-describedby="f-customer-hint" required>
    <p class="hint" id="f-customer-hint">In trên hóa đơn tiền điện, ví dụ PD01000012345.</p>
  </div>
  <div class="actions"><button type="submit">Tra cứu</button></div>
</form>

<?cs if:Lookup.Key ?>
<section aria-labelledby="bills-title">
<h2 id="bills-title">Hóa đơn của khách hàng <span class="code"><?cs var:Lookup.Key ?></span></h2>
<?cs if:subcount(Bills) == 0 ?>
<p role="status">Không tìm thấy hóa đơn nào của mã khách hàng này. Vui lòng kiểm tra lại mã in trên hóa đơn.</p>
<?cs else ?>
<p role="status">Khách hàng: <strong><?cs var:Bills.0.name ?></strong>, <?cs var:Bills.0.address ?> (<?cs var:Bills.0.biller ?>).</p>
<div class="table-wrap" tabindex="0" role="region" aria-label="Bảng hóa đơn tiền điện">
<table class="stack">
  <thead><tr><th scope="col">Kỳ</th><th scope="col">Điện tiêu thụ</th><th scope="col">Số tiền</th><th scope="col">Hạn thanh toán</th><th scope="col">Trạng thái</th></tr></thead>
  <tbody>
  <?cs each:b = Bills ?>
    <tr>
      <th scope="row" data-label="Kỳ" id="bill-<?cs var:b.id ?>">Tháng <?cs var:b.period ?></th>
      <td data-label="Điện tiêu thụ"><?cs var:b.kwh ?> kWh</td>
      <td data-label="Số tiền"><strong><?cs var:b.amount ?> đồng</strong></td>
      <td data-label="Hạn thanh toán"><?cs var:b.due ?></td>
      <td data-label="Trạng thái"><?cs if:b.settled == "1" ?><span class="status status-paid">Đã thanh toán</span> lúc <?cs var:b.settled_at ?><?cs else ?><?cs call:pay_button("/pay/bills/" + b.id, "Thanh toán", "bill-" + b.id) ?><?cs /if ?></td>
    </tr>
  <?cs /each ?>
  </tbody>
</table>
</div>
<?cs /if ?>
</section>
<?cs /if ?>
<?cs call:layout_bottom() ?>
