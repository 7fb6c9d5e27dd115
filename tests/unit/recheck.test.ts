// The maintainers' recheck: what name servers and registration data say about a listed domain now. The
// tool runs on recorded answers here (tests/unit/fixtures/recheck), never on the network.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalText, compileDataset } from '../../src/pipeline/compile-dataset.ts';
import type { DomainStatus } from '../../src/core/dataset-types.ts';
import { classify, printable, summariseRdap, type Answers } from '../../src/publish/recheck.ts';
import { fixtureSources, validOperation } from './fixtures/operation.ts';

const root = join(import.meta.dirname, '..', '..');
const FIXTURES = join(import.meta.dirname, 'fixtures', 'recheck');
const SEIZURE_NS = [
  { host: 'ns1.fbi.seized.gov', agency: 'FBI' },
  { host: 'ns2.fbi.seized.gov', agency: 'FBI' },
];

/** Example domains with the history the list would give them. */
const HISTORY: Record<string, [string, DomainStatus][]> = {
  'still-seized.example': [['2026-03-04', 'seized']],
  'lapsed.example': [['2019-05', 'seized']],
  'taken-again.example': [['2022-04-12', 'seized']],
  'quiet.example': [['2021-06', 'used']],
  'silent.example': [['2024-12-11', 'seized']],
};

function fixtureDataset() {
  const names = Object.keys(HISTORY);
  const op = validOperation('recheck-fixture', names);
  for (const d of op.domains) {
    d.history = HISTORY[d.domain].map(([date, status]) => ({ ...d.history[0], date, status }));
  }
  const result = compileDataset([{ name: 'recheck-fixture.json', text: canonicalText(op) }], {
    neverFlag: [],
    today: '2026-11-30',
    sources: fixtureSources(names),
  });
  if (!result.dataset) throw new Error(result.errors.join('; '));
  return result.dataset;
}

describe('the seizure name servers the recheck knows', () => {
  const list = JSON.parse(readFileSync(join(root, 'src', 'data', 'seizure-nameservers.json'), 'utf8')) as {
    host: string;
    agency: string;
    source: { url: string; quote: string; read: string; via: string };
  }[];
  it.each(list.map((e) => [e.host, e] as const))('%s has an agency and a read source that names it', (host, e) => {
    expect(e.agency).not.toBe('');
    expect(e.source.quote.toLowerCase()).toContain(host);
    expect(e.source.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(e.source.via).not.toBe('');
  });
});

describe('summariseRdap', () => {
  it('reads registration, expiry, name servers, statuses and the registrar from an RDAP domain object', () => {
    const json = {
      events: [
        { eventAction: 'registration', eventDate: '2025-08-30T12:00:00Z' },
        { eventAction: 'expiration', eventDate: '2026-08-30T12:00:00Z' },
      ],
      nameservers: [{ ldhName: 'NS1.PARKING.EXAMPLE.' }],
      status: ['active'],
      entities: [
        {
          roles: ['registrar'],
          vcardArray: [
            'vcard',
            [
              ['version', {}, 'text', '4.0'],
              ['fn', {}, 'text', 'Another Registrar Ltd'],
            ],
          ],
        },
      ],
    };
    expect(summariseRdap(json)).toEqual({
      found: true,
      registered: '2025-08-30',
      expires: '2026-08-30',
      lastChanged: undefined,
      nameservers: ['ns1.parking.example'],
      statuses: ['active'],
      registrar: 'Another Registrar Ltd',
    });
  });

  it.each([null, 'text', 42])('calls %j no RDAP object, without throwing', (json) => {
    expect(summariseRdap(json)).toEqual({ error: 'not an RDAP object' });
  });

  it('leaves out fields of the wrong shape', () => {
    expect(
      summariseRdap({
        events: 'x',
        nameservers: [1, { ldhName: 2 }],
        status: [3, 'ok'],
        entities: [{ roles: 'registrar' }],
      }),
    ).toEqual({
      found: true,
      registered: undefined,
      expires: undefined,
      lastChanged: undefined,
      nameservers: [],
      statuses: ['ok'],
      registrar: undefined,
    });
  });
});

describe('classify', () => {
  const entry = fixtureDataset().operations[0].domains.find((d) => d.domain === 'taken-again.example')!;
  const answers = (rdap: Answers['rdap'], dns: Answers['dns'] = { ns: [] }): Answers => ({
    domain: entry.domain,
    dns,
    rdap,
  });

  it('calls a registration inside the seizure month not "after" it when the seizure is known only by month', () => {
    const monthOnly = { ...entry, history: [{ ...entry.history[0], date: '2022-04' }] };
    expect(
      classify(monthOnly, answers({ found: true, registered: '2022-04-20', nameservers: [], statuses: [] }), SEIZURE_NS)
        .finding,
    ).toBe('no-seizure-sign');
    expect(
      classify(monthOnly, answers({ found: true, registered: '2022-05-01', nameservers: [], statuses: [] }), SEIZURE_NS)
        .finding,
    ).toBe('registered-after-seizure');
  });

  it('takes a seizure name server seen only in RDAP as a seizure, in any case', () => {
    expect(
      classify(
        entry,
        answers({ found: true, nameservers: ['ns2.fbi.seized.gov'], statuses: [] }, { error: 'ESERVFAIL' }),
        SEIZURE_NS,
      ).finding,
    ).toBe('seizure-nameservers');
  });

  it('does not call a name lapsed on NXDOMAIN alone when the registry says it is registered', () => {
    expect(
      classify(
        entry,
        answers(
          { found: true, registered: '2019-01-01', nameservers: [], statuses: ['server hold'] },
          { error: 'ENOTFOUND' },
        ),
        SEIZURE_NS,
      ).finding,
    ).toBe('no-seizure-sign');
  });
});

describe('npm run recheck on recorded answers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'takedown-alert-recheck-'));
  const datasetFile = join(dir, 'dataset.json');
  writeFileSync(datasetFile, JSON.stringify(fixtureDataset()));
  const run = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'src/tools/recheck.ts', '--dataset', datasetFile, '--replay', FIXTURES, ...args], {
      cwd: root,
      encoding: 'utf8',
    });

  it('reports per domain: still seized, lapsed, registered again, no sign, unknown; and suggests a step only where one fits', () => {
    const result = run('--json');
    expect(result.status, result.stderr).toBe(0);
    const rows = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { domain: string; finding: string; suggestedStatus?: string; detail: string });
    expect(Object.fromEntries(rows.map((r) => [r.domain, [r.finding, r.suggestedStatus ?? null]]))).toEqual({
      'lapsed.example': ['not-registered', 'lapsed'],
      'quiet.example': ['no-seizure-sign', null],
      'silent.example': ['unknown', null],
      'still-seized.example': ['seizure-nameservers', null],
      'taken-again.example': ['registered-after-seizure', 're-registered'],
    });
    expect(rows.find((r) => r.domain === 'taken-again.example')!.detail).toBe(
      'registered 2025-08-30 at Another Registrar Ltd, after the seizure on 2022-04-12; name servers ns1.parking.example, ns2.parking.example',
    );
    expect(rows.find((r) => r.domain === 'still-seized.example')!.detail).toBe(
      'name servers ns1.fbi.seized.gov, ns2.fbi.seized.gov (FBI): still under seizure',
    );
  });

  it('prints a table and a summary that says nothing was changed', () => {
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^taken-again\.example\s+seized\s+registered-after-seizure\s+registered 2025-08-30 .* → consider a history step "re-registered"/m,
    );
    expect(result.stdout).toContain(
      '5 domains: seizure-nameservers 1, not-registered 1, registered-after-seizure 1, no-seizure-sign 1, unknown 1. Nothing was changed',
    );
  });

  it('checks only the domains named, and refuses one that is not listed', () => {
    expect(run('--json', 'lapsed.example').stdout.trim().split('\n')).toHaveLength(1);
    const bad = run('not-listed.example');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('recheck: not-listed.example is not a listed domain');
    // Two runs of the command-line tool (tsx starting up each time): slow on a busy 2-core machine.
  }, 30_000);
});

describe('text from a registry is printed safely', () => {
  it('turns control characters and bidirectional overrides into "?"', () => {
    expect(printable('Evil\u001b[2J Registrar\u202e\u0007')).toBe('Evil?[2J Registrar??');
    expect(printable('ns1.example, ns2.example')).toBe('ns1.example, ns2.example');
  });
  it('never lets a registrar name reach the report with them', () => {
    const op = fixtureDataset().operations[0];
    const entry = op.domains.find((d) => d.domain === 'quiet.example')!;
    const rdap = summariseRdap({
      events: [{ eventAction: 'registration', eventDate: '2020-01-01T00:00:00Z' }],
      nameservers: [{ ldhName: 'ns1.example' }],
      entities: [
        {
          roles: ['registrar'],
          vcardArray: ['vcard', [['fn', {}, 'text', 'Registrar\u001b]0;owned\u0007\u202eevil']]],
        },
      ],
    });
    const result = classify(entry, { domain: entry.domain, dns: { ns: ['ns1.example'] }, rdap }, SEIZURE_NS);
    // oxlint-disable-next-line no-control-regex -- what must not be there
    expect(result.detail).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(result.detail).toContain('Registrar?]0;owned??evil');
  });
});
