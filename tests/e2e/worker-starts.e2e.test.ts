// Invisible until it matters: with the background stopped before each load (as the browser stops it when idle),
// loads of unlisted pages never start it, in Chromium and Firefox. Loads of a listed page with a notice do (the
// notice asks the background for the tab's badge), which shows that the count sees a start when there is one.
import { describe, expect } from 'vitest';
import { BROWSERS, newProfileDir } from './support/browsers.ts';
import { backgroundStarts } from './support/background.ts';
import { waitFor } from './support/driver.ts';
import { CLEAN, REPORTED } from './support/hosts.ts';
import { rulesCount } from './support/settings.ts';
import { browserSuite } from './support/suite.ts';

for (const browser of BROWSERS) {
  describe(`${browser.name}: the background on unlisted pages`, () => {
    const s = browserSuite(browser, { profileDir: newProfileDir(), lang: 'en-US' });

    s.step('15 loads of an unlisted site start it 0 times; 5 loads of a listed site with a notice start it', async () => {
      await waitFor(`${browser.name}: rules in place`, () => rulesCount(s.driver), (n) => n > 0, 15_000);
      const unlisted = await backgroundStarts(s.driver, CLEAN, 15);
      const listed = await backgroundStarts(s.driver, REPORTED, 5);
      console.log(`${browser.name} background starts`, JSON.stringify({ unlisted: `${unlisted}/15`, listed: `${listed}/5` }));
      expect(unlisted).toBe(0);
      expect(listed).toBeGreaterThan(0);
    }, 120_000);
  });
}
