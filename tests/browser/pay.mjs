// Paying a dossier's fee in real Chromium, with the portal's Content-Security-Policy enforced (the
// pay button's form is followed to the gateway's origin, which the policy must allow): a citizen on
// a phone opens a dossier that has a fee, presses "Nộp lệ phí", approves the payment on the sandbox
// gateway's page, is sent back, and gets the electronic receipt once the gateway's callback has
// confirmed it; the dossier then shows the fee paid. A cancelled payment on the way shows that
// nothing was paid and offers to pay again. axe-core checks the pages.
import { ok, is, done, stackUrl, launch, axe, stackEnv, sql, newCitizenId } from './lib.mjs';

const base = stackUrl();
const env = stackEnv();
const bank = env.CONG_SANDBOX_URL;

const click = (page, locator) => Promise.all([page.waitForNavigation(), locator.click()]);
const text = async locator => (await locator.textContent() || '').replace(/\s+/g, ' ').trim();

const citizenId = newCitizenId('0', '88');
const password = 'Nộp lệ phí trực tuyến 2026';
const browser = await launch();
const errors = [], outside = [];

try {
  // The policy is enforced: a form that the policy does not let reach the gateway is an error in
  // the console, which fails the test.
  const ctx = await browser.newContext({ locale: 'vi-VN', viewport: { width: 360, height: 740 } });
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
  const page = await ctx.newPage();

  // A citizen, registered through the form.
  await page.goto(base + '/account/register');
  await page.getByLabel('Số định danh cá nhân (số căn cước)').fill(citizenId);
  await page.getByLabel('Họ và tên').fill('Trần Văn Nộp Phí');
  await page.getByLabel('Ngày sinh').fill('1988-02-14');
  await page.getByLabel('Nam', { exact: true }).check();
  await page.getByLabel('Số điện thoại di động').fill('0912 345 678');
  await page.getByLabel('Thư điện tử').fill(`nopphi${Date.now()}@example.vn`);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByLabel('Nhập lại mật khẩu').fill(password);
  await click(page, page.getByRole('button', { name: 'Đăng ký' }));
  ok(page.url().endsWith('/account?welcome=1'), 'the citizen registers', page.url());

  // A dossier of theirs with a fee of 7.000 đồng, as the submit pages leave it once filed.
  const user = sql(`SELECT id FROM users WHERE citizen_id = '${citizenId}'`);
  const code = 'H26.CA-' + new Date().toISOString().slice(2, 10).replace(/-/g, '') + '-9' +
    String(Math.floor(Math.random() * 100000)).padStart(5, '0');
  sql(`INSERT INTO dossiers (code, user_id, procedure_id, agency_id, status, version, applicant_name,
    applicant_idnum, submitted_at, due_date, fee_amount) SELECT '${code}', ${user}, p.id,
    (SELECT id FROM agencies WHERE code = 'H26.CA'), 'submitted', 1, 'Trần Văn Nộp Phí', '${citizenId}',
    NOW(), CURDATE() + INTERVAL 5 DAY, 7000 FROM procedures p WHERE p.code = '1.004194'`);

  // The dossier's page: the fee and its button.
  await page.goto(base + '/dossiers/' + encodeURIComponent(code));
  const fee = page.locator('section', { has: page.getByRole('heading', { name: 'Phí, lệ phí' }) });
  ok((await text(fee)).includes('7.000 đồng'), 'the dossier shows its fee');
  const payButton = fee.getByRole('button', { name: 'Nộp lệ phí 7.000 đồng' });
  is(await payButton.count(), 1, 'with a button to pay it');
  let v = await axe(page);
  ok(v.length === 0, 'the dossier page has no accessibility violations', v.join('\n'));

  // First the payer changes their mind on the gateway's page.
  await click(page, payButton);
  ok(page.url().startsWith(bank + '/paymentv2/vpcpay.html?'), 'the button leads to the gateway, which the policy allows', page.url());
  ok((await text(page.locator('main'))).includes('7.000'), "the gateway's page shows the amount");
  v = await axe(page);
  ok(v.length === 0, "the gateway's page has no accessibility violations", v.join('\n'));
  await click(page, page.getByRole('button', { name: 'Hủy giao dịch' }));
  ok(page.url().startsWith(base + '/pay/orders/'), 'the cancelled payment returns to the portal', page.url());
  const cancelledRef = decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
  for (let i = 0; i < 40 && sql(`SELECT state FROM payment_orders WHERE txn_ref = '${cancelledRef}'`) !== 'failed'; i++)
    await page.waitForTimeout(250);
  await page.reload();
  ok((await text(page.locator('main'))).includes('Bạn chưa bị trừ tiền'), 'the portal says no money was taken');
  const again = page.getByRole('button', { name: 'Thanh toán lại' });
  is(await again.count(), 1, 'and offers to pay again');

  // Then pays.
  await click(page, again);
  ok(page.url().startsWith(bank + '/paymentv2/vpcpay.html?'), 'paying again leads to the gateway', page.url());
  await page.getByLabel('Ngân hàng thanh toán').selectOption('VIETCOMBANK');
  await click(page, page.getByRole('button', { name: 'Thanh toán', exact: true }));
  ok(page.url().startsWith(base + '/pay/orders/'), 'the payer is sent back to the portal', page.url());
  const ref = decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
  ok(ref !== cancelledRef, 'with a new order');
  // The receipt shows once the callback has confirmed the payment; until then the page says to
  // wait and offers to load it again.
  for (let i = 0; i < 40; i++) {
    if (await page.getByRole('heading', { name: 'Biên lai thanh toán điện tử' }).count() > 0) break;
    await page.waitForTimeout(250);
    const reload = page.getByRole('link', { name: 'Tải lại trang' });
    if (await reload.count() > 0) await click(page, reload); else await page.reload();
  }
  const receipt = page.locator('.receipt');
  is(await page.getByRole('heading', { name: 'Biên lai thanh toán điện tử' }).count(), 1, 'the receipt shows');
  const r = await text(receipt);
  ok(r.includes('Bảy nghìn đồng'), 'with the amount in words', r);
  ok(r.includes('7.000 đồng') && r.includes(ref) && r.includes('Trần Văn Nộp Phí') && r.includes(code),
    'the amount, the reference, the payer and the dossier', r);
  ok(r.includes('VIETCOMBANK'), 'and the bank chosen', r);
  v = await axe(page);
  ok(v.length === 0, 'the receipt has no accessibility violations', v.join('\n'));

  await page.goto(base + '/dossiers/' + encodeURIComponent(code));
  ok((await text(fee)).includes('Đã nộp'), 'the dossier now shows the fee paid');
  is(await fee.getByRole('button').count(), 0, 'and no pay button');
  is(sql(`SELECT COUNT(*) FROM payment_orders o JOIN dossiers d ON d.fee_order_id = o.id WHERE d.code = '${code}' AND o.state = 'paid'`),
    '1', 'the database has the fee paid once');

  ok(errors.length === 0, 'no script errors and no policy violations', errors.join('\n'));
  ok(outside.length === 0, 'nothing was asked of anything but the stack', outside.join('\n'));
} catch (e) {
  ok(false, 'the payment ran to the end', e.stack);
} finally {
  await browser.close();
}
done();
