// manifest.mjs: writes the Manifest V3 for one browser (chromium | firefox).
import { readFileSync, writeFileSync } from 'node:fs';

const [, , target, out] = process.argv;
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url)));
const m = {
  manifest_version: 3,
  name: 'attrlint',
  version: pkg.version,
  description: 'Shows unsourced claims, uncredited wire copy and figures that contradict your reference corpus. Nothing leaves your computer.',
  permissions: ['activeTab', 'scripting', 'storage'],
  optional_host_permissions: ['http://*/*', 'https://*/*'],
  action: { default_title: 'attrlint', default_popup: 'popup.html' },
  options_ui: { page: 'options.html', open_in_tab: true },
  content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
};
if (target === 'chromium') {
  m.background = { service_worker: 'background.js', type: 'module' };
  m.minimum_chrome_version = '116';
} else if (target === 'firefox') {
  // Firefox's MV3 has no service workers: an event page with module scripts.
  m.background = { scripts: ['background.js'], type: 'module' };
  m.browser_specific_settings = { gecko: { id: 'attrlint@attrlint.invalid', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } } };
} else {
  throw new Error('target must be chromium or firefox');
}
writeFileSync(out, JSON.stringify(m, null, 2) + '\n');
