// popup.js: findings of the current tab grouped by rule; click scrolls to one.
const api = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);

async function currentTab() {
  if (params.has('tab')) return { id: Number(params.get('tab')), url: params.get('url') ?? '' };
  const [t] = await api.tabs.query({ active: true, currentWindow: true });
  return t;
}

function render(res, tab) {
  const groups = $('groups'); groups.replaceChildren();
  if (!res) { $('status').textContent = 'Not checked yet: press "Check this page".'; return; }
  if (res.status !== 'ok') { $('status').textContent = res.status === 'off' ? 'Checking is off for this site.' : res.status.startsWith('skipped') ? 'This page was skipped: attrlint checks English pages only (' + res.status + ').' : res.status; return; }
  $('status').textContent = res.findings.length + ' finding(s)' + (res.meta?.opinion ? ' (opinion page: unattributed claims shown as info)' : '') +
    (res.painter === 'none' ? '. This browser cannot highlight inside pages: click a finding to select its text.' : '');
  const byRule = new Map();
  for (const f of res.findings) { if (!byRule.has(f.rule)) byRule.set(f.rule, []); byRule.get(f.rule).push(f); }
  for (const [rule, list] of byRule) {
    const sec = document.createElement('section'); sec.className = 'rule';
    const h = document.createElement('h2'); h.textContent = rule + ' (' + list.length + ')';
    const ul = document.createElement('ul');
    for (const f of list) {
      const li = document.createElement('li'); const b = document.createElement('button');
      b.className = 'finding ' + f.severity; b.textContent = f.text || f.message; b.title = f.message;
      b.addEventListener('click', () => api.tabs.sendMessage(tab.id, { type: 'reveal', i: f.i }));
      li.append(b); ul.append(li);
    }
    sec.append(h, ul); groups.append(sec);
  }
}

async function refresh(tab) {
  let res = null;
  try { res = await api.tabs.sendMessage(tab.id, { type: 'findings' }); } catch { res = null; }
  render(res, tab);
  return res;
}

(async () => {
  const tab = await currentTab();
  let host = ''; try { host = new URL(tab.url).hostname; } catch {}
  const { disabledSites = [] } = await api.storage.local.get('disabledSites');
  $('site-on').checked = !disabledSites.includes(host);
  $('site-on').addEventListener('change', async () => {
    const { disabledSites: d = [] } = await api.storage.local.get('disabledSites');
    const next = $('site-on').checked ? d.filter((h) => h !== host) : [...new Set([...d, host])];
    await api.storage.local.set({ disabledSites: next });
    try { await api.tabs.sendMessage(tab.id, { type: 'recheck' }); } catch {}
    refresh(tab);
  });
  $('check').addEventListener('click', async () => {
    await api.runtime.sendMessage({ type: 'checkTab', tabId: tab.id });
    setTimeout(() => refresh(tab), 300);
  });
  $('auto').addEventListener('click', async () => {
    const origin = new URL(tab.url).origin;
    // Optional host permission, asked at run time for this site only.
    if (await api.permissions.request({ origins: [origin + '/*'] })) await api.runtime.sendMessage({ type: 'enableSite', origin });
  });
  $('add').addEventListener('click', async () => {
    const page = await api.tabs.sendMessage(tab.id, { type: 'page' });
    const res = await api.runtime.sendMessage({ type: 'corpusAdd', ...page });
    $('added').textContent = res.error ? 'Not added: ' + res.error.message : res.duplicate ? 'Already in your corpus.' : 'Added: your corpus holds ' + res.documents + ' page(s).';
  });
  refresh(tab);
})();
