// A local update server, as a store's: it answers Chrome's update check (an update manifest, gupdate XML) and
// Firefox's (update JSON) with the version it is told to offer, serves the packages, and serves a test page on
// every other host name (counting requests per host, like the test server).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';

export interface UpdateServer {
  port: number;
  /** Offer this version next; packages are registered with `addPackage`. */
  offer(version: string): void;
  addPackage(version: string, files: { crx?: string; xpi?: string }): void;
  /** Requests for the update manifests and packages seen so far. */
  log: string[];
  pageRequests(host: string): number;
  close(): Promise<void>;
}

export async function startUpdateServer(ids: { chrome?: string; gecko: string }): Promise<UpdateServer> {
  let offered = '';
  const packages = new Map<string, { crx?: string; xpi?: string }>();
  const log: string[] = [];
  const pages = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const base = `http://${req.headers.host}`;
    if (host === 'updates.test') {
      log.push(url.pathname);
      const pkg = packages.get(offered);
      if (url.pathname === '/updates.xml') {
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.end(
          `<?xml version='1.0' encoding='UTF-8'?>\n<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>\n  <app appid='${ids.chrome}'>\n    <updatecheck codebase='${base}/package-${offered}.crx' version='${offered}' />\n  </app>\n</gupdate>\n`,
        );
        return;
      }
      if (url.pathname === '/updates.json') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            addons: { [ids.gecko]: { updates: [{ version: offered, update_link: `${base}/package-${offered}.xpi` }] } },
          }),
        );
        return;
      }
      const m = /^\/package-(.+)\.(crx|xpi)$/.exec(url.pathname);
      const file = m ? packages.get(m[1])?.[m[2] as 'crx' | 'xpi'] : undefined;
      if (file && pkg !== undefined) {
        res.writeHead(200, {
          'content-type': m![2] === 'crx' ? 'application/x-chrome-extension' : 'application/x-xpinstall',
        });
        res.end(readFileSync(file));
        return;
      }
      res.writeHead(404).end();
      return;
    }
    if (url.pathname !== '/favicon.ico') pages.set(host, (pages.get(host) ?? 0) + 1);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>${host}</title><h1>Test page on ${host}</h1>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    offer: (v) => {
      offered = v;
    },
    addPackage: (v, files) => {
      packages.set(v, files);
    },
    log,
    pageRequests: (h) => pages.get(h) ?? 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
