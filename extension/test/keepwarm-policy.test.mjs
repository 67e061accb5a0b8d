// keepwarm-policy.test.mjs: the background's keep-warm policy (background.js
// keepWarm) under Node with a stand-in `browser` API: with no page open the
// worker pings (stays loaded) only while the reader's keepLoaded option is
// on; with a page open it pings either way. The real idle stop of Chromium
// is tested in keepwarm.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './reference.mjs';

const dist = join(root, 'extension/dist/firefox');

test('keep-warm pings follow open pages and the keepLoaded option', async () => {
  assert.ok(existsSync(join(dist, 'background.js')), 'run extension/build.sh first');
  const changed = []; let platformCalls = 0; let connect = null;
  const stored = { keepLoaded: false };
  globalThis.browser = {
    runtime: {
      getURL: (p) => 'moz-extension://test/' + p, onMessage: { addListener: () => {} },
      onConnect: { addListener: (f) => { connect = f; } },
      getPlatformInfo: async () => { platformCalls++; return { os: 'linux' }; },
    },
    storage: { local: { get: async (k) => (typeof k === 'string' ? { [k]: stored[k] } : {}) }, onChanged: { addListener: (f) => changed.push(f) } },
  };
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (url) => new Response(readFileSync(join(dist, new URL(url).pathname.slice(1))), { headers: { 'content-type': 'application/wasm' } });
  try {
    await import(pathToFileURL(join(dist, 'background.js')));
    const { keepWarm } = globalThis.attrlint;
    await new Promise((r) => setTimeout(r, 0)); // the keepLoaded read
    clearTimeout(keepWarm.timer);
    const tick = () => { const before = platformCalls; keepWarm.tick(); clearTimeout(keepWarm.timer); return platformCalls - before; };

    assert.equal(keepWarm.always, false);
    assert.equal(tick(), 0, 'no page, option off: no ping (the worker may stop)');

    const fire = (v) => { for (const f of changed) f({ keepLoaded: { newValue: v } }, 'local'); clearTimeout(keepWarm.timer); };
    fire(true);
    assert.equal(keepWarm.always, true);
    assert.equal(tick(), 1, 'no page, option on: ping');
    keepWarm.lastCheck = performance.now() - 2 * keepWarm.maxIdle;
    assert.equal(tick(), 1, 'option on: ping even long after the last check');

    fire(false);
    assert.equal(tick(), 0, 'option off again: no ping');
    let onDisconnect = null;
    connect({ name: 'attrlint-page', onDisconnect: { addListener: (f) => { onDisconnect = f; } } });
    clearTimeout(keepWarm.timer);
    keepWarm.lastCheck = performance.now();
    assert.equal(tick(), 1, 'a page open and checked lately: ping');
    keepWarm.lastCheck = performance.now() - 2 * keepWarm.maxIdle;
    assert.equal(tick(), 0, 'a page open but idle past maxIdle: no ping');
    onDisconnect();
    keepWarm.lastCheck = performance.now();
    assert.equal(tick(), 0, 'the page closed: no ping');
  } finally {
    globalThis.fetch = realFetch;
  }
});
