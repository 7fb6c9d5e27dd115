// Counting background starts: stop it as the browser does when idle, load a page, see whether it runs again.
import type { Driver } from './driver.ts';

/**
 * How many of `loads` loads of `host` started the stopped background.
 * @param stopped the host is one the browser stops (no page loads: Chromium shows its error page, Firefox stays put)
 */
export async function backgroundStarts(driver: Driver, host: string, loads: number, stopped = false): Promise<number> {
  let starts = 0;
  for (let i = 0; i < loads; i++) {
    await driver.stopBackground();
    if (await driver.backgroundRunning()) throw new Error(`${driver.name}: the background did not stop`);
    const url = driver.url(host, `/load-${i}`);
    if (stopped)
      await driver
        .testTab()
        .evaluate(`location.assign(${JSON.stringify(url)})`)
        .catch(() => undefined);
    else await driver.visit(url);
    await new Promise((r) => setTimeout(r, 400));
    if (await driver.backgroundRunning()) starts++;
  }
  return starts;
}
