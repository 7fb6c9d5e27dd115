/* oxlint-disable typescript/no-misused-spread -- the character sets spread here are ASCII on purpose */
// Property-based tests (fast-check) of the host normalisers and the matcher: no input makes them throw,
// normalising twice changes nothing, and the matcher agrees with a deliberately plain reference on hosts
// built from listed names, look-alikes and noise. The number of generated cases is printed at the end.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLine } from '../../src/publish/check-line.ts';
import { hostFromUrl, normaliseHost, normaliseVisitedHost, readHostName } from '../../src/core/host.ts';
import { checkUrl, createMatcher } from '../../src/core/matcher.ts';
import { deriveTabState } from '../../src/core/tab-state.ts';
import { readWarningTarget } from '../../src/core/warning-target.ts';
import { TRICK_DOMAINS } from '../fixtures/url-tricks.ts';

const INDEX = {
  ...TRICK_DOMAINS,
  'rf.ws': { operation: 'raidforums', status: 'seized', confidence: 'high' },
  'xn--bcher-kva.example': { operation: 'idn', status: 'seized', confidence: 'high' },
} as const;
const LISTED = Object.keys(INDEX);
const matcher = createMatcher(INDEX);

/** The reference: as plain as it can be. A host matches a listed name if it is that name or ends in "." + it. */
function reference(host: string): string | null {
  let name = host;
  while (name.endsWith('.')) name = name.slice(0, -1);
  name = name.replace(/[A-Z]/g, (c) => c.toLowerCase());
  let best: string | null = null;
  for (const listed of LISTED) {
    if (name === listed || name.endsWith(`.${listed}`)) {
      if (best === null || listed.length > best.length) best = listed;
    }
  }
  return best;
}

const runs: Record<string, number> = {};
const count = (name: string) => {
  runs[name] = (runs[name] ?? 0) + 1;
};
/** How many generated cases reached the interesting branch, so a property that passes vacuously shows. */
const reached: Record<string, number> = {};
afterAll(() => {
  const total = Object.values(runs).reduce((a, b) => a + b, 0);
  const list = (o: Record<string, number>) =>
    Object.entries(o)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  console.log(`property-based tests: ${total} generated cases (${list(runs)}; of which ${list(reached)})`);
});

// Any UTF-16 string, lone surrogates and control characters included.
const anyText = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...'.:/@\\?#%[]-_ aA0xX\t\n'), maxLength: 40 }),
);
const SCHEMES = [
  'http://',
  'https://',
  'HTTP:',
  'view-source:http://',
  'blob:https://',
  'filesystem:http://',
  'ftp://',
  'data:',
  'javascript:',
  'view-source:',
  '',
];
const anyInput = fc.oneof(
  anyText,
  fc
    .tuple(fc.constantFrom(...SCHEMES), anyText, fc.constantFrom('', '/', '.leakbase.la/', '@leakbase.la/'))
    .map((p) => p.join('')),
);

const LDH = 'abcdefghijklmnopqrstuvwxyz0123456789-';
const ldhLabel = fc.string({ unit: fc.constantFrom(...LDH), minLength: 1, maxLength: 12 });
/** Noise for a label: plain letters, the characters browsers allow but DNS does not, or any code point. */
const noiseLabel = fc.oneof(
  ldhLabel,
  fc.string({ unit: fc.constantFrom(...`${LDH}_$*!'()+,;=~&{}\``), minLength: 0, maxLength: 10 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }).filter((s) => !s.includes('.')),
);
const listedName = fc.constantFrom(...LISTED);
/** A listed name with one small change: the kind of name a look-alike domain uses. */
const lookAlike = fc
  .tuple(listedName, fc.nat(), fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzILO01-_.'), fc.integer({ min: 0, max: 6 }))
  .map(([name, at, c, kind]) => {
    const i = at % name.length;
    switch (kind) {
      case 0:
        return name.slice(0, i) + c + name.slice(i + 1);
      case 1:
        return name.slice(0, i) + c + name.slice(i);
      case 2:
        return name.slice(0, i) + name.slice(i + 1);
      case 3:
        return `not${name}`;
      case 4:
        return `${name}${c}`;
      case 5:
        return name.replace('.', c);
      default:
        return name.toUpperCase();
    }
  });
const host = fc
  .tuple(
    fc.array(noiseLabel, { maxLength: 3 }),
    fc.oneof(
      { arbitrary: listedName, weight: 3 },
      { arbitrary: lookAlike, weight: 2 },
      { arbitrary: fc.array(noiseLabel, { minLength: 1, maxLength: 3 }).map((l) => l.join('.')), weight: 1 },
    ),
    fc.oneof(
      { arbitrary: fc.constant(''), weight: 4 },
      { arbitrary: fc.constant('.evil.test'), weight: 1 },
      { arbitrary: noiseLabel.map((l) => `.${l}`), weight: 1 },
    ),
    fc.integer({ min: 0, max: 3 }),
  )
  .map(([before, core, after, dots]) => [...before, `${core}${after}`].join('.') + '.'.repeat(dots));

describe('nothing throws', () => {
  it('on any string, as a host, a URL or a warning-page hash', () => {
    fc.assert(
      fc.property(anyInput, (s) => {
        count('never throws');
        for (const text of [s, `http://${s}/`, `https://x.${s}.leakbase.la/`]) {
          normaliseHost(text);
          readHostName(text);
          normaliseVisitedHost(text);
          matcher(text);
          const read = hostFromUrl(text);
          if (read.ok) expect(read.host.endsWith('.')).toBe(false);
          checkUrl(matcher, text);
          checkLine(matcher, text);
          readWarningTarget(matcher, `#${text}`);
          deriveTabState(matcher, text, 'chrome-extension://abc/src/warning/index.html');
        }
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['a run of dots before a letter', `http://${'.'.repeat(1_000_000)}x/`],
    ['a million labels', `http://${'a.'.repeat(500_000)}leakbase.la/`],
    ['a million at signs', `http://${'@'.repeat(1_000_000)}leakbase.la/`],
    ['a million colons', `http://leakbase.la${':'.repeat(1_000_000)}/`],
    ['a million dots as a bare host', '.'.repeat(1_000_000)],
    ['a million dots and a port', `${'.'.repeat(1_000_000)}:`],
    ['nested wrappers', `${'view-source:'.repeat(100_000)}http://leakbase.la/`],
  ])('on %s (bounded: no regex backtracks over it)', (_name, input) => {
    expect(() => checkLine(matcher, input)).not.toThrow();
    expect(() => readWarningTarget(matcher, `#${input}`)).not.toThrow();
    expect(() => matcher(input)).not.toThrow();
  });
});

describe('normalising is idempotent', () => {
  const hostText = fc.oneof(host, anyText);
  it('for dataset entries (normaliseHost)', () => {
    fc.assert(
      fc.property(hostText, (s) => {
        count('normaliseHost idempotent');
        const once = normaliseHost(s);
        if (once.ok) expect(normaliseHost(once.host)).toEqual(once);
      }),
      { numRuns: 2000 },
    );
  });
  it('for visited hosts (readHostName, hostFromUrl, normaliseVisitedHost)', () => {
    fc.assert(
      fc.property(hostText, (s) => {
        count('visited host idempotent');
        const once = readHostName(s);
        if (once.ok) expect(readHostName(once.host)).toEqual(once);
        const url = hostFromUrl(`http://${s}/`);
        if (url.ok) expect(hostFromUrl(`http://${url.host}/`)).toMatchObject({ ok: true, host: url.host });
        expect(normaliseVisitedHost(normaliseVisitedHost(s))).toBe(normaliseVisitedHost(s));
      }),
      { numRuns: 2000 },
    );
  });
  it('and a dataset entry reads the same as a visited host', () => {
    fc.assert(
      fc.property(host, (s) => {
        count('dataset entry = visited host');
        const strict = normaliseHost(s);
        if (strict.ok) expect(readHostName(s)).toEqual(strict);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the matcher agrees with the plain reference', () => {
  it('on hosts built from listed names, look-alikes and noise', () => {
    let matched = 0;
    fc.assert(
      fc.property(host, (h) => {
        count('agrees with reference');
        const expected = reference(h);
        if (expected) matched++;
        expect(matcher(h)?.domain ?? null).toBe(expected);
      }),
      { numRuns: 3000 },
    );
    // Both outcomes must be well represented, or the comparison says little.
    reached['listed by the reference'] = matched;
    expect(matched).toBeGreaterThan(500);
    expect(matched).toBeLessThan(2500);
  });
  it('on the same hosts in URLs, after the URL parser read them', () => {
    fc.assert(
      fc.property(host, (h) => {
        count('agrees in URLs');
        const result = checkUrl(matcher, `http://${h}/`);
        if (!result.ok) return;
        expect(result.match?.domain ?? null).toBe(reference(new URL(`http://${h}/`).hostname));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('subdomains of a listed host still match', () => {
  it('whatever their labels hold', () => {
    fc.assert(
      fc.property(listedName, fc.array(noiseLabel, { minLength: 1, maxLength: 4 }), (d, labels) => {
        count('subdomain matches');
        const domain = matcher(`${labels.join('.')}.${d}`)?.domain;
        expect(domain === d || domain?.endsWith(`.${d}`)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  it('in any URL the browser accepts', () => {
    // Characters that end the host or that the parser drops are left out: they change the URL, not the label.
    const char = fc.oneof(
      { arbitrary: fc.constantFrom(...`${LDH}_$*!'()+,;=~&{}\``), weight: 20 },
      { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 1 },
    );
    const label = fc
      .string({ unit: char, minLength: 1, maxLength: 8 })
      // oxlint-disable-next-line no-control-regex -- a label must not hold control characters
      .filter((s) => !/[./\\?#@:%\s\u0000-\u001f]/.test(s));
    let accepted = 0;
    fc.assert(
      fc.property(listedName, fc.array(label, { minLength: 1, maxLength: 3 }), (d, labels) => {
        count('subdomain matches in URLs');
        const result = checkUrl(matcher, `https://${labels.join('.')}.${d}/`);
        if (!result.ok) {
          // Only "not a URL" is allowed, for labels the URL standard refuses (invalid punycode, bidi rules, …).
          expect(result.isUrl).toBe(false);
          return;
        }
        accepted++;
        expect(result.match?.domain === d || result.match?.domain.endsWith(`.${d}`)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    reached['subdomain URLs the parser accepted'] = accepted;
    expect(accepted).toBeGreaterThan(500);
  });
});

describe('changing or adding a character in a label of a listed name never matches it', () => {
  /** A listed name, perhaps under subdomains, with one character of the listed part replaced, added or removed. */
  const mutated = (chars: fc.Arbitrary<string>) =>
    fc
      .tuple(listedName, fc.array(ldhLabel, { maxLength: 2 }), fc.nat(), chars, fc.integer({ min: 0, max: 2 }))
      .map(([d, subs, at, c, kind]) => {
        const i = at % d.length;
        const changed =
          kind === 0
            ? d.slice(0, i) + c + d.slice(i + 1)
            : kind === 1
              ? d.slice(0, i) + c + d.slice(i)
              : d.slice(0, i) + d.slice(i + 1);
        return { d, host: subs.map((s) => `${s}.`).join('') + changed, kind, original: d[i], c };
      })
      // A dot adds or removes a label instead of changing one; a letter replaced by itself or its capital is no change.
      .filter(
        ({ kind, original, c }) => (kind === 1 || original !== '.') && !(kind === 0 && c.toLowerCase() === original),
      );

  it('as a host string, any character', () => {
    const c = fc
      .oneof(
        fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_'),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      )
      .filter((ch) => ch !== '.');
    fc.assert(
      fc.property(mutated(c), ({ d, host: h }) => {
        count('changed label (host)');
        const domain = matcher(h)?.domain ?? null;
        expect(domain).not.toBe(d);
        // It may still match something else that is listed: a parent (www.warzone.ws → warzone.ws).
        expect(domain).toBe(reference(h));
      }),
      { numRuns: 3000 },
    );
  });

  it('in a URL, any ASCII character the parser keeps', () => {
    const c = fc.constantFrom(...`abcdefghijklmnopqrstuvwxyz0123456789-_$*!'()+,;=~&{}\``);
    let accepted = 0;
    fc.assert(
      fc.property(mutated(c), ({ d, host: h }) => {
        count('changed label (URL)');
        const result = checkUrl(matcher, `http://${h}/`);
        if (!result.ok) return;
        accepted++;
        expect(result.match?.domain).not.toBe(d);
        expect(result.match?.domain ?? null).toBe(reference(result.host));
      }),
      { numRuns: 3000 },
    );
    reached['changed-label URLs the parser accepted'] = accepted;
    expect(accepted).toBeGreaterThan(2000);
  });
});
