// server.mjs: serves test/pages on 127.0.0.1 (random port), records every
// request, adds a strict CSP to csp*.html, and generates the timing pages.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const pages = join(dirname(fileURLToPath(import.meta.url)), 'pages');

const FILLER = ['The council met on Tuesday evening to discuss the budget for road repairs.', 'Residents lined the hall and many stood at the back for the whole session.', 'The plan would resurface twelve streets before the winter and fix the bridge rails.', 'Several members asked how the work would be paid for and when it would begin.', 'The clerk read out letters from shop owners on the main street.', 'A vote on the plan was set for the next meeting in the town hall.'];

// article returns a synthetic news article of about `words` words with one
// clear finding (an unattributed statistic) and `padKB` of page chrome,
// before the story or (padAfter) after it.
export function article(words, padKB = 0, seed = 0, padAfter = false) {
  const paras = []; let n = 0; let i = seed;
  while (n < words) {
    const p = [0, 1, 2].map(() => FILLER[i++ % FILLER.length]).join(' ');
    paras.push('<p>' + p + '</p>'); n += p.split(' ').length;
  }
  paras.splice(3, 0, '<p>Nearly 70 percent of residents in low-lying districts ignored evacuation orders.</p>');
  let pad = '';
  if (padKB) {
    const item = '<li class="nav-item"><a href="/section/x" class="nav-link menu-entry">Section link</a></li>\n';
    pad = '<nav><ul class="menu">' + item.repeat(Math.ceil((padKB * 1024) / item.length)) + '</ul></nav>';
  }
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council weighs road plan ${seed}</title>
<meta property="article:published_time" content="2024-03-05"></head><body>${padAfter ? '' : pad}<main><article><h1>Council weighs road plan</h1>
<p class="byline">By Lee Writer</p>${paras.join('\n')}</article></main>${padAfter ? pad : ''}</body></html>`;
}

export function startServer() {
  const requests = [];
  const server = createServer((req, res) => {
    requests.push(req.url);
    const u = new URL(req.url, 'http://x');
    if (u.pathname === '/gen/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      let html = article(Number(u.searchParams.get('words') ?? 2000), Number(u.searchParams.get('padkb') ?? 0), Number(u.searchParams.get('seed') ?? 0), u.searchParams.get('pad') === 'after');
      // tail=opinion: JSON-LD saying it is an opinion piece at the very end.
      if (u.searchParams.get('tail') === 'opinion') html = html.replace('</body>', '<script type="application/ld+json">{"@context":"https://schema.org","@type":"OpinionNewsArticle"}</script></body>');
      // delay: the page arrives in two parts, the second (from the middle
      // of what follows the story) that many ms later.
      const delay = Number(u.searchParams.get('delay') ?? 0);
      if (!delay) { res.end(html); return; }
      const cut = html.indexOf('</main>') + Math.floor((html.length - html.indexOf('</main>')) / 2);
      res.write(html.slice(0, cut));
      setTimeout(() => res.end(html.slice(cut)), delay);
      return;
    }
    const file = join(pages, u.pathname.replace(/^\/+/, '') || 'index.html');
    if (!file.startsWith(pages) || !existsSync(file)) { res.writeHead(404); res.end('not found'); return; }
    const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
    if (u.pathname.startsWith('/csp')) headers['content-security-policy'] = "default-src 'none'; style-src 'none'; script-src 'none'";
    res.writeHead(200, headers);
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, requests, origin: 'http://127.0.0.1:' + server.address().port })));
}
