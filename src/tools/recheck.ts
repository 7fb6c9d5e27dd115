// npm run recheck [-- [--record DIR | --replay DIR] [--json] [domain ...]]
// For maintainers, on a machine with network access: looks up each listed domain's name servers (DNS) and its
// registration (RDAP, RFC 9083, found through IANA's bootstrap registry) and reports whether it still points at a
// law-enforcement seizure name server, has lapsed, or was registered again after the seizure. It changes no file:
// a maintainer reads the report and records a dated history step. --record saves the answers, --replay reads
// saved answers instead of the network (the tests do that). The extension itself never looks anything up.
import { Resolver } from 'node:dns/promises';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  classify,
  FINDINGS,
  summariseRdap,
  type Answers,
  type DnsAnswer,
  type RecheckResult,
  type SeizureNameserver,
} from '../publish/recheck.ts';
import type { CompiledDataset } from '../core/dataset-types.ts';
import { DATA_DIR, readCompiledDataset } from './dataset-sources.ts';

const USAGE =
  'usage: npm run --silent recheck -- [--record DIR | --replay DIR] [--dataset FILE] [--json] [domain ...]\n';

/** What --record writes per domain: the DNS answer and the RDAP reply as received. */
interface Recorded {
  domain: string;
  dns: DnsAnswer;
  rdap: { status: number; body?: unknown } | { error: string };
}

interface Options {
  record?: string;
  replay?: string;
  dataset?: string;
  json: boolean;
  domains: string[];
}

function parseArgs(args: string[]): Options {
  const out: Options = { json: false, domains: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--record' || a === '--replay' || a === '--dataset') {
      const value = args[++i];
      if (!value) fail(`${a} needs a ${a === '--dataset' ? 'file' : 'folder'}`);
      out[a.slice(2) as 'record' | 'replay' | 'dataset'] = value;
    } else if (a === '--json') out.json = true;
    else if (a.startsWith('-')) fail(`unknown argument: ${a}`);
    else out.domains.push(a.toLowerCase());
  }
  if (out.record && out.replay) fail('--record and --replay cannot be used together');
  return out;
}

function fail(message: string): never {
  process.stderr.write(`recheck: ${message}\n${USAGE}`);
  process.exit(2);
}

async function lookUpDns(domain: string): Promise<DnsAnswer> {
  const resolver = new Resolver({ timeout: 5000, tries: 2 });
  try {
    return { ns: await resolver.resolveNs(domain) };
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}

let bootstrap: Promise<{ services: [string[], string[]][] }> | undefined;
async function rdapBase(domain: string): Promise<string | undefined> {
  bootstrap ??= fetch('https://data.iana.org/rdap/dns.json').then(
    (r) => r.json() as Promise<{ services: [string[], string[]][] }>,
  );
  const tld = domain.slice(domain.lastIndexOf('.') + 1);
  const service = (await bootstrap).services.find(([tlds]) => tlds.includes(tld));
  return service?.[1].find((u) => u.startsWith('https://')) ?? service?.[1][0];
}

async function lookUpRdap(domain: string): Promise<Recorded['rdap']> {
  try {
    const base = await rdapBase(domain);
    if (!base) return { error: 'no RDAP service for this top-level domain in the IANA bootstrap registry' };
    const response = await fetch(new URL(`domain/${domain}`, base.endsWith('/') ? base : `${base}/`), {
      headers: { accept: 'application/rdap+json' },
    });
    return { status: response.status, body: response.ok ? await response.json() : undefined };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function toAnswers(recorded: Recorded): Answers {
  const { rdap } = recorded;
  const summary =
    'error' in rdap
      ? { error: rdap.error }
      : rdap.status === 404
        ? { found: false as const }
        : rdap.status === 200
          ? summariseRdap(rdap.body)
          : { error: `RDAP status ${rdap.status}` };
  return { domain: recorded.domain, dns: recorded.dns, rdap: summary };
}

async function answersFor(domain: string, options: Options): Promise<Answers> {
  if (options.replay) {
    const file = join(options.replay, `${domain}.json`);
    if (!existsSync(file))
      return { domain, dns: { error: 'not recorded' }, rdap: { error: `no recorded answer in ${options.replay}` } };
    return toAnswers(JSON.parse(readFileSync(file, 'utf8')) as Recorded);
  }
  const recorded: Recorded = { domain, dns: await lookUpDns(domain), rdap: await lookUpRdap(domain) };
  if (options.record) {
    mkdirSync(options.record, { recursive: true });
    writeFileSync(join(options.record, `${domain}.json`), `${JSON.stringify(recorded, null, 2)}\n`);
  }
  return toAnswers(recorded);
}

const options = parseArgs(process.argv.slice(2));
// Replaying must never reach the network: any attempt fails loudly instead of quietly mixing live answers in.
if (options.replay) {
  globalThis.fetch = () => Promise.reject(new Error('recheck --replay makes no network requests'));
}
// --dataset reads another compiled list (the tests use a fixture list of example domains).
const dataset = options.dataset
  ? (JSON.parse(readFileSync(options.dataset, 'utf8')) as CompiledDataset)
  : readCompiledDataset('recheck');
const seizureNs = JSON.parse(readFileSync(join(DATA_DIR, 'seizure-nameservers.json'), 'utf8')) as SeizureNameserver[];
const entries = dataset.operations
  .flatMap((o) => o.domains)
  .filter((d) => options.domains.length === 0 || options.domains.includes(d.domain));
for (const d of options.domains) if (!entries.some((e) => e.domain === d)) fail(`${d} is not a listed domain`);

const results: RecheckResult[] = [];
for (const entry of entries.sort((a, b) => (a.domain < b.domain ? -1 : 1))) {
  results.push(classify(entry, await answersFor(entry.domain, options), seizureNs));
}
if (options.json) {
  for (const r of results) process.stdout.write(`${JSON.stringify(r)}\n`);
} else {
  const width = Math.max(...results.map((r) => r.domain.length), 6);
  for (const r of results) {
    const hint = r.suggestedStatus
      ? ` → consider a history step "${r.suggestedStatus}" with this lookup as its source (kind: lookup)`
      : '';
    process.stdout.write(
      `${r.domain.padEnd(width)}  ${r.listed.padEnd(18)}  ${r.finding.padEnd(24)}  ${r.detail}${hint}\n`,
    );
  }
  const counts = FINDINGS.map((f) => `${f} ${results.filter((r) => r.finding === f).length}`).join(', ');
  process.stdout.write(
    `\n${results.length} domains: ${counts}. Nothing was changed; record what a finding means as a dated history step.\n`,
  );
}
