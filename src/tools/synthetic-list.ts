// npm run --silent synthetic-list -- --out DIR [--operations 500] [--domains 10000] [--seed 1]: a list of the size
// one court order can reach (about 2,300 Lumma domains were seized at once in May 2025), for measuring only; it
// is never shipped. Its operations are the real ones' texts (so the lengths are real), renamed, each with its
// own made-up domains and one made-up official source that names them, so it compiles through the same
// validation as the real list. Same arguments, same files.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalText } from '../pipeline/compile-dataset.ts';
import { DATA_DIR, readOperationFiles } from './dataset-sources.ts';

interface Args {
  out: string;
  operations: number;
  domains: number;
  seed: number;
}

function parseArgs(argv: string[]): Args {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const out = value('--out');
  const args = {
    out: out ?? '',
    operations: Number(value('--operations') ?? 500),
    domains: Number(value('--domains') ?? 10_000),
    seed: Number(value('--seed') ?? 1),
  };
  if (
    !out ||
    ![args.operations, args.domains, args.seed].every((n) => Number.isInteger(n) && n > 0) ||
    args.domains < args.operations
  ) {
    process.stderr.write(
      'usage: npm run --silent synthetic-list -- --out DIR [--operations N] [--domains M >= N] [--seed S]\n',
    );
    process.exit(2);
  }
  return args;
}

/** A small, fixed pseudo-random generator (mulberry32): the same seed gives the same list on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'dark',
  'leak',
  'base',
  'stress',
  'boot',
  'mix',
  'coin',
  'proxy',
  'socks',
  'vpn',
  'forum',
  'shop',
  'market',
  'crypt',
  'rat',
  'nulled',
  'crack',
  'dump',
  'card',
  'fraud',
  'bot',
  'net',
  'zone',
  'hub',
  'ware',
  'dox',
  'panel',
  'host',
  'cash',
  'swap',
];
const TLDS = [
  'com',
  'net',
  'org',
  'io',
  'cc',
  'to',
  'ru',
  'su',
  'biz',
  'xyz',
  'pro',
  'la',
  'ws',
  'is',
  'me',
  'su',
  'top',
  'club',
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every value of a `source` field, anywhere in an operation. */
function sourceRefs(value: Json, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => sourceRefs(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'source' && typeof v === 'string') found.add(v);
      else sourceRefs(v, found);
    }
  }
  return found;
}

/** The operation with every `source` field renamed. */
function renameSources(value: Json, rename: (id: string) => string): Json {
  if (Array.isArray(value)) return value.map((v) => renameSources(v, rename));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        k === 'source' && typeof v === 'string' ? rename(v) : renameSources(v, rename),
      ]),
    );
  }
  return value;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const next = random(args.seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const templates = readOperationFiles()
    .map((f) => JSON.parse(f.text) as { [key: string]: Json })
    .filter((op) => (op.domains as Json[]).length > 0);
  const realDomains = new Set(templates.flatMap((op) => (op.domains as { domain: string }[]).map((d) => d.domain)));
  const taken = new Set<string>();
  const domainName = (): string => {
    for (;;) {
      const parts = Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(SYLLABLES));
      const digits = next() < 0.4 ? String(Math.floor(next() * 100)) : '';
      const name = `${parts.join(next() < 0.3 ? '-' : '')}${digits}.${pick(TLDS)}`;
      if (!taken.has(name) && !realDomains.has(name)) {
        taken.add(name);
        return name;
      }
    }
  };

  rmSync(args.out, { recursive: true, force: true });
  for (const dir of ['operations', 'sources']) mkdirSync(join(args.out, dir), { recursive: true });
  cpSync(join(DATA_DIR, 'never-flag.json'), join(args.out, 'never-flag.json'));
  const perOperation = Math.floor(args.domains / args.operations);
  for (let k = 0; k < args.operations; k++) {
    const template = templates[k % templates.length];
    const id = `syn-${k}-${template.id as string}`;
    const rename = (source: string) => `syn-${k}-${source}`;
    const { domains: templateDomains, ...rest } = template;
    const op = renameSources(rest, rename) as { [key: string]: Json };
    const count = perOperation + (k < args.domains % args.operations ? 1 : 0);
    const names = Array.from({ length: count }, domainName);
    const first = (templateDomains as { lastChecked: string; reviewBy: string }[])[0];
    const date = (template.dates as { from: string }).from;
    const noticeId = `syn-${k}-seizure-notice`;
    const quote = (name: string) => `The domain ${name} has been seized by law enforcement.`;
    // The template's sources, and those their headers point to (cited-by, same-story-as), renamed alike.
    const needed = [...new Set([...(template.sources as string[]), ...sourceRefs(rest)])];
    for (let i = 0; i < needed.length; i++) {
      const text = readFileSync(join(DATA_DIR, 'sources', `${needed[i]}.txt`), 'utf8');
      const renamed = text.replace(/^(cited-by|same-story-as): *(.+)$/gm, (_, key: string, ids: string) => {
        const list = ids.split(/[ ,]+/).filter(Boolean);
        for (const other of list) if (!needed.includes(other)) needed.push(other);
        return `${key}: ${list.map(rename).join(', ')}`;
      });
      writeFileSync(join(args.out, 'sources', `${rename(needed[i])}.txt`), renamed);
    }
    writeFileSync(
      join(args.out, 'sources', `${noticeId}.txt`),
      [
        `title: Seizure notice ${k} (synthetic)`,
        `url: https://seizure-notice.example/${k}`,
        `publisher: Synthetic police force ${k}`,
        'kind: official',
        `date: ${date}`,
        'lang: en',
        `read: ${first.lastChecked}`,
        'via: made up for the synthetic list (measurement only, never shipped)',
        '',
        ...names.map(quote),
        '',
      ].join('\n'),
    );
    const platform = template.platform as { nl: string; en: string };
    Object.assign(op, {
      id,
      platform: { nl: `${platform.nl} ${k}`, en: `${platform.en} ${k}` },
      sources: [
        ...(template.sources as string[]).map(rename),
        ...needed.filter((n) => !(template.sources as string[]).includes(n)).map(rename),
        noticeId,
      ],
      domains: names.map((name) => ({
        domain: name,
        confidence: 'high',
        history: [{ date, status: 'seized', evidence: [{ source: noticeId, quote: quote(name) }] }],
        lastChecked: first.lastChecked,
        reviewBy: first.reviewBy,
      })),
    });
    writeFileSync(
      join(args.out, 'operations', `${id}.json`),
      canonicalText(op as unknown as { domains: { domain: string }[] }),
    );
  }
  console.log(`synthetic list: ${args.operations} operations, ${taken.size} domains in ${args.out}`);
}

main();
