// A local HTTP server standing in for the real sites: the browsers resolve the real listed names to it.
// It counts requests per host, so tests can prove what reached a listed site and what did not.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  port: number;
  /** Every request seen for a host name (port stripped), favicon requests included. */
  requests(host: string): number;
  /** Page requests only: the browser's own favicon requests left out. */
  pageRequests(host: string): number;
  reset(): void;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const counts = new Map<string, number>();
  const pages = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    counts.set(host, (counts.get(host) ?? 0) + 1);
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname !== '/favicon.ico') pages.set(host, (pages.get(host) ?? 0) + 1);
    if (url.pathname === '/redirect') {
      res.writeHead(302, { location: url.searchParams.get('to') ?? '/' });
      res.end();
      return;
    }
    if (url.pathname === '/static') {
      // A plain page of a given size with a heading first: the baseline the warning page's paint is measured against.
      const bytes = Number(url.searchParams.get('bytes') ?? 0);
      const head =
        '<!doctype html><html lang="en"><meta charset="utf-8"><title>static</title><h1 id="heading" elementtiming="heading">A static page</h1><p hidden>';
      const tail = '</p></html>';
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(head + 'x'.repeat(Math.max(0, bytes - head.length - tail.length)) + tail);
      return;
    }
    if (url.pathname === '/hostile-frame') {
      // A hostile page: the address in ?src in a frame over the whole window (as a clickjacking page would hide
      // it under its own button), and a script that keeps posting messages to the frame.
      const src = url.searchParams.get('src') ?? 'about:blank';
      const attr = src.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="en"><title>hostile</title><style>body{margin:0}iframe{border:0;width:100vw;height:100vh;display:block}</style>
<iframe id="victim" src="${attr}"></iframe>
<script>
const payloads = ['allow', { type: 'allow', host: 'raidforums.com' }, { kind: 'dont-warn' }, { action: 'continue' }, { settings: { warningLevel: 'badge' } }, JSON.stringify({ allowBypass: true })];
let sent = 0;
setInterval(() => { const w = document.getElementById('victim').contentWindow; for (const p of payloads) { try { w.postMessage(p, '*'); sent++; } catch {} } document.title = 'hostile ' + sent; }, 100);
</script>`);
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="en"><title>${host}</title><h1>Test page on ${host}</h1><p>Path ${url.pathname}</p>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests: (host) => counts.get(host) ?? 0,
    pageRequests: (host) => pages.get(host) ?? 0,
    reset: () => {
      counts.clear();
      pages.clear();
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
