<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs include:"pay/macros.cs" ?><?cs set:Site.Nav = "pay" ?><?cs call:layout_top() ?>
<nav class="crumbs screen-only" aria-label="Vị trí"><a href="/">Trang chủ</a> › <a href="/pay/orders">Thanh toán của tôi</a> › <span aria-current="page"><?cs var:Order.txn_ref ?></span></nav>
<?cs if:Order.state == "paid" ?>
<?cs if:Form.returned ?><p class="notice screen-only" role="status">Thanh toán thành công. Dưới đây là biên lai điện tử của bạn.</p><?cs /if ?>
<section class="receipt" aria-labelledby="receipt-title">
  <p class="receipt-site"><?cs var:Site.Name ?></p>
  <h1 id="receipt-title">Biên lai thanh toán điện tử</h1>
  <dl class="facts-list">
    <dt>Người nộp tiền</dt><dd><?cs var:Order.payer_name ?></dd>
    <dt>Nội dung</dt><dd><?cs var:Order.description ?></dd>
    <?cs if:Order.payee ?><dt>Đơn vị thụ hưởng</dt><dd><?cs var:Order.payee ?></dd><?cs /if ?>
    <dt>Số tiền</dt><dd><strong><?cs var:Order.amount_text ?> đồng</strong></dd>
    <dt>Số tiền bằng chữ</dt><dd><?cs var:Order.amount_words ?></dd>
    <dt>Mã giao dịch</dt><dd class="code"><?cs var:Order.txn_ref ?></dd>
    <dt>Mã giao dịch tại cổng thanh toán</dt><dd class="code"><?cs var:Order.gateway_txn_no ?></dd>
    <?cs if:Order.bank_code ?><dt>Ngân hàng</dt><dd><?cs var:Order.bank_code ?><?cs if:Order.card_type ?> (<?cs var:Order.card_type ?>)<?cs /if ?></dd><?cs /if ?>
    <dt>Thời gian thanh toán</dt><dd><?cs if:Order.paid_at ?><?cs var:Order.paid_at ?><?cs else ?><?cs var:Order.settled ?><?cs /if ?></dd>
  </dl>
  <p class="screen-only">Để in biên lai, dùng chức năng In của trình duyệt.<?cs if:Order.dossier_code ?> <a href="/dossiers/<?cs var:url_escape(Order.dossier_code) ?>">Về hồ sơ <?cs var:Order.dossier_code ?></a>.<?cs /if ?></p>
</section>
<?cs else ?>
<h1>Giao dịch <span class="code"><?cs var:Order.txn_ref ?></span></h1>
<?cs if:Order.state == "pending" ?>
<?cs if:Order.gateway_said ?><p class="notice" role="status">Ngân hàng báo: <?cs var:Order.gateway_said ?></p><?cs /if ?>
<p role="status">Cổng đang chờ ngân hàng xác nhận giao dịch này. Khi ngân hàng xác nhận, trạng thái sẽ được cập nhật; bạn không cần thanh toán lại. <a href="/pay/orders/<?cs var:url_escape(Order.txn_ref) ?>">Tải lại trang</a> để xem trạng thái mới nhất.</p>
<?cs elif:Order.state == "failed" ?>
<p class="notice" role="status">Giao dịch không thành công<?cs if:Order.response_code == "24" ?> vì bạn đã hủy giao dịch<?cs /if ?>. Bạn chưa bị trừ tiền cho giao dịch này.</p>
<?cs elif:Order.state == "expired" ?>
<p role="status">Giao dịch đã hết hạn mà ngân hàng không ghi nhận thanh toán nào. Bạn chưa bị trừ tiền cho giao dịch này.</p>
<?cs elif:Order.state == "created" ?>
<p role="status">Giao dịch chưa được chuyển sang cổng thanh toán.</p>
<?cs /if ?>
<dl class="facts-list">
  <dt>Trạng thái</dt><dd><?cs call:order_state(Order.state) ?></dd>
  <dt>Nội dung</dt><dd><?cs var:Order.description ?></dd>
  <dt>Số tiền</dt><dd><?cs var:Order.amount_text ?> đồng</dd>
  <dt>Tạo lúc</dt><dd><?cs var:Order.created ?></dd>
</dl>
<?cs if:(Order.state == "failed" || Order.state == "expired" || Order.state == "created") && Order.again ?>
<?cs call:pay_button(Order.again, "Thanh toán lại", "") ?>
<?cs /if ?>
<?cs /if ?>
<?cs call:layout_bottom() ?>
