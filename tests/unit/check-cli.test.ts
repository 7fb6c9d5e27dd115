// The checker as administrators run it: a real child process over the compiled dataset.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/tools/check-cli.ts', ...args], { cwd: root, input, encoding: 'utf8' });
const lines = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('npm run check', () => {
  beforeAll(() => {
    expect(spawnSync(process.execPath, ['--import', 'tsx', 'src/tools/compile-dataset.ts'], { cwd: root }).status).toBe(0);
  });

  it('prints one JSON object per argument, in order, and exits 0 when all were understood', () => {
    const result = run(['http://leakbase.la/', 'https://clean.test/', 'https://www.leakbase.la/x']);
    expect(result.status).toBe(0);
    expect(lines(result.stdout)).toEqual([
      { input: 'http://leakbase.la/', host: 'leakbase.la', match: { domain: 'leakbase.la', operation: 'leakbase', status: 'seized', confidence: 'high' } },
      { input: 'https://clean.test/', host: 'clean.test', match: null },
      { input: 'https://www.leakbase.la/x', host: 'www.leakbase.la', match: { domain: 'leakbase.la', operation: 'leakbase', status: 'seized', confidence: 'high' } },
    ]);
  });

  it('reads one URL per line from standard input and exits 2 when any line was not understood', () => {
    const result = run([], 'http://leakbase.bz/\nnot a url\n\nhttp://matrix.org/\n');
    expect(result.status).toBe(2);
    const out = lines(result.stdout);
    expect(out.map((l) => l.input)).toEqual(['http://leakbase.bz/', 'not a url', 'http://matrix.org/']);
    expect(out[0].match).toMatchObject({ domain: 'leakbase.bz', status: 'suspected-relaunch' });
    expect(out[1]).toEqual({ input: 'not a url', error: 'not a URL' });
    expect(out[2].match).toBeNull();
  });

  it('matches every high-confidence domain of the research and no never-flag domain', () => {
    const high = ['webstresser.org', 'bestmixer.io', 'doublevpn.com', 'raidforums.com', 'rf.ws', 'raid.lol', 'ispoof.cc', '24xbtc.com',
      '100btc.pro', 'pridechange.com', '101crypta.com', 'uxbtc.com', 'trust-exchange.org', 'bitcoin24.exchange', 'paybtc.pro', 'owl.gold',
      'warzone.ws', 'zdstresser.net', 'orbitalstress.net', 'starkstresser.net', 'cracked.io', 'nulled.to', 'garantex.org', 'garantex.io', 'cryptomixer.io'];
    const never = ['politie.nl', 'europol.europa.eu', 'haveibeenpwned.com', 'matrix.org', 'operation-endgame.com', 'operation-deepsentinel.com', 'raccoon.ic3.gov', 'meta.com'];
    const result = run([], [...high, ...never].map((d) => `https://${d}/`).join('\n'));
    expect(result.status).toBe(0);
    const out = lines(result.stdout);
    expect(out.slice(0, high.length).map((l) => (l.match as { domain: string } | null)?.domain)).toEqual(high);
    expect(out.slice(high.length).map((l) => l.match)).toEqual(never.map(() => null));
  });
});
