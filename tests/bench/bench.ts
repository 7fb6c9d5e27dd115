// npm run bench [-- --small]: what the extension costs, in real Chromium and Firefox ESR, with the real list and
// with a synthetic list of 10,000 domains in 500 operations (src/tools/synthetic-list.ts; never shipped), both
// built here the way npm run build builds the real one. Measured in the same run, reported as ratios:
// background starts per 100 unlisted loads, with every listed site granted and with none (a new user who answered
// nothing: the installed ruleset blocks the confirmed ones); navigation start to the warning's heading painted (Chromium: Element
// Timing; Firefox: load event end, see HEADING_PAINTED) against a static local page of the same size; popup time
// to content; time to replace the declarative rules; the popup's JS heap (Chromium); the zip size. What the
// browser itself costs is measured too: the same redirect to an extension page that holds only a heading (the
// floor no warning page can go below), for both lists. Prints a table, then one JSON object as the last line.
// --small (npm test) runs a 200-domain list and a few samples only, to prove the bench works; timings are never
// asserted.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BundledIndex } from '../../src/core/bundle-layout.ts';
import { zipBuild } from '../../src/tools/zip.ts';
import { backgroundStarts } from '../e2e/support/background.ts';
import { BROWSERS, newProfileDir } from '../e2e/support/browsers.ts';
import { launchChromium } from '../e2e/support/chromium-driver.ts';
import { EXTENSION_API, waitFor, type Driver } from '../e2e/support/driver.ts';
import { launchFirefox } from '../e2e/support/firefox-driver.ts';
import { CLEAN, CONFIRMED } from '../e2e/support/hosts.ts';
import { CHROMIUM_PATH, FIREFOX_PATH, ROOT } from '../e2e/support/paths.ts';
import { startTestServer, type TestServer } from '../e2e/support/test-server.ts';
import { buildVariant, type VariantBuild } from '../e2e/support/variant-build.ts';

const SMALL = process.argv.includes('--small');
const SIZE = SMALL
  ? { operations: 10, domains: 200, unlistedLoads: 10, samples: 3 }
  : { operations: 500, domains: 10_000, unlistedLoads: 100, samples: 21 };

interface Build extends VariantBuild {
  name: 'real' | 'synthetic';
  /** A listed host with a full-page warning, to visit. */
  listedHost: string;
  zipBytes: number;
  domainCount: number;
}

interface BrowserFigures {
  unlistedStartsPer100: number;
  warningPaintMs: number;
  staticPaintMs: number;
  popupMs: number;
  rulesMs: number;
  popupHeapBytes: number | null;
  /** Warning or static loads whose paint the browser never reported (left out of the medians). */
  missedPaints: number;
  /** Unlisted pages, each on another site than the one before (a new page process each time): heading painted. */
  unlistedNavMs: number;
  /** The same loads: navigation start to the browser starting the request. */
  unlistedFetchStartMs: number;
  /** The same figures with no listed site granted (a new user who answered nothing). */
  noAccess: { unlistedStartsPer100: number; unlistedNavMs: number; unlistedFetchStartMs: number };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The warning page's own bytes: its HTML and the scripts and styles it names (the static page's size). */
function warningPageBytes(dir: string): number {
  const html = readFileSync(join(dir, 'src', 'warning', 'index.html'), 'utf8');
  const named = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1].replace(/^\//, ''));
  return html.length + named.reduce((n, f) => n + readFileSync(join(dir, f)).length, 0);
}

function build(name: Build['name'], work: string): Build {
  let variant: VariantBuild;
  if (name === 'real') variant = buildVariant({ dir: join(work, 'real') });
  else {
    const data = join(work, 'synthetic-data');
    execFileSync(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      [
        'src/tools/synthetic-list.ts',
        '--out',
        data,
        '--operations',
        String(SIZE.operations),
        '--domains',
        String(SIZE.domains),
      ],
      { cwd: ROOT, stdio: 'pipe' },
    );
    variant = buildVariant({ dir: join(work, 'synthetic'), data });
  }
  const index = JSON.parse(readFileSync(join(work, name, 'generated', 'index.json'), 'utf8')) as BundledIndex;
  const listedHost = name === 'real' ? CONFIRMED : Object.keys(index.domains).sort()[0];
  return {
    ...variant,
    name,
    listedHost,
    zipBytes: zipBuild(variant.chrome).length,
    domainCount: Object.keys(index.domains).length,
  };
}

/**
 * The floor: the real build with its warning page replaced by a page that holds only a heading (no style, no
 * script), reached through the same redirect. Nothing we could put in the page makes it paint sooner.
 */
function floorBuild(b: Build, work: string): Build {
  const dirs = { chrome: join(work, `floor-${b.name}`, 'chrome'), firefox: join(work, `floor-${b.name}`, 'firefox') };
  for (const target of ['chrome', 'firefox'] as const) {
    cpSync(b[target], dirs[target], { recursive: true });
    writeFileSync(
      join(dirs[target], 'src', 'warning', 'index.html'),
      '<!doctype html><html lang="en"><meta charset="utf-8"><title>Takedown Alert</title><h1 id="warning-heading" elementtiming="warning-heading">LeakBase was taken down by the police</h1>\n',
    );
  }
  return { ...b, ...dirs };
}

/** A second unlisted site, so that unlisted loads can alternate between two sites. */
const OTHER = 'other.test';

async function launch(browser: 'chromium' | 'firefox', b: Build, port: number): Promise<Driver> {
  const common = { port, profileDir: newProfileDir(), lang: 'en-US', extraHosts: [b.listedHost, OTHER] };
  return browser === 'chromium'
    ? launchChromium({ ...common, extensionDir: b.chrome })
    : launchFirefox({ ...common, extensionPath: b.firefox });
}

/** A browser with the build installed, every listed site granted and the declarative rules in place. */
async function launchGranted(browser: 'chromium' | 'firefox', b: Build, port: number): Promise<Driver> {
  const driver = await launch(browser, b, port);
  try {
    await driver.grantListedSites();
    // Every listed site redirected to the warning page: no site left to the browser's block.
    await waitFor(
      `${browser}: rules in place`,
      () =>
        driver.inExtension<string[]>(
          `${EXTENSION_API}.declarativeNetRequest.getDynamicRules().then((r) => r.map((x) => x.action.type))`,
        ),
      (types) => types.includes('redirect') && !types.includes('block'),
      60_000,
    );
    return driver;
  } catch (error) {
    await driver.close();
    throw error;
  }
}

/**
 * When a page's heading was painted, in ms after its navigation started: Chromium's Element Timing for the
 * heading (both pages mark it with \`elementtiming\`; the warning page's header bar paints earlier, so first
 * contentful paint would flatter it). Firefox has no Element Timing and records no paint timing under automation
 * (neither headless nor in a window on Xvfb: measured, no entries), so there it is the end of the load event,
 * which comes after the page's scripts have run.
 */
const HEADING_PAINTED = {
  chromium: `new Promise((resolve) => {
    new PerformanceObserver((list) => { const e = list.getEntries()[0]; if (e) resolve(e.renderTime || e.loadTime); }).observe({ type: 'element', buffered: true });
    setTimeout(() => resolve(null), 500);
  })`,
  firefox: `(performance.getEntriesByType('navigation')[0]?.loadEventEnd || null)`,
};
async function shownAt(
  driver: Driver,
  tab = driver.testTab(),
  expression = HEADING_PAINTED[driver.name],
): Promise<number> {
  return waitFor(
    `${driver.name}: page shown`,
    () => tab.evaluate<number | null>(expression),
    (v) => typeof v === 'number' && v > 0,
    10_000,
  ) as Promise<number>;
}

/** Loads of a listed site (the warning page) and, after each, of the static page: heading painted, in ms. */
async function warningAndStatic(
  driver: Driver,
  listedHost: string,
  staticBytes: number,
): Promise<{ warning: number[]; plain: number[]; missedPaints: number }> {
  const tab = driver.testTab();
  const warning: number[] = [];
  const plain: number[] = [];
  let missedPaints = 0;
  for (let i = 0; i < SIZE.samples; i++) {
    await driver.visit(driver.url(CLEAN, '/'));
    await tab.evaluate(`location.assign(${JSON.stringify(driver.url(listedHost, `/bench-${i}`))})`);
    await waitFor(
      `${driver.name}: warning page`,
      async () => (await driver.currentUrl()).includes('/src/warning/') && (await tab.exists('#warning-heading')),
      Boolean,
    );
    // A load whose paint the browser did not report is counted as missed (seen once in Chromium in a long run).
    const shown = await shownAt(driver).catch(() => null);
    if (shown === null) missedPaints++;
    else warning.push(shown);
    await tab.evaluate(`location.assign(${JSON.stringify(driver.url(CLEAN, `/static?bytes=${staticBytes}&i=${i}`))})`);
    await waitFor(
      `${driver.name}: static page`,
      async () => (await driver.currentUrl()).includes('/static') && (await tab.exists('#heading')),
      Boolean,
    );
    const plainShown = await shownAt(driver).catch(() => null);
    if (plainShown === null) missedPaints++;
    else plain.push(plainShown);
  }
  return { warning, plain, missedPaints };
}

/** The floor page's loads, with the static page after each as in measure(). */
async function measureFloor(
  browser: 'chromium' | 'firefox',
  floor: Build,
  server: TestServer,
  staticBytes: number,
): Promise<{ floorMs: number; staticMs: number }> {
  const driver = await launchGranted(browser, floor, server.port);
  try {
    const { warning, plain } = await warningAndStatic(driver, floor.listedHost, staticBytes);
    return { floorMs: median(warning), staticMs: median(plain) };
  } finally {
    await driver.close();
  }
}

/**
 * What every unlisted page pays for the extension being there: loads that alternate between two unlisted sites, heading
 * painted and navigation start to request (medians). With the real and the 10,000-domain list in the same run, the
 * ratio shows what the listed sites cost the browser on pages the extension has nothing to say about.
 */
async function unlistedLoads(driver: Driver): Promise<{ navMs: number; fetchStartMs: number }> {
  const tab = driver.testTab();
  const nav: number[] = [];
  const fetch: number[] = [];
  for (let i = 0; i < SIZE.samples + 1; i++) {
    const host = i % 2 ? CLEAN : OTHER;
    await tab.evaluate(`location.assign(${JSON.stringify(driver.url(host, `/static?bytes=20000&u=${i}`))})`);
    await waitFor(
      `${driver.name}: unlisted page`,
      async () =>
        (await driver.currentUrl()).includes(`//${host}`) &&
        (await driver.currentUrl()).includes(`u=${i}`) &&
        (await tab.exists('#heading')),
      Boolean,
    );
    const painted = await shownAt(driver);
    const fetchStart = await tab.evaluate<number>(`performance.getEntriesByType('navigation')[0].fetchStart`);
    // The first load comes from about:blank or the background-start loop's site: left out.
    if (i > 0) {
      nav.push(painted);
      fetch.push(fetchStart);
    }
  }
  return { navMs: median(nav), fetchStartMs: median(fetch) };
}

/** A new user who answered nothing: no listed site granted, the confirmed ones blocked by the browser. */
async function measureNoAccess(
  browser: 'chromium' | 'firefox',
  b: Build,
  server: TestServer,
): Promise<BrowserFigures['noAccess']> {
  const driver = await launch(browser, b, server.port);
  try {
    await waitFor(
      `${browser}: rules in place`,
      () =>
        driver.inExtension<number>(`${EXTENSION_API}.declarativeNetRequest.getDynamicRules().then((r) => r.length)`),
      (n) => n > 0,
      60_000,
    );
    const starts = await backgroundStarts(driver, CLEAN, SIZE.unlistedLoads);
    const loads = await unlistedLoads(driver);
    return {
      unlistedStartsPer100: (starts * 100) / SIZE.unlistedLoads,
      unlistedNavMs: loads.navMs,
      unlistedFetchStartMs: loads.fetchStartMs,
    };
  } finally {
    await driver.close();
  }
}

async function measure(
  browser: 'chromium' | 'firefox',
  b: Build,
  server: TestServer,
  staticBytes: number,
): Promise<BrowserFigures> {
  const noAccess = await measureNoAccess(browser, b, server);
  const driver = await launchGranted(browser, b, server.port);
  try {
    const starts = await backgroundStarts(driver, CLEAN, SIZE.unlistedLoads);
    const tab = driver.testTab();
    const unlisted = await unlistedLoads(driver);
    const { warning, plain, missedPaints } = await warningAndStatic(driver, b.listedHost, staticBytes);
    // The popup for a listed tab, timed in the page: navigation start to its largest paint (the content).
    await tab.evaluate(`location.assign(${JSON.stringify(driver.url(b.listedHost, '/popup'))})`);
    await waitFor(
      `${browser}: warning page for the popup`,
      async () => (await driver.currentUrl()).includes('/src/warning/'),
      Boolean,
    );
    const tabId = await driver.testTabId();
    const popup: number[] = [];
    let heap: number | null = null;
    for (let i = 0; i < SIZE.samples; i++) {
      const page = await driver.openExtensionPage(`/src/popup/index.html?tab=${tabId}&i=${i}`);
      await waitFor(`${browser}: popup content`, () => page.exists('#content > *'), Boolean);
      // Chromium: the popup's heading painted (Element Timing); Firefox: the end of the load event (see HEADING_PAINTED).
      popup.push(await shownAt(driver, page));
      heap = await page.evaluate<number | null>('performance.memory ? performance.memory.usedJSHeapSize : null');
      await page.close();
    }
    const rules: number[] = [];
    for (let i = 0; i < 5; i++) {
      rules.push(
        await driver.inExtension<number>(`(async () => {
        const api = ${EXTENSION_API}.declarativeNetRequest;
        const rules = await api.getDynamicRules();
        const t = performance.now();
        await api.updateDynamicRules({ removeRuleIds: rules.map((r) => r.id), addRules: rules });
        return performance.now() - t;
      })()`),
      );
    }
    return {
      unlistedStartsPer100: (starts * 100) / SIZE.unlistedLoads,
      warningPaintMs: median(warning),
      staticPaintMs: median(plain),
      popupMs: median(popup),
      rulesMs: median(rules),
      popupHeapBytes: heap,
      missedPaints,
      unlistedNavMs: unlisted.navMs,
      unlistedFetchStartMs: unlisted.fetchStartMs,
      noAccess,
    };
  } finally {
    await driver.close();
  }
}

const version = (binary: string) => {
  try {
    return execFileSync(binary, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
};
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'takedown-alert-bench-'));
  const builds = [build('real', work), build('synthetic', work)];
  const floor = builds.map((b) => floorBuild(b, work));
  const staticBytes = warningPageBytes(builds[0].chrome);
  const server = await startTestServer();
  const figures: Record<string, Record<string, BrowserFigures>> = {};
  const floors: Record<string, Record<Build['name'], { floorMs: number; staticMs: number }>> = {};
  try {
    for (const browser of BROWSERS) {
      if (browser.skipReason) {
        console.log(`${browser.name}: skipped (${browser.skipReason})`);
        continue;
      }
      figures[browser.name] = {};
      for (const b of builds) figures[browser.name][b.name] = await measure(browser.name, b, server, staticBytes);
      floors[browser.name] = {
        real: await measureFloor(browser.name, floor[0], server, staticBytes),
        synthetic: await measureFloor(browser.name, floor[1], server, staticBytes),
      };
    }
  } finally {
    await server.close();
  }

  const rows: string[][] = [
    [
      'browser',
      'list',
      'domains',
      'starts/100 unlisted',
      'same, no access',
      'warning paint ms',
      'static paint ms',
      'warning÷static',
      'popup ms',
      'rules ms',
      'popup heap MB',
      'unlisted page ms',
      'same, no access',
      'to request ms',
      'same, no access',
    ],
  ];
  for (const [name, byBuild] of Object.entries(figures)) {
    for (const b of builds) {
      const f = byBuild[b.name];
      rows.push([
        name,
        b.name,
        String(b.domainCount),
        String(f.unlistedStartsPer100),
        String(f.noAccess.unlistedStartsPer100),
        f.warningPaintMs.toFixed(1),
        f.staticPaintMs.toFixed(1),
        (f.warningPaintMs / f.staticPaintMs).toFixed(2),
        f.popupMs.toFixed(1),
        f.rulesMs.toFixed(1),
        f.popupHeapBytes === null ? 'n/a' : (f.popupHeapBytes / 1e6).toFixed(1),
        f.unlistedNavMs.toFixed(1),
        f.noAccess.unlistedNavMs.toFixed(1),
        f.unlistedFetchStartMs.toFixed(1),
        f.noAccess.unlistedFetchStartMs.toFixed(1),
      ]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
  for (const [name, byBuild] of Object.entries(floors)) {
    for (const b of builds) {
      const f = byBuild[b.name];
      console.log(
        `${name} ${b.name}: floor (an extension page with only a heading, same redirect) ${f.floorMs.toFixed(1)} ms vs static ${f.staticMs.toFixed(1)} ms (${(f.floorMs / f.staticMs).toFixed(2)}); the warning page is ${(figures[name][b.name].warningPaintMs / f.floorMs).toFixed(2)}× the floor`,
      );
    }
  }
  console.log(
    `zip bytes (Chrome): real ${builds[0].zipBytes}, synthetic ${builds[1].zipBytes}; static page ${staticBytes} bytes; ${SIZE.samples} samples each, ${SIZE.unlistedLoads} unlisted loads`,
  );

  const per = (key: keyof BrowserFigures, b: Build['name']) =>
    Object.fromEntries(Object.entries(figures).map(([n, f]) => [n, f[b][key]]));
  const worst = (values: number[]) => round(Math.max(...values));
  const browsers = Object.keys(figures);
  const result = {
    size: SMALL ? 'small' : 'full',
    unlisted_worker_starts_per_100_chromium: figures.chromium?.real.unlistedStartsPer100 ?? null,
    unlisted_worker_starts_per_100_firefox: figures.firefox?.real.unlistedStartsPer100 ?? null,
    unlisted_worker_starts_per_100_10k: per('unlistedStartsPer100', 'synthetic'),
    // A new user who answered nothing: no listed site granted (the installed ruleset blocks the confirmed ones).
    unlisted_worker_starts_per_100_no_access: Object.fromEntries(
      Object.entries(figures).map(([n, f]) => [n, f.real.noAccess.unlistedStartsPer100]),
    ),
    unlisted_worker_starts_per_100_no_access_10k: Object.fromEntries(
      Object.entries(figures).map(([n, f]) => [n, f.synthetic.noAccess.unlistedStartsPer100]),
    ),
    unlisted_page_ratio_no_access_vs_access: worst(
      browsers.map((n) => figures[n].real.noAccess.unlistedNavMs / figures[n].real.unlistedNavMs),
    ),
    warning_paint_ratio_vs_static: worst(
      browsers.map((n) => figures[n].real.warningPaintMs / figures[n].real.staticPaintMs),
    ),
    floor_ratio_vs_static: Object.fromEntries(
      Object.entries(floors).map(([n, f]) => [n, round(f.real.floorMs / f.real.staticMs)]),
    ),
    warning_paint_ratio_vs_floor: Object.fromEntries(
      Object.entries(floors).map(([n, f]) => [n, round(figures[n].real.warningPaintMs / f.real.floorMs)]),
    ),
    // What the browser alone makes the large list cost: the floor page with the 10,000-domain build over the real one.
    floor_ratio_10k_vs_real: Object.fromEntries(
      Object.entries(floors).map(([n, f]) => [n, round(f.synthetic.floorMs / f.real.floorMs)]),
    ),
    warning_paint_ratio_10k_vs_real: worst(
      browsers.map((n) => figures[n].synthetic.warningPaintMs / figures[n].real.warningPaintMs),
    ),
    popup_ratio_10k_vs_real: worst(browsers.map((n) => figures[n].synthetic.popupMs / figures[n].real.popupMs)),
    rules_install_ms_10k: worst(browsers.map((n) => figures[n].synthetic.rulesMs)),
    rules_install_ms_real: worst(browsers.map((n) => figures[n].real.rulesMs)),
    rules_ratio_10k_vs_real: worst(browsers.map((n) => figures[n].synthetic.rulesMs / figures[n].real.rulesMs)),
    unlisted_page_ratio_10k_vs_real: worst(
      browsers.map((n) => figures[n].synthetic.unlistedNavMs / figures[n].real.unlistedNavMs),
    ),
    popup_heap_ratio_10k_vs_real: figures.chromium?.real.popupHeapBytes
      ? round(figures.chromium.synthetic.popupHeapBytes! / figures.chromium.real.popupHeapBytes)
      : null,
    zip_bytes_real: builds[0].zipBytes,
    zip_bytes_10k: builds[1].zipBytes,
    zip_ratio_10k_vs_real: round(builds[1].zipBytes / builds[0].zipBytes),
    domains: { real: builds[0].domainCount, synthetic: builds[1].domainCount },
    per_browser: figures,
    floor: floors,
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      chromium: version(CHROMIUM_PATH),
      firefox: version(FIREFOX_PATH),
      node: process.version,
    },
  };
  console.log(JSON.stringify(result));
}

await main();
process.exit(0);
