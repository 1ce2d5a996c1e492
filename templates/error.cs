<?cs include:"layout.cs" ?><?cs call:layout_top() ?>
<section class="error" aria-labelledby="error-title">
  <p class="error-code">Lỗi <?cs var:Error.Status ?></p>
  <h1 id="error-title"><?cs var:Error.Title ?></h1>
  <p><?cs var:Error.Message ?></p>
  <p><a class="button" href="/">Về trang chủ</a> <a class="button secondary" href="/procedures">Tìm thủ tục</a></p>
</section>
<?cs call:layout_bottom() ?>
