// A citizen registers, confirms the e-mail address from the real message the SMTP server received,
// turns on two-factor authentication with codes computed as an authenticator app does, logs out,
// and logs back in with the password and a code; then forgets the password and sets a new one
// from the mailed link. axe-core checks every new page.
import { ok, is, done, stackUrl, launch, axe, waitForMail, totp } from './lib.mjs';

const base = stackUrl();
// Hà Nội (001), a woman born in 1995 (digit 1, year 95), six random digits.
const id = '001195' + String(Math.floor(100000 + Math.random() * 900000));
const email = `hoa${Date.now()}@example.vn`;
const password = 'Hoa sen nở giữa đầm 2026';
const newPassword = 'Trăng rằm tháng tám 1995!';

const linkIn = (text, path) => (text.match(new RegExp(`https?://\\S*${path}\\S*`)) || [''])[0];
const click = (page, locator) => Promise.all([page.waitForNavigation(), locator.click()]);

const browser = await launch();
try {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true, locale: 'vi-VN' });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push(String(e)));

  await page.goto(base + '/account/register');
  await page.getByLabel('Số định danh cá nhân (số căn cước)').fill(id);
  await page.getByLabel('Họ và tên').fill('Trần Thị Hoa');
  await page.getByLabel('Ngày sinh').fill('1995-05-19');
  await page.getByLabel('Nữ').check();
  await page.getByLabel('Số điện thoại di động').fill('0987 654 321');
  await page.getByLabel('Thư điện tử').fill(email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByLabel('Nhập lại mật khẩu').fill(password);
  await click(page, page.getByRole('button', { name: 'Đăng ký' }));
  ok(page.url().endsWith('/account?welcome=1'), 'the citizen registers');
  ok(await page.getByText('Chưa xác nhận').isVisible(), 'the account page says the address is not confirmed');

  const confirm = await waitForMail(email, 1);
  ok(confirm !== null, 'the confirmation mail reaches the SMTP server');
  is(confirm?.subject, 'Xác nhận địa chỉ thư điện tử', 'with its Vietnamese subject');
  const link = linkIn(confirm?.text || '', '/account/email/confirm');
  ok(link.startsWith(base + '/account/email/confirm?t='), 'and a link to the portal', link);

  // The link opens on the phone that reads the mail; it asks for one press of a button.
  await page.goto(link);
  ok(await page.getByText(email).isVisible(), 'the link shows the address it confirms');
  let v = await axe(page);
  ok(v.length === 0, 'the confirmation page has no accessibility violations', v.join('\n'));
  await click(page, page.getByRole('button', { name: 'Xác nhận' }));
  ok(await page.getByText('Đã xác nhận địa chỉ').isVisible(), 'pressing it confirms the address');
  await click(page, page.getByRole('link', { name: 'Về trang tài khoản' }));
  is(await page.getByText('Chưa xác nhận').count(), 0, 'the account page no longer says unconfirmed');

  // Two-factor authentication.
  await click(page, page.getByRole('link', { name: 'Xác thực hai lớp' }).first());
  const secret = (await page.locator('code.secret').textContent()).trim();
  ok(/^[A-Z2-7 ]{16,}$/.test(secret), 'the set-up page shows a base32 key for the app', secret);
  v = await axe(page);
  ok(v.length === 0, 'the two-factor page has no accessibility violations', v.join('\n'));
  await page.getByLabel('Mã 6 chữ số').fill(totp(secret));
  await click(page, page.getByRole('button', { name: 'Bật xác thực hai lớp' }));
  ok(await page.getByText('Đã bật xác thực hai lớp').isVisible(), 'a code from the app turns it on');
  is(await page.locator('ul.codes li').count(), 10, 'and ten recovery codes are shown once');
  const recovery = (await page.locator('ul.codes li').first().textContent()).trim();

  await click(page, page.getByRole('button', { name: 'Đăng xuất' }).first());
  await page.goto(base + '/account/login');
  await page.getByLabel('Số định danh cá nhân, mã số BHXH hoặc mã số thuế').fill(id);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await click(page, page.getByRole('button', { name: 'Đăng nhập' }));
  ok(page.url().includes('/account/login/2fa'), 'after the password, the code is asked for');
  await page.goto(base + '/account');
  ok(page.url().includes('/account/login/2fa'), 'and nothing else opens before it');
  // The code of the next step: the one of this step was used to turn 2FA on, and no code is
  // taken twice.
  await page.getByLabel('Mã xác thực hoặc mã khôi phục').fill(totp(secret, 1));
  await click(page, page.getByRole('button', { name: 'Xác nhận' }));
  ok(page.url().endsWith('/account'), 'with the code the citizen is in', page.url());
  ok(await page.getByText('Đang bật').isVisible(), 'and the account page says 2FA is on');

  // A forgotten password, from the login page.
  await click(page, page.getByRole('button', { name: 'Đăng xuất' }).first());
  await page.goto(base + '/account/login');
  await click(page, page.getByRole('link', { name: 'Quên mật khẩu?' }));
  v = await axe(page);
  ok(v.length === 0, 'the forgotten-password page has no accessibility violations', v.join('\n'));
  await page.getByLabel('Số định danh cá nhân, mã số BHXH hoặc mã số thuế').fill(id);
  await click(page, page.getByRole('button', { name: 'Gửi liên kết đặt lại mật khẩu' }));
  ok(await page.getByText('Nếu số bạn nhập có tài khoản').isVisible(), 'the page says a link was sent if the account exists');
  const reset = await waitForMail(email, 2);
  is(reset?.subject, 'Đặt lại mật khẩu', 'the reset mail arrives');
  await page.goto(linkIn(reset?.text || '', '/account/password/reset'));
  v = await axe(page);
  ok(v.length === 0, 'the new-password page has no accessibility violations', v.join('\n'));
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill(newPassword);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(newPassword);
  await click(page, page.getByRole('button', { name: 'Đặt mật khẩu mới' }));
  ok(await page.getByText('Đã đặt mật khẩu mới').isVisible(), 'the new password is set and the login page says so');
  await page.getByLabel('Số định danh cá nhân, mã số BHXH hoặc mã số thuế').fill(id);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(newPassword);
  await click(page, page.getByRole('button', { name: 'Đăng nhập' }));
  ok(page.url().includes('/account/login/2fa'), 'the new password logs in, and 2FA still guards the account');

  // The next step's code was used already; a recovery code stands in for the phone.
  await page.getByLabel('Mã xác thực hoặc mã khôi phục').fill(recovery);
  await click(page, page.getByRole('button', { name: 'Xác nhận' }));
  ok(page.url().endsWith('/account'), 'a recovery code opens the account too', page.url());

  // The contact form.
  await click(page, page.getByRole('link', { name: 'Sửa thông tin liên hệ' }));
  is(await page.getByLabel('Thư điện tử').inputValue(), email, 'the contact form shows the address');
  v = await axe(page);
  ok(v.length === 0, 'the contact form has no accessibility violations', v.join('\n'));
  ok(errors.length === 0, 'no script errors', errors.join('\n'));
} catch (e) {
  ok(false, 'the journey ran to the end', e.stack);
} finally {
  await browser.close();
}
done();
