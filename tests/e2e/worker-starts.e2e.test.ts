// Invisible until it matters: with the background stopped before each load (as the browser stops it when idle),
// loads of unlisted pages never start it, in Chromium and Firefox, whether the listed sites were allowed or not.
// With them allowed, loads of a listed page with a notice do (the notice asks the background for the tab's badge),
// which shows that the count sees a start when there is one. With nothing allowed, the browser's block stops the
// confirmed listed pages without any code of ours: those loads start it neither.
import { describe, expect } from 'vitest';
import { BROWSERS, newProfileDir } from './support/browsers.ts';
import { backgroundStarts } from './support/background.ts';
import { CLEAN, CONFIRMED, REPORTED } from './support/hosts.ts';
import { rulesInPlace } from './support/settings.ts';
import { browserSuite } from './support/suite.ts';

for (const browser of BROWSERS) {
  describe(`${browser.name}: the background on unlisted pages, the listed sites allowed`, () => {
    const s = browserSuite(browser, { profileDir: newProfileDir(), lang: 'en-US' });

    s.step(
      '15 loads of an unlisted site start it 0 times; 5 loads of a listed site with a notice start it',
      async () => {
        await rulesInPlace(s.driver);
        const unlisted = await backgroundStarts(s.driver, CLEAN, 15);
        const listed = await backgroundStarts(s.driver, REPORTED, 5);
        console.log(
          `${browser.name} background starts, access`,
          JSON.stringify({ unlisted: `${unlisted}/15`, listed: `${listed}/5` }),
        );
        expect(unlisted).toBe(0);
        expect(listed).toBeGreaterThan(0);
      },
      120_000,
    );
  });

  describe(`${browser.name}: the background on unlisted pages, nothing answered`, () => {
    const s = browserSuite(browser, { profileDir: newProfileDir(), lang: 'en-US', grant: false });

    s.step(
      '15 loads of an unlisted site and 5 attempts at a stopped listed site start it 0 times',
      async () => {
        await rulesInPlace(s.driver);
        const unlisted = await backgroundStarts(s.driver, CLEAN, 15);
        s.server.reset();
        const stopped = await backgroundStarts(s.driver, CONFIRMED, 5, true);
        console.log(
          `${browser.name} background starts, no access`,
          JSON.stringify({ unlisted: `${unlisted}/15`, stopped: `${stopped}/5` }),
        );
        expect(s.server.requests(CONFIRMED), `${browser.name}: ${CONFIRMED} stopped`).toBe(0);
        expect(unlisted).toBe(0);
        expect(stopped).toBe(0);
      },
      120_000,
    );
  });
}
