// A citizen on a phone searches without diacritics, opens the result, and every page on the way
// passes axe-core's accessibility rules; the same search works with JavaScript off and by keyboard.
import { ok, is, done, stackUrl, launch, axe } from './lib.mjs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const base = stackUrl();
const shots = join(process.env.CONG_BUILDDIR || '.', 'tests', 'browser', 'shots');
mkdirSync(shots, { recursive: true });
const browser = await launch();
try {
  // A 360-px phone, with the pages' CSP enforced (axe-core is injected by page.evaluate).
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' });
  const page = await phone.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push(String(e)));
  // Script errors and CSP violations; a 404 page's own status is not one.
  page.on('console', m => {
    if (m.type() === 'error' && !/status of 404/.test(m.text())) errors.push(m.text());
  });

  let res = await page.goto(base + '/');
  is(res.status(), 200, 'the home page opens');
  let v = await axe(page);
  ok(v.length === 0, 'the home page has no accessibility violations', v.join('\n'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  ok(overflow <= 360, `the home page fits a 360-px screen (${overflow}px wide)`);
  await page.screenshot({ path: join(shots, 'home-360.png'), fullPage: true });

  // Keyboard: the first Tab lands on the skip link, which leads to the main content.
  await page.keyboard.press('Tab');
  is(await page.evaluate(() => document.activeElement.textContent.trim()), 'Bỏ qua, đến nội dung chính',
    'the first Tab reaches the skip link');

  await page.getByLabel('Tìm thủ tục hành chính').fill('doi giay phep lai xe');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  ok(page.url().includes('/procedures?q=doi+giay+phep+lai+xe'), 'Enter in the search box searches');
  const first = page.locator('.results .result-title a').first();
  is((await first.textContent()).trim(), 'Đổi giấy phép lái xe', 'the first result is the procedure, spelt right');
  is(await page.locator('.results .result-title').first().locator('mark').textContent(), 'Đổi giấy phép lái xe',
    'the five matched words are highlighted, as one mark');
  is(await page.getByLabel('Tìm thủ tục hành chính').inputValue(), 'doi giay phep lai xe', 'the query stays in the box');
  v = await axe(page);
  ok(v.length === 0, 'the results page has no accessibility violations', v.join('\n'));
  ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 360, 'the results fit the phone screen');
  await page.screenshot({ path: join(shots, 'results-360.png'), fullPage: true });

  await Promise.all([page.waitForNavigation(), first.click()]);
  is(await page.locator('h1').textContent(), 'Đổi giấy phép lái xe', 'the procedure page opens');
  ok(await page.locator('.checklist li').count() > 0, 'it lists the documents to bring');
  ok(await page.locator('table').count() > 0, 'it shows time and fees');
  v = await axe(page);
  ok(v.length === 0, 'the procedure page has no accessibility violations', v.join('\n'));
  await page.screenshot({ path: join(shots, 'procedure-360.png'), fullPage: true });

  // The filters open and apply on the phone, by keyboard.
  await page.goto(base + '/procedures?q=dang+ky');
  await page.locator('details.filters summary').click();
  await page.getByLabel('Đối tượng').selectOption('business');
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Áp dụng bộ lọc' }).click()]);
  ok(page.url().includes('audience=business') && page.url().includes('q=dang+ky'), 'a filter keeps the query');
  v = await axe(page);
  ok(v.length === 0, 'the filtered page has no accessibility violations', v.join('\n'));

  await page.goto(base + '/khong-co');
  v = await axe(page);
  ok(v.length === 0, 'the error page has no accessibility violations', v.join('\n'));
  await page.goto(base + '/agencies');
  v = await axe(page);
  ok(v.length === 0, 'the agencies page has no accessibility violations', v.join('\n'));
  ok(errors.length === 0, 'no script errors or CSP reports on any page', errors.join('\n'));

  // Without JavaScript: the same search works, as every page is plain HTML forms and links.
  const nojs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const p2 = await nojs.newPage();
  await p2.goto(base + '/');
  await p2.getByLabel('Tìm thủ tục hành chính').fill('dang ky tam tru');
  await Promise.all([p2.waitForNavigation(), p2.getByRole('button', { name: 'Tìm kiếm' }).click()]);
  is((await p2.locator('.results .result-title a').first().textContent()).trim(), 'Đăng ký tạm trú',
    'without JavaScript, "dang ky tam tru" finds "Đăng ký tạm trú"');
  await p2.screenshot({ path: join(shots, 'results-desktop.png') });
} catch (e) {
  ok(false, 'the journey ran to the end', e.stack);
} finally {
  await browser.close();
}
done();
