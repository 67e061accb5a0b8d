// background.js: the Chromium service worker (module) and the Firefox
// background script. Loads the WASM module once, keeps it warm, answers the
// content script, popup, options and draft pages. No network requests: the
// module is read from the extension package, the corpus from IndexedDB.
import { Engine } from './engine.js';
import { MODULE_ID } from './build.js';

const api = globalThis.browser ?? globalThis.chrome;
const CONTENT = { js: ['content.js'], css: ['highlight.css'] };

let enginePromise = null;
// startup: ms since the worker started, for the speed test's report.
const startup = {};
function engine() {
  enginePromise ??= (async () => {
    const t0 = performance.now();
    // The corpus is read from IndexedDB while the module compiles (it was
    // read after, ~40 ms more before the first page could be answered).
    const corpus = idbGet('index').catch(() => undefined);
    const mod = await compileModule();
    startup.compiled = performance.now();
    startup.compile = startup.compiled - t0;
    const e = await Engine.fromModule(mod);
    startup.instantiated = performance.now();
    const bytes = await corpus;
    if (bytes) e.corpusLoad(new Uint8Array(bytes));
    startup.loaded = startup.ready = performance.now();
    // Then, in a task of its own (a page already waiting is answered first:
    // its lint takes the same cost), one lint of a short page: V8 compiles
    // WASM functions lazily on their first call, which made the first real
    // lint 5-10x slower than later ones. Then the tier-up slices.
    setTimeout(() => {
      const t = performance.now();
      e.lint({ text: WARMUP, format: 'html', config: { reader_mode: true } });
      startup.warmup = performance.now() - t;
      setTimeout(() => tierUp(e), 0);
    }, 0);
    return e;
  })();
  return enginePromise;
}

// tierUp lints the warm-up page again in small slices, between which real
// requests are answered, until V8 has optimised the hot functions: a lint
// runs ~10x faster in optimised code than in the baseline code V8 starts
// with. Bounded: at most 150 short lints (~0.3-2 s of CPU, once per worker
// start), stopping early once five in a row take under 2 ms. Then the
// module's copy in Cache Storage is made, if it has none.
function tierUp(e, step = 0, fast = 0) {
  if (step >= 150 || fast >= 5) {
    startup.tierUp = { steps: step, done: performance.now() };
    setTimeout(copyModule, 0);
    return;
  }
  const t = performance.now();
  e.lint({ text: WARMUP, format: 'html', config: { reader_mode: true } });
  const d = performance.now() - t;
  setTimeout(() => tierUp(e, step + 1, d < 2 ? fast + 1 : 0), 0);
}

// compileModule compiles the packaged attrlint.wasm, from one of two
// sources. A fetch() of the package: Chromium keeps the compiled module,
// optimised code included, in its WASM code cache next to the package URL
// (V8 writes it once the tier-up below has optimised enough functions), and
// the next compile from the package reads it back instead of compiling, so
// Go's start-up and the first page's lint run compiled code at once (V8
// compiled 9-60 functions lazily on their first call after a worker stop,
// 1,612 without the cache). Or the worker's copy in Cache Storage (made by
// copyModule): read ~3x faster than the package (8.5 MB: ~80-230 ms
// against ~270-1,080 ms here), but never code-cached (Chromium gives a
// Response from Cache Storage no code cache handler), so compiled lazily
// on first calls. At a browser start the package reads slowest (1.4-2 s
// here, the browser busy starting) and the first page comes later, after
// the copy's slow start-up is over: there the copy is faster. So the
// worker waits for the event it was started for (dispatched just after
// this script runs), looking the copy up meanwhile: for the browser's
// start (runtime.onStartup; an install, an update or a reload fires
// onInstalled) it compiles the copy if there is one; for a page (its
// 'hello' or port), the popup or anything else, the package. The copy is
// the module's own (keyed by its hash): a new build starts from the
// package. Measured in extension/README.md (Speed). The copy's key is a
// name, not an address: nothing is fetched from it.
const CACHE = 'attrlint-module', KEY = 'https://attrlint.invalid/module/' + MODULE_ID + '.wasm';
const moduleURL = () => api.runtime.getURL('attrlint.wasm');
let wokeFor;
const woke = new Promise((resolve) => { wokeFor = resolve; });
// Firefox (moz-extension:) has no such code cache: it always compiles the
// copy when there is one, as before.
const codeCache = () => moduleURL().startsWith('chrome-extension:');
async function compileModule() {
  // The copy is looked up meanwhile (its body is read only if compiled).
  const copy = (async () => (await globalThis.caches?.open(CACHE))?.match(KEY))().catch(() => undefined);
  const why = codeCache() ? await Promise.race([woke, new Promise((r) => setTimeout(r, 250, 'unknown'))]) : 'any start (no code cache)';
  startup.woke = why;
  startup.decided = performance.now();
  const c = (why === 'browser' || !codeCache()) && (await copy);
  if (c) {
    startup.from = 'copy';
    return WebAssembly.compileStreaming(c);
  }
  startup.from = 'package';
  return WebAssembly.compileStreaming(fetch(moduleURL()));
}
async function copyModule() {
  if (startup.from !== 'package' || !globalThis.caches) return;
  try {
    const cache = await caches.open(CACHE);
    if (await cache.match(KEY)) { startup.copied = 'present'; return; }
    const bytes = await (await fetch(moduleURL())).arrayBuffer();
    for (const k of await cache.keys()) if (k.url !== KEY) await cache.delete(k);
    await cache.put(KEY, new Response(bytes, { headers: { 'content-type': 'application/wasm' } }));
    startup.copied = performance.now();
  } catch { /* the next start reads the package again */ }
}

// A short invented news page that takes the engine through its main paths
// (figures, quotes, attribution, a dateline, a credit line).
const WARMUP = '<!DOCTYPE html><html lang="en"><head><title>Warm-up</title><meta property="article:published_time" content="2024-01-02"></head><body><article><h1>Town weighs bridge plan</h1><p class="byline">By A. Writer</p>' +
  '<p>RIVERTON (AP) — Nearly 60 percent of residents oppose the plan, and the council will vote on it next week.</p>' +
  '<p>"We cannot wait any longer," said Mayor Jo Park, who expects 1,200 people at the meeting. Experts say the repairs will cost $4 million.</p>' +
  '<blockquote>"It is the worst flooding on record."</blockquote><ul><li>The bridge opened in 1961 and carries 9,000 cars a day, officials said.</li></ul>' +
  '<p>Critics argue the town could lose 300 jobs.</p><p>Copyright 2024 The Associated Press.</p></article></body></html>';

// The settings every lint reads, cached and refreshed when they change.
let settingsPromise = null;
api.storage.onChanged?.addListener((changes) => { if (changes.rules || changes.disabledSites) settingsPromise = null; });

// IndexedDB keeps the reader's corpus index (storage.local is capped).
function idb() {
  if (!globalThis.indexedDB) return Promise.reject(new Error('no IndexedDB'));
  return new Promise((resolve, reject) => {
    const r = indexedDB.open('attrlint', 1);
    r.onupgradeneeded = () => r.result.createObjectStore('corpus');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}
async function idbGet(key) {
  const db = await idb();
  return new Promise((res, rej) => { const q = db.transaction('corpus').objectStore('corpus').get(key); q.onsuccess = () => res(q.result); q.onerror = () => rej(q.error); });
}
async function idbPut(key, value) {
  const db = await idb();
  return new Promise((res, rej) => { const t = db.transaction('corpus', 'readwrite'); t.objectStore('corpus').put(value, key); t.oncomplete = () => res(); t.onerror = () => rej(t.error); });
}

function settings() {
  settingsPromise ??= api.storage.local.get(['rules', 'disabledSites']).then((s) => ({ rules: s.rules ?? {}, disabledSites: s.disabledSites ?? [] }));
  return settingsPromise;
}

// lintPage lints serialised HTML in reader mode; on opinion pages
// unattributed-claim shows as info.
const stats = { lints: 0 }; // page lints answered (the tests read it)
async function lintPage({ html, url, host }) {
  const t0 = performance.now();
  const [e, s] = await Promise.all([engine(), settings()]);
  if (host && s.disabledSites.includes(host)) return { off: true, findings: [] }; // switched off: not linted
  stats.lints++;
  keepWarm.lastCheck = t0;
  const t1 = performance.now();
  const res = e.lint({ text: html, format: 'html', url: url ?? '', date: '', config: { rules: s.rules, reader_mode: true } });
  // recv: when the request reached the worker (ms since the epoch, as the
  // page's performance.timeOrigin + now()), for the speed test's split of
  // the round trip into the request's and the reply's legs.
  res.timing = { wait: t1 - t0, lint: performance.now() - t1, ...e.timing, bytes: html.length, recv: performance.timeOrigin + t0 };
  if (res.error) return res;
  if (res.meta?.opinion) for (const f of res.findings) if (f.rule === 'attribution/unattributed-claim') f.severity = 'info';
  return res;
}

async function handle(msg, sender) {
  switch (msg.type) {
    case 'lint': {
      const res = await lintPage(msg);
      const tabId = sender.tab?.id;
      if (tabId != null && api.action) {
        const n = res.findings?.length ?? 0;
        api.action.setBadgeText({ tabId, text: n ? String(n) : '' });
        api.action.setBadgeBackgroundColor?.({ tabId, color: '#8a4b00' });
      }
      return res;
    }
    case 'lintDraft': {
      const [e, s] = await Promise.all([engine(), settings()]);
      return e.lint({ text: msg.text, format: msg.format, config: { rules: s.rules } });
    }
    case 'hello': engine(); return { ok: true }; // a page is loading: start the module if the worker was asleep
    case 'rules': return (await engine()).rules();
    case 'corpusReload': {
      const e = await engine();
      const bytes = await idbGet('index');
      return bytes ? e.corpusLoad(new Uint8Array(bytes)) : e.corpusClear();
    }
    case 'corpusAdd': {
      const e = await engine();
      const res = e.corpusAdd({ text: msg.html, format: 'html', url: msg.url ?? '', title: msg.title ?? '' });
      if (!res.error) await idbPut('index', e.corpusExport());
      return res;
    }
    case 'checkTab': return checkTab(msg.tabId);
    case 'enableSite': return enableSite(msg.origin);
    default: return { error: { code: 'bad_request', message: 'unknown message ' + msg.type } };
  }
}

// checkTab runs the checker once in the active tab (activeTab + scripting).
async function checkTab(tabId) {
  await api.scripting.insertCSS({ target: { tabId }, files: CONTENT.css });
  await api.scripting.executeScript({ target: { tabId }, files: CONTENT.js });
  return { ok: true };
}

// enableSite registers the content script for an origin whose optional host
// permission the reader granted (requested from the popup at run time).
async function enableSite(origin) {
  const u = new URL(origin);
  const id = 'site:' + u.hostname;
  const have = await api.scripting.getRegisteredContentScripts({ ids: [id] });
  const { sites = [] } = await api.storage.local.get('sites');
  if (!sites.includes(u.origin)) await api.storage.local.set({ sites: [...sites, u.origin] });
  // document_start: the content script wakes the worker while the page
  // parses and checks at DOMContentLoaded (content.js).
  const script = { id, matches: [u.protocol + '//' + u.hostname + '/*'], ...CONTENT, runAt: 'document_start', persistAcrossSessions: true };
  if (have.length === 0) {
    await api.scripting.registerContentScripts([script])
      .catch((err) => { if (!/Duplicate script ID/.test(String(err?.message))) throw err; });
  } else if (have[0].runAt !== script.runAt) {
    await api.scripting.updateContentScripts([script]); // registered by an older version
  }
  return { ok: true };
}

// The worker is started at the browser's start (onStartup; onInstalled
// after an install, an update or a reload) or for a page's message or port:
// compileModule reads the module from where that start is fastest.
api.runtime.onStartup?.addListener(() => wokeFor('browser'));
api.runtime.onInstalled?.addListener(() => wokeFor('browser'));

// Dynamic registrations can be dropped when the extension reloads: register
// the opted-in sites again whenever the background starts.
(async () => {
  const { sites = [] } = await api.storage.local.get('sites');
  for (const o of sites) if (await api.permissions.contains({ origins: [new URL(o).protocol + '//' + new URL(o).hostname + '/*'] })) await enableSite(o).catch(() => {});
})().catch(() => {});
// The module is compiled at start-up (after the registrations above are
// under way), so it is ready, or nearly, when the first page asks.
engine();

// answer runs one request; a page lint's timing says when the reply left.
function answer(msg, sender) {
  return handle(msg, sender).then((res) => {
    if (res?.timing) res.timing.sent = performance.timeOrigin + performance.now();
    return res;
  }, (err) => ({ error: { code: 'internal', message: String(err?.message ?? err) } }));
}

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  wokeFor('page');
  answer(msg, sender).then(sendResponse);
  return true;
});

// Keeping warm. A page with the content script (an opted-in site, or a
// page checked with "Check this page") keeps a port open to the worker
// (content.js). Chromium stops an idle
// extension service worker after 30 s, and the next page then waits for the
// module to be read, compiled and instantiated and for its first, slow
// lints again. So while at least one such page is open, and for at most
// keepWarm.maxIdle after the last page check, the worker makes one cheap
// extension API call every keepWarm.every ms (Chrome 110+ resets the idle
// timer on extension API calls). With no such page open, or after
// maxIdle without a check (a tab left open for hours), it makes none and
// the browser stops the worker as usual. Nothing else is done: no network,
// no timer while no page is open.
// The reader can choose to keep the checker loaded while the browser runs
// (options page, storage.local keepLoaded): then the pings go on with no
// page open, at the cost of the module's memory (~100 MB), and the first
// check after a pause does not wait for a cold start.
const keepWarm = { every: 20_000, maxIdle: 15 * 60_000, pages: 0, lastCheck: performance.now(), pings: 0, timer: 0, always: false };
function keepWarmTick() {
  keepWarm.timer = 0;
  const idle = keepWarm.pages <= 0 || performance.now() - keepWarm.lastCheck > keepWarm.maxIdle;
  if (idle && !keepWarm.always) return; // let the worker stop
  keepWarm.pings++;
  api.runtime.getPlatformInfo?.()?.catch?.(() => {});
  keepWarm.timer = setTimeout(keepWarmTick, keepWarm.every);
}
keepWarm.tick = keepWarmTick;
function keepLoaded(on) {
  keepWarm.always = !!on;
  if (keepWarm.always) { engine(); keepWarm.timer ||= setTimeout(keepWarmTick, keepWarm.every); }
}
api.storage.local.get('keepLoaded').then((s) => keepLoaded(s?.keepLoaded), () => {});
api.storage.onChanged?.addListener((changes) => { if (changes.keepLoaded) keepLoaded(changes.keepLoaded.newValue); });
api.runtime.onConnect?.addListener((port) => {
  wokeFor('page');
  if (port.name !== 'attrlint-page') return;
  keepWarm.pages++;
  keepWarm.timer ||= setTimeout(keepWarmTick, keepWarm.every);
  engine(); // a page is loading: start the module if the worker was asleep
  port.onDisconnect.addListener(() => { keepWarm.pages--; });
});

globalThis.attrlint = { engine, lintPage, enableSite, handle, startup, stats, keepWarm };
