<?cs include:"layout.cs" ?><?cs include:"macros.cs" ?><?cs set:Site.Nav = "agencies" ?><?cs call:layout_top() ?>
<nav class="crumbs" aria-label="Vị trí"><a href="/">Trang chủ</a> › <a href="/agencies">Cơ quan</a> › <span aria-current="page"><?cs var:Agency.name ?></span></nav>
<h1><?cs var:Agency.name ?></h1>
<p><a href="/feedback/new?agency=<?cs var:url_escape(Agency.code) ?>">Gửi phản ánh, kiến nghị tới cơ quan này</a></p>
<dl class="facts-list">
  <dt>Cấp</dt><dd><?cs var:Agency.LevelLabel ?></dd>
  <?cs if:Agency.unit ?><dt>Địa bàn</dt><dd><?cs var:Agency.unit ?></dd><?cs /if ?>
  <?cs if:Agency.parent ?><dt>Cơ quan chủ quản</dt><dd><a href="/agencies/<?cs var:url_escape(Agency.parent_code) ?>"><?cs var:Agency.parent ?></a></dd><?cs /if ?>
  <?cs if:Agency.address ?><dt>Địa chỉ</dt><dd><?cs var:Agency.address ?></dd><?cs /if ?>
  <?cs if:Agency.phone ?><dt>Điện thoại</dt><dd><?cs var:Agency.phone ?></dd><?cs /if ?>
  <?cs if:Agency.email ?><dt>Thư điện tử</dt><dd><?cs var:Agency.email ?></dd><?cs /if ?>
  <?cs if:Agency.website ?><dt>Trang thông tin</dt><dd><?cs var:Agency.website ?></dd><?cs /if ?>
</dl>
<?cs if:subcount(Children) > 0 ?>
<section aria-labelledby="children-title">
<h2 id="children-title">Cơ quan trực thuộc</h2>
<ul class="chips"><?cs each:c = Children ?><li><a href="/agencies/<?cs var:url_escape(c.code) ?>"><?cs var:c.name ?></a></li><?cs /each ?></ul>
</section>
<?cs /if ?>
<section aria-labelledby="procs-title">
<h2 id="procs-title">Thủ tục do cơ quan thực hiện (<?cs var:Pager.Total ?>)</h2>
<?cs if:Pager.Total == 0 ?><p>Cơ quan này chưa có thủ tục nào trên Cổng.</p><?cs /if ?>
<ol class="results" start="<?cs var:Pager.From ?>">
<?cs each:p = Procedures ?>
  <li>
    <h3 class="result-title"><a href="/procedures/<?cs var:url_escape(p.code) ?>"><?cs var:p.name ?></a></h3>
    <p class="meta"><span class="code">Mã <?cs var:p.code ?></span></p>
    <p><?cs call:procedure_badges(p) ?></p>
  </li>
<?cs /each ?>
</ol>
<?cs call:pager("Các trang thủ tục của cơ quan") ?>
</section>
<?cs call:layout_bottom() ?>
