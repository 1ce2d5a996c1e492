<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs include:"complain/macros.cs" ?><?cs set:Site.Nav = "feedback" ?><?cs call:layout_top() ?>
<nav class="crumbs" aria-label="Vị trí"><a href="/">Trang chủ</a> › <a href="/feedback">Phản ánh, kiến nghị</a> › <span aria-current="page">Của tôi</span></nav>
<h1>Phản ánh, kiến nghị của tôi</h1>
<p><a href="/feedback/new">Gửi phản ánh, kiến nghị mới</a></p>
<p class="count" role="status"><?cs if:Pager.Total == 0 ?>Bạn chưa gửi phản ánh, kiến nghị nào.<?cs else ?>Có <strong><?cs var:Pager.Total ?></strong> phản ánh, kiến nghị.<?cs /if ?></p>
<?cs if:subcount(Items) > 0 ?>
<div class="table-wrap" tabindex="0" role="region" aria-label="Bảng phản ánh của tôi">
<table class="stack">
  <thead><tr><th scope="col">Mã</th><th scope="col">Tiêu đề</th><th scope="col">Cơ quan</th><th scope="col">Trạng thái</th><th scope="col">Ngày gửi</th></tr></thead>
  <tbody>
  <?cs each:i = Items ?>
    <tr>
      <th scope="row" data-label="Mã"><a class="code" href="/feedback/<?cs var:url_escape(i.code) ?>"><?cs var:i.code ?></a></th>
      <td data-label="Tiêu đề"><?cs var:i.title ?></td>
      <td data-label="Cơ quan"><?cs var:i.agency ?></td>
      <td data-label="Trạng thái"><?cs call:feedback_status(i.status) ?></td>
      <td data-label="Ngày gửi"><?cs var:i.sent ?></td>
    </tr>
  <?cs /each ?>
  </tbody>
</table>
</div>
<?cs /if ?>
<?cs call:pager("Các trang danh sách phản ánh của tôi") ?>
<?cs call:layout_bottom() ?>
