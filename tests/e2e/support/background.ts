// Counting background starts: stop it as the browser does when idle, load a page, see whether it runs again.
import type { Driver } from './driver.ts';

/** How many of `loads` loads of `host` started the stopped background. */
export async function backgroundStarts(driver: Driver, host: string, loads: number): Promise<number> {
  let starts = 0;
  for (let i = 0; i < loads; i++) {
    await driver.stopBackground();
    if (await driver.backgroundRunning()) throw new Error(`${driver.name}: the background did not stop`);
    await driver.visit(driver.url(host, `/load-${i}`));
    await new Promise((r) => setTimeout(r, 400));
    if (await driver.backgroundRunning()) starts++;
  }
  return starts;
}
