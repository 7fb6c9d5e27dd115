// The RPZ loaded into a real resolver: Debian's Unbound (its respip module reads RPZ zones), started by the test
// in the foreground on a free loopback port, with no network (it may not query any address). Through it, a
// listed domain and its subdomains get the policy and an unlisted name (local data) is answered normally.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { Resolver } from 'node:dns/promises';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_OPTIONS, exportList, type ListSettings } from '../../src/publish/export-formats.ts';
import { compileFromDisk } from '../../src/tools/dataset-sources.ts';
import { toolSkipReason } from './support/debian-tool.ts';

const UNBOUND = '/usr/sbin/unbound';
const CHECKCONF = '/usr/sbin/unbound-checkconf';
const skip = toolSkipReason(UNBOUND, 'unbound') ?? toolSkipReason(CHECKCONF, 'unbound');
const real = compileFromDisk().dataset!;

/** A UDP port on 127.0.0.1 that was free a moment ago (the kernel picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      const { port } = socket.address();
      socket.close(() => resolve(port));
    });
  });
}

function config(dir: string, port: number, zone: string): string {
  return [
    'server:',
    '  interface: 127.0.0.1',
    `  port: ${port}`,
    '  do-daemonize: no',
    '  use-syslog: no',
    '  logfile: ""',
    '  chroot: ""',
    '  username: ""',
    `  directory: "${dir}"`,
    `  pidfile: "${join(dir, 'unbound.pid')}"`,
    '  num-threads: 1',
    '  verbosity: 1',
    '  access-control: 127.0.0.0/8 allow',
    '  module-config: "respip iterator"',
    // No network: Unbound may send no query to any address, so only the RPZ and local data answer.
    '  do-not-query-localhost: yes',
    '  do-not-query-address: 0.0.0.0/0',
    '  do-not-query-address: ::/0',
    '  local-zone: "clean.test." static',
    '  local-data: "clean.test. 300 IN A 192.0.2.10"',
    'remote-control:',
    '  control-enable: no',
    'rpz:',
    '  name: "rpz.takedown-alert."',
    `  zonefile: "${zone}"`,
    '  rpz-log: yes',
    '',
  ].join('\n');
}

interface RunningResolver {
  resolver: Resolver;
  process: ChildProcess;
  log: () => string;
}

async function startUnbound(dir: string, settings: ListSettings): Promise<RunningResolver> {
  const zone = join(dir, 'takedown-alert.rpz');
  writeFileSync(zone, exportList(real, 'rpz', DEFAULT_EXPORT_OPTIONS, settings));
  const port = await freePort();
  const conf = join(dir, 'unbound.conf');
  writeFileSync(conf, config(dir, port, zone));
  const check = spawnSync(CHECKCONF, [conf], { encoding: 'utf8' });
  expect(check.stdout + check.stderr).toContain('no errors');
  let output = '';
  const child = spawn(UNBOUND, ['-d', '-c', conf], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr!.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const resolver = new Resolver({ timeout: 1000, tries: 1 });
  resolver.setServers([`127.0.0.1:${port}`]);
  // Ready when the local data answers: at most 50 tries, a bound on waiting, not a timing that is asserted.
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`unbound exited with ${child.exitCode}:\n${output}`);
    try {
      await resolver.resolve4('clean.test');
      break;
    } catch (error) {
      if (attempt >= 50) throw new Error(`unbound did not answer on port ${port}: ${String(error)}\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { resolver, process: child, log: () => output };
}

async function stop(running: RunningResolver | undefined): Promise<void> {
  if (!running || running.process.exitCode !== null) return;
  const exited = new Promise((r) => running.process.once('exit', r));
  running.process.kill('SIGTERM');
  await exited;
}

/** The DNS error code of a lookup, or its answers. ENOTFOUND is c-ares's code for an NXDOMAIN answer. */
const outcome = (lookup: Promise<string[]>) =>
  lookup.then(
    (answers) => answers,
    (error: NodeJS.ErrnoException) => error.code,
  );

describe('the RPZ in Unbound (end to end)', () => {
  describe('policy NXDOMAIN (the default)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'takedown-unbound-'));
    let running: RunningResolver | undefined;
    beforeAll(async () => {
      if (!skip) running = await startUnbound(dir, {});
    }, 30_000);
    afterAll(async () => {
      await stop(running);
      rmSync(dir, { recursive: true, force: true });
    });

    it.for([
      ['a listed domain', 'leakbase.la', 'leakbase.la.'],
      ['a subdomain of it', 'forum.leakbase.la', '*.leakbase.la.'],
      ['a deeper subdomain of another listed domain', 'a.b.raidforums.com', '*.raidforums.com.'],
    ])('%s (%s) does not exist', async ([, name, rule], ctx) => {
      if (skip) ctx.skip(skip);
      expect(await outcome(running!.resolver.resolve4(name))).toBe('ENOTFOUND');
      // Unbound logs which RPZ rule answered, so the NXDOMAIN is the policy's and not a failed lookup.
      expect(running!.log()).toContain(`rpz: applied ${rule} rpz-nxdomain`);
    });

    it('an unlisted name is answered normally (local data; the resolver has no network)', async (ctx) => {
      if (skip) ctx.skip(skip);
      expect(await outcome(running!.resolver.resolve4('clean.test'))).toEqual(['192.0.2.10']);
    });

    it('a name that only ends like a listed one is not caught (notleakbase.la)', async (ctx) => {
      if (skip) ctx.skip(skip);
      // Without network Unbound cannot resolve it, but it must not answer from the RPZ.
      expect(await outcome(running!.resolver.resolve4('notleakbase.la'))).not.toBe('ENOTFOUND');
      expect(running!.log()).not.toContain('notleakbase.la');
    });
  });

  describe('policy CNAME to a local warning host', () => {
    const dir = mkdtempSync(join(tmpdir(), 'takedown-unbound-'));
    let running: RunningResolver | undefined;
    beforeAll(async () => {
      if (!skip) running = await startUnbound(dir, { rpz: { policy: 'cname', target: 'warning.corp.example' } });
    }, 30_000);
    afterAll(async () => {
      await stop(running);
      rmSync(dir, { recursive: true, force: true });
    });

    it.for([['leakbase.la'], ['forum.leakbase.la']])(
      '%s is answered with a CNAME to the warning host',
      async ([name], ctx) => {
        if (skip) ctx.skip(skip);
        expect(await outcome(running!.resolver.resolveCname(name))).toEqual(['warning.corp.example']);
      },
    );

    it('an unlisted name is still answered normally', async (ctx) => {
      if (skip) ctx.skip(skip);
      expect(await outcome(running!.resolver.resolve4('clean.test'))).toEqual(['192.0.2.10']);
    });
  });

  it('names the Unbound version it ran', async (ctx) => {
    if (skip) ctx.skip(skip);
    const version = spawnSync(UNBOUND, ['-V'], { encoding: 'utf8' }).stdout.split('\n')[0];
    await ctx.annotate(version);
    expect(version).toMatch(/^Version 1\.\d+/);
  });
});

describe('a missing Debian tool', () => {
  it('is a skip with the reason on a developer machine, and a failure with CI=true', () => {
    const before = process.env.CI;
    try {
      delete process.env.CI;
      expect(toolSkipReason('/nonexistent/unbound', 'unbound')).toBe(
        'unbound not installed at /nonexistent/unbound (apt-get install unbound)',
      );
      process.env.CI = 'true';
      expect(() => toolSkipReason('/nonexistent/unbound', 'unbound')).toThrow(
        'CI=true and unbound not installed at /nonexistent/unbound',
      );
      expect(toolSkipReason(process.execPath, 'nodejs')).toBeNull();
    } finally {
      if (before === undefined) delete process.env.CI;
      else process.env.CI = before;
    }
  });
});
