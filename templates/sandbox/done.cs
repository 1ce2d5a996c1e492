<?cs include:"sandbox/layout.cs" ?><?cs call:sbx_top() ?>
<h1><?cs if:Txn.State == "paid" ?>Giao dịch thành công<?cs else ?>Giao dịch không thành công<?cs /if ?></h1>
<section class="card" aria-label="Kết quả giao dịch">
<p role="status">Giao dịch này đã được xử lý: <?cs var:Txn.ResponseText ?> (mã <?cs var:Txn.Response ?>)</p>
<?cs call:order_facts() ?>
<?cs if:Txn.State == "paid" ?><p class="hint">Mã giao dịch tại VNPAY: <span class="code"><?cs var:Txn.TransactionNo ?></span></p><?cs /if ?>
</section>
<p><a class="button" href="<?cs var:Txn.ReturnLink ?>">Quay về trang của <?cs var:Merchant.Name ?></a></p>
<?cs call:sbx_bottom() ?>
