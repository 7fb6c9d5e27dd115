// The catalogue page in real Chromium and Firefox ESR: every operation of the compiled list, a pasted address
// answered with its listed parent, filters with counts that also narrow the domain tables, one flat table of
// every domain (sorted by its header buttons, its domains copied to the clipboard), "new in this list", both
// languages, 1280 and 360 px with no cell or key number narrower than its longest word; and the opt-in "Have I been
// there?" check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { EMPTY_QUERY, filterCounts, searchCatalogue, type CatalogueQuery } from '../../src/core/catalogue-search.ts';
import type { BundledIndex } from '../../src/core/bundle-layout.ts';
import type { CompiledDataset, Language } from '../../src/core/dataset-types.ts';
import { currentStatus } from '../../src/core/domain-status.ts';
import { DEFAULT_SORT, sortRows, type DomainRow, type SortOrder } from '../../src/core/domain-table.ts';
import { LOCALES } from '../../src/core/format.ts';
import { LISTING_KINDS, listingKind } from '../../src/core/listing-kind.ts';
import { createMatcher } from '../../src/core/matcher.ts';
import { INSTALLED_LEVEL, presentation } from '../../src/core/warning-level.ts';
import { BROWSERS, newProfileDir } from './support/browsers.ts';
import { EXTENSION_API, waitFor, type Driver, type TabHandle } from './support/driver.ts';
import { CONFIRMED, REPORTED, REPORTED_SUB } from './support/hosts.ts';
import { ROOT, screenshotPath } from './support/paths.ts';
import { browserSuite } from './support/suite.ts';
import { expectRoomForWords, heightOf } from './support/word-fit.ts';

const dataset = JSON.parse(readFileSync(join(ROOT, 'src', 'generated', 'dataset.json'), 'utf8')) as CompiledDataset;
const index = JSON.parse(readFileSync(join(ROOT, 'src', 'generated', 'index.json'), 'utf8')) as BundledIndex;
const matcher = createMatcher(dataset.domains);
const newDomains = new Set(index.changes?.added ?? []);
const total = dataset.operations.length;
const domainTotal = dataset.operations.reduce((n, o) => n + o.domains.length, 0);
const expectedIds = (q: Partial<CatalogueQuery>, lang: 'nl' | 'en') =>
  searchCatalogue(dataset.operations, { ...EMPTY_QUERY, ...q }, lang, matcher, newDomains).hits.map(
    (hit) => `op-${hit.operation.id}`,
  );
const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const CATALOGUE = '/src/catalogue/index.html';

/** Every row of the table of every domain, as the page builds it (at the level a new install has). */
const tableRows = (lang: Language): DomainRow[] =>
  dataset.operations.flatMap((op) =>
    op.domains.map((d) => {
      const entry = { status: currentStatus(d), confidence: d.confidence };
      return {
        domain: d.domain,
        platform: op.platform[lang],
        kind: listingKind(entry),
        confidence: d.confidence,
        shown: presentation(entry, INSTALLED_LEVEL),
        lastChecked: d.lastChecked,
      };
    }),
  );
const expectedOrder = (order: SortOrder, lang: Language) =>
  sortRows(tableRows(lang), order, new Intl.Collator(LOCALES[lang], { numeric: true }).compare).map((r) => r.domain);

const flatDomains = (page: TabHandle) =>
  page.evaluate<string[]>(
    `[...document.querySelectorAll('#flat-table tbody th .domain-name')].map((e) => e.textContent)`,
  );
const ariaSort = (page: TabHandle) =>
  page.evaluate<[string, string | null][]>(
    `[...document.querySelectorAll('#flat-table thead th')].map((th) => [th.className, th.getAttribute('aria-sort')])`,
  );

/** What the page put on the clipboard, read back in the page itself. */
async function clipboardText(driver: Driver, page: TabHandle): Promise<string> {
  await driver.allowClipboardRead();
  await page.bringToFront();
  return page.evaluate<string>('navigator.clipboard.readText()');
}

const shownIds = (page: TabHandle) =>
  page.evaluate<string[]>(`[...document.querySelectorAll('#results > li > details')].map((d) => d.id)`);

/** Types into the search field with the keyboard, as a user would. */
async function search(page: TabHandle, text: string): Promise<void> {
  await page.evaluate(
    `(() => { const q = document.getElementById('query'); q.value = ''; q.dispatchEvent(new Event('input')); })()`,
  );
  await page.click('#query');
  for (const key of text) await page.press(key);
}

async function choose(page: TabHandle, select: string, value: string): Promise<void> {
  await page.evaluate(
    `(() => { const s = document.querySelector(${JSON.stringify(select)}); s.value = ${JSON.stringify(value)}; s.dispatchEvent(new Event('change')); s.dispatchEvent(new Event('input')); })()`,
  );
}

async function tick(page: TabHandle, id: string, on: boolean): Promise<void> {
  await page.evaluate(
    `(() => { const c = document.getElementById(${JSON.stringify(id)}); c.checked = ${on}; c.dispatchEvent(new Event('input')); })()`,
  );
}

const historyPermission = (driver: Driver) =>
  driver.inExtension<boolean>(`${EXTENSION_API}.permissions.contains({ permissions: ['history'] })`);
const storageSnapshot = (driver: Driver) =>
  driver.inExtension<string>(`${EXTENSION_API}.storage.local.get(null).then((r) => JSON.stringify(r))`);

for (const browser of BROWSERS) {
  describe(`${browser.name}`, () => {
    let page: TabHandle;
    const s = browserSuite(browser, { profileDir: newProfileDir(), lang: 'en-US' });
    const step = s.step;

    step('lists every operation of the compiled list, with the list date and labelled controls', async () => {
      page = await s.driver.openExtensionPage(CATALOGUE);
      await page.setViewport(1000, 800);
      const ids = await waitFor(
        `${browser.name}: catalogue rendered`,
        () => shownIds(page),
        (l) => l.length === total,
      );
      expect(ids.sort()).toEqual(dataset.operations.map((o) => `op-${o.id}`).sort());
      const text = await page.text();
      expect(text).toContain('Catalogue of platforms taken down by police');
      expect(text).toMatch(
        new RegExp(`List of \\d+ \\w+ \\d{4}: ${total} operations, ${Object.keys(dataset.domains).length} domains\\.`),
      );
      expect(await page.text('#count')).toBe(`${total} of ${total} operations shown, with ${domainTotal} domains.`);
      // Nothing is checked on this page unless the reader asks: the footer says where everything happens.
      expect(await page.text('#page-footer')).toContain(
        'Everything happens on your own device. Takedown Alert sends nothing.',
      );
      expect(text).not.toContain('Checked on your device');
      for (const op of dataset.operations) expect(text).toContain(op.platform.en);
      for (const domain of Object.keys(dataset.domains))
        expect(text, `every domain is listed: ${domain}`).toContain(domain);
      // An operation listed without a domain says so.
      for (const op of dataset.operations.filter((o) => o.domains.length === 0))
        expect(await page.text(`#op-${op.id} > summary`)).toContain('No domain on the list');
      // Every control has a visible label; the count is announced politely.
      const labels = await page.evaluate<string[]>(
        `['query', 'kind', 'confidence', 'language'].map((id) => document.getElementById(id).labels[0]?.innerText.trim() ?? '')`,
      );
      expect(labels).toEqual([
        'Search, or paste an address',
        'Kind',
        'Confidence',
        expect.stringContaining('Language'),
      ]);
      expect(
        await page.evaluate(
          `[document.getElementById('count').getAttribute('role'), document.getElementById('count').getAttribute('aria-live')]`,
        ),
      ).toEqual(['status', 'polite']);
    });

    step('no accessibility violations (axe-core, WCAG 2.1 A/AA and best practice) with every card open', async () => {
      await page.evaluate(`document.querySelectorAll('#results > li > details').forEach((d) => { d.open = true; })`);
      await waitFor(
        `${browser.name}: every card built`,
        () => page.evaluate<number>(`document.querySelectorAll('#results .card .sources').length`),
        (n) => n === total,
      );
      const violations = await page.evaluate<string[]>(`${AXE};
        axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] })
          .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')))`);
      expect(violations).toEqual([]);
      await page.evaluate(`document.querySelectorAll('#results > li > details').forEach((d) => { d.open = false; })`);
    });

    step('a pasted address, host or subdomain finds its listed parent and says so', async () => {
      const reported = 'an address of LeakBase (taken down by police; not confirmed for this address).';
      for (const [text, op, answer] of [
        [`https://${REPORTED_SUB}/threads/123`, 'op-leakbase', `${REPORTED_SUB} belongs to ${REPORTED}, ${reported}`],
        [`www.${REPORTED}`, 'op-leakbase', `www.${REPORTED} belongs to ${REPORTED}, ${reported}`],
        [REPORTED_SUB, 'op-leakbase', `${REPORTED_SUB} belongs to ${REPORTED}, ${reported}`],
        [
          REPORTED,
          'op-leakbase',
          `${REPORTED} is on the list, as an address of LeakBase (taken down by police; not confirmed for this address).`,
        ],
        [
          `https://${CONFIRMED}/`,
          'op-raidforums',
          `${CONFIRMED} is on the list, as an address of RaidForums (taken down by police, confirmed for this address).`,
        ],
      ]) {
        await search(page, text);
        await waitFor(
          `${browser.name}: address search ${text}`,
          () => shownIds(page),
          (l) => l.join() === op,
        );
        await waitFor(
          `${browser.name}: the answer to ${text}`,
          () => page.text('#address-result'),
          (t) => t === answer,
        );
      }
      await search(page, 'notleakbase.la');
      await waitFor(
        `${browser.name}: an unlisted address`,
        () => page.exists('#address-result.address-unlisted'),
        Boolean,
      );
      expect(await page.text('#address-result')).toBe('notleakbase.la is not on the list.');
      expect(await shownIds(page)).toEqual([]);
    });

    step(
      '"leakbase" narrows the list to LeakBase, whose card opens (also by keyboard) with evidence and sources',
      async () => {
        await search(page, 'leakbase');
        await waitFor(
          `${browser.name}: search leakbase`,
          () => shownIds(page),
          (l) => l.join() === 'op-leakbase',
        );
        await page.click('#op-leakbase > summary');
        await waitFor(`${browser.name}: LeakBase card open`, () => page.exists('#op-leakbase .card .sources'), Boolean);
        const card = await page.text('#op-leakbase');
        for (const text of [
          'LeakBase',
          'Operation Leak',
          'Domains of LeakBase',
          'leakbase.la',
          'leakbase.bz',
          'How it is shown',
          'Notice on the page',
          'Full page',
          'What happened',
          'In the words of the police',
          'What this means for you and what to do',
          `Why ${REPORTED} is on the list`,
          'Seized by police',
          'Possible relaunch or copycat',
          'Last checked',
          'Sources',
        ])
          expect(card, `LeakBase card should say "${text}"`).toContain(text);
        await page.screenshot(screenshotPath(`${browser.name}-catalogue-leakbase-en`));
        // Keyboard: the summary is focusable and Enter closes and opens the card.
        if (browser.name === 'chromium') {
          await page.evaluate(`document.querySelector('#op-leakbase > summary').focus()`);
          await page.press('Enter');
          await waitFor(
            `${browser.name}: Enter closes the card`,
            () => page.evaluate<boolean>(`document.getElementById('op-leakbase').open`),
            (open) => !open,
          );
          await page.press('Enter');
          await waitFor(
            `${browser.name}: Enter opens the card`,
            () => page.evaluate<boolean>(`document.getElementById('op-leakbase').open`),
            Boolean,
          );
        }
      },
    );

    step(
      'filters say how many domains each value keeps, offer no value that keeps nothing, and narrow the domain tables too',
      async () => {
        await search(page, '');
        // Each value says how many domains it keeps (the result line counts operations and domains), and a value
        // that would keep nothing is not offered.
        const counts = filterCounts(dataset.operations, newDomains);
        const kinds = await page.evaluate<[string, string][]>(
          `[...document.querySelectorAll('#kind option')].map((o) => [o.value, o.textContent])`,
        );
        const kindNames = {
          takedown: 'Taken down by police',
          reported: 'Taken down by police; this address not confirmed',
          relaunch: 'Possible relaunch or copycat',
          former: 'Former address of the platform',
          released: "No longer the platform's",
        };
        const domainsText = (n: number) => `${n} ${n === 1 ? 'domain' : 'domains'}`;
        expect(kinds).toEqual([
          ['all', `All: ${domainsText(domainTotal)}`],
          ...LISTING_KINDS.filter((k) => counts.kind[k] > 0).map((k) => [
            k,
            `${kindNames[k]}: ${domainsText(counts.kind[k])}`,
          ]),
        ]);
        expect(
          await page.evaluate<string[]>(
            `[...document.querySelectorAll('#confidence option')].map((o) => o.textContent)`,
          ),
        ).toEqual([
          `All: ${domainsText(domainTotal)}`,
          ...(['high', 'medium', 'low'] as const)
            .filter((c) => counts.confidence[c] > 0)
            .map((c) => `${c[0]!.toUpperCase()}${c.slice(1)}: ${domainsText(counts.confidence[c])}`),
        ]);
        await choose(page, '#kind', 'relaunch');
        const relaunch = expectedIds({ kind: 'relaunch' }, 'en');
        expect(relaunch).toContain('op-leakbase');
        await waitFor(
          `${browser.name}: kind filter`,
          () => shownIds(page),
          (l) => l.join() === relaunch.join(),
        );
        expect(await page.text('#op-leakbase > summary')).toContain('Domains: leakbase.bz');
        await page.evaluate(`document.getElementById('op-leakbase').open = true`);
        await waitFor(`${browser.name}: card built`, () => page.exists('#op-leakbase table.domains'), Boolean);
        expect(
          await page.evaluate<string[]>(
            `[...document.querySelectorAll('#op-leakbase table.domains tbody th')].map((th) => th.textContent.trim())`,
          ),
          'the table holds only the domains that fit',
        ).toEqual(['leakbase.bz']);
        await choose(page, '#kind', 'all');
        await choose(page, '#confidence', 'medium');
        await search(page, 'leakbase 2026');
        await waitFor(
          `${browser.name}: search and filter combined`,
          () => shownIds(page),
          (l) => l.join() === 'op-leakbase',
        );
        await choose(page, '#confidence', 'all');
      },
    );

    step('one flat table of every domain, and "new in this list"', async () => {
      await search(page, '');
      await tick(page, 'flat-view', true);
      await waitFor(
        `${browser.name}: flat table`,
        () => page.evaluate<number>(`document.querySelectorAll('#flat-table tbody tr').length`),
        (n) => n === domainTotal,
      );
      expect(await page.text('#flat-table caption')).toBe(`Every domain shown (${domainTotal})`);
      // Each kind is its mark and a short name; the legend names all five marks in full.
      expect(
        await page.evaluate<string[]>(
          `[...document.querySelectorAll('#kind-legend li')].map((li) => li.innerText.replace(/\\s+/g, ' ').trim())`,
        ),
      ).toEqual([
        '! Taken down by police',
        '!? Taken down by police; this address not confirmed',
        '? Possible relaunch or copycat',
        'i Former address of the platform',
        "~ No longer the platform's",
      ]);
      const kindCells = await page.evaluate<string[]>(
        `[...document.querySelectorAll('#flat-table td.col-kind')].map((td) => td.innerText.replace(/\\s+/g, ' ').trim())`,
      );
      expect(kindCells).toHaveLength(domainTotal);
      for (const cell of kindCells)
        expect(cell).toMatch(
          /^(!|!\?|\?|i|~) (Taken down|Seizure not confirmed|Relaunch or copycat\?|Former address|No longer the platform's)$/,
        );
      // The header buttons, the legend and "Copy domains" pass the same accessibility rules as the cards.
      expect(
        await page.evaluate<string[]>(`${AXE};
          axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] })
            .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')))`),
      ).toEqual([]);
      await page.screenshot(screenshotPath(`${browser.name}-catalogue-flat-en`), false);
      if (newDomains.size > 0) {
        await tick(page, 'new-only', true);
        await waitFor(
          `${browser.name}: only new domains`,
          () =>
            page.evaluate<string[]>(
              `[...document.querySelectorAll('#flat-table tbody th')].map((th) => th.querySelector('.domain-name').textContent)`,
            ),
          (l) =>
            l.length === [...newDomains].filter((d) => d in dataset.domains).length &&
            l.every((d) => newDomains.has(d)),
        );
        await tick(page, 'new-only', false);
      }
      await tick(page, 'flat-view', false);
    });

    step(
      'the flat table sorts by domain first, and by any column with its header button (mouse or keyboard)',
      async () => {
        await search(page, '');
        await tick(page, 'flat-view', true);
        await waitFor(
          `${browser.name}: flat table`,
          () => flatDomains(page),
          (l) => l.length === domainTotal,
        );
        expect(await flatDomains(page), 'by domain, A to Z').toEqual(expectedOrder(DEFAULT_SORT, 'en'));
        expect(await ariaSort(page)).toEqual([
          ['col-domain', 'ascending'],
          ['col-platform', null],
          ['col-kind', null],
          ['col-confidence', null],
          ['col-shown', null],
          ['col-lastChecked', null],
        ]);
        // Real <button>s in the headers, named by the column.
        expect(
          await page.evaluate<string[]>(
            `[...document.querySelectorAll('#flat-table thead th > button[type="button"]')].map((b) => b.innerText.replace(/[▲▼]/g, '').trim())`,
          ),
        ).toEqual(['Domain', 'Platform', 'Kind', 'Confidence', 'How it is shown', 'Last checked']);
        for (const [column, direction] of [
          ['platform', 'ascending'],
          ['platform', 'descending'],
          ['confidence', 'ascending'],
          ['domain', 'ascending'],
          ['domain', 'descending'],
        ] as const) {
          await page.click(`#flat-table th.col-${column} button`);
          await waitFor(
            `${browser.name}: sorted by ${column}, ${direction}`,
            () => flatDomains(page),
            (l) => l.join() === expectedOrder({ column, direction }, 'en').join(),
          );
          const sorts = (await ariaSort(page)).filter(([, sort]) => sort !== null);
          expect(sorts).toEqual([[`col-${column}`, direction]]);
        }
        // By keyboard: Tab to a header button and press Enter; the focus stays on it, so Enter again turns the order round.
        await page.evaluate(`document.querySelector('#flat-table th.col-kind button').focus()`);
        await page.press('Enter');
        await waitFor(
          `${browser.name}: sorted by kind with the keyboard`,
          () => flatDomains(page),
          (l) => l.join() === expectedOrder({ column: 'kind', direction: 'ascending' }, 'en').join(),
        );
        expect(await page.evaluate<string>(`document.activeElement.closest('th')?.className ?? ''`)).toBe('col-kind');
        await page.press('Enter');
        await waitFor(
          `${browser.name}: kind turned round with the keyboard`,
          () => ariaSort(page),
          (l) => l.some(([c, sort]) => c === 'col-kind' && sort === 'descending'),
        );
        expect(await flatDomains(page)).toEqual(expectedOrder({ column: 'kind', direction: 'descending' }, 'en'));
      },
    );

    step(
      '"Copy domains" puts exactly the domains shown, in the order shown, on the clipboard, and says so',
      async () => {
        // Still sorted by kind, Z to A: every domain.
        const all = await flatDomains(page);
        expect(all).toHaveLength(domainTotal);
        await page.click('#copy-domains');
        await waitFor(
          `${browser.name}: copy confirmed`,
          () => page.text('#copy-status'),
          (t) => t === `${domainTotal} domains copied, one per line.`,
        );
        expect(
          await page.evaluate(
            `[document.getElementById('copy-status').getAttribute('role'), document.getElementById('copy-status').getAttribute('aria-live')]`,
          ),
        ).toEqual(['status', 'polite']);
        expect(await clipboardText(s.driver, page)).toBe(all.join('\n'));
        // Filtered to the former addresses: only those rows, and only those domains.
        await choose(page, '#kind', 'former');
        const former = expectedOrder({ column: 'kind', direction: 'descending' }, 'en').filter(
          (d) => listingKind(dataset.domains[d]!) === 'former',
        );
        await waitFor(
          `${browser.name}: only former addresses`,
          () => flatDomains(page),
          (l) => l.join() === former.join(),
        );
        expect(await page.text('#copy-status'), 'the earlier confirmation is gone with the rows it counted').toBe('');
        await page.click('#copy-domains');
        await waitFor(
          `${browser.name}: copy of the filtered rows confirmed`,
          () => page.text('#copy-status'),
          (t) => t === `${former.length} ${former.length === 1 ? 'domain' : 'domains'} copied, one per line.`,
        );
        expect(await clipboardText(s.driver, page)).toBe(former.join('\n'));
        await choose(page, '#kind', 'all');
        await tick(page, 'flat-view', false);
      },
    );

    step(
      'no table cell and no key number is narrower than its longest word, at 1280 and 360 px, in English and Dutch',
      async () => {
        for (const lang of ['en', 'nl'] as const) {
          await choose(page, '#language', lang);
          await waitFor(
            `${browser.name}: catalogue in ${lang}`,
            () => page.evaluate<string>('document.documentElement.lang'),
            (l) => l === lang,
          );
          await tick(page, 'flat-view', true);
          await waitFor(
            `${browser.name}: flat table in ${lang}`,
            () => flatDomains(page),
            (l) => l.length === domainTotal,
          );
          for (const width of [1280, 360]) {
            await page.setViewport(width, 800);
            const height = await page.evaluate<number>(heightOf('#flat-table'));
            console.log(`${browser.name}: the table of every domain, ${lang}, at ${width} px: ${height} px tall`);
            await expectRoomForWords(
              page,
              '#flat-table th, #flat-table td, #kind-legend li',
              `${browser.name} ${lang} ${width} px flat table`,
            );
            expect(
              await page.evaluate<number>('document.documentElement.scrollWidth'),
              'no sideways scroll of the page',
            ).toBeLessThanOrEqual(width);
          }
          await tick(page, 'flat-view', false);
          await page.evaluate(
            `document.querySelectorAll('#results > li > details').forEach((d) => { d.open = true; })`,
          );
          await waitFor(
            `${browser.name}: every card built`,
            () => page.evaluate<number>(`document.querySelectorAll('#results .card .sources').length`),
            (n) => n === total,
          );
          expect(
            await page.evaluate<number>(`document.querySelectorAll('#results dl.numbers dd').length`),
          ).toBeGreaterThan(10);
          for (const width of [1280, 360]) {
            await page.setViewport(width, 800);
            await expectRoomForWords(
              page,
              'dl.numbers dt, dl.numbers dd, table.domains th, table.domains td',
              `${browser.name} ${lang} ${width} px cards`,
            );
          }
          await page.evaluate(
            `document.querySelectorAll('#results > li > details').forEach((d) => { d.open = false; })`,
          );
        }
        await choose(page, '#language', 'auto');
        await waitFor(
          `${browser.name}: back to English`,
          () => page.evaluate<string>('document.documentElement.lang'),
          (l) => l === 'en',
        );
        await page.setViewport(1000, 800);
      },
    );

    step('at 360 px the header wraps cleanly and no domain name breaks inside', async () => {
      await page.setViewport(360, 740);
      await page.evaluate(`document.querySelectorAll('#results > li > details').forEach((d) => { d.open = true; })`);
      await waitFor(
        `${browser.name}: every card built`,
        () => page.evaluate<number>(`document.querySelectorAll('#results .card .sources').length`),
        (n) => n === total,
      );
      expect(
        await page.evaluate<number>('document.documentElement.scrollWidth'),
        'no sideways scroll',
      ).toBeLessThanOrEqual(360);
      expect(
        await page.evaluate<number>(`document.querySelector('.bar .name').getClientRects().length`),
        'the name on one line',
      ).toBe(1);
      const broken = await page.evaluate<string[]>(
        `[...document.querySelectorAll('.domain-name')].filter((e) => e.getClientRects().length > 1 || e.getBoundingClientRect().height > parseFloat(getComputedStyle(e).lineHeight || '20') * 1.6).map((e) => e.textContent)`,
      );
      expect(broken, 'domain names that break').toEqual([]);
      await page.screenshot(screenshotPath(`${browser.name}-catalogue-360-en`), false);
      await page.evaluate(`document.querySelectorAll('#results > li > details').forEach((d) => { d.open = false; })`);
      await page.setViewport(1000, 800);
    });

    step('in Dutch: a Dutch country name finds the operations in that country; the card is in Dutch', async () => {
      await choose(page, '#language', 'nl');
      await waitFor(
        `${browser.name}: catalogue in Dutch`,
        () => page.evaluate<string>('document.documentElement.lang'),
        (l) => l === 'nl',
      );
      await search(page, 'Duitsland');
      const german = expectedIds({ text: 'Duitsland' }, 'nl');
      expect(german).toContain('op-cryptomixer');
      await waitFor(
        `${browser.name}: search Duitsland`,
        () => shownIds(page),
        (l) => l.join() === german.join(),
      );
      expect(await page.text('#count')).toMatch(
        new RegExp(`^${german.length} van de ${total} operaties getoond, met \\d+ domeinen\\.$`),
      );
      const text = await page.text();
      for (const expected of [
        'Platforms die de politie uit de lucht heeft gehaald',
        'Plak een adres om te zien of het op de lijst staat, en waarom.',
        'Dat gebeurt pas als je op de knop klikt.',
        'Alles gebeurt op je eigen apparaat. Takedown Alert verstuurt niets.',
        'Wat de tekens betekenen',
      ])
        expect(text, `the Dutch catalogue should say "${expected}"`).toContain(expected);
      expect(
        await page.evaluate<string[]>(
          `[...document.querySelectorAll('#kind-legend li')].map((li) => li.innerText.replace(/\\s+/g, ' ').trim())`,
        ),
      ).toEqual([
        '! Uit de lucht gehaald door de politie',
        '!? Uit de lucht gehaald door de politie; dit adres niet bevestigd',
        '? Mogelijk een doorstart of namaak',
        'i Vroeger adres van het platform',
        '~ Niet meer van het platform',
      ]);
      expect(
        await page.evaluate<string>(`document.querySelector('#kind option[value="takedown"]').textContent`),
      ).toMatch(/^Uit de lucht gehaald door de politie: \d+ domeinen$/);
      for (const [address, answer] of [
        [
          REPORTED_SUB,
          `${REPORTED_SUB} hoort bij ${REPORTED}, een adres van LeakBase (uit de lucht gehaald door de politie; niet bevestigd voor dit adres).`,
        ],
        [
          CONFIRMED,
          `${CONFIRMED} staat op de lijst, als adres van RaidForums (uit de lucht gehaald door de politie, bevestigd voor dit adres).`,
        ],
      ]) {
        await search(page, address);
        await waitFor(
          `${browser.name}: the Dutch answer to ${address}`,
          () => page.text('#address-result').catch(() => ''),
          (t) => t === answer,
        );
      }
      await search(page, '');
      await tick(page, 'flat-view', true);
      await waitFor(`${browser.name}: Dutch flat table`, () => page.exists('#copy-domains'), Boolean);
      expect(await page.text('#copy-domains')).toBe('Kopieer domeinen');
      expect(
        await page.evaluate<string[]>(
          `[...document.querySelectorAll('#flat-table thead th > button')].map((b) => b.innerText.replace(/[▲▼]/g, '').trim())`,
        ),
      ).toEqual(['Domein', 'Platform', 'Soort', 'Betrouwbaarheid', 'Weergave', 'Laatst gecontroleerd']);
      await page.click('#copy-domains');
      await waitFor(
        `${browser.name}: Dutch copy confirmed`,
        () => page.text('#copy-status'),
        (t) => t === `${domainTotal} domeinen gekopieerd, één per regel.`,
      );
      await tick(page, 'flat-view', false);
      await search(page, 'leakbase');
      await waitFor(
        `${browser.name}: search leakbase in Dutch`,
        () => shownIds(page),
        (l) => l.join() === 'op-leakbase',
      );
      await page.evaluate(`document.getElementById('op-leakbase').open = true`);
      await waitFor(`${browser.name}: Dutch card built`, () => page.exists('#op-leakbase .card .sources'), Boolean);
      const card = await page.text('#op-leakbase');
      for (const text of [
        'Wat er gebeurde',
        'In de woorden van de politie',
        `Waarom ${REPORTED} op de lijst staat`,
        'In beslag genomen door de politie',
        'Laatst gecontroleerd',
        'Bronnen',
        'Domeinen van LeakBase',
        'Melding op de pagina',
      ]) {
        expect(card, `Dutch LeakBase card should say "${text}"`).toContain(text);
      }
      expect(await page.text()).toContain('Ben ik daar geweest?');
      await page.screenshot(screenshotPath(`${browser.name}-catalogue-leakbase-nl`));
      await choose(page, '#language', 'auto');
      await waitFor(
        `${browser.name}: back to English`,
        () => page.evaluate<string>('document.documentElement.lang'),
        (l) => l === 'en',
      );
      expect(page.errors()).toEqual([]);
      await page.close();
    });

    step(
      'Have I been there? asks for the history permission on click, shows the visit with advice, keeps nothing, gives the permission back',
      async () => {
        expect(await historyPermission(s.driver), 'no history permission before the click').toBe(false);
        await s.driver.visit(s.driver.url(REPORTED));
        const before = await storageSnapshot(s.driver);
        const catalogue = await s.driver.openExtensionPage(CATALOGUE);
        await catalogue.setViewport(1000, 800);
        await waitFor(`${browser.name}: catalogue rendered`, () => catalogue.exists('#visits-check'), Boolean);
        await catalogue.click('#visits-check');
        await s.driver.acceptPermissionRequest();
        await waitFor(
          `${browser.name}: history check done`,
          () => catalogue.text('#visits-status'),
          (t) => t.includes("Listed domains in this browser's history: 1."),
          20_000,
        );
        const results = await catalogue.text('#visits-results');
        for (const text of [
          `You visited ${REPORTED} (LeakBase).`,
          'First visit:',
          'Last visit:',
          `Addresses visited: ${REPORTED}`,
          'What this means for you and what to do',
          'Nothing from this check was kept',
          'Give the permission back',
        ]) {
          expect(results, `history results should say "${text}"`).toContain(text);
        }
        expect(await historyPermission(s.driver)).toBe(true);
        expect(await storageSnapshot(s.driver), 'nothing from the check was written to storage').toBe(before);
        await catalogue.screenshot(screenshotPath(`${browser.name}-catalogue-history-hit-en`));
        await catalogue.click('#visits-give-back');
        await waitFor(
          `${browser.name}: permission given back`,
          () => catalogue.text('#visits-status'),
          (t) => t.includes('Permission given back'),
        );
        expect(await historyPermission(s.driver)).toBe(false);
        expect(await catalogue.exists('#visits-give-back')).toBe(false);
        expect(catalogue.errors()).toEqual([]);
        await catalogue.close();
      },
    );
  });
}
