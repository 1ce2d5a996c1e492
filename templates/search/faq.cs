<?cs include:"layout.cs" ?><?cs set:Site.Nav = "faq" ?><?cs call:layout_top() ?>
<h1>Câu hỏi thường gặp</h1>
<?cs if:subcount(Faq) == 0 ?><p>Chưa có câu hỏi nào.</p><?cs /if ?>
<?cs each:f = Faq ?>
<details class="faq"><summary><?cs var:f.question ?></summary><p><?cs var:f.answer ?></p></details>
<?cs /each ?>
<?cs call:layout_bottom() ?>
