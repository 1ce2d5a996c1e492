<?cs # The submitter is told what became of feedback (cgi-bin/lib/feedback.c): Mail.What is
     accept, reject, transfer, answer or escalate; Mail.Agency the agency's name; Mail.Note what
     it wrote; Mail.Anonymous 1 when the submitter has no account. ?>Phản ánh, kiến nghị <?cs var:Mail.Code ?> <?cs
if:Mail.What == "accept" ?>được tiếp nhận xử lý<?cs
elif:Mail.What == "reject" ?>không được tiếp nhận<?cs
elif:Mail.What == "transfer" ?>được chuyển đến cơ quan có thẩm quyền<?cs
elif:Mail.What == "answer" ?>đã có câu trả lời<?cs
elif:Mail.What == "escalate" ?>được chuyển lên cơ quan cấp trên<?cs /if ?>

Kính gửi <?cs if:?Mail.Name ?><?cs var:Mail.Name ?><?cs else ?>ông/bà<?cs /if ?>,

Phản ánh, kiến nghị <?cs var:Mail.Code ?> «<?cs var:Mail.Title ?>» <?cs
if:Mail.What == "accept" ?>đã được <?cs var:Mail.Agency ?> tiếp nhận xử lý. Cơ quan sẽ trả lời trong 15 ngày làm việc.<?cs
elif:Mail.What == "reject" ?>không được <?cs var:Mail.Agency ?> tiếp nhận xử lý. Lý do:<?cs
elif:Mail.What == "transfer" ?>đã được chuyển đến <?cs var:Mail.Agency ?>, cơ quan có thẩm quyền giải quyết.<?cs
elif:Mail.What == "answer" ?>đã được <?cs var:Mail.Agency ?> trả lời như sau:<?cs
elif:Mail.What == "escalate" ?>đã được chuyển lên <?cs var:Mail.Agency ?> xem xét lại, theo đề nghị của bạn.<?cs /if ?>

<?cs if:?Mail.Note ?><?cs var:Mail.Note ?>

<?cs /if ?><?cs if:Mail.Anonymous == "1" ?>Xem chi tiết tại đường dẫn riêng bạn nhận được khi gửi, hoặc tra cứu bằng mã <?cs var:Mail.Code ?> tại <?cs var:Mail.BaseURL ?>/feedback.

<?cs
else ?>Xem chi tiết: <?cs var:Mail.BaseURL ?>/feedback/<?cs var:Mail.Code ?>

<?cs /if ?>Thư này được gửi tự động; vui lòng không trả lời.
