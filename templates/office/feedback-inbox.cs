<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs include:"office/feedback-macros.cs" ?><?cs set:Site.Nav = "office" ?><?cs call:layout_top() ?>
<nav class="crumbs" aria-label="Vị trí"><a href="/office">Xử lý hồ sơ</a> › <span aria-current="page">Phản ánh, kiến nghị</span></nav>
<h1>Phản ánh, kiến nghị cần xử lý</h1>
<?cs if:Inbox.Moved ?><p class="notice" role="status">Đã chuyển phản ánh <?cs var:Inbox.Moved ?> đến cơ quan có thẩm quyền. Người gửi đã được thông báo qua thư điện tử.</p><?cs /if ?>
<p>Phân loại trong 2 ngày làm việc (tiếp nhận, chuyển cơ quan có thẩm quyền hoặc không tiếp nhận), trả lời trong 15 ngày làm việc kể từ khi tiếp nhận, công khai câu trả lời trong 2 ngày làm việc khi người gửi đồng ý.<?cs if:Inbox.All ?> Bạn đang xem phản ánh của mọi cơ quan.<?cs elif:Inbox.Wide ?> Danh sách gồm cả phản ánh của các cơ quan cấp dưới; chỉ cơ quan đang giữ phản ánh mới xử lý được.<?cs /if ?></p>
<form class="filter-form inline" action="/office/feedback" method="get">
  <div class="field">
    <label for="f-code">Mã phản ánh</label>
    <input id="f-code" name="code" type="search" value="<?cs var:Form.code ?>" autocomplete="off">
  </div>
  <div class="field">
    <label for="f-status">Trạng thái</label>
    <select id="f-status" name="status">
      <option value="">Tất cả</option>
      <option value="received"<?cs if:Form.status == "received" ?> selected<?cs /if ?>><?cs call:fb_status_label("received") ?></option>
      <option value="accepted"<?cs if:Form.status == "accepted" ?> selected<?cs /if ?>><?cs call:fb_status_label("accepted") ?></option>
      <option value="answered"<?cs if:Form.status == "answered" ?> selected<?cs /if ?>><?cs call:fb_status_label("answered") ?></option>
      <option value="published"<?cs if:Form.status == "published" ?> selected<?cs /if ?>><?cs call:fb_status_label("published") ?></option>
      <option value="rejected"<?cs if:Form.status == "rejected" ?> selected<?cs /if ?>><?cs call:fb_status_label("rejected") ?></option>
    </select>
  </div>
  <div class="field">
    <label for="f-category">Loại phản ánh</label>
    <select id="f-category" name="category">
      <option value="">Tất cả</option>
      <?cs each:c = Categories ?><option value="<?cs var:c.code ?>"<?cs if:Form.category == c.code ?> selected<?cs /if ?>><?cs var:c.name ?></option><?cs /each ?>
    </select>
  </div>
  <div class="actions"><button type="submit">Lọc</button></div>
</form>
<p class="count"><?cs var:Inbox.Total ?> phản ánh, kiến nghị. Phản ánh quá hạn xếp trước, sau đó theo hạn của bước đang chờ.</p>
<?cs if:subcount(Feedback) > 0 ?>
<div class="table-wrap" tabindex="0" role="region" aria-label="Danh sách phản ánh, kiến nghị">
<table>
  <thead><tr><th scope="col">Mã</th><th scope="col">Tiêu đề</th><th scope="col">Loại</th><?cs if:Inbox.Wide ?><th scope="col">Cơ quan đang xử lý</th><?cs /if ?><th scope="col">Ngày gửi</th><th scope="col">Hạn</th><th scope="col">Trạng thái</th></tr></thead>
  <tbody>
  <?cs each:f = Feedback ?>
    <tr><td><a href="/office/feedback/<?cs var:f.code ?>"><?cs var:f.code ?></a></td><td><?cs var:f.title ?></td><td><?cs var:f.category_name ?></td><?cs if:Inbox.Wide ?><td><?cs var:f.agency_name ?><?cs if:f.ours != "1" && !Inbox.All ?> <span class="meta">(cấp dưới)</span><?cs /if ?></td><?cs /if ?><td><?cs var:f.submitted ?></td><td><?cs call:fb_due(f) ?></td><td><?cs call:fb_status(f.status) ?></td></tr>
  <?cs /each ?>
  </tbody>
</table>
</div>
<?cs call:pager("Các trang phản ánh, kiến nghị") ?>
<?cs else ?>
<p>Không có phản ánh, kiến nghị nào.</p>
<?cs /if ?>
<?cs call:layout_bottom() ?>
