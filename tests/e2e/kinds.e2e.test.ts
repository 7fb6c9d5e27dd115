// The kinds of listing side by side, in real Chromium and Firefox ESR, in English and in Dutch: each kind the list
// holds today has its own mark and colour on the toolbar button, its own icon and label on the warning page, and
// the same label in the popup. At the Strict level every kind that is still the platform's gets the full page, so
// each is seen there. (The fifth kind, a name the platform no longer holds, has no domain in today's list; the unit
// tests cover it.)
import { describe, expect } from 'vitest';
import { KIND_LOOK, type ListingKind } from '../../src/core/listing-kind.ts';
import { kindKeys, translator } from '../../src/i18n/translate.ts';
import { BROWSERS, newProfileDir } from './support/browsers.ts';
import { EXTENSION_API, waitFor } from './support/driver.ts';
import { CONFIRMED, FORMER, RELAUNCH, REPORTED } from './support/hosts.ts';
import { screenshotPath } from './support/paths.ts';
import { browserSuite } from './support/suite.ts';

const CASES: { kind: ListingKind; host: string }[] = [
  { kind: 'takedown', host: CONFIRMED },
  { kind: 'reported', host: REPORTED },
  { kind: 'relaunch', host: RELAUNCH },
  { kind: 'former', host: FORMER },
];

const label = (kind: ListingKind, lang: 'en' | 'nl') => translator(lang)(kindKeys(kind).name);
/** The label as one reads it: the mark sits in its own box, which innerText sets on a line of its own. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

for (const browser of BROWSERS) {
  describe(`${browser.name}: every kind of listing looks like itself`, () => {
    const s = browserSuite(browser, { profileDir: newProfileDir(), lang: 'en-US' });
    const seen: { kind: ListingKind; mark: string; colour: string; icon: string; en: string; nl: string }[] = [];

    async function settings(values: Record<string, string>): Promise<void> {
      await s.driver.inExtension(
        `${EXTENSION_API}.storage.local.get('settings').then((r) => ${EXTENSION_API}.storage.local.set({ settings: { ...(r.settings ?? {}), ...${JSON.stringify(values)} } }))`,
      );
    }

    s.step('at the Strict level, every kind on the list is stopped with the full page', async () => {
      await settings({ warningLevel: 'all', language: 'en' });
      await waitFor(
        `${browser.name}: a full page for every kind`,
        () =>
          s.driver.inExtension<string[]>(
            `${EXTENSION_API}.declarativeNetRequest.getDynamicRules().then((rules) => rules.filter((r) => r.action.type === 'redirect').flatMap((r) => r.condition.requestDomains ?? []))`,
          ),
        (domains) => CASES.every((c) => domains.includes(c.host)),
      );
    });

    for (const { kind, host } of CASES) {
      s.step(
        `${kind} (${host}): the mark, colour and icon of its own, and its label on the page and in the popup, in English and Dutch`,
        async () => {
          s.server.reset();
          await settings({ language: 'en' });
          await s.driver.visit(s.driver.url(host));
          expect(s.server.requests(host), `${browser.name}: nothing reached ${host}`).toBe(0);
          const tab = s.driver.testTab();
          await waitFor(`${browser.name}: warning on ${host}`, () => tab.exists('.kind-label'), Boolean);
          const look = KIND_LOOK[kind];
          expect(oneLine(await tab.text('.kind-label'))).toBe(`${look.mark} ${label(kind, 'en')}`);
          // The first screen says who acted, and when (a month and a year), and what exactly is certain.
          expect(await tab.text('#who-when')).toMatch(/^Who acted, and when: .+, [A-Z][a-z]+ 20\d\d\.$/);
          expect(await tab.text('#certainty')).not.toBe('');
          expect(await tab.evaluate<string>(`document.querySelector('link[rel="icon"]').getAttribute('href')`)).toBe(
            `/icons/icon-${look.icon}-32.png`,
          );
          expect(await tab.evaluate<string>(`document.getElementById('kind-icon').getAttribute('src')`)).toBe(
            `/icons/icon-${look.icon}-32.png`,
          );
          const badge = await waitFor(
            `${browser.name}: badge on the warning for ${host}`,
            () => s.driver.badge(),
            (b) => b.text === look.mark && b.title.includes(host),
          );
          const colour = await s.driver.inExtension<number[]>(
            `${EXTENSION_API}.action.getBadgeBackgroundColor({ tabId: ${await s.driver.testTabId()} })`,
          );
          const popup = await s.driver.popup();
          expect(popup.text).toContain(label(kind, 'en'));
          await tab.screenshot(screenshotPath(`${browser.name}-kind-${kind}-en`), false);

          await settings({ language: 'nl' });
          // The page reads the language when it draws; a reload draws it again, as reopening it would.
          // Wait for the new document with plain expressions before reading elements: an element query that spans
          // the reload can reject inside the Firefox driver after the test has moved on.
          await tab.evaluate('window.beforeReload = true; void setTimeout(() => location.reload(), 0)');
          await waitFor(
            `${browser.name}: the warning page drawn again`,
            () =>
              tab.evaluate<boolean>(
                `!window.beforeReload && document.readyState === 'complete' && document.querySelector('.kind-label') !== null`,
              ),
            Boolean,
          );
          await waitFor(
            `${browser.name}: the warning in Dutch`,
            () => tab.text('.kind-label'),
            (t) => oneLine(t) === `${look.mark} ${label(kind, 'nl')}`,
          );
          expect((await s.driver.popup()).text).toContain(label(kind, 'nl'));
          expect(await tab.text('#who-when')).toMatch(/^Wie ingreep en wanneer: .+, [a-z]+ 20\d\d\.$/);
          await tab.screenshot(screenshotPath(`${browser.name}-kind-${kind}-nl`), false);
          seen.push({
            kind,
            mark: badge.text,
            colour: colour.join(','),
            icon: look.icon,
            en: label(kind, 'en'),
            nl: label(kind, 'nl'),
          });
        },
      );
    }

    s.step('no two kinds share a mark, a colour, an icon or a label', async () => {
      expect(seen.map((k) => k.kind)).toEqual(CASES.map((c) => c.kind));
      for (const key of ['mark', 'colour', 'icon', 'en', 'nl'] as const)
        expect(new Set(seen.map((k) => k[key])).size, `distinct ${key}s: ${seen.map((k) => k[key]).join(' | ')}`).toBe(
          CASES.length,
        );
      await settings({ warningLevel: 'recommended', language: 'auto' });
    });
  });
}
