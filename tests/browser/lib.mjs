// lib.mjs: what browser tests share — TAP output, the stack's address, and Debian's chromium
// driven by playwright-core, with axe-core for accessibility checks.
import { createHmac } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
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

// The settings of the stack, from the env file tests/stack.sh writes: CONG_DB_SOCKET, CONG_CONF,
// CONG_BIN, CONG_SANDBOX_URL... (read once).
let stackEnvRead;
export function stackEnv() {
  return stackEnvRead ??= Object.fromEntries(readFileSync(join(process.env.CONG_STACK, 'env'), 'utf8')
    .split('\n').map(l => l.match(/^([A-Z_]+)=(.*)$/)).filter(Boolean).map(m => [m[1], m[2]]));
}

// The stack's database, as root over its socket: one value per line, tab-separated columns.
export function sql(query) {
  const env = stackEnv();
  return execFileSync('mariadb', ['--socket=' + env.CONG_DB_SOCKET, '-u', 'root', '-N', '-B',
    env.CONG_DB_NAME || 'cong', '-e', query], { encoding: 'utf8' }).replace(/\n$/, '');
}

// A citizen ID of Hà Nội (001) for someone of sexDigit (0 a man, 1 a woman, born 1900-1999) born
// in year yy, with six random digits, and without an account.
export function newCitizenId(sexDigit, yy) {
  for (let i = 0; i < 50; i++) {
    const id = '001' + sexDigit + yy + String(Math.floor(Math.random() * 1000000)).padStart(6, '0');
    if (sql(`SELECT COUNT(*) FROM users WHERE citizen_id = '${id}'`) === '0') return id;
  }
  throw new Error('no unused citizen ID found');
}

export async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

// Runs axe-core on the page; returns the violations (WCAG 2.1 A and AA rules).
// The script is evaluated through the DevTools protocol rather than added as a script tag, so
// that it runs under the pages' Content-Security-Policy too.
let axeSource;
export async function axe(page) {
  axeSource ??= readFileSync(axePath, 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return r.violations.map(v => `${v.id}: ${v.help} (${v.nodes.map(x => x.target.join(' ')).slice(0, 3).join(', ')})`);
  });
}

// Mail the stack's SMTP receiver got: one file per message in $CONG_STACK/mail/new, with the
// envelope's recipient in an X-RcptTo header.
const maildir = () => join(process.env.CONG_STACK, 'mail', 'new');

// The messages to an address, oldest first, each decoded: { subject, text }.
export function messagesTo(address) {
  let files;
  try { files = readdirSync(maildir()); } catch { return []; }
  return files.map(f => join(maildir(), f))
    .map(f => ({ t: statSync(f).mtimeMs, raw: readFileSync(f, 'latin1') }))
    .filter(m => m.raw.includes(`X-RcptTo: ${address}`))
    .sort((a, b) => a.t - b.t)
    .map(m => decodeMail(m.raw));
}

// RFC 2047 headers and a base64 body, as any mail reader decodes them.
function decodeMail(raw) {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const subjectLine = (unfolded.match(/^Subject: (.*)$/m) || [, ''])[1];
  const subject = subjectLine.replace(/=\?UTF-8\?B\?([^?]*)\?=\s*/g,
    (_, b64) => Buffer.from(b64, 'base64').toString('latin1'));
  const text = Buffer.from(rest.join('\n\n').replace(/\s+/g, ''), 'base64').toString('utf8');
  return { subject: Buffer.from(subject, 'latin1').toString('utf8'), text: text.replace(/\r\n/g, '\n') };
}

// A message to address, waiting up to 30 s for the mailer: the which-th one (from 1), or the
// first that the function which accepts. null if none came.
export async function waitForMail(address, which) {
  for (let i = 0; i < 300; i++) {
    const all = messagesTo(address);
    const m = typeof which === 'number' ? all[which - 1] : all.find(which);
    if (m) return m;
    await new Promise(r => setTimeout(r, 100));
  }
  return null;
}

// RFC 6238 with SHA-1, 30-second steps, 6 digits: what every authenticator app computes, for the
// step offsetSteps from now.
export function totp(secretBase32, offsetSteps = 0) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secretBase32.replace(/[\s=-]/g, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map(b => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 1000 / 30) + offsetSteps));
  const mac = createHmac('sha1', key).update(counter).digest();
  const o = mac[mac.length - 1] & 15;
  return String((mac.readUInt32BE(o) & 0x7fffffff) % 1000000).padStart(6, '0');
}
