// keepwarm.test.mjs: the service worker's keep-warm policy (background.js
// keepWarm) against Chromium's real 30 s idle timeout: while a page of an
// opted-in site is open the worker is not stopped (the compiled module stays
// warm for the next page); with no such page open it is allowed to stop.
//
// Playwright cannot be used here: it attaches DevTools to every service
// worker, and Chromium never stops a worker DevTools is attached to (under
// Playwright the worker outlived 80 s idle with no page ever opened). So
// this test drives headless Chromium over a bare DevTools pipe
// (--remote-debugging-pipe), attaches to the page only, and watches the
// worker's running status through the ServiceWorker domain.
// Takes ~1.5-2 minutes (it has to outwait the timeout).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, cpSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { startServer } from './server.mjs';
import { root } from './reference.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// cdp: a minimal DevTools protocol client over the pipe (fd 3 in, fd 4 out;
// messages end with a NUL byte).
function cdp(proc) {
  const out = proc.stdio[3], inp = proc.stdio[4];
  let id = 0, buf = '';
  const calls = new Map(), listeners = [];
  inp.on('data', (chunk) => {
    buf += chunk.toString('utf8');
    for (let i; (i = buf.indexOf('\0')) >= 0;) {
      const msg = JSON.parse(buf.slice(0, i)); buf = buf.slice(i + 1);
      if (msg.id != null && calls.has(msg.id)) {
        const { resolve, reject } = calls.get(msg.id); calls.delete(msg.id);
        if (msg.error) reject(new Error(msg.error.message)); else resolve(msg.result);
      } else for (const l of listeners) l(msg);
    }
  });
  return {
    send: (method, params = {}, sessionId) => new Promise((resolve, reject) => {
      const m = { id: ++id, method, params };
      if (sessionId) m.sessionId = sessionId;
      calls.set(m.id, { resolve, reject });
      out.write(JSON.stringify(m) + '\0');
    }),
    on: (l) => listeners.push(l),
  };
}

test('the worker is kept warm while an opted-in page is open, and allowed to stop when none is', async () => {
  assert.ok(existsSync(CHROMIUM), CHROMIUM + ' is missing');
  const srv = await startServer();
  const ext = mkdtempSync(join(tmpdir(), 'attrlint-ext-'));
  cpSync(process.env.KEEPWARM_EXT ?? join(root, 'extension/dist/chromium'), ext, { recursive: true });
  const m = JSON.parse(readFileSync(join(ext, 'manifest.json'))); m.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(join(ext, 'manifest.json'), JSON.stringify(m));
  const profile = mkdtempSync(join(tmpdir(), 'attrlint-profile-'));
  const proc = spawn(CHROMIUM, ['--headless', '--remote-debugging-pipe', '--user-data-dir=' + profile, '--no-sandbox', '--disable-gpu',
    '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-extensions-except=' + ext, '--load-extension=' + ext, 'about:blank'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
  try {
    const c = cdp(proc);
    // The extension's id, from its worker's target (discovered, not attached).
    let extId = null;
    c.on((msg) => {
      const t = msg.method === 'Target.targetCreated' && msg.params.targetInfo;
      if (t && t.type === 'service_worker' && t.url.endsWith('/background.js')) extId = new URL(t.url).host;
    });
    await c.send('Target.setDiscoverTargets', { discover: true });
    for (let i = 0; i < 100 && !extId; i++) await sleep(100);
    assert.ok(extId, 'no extension service worker');

    const attach = async (url) => {
      const { targetId } = await c.send('Target.createTarget', { url });
      const { sessionId } = await c.send('Target.attachToTarget', { targetId, flatten: true });
      return { targetId, sessionId };
    };
    const evaluate = async (sessionId, expression) => (await c.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId)).result.value;

    // Opt the test site in from an extension page, as the popup does.
    const opts = await attach(`chrome-extension://${extId}/options.html`);
    for (let i = 0; i < 50 && (await evaluate(opts.sessionId, 'typeof chrome.runtime?.sendMessage')) !== 'function'; i++) await sleep(100);
    await evaluate(opts.sessionId, `chrome.runtime.sendMessage({ type: 'enableSite', origin: ${JSON.stringify(srv.origin)} })`);
    await c.send('Target.closeTarget', { targetId: opts.targetId });

    // The worker's running status, as the ServiceWorker domain reports it.
    const page = await attach('about:blank');
    const status = [];
    c.on((msg) => {
      if (msg.method !== 'ServiceWorker.workerVersionUpdated') return;
      for (const v of msg.params.versions) if (v.scriptURL.startsWith(`chrome-extension://${extId}/`)) status.push([Date.now(), v.runningStatus]);
    });
    await c.send('ServiceWorker.enable', {}, page.sessionId);
    const running = () => status.at(-1)?.[1];

    await c.send('Page.navigate', { url: srv.origin + '/gen/article?words=400' }, page.sessionId);
    let painted = false;
    for (let i = 0; i < 200 && !painted; i++) {
      await sleep(100);
      painted = await evaluate(page.sessionId, `[...CSS.highlights.keys()].some((k) => k.startsWith('attrlint-'))`).catch(() => false);
    }
    assert.ok(painted, 'the opted-in page was not checked');

    // 1. With the page open, the worker outlives the 30 s idle timeout.
    const t1 = Date.now();
    await sleep(50_000);
    const stops = status.filter(([t, s]) => t >= t1 && s === 'stopped');
    assert.equal(stops.length, 0, 'the worker was stopped while an opted-in page was open');
    assert.equal(running(), 'running');

    // 2. With no such page open (navigated away), it is allowed to stop.
    await c.send('Page.navigate', { url: 'about:blank' }, page.sessionId);
    const t2 = Date.now();
    for (let i = 0; i < 90 && running() !== 'stopped'; i++) await sleep(1000);
    assert.equal(running(), 'stopped', 'the worker was not stopped within 90 s of the last page closing');
    return { stoppedAfter: Date.now() - t2 };
  } finally {
    // Wait for the browser to exit before removing its profile.
    const exited = proc.exitCode != null ? Promise.resolve() : new Promise((r) => proc.once('exit', r));
    proc.kill();
    await Promise.race([exited, sleep(10_000)]);
    srv.server.close();
    rmSync(ext, { recursive: true, force: true });
    try { rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 }); } catch { /* a temp dir left behind */ }
  }
});
