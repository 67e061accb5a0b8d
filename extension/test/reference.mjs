// reference.mjs: the findings the extension must show, from the CLI
// (`bin/attrlint --format json`), or through the module in Node when the CLI
// cannot answer (the wasm parity tests prove both give the same findings).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { Engine } from '../src/engine.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
let engineP = null;
export function loadEngine() {
  engineP ??= WebAssembly.compile(readFileSync(join(root, 'bin/attrlint.wasm'))).then((m) => Engine.fromModule(m));
  return engineP;
}

// reference returns {source, findings:[{rule, text}]} for a page file,
// linted in reader mode with the given corpus index file (or none).
export async function reference(file, { corpusFile, corpusBytes } = {}) {
  const args = ['--format', 'json', '--reader-mode'];
  if (corpusFile) args.push('--corpus', corpusFile);
  try {
    const out = execFileSync(join(root, 'bin/attrlint'), [...args, file], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
    return { source: 'cli', findings: fromCLI(out) };
  } catch (err) {
    if (err.status === 1 && err.stdout?.length) return { source: 'cli', findings: fromCLI(err.stdout.toString()) };
  }
  const e = await loadEngine();
  if (corpusBytes) e.corpusLoad(corpusBytes); else e.corpusClear();
  const r = e.lint({ text: readFileSync(file, 'utf8'), format: 'html', config: { reader_mode: true } });
  e.corpusClear();
  if (r.error) throw new Error(r.error.message);
  return { source: 'module', findings: r.findings.map(pick) };
}

const pick = (f) => ({ rule: f.rule, text: f.text });
function fromCLI(out) {
  const j = JSON.parse(out);
  const list = Array.isArray(j) ? j : j.findings ?? j.files?.flatMap((f) => f.findings) ?? [];
  return list.map(pick);
}
