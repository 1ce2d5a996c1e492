<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs include:"pay/macros.cs" ?><?cs set:Site.Nav = "pay" ?><?cs call:layout_top() ?>
<nav class="crumbs" aria-label="Vị trí"><a href="/">Trang chủ</a> › <a href="/pay">Thanh toán</a> › <span aria-current="page">Thanh toán của tôi</span></nav>
<h1>Thanh toán của tôi</h1>
<p class="count" role="status"><?cs if:Pager.Total == 0 ?>Bạn chưa có giao dịch thanh toán nào.<?cs else ?>Có <strong><?cs var:Pager.Total ?></strong> giao dịch<?cs if:Pager.Pages > 1 ?> — hiển thị <?cs var:Pager.From ?>–<?cs var:Pager.To ?><?cs /if ?>.<?cs /if ?></p>
<?cs if:subcount(Orders) > 0 ?>
<div class="table-wrap" tabindex="0" role="region" aria-label="Bảng giao dịch thanh toán">
<table class="stack">
  <thead><tr><th scope="col">Mã giao dịch</th><th scope="col">Nội dung</th><th scope="col">Số tiền</th><th scope="col">Trạng thái</th><th scope="col">Thời gian</th></tr></thead>
  <tbody>
  <?cs each:o = Orders ?>
    <tr>
      <th scope="row" data-label="Mã giao dịch"><a class="code" href="/pay/orders/<?cs var:url_escape(o.txn_ref) ?>"><?cs var:o.txn_ref ?></a></th>
      <td data-label="Nội dung"><?cs var:o.description ?></td>
      <td data-label="Số tiền"><?cs var:o.amount ?> đồng</td>
      <td data-label="Trạng thái"><?cs call:order_state(o.state) ?></td>
      <td data-label="Thời gian"><?cs var:o.created ?></td>
    </tr>
  <?cs /each ?>
  </tbody>
</table>
</div>
<?cs /if ?>
<?cs call:pager("Các trang danh sách giao dịch") ?>
<?cs call:layout_bottom() ?>
