<?cs # The sandbox gateway's own layout: this is the bank's side, not the portal's. sbx_top() before
     a page's content, sbx_bottom() after. ?>
<?cs def:sbx_top() ?><!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title><?cs if:Page.Title ?><?cs var:Page.Title ?> — <?cs /if ?>Cổng thanh toán thử nghiệm — VNPAY Sandbox (chỉ dùng để kiểm thử)</title>
<link rel="stylesheet" href="/sandbox.css">
</head>
<body>
<a class="skip" href="#main">Bỏ qua, đến nội dung chính</a>
<header class="bank">
  <p class="banner" role="note">Môi trường thử nghiệm: không có tiền thật nào được chuyển. Chỉ dùng để kiểm thử.</p>
  <p>VNPAY Sandbox — Cổng thanh toán thử nghiệm</p>
</header>
<main id="main" tabindex="-1">
<?cs /def ?>

<?cs def:sbx_bottom() ?>
</main>
<footer>
  <p>Cổng thanh toán thử nghiệm mô phỏng giao thức VNPAY 2.1.0 cho việc phát triển và kiểm thử Cổng Dịch vụ công. Mọi giao dịch ở đây là giả lập.</p>
</footer>
</body>
</html>
<?cs /def ?>

<?cs # The bank's name from its code. ?>
<?cs def:bank_name(b) ?><?cs if:b == "NCB" ?>Ngân hàng Quốc Dân (NCB)<?cs
  elif:b == "VIETCOMBANK" ?>Vietcombank<?cs
  elif:b == "VIETINBANK" ?>VietinBank<?cs
  elif:b == "BIDV" ?>BIDV<?cs
  elif:b == "AGRIBANK" ?>Agribank<?cs
  elif:b == "TECHCOMBANK" ?>Techcombank<?cs
  elif:b == "MBBANK" ?>MB Bank<?cs
  elif:b == "SACOMBANK" ?>Sacombank<?cs
  else ?><?cs var:b ?><?cs /if ?><?cs /def ?>

<?cs # What each fault mode does, for the tester. ?>
<?cs def:fault_name(f) ?><?cs if:f == "none" ?>Bình thường<?cs
  elif:f == "delay" ?>IPN gửi muộn (delay)<?cs
  elif:f == "duplicate" ?>IPN gửi 10 lần cùng lúc (duplicate)<?cs
  elif:f == "lost" ?>Không gửi IPN (lost)<?cs
  elif:f == "early" ?>IPN đến trước khi người dùng quay về (early)<?cs
  elif:f == "badsig" ?>IPN sai chữ ký (badsig)<?cs
  elif:f == "amount" ?>IPN sai số tiền, chữ ký đúng (amount)<?cs
  elif:f == "stale" ?>Thêm IPN cũ báo hủy sau IPN thành công (stale)<?cs
  else ?><?cs var:f ?><?cs /if ?><?cs /def ?>

<?cs # The facts of the order, on every page of a transaction. ?>
<?cs def:order_facts() ?>
<dl>
  <dt>Đơn vị nhận tiền</dt><dd><?cs var:Merchant.Name ?></dd>
  <dt>Thông tin đơn hàng</dt><dd><?cs var:Txn.OrderInfo ?></dd>
  <dt>Mã tham chiếu</dt><dd class="code"><?cs var:Txn.Ref ?></dd>
  <dt>Số tiền</dt><dd class="amount"><?cs var:Txn.Amount ?> VND</dd>
</dl>
<?cs /def ?>
