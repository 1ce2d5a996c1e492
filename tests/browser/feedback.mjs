// Feedback in real Chromium, with the pages' Content-Security-Policy enforced: a visitor on a phone
// sends a complaint without an account and keeps the secret link; an official of the agency (made
// with cong-admin, 2FA on) accepts it, answers it and publishes the answer; anyone then finds it on
// the public list without diacritics, without the submitter's name or address; the submitter comes
// back through the secret link and rates the answer. axe-core checks the pages on the way.
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ok, is, done, stackUrl, launch, axe, waitForMail, totp, stackEnv, sql, newCitizenId } from './lib.mjs';

const base = stackUrl();
const env = stackEnv();

const click = (page, locator) => Promise.all([page.waitForNavigation(), locator.click()]);
const text = async locator => (await locator.textContent() || '').replace(/\s+/g, ' ').trim();
async function noViolations(page, what) {
  const v = await axe(page);
  ok(v.length === 0, `${what} has no accessibility violations`, v.join('\n'));
}

const mark = randomBytes(3).toString('hex');
const email = `phananh${Date.now()}@example.vn`;
const title = `Cán bộ một cửa hướng dẫn thiếu tận tình ${mark}`;
const answer = 'Công an Thành phố Hà Nội đã làm việc với cán bộ tiếp nhận và chấn chỉnh cách hướng dẫn người dân.';
const officialId = newCitizenId('0', '76');
const officialPassword = 'Can-Bo-' + randomBytes(6).toString('hex') + '!';
const secret = 'JBSWY3DPEHPK3PXPJBSWY3DP';

const browser = await launch();
const errors = [], outside = [];
async function context(options) {
  const ctx = await browser.newContext({ locale: 'vi-VN', ...options });
  await ctx.route(/.*/, route => {
    const host = new URL(route.request().url()).hostname;
    if (host === '127.0.0.1' || host === 'localhost') return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
  ctx.on('page', p => {
    p.on('pageerror', e => errors.push(String(e)));
    p.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  });
  return ctx;
}

try {
  // 1. A visitor on a phone sends a complaint without an account.
  const visitor = await (await context({ viewport: { width: 360, height: 740 } })).newPage();
  await visitor.goto(base + '/');
  await click(visitor, visitor.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Phản ánh, kiến nghị' }));
  await click(visitor, visitor.getByRole('link', { name: 'Gửi phản ánh, kiến nghị' }));
  is(await text(visitor.locator('h1')), 'Gửi phản ánh, kiến nghị', 'the form opens from the menu');
  await noViolations(visitor, 'the feedback form');
  await visitor.getByLabel('Phản ánh về hành vi của cán bộ, công chức').check();
  await visitor.getByLabel('Cơ quan có liên quan (bắt buộc)').selectOption({ label: 'Công an Thành phố Hà Nội' });
  await visitor.getByLabel('Tiêu đề (bắt buộc)').fill(title);
  await visitor.getByLabel('Nội dung (bắt buộc)').fill('Ngày 20/11, cán bộ tại bộ phận một cửa không hướng dẫn rõ các giấy tờ cần nộp, tôi phải đi lại ba lần.');
  await visitor.getByLabel('Họ và tên').fill('Người Dân Góp Ý');
  await visitor.getByLabel('Thư điện tử').fill(email);
  ok(await visitor.getByLabel(/Tôi đồng ý công khai/).isChecked(), 'consent to publication is offered, ticked');
  await click(visitor, visitor.getByRole('button', { name: 'Gửi phản ánh, kiến nghị' }));
  const secretLink = visitor.url();
  ok(/\/feedback\/PAKN-\d{6}-\d{6}\?key=[A-Za-z0-9_-]{43}&sent=1$/.test(secretLink), 'it is sent, to a page at its secret link', secretLink);
  ok((await text(visitor.getByRole('status').first())).includes('Hãy lưu lại địa chỉ của trang này'), 'which says to keep the link');
  const code = new URL(secretLink).pathname.split('/').pop();
  await noViolations(visitor, "the submitter's page");
  const mail = await waitForMail(email, 1);
  ok(mail.text.includes(code) && mail.text.includes('key='), 'the confirmation mail has the code and the secret link');

  // 2. An official of the agency accepts it, answers and publishes.
  execFileSync(join(env.CONG_BIN, 'cong-admin'), ['--conf', env.CONG_CONF, 'create-official', '--citizen-id',
    officialId, '--name', 'Cán bộ Tiếp dân', '--agency', 'H26.CA', '--email', `tiepdan${Date.now()}@example.vn`],
    { input: officialPassword + '\n', stdio: ['pipe', 'ignore', 'pipe'] });
  sql(`UPDATE users SET totp_secret = '${secret}', totp_enabled = 1 WHERE citizen_id = '${officialId}'`);
  const office = await (await context({ viewport: { width: 1280, height: 900 } })).newPage();
  await office.goto(base + '/account/login');
  await office.getByLabel('Số định danh cá nhân, mã số BHXH hoặc mã số thuế').fill(officialId);
  await office.getByLabel('Mật khẩu', { exact: true }).fill(officialPassword);
  await click(office, office.getByRole('button', { name: 'Đăng nhập' }));
  await office.getByLabel('Mã xác thực hoặc mã khôi phục').fill(totp(secret));
  await click(office, office.getByRole('button', { name: 'Xác nhận' }));
  await office.goto(base + '/office/feedback');
  const row = office.getByRole('link', { name: code });
  is(await row.count(), 1, "the complaint is in the agency's feedback inbox");
  await noViolations(office, 'the feedback inbox');
  await click(office, row);
  ok((await text(office.locator('main'))).includes(email), 'the official sees the contact details');
  await noViolations(office, "the official's feedback page");
  await click(office, office.getByRole('button', { name: 'Tiếp nhận xử lý' }));
  ok((await text(office.getByRole('status').first())).includes('Tiếp nhận xử lý'), 'the official accepts it');
  await office.getByLabel(/Nội dung trả lời/).fill(answer);
  await click(office, office.getByRole('button', { name: 'Trả lời', exact: true }));
  ok((await text(office.getByRole('status').first())).includes('Trả lời'), 'answers it');
  await click(office, office.getByRole('button', { name: 'Công khai câu trả lời' }));
  ok((await text(office.getByRole('status').first())).includes('Công khai câu trả lời'), 'and publishes the answer');
  is(sql(`SELECT status FROM feedback WHERE code = '${code}'`), 'published', 'the database has it published');

  // 3. Anyone finds it on the public list, typed without diacritics, without who sent it.
  const visitor2 = await (await context({ viewport: { width: 360, height: 740 } })).newPage();
  await visitor2.goto(base + '/feedback');
  await visitor2.getByLabel('Từ khóa').fill(`can bo mot cua huong dan thieu tan tinh ${mark}`);
  await click(visitor2, visitor2.getByRole('button', { name: 'Tìm' }));
  const found = visitor2.getByRole('link', { name: title });
  is(await found.count(), 1, 'the public list finds it without diacritics');
  await noViolations(visitor2, 'the public list');
  await click(visitor2, found);
  const pub = await text(visitor2.locator('main'));
  ok(pub.includes('chấn chỉnh cách hướng dẫn'), 'the public page has the answer');
  ok(!pub.includes('Người Dân Góp Ý') && !pub.includes(email), "and neither the submitter's name nor address");
  is(await visitor2.getByRole('button', { name: 'Gửi đánh giá' }).count(), 0, 'nor a rating form');

  // 4. The submitter comes back through the secret link and rates the answer.
  await visitor.goto(secretLink.replace('&sent=1', ''));
  ok((await text(visitor.locator('main'))).includes('chấn chỉnh cách hướng dẫn'), 'the submitter sees the answer');
  await visitor.getByLabel('Hài lòng', { exact: true }).check();
  await click(visitor, visitor.getByRole('button', { name: 'Gửi đánh giá' }));
  ok((await text(visitor.getByRole('status').first())).includes('Cảm ơn bạn đã đánh giá'), 'and rates it');
  is(sql(`SELECT rating FROM feedback WHERE code = '${code}'`), '2', 'the rating is recorded');
  const mails = await waitForMail(email, 3);
  ok(mails.subject.includes(code), 'the submitter was mailed at each step');

  ok(errors.length === 0, 'no script errors and no policy violations', errors.join('\n'));
  ok(outside.length === 0, 'nothing was asked of anything but the stack', outside.join('\n'));
} catch (e) {
  ok(false, 'the journey ran to the end', e.stack);
} finally {
  await browser.close();
}
done();
