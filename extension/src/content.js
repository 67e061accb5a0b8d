// content.js: thin. Serialises the live DOM, asks the background to lint it,
// resolves the findings' locators in the same live DOM and paints them with
// the CSS Custom Highlight API. It never changes the page's DOM: the only
// element it ever adds is the hover card's host, while a card is shown.
(() => {
  if (globalThis.__attrlintContent) { globalThis.__attrlintContent.check(); return; }
  const api = globalThis.browser ?? globalThis.chrome;
  const SEVERITIES = ['info', 'warning', 'error'];
  const state = { findings: [], ranges: [], status: 'pending', meta: null, card: null, seq: 0 };

  const norm = (s) => s.replace(/\s+/g, ' ').trim();

  // English check: the lang attribute, then the share of common English words.
  function notEnglish() {
    const lang = (document.documentElement.lang || '').toLowerCase();
    if (lang && !lang.startsWith('en')) return 'lang=' + lang;
    const words = ((document.querySelector('article') ?? document.querySelector('main') ?? document.body)?.innerText || '').toLowerCase().match(/[\p{L}']+/gu) || [];
    if (words.length < 40) return '';
    const common = new Set(['the', 'of', 'and', 'to', 'a', 'in', 'is', 'that', 'for', 'on', 'was', 'with', 'said', 'by', 'it', 'as', 'at', 'he', 'she', 'they', 'has', 'have', 'are', 'be', 'from']);
    const sample = words.slice(0, 2000);
    const hits = sample.filter((w) => common.has(w)).length;
    return hits / sample.length < 0.08 ? 'few English words' : '';
  }

  function serialise() {
    const dt = document.doctype ? '<!DOCTYPE ' + document.doctype.name + '>' : '';
    return dt + document.documentElement.outerHTML;
  }

  function resolve(locator) {
    let el = document.documentElement;
    if (!locator) return null;
    for (const part of locator.split('/')) {
      el = el?.children[Number(part)];
      if (!el) return null;
    }
    return el;
  }

  // rangeFor finds the finding's text (white space collapsed) inside the
  // element's text nodes; the guard drops it unless the Range says the same.
  function rangeFor(f) {
    const el = resolve(f.locator);
    if (!el || !f.text) return null;
    const map = []; let flat = ''; let space = true;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement?.closest('script,style,noscript,template') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const s = n.data;
      for (let i = 0; i < s.length; i++) {
        if (/\s/.test(s[i])) { if (space) continue; flat += ' '; space = true; } else { flat += s[i]; space = false; }
        map.push([n, i]);
      }
    }
    const want = norm(f.text);
    let at = -1;
    for (let k = 0, from = 0; k <= Math.max(0, f.occurrence ?? 0); k++) {
      at = flat.indexOf(want, from);
      if (at < 0) return null;
      from = at + 1;
    }
    const [sn, so] = map[at], [en, eo] = map[at + want.length - 1];
    const r = document.createRange();
    r.setStart(sn, so); r.setEnd(en, eo + 1);
    return norm(r.toString()) === want ? r : null;
  }

  function paint() {
    const bySev = { info: [], warning: [], error: [] };
    state.ranges = [];
    for (const f of state.findings) {
      const r = rangeFor(f);
      f.painted = !!r;
      if (!r) continue;
      state.ranges.push([r, f]);
      (bySev[f.severity] ?? bySev.warning).push(r);
    }
    if (globalThis.CSS?.highlights && globalThis.Highlight) {
      for (const s of SEVERITIES) {
        if (bySev[s].length) CSS.highlights.set('attrlint-' + s, new Highlight(...bySev[s]));
        else CSS.highlights.delete('attrlint-' + s);
      }
    }
    // Without the API nothing is painted in the page; the popup still lists
    // the findings and the card still shows on hover (no DOM mutation).
  }

  async function check() {
    const site = location.hostname;
    const s = await api.storage.local.get('disabledSites');
    if ((s.disabledSites ?? []).includes(site)) { state.status = 'off'; state.findings = []; paint(); return; }
    const why = notEnglish();
    if (why) { state.status = 'skipped: not English (' + why + ')'; return; }
    const seq = ++state.seq;
    const res = await api.runtime.sendMessage({ type: 'lint', html: serialise(), url: location.href });
    if (seq !== state.seq) return;
    if (res?.error) { state.status = 'error: ' + res.error.message; return; }
    state.findings = res.findings; state.meta = res.meta; state.status = 'ok';
    paint();
  }

  // The hover card lives in a shadow root and is filled with textContent only.
  function showCard(f, rect) {
    hideCard();
    const host = document.createElement('attrlint-card');
    host.style.cssText = 'position:fixed;z-index:2147483647;left:' + Math.max(4, rect.left) + 'px;top:' + (rect.bottom + 6) + 'px';
    const root = host.attachShadow({ mode: 'open' });
    const box = document.createElement('div');
    box.setAttribute('part', 'card');
    box.style.cssText = 'font:13px/1.4 system-ui,sans-serif;max-width:28em;background:#fff;color:#111;border:1px solid #888;border-radius:6px;padding:8px 10px;box-shadow:0 2px 8px rgba(0,0,0,.25)';
    const line = (tag, text, css) => { const e = document.createElement(tag); e.textContent = text; if (css) e.style.cssText = css; box.append(e); return e; };
    line('div', f.rule + ' (' + f.severity + ')', 'font-weight:600');
    line('div', f.message);
    for (const ev of f.evidence ?? []) {
      const d = line('div', '', 'margin-top:6px;border-top:1px solid #ddd;padding-top:4px');
      const t = document.createElement('div'); t.textContent = [ev.title, ev.date].filter(Boolean).join(', '); t.style.fontWeight = '600';
      const q = document.createElement('div'); q.textContent = '“' + (ev.text ?? '') + '”';
      d.append(t, q);
      if (ev.url && /^https?:/.test(ev.url)) { const a = document.createElement('a'); a.href = ev.url; a.textContent = ev.url; a.rel = 'noreferrer'; a.target = '_blank'; d.append(a); }
    }
    root.append(box);
    document.documentElement.append(host);
    state.card = host;
  }
  function hideCard() { state.card?.remove(); state.card = null; }

  function findingAt(x, y) {
    for (const [r, f] of state.ranges) for (const rc of r.getClientRects()) {
      if (x >= rc.left && x <= rc.right && y >= rc.top && y <= rc.bottom) return [r, f];
    }
    return null;
  }
  let hovered = null;
  document.addEventListener('mousemove', (ev) => {
    if (state.card && ev.composedPath().includes(state.card)) return;
    const hit = findingAt(ev.clientX, ev.clientY);
    if (hit?.[1] === hovered) return;
    hovered = hit?.[1] ?? null;
    if (hit) showCard(hit[1], hit[0].getBoundingClientRect()); else hideCard();
  }, { passive: true });
  document.addEventListener('keydown', (ev) => { if (ev.key === 'Escape') hideCard(); });

  // Content added later is checked again (debounced); our card is ignored.
  let timer = 0;
  new MutationObserver((muts) => {
    if (muts.every((m) => m.target === state.card || [...m.addedNodes, ...m.removedNodes].every((n) => n === state.card))) return;
    clearTimeout(timer); timer = setTimeout(check, 300);
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

  api.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
    if (msg.type === 'findings') sendResponse({ status: state.status, meta: state.meta, findings: state.findings.map((f, i) => ({ i, rule: f.rule, severity: f.severity, message: f.message, text: f.text, painted: f.painted })) });
    else if (msg.type === 'reveal') {
      const hit = state.ranges.find(([, f]) => f === state.findings[msg.i]);
      if (hit) { hit[0].startContainer.parentElement?.scrollIntoView({ block: 'center' }); showCard(hit[1], hit[0].getBoundingClientRect()); }
      sendResponse({ ok: !!hit });
    } else if (msg.type === 'page') sendResponse({ html: serialise(), url: location.href, title: document.title });
    else if (msg.type === 'recheck') { check().then(() => sendResponse({ ok: true })); return true; }
    return false;
  });

  globalThis.__attrlintContent = { check };
  check();
})();
