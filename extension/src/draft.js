// draft.js: lints a pasted draft and highlights the findings in a copy of the
// text shown as text (never as HTML), by UTF-16 offsets.
const api = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);
let timer = 0;
let latest = 0; // the newest run; an older run's answer is dropped

// run lints the draft and paints its findings. Runs can overlap (typing
// schedules one, the button starts another): only the newest one paints,
// and it clears the old highlights only once its own answer is in, so the
// page never shows an empty state between two answers.
async function run() {
  clearTimeout(timer);
  const mine = ++latest;
  const text = $('draft').value;
  const format = $('format').value;
  const res = text.trim() ? await api.runtime.sendMessage({ type: 'lintDraft', text, format }) : null;
  if (mine !== latest) return;
  const view = $('view'); view.textContent = text;
  const node = view.firstChild;
  $('list').replaceChildren();
  for (const s of ['info', 'warning', 'error']) CSS.highlights?.delete('attrlint-' + s);
  if (!res) { $('count').textContent = ''; return; }
  if (res.error) { $('count').textContent = res.error.message; return; }
  $('count').textContent = res.findings.length + ' finding(s)';
  const bySev = { info: [], warning: [], error: [] };
  for (const f of res.findings) {
    const li = document.createElement('li'); li.textContent = f.rule + ' (' + f.severity + ') line ' + f.line + ': ' + f.message; $('list').append(li);
    if (!node || f.utf16_offset + f.utf16_length > node.length) continue;
    const r = document.createRange(); r.setStart(node, f.utf16_offset); r.setEnd(node, f.utf16_offset + f.utf16_length);
    (bySev[f.severity] ?? bySev.warning).push(r);
  }
  if (globalThis.Highlight) for (const s of Object.keys(bySev)) if (bySev[s].length) CSS.highlights.set('attrlint-' + s, new Highlight(...bySev[s]));
}
$('run').addEventListener('click', run);
$('format').addEventListener('change', run);
$('draft').addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(run, 400); });
