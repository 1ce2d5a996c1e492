<?cs # The applicant is told what an official did with the dossier (cgi-bin/office/act.c):
     Mail.Action is the action taken. ?>Cập nhật hồ sơ

Kính gửi <?cs var:Mail.Name ?>,

Hồ sơ <?cs var:Mail.Code ?> (<?cs var:Mail.Procedure ?>):
<?cs if:Mail.Action == "receive" ?>Hồ sơ đã được tiếp nhận và đang chờ xử lý.<?cs
elif:Mail.Action == "supplement" ?>Cơ quan giải quyết đề nghị bạn bổ sung giấy tờ. Hãy mở hồ sơ để xem cần bổ sung gì và tải lên; thời hạn giải quyết tạm dừng cho tới khi bạn bổ sung.<?cs
elif:Mail.Action == "process" ?>Hồ sơ đang được xử lý.<?cs
elif:Mail.Action == "approve" ?>Hồ sơ đã có kết quả. Bạn có thể tải kết quả trên trang hồ sơ.<?cs
elif:Mail.Action == "reject" ?>Hồ sơ không được giải quyết. Lý do có trên trang hồ sơ.<?cs
elif:Mail.Action == "return" ?>Kết quả đã được trả.<?cs /if ?>
<?cs if:?Mail.Note ?>
Ghi chú của cơ quan: <?cs var:Mail.Note ?>
<?cs /if ?>
Xem hồ sơ: <?cs var:Mail.BaseURL ?>/dossiers/<?cs var:Mail.Code ?>

--
Cổng Dịch vụ công
Thư này được gửi tự động; xin đừng trả lời thư này.
