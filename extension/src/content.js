// content.js: thin. Serialises the live DOM's article region (or the whole
// document when it has none), asks the background to lint it, resolves the
// findings' locators in the same live DOM and paints them with the CSS
// Custom Highlight API. It never changes the page's DOM: the only
// element it ever adds is the hover card's host, while a card is shown.
(() => {
  if (globalThis.__attrlintContent) { globalThis.__attrlintContent.check(); return; }
  const api = globalThis.browser ?? globalThis.chrome;
  const injected = performance.now();
  const SEVERITIES = ['info', 'warning', 'error'];
  const state = { findings: [], ranges: [], regions: null, status: 'pending', meta: null, card: null, seq: 0, timing: null };

  const norm = (s) => s.replace(/\s+/g, ' ').trim();

  // The article region, chosen as the engine chooses it (rules/document
  // articleRegion): the biggest non-furniture <article>, [itemprop=
  // articleBody], <main> or [role=main]. Only the outermost candidates are
  // sent, with the head's metadata (meta, canonical link, title, JSON-LD,
  // <html lang>, <time datetime>), so the engine sees the same candidates
  // and the same metadata as in the whole page and picks the same region,
  // for a fraction of the bytes. With no such region: the whole document.
  const CANDIDATES = 'article, main, [itemprop="articleBody"], [role="main"]';
  const NOISE_WORDS = new Set(['related', 'recommend', 'recommended', 'recommendations', 'newsletter', 'newsletters', 'promo', 'promos', 'share',
    'sharing', 'social', 'comment', 'comments', 'ad', 'ads', 'advert', 'adverts', 'advertisement', 'sidebar', 'outbrain',
    'taboola', 'sponsored', 'subscribe', 'paywall', 'breadcrumb', 'breadcrumbs']);
  const NOISE_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'search', 'dialog']);
  // noise mirrors rules/document noise(): page furniture by attributes.
  function noise(el) {
    for (const { name, value } of el.attributes) {
      if (name === 'hidden') return true;
      if (name === 'aria-hidden' && value === 'true') return true;
      if (name === 'role' && NOISE_ROLES.has(value)) return true;
      if (name === 'class' || name === 'id') {
        const v = value.toLowerCase();
        if (v.includes('more-stories') || v.includes('advert')) return true;
        for (const tok of v.split(/\s+/)) {
          const parts = tok.split(/[-_]/).filter(Boolean);
          for (let i = 0; i < parts.length; i++) {
            if ((parts[i] === 'ad' || parts[i] === 'ads') && (i > 0 || (parts.length > 1 && parts[1] === 'free'))) continue;
            if (NOISE_WORDS.has(parts[i])) return true;
          }
        }
      }
      if (name === 'style') {
        const v = value.toLowerCase().replaceAll(' ', '');
        if (v.includes('display:none') || v.includes('visibility:hidden')) return true;
      }
    }
    return false;
  }
  const escAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

  // extract returns what is sent ({html}) and how its locators map back to
  // the live DOM ({regions}: locator "1/k/..." is regions[k]; none: the
  // locator starts at <html>).
  function extract() {
    const cands = [...document.querySelectorAll(CANDIDATES)];
    if (!cands.some((c) => !noise(c))) {
      const dt = document.doctype ? '<!DOCTYPE ' + document.doctype.name + '>' : '';
      return { html: dt + document.documentElement.outerHTML, regions: null };
    }
    const regions = cands.filter((c) => !c.parentElement?.closest(CANDIDATES));
    const outside = (el) => !regions.some((r) => r.contains(el));
    const head = [];
    const title = document.head?.querySelector(':scope > title');
    if (title) head.push(title.outerHTML);
    for (const el of document.querySelectorAll('meta[content], link[rel], script[type]')) {
      if (el.localName === 'link' && el.getAttribute('rel').toLowerCase() !== 'canonical') continue;
      if (el.localName === 'script' && el.getAttribute('type').trim().toLowerCase() !== 'application/ld+json') continue;
      if (outside(el)) head.push(el.outerHTML);
    }
    const times = [...document.querySelectorAll('time[datetime]')].filter(outside).map((t) => '<time datetime="' + escAttr(t.getAttribute('datetime')) + '"></time>');
    const lang = document.documentElement.getAttribute('lang');
    const html = '<!DOCTYPE html><html' + (lang != null ? ' lang="' + escAttr(lang) + '"' : '') + '><head>' + head.join('') +
      '</head><body>' + regions.map((r) => r.outerHTML).join('') + times.join('') + '</body></html>';
    return { html, regions };
  }

  // English check: the lang attribute, then the share of common English
  // words in the text that is sent (textContent: no layout is forced).
  function notEnglish(regions) {
    const lang = (document.documentElement.lang || '').toLowerCase();
    if (lang && !lang.startsWith('en')) return 'lang=' + lang;
    let text = '';
    if (regions) text = regions.map((r) => r.textContent).join(' ');
    else if (document.body) {
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.parentElement?.closest('script,style,noscript,template') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
      for (let n = w.nextNode(); n && text.length < 40000; n = w.nextNode()) text += n.data + ' ';
    }
    const words = text.slice(0, 40000).toLowerCase().match(/[\p{L}']+/gu) || [];
    if (words.length < 40) return '';
    const common = new Set(['the', 'of', 'and', 'to', 'a', 'in', 'is', 'that', 'for', 'on', 'was', 'with', 'said', 'by', 'it', 'as', 'at', 'he', 'she', 'they', 'has', 'have', 'are', 'be', 'from']);
    const sample = words.slice(0, 2000);
    const hits = sample.filter((w) => common.has(w)).length;
    return hits / sample.length < 0.08 ? 'few English words' : '';
  }

  function resolve(locator, regions) {
    if (!locator) return null;
    const parts = locator.split('/');
    let el = document.documentElement;
    if (regions) {
      if (parts[0] !== '1' || parts.length < 2) return null;
      el = regions[Number(parts[1])];
      parts.splice(0, 2);
    }
    for (const part of parts) {
      el = el?.children[Number(part)];
      if (!el) return null;
    }
    return el ?? null;
  }

  // rangeFor finds the finding's text (white space collapsed) inside the
  // element's text nodes; the guard drops it unless the Range says the same.
  function rangeFor(f, regions) {
    const el = resolve(f.locator, regions);
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

  const painter = () => !!(globalThis.CSS?.highlights && globalThis.Highlight);
  function paint() {
    const bySev = { info: [], warning: [], error: [] };
    state.ranges = [];
    for (const f of state.findings) {
      const r = rangeFor(f, state.regions);
      f.painted = !!r;
      if (!r) continue;
      state.ranges.push([r, f]);
      (bySev[f.severity] ?? bySev.warning).push(r);
    }
    if (painter()) {
      for (const s of SEVERITIES) {
        if (bySev[s].length) CSS.highlights.set('attrlint-' + s, new Highlight(...bySev[s]));
        else CSS.highlights.delete('attrlint-' + s);
      }
    }
    // Without the API nothing is painted in the page; the popup still lists
    // the findings and the card still shows on hover (no DOM mutation).
  }

  // Whether checking is off for this site: read as soon as the script runs
  // (in parallel with the page's parsing), again when the setting changes.
  // offNow: the answer once known, so a check does not yield to the parser
  // (an await) just to read it.
  let offNow;
  const readOff = () => {
    offNow = undefined;
    const p = api.storage.local.get('disabledSites').then((s) => (s.disabledSites ?? []).includes(location.hostname), () => false);
    p.then((v) => { if (siteOff === p) offNow = v; });
    return p;
  };
  let siteOff = readOff();
  api.storage.onChanged?.addListener((changes) => { if (changes.disabledSites) siteOff = readOff(); });

  // A port to the worker, opened once the first check was answered: while
  // it is open the worker keeps itself warm (background.js, keepWarm).
  // Nothing is sent over it: the
  // checks stay one-off messages (sending them over the port was measured:
  // no faster, within this machine's noise). When the worker stops, the
  // port closes; the next check opens a new one.
  let port = null;
  function connect() {
    try {
      port = api.runtime.connect({ name: 'attrlint-page' });
      port.onDisconnect.addListener(() => { port = null; });
    } catch { port = null; }
  }
  // The port is opened after a reply, not before the request: opened at
  // document_start, while the worker was starting, the first check after a
  // cold start was slower in every A/B round (7 runs each, load 4-8: median
  // 1.8-2.2 s against 1.5-1.7 s with the one-off 'hello'; noisy).
  function request(msg) {
    const reply = api.runtime.sendMessage(msg).catch((err) => ({ error: { code: 'internal', message: String(err?.message ?? err) } }));
    reply.then(() => { if (!port) connect(); });
    return reply;
  }

  // check lints the page and paints the findings. early: the article region
  // is complete but the page is still loading (status stays 'pending'; the
  // check at DOMContentLoaded follows). reuse: if what would be sent equals
  // what the last check sent, its reply (maybe still on its way) is used
  // instead of linting again.
  async function check(opts = {}) {
    const t0 = performance.now();
    const seq = ++state.seq;
    const off = () => { state.status = 'off'; state.findings = []; state.regions = null; paint(); };
    // While the switch's stored value is still being read (the first check
    // of a page, at DOMContentLoaded, often comes first), the request goes
    // out at once and the worker, which keeps the setting in memory,
    // refuses a switched-off site without linting it; the answer read here
    // decides what is painted.
    if (offNow === true) { off(); return; }
    const { html, regions } = extract();
    const t1 = performance.now();
    const why = notEnglish(regions);
    if (why) { state.status = 'skipped: not English (' + why + ')'; state.findings = []; paint(); return; }
    const t2 = performance.now();
    const reused = !!(opts.reuse && state.last?.html === html);
    const reply = reused ? state.last.reply : request({ type: 'lint', html, url: location.href, host: location.hostname });
    state.last = { html, reply };
    const sent = performance.timeOrigin + t2;
    const [isOff, res] = await Promise.all([offNow ?? siteOff, reply]);
    const t3 = performance.now();
    if (seq !== state.seq) return;
    if (isOff || res?.off) { state.last = null; off(); return; }
    if (res?.error) { state.status = 'error: ' + res.error.message; return; }
    const first = !state.timing;
    state.findings = res.findings; state.meta = res.meta; state.regions = regions; state.status = opts.early ? 'pending' : 'ok';
    paint();
    const t4 = performance.now();
    // Where the time went (ms; reported by the speed test), for the check
    // that painted first. performance.now() here shares the page's time
    // origin; bg.recv and bg.sent are ms since the epoch.
    if (first) {
      const bg = res.timing;
      state.timing = { injected, start: t0, extract: t1 - t0, english: t2 - t1, roundTrip: t3 - t2, paint: t4 - t3, done: t4, bg, early: !!opts.early,
        toWorker: bg && bg.recv - sent, fromWorker: bg && performance.timeOrigin + t3 - bg.sent };
    }
    if (!opts.early) state.timing.checks = (state.timing.checks ?? 0) + (reused ? 0 : 1);
  }

  // earlyRegion: whether the article region is already complete while the
  // page is still loading: every outermost candidate has been closed by the
  // parser (a node follows it), and one is a real story (not furniture, at
  // least 1,000 characters). On a long page whose story comes first, the
  // check then need not wait for the rest of the page.
  // Called after every chunk the parser adds: cheap until an <article> or
  // <main> exists (live collections; on a page with 1 MB of navigation
  // before the story a document walk each time slowed the parse), and a
  // region made of the other candidates waits for DOMContentLoaded.
  const closed = (el) => { for (let n = el; n && n !== document.documentElement; n = n.parentNode) if (n.nextSibling) return true; return false; };
  const articles = document.getElementsByTagName('article'), mains = document.getElementsByTagName('main');
  let walked = -Infinity;
  function earlyRegion() {
    const last = articles[articles.length - 1] ?? mains[mains.length - 1];
    if (!last || !closed(last)) return false;
    const now = performance.now();
    if (now - walked < 50) return false; // at most one walk per 50 ms
    walked = now;
    let story = false;
    for (const c of document.querySelectorAll(CANDIDATES)) {
      if (c.parentElement?.closest(CANDIDATES)) continue;
      if (!closed(c)) return false;
      if (!story && !noise(c) && c.textContent.length >= 1000) story = true;
    }
    return story;
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
  const observer = new MutationObserver((muts) => {
    if (muts.every((m) => m.target === state.card || [...m.addedNodes, ...m.removedNodes].every((n) => n === state.card))) return;
    clearTimeout(timer); timer = setTimeout(check, 300);
  });

  api.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
    if (msg.type === 'findings') sendResponse({ status: state.status, meta: state.meta, painter: painter() ? 'highlight' : 'none', timing: state.timing, findings: state.findings.map((f, i) => ({ i, rule: f.rule, severity: f.severity, message: f.message, text: f.text, painted: f.painted })) });
    else if (msg.type === 'reveal') {
      const hit = state.ranges.find(([, f]) => f === state.findings[msg.i]);
      if (hit) {
        hit[0].startContainer.parentElement?.scrollIntoView({ block: 'center' });
        // Without the Highlight API the finding is shown by selecting its
        // text (the Selection changes no element of the page).
        if (!painter()) { const sel = getSelection(); sel.removeAllRanges(); sel.addRange(hit[0].cloneRange()); }
        showCard(hit[1], hit[0].getBoundingClientRect());
      }
      sendResponse({ ok: !!hit });
    } else if (msg.type === 'page') sendResponse({ html: extract().html, url: location.href, title: document.title });
    else if (msg.type === 'recheck') { siteOff = readOff(); check().then(() => sendResponse({ ok: true })); return true; }
    return false;
  });

  globalThis.__attrlintContent = { check };
  // Registered for opted-in sites at document_start: the worker is woken
  // now (it compiles the module while the page parses) and the page is
  // checked as soon as its DOM is complete (DOMContentLoaded), without
  // waiting for images or document_idle. Injected later ("Check this
  // page"): checked at once.
  // As soon as the article region is complete (earlyRegion), it is checked
  // once more before DOMContentLoaded; at DOMContentLoaded the page is
  // checked again, which costs no second lint when the region and metadata
  // sent are unchanged.
  const start = (reuse) => { check({ reuse }); observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true }); };
  if (document.readyState === 'loading') {
    api.runtime.sendMessage({ type: 'hello' }).catch(() => {}); // wakes the worker: it compiles the module while the page parses
    let early = null;
    early = new MutationObserver(() => {
      if (!document.body || !earlyRegion()) return;
      early.disconnect(); early = null;
      check({ early: true });
    });
    early.observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', () => { early?.disconnect(); start(true); }, { once: true });
  } else start(false);
})();
