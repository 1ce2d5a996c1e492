<?cs # The applicant's receipt of a supplement (cgi-bin/track/supply.c). Mail.BaseURL is set
     only when Site.BaseURL is the portal's address; Mail.CodeURL is the code for a URL. ?>Đã nhận hồ sơ bổ sung <?cs var:Mail.Code ?>

Kính gửi <?cs var:Mail.Name ?>,

Cổng Dịch vụ công đã nhận <?cs var:Mail.Files ?> tệp bạn bổ sung cho hồ sơ <?cs var:Mail.Code ?> (<?cs var:Mail.Procedure ?>).
Hồ sơ đã được chuyển lại cho <?cs if:?Mail.Agency ?><?cs var:Mail.Agency ?><?cs else ?>cơ quan giải quyết<?cs /if ?> để tiếp tục giải quyết.
<?cs if:?Mail.Due ?>Hạn giải quyết mới: <?cs var:Mail.Due ?>.
<?cs /if ?><?cs if:?Mail.BaseURL ?>
Theo dõi hồ sơ tại:
<?cs var:Mail.BaseURL ?>/dossiers/<?cs var:Mail.CodeURL ?>
<?cs /if ?>
--
Cổng Dịch vụ công
Thư này được gửi tự động; xin đừng trả lời thư này.
