<?cs include:"sandbox/layout.cs" ?><?cs call:sbx_top() ?>
<section class="card" aria-labelledby="error-title">
  <h1 id="error-title"><?cs var:Refusal.Title ?></h1>
  <p><?cs var:Refusal.Detail ?></p>
  <p class="hint">Mã lỗi: <span class="code"><?cs var:Refusal.Code ?></span>. Không có giao dịch nào được ghi nhận để thanh toán.</p>
</section>
<?cs call:sbx_bottom() ?>
