// options.js: rules on/off and severities, and the kinds of claim
// unattributed-claim reports (storage.local); the corpus index file goes to
// IndexedDB and the background reloads it.
const api = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);

function idb() {
  return new Promise((resolve, reject) => {
    const r = indexedDB.open('attrlint', 1);
    r.onupgradeneeded = () => r.result.createObjectStore('corpus');
    r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error);
  });
}
async function idbSet(key, value) {
  const db = await idb();
  return new Promise((res, rej) => {
    const t = db.transaction('corpus', 'readwrite');
    if (value === undefined) t.objectStore('corpus').delete(key); else t.objectStore('corpus').put(value, key);
    t.oncomplete = () => res(); t.onerror = () => rej(t.error);
  });
}

// claimsRow: for a rule that takes a claims setting (the module's rules
// list names its kinds), a checkbox for each kind of claim; all checked
// saves no setting (every kind), and the last one checked cannot be
// unchecked (turn the rule off instead).
function claimsRow(id, kinds, saved) {
  const tr = document.createElement('tr'); tr.id = 'claims';
  const td = document.createElement('td'); td.colSpan = 3;
  const head = document.createElement('span'); head.className = 'note'; head.textContent = 'kinds of claim: ';
  td.append(head);
  const boxes = kinds.map((kind) => {
    const l = document.createElement('label');
    const c = document.createElement('input'); c.type = 'checkbox'; c.value = kind;
    c.checked = !saved?.length || saved.includes(kind);
    l.append(c, ' ' + kind + ' ');
    td.append(l);
    return c;
  });
  for (const c of boxes) {
    c.addEventListener('change', () => {
      const on = boxes.filter((b) => b.checked).map((b) => b.value);
      if (!on.length) { c.checked = true; return; }
      saveRule(id, { claims: on.length === boxes.length ? undefined : on });
    });
  }
  tr.append(td);
  return tr;
}

async function saveRule(id, patch) {
  const { rules = {} } = await api.storage.local.get('rules');
  rules[id] = { ...(rules[id] ?? {}), ...patch };
  for (const k of Object.keys(patch)) if (patch[k] === undefined) delete rules[id][k];
  await api.storage.local.set({ rules });
}

(async () => {
  const [{ rules: list = [] }, { rules: saved = {} }] = await Promise.all([api.runtime.sendMessage({ type: 'rules' }), api.storage.local.get('rules')]);
  const body = document.querySelector('#rules tbody');
  for (const r of list) {
    const tr = document.createElement('tr');
    const on = document.createElement('input'); on.type = 'checkbox'; on.checked = saved[r.id]?.enabled ?? true; on.dataset.rule = r.id;
    on.addEventListener('change', () => saveRule(r.id, { enabled: on.checked }));
    const sev = document.createElement('select'); sev.dataset.rule = r.id;
    for (const s of ['info', 'warning', 'error']) { const o = document.createElement('option'); o.value = o.textContent = s; sev.append(o); }
    sev.value = saved[r.id]?.severity ?? r.severity;
    sev.addEventListener('change', () => saveRule(r.id, { severity: sev.value }));
    const name = document.createElement('td'); name.textContent = r.id; name.title = r.doc;
    const c1 = document.createElement('td'); c1.append(on); const c3 = document.createElement('td'); c3.append(sev);
    tr.append(c1, name, c3); body.append(tr);
    if (r.claims?.length) body.append(claimsRow(r.id, r.claims, saved[r.id]?.claims));
  }
  const keep = $('keep-loaded');
  keep.checked = !!(await api.storage.local.get('keepLoaded')).keepLoaded;
  keep.addEventListener('change', () => api.storage.local.set({ keepLoaded: keep.checked }));
  $('corpus-file').addEventListener('change', async () => {
    const f = $('corpus-file').files[0]; if (!f) return;
    await idbSet('index', new Uint8Array(await f.arrayBuffer()));
    const res = await api.runtime.sendMessage({ type: 'corpusReload' });
    $('corpus-status').textContent = res.error ? 'Not loaded: ' + res.error.message : 'Loaded: ' + res.documents + ' document(s).';
  });
  $('corpus-clear').addEventListener('click', async () => {
    await idbSet('index', undefined);
    await api.runtime.sendMessage({ type: 'corpusReload' });
    $('corpus-status').textContent = 'No corpus loaded.';
  });
})();
