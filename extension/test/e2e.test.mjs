// e2e.test.mjs: the unpacked Chromium build in headless Debian Chromium,
// against pages served on 127.0.0.1. Fails (never skips) without a browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, cpSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { reference, referenceDraft, root, requireTools } from './reference.mjs';
import { exampleCorpus } from './corpus.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const pages = join(root, 'extension/test/pages');
const norm = (s) => s.replace(/\s+/g, ' ').trim();
let srv, ctx, sw, extId, ext, corpusFile, corpusBytes;
const extRequests = [];

// A copy of dist/chromium whose host permission for 127.0.0.1 is already
// granted: the state after the reader opted the site in from the popup.
// prelude: test-only code run before content.js in its world.
export function testBuild(prelude = '') {
  const dir = mkdtempSync(join(tmpdir(), 'attrlint-ext-'));
  cpSync(join(root, 'extension/dist/chromium'), dir, { recursive: true });
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json')));
  // localhost: granted but not opted in, as after "Check this page" (activeTab).
  m.host_permissions = ['http://127.0.0.1/*', 'http://localhost/*'];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
  if (prelude) writeFileSync(join(dir, 'content.js'), prelude + '\n' + readFileSync(join(dir, 'content.js'), 'utf8'));
  return dir;
}

// fromCLI: under ATTRLINT_REQUIRE_TOOLS=1 the reference must be the CLI's.
function sourceOK(t, ref) {
  t.diagnostic(`reference from ${ref.source}: ${ref.findings.length} finding(s)`);
  if (requireTools) assert.equal(ref.source, 'cli', 'ATTRLINT_REQUIRE_TOOLS=1: the reference must come from the CLI');
}

export async function launch(extDir) {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`);
  const c = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'attrlint-profile-')), {
    executablePath: CHROMIUM, headless: true, ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1000, height: 700 },
    args: ['--disable-extensions-except=' + extDir, '--load-extension=' + extDir, '--no-sandbox', '--disable-gpu', '--disable-quic',
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const w = c.serviceWorkers()[0] ?? (await c.waitForEvent('serviceworker'));
  return { c, w };
}

// highlights: the text of every painted range, by severity, read from the
// page's own world (CSS.highlights is per document).
const highlights = (page) => page.evaluate(() => {
  const out = [];
  for (const [name, h] of CSS.highlights) if (name.startsWith('attrlint-')) for (const r of h) out.push(r.toString());
  return out;
});
// highlightsBy: the painted texts by highlight name.
const highlightsBy = (page) => page.evaluate(() => {
  const out = {};
  for (const [name, h] of CSS.highlights) if (name.startsWith('attrlint-')) out[name] = [...h].map((r) => r.toString().replace(/\s+/g, ' ').trim()).sort();
  return out;
});

async function tabId(url) {
  return sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
}
async function findings(page) {
  const id = await tabId(page.url());
  return sw.evaluate((i) => chrome.tabs.sendMessage(i, { type: 'findings' }).catch(() => null), id);
}
// checked waits until the content script answered for the page.
async function checked(page, pred = () => true) {
  for (let i = 0; i < 100; i++) {
    const f = await findings(page);
    if (f && f.status !== 'pending' && pred(f)) return f;
    await page.waitForTimeout(100);
  }
  throw new Error('page never checked: ' + page.url());
}
async function open(path) {
  const page = await ctx.newPage();
  await page.addInitScript(() => { document.addEventListener('DOMContentLoaded', () => { window.__before = document.documentElement.outerHTML; }); });
  await page.goto(srv.origin + path);
  return page;
}
const sortTexts = (a) => a.map(norm).sort();

before(async () => {
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  srv = await startServer();
  ext = testBuild();
  ({ c: ctx, w: sw } = await launch(ext));
  extId = new URL(sw.url()).host;
  ctx.on('request', (r) => extRequests.push(r.url()));
  await sw.evaluate((o) => globalThis.attrlint.enableSite(o), srv.origin);
  const c = await exampleCorpus();
  corpusBytes = c.bytes;
  corpusFile = join(mkdtempSync(join(tmpdir(), 'attrlint-idx-')), 'corpus.idx');
  writeFileSync(corpusFile, c.bytes);
});
after(async () => { await ctx?.close(); srv?.server.close(); if (ext) rmSync(ext, { recursive: true, force: true }); });

// article: a plain story; csp: the same under a strict CSP; furniture: claims
// in navigation, a teaser <article>, related boxes (one an <article> longer
// than the story), an aside and the footer, JSON-LD after the story (the
// extension sends only the story and the page's metadata, the CLI reads the
// whole page); noregion: no <article>/<main>, so the whole document is sent.
for (const name of ['article.html', 'csp.html', 'furniture.html', 'noregion.html']) {
  test(`highlights equal the CLI's findings and the DOM is unchanged: ${name}`, async (t) => {
    const page = await open('/' + name);
    const ref = await reference(join(pages, name));
    sourceOK(t, ref);
    assert.ok(ref.findings.length > 0, 'the page has findings');
    const got = await checked(page);
    assert.equal(got.status, 'ok');
    assert.deepEqual(got.findings.map((f) => [f.rule, f.severity, norm(f.text)]), ref.findings.map((f) => [f.rule, f.severity, norm(f.text)]));
    assert.ok(got.findings.every((f) => f.painted));
    assert.deepEqual(sortTexts(await highlights(page)), sortTexts(ref.findings.map((f) => f.text)));
    const [before, now] = await page.evaluate(() => [window.__before, document.documentElement.outerHTML]);
    assert.ok(before);
    assert.equal(now, before);
    await page.close();
  });
}

test('a page\'s own attrlint-disable comments change nothing', async (t) => {
  const a = await open('/article.html'); await checked(a);
  const d = await open('/disable.html'); await checked(d);
  const ha = await highlights(a), hd = await highlights(d);
  assert.ok(ha.length > 0);
  assert.deepEqual(sortTexts(hd), sortTexts(ha));
  // ...and equal what the CLI reports for that page in reader mode.
  const ref = await reference(join(pages, 'disable.html'));
  sourceOK(t, ref);
  assert.deepEqual(sortTexts(hd), sortTexts(ref.findings.map((f) => f.text)));
  await a.close(); await d.close();
});

test('text added after load gets checked', async () => {
  const page = await open('/late.html');
  await checked(page);
  const added = 'Nearly 80 percent of shops on the waterfront stayed closed on Friday';
  await page.waitForFunction((s) => [...CSS.highlights].some(([, h]) => [...h].some((r) => r.toString().includes(s.slice(0, 20)))), added, { timeout: 10000 });
  const got = await checked(page, (f) => f.findings.some((x) => x.text.includes('80 percent')));
  assert.ok(got.findings.length >= 1);
  await page.close();
});

// A long page whose story comes first is checked while the rest still
// arrives (the server sends the second half 2 s later); the check at
// DOMContentLoaded keeps those findings without a second lint when what is
// sent is unchanged, and replaces them when the rest changed it (JSON-LD
// after the story saying it is an opinion piece: unattributed-claim as info).
test('a page whose story comes first is checked before it has loaded; the check at DOMContentLoaded keeps or corrects it', async () => {
  const claim = 'Nearly 70 percent of residents';
  for (const tail of ['', 'opinion']) {
    const page = await ctx.newPage();
    await page.addInitScript(() => {
      const poll = () => {
        for (const [name] of CSS.highlights) if (name.startsWith('attrlint-')) { window.__early = document.readyState; return; }
        setTimeout(poll, 5);
      };
      poll();
    });
    await page.goto(srv.origin + '/gen/article?words=600&padkb=40&pad=after&delay=2000' + (tail ? '&tail=' + tail : ''), { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__early, null, { timeout: 10000 });
    assert.equal(await page.evaluate(() => window.__early), 'loading', 'painted before the page finished loading');
    const f = await checked(page);
    assert.equal(f.status, 'ok');
    assert.equal(f.timing.early, true);
    const by = await highlightsBy(page);
    const where = Object.keys(by).filter((k) => by[k].some((x) => x.startsWith(claim)));
    if (!tail) {
      assert.equal(f.timing.checks, 0, 'unchanged at DOMContentLoaded: no second lint');
      assert.deepEqual(where, ['attrlint-warning']);
    } else {
      assert.equal(f.timing.checks, 1, 'changed at DOMContentLoaded: linted again');
      assert.equal(f.meta.opinion, true);
      assert.deepEqual(where, ['attrlint-info']);
    }
    await page.close();
  }
});

test('non-English pages are skipped with a note in the popup', async () => {
  const page = await open('/german.html');
  const f = await checked(page);
  assert.match(f.status, /^skipped/);
  const popup = await ctx.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html?tab=${await tabId(page.url())}&url=${encodeURIComponent(page.url())}`);
  await popup.waitForFunction(() => document.getElementById('status').textContent.includes('English'));
  await popup.close(); await page.close();
});

test('the popup lists the findings grouped by rule, click scrolls and shows a card', async () => {
  const page = await open('/article.html');
  const got = await checked(page);
  const popup = await ctx.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html?tab=${await tabId(page.url())}&url=${encodeURIComponent(page.url())}`);
  await popup.waitForSelector('#groups section', { timeout: 5000 });
  const listed = await popup.$$eval('button.finding', (bs) => bs.map((b) => b.textContent));
  assert.deepEqual(listed.map(norm).sort(), got.findings.map((f) => norm(f.text)).sort());
  const heads = await popup.$$eval('#groups h2', (hs) => hs.map((h) => h.textContent));
  assert.deepEqual(heads, [...new Set(got.findings.map((f) => f.rule))].map((r) => r + ' (' + got.findings.filter((f) => f.rule === r).length + ')'));
  await popup.click('button.finding');
  await page.waitForFunction(() => document.querySelector('attrlint-card')?.shadowRoot?.textContent.length > 0);
  await popup.close(); await page.close();
});

async function loadCorpusThroughOptions() {
  const opt = await ctx.newPage();
  await opt.goto(`chrome-extension://${extId}/options.html`);
  await opt.waitForSelector('#rules tbody tr');
  await opt.setInputFiles('#corpus-file', corpusFile);
  await opt.waitForFunction(() => /Loaded/.test(document.getElementById('corpus-status').textContent));
  await opt.close();
}
async function clearCorpus() {
  const opt = await ctx.newPage();
  await opt.goto(`chrome-extension://${extId}/options.html`);
  await opt.waitForSelector('#rules tbody tr');
  await opt.click('#corpus-clear');
  await opt.waitForFunction(() => /No corpus/.test(document.getElementById('corpus-status').textContent));
  await opt.close();
}

test('a loaded corpus gives the contradiction highlight and its evidence card', async (t) => {
  await loadCorpusThroughOptions();
  const page = await open('/contradiction.html');
  const ref = await reference(join(pages, 'contradiction.html'), { corpusFile, corpusBytes });
  sourceOK(t, ref);
  assert.ok(ref.findings.some((f) => f.rule === 'figures/contradicts-corpus'));
  const got = await checked(page);
  assert.deepEqual(got.findings.map((f) => [f.rule, norm(f.text)]), ref.findings.map((f) => [f.rule, norm(f.text)]));
  assert.deepEqual(sortTexts(await highlights(page)), sortTexts(ref.findings.map((f) => f.text)));
  // Hover the contradiction: the card shows rule, message and evidence.
  const box = await page.evaluate(() => {
    for (const [, h] of CSS.highlights) for (const r of h) { const b = r.getBoundingClientRect(); return { x: b.left + b.width / 2, y: b.top + b.height / 2 }; }
    return null;
  });
  await page.mouse.move(box.x, box.y);
  const card = await page.waitForFunction(() => document.querySelector('attrlint-card')?.shadowRoot?.textContent);
  const text = await card.jsonValue();
  assert.match(text, /figures\/contradicts-corpus/);
  assert.match(text, /2023-09/);
  mkdirSync(join(root, 'docs'), { recursive: true });
  await page.screenshot({ path: join(root, 'docs/screenshot.png') });
  await page.mouse.move(1, 690);
  await page.waitForFunction(() => !document.querySelector('attrlint-card'));
  const [b, n] = await page.evaluate(() => [window.__before, document.documentElement.outerHTML]);
  assert.equal(n, b);
  await page.close();
  await clearCorpus();
});

test('"add this page to my reference corpus" changes later results', async () => {
  await clearCorpus();
  let page = await open('/contradiction.html');
  let got = await checked(page);
  assert.ok(!got.findings.some((f) => f.rule === 'figures/contradicts-corpus'));
  await page.close();
  const trusted = await open('/trusted.html');
  await checked(trusted);
  const popup = await ctx.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html?tab=${await tabId(trusted.url())}&url=${encodeURIComponent(trusted.url())}`);
  await popup.click('#add');
  await popup.waitForFunction(() => /Added|Already/.test(document.getElementById('added').textContent));
  await popup.close(); await trusted.close();
  page = await open('/contradiction.html');
  got = await checked(page);
  assert.ok(got.findings.some((f) => f.rule === 'figures/contradicts-corpus' && f.text === '39'), JSON.stringify(got.findings));
  await page.close();
  await clearCorpus();
});

test('the draft page highlights the same findings as the CLI', async (t) => {
  const p = await ctx.newPage();
  await p.goto(`chrome-extension://${extId}/draft.html`);
  const draft = 'Council weighs road plan\n\nNearly 70 percent of residents in the district opposed the plan.\n\nExperts say the river will rise again.\n';
  await p.fill('#draft', draft);
  await p.click('#run');
  await p.waitForFunction(() => /finding/.test(document.getElementById('count').textContent));
  const ref = await referenceDraft(draft);
  sourceOK(t, ref);
  assert.ok(ref.findings.length > 0);
  const want = sortTexts(ref.findings.map((f) => f.text));
  assert.deepEqual(sortTexts(await highlights(p)), want);
  // A second run (the button while a typed one is pending) keeps the
  // painted findings until its own answer is in: reading the highlights
  // in the same task as the click must not see them cleared.
  const during = await p.evaluate(() => {
    document.getElementById('draft').dispatchEvent(new Event('input'));
    document.getElementById('run').click();
    const out = [];
    for (const [name, h] of CSS.highlights) if (name.startsWith('attrlint-')) for (const r of h) out.push(r.toString());
    return out;
  });
  assert.deepEqual(sortTexts(during), want);
  await p.waitForTimeout(600); // the typed run's timer, cancelled by the click
  assert.deepEqual(sortTexts(await highlights(p)), want);
  await p.close();
});

// Opinion pages, by <meta property="article:section" content="Opinion"> or
// by schema.org OpinionNewsArticle (JSON-LD after the story, outside the
// region the extension sends): unattributed-claim is shown as info, the
// other rules keep their severity; the CLI reports the same findings at
// their usual severity.
for (const name of ['opinion-section.html', 'opinion-ld.html']) {
  test(`opinion page: unattributed-claim shown as info: ${name}`, async (t) => {
    const ref = await reference(join(pages, name));
    sourceOK(t, ref);
    assert.ok(ref.findings.some((f) => f.rule === 'attribution/unattributed-claim' && f.severity === 'warning'), 'the CLI reports an unattributed claim as a warning');
    const shown = (f) => (f.rule === 'attribution/unattributed-claim' ? 'info' : f.severity);
    const page = await open('/' + name);
    const got = await checked(page);
    assert.equal(got.status, 'ok');
    assert.equal(got.meta?.opinion, true);
    assert.deepEqual(got.findings.map((f) => [f.rule, f.severity, norm(f.text)]), ref.findings.map((f) => [f.rule, shown(f), norm(f.text)]));
    const by = await highlightsBy(page);
    const want = {};
    for (const f of ref.findings) (want['attrlint-' + shown(f)] ??= []).push(norm(f.text));
    for (const k of Object.keys(want)) want[k].sort();
    assert.deepEqual(by, want);
    const popup = await ctx.newPage();
    await popup.goto(`chrome-extension://${extId}/popup.html?tab=${await tabId(page.url())}&url=${encodeURIComponent(page.url())}`);
    await popup.waitForFunction(() => /opinion page/.test(document.getElementById('status').textContent));
    await popup.close(); await page.close();
  });
}

test('the options page keeps unattributed-claim to the kinds of claim checked', async (t) => {
  const UC = 'attribution/unattributed-claim';
  const others = ['prediction', 'intent', 'allegation', 'causal', 'comparison'];
  const all = await reference(join(pages, 'furniture.html'));
  const ref = await reference(join(pages, 'furniture.html'), { claims: others });
  sourceOK(t, ref);
  assert.ok(ref.findings.some((f) => f.rule === UC), 'a claim of another kind is still reported');
  assert.ok(ref.findings.length < all.findings.length, 'the CLI reports fewer findings without statistics');
  const saved = () => sw.evaluate(async (id) => (await chrome.storage.local.get('rules')).rules?.[id] ?? {}, UC);
  const opt = await ctx.newPage();
  await opt.goto(`chrome-extension://${extId}/options.html`);
  await opt.waitForSelector('#claims input[value="statistic"]');
  await opt.uncheck('#claims input[value="statistic"]');
  for (let i = 0; i < 50 && !(await saved()).claims; i++) await opt.waitForTimeout(50);
  assert.deepEqual((await saved()).claims, others);
  const page = await open('/furniture.html');
  const got = await checked(page);
  assert.deepEqual(got.findings.map((f) => [f.rule, f.severity, norm(f.text)]), ref.findings.map((f) => [f.rule, f.severity, norm(f.text)]));
  assert.ok(got.findings.every((f) => f.rule !== UC || !f.message.startsWith('unattributed statistic')));
  // Every kind checked again: no setting is kept, and statistics are back.
  await opt.check('#claims input[value="statistic"]');
  for (let i = 0; i < 50 && (await saved()).claims; i++) await opt.waitForTimeout(50);
  assert.equal((await saved()).claims, undefined);
  await opt.close(); await page.close();
  const again = await open('/furniture.html');
  assert.deepEqual((await checked(again)).findings.map((f) => norm(f.text)), all.findings.map((f) => norm(f.text)));
  await again.close();
});

test('the per-site switch in the popup turns checking off and on again', async () => {
  const page = await open('/article.html');
  const before = await checked(page);
  const painted = sortTexts(await highlights(page));
  assert.ok(painted.length > 0);
  const id = await tabId(page.url());
  const popupURL = `chrome-extension://${extId}/popup.html?tab=${id}&url=${encodeURIComponent(page.url())}`;
  const flip = async (on) => {
    const popup = await ctx.newPage();
    await popup.goto(popupURL);
    await popup.waitForFunction(() => document.getElementById('status').textContent !== '');
    assert.equal(await popup.isChecked('#site-on'), !on);
    await popup.click('#site-on');
    await popup.waitForFunction((want) => want ? /finding/.test(document.getElementById('status').textContent) : /off for this site/.test(document.getElementById('status').textContent), on, { timeout: 10000 });
    await popup.close();
  };
  try {
    await flip(false);
    // Off: the highlights go, nothing is linted, also after a reload.
    assert.deepEqual(await highlights(page), []);
    assert.equal((await findings(page)).status, 'off');
    const lints = await sw.evaluate(() => globalThis.attrlint.stats.lints);
    await page.reload();
    const off = await checked(page);
    assert.equal(off.status, 'off');
    assert.deepEqual(off.findings, []);
    assert.deepEqual(await highlights(page), []);
    assert.equal(await sw.evaluate(() => globalThis.attrlint.stats.lints), lints, 'a switched-off site is not linted');
    // The worker refuses it too (a check sent before the page had read the
    // switch), and lints another host.
    const [refused, other] = await sw.evaluate(async () => [
      await globalThis.attrlint.lintPage({ html: '<p>Experts say it will rain.</p>', url: 'http://127.0.0.1/x', host: '127.0.0.1' }),
      await globalThis.attrlint.lintPage({ html: '<p>Experts say it will rain.</p>', url: 'http://localhost/x', host: 'localhost' })]);
    assert.deepEqual(refused, { off: true, findings: [] });
    assert.ok(!other.off && other.findings.length > 0, JSON.stringify(other));
    assert.equal(await sw.evaluate(() => globalThis.attrlint.stats.lints), lints + 1, 'only the other host is linted');
    const [b, n] = await page.evaluate(() => [window.__before, document.documentElement.outerHTML]);
    assert.equal(n, b);
    // Other sites are unaffected: the switch names 127.0.0.1 only.
    const { disabledSites } = await sw.evaluate(() => chrome.storage.local.get('disabledSites'));
    assert.deepEqual(disabledSites, ['127.0.0.1']);
  } finally {
    await flip(true);
  }
  const again = await checked(page, (f) => f.status === 'ok');
  assert.deepEqual(again.findings.map((f) => f.text), before.findings.map((f) => f.text));
  assert.deepEqual(sortTexts(await highlights(page)), painted);
  await page.close();
});

// Where the CSS Custom Highlight API is missing (older browsers), nothing is
// painted and the page's DOM is not touched: the findings are still listed
// in the popup, a click selects the finding's text (the Selection changes no
// element) and shows its card. The API is removed from the content script's
// world only, by a prelude in a test copy of the extension; the page's own
// world keeps it, so the test can see that nothing was registered.
test('without the CSS Custom Highlight API: no painting, no DOM change, findings listed and revealed', async (t) => {
  const dir = testBuild('delete globalThis.Highlight; delete CSS.highlights;');
  const { c, w } = await launch(dir);
  const requests = [];
  c.on('request', (r) => requests.push(r.url()));
  const id = new URL(w.url()).host;
  try {
    await w.evaluate((o) => globalThis.attrlint.enableSite(o), srv.origin);
    const page = await c.newPage();
    await page.addInitScript(() => { document.addEventListener('DOMContentLoaded', () => { window.__before = document.documentElement.outerHTML; }); });
    await page.goto(srv.origin + '/article.html');
    const tab = await w.evaluate(async (u) => (await chrome.tabs.query({})).find((x) => x.url === u)?.id, page.url());
    let got = null;
    for (let i = 0; i < 100 && !(got?.status === 'ok'); i++) { got = await w.evaluate((x) => chrome.tabs.sendMessage(x, { type: 'findings' }).catch(() => null), tab); await page.waitForTimeout(100); }
    assert.equal(got?.status, 'ok');
    assert.equal(got.painter, 'none');
    const ref = await reference(join(pages, 'article.html'));
    sourceOK(t, ref);
    assert.deepEqual(got.findings.map((f) => [f.rule, norm(f.text)]), ref.findings.map((f) => [f.rule, norm(f.text)]));
    assert.ok(got.findings.every((f) => f.painted), 'every finding was located in the page');
    assert.deepEqual(await page.evaluate(() => [...CSS.highlights.keys()]), []);
    const popup = await c.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html?tab=${tab}&url=${encodeURIComponent(page.url())}`);
    await popup.waitForSelector('button.finding');
    assert.match(await popup.textContent('#status'), /cannot highlight/);
    const listed = await popup.$$eval('button.finding', (bs) => bs.map((b) => b.textContent));
    assert.deepEqual(listed.map(norm).sort(), ref.findings.map((f) => norm(f.text)).sort());
    await popup.click('button.finding');
    await page.waitForFunction(() => document.querySelector('attrlint-card')?.shadowRoot?.textContent.length > 0);
    const selected = await page.evaluate(() => getSelection().toString());
    assert.ok(ref.findings.some((f) => norm(f.text) === norm(selected)), `selection ${JSON.stringify(selected)}`);
    await popup.close();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('attrlint-card'));
    const [b, n] = await page.evaluate(() => [window.__before, document.documentElement.outerHTML]);
    assert.ok(b);
    assert.equal(n, b);
    assert.deepEqual(requests.filter((u) => !u.startsWith(srv.origin + '/') && !u.startsWith('chrome-extension://' + id + '/')), []);
  } finally {
    await c.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('"Check this page" checks a page of a site that is not opted in', async (t) => {
  const url = srv.origin.replace('127.0.0.1', 'localhost') + '/article.html';
  const page = await ctx.newPage();
  await page.addInitScript(() => { document.addEventListener('DOMContentLoaded', () => { window.__before = document.documentElement.outerHTML; }); });
  await page.goto(url);
  await page.waitForTimeout(300);
  assert.equal(await findings(page), null, 'no content script on a site that is not opted in');
  const id = await tabId(page.url());
  assert.deepEqual(await sw.evaluate((i) => globalThis.attrlint.handle({ type: 'checkTab', tabId: i }, {}), id), { ok: true });
  const got = await checked(page);
  const ref = await reference(join(pages, 'article.html'));
  sourceOK(t, ref);
  assert.deepEqual(got.findings.map((f) => [f.rule, f.severity, norm(f.text)]), ref.findings.map((f) => [f.rule, f.severity, norm(f.text)]));
  assert.deepEqual(sortTexts(await highlights(page)), sortTexts(ref.findings.map((f) => f.text)));
  const [b, n] = await page.evaluate(() => [window.__before, document.documentElement.outerHTML]);
  assert.equal(n, b);
  await page.close();
});

test('the extension makes no network requests', async () => {
  const foreign = extRequests.filter((u) => !u.startsWith(srv.origin + '/') && !u.startsWith(srv.origin.replace('127.0.0.1', 'localhost') + '/') && !u.startsWith('chrome-extension://' + extId + '/'));
  assert.deepEqual(foreign, []);
  // Every request the server saw is a page a test opened itself.
  const pagesOpened = srv.requests.filter((u) => u !== '/favicon.ico' /* the browser's own */ && !/^\/([\w-]+\.html|gen\/article\?[\w=&]+)$/.test(u));
  assert.deepEqual(pagesOpened, []);
  const fromExt = extRequests.filter((u) => u.startsWith('chrome-extension://') && !/\.(html|js|css|wasm)$/.test(new URL(u).pathname));
  assert.deepEqual(fromExt, []);
});
