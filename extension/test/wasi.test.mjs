// The WASI shim's poll_oneoff: the Go scheduler sleeps for a timer with it
// when a collection runs inside a call, and ENOSYS would crash the runtime.
import test from 'node:test';
import assert from 'node:assert/strict';
import { wasiImports } from '../src/engine.js';

test('poll_oneoff waits for a clock subscription and reports it; a file subscription gets EBADF', () => {
  const memory = new WebAssembly.Memory({ initial: 1 });
  const w = wasiImports(() => memory);
  const v = new DataView(memory.buffer);
  const subs = 0, out = 512, nevents = 1024;
  // clock: userdata 7, tag 0, monotonic clock, 20 ms relative
  v.setBigUint64(subs, 7n, true); v.setUint8(subs + 8, 0);
  v.setUint32(subs + 16, 1, true); v.setBigUint64(subs + 24, 20_000_000n, true); v.setUint16(subs + 40, 0, true);
  // fd_read on fd 0: userdata 9, tag 1
  v.setBigUint64(subs + 48, 9n, true); v.setUint8(subs + 56, 1); v.setUint32(subs + 64, 0, true);
  const t0 = performance.now();
  assert.equal(w.poll_oneoff(subs, out, 2, nevents), 0);
  const waited = performance.now() - t0;
  assert.ok(waited >= 19 && waited < 1000, `waited ${waited} ms for a 20 ms timeout`);
  assert.equal(v.getUint32(nevents, true), 2);
  assert.equal(v.getBigUint64(out, true), 7n);
  assert.equal(v.getUint16(out + 8, true), 0);
  assert.equal(v.getUint8(out + 10), 0);
  assert.equal(v.getBigUint64(out + 32, true), 9n);
  assert.equal(v.getUint16(out + 40, true), 8); // EBADF
  assert.equal(v.getUint8(out + 42), 1);
});

test('poll_oneoff with an absolute deadline in the past returns at once', () => {
  const memory = new WebAssembly.Memory({ initial: 1 });
  const w = wasiImports(() => memory);
  const v = new DataView(memory.buffer);
  v.setBigUint64(0, 1n, true); v.setUint8(8, 0);
  v.setUint32(16, 1, true); v.setBigUint64(24, 1n, true); v.setUint16(40, 1, true); // abstime 1 ns
  const t0 = performance.now();
  assert.equal(w.poll_oneoff(0, 512, 1, 1024), 0);
  assert.ok(performance.now() - t0 < 50);
  assert.equal(v.getUint32(1024, true), 1);
});
