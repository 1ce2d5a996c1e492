// lib.mjs: what browser tests share — TAP output, the stack's address, and Debian's chromium
// driven by playwright-core, with axe-core for accessibility checks.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const modules = process.env.CONG_NODE_MODULES ||
  join(process.env.CONG_SRCDIR || '.', 'tests', 'browser', 'node_modules');
const { chromium } = require(join(modules, 'playwright-core'));
const axePath = join(modules, 'axe-core', 'axe.min.js');

let n = 0, failed = 0;
export function ok(cond, what, detail) {
  n++;
  console.log(`${cond ? '' : 'not '}ok ${n} - ${what}`);
  if (!cond) {
    failed++;
    if (detail !== undefined) console.log('# ' + String(detail).split('\n').join('\n# '));
  }
}
export function is(got, want, what) { ok(got === want, what, `got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`); }
export function done() { console.log(`1..${n}`); process.exit(0); }

// The stack's address, from the env file tests/stack.sh writes.
export function stackUrl() {
  const env = readFileSync(join(process.env.CONG_STACK, 'env'), 'utf8');
  return env.match(/^CONG_URL=(.*)$/m)[1];
}

export async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

// Runs axe-core on the page; returns the violations (WCAG 2.1 A and AA rules).
export async function axe(page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return r.violations.map(v => `${v.id}: ${v.help} (${v.nodes.map(x => x.target.join(' ')).slice(0, 3).join(', ')})`);
  });
}
