// The checker as administrators run it: a real child process over the compiled dataset.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { echoInput, MAX_ECHO } from '../../src/publish/check-line.ts';
import { RESEARCH_HIGH } from '../fixtures/research-high.ts';
import { TRICK_DOMAINS, URL_TRICKS, checkerVerdict } from '../fixtures/url-tricks.ts';

const root = join(import.meta.dirname, '..', '..');
// The trick table echoes a 2 MiB URL back: the default 1 MiB output buffer is too small.
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/tools/check-cli.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('npm run check', () => {
  beforeAll(() => {
    expect(spawnSync(process.execPath, ['--import', 'tsx', 'src/tools/compile-dataset.ts'], { cwd: root }).status).toBe(
      0,
    );
  });

  it('prints one JSON object per argument, in order, and exits 0 when all were understood', () => {
    const result = run(['http://leakbase.la/', 'https://clean.test/', 'https://www.leakbase.la/x']);
    expect(result.status).toBe(0);
    expect(lines(result.stdout)).toEqual([
      {
        input: 'http://leakbase.la/',
        host: 'leakbase.la',
        match: { domain: 'leakbase.la', operation: 'leakbase', status: 'seized', confidence: 'medium' },
      },
      { input: 'https://clean.test/', host: 'clean.test', match: null },
      {
        input: 'https://www.leakbase.la/x',
        host: 'www.leakbase.la',
        match: { domain: 'leakbase.la', operation: 'leakbase', status: 'seized', confidence: 'medium' },
      },
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
    const high = RESEARCH_HIGH;
    const never = [
      'politie.nl',
      'europol.europa.eu',
      'haveibeenpwned.com',
      'matrix.org',
      'operation-endgame.com',
      'operation-deepsentinel.com',
      'raccoon.ic3.gov',
      'meta.com',
    ];
    const result = run([], [...high, ...never].map((d) => `https://${d}/`).join('\n'));
    expect(result.status).toBe(0);
    const out = lines(result.stdout);
    expect(out.slice(0, high.length).map((l) => (l.match as { domain: string } | null)?.domain)).toEqual(high);
    expect(out.slice(high.length).map((l) => l.match)).toEqual(never.map(() => null));
  });

  it('reads standard input line by line with bounded memory: 400,000 URLs (13 MB) through a 32 MB heap', () => {
    // Reading all of standard input at once ran out of this heap (and 600 MB of URLs crashed it with no output).
    const file = join(mkdtempSync(join(tmpdir(), 'takedown-alert-check-')), 'urls.txt');
    writeFileSync(file, Array.from({ length: 400_000 }, (_, i) => `http://clean.test/page?id=${i}\n`).join(''));
    const fd = openSync(file, 'r');
    try {
      const result = spawnSync(
        process.execPath,
        ['--max-old-space-size=32', '--import', 'tsx', 'src/tools/check-cli.ts'],
        { cwd: root, stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
      );
      expect(result.stderr).not.toMatch(/heap out of memory/);
      expect(result.status).toBe(0);
      const out = result.stdout.trimEnd().split('\n');
      expect(out).toHaveLength(400_000);
      expect(JSON.parse(out.at(-1)!)).toEqual({
        input: 'http://clean.test/page?id=399999',
        host: 'clean.test',
        match: null,
      });
    } finally {
      closeSync(fd);
    }
  }, 60_000);

  it('answers an over-long line without repeating it: 40 MB in, one short line out', () => {
    const result = run([], `http://leakbase.la/?q=${'x'.repeat(40_000_000)}\nhttp://leakbase.la/\n`);
    expect(result.status).toBe(2);
    const [long, short] = result.stdout.trimEnd().split('\n');
    expect(long.length).toBeLessThan(MAX_ECHO + 200);
    expect(JSON.parse(long)).toEqual({
      input: `http://leakbase.la/?q=${'x'.repeat(MAX_ECHO - 22)}…`,
      inputLength: 40_000_022,
      error: 'longer than any browser loads (2 MiB)',
    });
    expect(JSON.parse(short)).toMatchObject({ input: 'http://leakbase.la/', match: { domain: 'leakbase.la' } });
  });

  it('answers a URL that cannot be listed with no match and a reason, and exits 0', () => {
    const result = run(['http://127.0.0.1/', 'view-source:https://forum.leakbase.la/', 'ftp://leakbase.la/']);
    expect(result.status).toBe(0);
    expect(lines(result.stdout)).toEqual([
      {
        input: 'http://127.0.0.1/',
        host: '127.0.0.1',
        match: null,
        reason: 'an IP address: the list holds names only',
      },
      {
        input: 'view-source:https://forum.leakbase.la/',
        host: 'forum.leakbase.la',
        match: { domain: 'leakbase.la', operation: 'leakbase', status: 'seized', confidence: 'medium' },
      },
      { input: 'ftp://leakbase.la/', match: null, reason: 'not a web page (ftp:)' },
    ]);
  });
});

describe('npm run check on the trick table (tests/fixtures/url-tricks.ts)', () => {
  beforeAll(() => {
    expect(spawnSync(process.execPath, ['--import', 'tsx', 'src/tools/compile-dataset.ts'], { cwd: root }).status).toBe(
      0,
    );
  });

  it('relies only on domains the compiled list holds, as the table says', () => {
    const compiled = JSON.parse(readFileSync(join(root, 'src', 'generated', 'dataset.json'), 'utf8')) as {
      domains: Record<string, unknown>;
    };
    for (const [domain, entry] of Object.entries(TRICK_DOMAINS))
      expect(compiled.domains[domain], domain).toEqual(entry);
  });

  // Lines on standard input cannot hold a newline, and blank ones are skipped: those rows go as arguments.
  const asLines = URL_TRICKS.filter((t) => !/[\r\n]/.test(t.input) && t.input.trim() !== '');
  const asArgs = URL_TRICKS.filter((t) => !asLines.includes(t));

  it(`gives every row read from standard input its verdict (${asLines.length} rows)`, () => {
    const result = run([], asLines.map((t) => t.input).join('\n'));
    const out = lines(result.stdout);
    expect(out).toHaveLength(asLines.length);
    asLines.forEach((trick, i) => {
      expect(out[i].input, trick.why).toBe(echoInput(trick.input).input);
      expect(checkerVerdict(out[i]), `${trick.why}: ${trick.input.slice(0, 100)}`).toEqual(trick.expected);
    });
    // Some rows are text that is not a URL.
    expect(result.status).toBe(2);
  });

  it(`gives every row passed as an argument its verdict (${asArgs.length} rows)`, () => {
    const result = run(asArgs.map((t) => t.input));
    const out = lines(result.stdout);
    expect(out.map(checkerVerdict)).toEqual(asArgs.map((t) => t.expected));
    expect(result.status).toBe(asArgs.some((t) => 'error' in t.expected) ? 2 : 0);
  });

  it('exits 0 when every row is a URL, whatever its verdict', () => {
    const urls = asLines.filter((t) => !('error' in t.expected));
    const result = run([], urls.map((t) => t.input).join('\n'));
    expect(result.status).toBe(0);
    expect(lines(result.stdout)).toHaveLength(urls.length);
  });
});
