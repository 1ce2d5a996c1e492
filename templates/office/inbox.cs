<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs include:"track/macros.cs" ?><?cs set:Site.Nav = "office" ?><?cs call:layout_top() ?>
<h1>Hồ sơ cần xử lý</h1>
<ul class="chips"><li><a href="/office/payments">Thanh toán trực tuyến của cơ quan</a></li><li><a href="/office/feedback">Phản ánh, kiến nghị</a></li></ul>
<form class="filter-form inline" action="/office" method="get">
  <div class="field">
    <label for="f-code">Mã hồ sơ</label>
    <input id="f-code" name="code" type="search" value="<?cs var:Form.code ?>" autocomplete="off">
  </div>
  <div class="field">
    <label for="f-status">Trạng thái</label>
    <select id="f-status" name="status">
      <option value="">Tất cả</option>
      <option value="submitted"<?cs if:Form.status == "submitted" ?> selected<?cs /if ?>><?cs call:status_label("submitted") ?></option>
      <option value="received"<?cs if:Form.status == "received" ?> selected<?cs /if ?>><?cs call:status_label("received") ?></option>
      <option value="supplement"<?cs if:Form.status == "supplement" ?> selected<?cs /if ?>><?cs call:status_label("supplement") ?></option>
      <option value="processing"<?cs if:Form.status == "processing" ?> selected<?cs /if ?>><?cs call:status_label("processing") ?></option>
      <option value="approved"<?cs if:Form.status == "approved" ?> selected<?cs /if ?>><?cs call:status_label("approved") ?></option>
      <option value="rejected"<?cs if:Form.status == "rejected" ?> selected<?cs /if ?>><?cs call:status_label("rejected") ?></option>
      <option value="returned"<?cs if:Form.status == "returned" ?> selected<?cs /if ?>><?cs call:status_label("returned") ?></option>
    </select>
  </div>
  <div class="field">
    <label for="f-procedure">Thủ tục</label>
    <select id="f-procedure" name="procedure">
      <option value="">Tất cả</option>
      <?cs each:p = Procedures ?><option value="<?cs var:p.code ?>"<?cs if:Form.procedure == p.code ?> selected<?cs /if ?>><?cs var:p.name ?></option><?cs /each ?>
    </select>
  </div>
  <div class="field">
    <label for="f-due">Hạn giải quyết</label>
    <select id="f-due" name="due">
      <option value="">Tất cả</option>
      <option value="overdue"<?cs if:Form.due == "overdue" ?> selected<?cs /if ?>>Quá hạn</option>
      <option value="week"<?cs if:Form.due == "week" ?> selected<?cs /if ?>>Đến hạn trong 7 ngày</option>
    </select>
  </div>
  <div class="actions"><button type="submit">Lọc</button></div>
</form>
<p class="count"><?cs var:Inbox.Total ?> hồ sơ. Hồ sơ quá hạn xếp trước, sau đó theo hạn giải quyết.</p>
<?cs if:subcount(Dossiers) > 0 ?>
<div class="table-wrap" tabindex="0" role="region" aria-label="Danh sách hồ sơ">
<table>
  <thead><tr><th scope="col">Mã hồ sơ</th><th scope="col">Thủ tục</th><th scope="col">Người nộp</th><th scope="col">Ngày nộp</th><th scope="col">Hạn</th><th scope="col">Trạng thái</th></tr></thead>
  <tbody>
  <?cs each:d = Dossiers ?>
    <tr><td><a href="/office/dossiers/<?cs var:d.code ?>"><?cs var:d.code ?></a></td><td><?cs var:d.procedure_name ?></td><td><?cs var:d.applicant_name ?></td><td><?cs var:d.submitted ?></td><td><?cs call:due_date(d) ?></td><td><?cs call:status_badge(d.status) ?></td></tr>
  <?cs /each ?>
  </tbody>
</table>
</div>
<?cs call:pager("Các trang hồ sơ") ?>
<?cs else ?>
<p>Không có hồ sơ nào.</p>
<?cs /if ?>
<?cs call:layout_bottom() ?>
