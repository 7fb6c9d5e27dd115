// Faults browsers really produce. Corrupt storage: wrong types, unknown keys, huge and truncated values in every
// stored setting, list and answer; the extension keeps what it can read, uses defaults for the rest, never throws,
// and the options page says what was reset. Many tabs: 50 tabs on listed and unlisted hosts opened in quick
// succession, some through redirects; every tab ends where it should, with the right badge and popup.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { CompiledDataset } from '../../src/core/dataset-types.ts';
import { createMatcher } from '../../src/core/matcher.ts';
import { translator } from '../../src/i18n/translate.ts';
import { BROWSERS, newProfileDir } from './support/browsers.ts';
import { EXTENSION_API, readBadge, waitFor } from './support/driver.ts';
import { CLEAN, CONFIRMED, CONFIRMED_SUB, FORMER, RELAUNCH, REPORTED, REPORTED_SUB } from './support/hosts.ts';
import { ROOT } from './support/paths.ts';
import { rulesInPlace } from './support/settings.ts';
import { browserSuite } from './support/suite.ts';

const dataset = JSON.parse(readFileSync(join(ROOT, 'src', 'generated', 'dataset.json'), 'utf8')) as CompiledDataset;
const matcher = createMatcher(dataset.domains);

const CORRUPT_LOCAL = `({
  settings: { language: 42, warningLevel: 'all', allowedHosts: 'raidforums.com', alwaysWarnHosts: [1, null, {}], dismissedNotices: 'x'.repeat(3_000_000), unknown: { deep: [1, 2, 3] } },
  declinedOrigins: { truncated: '*://*.raidfor' },
  seenListVersion: ['2026.1.1'],
  leftover: 'y'.repeat(1_000_000),
})`;
const CORRUPT_SESSION = `({ sessionAllowedHosts: [null, 5, { host: 'raidforums.com' }, 'not a host!'] })`;

for (const browser of BROWSERS) {
  describe(`${browser.name}: faults`, () => {
    const s = browserSuite(browser, { profileDir: newProfileDir(), lang: 'en-US' });

    s.step(
      'corrupt storage: what can be read is kept, the rest is back at defaults, and the options page says which',
      async () => {
        const driver = s.driver;
        await rulesInPlace(driver);
        await driver.inExtension(
          `Promise.all([${EXTENSION_API}.storage.local.set(${CORRUPT_LOCAL}), ${EXTENSION_API}.storage.session.set(${CORRUPT_SESSION})])`,
        );
        // The valid part (warning level "all") is kept: the reported site gets the full-page warning now.
        await waitFor(
          `${browser.name}: rules for level "all"`,
          () =>
            driver.inExtension<string[]>(
              `${EXTENSION_API}.declarativeNetRequest.getDynamicRules().then((r) => r.find((x) => x.id === 1)?.condition.requestDomains ?? [])`,
            ),
          (domains) => domains.includes(REPORTED),
          15_000,
        );
        await driver.visit(driver.url(CLEAN, '/'));
        for (const host of [CONFIRMED, REPORTED]) {
          await driver.testTab().evaluate(`location.assign(${JSON.stringify(driver.url(host, '/corrupt'))})`);
          await waitFor(
            `${browser.name}: ${host} still stopped`,
            async () =>
              (await driver.currentUrl()).includes('/src/warning/') &&
              (await driver.testTab().exists('#warning-heading')),
            Boolean,
          );
          expect(driver.testTab().errors(), 'errors on the warning page').toEqual([]);
        }
        const popup = await driver.popup();
        expect(popup.text).toContain(REPORTED);
        const options = await driver.openExtensionPage('/src/options/index.html');
        await waitFor(`${browser.name}: reset notice`, () => options.exists('#settings-reset'), Boolean);
        const notice = await options.text('#settings-reset');
        // Named as the options page names them (the browsers here run in English).
        const t = translator('en');
        for (const key of ['settingLanguage', 'settingAllowed', 'settingAlways', 'settingDismissed'] as const)
          expect(notice).toContain(t(key));
        expect(notice, 'the warning level was valid and kept').not.toContain(t('settingLevel'));
        expect(options.errors(), 'errors on the options page').toEqual([]);
        // Repaired in storage: the options page saved what it read.
        const stored = await driver.inExtension<{ settings: Record<string, unknown> }>(
          `${EXTENSION_API}.storage.local.get('settings')`,
        );
        expect(stored.settings).toEqual({
          language: 'auto',
          warningLevel: 'all',
          allowedHosts: [],
          alwaysWarnHosts: [],
          dismissedNotices: [],
        });
        await options.close();
      },
      120_000,
    );

    s.step(
      '50 tabs on listed and unlisted hosts, some through redirects: every tab, badge and popup right',
      async () => {
        const driver = s.driver;
        const hosts = [CONFIRMED, CLEAN, REPORTED, CONFIRMED_SUB, FORMER, RELAUNCH, REPORTED_SUB, CLEAN];
        const urls = Array.from({ length: 50 }, (_, i) => {
          const host = hosts[i % hosts.length];
          // Every third tab arrives through a redirect from the unlisted host.
          return i % 3 === 0
            ? driver.url(CLEAN, `/redirect?to=${encodeURIComponent(driver.url(host, `/tab-${i}`))}`)
            : driver.url(host, `/tab-${i}`);
        });
        const expectedHost = (i: number) => hosts[i % hosts.length];
        const ids = await driver.inExtension<number[]>(
          `Promise.all(${JSON.stringify(urls)}.map((url) => ${EXTENSION_API}.tabs.create({ url, active: false }).then((t) => t.id)))`,
        );
        expect(ids).toHaveLength(50);
        const warningPage = `${driver.extensionBase}/src/warning/index.html`;
        // Level "all" (kept from the step before): every listed host ends on the warning page, every unlisted one loads.
        const listedAt = ids.map((_, i) => matcher(expectedHost(i)) !== null);
        const urlsNow = () =>
          driver.inExtension<(string | undefined)[]>(
            `Promise.all(${JSON.stringify(ids)}.map((id) => ${EXTENSION_API}.tabs.get(id).then((t) => t.url)))`,
          );
        const settled = await waitFor(
          `${browser.name}: 50 tabs settled`,
          urlsNow,
          (now) =>
            now.every((u, i) => (listedAt[i] ? (u ?? '').startsWith(warningPage) : !(u ?? '').startsWith(warningPage))),
          60_000,
        );
        expect(settled.filter((u, i) => listedAt[i] && !(u ?? '').includes(expectedHost(i)))).toEqual([]);
        for (const [i, id] of ids.entries()) {
          if (listedAt[i]) {
            const badge = await waitFor(
              `${browser.name}: badge of tab ${i} (${expectedHost(i)})`,
              () => readBadge(driver.inExtension, id),
              (b) => b.text !== '' && b.title.includes(expectedHost(i)),
            );
            expect(badge.text).not.toBe('');
          } else {
            const badge = await readBadge(driver.inExtension, id);
            expect(badge.text, `tab ${i} (${expectedHost(i)}) badge`).toBe('');
          }
        }
        for (const [i, id] of ids.entries()) {
          if (!listedAt[i] || i % 4 !== 0) continue;
          const popup = await driver.openExtensionPage(`/src/popup/index.html?tab=${id}`);
          await waitFor(
            `${browser.name}: popup for tab ${i}`,
            () => popup.text(),
            (t) => t.includes(expectedHost(i)),
          );
          await popup.close();
        }
        await driver.inExtension(`${EXTENSION_API}.tabs.remove(${JSON.stringify(ids)})`);
      },
      180_000,
    );
  });
}
