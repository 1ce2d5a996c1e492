// A citizen registers on a phone, sees the account page, logs out and back in — with the keyboard
// and a screen reader in mind (axe-core on every form, errors tied to their fields).
import { ok, is, done, stackUrl, launch, axe } from './lib.mjs';

const base = stackUrl();
// A citizen ID of this run: Hà Nội (001), a man born in 1990 (digit 0, year 90), six random digits.
const id = '001090' + String(Math.floor(100000 + Math.random() * 900000));
const password = 'Sông Hồng chảy qua 2026';
const browser = await launch();
try {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true, locale: 'vi-VN' });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push(String(e)));

  await page.goto(base + '/');
  await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Đăng nhập' }).click()]);
  await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Chưa có tài khoản? Đăng ký' }).click()]);
  is(await page.locator('h1').textContent(), 'Đăng ký tài khoản', 'the registration form opens from the home page');
  let v = await axe(page);
  ok(v.length === 0, 'the registration form has no accessibility violations', v.join('\n'));

  // A mistake first: the form says what is wrong next to the field and keeps what was typed.
  await page.getByLabel('Số định danh cá nhân (số căn cước)').fill('00309001234');
  await page.getByLabel('Họ và tên').fill('Lê Văn Cường');
  await page.getByLabel('Mật khẩu', { exact: true }).fill('matkhau123');
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Đăng ký' }).click()]);
  ok(await page.locator('#form-errors').isVisible(), 'mistakes are listed at the top of the form');
  ok((await page.locator('#e-citizen_id').textContent()).includes('12 chữ số'), 'the ID error is next to the ID field');
  is(await page.getByLabel('Họ và tên').inputValue(), 'Lê Văn Cường', 'what was typed is kept');
  is(await page.getByLabel('Mật khẩu', { exact: true }).inputValue(), '', 'but never the password');
  is(await page.getByLabel('Số định danh cá nhân (số căn cước)').getAttribute('aria-invalid'), 'true',
    'the field is marked invalid for screen readers');
  v = await axe(page);
  ok(v.length === 0, 'the form with its errors has no accessibility violations', v.join('\n'));

  await page.getByLabel('Số định danh cá nhân (số căn cước)').fill(id);
  await page.getByLabel('Ngày sinh').fill('1990-07-15');
  await page.getByLabel('Nam').check();
  await page.getByLabel('Số điện thoại di động').fill('0912 345 678');
  await page.getByLabel('Thư điện tử').fill('cuong@example.vn');
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByLabel('Nhập lại mật khẩu').fill(password);
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Đăng ký' }).click()]);
  ok(page.url().endsWith('/account?welcome=1'), 'registering logs the citizen in and opens the account page');
  ok(await page.getByText(id).isVisible(), 'the account page shows the citizen ID');
  ok(await page.getByRole('link', { name: 'Lê Văn Cường' }).isVisible(), 'the header shows who is logged in');
  v = await axe(page);
  ok(v.length === 0, 'the account page has no accessibility violations', v.join('\n'));

  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Đăng xuất' }).first().click()]);
  ok(await page.getByRole('link', { name: 'Đăng nhập' }).isVisible(), 'logging out shows the login link again');
  await page.goto(base + '/account');
  ok(page.url().includes('/account/login?next=%2Faccount'), 'the account page now asks for a login');

  await page.getByLabel('Số định danh cá nhân, mã số BHXH hoặc mã số thuế').fill(id);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  v = await axe(page);
  ok(v.length === 0, 'the login form has no accessibility violations', v.join('\n'));
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  ok(page.url().endsWith('/account'), 'logging in with the citizen ID goes back to the page asked for');
  ok(errors.length === 0, 'no script errors', errors.join('\n'));
} catch (e) {
  ok(false, 'the journey ran to the end', e.stack);
} finally {
  await browser.close();
}
done();
