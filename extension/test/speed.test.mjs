// speed.test.mjs: navigation commit (responseStart) to the first painted
// highlight, measured in the page, and where the time went. Cold, three
// ways: the first page after the extension is installed (fresh profile);
// the first page after the browser starts (the worker starts with the
// browser); the first page after the worker was stopped (as Chromium does
// after 30 s idle; the page's content script wakes it). Warm: later
// navigations. The page's own commit→DOMContentLoaded is reported too: the
// extension cannot paint before the DOM is complete.
// "messaging" is the round trip less the worker's own time: it includes the
// page's main thread being busy with its first layout and paint (the reply
// waits for it), so it grows with the page. Split into "to the worker" and
// "back to the page" by the two processes' clocks (performance.timeOrigin
// + now(); may be skewed by a few ms; their sum is exact), and "worker,
// after the lint" (the worker's own time outside the lint).
// The worker is stopped with DevTools' ServiceWorker.stopAllWorkers: under
// Playwright (DevTools attached) Chromium never stops it on its own.
// 1 MB pages: the navigation before the story (the story's region is
// complete only at the end), and after it (the content script checks as
// soon as the story is complete, before DOMContentLoaded).
// Prints the numbers (the issue's budgets: cold p95 <= 600 ms, warm p95 <=
// 100 ms on 2,000 words, 1 MB page warm <= 800 ms); asserts generous bounds
// only, since the 2-core machine is shared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, cpSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import os, { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';
import { startServer, article } from './server.mjs';
import { root } from './reference.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const RUNS = Number(process.env.SPEED_RUNS ?? 7);
// SPEED_ONLY: some cases only (for quick comparisons), comma-separated:
// install, start, stopped, cold (all three), warm.
const ONLY = (process.env.SPEED_ONLY ?? '').split(',').filter(Boolean);
const want = (k) => !ONLY.length || ONLY.some((x) => x === k || (x === 'cold' && k !== 'warm'));

function launch(ext, profile) {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, ignoreDefaultArgs: ['--disable-extensions'],
    args: ['--disable-extensions-except=' + ext, '--load-extension=' + ext, '--no-sandbox', '--disable-gpu', '--disable-quic',
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// timedPage: a page whose main world notes when the first attrlint highlight
// appears (polled; the init script is added once per page).
async function timedPage(ctx) {
  const page = await ctx.newPage();
  await page.addInitScript(() => {
    const t0 = performance.now();
    const poll = () => {
      for (const [name] of CSS.highlights) if (name.startsWith('attrlint-')) { window.__painted = performance.now(); return; }
      if (performance.now() - t0 < 20000) setTimeout(poll, 2);
    };
    poll();
  });
  return page;
}

// timeTo loads url and returns the ms from navigation commit (responseStart)
// to the first painted highlight, and where that time went: the content
// script's and the background's own marks (content.js state.timing).
async function timeTo(page, ctx, url) {
  await page.goto(url);
  const h = await page.waitForFunction(() => {
    if (!window.__painted) return null;
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    return [window.__painted - nav.responseStart, nav.responseStart, nav.domContentLoadedEventStart, fcp];
  }, null, { timeout: 20000, polling: 10 });
  const [total, commit, dcl, fcp] = await h.jsonValue();
  const sw = ctx.serviceWorkers().at(-1);
  const f = await sw.evaluate(async (u) => {
    const id = (await chrome.tabs.query({})).find((t) => t.url === u)?.id;
    return chrome.tabs.sendMessage(id, { type: 'findings' });
  }, url);
  const tm = f.timing ?? {};
  return {
    total,
    phases: {
      'commit→DOMContentLoaded': dcl - commit,
      'commit→first paint': fcp - commit,
      'commit→script': tm.injected - commit,
      'script→check': tm.start - tm.injected,
      extract: tm.extract,
      'English check': tm.english,
      'round trip': tm.roundTrip,
      'bg wait': tm.bg?.wait,
      'bg lint': tm.bg?.lint,
      'JSON+copy': tm.bg && tm.bg.lint - tm.bg.wasm,
      wasm: tm.bg?.wasm,
      'messaging': tm.bg && tm.roundTrip - tm.bg.wait - tm.bg.lint,
      '  worker, after the lint': tm.bg && tm.bg.sent - tm.bg.recv - tm.bg.wait - tm.bg.lint,
      '  to the worker': tm.toWorker,
      '  back to the page': tm.fromWorker,
      'resolve+paint': tm.paint,
      'paint→seen': commit + total - tm.done,
      'sent KB': tm.bg?.bytes / 1024,
      'checked early (share)': tm.early ? 1 : 0,
    },
  };
}
const p95 = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]; };
const med = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const fmt = (a) => `median ${med(a).toFixed(0)} ms, p95 ${p95(a).toFixed(0)} ms, n=${a.length}`;
// breakdown: the median of each phase over the runs.
const breakdown = (runs) => Object.keys(runs[0].phases).map((k) => `${k} ${med(runs.map((r) => r.phases[k] ?? NaN)).toFixed(1)}`).join(', ');
const tally = (xs) => Object.entries(xs.reduce((a, x) => ({ ...a, [x]: (a[x] ?? 0) + 1 }), {})).map(([k, n]) => `${k} ${n}x`).join(' / ');
const startupLine = (ss) => ['from', 'decided', 'compile', 'compiled', 'instantiated', 'ready', 'warmup'].map((k) => k === 'from' ? `module from ${tally(ss.map((s) => s.from + (s.woke ? ` (woke for ${s.woke})` : '')))}` : `${k} ${med(ss.map((s) => s[k] ?? NaN)).toFixed(0)}`).join(', ');
const report = (t, name, runs) => {
  if (process.env.SPEED_VERBOSE) for (const r of runs) t.diagnostic(`  run: total ${r.total.toFixed(0)}; ` + Object.entries(r.phases).map(([k, v]) => `${k.trim()} ${Number(v).toFixed(1)}`).join(', '));
  t.diagnostic(`${name}: ${fmt(runs.map((r) => r.total))}; minus the page's own commit→DOMContentLoaded: ${fmt(runs.map((r) => r.total - r.phases['commit→DOMContentLoaded']))}`);
  t.diagnostic(`  medians (ms): ${breakdown(runs)}`);
};

const worker = async (ctx) => ctx.serviceWorkers().at(-1) ?? (await ctx.waitForEvent('serviceworker'));

// wasmTrace records Chromium's own trace events for WASM streaming
// compilation and its code cache while fn runs (a browser-wide DevTools
// trace; used only around untimed steps): compiles (one per
// compileStreaming), hits (the compiled module came from the code cache,
// with the size of the code read), invalid entries, writes (modules written
// to the cache, with their sizes), the time V8 spent deserialising, and the
// number of functions V8 compiled lazily on their first call (most of a
// cold start without the cache).
async function wasmTrace(ctx, fn) {
  const s = await ctx.browser()?.newBrowserCDPSession();
  if (!s) { await fn(); return null; }
  const evs = [];
  s.on('Tracing.dataCollected', (d) => { for (const e of d.value) if (/wasm/i.test(e.name)) evs.push(e); });
  await s.send('Tracing.start', { traceConfig: { includedCategories: ['v8.wasm', 'disabled-by-default-devtools.timeline'], excludedCategories: ['*'] }, transferMode: 'ReportEvents' });
  try { await fn(); } finally {
    const done = new Promise((r) => s.once('Tracing.tracingComplete', r));
    await s.send('Tracing.end'); await done; await s.detach();
  }
  const named = (n) => evs.filter((e) => e.name === n);
  return {
    compiles: named('v8.wasm.streamFromResponseCallback').length,
    hits: named('v8.wasm.moduleCacheHit').map((e) => e.args?.consumedCacheSize ?? 0),
    invalid: named('v8.wasm.moduleCacheInvalid').length + named('v8.wasm.moduleCacheInvalidDigest').length,
    writes: named('v8.wasm.cachedModule').map((e) => e.args?.producedCacheSize ?? 0),
    deserialize: named('wasm.Deserialize').reduce((a, e) => a + (e.dur ?? 0) / 1000, 0),
    lazy: named('wasm.CompileLazy').length,
  };
}
const MB = (b) => (b / 1048576).toFixed(1) + ' MB';
const cacheLine = (c) => !c ? 'not traced (no browser DevTools session)' :
  `${c.compiles} streaming compile(s); code cache ${c.hits.length ? `HIT (${c.hits.map(MB).join(', ')} of compiled code read, deserialised in ${c.deserialize.toFixed(0)} ms)` : 'NOT HIT'}${c.invalid ? `, ${c.invalid} invalid entry` : ''}; ${c.lazy} functions compiled lazily; ${c.writes.length ? `module written to the cache ${c.writes.length}x (${c.writes.map(MB).join(', ')})` : 'nothing written to the cache'}`;

test('speed: commit to highlights', async (t) => {
  assert.ok(existsSync(CHROMIUM), CHROMIUM + ' is missing');
  const srv = await startServer();
  const ext = mkdtempSync(join(tmpdir(), 'attrlint-ext-'));
  // SPEED_EXT: another unpacked build to measure (e.g. an older one, for a
  // before/after comparison under the same load).
  cpSync(process.env.SPEED_EXT ?? join(root, 'extension/dist/chromium'), ext, { recursive: true });
  const m = JSON.parse(readFileSync(join(ext, 'manifest.json'))); m.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(join(ext, 'manifest.json'), JSON.stringify(m));
  const profile = mkdtempSync(join(tmpdir(), 'attrlint-profile-'));
  const url = (w, pad, seed, after = false) => `${srv.origin}/gen/article?words=${w}&padkb=${pad}&seed=${seed}${after ? '&pad=after' : ''}`;
  t.diagnostic(`2,000-word page ${article(2000).length} bytes; 1 MB page ${article(3000, 1000).length} bytes; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  let ctx = null;
  try {
    // 1. First page after install: a fresh profile each time.
    const install = [], startups = [];
    for (let i = 0; i < (want('install') ? RUNS : 0); i++) {
      const prof = mkdtempSync(join(tmpdir(), 'attrlint-cold-'));
      ctx = await launch(ext, prof);
      const w = await worker(ctx);
      await w.evaluate((o) => globalThis.attrlint.enableSite(o), srv.origin);
      install.push(await timeTo(await timedPage(ctx), ctx, url(2000, 0, i)));
      startups.push(await w.evaluate(() => globalThis.attrlint.startup));
      await ctx.close(); ctx = null;
      rmSync(prof, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    }
    if (install.length) {
      report(t, 'cold, first page after install', install);
      t.diagnostic('  worker start-up medians (ms since the worker started): ' + startupLine(startups));
    }

    // The profile used from here on: the site opted in, the worker's first
    // start done: its warm-up and tier-up, after which Chromium writes the
    // compiled module to its WASM code cache (V8 writes it once enough
    // functions are optimised, and again, larger, a few seconds later as
    // more are: the worker is given 10 s, as a reader's worker lives at
    // least 30 s after its last page). Builds before cold-start copied the
    // module to Cache Storage instead: wait for that too.
    ctx = await launch(ext, profile);
    let w = await worker(ctx);
    const firstStart = await wasmTrace(ctx, async () => {
      await w.evaluate((o) => globalThis.attrlint.enableSite(o), srv.origin);
      await w.evaluate(async () => {
        await globalThis.attrlint.engine(); const s = globalThis.attrlint.startup;
        for (let i = 0; i < 300 && !(s.tierUp && (s.copied || s.from !== 'package')); i++) await new Promise((r) => setTimeout(r, 100));
      });
      await new Promise((r) => setTimeout(r, 10000));
    });
    t.diagnostic('WASM code cache, the worker\'s first start (traced from just after the browser started, until 10 s after its tier-up): ' + cacheLine(firstStart));
    await ctx.close(); ctx = null;

    // 2. First page after the browser starts.
    const browserStart = [], startups2 = [];
    for (let i = 0; i < (want('start') ? RUNS : 0); i++) {
      ctx = await launch(ext, profile);
      w = await worker(ctx);
      // A command-line-loaded extension loses its dynamic registrations at
      // each launch and the worker registers them again (an installed one
      // keeps them): wait for that, as a reader's first page would not.
      await w.evaluate(async () => { for (let k = 0; k < 200 && (await chrome.scripting.getRegisteredContentScripts()).length === 0; k++) await new Promise((r) => setTimeout(r, 20)); });
      browserStart.push(await timeTo(await timedPage(ctx), ctx, url(2000, 0, 100 + i)));
      startups2.push(await w.evaluate(() => globalThis.attrlint.startup));
      await ctx.close(); ctx = null;
    }
    if (browserStart.length) {
      report(t, 'cold, first page after the browser starts', browserStart);
      t.diagnostic('  worker start-up medians (ms since the worker started): ' + startupLine(startups2));
    }

    // 3. First page after the worker was stopped, then warm pages.
    ctx = await launch(ext, profile);
    w = await worker(ctx);
    await w.evaluate(async () => { for (let k = 0; k < 200 && (await chrome.scripting.getRegisteredContentScripts()).length === 0; k++) await new Promise((r) => setTimeout(r, 20)); });
    const page = await timedPage(ctx);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await timeTo(page, ctx, url(2000, 0, 99));
    const restart = [], startups3 = [];
    for (let i = 0; i < (want('stopped') ? RUNS : 0); i++) {
      const before = ctx.serviceWorkers().at(-1);
      await before.evaluate(() => { globalThis.__old = true; });
      await cdp.send('ServiceWorker.stopAllWorkers');
      for (let k = 0; k < 50 && ctx.serviceWorkers().includes(before); k++) await page.waitForTimeout(50);
      const r = await timeTo(page, ctx, url(2000, 0, 200 + i));
      const now = ctx.serviceWorkers().at(-1);
      if (await now.evaluate(() => globalThis.__old === true)) { t.diagnostic('the worker did not stop: restart not measured'); break; }
      restart.push(r);
      startups3.push(await now.evaluate(() => globalThis.attrlint.startup));
    }
    if (restart.length) {
      report(t, 'cold, first page after the worker was stopped', restart);
      t.diagnostic('  worker start-up medians (ms since the worker started): ' + startupLine(startups3));
    }
    // Was the module compiled from Chromium's WASM code cache? One more first
    // page after a stop, traced (not timed: tracing slows the browser).
    {
      const before = ctx.serviceWorkers().at(-1);
      await cdp.send('ServiceWorker.stopAllWorkers');
      for (let k = 0; k < 50 && ctx.serviceWorkers().includes(before); k++) await page.waitForTimeout(50);
      const c = await wasmTrace(ctx, () => timeTo(page, ctx, url(2000, 0, 300)));
      t.diagnostic('WASM code cache, one more first page after the worker was stopped (traced): ' + cacheLine(c));
    }
    // Warm: the worker has finished its start-up work (the tier-up slices).
    const tu = await ctx.serviceWorkers().at(-1).evaluate(async () => { for (let k = 0; k < 300 && !globalThis.attrlint.startup.tierUp; k++) await new Promise((r) => setTimeout(r, 100)); return globalThis.attrlint.startup.tierUp; });
    t.diagnostic(`worker tier-up before the warm runs: ${JSON.stringify(tu)}`);
    const warm = [], big = [], bigAfter = [];
    const W = want('warm') ? RUNS : 0;
    for (let i = 0; i < 3 * W; i++) warm.push(await timeTo(page, ctx, url(2000, 0, i)));
    for (let i = 0; i < W; i++) big.push(await timeTo(page, ctx, url(3000, 1000, i)));
    for (let i = 0; i < W; i++) bigAfter.push(await timeTo(page, ctx, url(3000, 1000, i, true)));
    if (W) {
      report(t, 'warm 2,000 words', warm);
      report(t, 'warm 1 MB page (1 MB of navigation before the story)', big);
      report(t, 'warm 1 MB page (the story first, 1 MB of navigation after it)', bigAfter);
    }
    // The lint alone in the worker (V8), after the runs above.
    w = ctx.serviceWorkers().at(-1);
    const v8 = await w.evaluate(async (html) => {
      const e = await globalThis.attrlint.engine();
      const ts = [];
      for (let i = 0; i < 30; i++) { const t0 = performance.now(); e.lint({ text: html, format: 'html', config: {} }); ts.push(performance.now() - t0); }
      return { ts, tierUp: globalThis.attrlint.startup.tierUp };
    }, article(2000, 0, 5));
    t.diagnostic(`lint of a 2,000-word page in the worker (V8), 30 calls: median ${med(v8.ts).toFixed(1)} ms, min ${Math.min(...v8.ts).toFixed(1)} ms; tier-up warm-up: ${JSON.stringify(v8.tierUp)}`);
    await ctx.close(); ctx = null;
    // The same pages in a browser without the extension: how long the page
    // alone takes from commit to DOMContentLoaded, the least any checker
    // that waits for the complete story can take.
    if (W) {
      const bare = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
      try {
        const bp = await bare.newPage();
        const alone = async (u) => {
          await bp.goto(u, { waitUntil: 'domcontentloaded' });
          const [commit, dcl] = await bp.evaluate(() => { const n = performance.getEntriesByType('navigation')[0]; return [n.responseStart, n.domContentLoadedEventStart]; });
          return dcl - commit;
        };
        for (const [name, u] of [['2,000 words', (i) => url(2000, 0, i)], ['1 MB page, navigation first', (i) => url(3000, 1000, i)], ['1 MB page, story first', (i) => url(3000, 1000, i, true)]]) {
          const ts = [];
          for (let i = 0; i < W; i++) ts.push(await alone(u(i)));
          t.diagnostic(`without the extension, ${name}: commit→DOMContentLoaded ${fmt(ts)}`);
        }
      } finally { await bare.close(); }
    }
    const p = (r) => (r.length ? p95(r.map((x) => x.total)) : 0);
    assert.ok(p(install) < 15000 && p(browserStart) < 10000 && p(warm) < 3000 && p(big) < 10000 && p(bigAfter) < 10000, `far over budget: p95 install ${p(install)}, browser start ${p(browserStart)}, warm ${p(warm)}, 1 MB ${p(big)}, 1 MB story first ${p(bigAfter)} ms`);
  } finally {
    await ctx?.close();
    srv.server.close();
    rmSync(ext, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
});
