<?cs # The applicant's receipt of an online submission (cgi-bin/submit/finish.c). ?>Đã nộp hồ sơ trực tuyến

Kính gửi <?cs var:Mail.Name ?>,

Cổng Dịch vụ công đã nhận hồ sơ của bạn.

Mã hồ sơ: <?cs var:Mail.Code ?>
Thủ tục: <?cs var:Mail.Procedure ?>
<?cs if:?Mail.Due ?>Hạn giải quyết dự kiến: <?cs var:Mail.Due ?>
<?cs /if ?>
Theo dõi hồ sơ tại: <?cs var:Mail.BaseURL ?>/dossiers/<?cs var:Mail.Code ?>

--
Cổng Dịch vụ công
Thư này được gửi tự động; xin đừng trả lời thư này.
