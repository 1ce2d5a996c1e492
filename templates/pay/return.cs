<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs include:"pay/macros.cs" ?><?cs set:Site.Nav = "pay" ?><?cs call:layout_top() ?>
<h1>Kết quả thanh toán</h1>
<p role="status">Giao dịch <span class="code"><?cs var:Order.txn_ref ?></span>: <?cs call:order_state(Order.state) ?></p>
<p><?cs if:Order.state == "pending" ?>Cổng đang chờ ngân hàng xác nhận; trạng thái sẽ được cập nhật khi ngân hàng xác nhận, bạn không cần thanh toán lại.<?cs /if ?> Đăng nhập bằng tài khoản đã thanh toán để xem biên lai trong mục «Thanh toán của tôi».</p>
<p><a href="/account/login?next=<?cs var:url_escape('/pay/orders/' + Order.txn_ref) ?>">Đăng nhập để xem biên lai</a></p>
<?cs call:layout_bottom() ?>
