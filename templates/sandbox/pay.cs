<?cs include:"sandbox/layout.cs" ?><?cs call:sbx_top() ?>
<h1>Thanh toán đơn hàng</h1>
<section class="card" aria-label="Thông tin đơn hàng">
<?cs call:order_facts() ?>
<p class="hint">Hạn thanh toán: <?cs var:Txn.Expire ?> (giờ Việt Nam).</p>
</section>
<?cs if:Errors.bank ?><p class="error" role="alert" id="e-bank"><?cs var:Errors.bank ?></p><?cs /if ?>
<form class="card" action="/paymentv2/vpcpay.html/<?cs var:url_escape(Txn.Token) ?>" method="post">
  <input type="hidden" name="csrf" value="<?cs var:Csrf.Token ?>">
  <label for="f-bank">Ngân hàng thanh toán</label>
  <select id="f-bank" name="bank"<?cs if:Errors.bank ?> aria-invalid="true" aria-describedby="e-bank"<?cs /if ?>>
    <?cs each:b = Banks ?><option value="<?cs var:b ?>"<?cs if:b == Txn.Bank ?> selected<?cs /if ?>><?cs call:bank_name(b) ?></option>
    <?cs /each ?>
  </select>
  <p class="hint">Thẻ nội địa (ATM). Trong môi trường thử nghiệm không cần nhập số thẻ hay mã OTP.</p>

  <fieldset class="tester">
    <legend>Chế độ kiểm thử (chỉ dành cho người kiểm thử)</legend>
    <label for="f-fault">Cách cổng gửi thông báo kết quả (IPN) cho đơn vị</label>
    <select id="f-fault" name="fault" aria-describedby="h-fault">
      <?cs each:f = Faults ?><option value="<?cs var:f ?>"><?cs call:fault_name(f) ?></option>
      <?cs /each ?>
    </select>
    <p class="hint" id="h-fault">Chọn một lỗi để kiểm tra cách hệ thống của đơn vị xử lý. Người thanh toán thật không bao giờ thấy mục này.</p>
  </fieldset>

  <div class="actions">
    <button type="submit" name="action" value="pay">Thanh toán</button>
    <button type="submit" name="action" value="cancel" class="secondary">Hủy giao dịch</button>
  </div>
</form>
<?cs call:sbx_bottom() ?>
