// The clinic portal in a real headless Chromium (Debian's, driven by playwright-core)
// against the real circle-server on loopback, with a real phone-side client sharing a
// goal. Run by CTest through run.cmake:
//   node portal.test.mjs CIRCLE_SERVER PORTAL_TEST_PHONE
import { spawn, execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import axePlaywright from '@axe-core/playwright';

const AxeBuilder = axePlaywright.default ?? axePlaywright;

const [serverBin, phoneBin] = process.argv.slice(2);
// With CIRCLE_PORTAL_SCREENSHOTS=DIR, each page is also saved there, light and dark.
const shotDir = process.env.CIRCLE_PORTAL_SCREENSHOTS;
const title = '<script>window.pwned=1</script>';
const password = 'Seven brisk otters paddle home';
let failures = 0;

// Every page through axe-core (WCAG 2.1 A and AA rules), light and dark: no serious or
// critical violation.
async function accessible(page, name) {
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    check(bad.length === 0, `${name} (${scheme}) has no serious or critical accessibility problem`
      + bad.map((v) => ` | ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join(''));
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function shoot(page, name) {
  await accessible(page, name);
  if (!shotDir) return;
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: path.join(shotDir, `portal-${name}-${scheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

function check(ok, what) {
  console.log(`${ok ? 'ok' : 'FAIL'} - ${what}`);
  if (!ok) failures++;
}

function keyValues(text) {
  const out = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf(' ');
    if (at > 0) out[line.slice(0, at)] = line.slice(at + 1).trim();
  }
  return out;
}

// RFC 6238 with SHA-1, 30 s, 6 digits, from the base32 key the enrolment page shows.
function base32(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0, value = 0;
  const out = [];
  for (const c of text.replace(/[\s=]/g, '').toUpperCase()) {
    value = ((value << 5) | alphabet.indexOf(c)) & 0xffff;
    bits += 5;
    if (bits >= 8) { out.push((value >>> (bits - 8)) & 0xff); bits -= 8; }
  }
  return Buffer.from(out);
}
function totp(secret, ms) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(ms / 30000)));
  const mac = createHmac('sha1', secret).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1000000).padStart(6, '0');
}

async function startServer(dataDir) {
  const child = spawn(serverBin, ['dev', '--data-dir', dataDir, '--rate-burst', '100000',
    '--rate-per-minute', '100000'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr.on('data', () => {});
  return await new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error('circle-server did not start')), 30000);
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const m = seen.match(/circle-server listening on (\S+)/);
      if (m) { clearTimeout(timer); resolve({ child, url: m[1] }); }
    });
    child.on('exit', (code) => reject(new Error(`circle-server exited with ${code}`)));
  });
}

const admin = (dataDir, ...args) => keyValues(execFileSync(serverBin, ['admin', '--data-dir', dataDir, ...args],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const phone = (...args) => keyValues(execFileSync(phoneBin, args, { encoding: 'utf8' }));

const dataDir = mkdtempSync(path.join(tmpdir(), 'circle-portal-'));
const profileDir = mkdtempSync(path.join(tmpdir(), 'circle-chromium-'));
let server, browser, attacker;
try {
  server = await startServer(dataDir);
  const base = server.url;
  const cert = path.join(dataDir, 'dev-cert.pem');
  const staff = admin(dataDir, 'add-therapist', 'Rosa Marin');
  const group = admin(dataDir, 'create-group', '--therapist', staff['therapist-id'], '--name',
    'Thursday Skills Group', '--time-zone', 'Europe/Madrid')['group-id'];
  const first = new Date(Date.now() + 2 * 86400000).toISOString().slice(0, 10) + 'T18:00';
  admin(dataDir, 'add-series', '--group', group, '--first', first, '--count', '3', '--topic', 'Skills');
  const invite = admin(dataDir, 'invite', '--group', group, '--label', 'Member A')['invite'];
  const shared = phone('share', base, cert, invite, title);
  check(!!shared['goal-id'], 'the phone shared a goal');

  browser = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    ignoreHTTPSErrors: true,
    args: ['--headless', '--no-sandbox', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = browser.pages()[0] ?? await browser.newPage();
  const consoleErrors = [];
  // A blocked style, image or script would show here as a CSP report. (Answers the test
  // provokes, such as the 403s, show as "Failed to load resource" and are expected.)
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) consoleErrors.push(m.text());
  });

  // Set-up link: password, then the authenticator, then recovery codes.
  await page.goto(staff['setup-link']);
  await shoot(page, 'setup');
  await page.fill('#password', password);
  await page.fill('#repeat', password);
  await Promise.all([page.waitForEvent('framenavigated'), page.click('button[type=submit]')]);
  await page.waitForLoadState('load');
  if (await page.locator('#secret').count() === 0)
    throw new Error(`no enrolment page after the password: ${await page.content()}`);
  const key = (await page.textContent('#secret')).trim();
  check(await page.locator('svg.qr').count() === 1, 'the enrolment page shows a QR code');
  await shoot(page, 'enrol');
  const secret = base32(key);
  await page.fill('#code', totp(secret, Date.now()));
  await page.click('button[type=submit]');
  check(await page.locator('#recovery-codes li').count() === 10, 'ten recovery codes are shown once');

  // Sign in with the password and the next code (the enrolment spent the current one).
  await page.goto(`${base}/clinic/sign-in`);
  await shoot(page, 'sign-in');
  // With the keyboard alone: the skip link first, then the form's fields in order.
  await page.keyboard.press('Tab');
  check(await page.evaluate(() => document.activeElement.classList.contains('skip')),
    'the first Tab reaches the skip link');
  await page.keyboard.press('Tab');
  check(await page.evaluate(() => document.activeElement.id === 'login'), 'the next Tab reaches the sign-in name');
  await page.keyboard.type(staff['sign-in-name']);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Tab');
  await page.keyboard.type(totp(secret, Date.now() + 30000));
  await Promise.all([page.waitForURL(/\/clinic\/caseload$/), page.keyboard.press('Enter')]);
  check(await page.getByRole('link', { name: 'Thursday Skills Group' }).count() === 1,
    'the caseload lists the therapist\'s group');

  const response = await page.goto(`${base}/clinic/caseload`);
  await shoot(page, 'caseload');
  const h = response.headers();
  check(h['content-security-policy'] === "default-src 'none'; style-src 'self'; img-src 'self' data:;"
    + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'", 'strict CSP');
  check(h['cache-control'] === 'no-store', 'Cache-Control: no-store');
  check(h['referrer-policy'] === 'no-referrer', 'Referrer-Policy: no-referrer');
  check(h['x-content-type-options'] === 'nosniff', 'X-Content-Type-Options: nosniff');
  const cookie = (await browser.cookies()).find((c) => c.name === '__Host-circle_session');
  check(cookie && cookie.httpOnly && cookie.secure && cookie.sameSite === 'Strict' && cookie.path === '/',
    'the session cookie is __Host-, Secure, HttpOnly, SameSite=Strict');

  // The group, then the goal: the title is text, the chart is there, no script ran.
  await page.click('text=Thursday Skills Group');
  check(await page.getByText(title, { exact: true }).count() === 1, 'the group page lists the goal by its title, as text');
  check(await page.locator('td', { hasText: 'Member A' }).count() === 1, 'members by their clinic label');
  await shoot(page, 'group');
  await page.getByRole('link', { name: title }).click();
  const goalUrl = page.url();
  await shoot(page, 'goal');
  check((await page.textContent('#goal-title')) === title, 'the goal page shows the title as typed');
  check(await page.locator('svg.chart polyline.line').count() === 1, 'the progress chart is drawn');
  check(await page.locator('svg.chart line.target').count() === 1, 'the chart shows the target');
  check(await page.evaluate(() => window.pwned === undefined), 'no script from the title ran');
  check(await page.evaluate(() => document.scripts.length === 0), 'the page has no script elements');
  check(await page.evaluate(() => localStorage.length === 0 && sessionStorage.length === 0),
    'nothing in localStorage or sessionStorage');
  check(!goalUrl.includes('?'), 'no query string in the goal\'s address');

  // Homework: assign it on the group page, the phone pulls it, answers and shares; the
  // answer shows as text and the therapist marks it reviewed.
  await page.goto(`${base}/clinic/groups/${group}`);
  const homeworkTitle = 'Notice one trigger <b>this week</b>';
  await page.fill('#hw-due', '2030-01-31');
  const assign = page.getByRole('button', { name: 'Assign', exact: true });
  await Promise.all([page.waitForURL(new RegExp(`/clinic/groups/${group}/homework$`)), assign.click()]);
  check(await page.locator('#hw-title-error').textContent() === 'Give the homework a title.',
    'an assignment without a title is refused and says so by the field');
  check(await page.locator('#hw-title[aria-invalid=true]').count() === 1, 'the title field is marked invalid');
  await shoot(page, 'homework-refused');
  await page.fill('#hw-title', homeworkTitle);
  await page.fill('#hw-instructions', 'Write down what happened just before.');
  await Promise.all([page.waitForURL(new RegExp(`/clinic/groups/${group}#homework$`)), assign.click()]);
  check(await page.getByRole('heading', { name: homeworkTitle }).count() === 1, 'the group page lists the new homework');
  const pulled = phone('homework', base, cert, shared['device-token'], homeworkTitle);
  check(!!pulled['assignment-id'], 'the phone pulled the homework assigned in the browser, title intact');
  const answerText = '<img src=x onerror="window.pwned=2">I noticed it at work';
  phone('answer', base, cert, shared['device-token'], group, pulled['assignment-id'], answerText);
  await page.goto(`${base}/clinic/groups/${group}`);
  check(await page.locator('td.answer', { hasText: answerText }).count() === 1, 'the shared answer shows, as text');
  check(await page.locator('main img').count() === 0 && await page.evaluate(() => window.pwned === undefined),
    'no markup from the answer was made into elements, no script ran');
  check(await page.getByText('Answered and shared').count() === 1, 'the member\'s state is answered and shared');
  await shoot(page, 'group-homework');
  await Promise.all([page.waitForURL(/#homework$/),
    page.getByRole('button', { name: 'Mark the answer of Member A reviewed' }).click()]);
  check(await page.getByText(/^Reviewed · /).count() === 1, 'marked reviewed, and the page says so');
  check(await page.getByRole('button', { name: /Mark the answer/ }).count() === 0, 'no review button is left');
  await shoot(page, 'group-reviewed');

  // A forged cross-site POST from another origin: neither the cookie (SameSite) nor the
  // token comes along, and the session survives.
  attacker = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(`<form method="post" action="${base}/clinic/sign-out"><input type="hidden" name="csrf" value="guess"><button id="go">Win a prize</button></form>`);
  });
  await new Promise((r) => attacker.listen(0, '127.0.0.1', r));
  await page.goto(`http://127.0.0.1:${attacker.address().port}/`);
  await Promise.all([page.waitForLoadState('load'), page.click('#go')]);
  const after = await page.goto(`${base}/clinic/caseload`);
  check(after.status() === 200 && page.url().endsWith('/clinic/caseload'), 'a forged cross-site sign-out did nothing');
  // The same forgery with the cookie attached but the wrong Origin and no token.
  const forged = await page.request.post(`${base}/clinic/sign-out`, {
    headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
    data: 'csrf=guess', maxRedirects: 0,
  });
  check(forged.status() === 403, 'a POST with a foreign Origin and no token gets 403');

  // Unshared on the phone: gone from the group page, and the goal page is 403.
  phone('unshare', base, cert, shared['device-token'], shared['goal-id']);
  await page.goto(`${base}/clinic/groups/${group}`);
  check(await page.getByText(title, { exact: true }).count() === 0, 'after unsharing the goal is gone');
  const gone = await page.goto(goalUrl);
  check(gone.status() === 403, 'its page answers 403');
  await shoot(page, 'forbidden');

  // Sign out with the page's own form.
  await page.goto(`${base}/clinic/caseload`);
  // Signing out with the keyboard: Tab through the header to the button.
  let reached = false;
  for (let i = 0; i < 6 && !reached; ++i) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement.textContent === 'Sign out');
  }
  check(reached, 'Sign out is reachable with Tab');
  await Promise.all([page.waitForURL(/\/clinic\/sign-in$/), page.keyboard.press('Enter')]);
  await page.goto(`${base}/clinic/caseload`);
  check(page.url().endsWith('/clinic/sign-in'), 'signed out: the caseload sends to sign-in');
  check(consoleErrors.length === 0, `nothing blocked by the CSP, no console errors: ${consoleErrors.join(' | ')}`);
} catch (error) {
  console.log(`FAIL - ${error.stack || error}`);
  failures++;
} finally {
  if (browser) await browser.close();
  if (attacker) attacker.close();
  if (server) server.child.kill('SIGTERM');
  rmSync(profileDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(failures === 0 ? 'all portal browser checks passed' : `${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
