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
    const mod = await WebAssembly.compileStreaming(moduleResponse());
    startup.compiled = performance.now();
    startup.compile = startup.compiled - t0;
    const e = await Engine.fromModule(mod);
    startup.instantiated = performance.now();
    const bytes = await idbGet('index').catch(() => undefined);
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
// start), stopping early once five in a row take under 2 ms.
function tierUp(e, step = 0, fast = 0) {
  if (step >= 150 || fast >= 5) { startup.tierUp = { steps: step, done: performance.now() }; return; }
  const t = performance.now();
  e.lint({ text: WARMUP, format: 'html', config: { reader_mode: true } });
  const d = performance.now() - t;
  setTimeout(() => tierUp(e, step + 1, d < 2 ? fast + 1 : 0), 0);
}

// moduleResponse: the packaged attrlint.wasm, from the worker's copy in
// Cache Storage when it has one for this build (reading 7 MB from the
// extension package took 350-770 ms on a loaded 2-core machine, from Cache
// Storage 90-250 ms); the first start of a build makes the copy. The key is
// a name, not an address: nothing is fetched from it.
const CACHE = 'attrlint-module', KEY = 'https://attrlint.invalid/module/' + MODULE_ID + '.wasm';
async function moduleResponse() {
  const url = api.runtime.getURL('attrlint.wasm');
  let cache = null;
  try {
    cache = await globalThis.caches?.open(CACHE);
    const hit = await cache?.match(KEY);
    if (hit) { startup.from = 'cache'; return hit; }
  } catch { cache = null; }
  startup.from = 'package';
  const res = await fetch(url);
  if (cache) {
    const copy = res.clone();
    (async () => {
      const bytes = await copy.arrayBuffer();
      for (const k of await cache.keys()) if (k.url !== KEY) await cache.delete(k);
      await cache.put(KEY, new Response(bytes, { headers: { 'content-type': 'application/wasm' } }));
    })().catch(() => {});
  }
  return res;
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
async function lintPage({ html, url }) {
  stats.lints++;
  const t0 = performance.now();
  const [e, s] = await Promise.all([engine(), settings()]);
  const t1 = performance.now();
  const res = e.lint({ text: html, format: 'html', url: url ?? '', date: '', config: { rules: s.rules, reader_mode: true } });
  res.timing = { wait: t1 - t0, lint: performance.now() - t1, ...e.timing, bytes: html.length };
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

api.runtime.onStartup?.addListener(() => {});

// Dynamic registrations can be dropped when the extension reloads: register
// the opted-in sites again whenever the background starts.
(async () => {
  const { sites = [] } = await api.storage.local.get('sites');
  for (const o of sites) if (await api.permissions.contains({ origins: [new URL(o).protocol + '//' + new URL(o).hostname + '/*'] })) await enableSite(o).catch(() => {});
})().catch(() => {});
// The module is compiled at start-up (after the registrations above are
// under way), so it is ready, or nearly, when the first page asks.
engine();

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  handle(msg, sender).then(sendResponse, (err) => sendResponse({ error: { code: 'internal', message: String(err?.message ?? err) } }));
  return true;
});

globalThis.attrlint = { engine, lintPage, enableSite, handle, startup, stats };
