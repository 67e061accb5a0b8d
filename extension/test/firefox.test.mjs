// firefox.test.mjs: loads the Firefox build's background script in Node with
// a stand-in for the WebExtension `browser` API and lints a page through it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root, reference } from './reference.mjs';

const dist = join(root, 'extension/dist/firefox');

test('Firefox background script lints a page with the module', async () => {
  assert.ok(existsSync(join(dist, 'background.js')), 'run extension/build.sh first');
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json')));
  assert.deepEqual(manifest.background, { scripts: ['background.js'], type: 'module' });
  let listener = null; const badges = [];
  globalThis.browser = {
    runtime: { getURL: (p) => 'moz-extension://test/' + p, onMessage: { addListener: (f) => { listener = f; } } },
    storage: { local: { get: async () => ({}) } },
    action: { setBadgeText: (o) => badges.push(o), setBadgeBackgroundColor: () => {} },
  };
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (url) => {
    assert.match(String(url), /^moz-extension:\/\/test\//, 'the background fetches only its own files');
    return new Response(readFileSync(join(dist, new URL(url).pathname.slice(1))), { headers: { 'content-type': 'application/wasm' } });
  };
  try {
    await import(pathToFileURL(join(dist, 'background.js')));
    assert.ok(listener, 'background registered a message listener');
    const file = join(root, 'extension/test/pages/article.html');
    const res = await new Promise((resolve) => listener({ type: 'lint', html: readFileSync(file, 'utf8'), url: 'https://example.org/a' }, { tab: { id: 7 } }, resolve));
    assert.equal(res.error, undefined);
    const ref = await reference(file);
    assert.deepEqual(res.findings.map((f) => [f.rule, f.text]), ref.findings.map((f) => [f.rule, f.text]));
    assert.deepEqual(badges.at(-1), { tabId: 7, text: res.findings.length ? String(res.findings.length) : '' });
  } finally {
    globalThis.fetch = realFetch;
  }
});
