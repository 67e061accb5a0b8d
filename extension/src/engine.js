// engine.js: loads bin/attrlint.wasm (a wasip1 reactor) and wraps ABI v1
// (wasm/ABI.md). Runs in the Chromium service worker, the Firefox background
// page and Node (tests). No network: the module bytes come from the caller.

const ENOSYS = 52, EBADF = 8, SUCCESS = 0;

// wasiImports returns a minimal wasi_snapshot_preview1: no files, no
// environment, real clocks and randomness. While answering, the module
// calls only clock_time_get, random_get and poll_oneoff with clock
// subscriptions (wasm/ABI.md).
export function wasiImports(getMemory) {
  const view = () => new DataView(getMemory().buffer);
  const bytes = () => new Uint8Array(getMemory().buffer);
  const zeroCounts = (a, b) => { view().setUint32(a, 0, true); view().setUint32(b, 0, true); return SUCCESS; };
  const nowNs = () => BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e6));
  const imports = {
    args_sizes_get: zeroCounts,
    args_get: () => SUCCESS,
    environ_sizes_get: zeroCounts,
    environ_get: () => SUCCESS,
    clock_time_get: (id, _precision, out) => {
      const t = id === 0 ? nowNs() : BigInt(Math.round(performance.now() * 1e6));
      view().setBigUint64(out, t, true);
      return SUCCESS;
    },
    clock_res_get: (_id, out) => { view().setBigUint64(out, 1000n, true); return SUCCESS; },
    random_get: (ptr, len) => { crypto.getRandomValues(bytes().subarray(ptr, ptr + len)); return SUCCESS; },
    fd_write: (fd, iovs, n, written) => {
      // Only a Go runtime crash writes (to stderr): forward it to the console.
      const v = view(); let total = 0; let s = '';
      for (let i = 0; i < n; i++) {
        const p = v.getUint32(iovs + i * 8, true), l = v.getUint32(iovs + i * 8 + 4, true);
        s += new TextDecoder().decode(bytes().subarray(p, p + l)); total += l;
      }
      if (fd === 1 || fd === 2) console.error('attrlint.wasm:', s);
      view().setUint32(written, total, true);
      return SUCCESS;
    },
    fd_fdstat_get: (fd, out) => {
      if (fd > 2) return EBADF;
      const v = view(); v.setUint8(out, 2); v.setUint16(out + 2, 0, true);
      v.setBigUint64(out + 8, 0n, true); v.setBigUint64(out + 16, 0n, true);
      return SUCCESS;
    },
    fd_close: () => EBADF,
    fd_prestat_get: () => EBADF,
    fd_prestat_dir_name: () => EBADF,
    proc_exit: (code) => { throw new Error('attrlint.wasm exited with ' + code); },
    sched_yield: () => SUCCESS,
    // The Go scheduler sleeps for a timer with a clock subscription when a
    // garbage collection runs inside a call; ENOSYS there makes the Go
    // runtime throw. Wait (busily: a worker cannot block, at most 100 ms)
    // for the earliest clock deadline, then report the clock subscriptions;
    // any other subscription gets EBADF (there are no files).
    poll_oneoff: (inPtr, outPtr, nsubs, neventsPtr) => {
      const v = view();
      const nowFor = (id) => (id === 0 ? nowNs() : BigInt(Math.round(performance.now() * 1e6)));
      let wait = -1n, clockId = 1;
      for (let i = 0; i < nsubs; i++) {
        const sub = inPtr + i * 48;
        if (v.getUint8(sub + 8) !== 0) continue;
        const id = v.getUint32(sub + 16, true), timeout = v.getBigUint64(sub + 24, true);
        const abs = (v.getUint16(sub + 40, true) & 1) === 1;
        const rel = abs ? timeout - nowFor(id) : timeout;
        if (wait < 0n || rel < wait) { wait = rel; clockId = id; }
      }
      if (wait > 0n) {
        const until = nowFor(clockId) + (wait < 100_000_000n ? wait : 100_000_000n);
        while (nowFor(clockId) < until) { /* a worker cannot sleep synchronously */ }
      }
      let n = 0;
      for (let i = 0; i < nsubs; i++) {
        const sub = inPtr + i * 48, ev = outPtr + n * 32, tag = v.getUint8(sub + 8);
        v.setBigUint64(ev, v.getBigUint64(sub, true), true); // userdata
        v.setUint16(ev + 8, tag === 0 ? SUCCESS : EBADF, true);
        v.setUint8(ev + 10, tag);
        v.setBigUint64(ev + 16, 0n, true);
        v.setUint16(ev + 24, 0, true);
        n++;
      }
      v.setUint32(neventsPtr, n, true);
      return SUCCESS;
    },
  };
  // Anything else the module imports (pinned by wasm/imports_test.go) is
  // never called while answering; answer ENOSYS instead of failing to link.
  return new Proxy(imports, { get: (t, k) => (k in t ? t[k] : () => ENOSYS), has: () => true });
}

const enc = new TextEncoder(), dec = new TextDecoder();

export class Engine {
  static async fromModule(module) {
    let memory = null;
    const wasi = wasiImports(() => memory);
    const imports = {};
    for (const imp of WebAssembly.Module.imports(module)) {
      if (imp.module !== 'wasi_snapshot_preview1') throw new Error('unexpected import ' + imp.module + '.' + imp.name);
      (imports[imp.module] ||= {})[imp.name] = wasi[imp.name];
    }
    const instance = await WebAssembly.instantiate(module, imports);
    memory = instance.exports.memory;
    instance.exports._initialize();
    const e = new Engine(instance.exports);
    if (e.x.abi_version() !== 1) throw new Error('attrlint.wasm ABI ' + e.x.abi_version() + ', want 1');
    return e;
  }

  constructor(exports) { this.x = exports; }

  result(r) {
    const rp = Number(r >> 32n), rn = Number(r & 0xffffffffn);
    const out = new Uint8Array(this.x.memory.buffer, rp, rn).slice();
    this.x.free(rp);
    return out;
  }

  callBytes(name, data) {
    const t0 = performance.now();
    const p = this.x.alloc(data.length);
    if (p === 0) return enc.encode(JSON.stringify({ abi: 1, error: { code: 'too_large', message: 'request too large' } }));
    new Uint8Array(this.x.memory.buffer, p, data.length).set(data);
    const t1 = performance.now();
    const r = this.x[name](p, data.length);
    const t2 = performance.now();
    this.x.free(p);
    const out = this.result(r);
    this.timing = { copyIn: t1 - t0, wasm: t2 - t1, copyOut: performance.now() - t2 };
    return out;
  }

  // call: JSON in, JSON out; this.timing says where the time went.
  call(name, obj) {
    const t0 = performance.now();
    const req = enc.encode(JSON.stringify(obj));
    const t1 = performance.now();
    const out = this.callBytes(name, req);
    const t2 = performance.now();
    const res = JSON.parse(dec.decode(out));
    this.timing = { encode: t1 - t0, ...this.timing, decode: performance.now() - t2 };
    return res;
  }

  lint(req) { return this.call('lint', { abi: 1, ...req }); }
  rules() { return JSON.parse(dec.decode(this.result(this.x.rules()))); }
  corpusLoad(bytes) { return JSON.parse(dec.decode(this.callBytes('corpus_load', bytes))); }
  corpusAdd(req) { return this.call('corpus_add', { abi: 1, ...req }); }
  corpusClear() { return JSON.parse(dec.decode(this.result(this.x.corpus_clear()))); }
  // corpusExport returns the index bytes, or throws the module's JSON error.
  corpusExport() {
    const b = this.result(this.x.corpus_export());
    if (b[0] === 0x7b) throw new Error(JSON.parse(dec.decode(b)).error.message);
    return b;
  }
}
