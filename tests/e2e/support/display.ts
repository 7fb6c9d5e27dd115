// A virtual screen (Xvfb) for Chromium's windows, and the keyboard on it (xdotool). Chromium runs with a
// window because the permission request is the browser's own dialog, which headless Chromium never shows and
// never answers: the tests answer it as a user would, with the keyboard.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

let xvfb: ChildProcess | null = null;
let display: string | null = null;

/** Why the windowed tests cannot run here (no Xvfb or xdotool), or null. Under CI=true that is a failure. */
export function displayUnavailable(): string | null {
  const missing = ['/usr/bin/Xvfb', '/usr/bin/xdotool'].filter((p) => !existsSync(p));
  const reason = missing.length > 0 ? `not installed: ${missing.join(', ')} (apt-get install xvfb xdotool)` : null;
  if (reason && process.env.CI === 'true') throw new Error(`CI=true and ${reason}`);
  return reason;
}

/**
 * Xvfb with a keeper: a shell that ends Xvfb once this test process is gone, however it ended. A process killed
 * outright (a timeout, Ctrl+C on the runner) runs no exit handler, and left its Xvfb running before.
 */
const KEEPER = `/usr/bin/Xvfb -displayfd 3 -screen 0 1280x900x24 -nolisten tcp & xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT INT TERM
while kill -0 "$1" 2>/dev/null && kill -0 $xvfb 2>/dev/null; do sleep 1; done`;

/** The DISPLAY to start Chromium on: one Xvfb per test process, chosen by Xvfb itself, ended with the process. */
export async function ensureDisplay(): Promise<string> {
  if (display) return display;
  const child = spawn('/bin/sh', ['-c', KEEPER, 'xvfb-keeper', String(process.pid)], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  xvfb = child;
  const number = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdio[3]?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve(text.trim());
    });
    child.once('exit', (code) => reject(new Error(`Xvfb (or its keeper) exited (${code}) before it chose a display`)));
  });
  process.once('exit', () => xvfb?.kill());
  display = `:${number}`;
  return display;
}

/** Presses keys on the virtual screen, where the pointer is (the browser window covers it). */
export function pressKeys(keys: string[]): void {
  if (!display) throw new Error('no display started');
  execFileSync('/usr/bin/xdotool', ['mousemove', '500', '300', 'key', '--delay', '120', ...keys], {
    env: { ...process.env, DISPLAY: display },
  });
}
