// background.js: the Chromium service worker (module) and the Firefox
// background script. Loads the WASM module once, keeps it warm, answers the
// content script, popup, options and draft pages. No network requests: the
// module is read from the extension package, the corpus from IndexedDB.
import { Engine } from './engine.js';

const api = globalThis.browser ?? globalThis.chrome;
const CONTENT = { js: ['content.js'], css: ['highlight.css'] };

let enginePromise = null;
function engine() {
  enginePromise ??= (async () => {
    const url = api.runtime.getURL('attrlint.wasm');
    const mod = await WebAssembly.compileStreaming(fetch(url));
    const e = await Engine.fromModule(mod);
    const bytes = await idbGet('index').catch(() => undefined);
    if (bytes) e.corpusLoad(new Uint8Array(bytes));
    return e;
  })();
  return enginePromise;
}
engine(); // warm at start-up

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

async function settings() {
  const s = await api.storage.local.get(['rules', 'disabledSites']);
  return { rules: s.rules ?? {}, disabledSites: s.disabledSites ?? [] };
}

// lintPage lints serialised HTML in reader mode; on opinion pages
// unattributed-claim shows as info.
async function lintPage({ html, url }) {
  const [e, s] = await Promise.all([engine(), settings()]);
  const res = e.lint({ text: html, format: 'html', url: url ?? '', date: '', config: { rules: s.rules, reader_mode: true } });
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
  if (have.length === 0) {
    await api.scripting.registerContentScripts([{ id, matches: [u.protocol + '//' + u.hostname + '/*'], ...CONTENT, runAt: 'document_idle', persistAcrossSessions: true }])
      .catch((err) => { if (!/Duplicate script ID/.test(String(err?.message))) throw err; });
  }
  return { ok: true };
}

// Dynamic registrations can be dropped when the extension reloads: register
// the opted-in sites again whenever the background starts.
(async () => {
  const { sites = [] } = await api.storage.local.get('sites');
  for (const o of sites) if (await api.permissions.contains({ origins: [new URL(o).protocol + '//' + new URL(o).hostname + '/*'] })) await enableSite(o).catch(() => {});
})().catch(() => {});
api.runtime.onStartup?.addListener(() => {});

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  handle(msg, sender).then(sendResponse, (err) => sendResponse({ error: { code: 'internal', message: String(err?.message ?? err) } }));
  return true;
});

globalThis.attrlint = { engine, lintPage, enableSite, handle };
