<?cs # The submitter's receipt of feedback (cgi-bin/lib/feedback.c). Mail.Token is the secret of
     the follow link of a submitter without an account, and only then set. ?>Đã tiếp nhận phản ánh, kiến nghị <?cs var:Mail.Code ?>

Kính gửi <?cs if:?Mail.Name ?><?cs var:Mail.Name ?><?cs else ?>ông/bà<?cs /if ?>,

Cổng Dịch vụ công đã tiếp nhận phản ánh, kiến nghị của bạn:

  Mã: <?cs var:Mail.Code ?>
  Tiêu đề: <?cs var:Mail.Title ?>

Cơ quan có thẩm quyền sẽ phân loại trước ngày <?cs var:Mail.ClassifyDue ?> và trả lời trong 15 ngày làm việc kể từ khi tiếp nhận.

<?cs if:?Mail.Token ?>Theo dõi và đánh giá câu trả lời tại đường dẫn riêng dưới đây. Đường dẫn này là của riêng bạn: đừng chia sẻ nó.

  <?cs var:Mail.BaseURL ?>/feedback/<?cs var:Mail.Code ?>?key=<?cs var:Mail.Token ?>

<?cs
else ?>Theo dõi tại: <?cs var:Mail.BaseURL ?>/feedback/<?cs var:Mail.Code ?>

<?cs /if ?>Thư này được gửi tự động; vui lòng không trả lời.
