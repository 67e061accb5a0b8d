// reference.mjs: the findings the extension must show, from the CLI
// (`bin/attrlint --reader-mode --format json`, built from this tree by
// e2e.sh): reader mode ignores a page's attrlint-disable comments, as the
// extension does for readers. Only when bin/attrlint is
// missing, and ATTRLINT_REQUIRE_TOOLS is not 1, does it fall back to the
// module in Node (the wasm parity tests prove both give the same findings);
// the result says which one answered.
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { Engine } from '../src/engine.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = process.env.ATTRLINT_CLI ?? join(root, 'bin/attrlint');
export const requireTools = process.env.ATTRLINT_REQUIRE_TOOLS === '1';
let engineP = null;
export function loadEngine() {
  engineP ??= WebAssembly.compile(readFileSync(join(root, 'bin/attrlint.wasm'))).then((m) => Engine.fromModule(m));
  return engineP;
}

// cliAvailable: true when bin/attrlint exists; throws when it does not and
// the tools are required.
export function cliAvailable() {
  if (existsSync(CLI)) return true;
  if (requireTools) throw new Error(`${CLI} is missing (make build failed?) and ATTRLINT_REQUIRE_TOOLS=1: no fallback`);
  return false;
}

// runCLI runs the CLI and returns its JSON report; exit 0 and 1 are
// answers, anything else (2: usage or input error) is a failure.
export function runCLI(args, input) {
  let out;
  try {
    out = execFileSync(CLI, args, { input, stdio: [input == null ? 'ignore' : 'pipe', 'pipe', 'pipe'] }).toString();
  } catch (err) {
    if (err.status !== 1 || !err.stdout?.length) throw new Error(`attrlint ${args.join(' ')}: exit ${err.status}: ${err.stderr}`);
    out = err.stdout.toString();
  }
  return JSON.parse(out);
}

// reference returns {source, findings:[{rule, severity, text}]} for a page
// file, with the given corpus index file (or none), and unattributed-claim
// kept to the given kinds of claim (or all).
export async function reference(file, { corpusFile, corpusBytes, claims } = {}) {
  const text = readFileSync(file, 'utf8');
  const UC = 'attribution/unattributed-claim';
  if (cliAvailable()) {
    const args = ['--reader-mode', '--format', 'json'];
    if (corpusFile) args.push('--corpus', corpusFile);
    if (claims) {
      const cfg = join(mkdtempSync(join(tmpdir(), 'attrlint-cfg-')), '.attrlint.yml');
      writeFileSync(cfg, `rules:\n  ${UC}:\n    claims: [${claims.join(', ')}]\n`);
      args.push('--config', cfg);
    }
    return { source: 'cli', findings: fromCLI(runCLI([...args, file])) };
  }
  const e = await loadEngine();
  if (corpusBytes) e.corpusLoad(corpusBytes); else e.corpusClear();
  const r = e.lint({ text, format: 'html', config: { reader_mode: true, ...(claims && { rules: { [UC]: { claims } } }) } });
  e.corpusClear();
  if (r.error) throw new Error(r.error.message);
  return { source: 'module', findings: r.findings.map(pick) };
}

// referenceDraft: the CLI's findings for a text draft read from stdin.
export async function referenceDraft(text, format = 'txt') {
  if (cliAvailable()) return { source: 'cli', findings: fromCLI(runCLI(['--format', 'json', '--stdin-format', format, '-'], text)) };
  const e = await loadEngine();
  e.corpusClear();
  return { source: 'module', findings: e.lint({ text, format }).findings.map(pick) };
}

const pick = (f) => ({ rule: f.rule, severity: f.severity, text: f.text });
function fromCLI(j) {
  if (!Array.isArray(j.files)) throw new Error('unexpected CLI JSON: ' + JSON.stringify(j).slice(0, 200));
  return j.files.flatMap((f) => f.findings).map(pick);
}
