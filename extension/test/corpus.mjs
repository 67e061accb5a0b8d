// corpus.mjs: the example corpus index for the tests, from the CLI
// (`attrlint corpus build`), or, only when bin/attrlint is missing and
// ATTRLINT_REQUIRE_TOOLS is not 1, through the module's corpus_add (the
// same engine code).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, mkdtempSync } from 'node:fs';
import { join, extname } from 'node:path';
import { tmpdir } from 'node:os';
import { loadEngine, root, CLI, cliAvailable } from './reference.mjs';

export async function exampleCorpus(dir = join(root, 'examples/corpus')) {
  const out = join(mkdtempSync(join(tmpdir(), 'attrlint-corpus-')), 'corpus.idx');
  if (cliAvailable()) {
    execFileSync(CLI, ['corpus', 'build', dir, '-o', out], { stdio: 'pipe' });
    return { bytes: new Uint8Array(readFileSync(out)), source: 'cli' };
  }
  const e = await loadEngine();
  e.corpusClear();
  const walk = (d) => readdirSync(d).sort().flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  for (const f of walk(dir)) {
    const format = { '.txt': 'txt', '.md': 'md', '.html': 'html' }[extname(f)];
    if (!format) continue;
    const r = e.corpusAdd({ text: readFileSync(f, 'utf8'), format, path: f.slice(root.length + 1) });
    if (r.error) throw new Error(f + ': ' + r.error.message);
  }
  const bytes = e.corpusExport();
  e.corpusClear();
  return { bytes, source: 'module' };
}
