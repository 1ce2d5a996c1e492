<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs set:Site.Nav = "office" ?><?cs call:layout_top() ?>
<nav class="crumbs" aria-label="Vị trí"><a href="/office">Xử lý hồ sơ</a> › <span aria-current="page">Thanh toán trực tuyến</span></nav>
<h1>Thanh toán trực tuyến<?cs if:Range.all ?> (toàn Cổng)<?cs else ?> của cơ quan<?cs /if ?></h1>
<?cs call:form_errors() ?>
<form class="filter-form inline" action="/office/payments" method="get">
  <div class="field">
    <label for="f-from">Từ ngày</label>
    <input id="f-from" name="from" type="date" value="<?cs if:Range.from ?><?cs var:Range.from ?><?cs else ?><?cs var:Form.from ?><?cs /if ?>"<?cs if:Errors.from ?> aria-invalid="true" aria-describedby="f-from-error"<?cs /if ?>>
    <?cs if:Errors.from ?><p class="error" id="f-from-error"><?cs var:Errors.from ?></p><?cs /if ?>
  </div>
  <div class="field">
    <label for="f-to">Đến ngày</label>
    <input id="f-to" name="to" type="date" value="<?cs if:Range.to ?><?cs var:Range.to ?><?cs else ?><?cs var:Form.to ?><?cs /if ?>"<?cs if:Errors.to ?> aria-invalid="true" aria-describedby="f-to-error"<?cs /if ?>>
    <?cs if:Errors.to ?><p class="error" id="f-to-error"><?cs var:Errors.to ?></p><?cs /if ?>
  </div>
  <div class="actions"><button type="submit">Xem</button></div>
</form>

<?cs if:Range.from ?>
<section aria-labelledby="days-title">
<h2 id="days-title">Tổng theo ngày</h2>
<p class="count" role="status">Từ <?cs var:Range.from ?> đến <?cs var:Range.to ?>: <strong><?cs var:Pager.Total ?></strong> khoản, tổng cộng <strong><?cs var:Range.total ?> đồng</strong>.</p>
<?cs if:subcount(Days) > 0 ?>
<div class="table-wrap" tabindex="0" role="region" aria-label="Bảng tổng theo ngày">
<table>
  <thead><tr><th scope="col">Ngày</th><th scope="col">Số khoản</th><th scope="col">Tổng số tiền</th><th scope="col">Cần hoàn tiền</th></tr></thead>
  <tbody>
  <?cs each:d = Days ?><tr><th scope="row"><?cs var:d.day ?></th><td><?cs var:d.count ?></td><td><?cs var:d.total ?> đồng</td><td><?cs var:d.refunds ?></td></tr><?cs /each ?>
  </tbody>
</table>
</div>
<?cs /if ?>
</section>

<section aria-labelledby="list-title">
<h2 id="list-title">Các khoản đã thanh toán</h2>
<?cs if:subcount(Payments) > 0 ?>
<div class="table-wrap" tabindex="0" role="region" aria-label="Bảng các khoản đã thanh toán">
<table class="stack">
  <thead><tr><th scope="col">Mã giao dịch</th><th scope="col">Nội dung</th><th scope="col">Người nộp</th><th scope="col">Số tiền</th><th scope="col">Mã tại cổng thanh toán</th><th scope="col">Thời gian</th></tr></thead>
  <tbody>
  <?cs each:p = Payments ?>
    <tr>
      <th scope="row" data-label="Mã giao dịch"><span class="code"><?cs var:p.txn_ref ?></span><?cs if:p.refund_due == "1" ?> <span class="status status-failed">Cần hoàn tiền</span><?cs /if ?></th>
      <td data-label="Nội dung"><?cs if:p.dossier_code ?><a href="/office/dossiers/<?cs var:url_escape(p.dossier_code) ?>"><?cs var:p.description ?></a><?cs else ?><?cs var:p.description ?><?cs /if ?></td>
      <td data-label="Người nộp"><?cs var:p.payer ?></td>
      <td data-label="Số tiền"><?cs var:p.amount ?> đồng</td>
      <td data-label="Mã tại cổng thanh toán"><?cs var:p.gateway_txn_no ?></td>
      <td data-label="Thời gian"><?cs var:p.settled ?></td>
    </tr>
  <?cs /each ?>
  </tbody>
</table>
</div>
<?cs /if ?>
<?cs call:pager("Các trang danh sách thanh toán") ?>
</section>
<?cs /if ?>
<?cs call:layout_bottom() ?>
