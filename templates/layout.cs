<?cs # The one layout of every page: layout_top() before the page's content, layout_bottom() after. ?>
<?cs def:layout_top() ?><!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?cs if:Page.Title ?><?cs var:Page.Title ?> — <?cs /if ?><?cs var:Site.Name ?></title>
<link rel="stylesheet" href="/css/cong.css">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head>
<body>
<a class="skip" href="#main">Bỏ qua, đến nội dung chính</a>
<header class="site">
  <div class="wrap">
    <a class="brand" href="/"><span class="brand-mark" aria-hidden="true">★</span> <?cs var:Site.Name ?></a>
    <nav aria-label="Điều hướng chính">
      <ul>
        <li><a href="/procedures"<?cs if:Site.Nav == "procedures" ?> aria-current="page"<?cs /if ?>>Thủ tục hành chính</a></li>
        <li><a href="/agencies"<?cs if:Site.Nav == "agencies" ?> aria-current="page"<?cs /if ?>>Cơ quan</a></li>
        <li><a href="/faq"<?cs if:Site.Nav == "faq" ?> aria-current="page"<?cs /if ?>>Hỏi đáp</a></li>
        <li><a href="/feedback"<?cs if:Site.Nav == "feedback" ?> aria-current="page"<?cs /if ?>>Phản ánh, kiến nghị</a></li>
        <?cs if:Session.Kind == "official" || Session.Kind == "admin" ?>
        <li><a href="/office"<?cs if:Site.Nav == "office" ?> aria-current="page"<?cs /if ?>>Xử lý hồ sơ</a></li>
        <?cs elif:Session.Name ?>
        <li><a href="/dossiers"<?cs if:Site.Nav == "dossiers" ?> aria-current="page"<?cs /if ?>>Hồ sơ của tôi</a></li>
        <li><a href="/pay"<?cs if:Site.Nav == "pay" ?> aria-current="page"<?cs /if ?>>Thanh toán</a></li>
        <?cs else ?>
        <li><a href="/track"<?cs if:Site.Nav == "track" ?> aria-current="page"<?cs /if ?>>Tra cứu hồ sơ</a></li>
        <?cs /if ?>
        <?cs if:Session.Name ?>
        <li><a href="/account"<?cs if:Site.Nav == "account" ?> aria-current="page"<?cs /if ?>><?cs var:Session.Name ?></a></li>
        <li><form class="logout" action="/account/logout" method="post"><input type="hidden" name="csrf" value="<?cs var:Csrf.Token ?>"><button type="submit">Đăng xuất</button></form></li>
        <?cs else ?>
        <li><a href="/account/login"<?cs if:Site.Nav == "account" ?> aria-current="page"<?cs /if ?>>Đăng nhập</a></li>
        <?cs /if ?>
      </ul>
    </nav>
  </div>
</header>
<main id="main" class="wrap" tabindex="-1">
<?cs /def ?>

<?cs def:layout_bottom() ?>
</main>
<footer class="site">
  <div class="wrap">
    <p><?cs var:Site.Name ?> — nơi người dân và doanh nghiệp tìm thủ tục, nộp hồ sơ, thanh toán và theo dõi kết quả trực tuyến.</p>
    <p><a href="/faq">Câu hỏi thường gặp</a> · <a href="/agencies">Danh sách cơ quan</a></p>
  </div>
</footer>
</body>
</html>
<?cs /def ?>
