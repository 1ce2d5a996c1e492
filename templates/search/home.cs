<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs call:layout_top() ?>
<section class="hero" aria-labelledby="hero-title">
  <h1 id="hero-title">Dịch vụ công trực tuyến</h1>
  <p>Tìm thủ tục, nộp hồ sơ, thanh toán và theo dõi kết quả — ở một nơi, cho mọi cơ quan.</p>
  <?cs call:search_box("", "q-home") ?>
  <p class="facts"><?cs var:Counts.0.total ?> thủ tục · <?cs var:Counts.0.full_online ?> thủ tục trực tuyến toàn trình</p>
</section>

<section aria-labelledby="audience-title">
  <h2 id="audience-title">Bạn là</h2>
  <ul class="cards two">
    <li><a class="card" href="/procedures?audience=citizen"><strong>Công dân</strong><span>Cư trú, hộ tịch, giấy tờ tùy thân, bảo hiểm, giao thông…</span></a></li>
    <li><a class="card" href="/procedures?audience=business"><strong>Doanh nghiệp, tổ chức</strong><span>Đăng ký kinh doanh, thuế, xuất nhập khẩu, điện…</span></a></li>
  </ul>
</section>

<section aria-labelledby="popular-title">
  <h2 id="popular-title">Thủ tục được dùng nhiều nhất</h2>
  <ol class="results">
  <?cs each:p = Popular ?>
    <li>
      <h3><a href="/procedures/<?cs var:url_escape(p.code) ?>"><?cs var:p.name ?></a></h3>
      <p class="meta"><span class="code">Mã <?cs var:p.code ?></span><?cs if:p.agency ?> · <?cs var:p.agency ?><?cs /if ?></p>
      <p><?cs call:procedure_badges(p) ?></p>
    </li>
  <?cs /each ?>
  </ol>
  <p><a href="/procedures">Xem tất cả thủ tục</a></p>
</section>

<?cs if:subcount(Fields) > 0 ?>
<section aria-labelledby="fields-title">
  <h2 id="fields-title">Theo lĩnh vực</h2>
  <ul class="chips">
  <?cs each:f = Fields ?>
    <li><a href="/procedures?field=<?cs var:url_escape(f.code) ?>"><?cs var:f.name ?> <span class="count">(<?cs var:f.n ?>)</span></a></li>
  <?cs /each ?>
  </ul>
</section>
<?cs /if ?>
<?cs call:layout_bottom() ?>
