<?cs # The words of the officials' feedback pages: states, steps, deadlines. ?>

<?cs def:fb_status_label(s) ?><?cs if:s == "received" ?>Chờ phân loại<?cs
  elif:s == "accepted" ?>Đang xử lý<?cs
  elif:s == "rejected" ?>Không tiếp nhận<?cs
  elif:s == "answered" ?>Đã trả lời<?cs
  elif:s == "published" ?>Đã công khai<?cs
  else ?>Không rõ<?cs /if ?><?cs /def ?>

<?cs # The status as a badge; its colour (the dossiers' classes) only repeats what the words say. ?>
<?cs def:fb_status(s) ?><span class="status status-<?cs if:s == "received" ?>submitted<?cs
  elif:s == "accepted" ?>processing<?cs elif:s == "rejected" ?>rejected<?cs
  elif:s == "answered" ?>approved<?cs else ?>returned<?cs /if ?>"><?cs call:fb_status_label(s) ?></span><?cs /def ?>

<?cs def:fb_action_label(a) ?><?cs if:a == "submit" ?>Gửi phản ánh, kiến nghị<?cs
  elif:a == "accept" ?>Tiếp nhận xử lý<?cs
  elif:a == "reject" ?>Không tiếp nhận<?cs
  elif:a == "transfer" ?>Chuyển cơ quan có thẩm quyền<?cs
  elif:a == "answer" ?>Trả lời<?cs
  elif:a == "publish" ?>Công khai câu trả lời<?cs
  elif:a == "rate" ?>Người gửi đánh giá<?cs
  elif:a == "escalate" ?>Chuyển cơ quan cấp trên xem xét<?cs
  else ?>Cập nhật<?cs /if ?><?cs /def ?>

<?cs def:fb_due_kind(k) ?><?cs if:k == "classify" ?>Hạn phân loại<?cs
  elif:k == "answer" ?>Hạn trả lời<?cs elif:k == "publish" ?>Hạn công khai<?cs /if ?><?cs /def ?>

<?cs # The deadline of the step the feedback waits for, and whether it has passed. ?>
<?cs def:fb_due(f) ?><?cs if:f.due ?><?cs var:f.due ?> <span class="meta">(<?cs call:fb_due_kind(f.due_kind) ?>)</span><?cs if:f.overdue == "1" ?> <strong class="overdue">Quá hạn</strong><?cs /if ?><?cs else ?>—<?cs /if ?><?cs /def ?>

<?cs def:fb_rating(r) ?><?cs if:r == "1" ?>Rất hài lòng<?cs
  elif:r == "2" ?>Hài lòng<?cs
  elif:r == "3" ?>Chấp nhận được<?cs
  elif:r == "4" ?>Không hài lòng<?cs /if ?><?cs /def ?>

<?cs def:fb_file_type(m) ?><?cs if:m == "application/pdf" ?>PDF<?cs elif:m == "image/jpeg" ?>JPEG<?cs elif:m == "image/png" ?>PNG<?cs /if ?><?cs /def ?>
