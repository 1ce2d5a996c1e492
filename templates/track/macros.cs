<?cs # The words of the dossier pages, in one place: statuses, what happened in the timeline,
     ratings, file types. Every page that names one of these calls these macros. ?>

<?cs def:status_label(s) ?><?cs if:s == "draft" ?>Nháp<?cs
  elif:s == "submitted" ?>Đã nộp, chờ tiếp nhận<?cs
  elif:s == "received" ?>Đã tiếp nhận<?cs
  elif:s == "supplement" ?>Cần bổ sung<?cs
  elif:s == "processing" ?>Đang xử lý<?cs
  elif:s == "approved" ?>Đã có kết quả<?cs
  elif:s == "rejected" ?>Bị từ chối<?cs
  elif:s == "returned" ?>Đã trả kết quả<?cs
  else ?><?cs var:s ?><?cs /if ?><?cs /def ?>

<?cs # The status as a badge; its colour only repeats what the words say. ?>
<?cs def:status_badge(s) ?><span class="status status-<?cs var:s ?>"><?cs call:status_label(s) ?></span><?cs /def ?>

<?cs def:action_label(a) ?><?cs if:a == "submit" ?>Nộp hồ sơ<?cs
  elif:a == "receive" ?>Tiếp nhận hồ sơ<?cs
  elif:a == "supplement" ?>Yêu cầu bổ sung hồ sơ<?cs
  elif:a == "supply" ?>Bổ sung hồ sơ<?cs
  elif:a == "process" ?>Chuyển xử lý<?cs
  elif:a == "approve" ?>Phê duyệt, có kết quả<?cs
  elif:a == "reject" ?>Từ chối hồ sơ<?cs
  elif:a == "return" ?>Trả kết quả<?cs
  else ?>Cập nhật hồ sơ<?cs /if ?><?cs /def ?>

<?cs # The national satisfaction scale. ?>
<?cs def:rating_label(r) ?><?cs if:r == "1" ?>Rất hài lòng<?cs
  elif:r == "2" ?>Hài lòng<?cs
  elif:r == "3" ?>Chấp nhận được<?cs
  elif:r == "4" ?>Không hài lòng<?cs /if ?><?cs /def ?>

<?cs def:file_type(m) ?><?cs if:m == "application/pdf" ?>PDF<?cs elif:m == "image/jpeg" ?>JPEG<?cs elif:m == "image/png" ?>PNG<?cs /if ?><?cs /def ?>

<?cs # The due date, and whether it has passed while the agency holds the dossier. ?>
<?cs def:due_date(d) ?><?cs if:d.due ?><?cs var:d.due ?><?cs if:d.overdue == "1" ?> <strong class="overdue">Quá hạn</strong><?cs /if ?><?cs else ?>—<?cs /if ?><?cs /def ?>
