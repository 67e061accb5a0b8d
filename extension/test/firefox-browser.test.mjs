// firefox-browser.test.mjs: the Firefox build (MV3, background scripts, not a
// service worker) in headless Debian Firefox ESR, driven over WebDriver BiDi
// by puppeteer-core (playwright-core can drive only its own patched Firefox).
// Fails (never skips) without the browser: apt-get install -y firefox-esr.
//
// The test copy of dist/firefox gets the host permission for 127.0.0.1 and a
// static content script for it: the state after a reader opted the site in
// (the extension registers that content script at run time; a temporary
// add-on cannot be granted an optional permission from the popup here).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, cpSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import puppeteer from 'puppeteer-core';
import { startServer } from './server.mjs';
import { reference, root, requireTools } from './reference.mjs';

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const pages = join(root, 'extension/test/pages');
const norm = (s) => s.replace(/\s+/g, ' ').trim();
const sortTexts = (a) => a.map(norm).sort();
let srv, browser, ext;
const offHost = []; // requests for any host but the test server's (see before)

function testBuild() {
  const dir = mkdtempSync(join(tmpdir(), 'attrlint-ff-'));
  cpSync(join(root, 'extension/dist/firefox'), dir, { recursive: true });
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json')));
  assert.deepEqual(m.background, { scripts: ['background.js'], type: 'module' }, 'Firefox runs background scripts');
  m.host_permissions = ['http://127.0.0.1/*'];
  m.content_scripts = [{ matches: ['http://127.0.0.1/*'], js: ['content.js'], css: ['highlight.css'], run_at: 'document_start' }];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
  return dir;
}

before(async () => {
  assert.ok(existsSync(FIREFOX), `${FIREFOX} is missing: apt-get install -y firefox-esr`);
  srv = await startServer();
  ext = testBuild();
  // Every request for another host goes to the test server as a proxy and is
  // recorded there (127.0.0.1 itself is never proxied): the extension must
  // send none.
  // Firefox's own remote-settings client (blocklists, certificates; its
  // server cannot be changed by a pref in a release build) is the browser's
  // doing, not the extension's: set aside by its exact host.
  const own = (u) => /^(https?:\/\/)?firefox\.settings\.services\.mozilla\.com(:443)?(\/|$)/.test(u);
  srv.server.on('connect', (req, sock) => { if (!own(req.url)) offHost.push('CONNECT ' + req.url); sock.destroy(); });
  srv.server.prependListener('request', (req) => { if (/^[a-z]+:\/\//i.test(req.url) && !own(req.url)) offHost.push(req.method + ' ' + req.url); });
  const port = new URL(srv.origin).port;
  browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: true,
    extraPrefsFirefox: { 'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': Number(port),
      'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': Number(port), 'network.proxy.no_proxies_on': '' },
  });
  await browser.installExtension(ext);
});
after(async () => { await browser?.close(); srv?.server.close(); if (ext) rmSync(ext, { recursive: true, force: true }); });

// painted: the texts of the attrlint highlights, once there are at least
// `min` of them (read from the page's own world).
async function painted(page, min = 1) {
  await page.waitForFunction((n) => {
    let k = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith('attrlint-')) k += h.size;
    return k >= n;
  }, { timeout: 30000, polling: 50 }, min);
  return page.evaluate(() => {
    const out = [];
    for (const [name, h] of CSS.highlights) if (name.startsWith('attrlint-')) for (const r of h) out.push(r.toString());
    return out;
  });
}

async function open(path) {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(() => { document.addEventListener('DOMContentLoaded', () => { window.__before = document.documentElement.outerHTML; }); });
  await page.goto(srv.origin + path);
  return page;
}

// article: a plain story; csp: under a strict CSP; furniture: claims in the
// page's furniture that must not be linted; disable: the publisher's
// attrlint-disable comments, which reader mode ignores.
for (const name of ['article.html', 'csp.html', 'furniture.html', 'disable.html']) {
  test(`Firefox: highlights equal the CLI's findings and the DOM is unchanged: ${name}`, async (t) => {
    const ref = await reference(join(pages, name));
    t.diagnostic(`reference from ${ref.source}: ${ref.findings.length} finding(s)`);
    if (requireTools) assert.equal(ref.source, 'cli');
    assert.ok(ref.findings.length > 0, 'the page has findings');
    const page = await open('/' + name);
    const got = await painted(page, ref.findings.length);
    assert.deepEqual(sortTexts(got), sortTexts(ref.findings.map((f) => f.text)));
    const [was, now] = await page.evaluate(() => [window.__before, document.documentElement.outerHTML]);
    assert.ok(was, 'the DOMContentLoaded snapshot was taken');
    assert.equal(now, was);
    await page.close();
  });
}

test('Firefox: text added after load gets checked', async () => {
  const page = await open('/late.html');
  const got = await painted(page);
  assert.ok(got.some((s) => s.includes('Nearly 80 percent of shops')), JSON.stringify(got));
  await page.close();
});

test('Firefox: the extension requests nothing from the network', () => {
  assert.deepEqual(offHost, [], 'requests for other hosts');
  // On the test server: only the pages the test opened (and the browser's
  // own favicon probe).
  const asked = srv.requests.filter((u) => u !== '/favicon.ico' && !/^[a-z]+:\/\//i.test(u));
  assert.deepEqual(asked.sort(), ['/article.html', '/csp.html', '/disable.html', '/furniture.html', '/late.html']);
});
