// The whole journey of a dossier, in real Chromium: a citizen on a phone registers, searches for a
// procedure without diacritics, starts a dossier from the procedure's page, fills part of it and
// uploads a document, saves the draft and leaves; comes back on another "device" (a new browser
// context, new cookies), finds the draft under "Hồ sơ của tôi", finishes and submits it, gets the
// receipt and the confirmation mail. An official of the agency the dossier was routed to (made
// with cong-admin, 2FA on) receives it and asks for a supplement; the citizen supplies it; the
// official processes and approves it with a result file; the citizen downloads the very bytes the
// official attached and rates the service, once. axe-core checks the forms and pages on the way.
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ok, is, done, stackUrl, launch, axe, waitForMail, totp, stackEnv, sql, newCitizenId } from './lib.mjs';

const base = stackUrl();
const env = stackEnv();
const tmp = mkdtempSync(join(tmpdir(), 'cong-dossier-'));



// A small valid PDF (the header, an object, the trailer), different at every call: files are
// stored by their hash, so each upload is a file of its own.
function pdf(name) {
  const path = join(tmp, name);
  writeFileSync(path, `%PDF-1.4\n% ${randomBytes(8).toString('hex')}\n1 0 obj << >> endobj\n` +
    ' '.repeat(512) + '\n%%EOF\n');
  return path;
}

// A link of the site's main navigation (the header's, not the breadcrumbs').
const nav = (page, name) => page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name });
const click = (page, locator) => Promise.all([page.waitForNavigation(), locator.click()]);
const escape = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A field's label as the draft form writes it: the procedure's label, "(bắt buộc)" if required.
const fieldName = label => new RegExp(`^\\s*${escape(label)}(\\s*\\(bắt buộc\\))?\\s*$`);
const text = async locator => (await locator.textContent() || '').replace(/\s+/g, ' ').trim();

// The citizen: a woman of Hà Nội born in 1990 (digit 1, year 90).
const citizenId = newCitizenId('1', '90');
const citizenName = 'Phạm Thị Thu Hà';
const email = `thuha${Date.now()}${Math.floor(Math.random() * 1000)}@example.vn`;
const password = 'Hồ Gươm sáng mùa thu 2026';
// The official, made with the CLI, and the key of the authenticator app 2FA is set up with.
const officialId = newCitizenId('0', '75');
const officialPassword = 'Can-Bo-' + randomBytes(6).toString('hex') + '!';
const secret = 'JBSWY3DPEHPK3PXPJBSWY3DP';
const hostName = 'Nguyễn Văn Chủ Hộ ' + Math.floor(Math.random() * 1000);

const browser = await launch();
const errors = [], outside = [];
// Every page of every context: script errors are failures, and nothing leaves the loopback stack.
async function context(options) {
  const ctx = await browser.newContext({ bypassCSP: true, locale: 'vi-VN', ...options });
  await ctx.route(/.*/, route => {
    const host = new URL(route.request().url()).hostname;
    if (host === '127.0.0.1' || host === 'localhost' || host === '[::1]') return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
  ctx.on('page', p => {
    p.on('pageerror', e => errors.push(String(e)));
    p.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  });
  return ctx;
}
async function noViolations(page, what) {
  const v = await axe(page);
  ok(v.length === 0, `${what} has no accessibility violations`, v.join('\n'));
}
async function login(page, id, pw) {
  await page.goto(base + '/account/login');
  await page.getByLabel('Số định danh cá nhân, mã số BHXH hoặc mã số thuế').fill(id);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(pw);
  await click(page, page.getByRole('button', { name: 'Đăng nhập' }));
}

try {
  const phone = { viewport: { width: 360, height: 740 } };
  let ctx = await context(phone);
  let page = await ctx.newPage();

  // 1. Registration.
  await page.goto(base + '/account/register');
  await page.getByLabel('Số định danh cá nhân (số căn cước)').fill(citizenId);
  await page.getByLabel('Họ và tên').fill(citizenName);
  await page.getByLabel('Ngày sinh').fill('1990-03-08');
  await page.getByLabel('Nữ').check();
  await page.getByLabel('Số điện thoại di động').fill('0912 000 111');
  await page.getByLabel('Thư điện tử').fill(email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByLabel('Nhập lại mật khẩu').fill(password);
  await click(page, page.getByRole('button', { name: 'Đăng ký' }));
  ok(page.url().endsWith('/account?welcome=1'), 'the citizen registers and is logged in', page.url());

  // 2. The procedure, found from the home page without diacritics, and the first step.
  await page.goto(base + '/');
  await page.getByLabel('Tìm thủ tục hành chính').fill('dang ky thuong tru');
  await click(page, page.getByRole('button', { name: 'Tìm kiếm' }).first());
  const result = page.locator('.results .result-title a').filter({ hasText: /^\s*Đăng ký thường trú\s*$/ });
  ok(await result.count() > 0, 'searching "dang ky thuong tru" finds "Đăng ký thường trú"');
  await click(page, result.first());
  is(await text(page.locator('h1')), 'Đăng ký thường trú', 'the procedure page opens');
  const procCode = (await text(page.locator('.meta .code'))).replace(/^Mã thủ tục /, '');
  ok(/^\d\.\d{6}$/.test(procCode), `the page shows the procedure's code (${procCode})`);
  const submitLink = page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' });
  is(await submitLink.count(), 1, 'the procedure page has a link to file it online');
  await click(page, submitLink);
  ok(page.url().endsWith('/submit/' + procCode), 'the link opens the first step of filing', page.url());
  const cases = page.getByRole('group', { name: 'Trường hợp của bạn' }).getByRole('radio');
  ok(await cases.count() > 1, 'the cases of the procedure are offered');
  await cases.first().check();
  await page.getByLabel('Tỉnh, thành phố nơi nộp hồ sơ').selectOption({ label: 'Thành phố Hà Nội' });
  await click(page, page.getByRole('button', { name: 'Bắt đầu' }));
  ok(/\/drafts\/\d+$/.test(page.url()), 'pressing "Bắt đầu" makes a draft and opens it', page.url());
  const draftUrl = page.url();
  is(await text(page.locator('h1')), 'Hồ sơ nháp', 'the draft form opens');
  ok(await page.getByText('Thành phố Hà Nội').first().isVisible(), 'it says where the dossier is filed');
  ok(await page.locator('section[aria-labelledby="known-title"]').getByText(citizenName).isVisible(),
    "what the account knows (the applicant's name) is filled in, not asked again");
  await noViolations(page, 'the draft form');

  // 3. One text field and one required document, saved; then the citizen leaves.
  const fields = sql(`SELECT f.name, f.label, f.kind, f.required FROM procedure_fields f JOIN procedures p ` +
    `ON p.id = f.procedure_id WHERE p.code = '${procCode}' ORDER BY f.ord`).split('\n')
    .map(l => l.split('\t')).map(([name, label, kind, required]) => ({ name, label, kind, required: required === '1' }));
  // The fields the form asks for: those the account did not fill.
  const asked = [];
  for (const f of fields) {
    const loc = f.kind === 'choice' || f.kind === 'address'
      ? page.getByRole('group', { name: fieldName(f.label) }) : page.getByLabel(fieldName(f.label));
    if (await loc.count() === 1) asked.push({ ...f, loc });
  }
  ok(asked.length > 0 && asked.length < fields.length, `the form asks for ${asked.length} of the ${fields.length} fields`);
  const first = asked.find(f => f.kind === 'text');
  ok(first !== undefined, 'the form has a text field to type in');
  await first.loc.fill(hostName);
  // The documents the case requires, on the page at hand.
  const required = () => page.locator('.document').filter({ hasText: '(bắt buộc)' });
  const docCount = await required().count();
  ok(docCount >= 2, `the case asks for ${docCount} required documents`);
  const firstFile = 'to-khai-CT01.pdf';
  await required().first().getByLabel('Tải tệp lên').setInputFiles(pdf(firstFile));
  await click(page, page.getByRole('button', { name: 'Lưu nháp' }));
  ok(page.url().endsWith('?saved=1'), 'pressing "Lưu nháp" saves the draft', page.url());
  ok(await page.getByRole('status').filter({ hasText: 'Đã lưu nháp' }).isVisible(), 'and the page says it was saved');
  ok(await required().first().locator('.files').getByText(firstFile).isVisible(), 'the uploaded file is on the draft');
  await page.close();
  await ctx.close();

  // Back later, on another device: log in again and find the draft under "Hồ sơ của tôi".
  ctx = await context(phone);
  page = await ctx.newPage();
  await login(page, citizenId, password);
  await click(page, nav(page, 'Hồ sơ của tôi'));
  ok(page.url().endsWith('/dossiers'), '"Hồ sơ của tôi" opens the list of dossiers', page.url());
  const drafts = page.locator('section', { has: page.getByRole('heading', { name: 'Hồ sơ nháp' }) });
  const draftLink = drafts.getByRole('link', { name: 'Đăng ký thường trú' });
  is(await draftLink.count(), 1, 'the draft is listed under "Hồ sơ nháp"');
  await noViolations(page, 'the list of dossiers with a draft');
  await click(page, draftLink);
  is(page.url(), draftUrl, 'the link opens the same draft');
  is(await page.getByLabel(fieldName(first.label)).inputValue(), hostName, 'the value typed before is still there');
  ok(await required().first().locator('.files').getByText(firstFile).isVisible(), 'and so is the uploaded file');

  // 4. Everything else: the address first (its wards come with a save), then the rest, then submit.
  const values = {};
  for (const f of asked.filter(f => f.kind === 'address')) {
    const group = page.getByRole('group', { name: fieldName(f.label) });
    await group.getByLabel('Tỉnh, thành phố').selectOption({ label: 'Thành phố Hà Nội' });
    await click(page, page.getByRole('button', { name: 'Lưu nháp' }));
    const ward = group.getByLabel('Phường, xã');
    ok(await ward.evaluate(e => e.tagName) === 'SELECT', `the wards of Hà Nội are offered for "${f.label}" after a save`);
    await ward.selectOption({ index: 1 });
    values[f.name] = await ward.evaluate(e => e.options[e.selectedIndex].text);
    await group.getByLabel('Số nhà, đường, thôn, xóm').fill('Số 12 phố Hàng Bài');
  }
  for (const f of asked) {
    if (f.kind === 'choice') {
      const radio = page.getByRole('group', { name: fieldName(f.label) }).getByRole('radio').first();
      await radio.check();
      values[f.name] = await radio.getAttribute('value');
      continue;
    }
    if (f.kind === 'address' || f.name === first.name) continue;
    const input = page.getByLabel(fieldName(f.label));
    if (await input.inputValue() !== '') continue;
    const v = { date: '2020-01-15', number: '12', idnum: newCitizenId('0', '60') }[f.kind] || `Thông tin ${f.label.toLowerCase()}`;
    await input.fill(v);
    values[f.name] = v;
  }
  const files = {};
  for (let i = 0; i < docCount; i++) {
    const doc = required().nth(i);
    if (await doc.locator('.files li').count() > 0) continue;
    files[i] = `giay-to-${i + 1}.pdf`;
    await doc.getByLabel('Tải tệp lên').setInputFiles(pdf(files[i]));
  }
  ok(Object.keys(files).length === docCount - 1, 'a file is chosen for every remaining required document');
  await click(page, page.getByRole('button', { name: 'Nộp hồ sơ' }));
  const submitted = page.url().match(/\/dossiers\/([^/?]+)\?submitted=1$/);
  ok(submitted !== null, 'pressing "Nộp hồ sơ" submits the dossier', page.url() + '\n' +
    (await page.locator('#form-errors').count() ? await text(page.locator('#form-errors')) : ''));
  const code = submitted ? decodeURIComponent(submitted[1]) : '';
  const receipt = page.locator('section.receipt');
  is(await text(receipt.getByRole('heading', { level: 2 })), 'Giấy tiếp nhận hồ sơ', 'the receipt is shown');
  is(await text(receipt.locator('dd.code')), code, 'with the dossier code');
  ok(/^H26\.CA-\d{6}-\d{6}$/.test(code), `the dossier went to Công an Thành phố Hà Nội (${code})`);
  ok((await text(receipt)).includes(citizenName), "the receipt names the applicant");
  const filed = await waitForMail(email, m => m.subject === 'Đã nộp hồ sơ trực tuyến');
  ok(filed !== null, 'the confirmation mail reaches the SMTP server');
  ok((filed?.text || '').includes('Mã hồ sơ: ' + code), 'it gives the dossier code');
  ok((filed?.text || '').includes(base + '/dossiers/' + code), 'and a link to the dossier');

  // 5. The official: made with the CLI, 2FA set up as an app would be, logged in on a desktop.
  execFileSync(join(env.CONG_BIN, 'cong-admin'), ['--conf', env.CONG_CONF, 'create-official', '--citizen-id',
    officialId, '--name', 'Cán bộ Thử', '--agency', 'H26.CA', '--email', `cb${Date.now()}@example.vn`],
    { input: officialPassword + '\n', stdio: ['pipe', 'ignore', 'pipe'] });
  sql(`UPDATE users SET totp_secret = '${secret}', totp_enabled = 1 WHERE citizen_id = '${officialId}'`);
  const octx = await context({ viewport: { width: 1280, height: 900 } });
  const office = await octx.newPage();
  await login(office, officialId, officialPassword);
  ok(office.url().includes('/account/login/2fa'), 'the official is asked for a code after the password', office.url());
  await office.getByLabel('Mã xác thực hoặc mã khôi phục').fill(totp(secret));
  await click(office, office.getByRole('button', { name: 'Xác nhận' }));
  await click(office, nav(office, 'Xử lý hồ sơ'));
  ok(office.url().endsWith('/office'), '"Xử lý hồ sơ" opens the inbox', office.url());
  await office.getByLabel('Trạng thái', { exact: true }).selectOption('submitted');
  await office.getByLabel('Thủ tục', { exact: true }).selectOption({ label: 'Đăng ký thường trú' });
  await click(office, office.getByRole('button', { name: 'Lọc' }));
  await noViolations(office, 'the office inbox');
  // The dossier in the filtered list, on whichever page it is.
  let inInbox = office.getByRole('link', { name: code, exact: true });
  for (let i = 0; i < 50 && await inInbox.count() === 0; i++) {
    const next = office.getByRole('link', { name: 'Trang sau ›' });
    if (await next.count() === 0) break;
    await click(office, next);
  }
  is(await inInbox.count(), 1, 'the dossier is in the inbox of the agency');
  await click(office, inInbox);
  is(await text(office.locator('h1')), 'Hồ sơ ' + code, 'the official opens it');
  ok((await text(office.locator('section', { has: office.getByRole('heading', { name: 'Tờ khai' }) }))).includes(hostName),
    'the official sees what the citizen typed');
  await noViolations(office, 'the office dossier page');
  await click(office, office.getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
  ok(await office.getByRole('status').filter({ hasText: 'Đã thực hiện: Tiếp nhận hồ sơ' }).isVisible(), 'the official receives it');
  is(await text(office.locator('.status').first()), 'Đã tiếp nhận', 'the status is "Đã tiếp nhận"');
  const wanted = 'Giấy chứng nhận quyền sử dụng đất (bản sao có chứng thực)';
  const reason = 'Bản sao đã nộp bị mờ, không đọc được số thửa đất.';
  await office.getByLabel('Giấy tờ cần bổ sung (mỗi giấy tờ một dòng)').fill(wanted);
  await office.getByLabel('Lý do (bắt buộc)', { exact: true }).fill(reason);
  await click(office, office.getByRole('button', { name: 'Yêu cầu bổ sung hồ sơ' }));
  ok(await office.getByRole('status').filter({ hasText: 'Yêu cầu bổ sung hồ sơ' }).isVisible(), 'and asks for a supplement');
  is(await text(office.locator('.status').first()), 'Cần bổ sung', 'the status is "Cần bổ sung"');
  const asking = await waitForMail(email, m => m.subject === 'Cập nhật hồ sơ' && m.text.includes(reason));
  ok(asking !== null && asking.text.includes(code), 'the citizen is mailed the request, with the reason');

  // 6. The citizen sees the request and supplies the document.
  await click(page, nav(page, 'Hồ sơ của tôi'));
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: code, exact: true }) });
  is(await text(row.locator('.status')), 'Cần bổ sung', 'the list says the dossier needs a supplement');
  is(await page.locator('section', { has: page.getByRole('heading', { name: 'Hồ sơ nháp' }) }).count(), 0,
    'and the draft is a draft no more');
  await noViolations(page, 'the list of dossiers');
  await click(page, row.getByRole('link', { name: code, exact: true }));
  const request = page.locator('section', { has: page.getByRole('heading', { name: 'Cơ quan yêu cầu bổ sung hồ sơ' }) });
  is(await request.count(), 1, "the dossier's page shows the request");
  is(await text(request.getByRole('listitem').first()), wanted, 'with the documents asked for');
  ok((await text(request)).includes(reason), 'and the reason');
  await noViolations(page, "the citizen's dossier page with the request");
  await request.getByLabel('Tệp 1').setInputFiles(pdf('ban-sao-so-do.pdf'));
  await click(page, request.getByRole('button', { name: 'Gửi bổ sung' }));
  ok(page.url().endsWith('?supplied=1'), 'the supplement is sent', page.url());
  ok(await page.getByRole('status').filter({ hasText: 'Đã gửi 1 tệp bổ sung' }).isVisible(), 'the page says so');
  is(await text(page.locator('.status').first()), 'Đã tiếp nhận', 'the status is back to "Đã tiếp nhận"');
  ok(await page.getByRole('link', { name: 'ban-sao-so-do.pdf' }).isVisible(), 'the supplied file is listed with the dossier');

  // 7. The official processes it and approves it with the result.
  await office.reload();
  ok((await text(office.locator('section', { has: office.getByRole('heading', { name: 'Giấy tờ' }) }))).includes('ban-sao-so-do.pdf'),
    'the official sees the supplied file');
  await click(office, office.getByRole('button', { name: 'Chuyển xử lý' }));
  is(await text(office.locator('.status').first()), 'Đang xử lý', 'the official moves it to processing');
  const resultName = 'Kết quả đăng ký thường trú.pdf';
  const resultPath = pdf(resultName);
  await office.getByLabel('Tệp kết quả (PDF, JPEG hoặc PNG, tối đa 5 MB)').setInputFiles(resultPath);
  await click(office, office.getByRole('button', { name: 'Phê duyệt, có kết quả' }));
  is(await text(office.locator('.status').first()), 'Đã có kết quả', 'and approves it with the result');

  // 8. The citizen downloads the result and rates the service.
  await page.goto(base + '/dossiers/' + encodeURIComponent(code));
  is(await text(page.locator('.status').first()), 'Đã có kết quả', 'the citizen sees the dossier decided');
  const resultLink = page.locator('section', { has: page.getByRole('heading', { name: 'Kết quả giải quyết' }) })
    .getByRole('link', { name: resultName });
  is(await resultLink.count(), 1, 'the result is offered for download');
  const [download] = await Promise.all([page.waitForEvent('download'), resultLink.click()]);
  is(download.suggestedFilename(), resultName, 'the download keeps the name of the file');
  ok(readFileSync(await download.path()).equals(readFileSync(resultPath)), 'and has the very bytes the official attached');
  await page.getByLabel('Rất hài lòng').check();
  await page.getByLabel('Ý kiến (không bắt buộc)').fill('Cán bộ hướng dẫn bổ sung rõ ràng, giải quyết nhanh.');
  await click(page, page.getByRole('button', { name: 'Gửi đánh giá' }));
  ok(page.url().endsWith('?rated=1'), 'the rating is sent', page.url());
  ok(await page.getByRole('status').filter({ hasText: 'Cảm ơn bạn đã đánh giá' }).isVisible(), 'the page thanks the citizen');
  const rating = page.locator('section', { has: page.getByRole('heading', { name: 'Đánh giá mức độ hài lòng' }) });
  ok((await text(rating)).includes('Bạn đã đánh giá: Rất hài lòng'), 'the rating is recorded');
  ok((await text(rating)).includes('giải quyết nhanh'), 'with the comment');
  is(await page.getByRole('button', { name: 'Gửi đánh giá' }).count(), 0, 'and no second rating is offered');
  is(sql(`SELECT CONCAT(status, ' ', rating) FROM dossiers WHERE code = '${code}'`), 'approved 1',
    'the database has the dossier approved and rated 1');

  ok(errors.length === 0, 'no script errors', errors.join('\n'));
  ok(outside.length === 0, 'nothing was asked of anything but the stack', outside.join('\n'));
} catch (e) {
  ok(false, 'the journey ran to the end', e.stack);
} finally {
  await browser.close();
  rmSync(tmp, { recursive: true, force: true });
}
done();
