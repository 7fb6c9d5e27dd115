// The ways past a warning count only once the person has been looking at this page for a moment: it has been
// visible (and its window has not lost the focus since) for ARM_DELAY_MS, and the pointer has moved over it or a key
// was pressed in it. A click meant
// for another page (a website that swaps itself for the warning page under a double click, or opens it in a popup
// window) lands on a page that is not armed yet, and does nothing; a page hidden or left in between must be looked
// at again. The usual counter to such click hijacking (Firefox's own security prompts wait a second too).
export const ARM_DELAY_MS = 1000;

export interface Arming {
  armed(): boolean;
}

/** Starts watching this page; `onChange` runs whenever the ways past start or stop to count. */
export function watchArming(onChange: (armed: boolean) => void): Arming {
  let lookingSince: number | null = null;
  let acted = false;
  let last = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Focus is not required to start (a browser under automation never gives a window focus), but losing it, say to a
  // window a website opened over this one, starts the moment again.
  let blurred = false;
  const looking = () => document.visibilityState === 'visible' && !blurred;
  const armed = () => acted && lookingSince !== null && looking() && performance.now() - lookingSince >= ARM_DELAY_MS;
  const update = () => {
    if (!looking()) lookingSince = null;
    else lookingSince ??= performance.now();
    const now = armed();
    if (now !== last) {
      last = now;
      onChange(now);
    }
    clearTimeout(timer);
    // Check again when the delay will have passed.
    if (!now && lookingSince !== null)
      timer = setTimeout(update, Math.max(0, lookingSince + ARM_DELAY_MS - performance.now()) + 20);
  };
  // Only the person's own input counts; a page cannot fake a trusted event.
  const onInput = (event: Event) => {
    if (!event.isTrusted) return;
    acted = true;
    update();
  };
  for (const type of ['pointermove', 'keydown'])
    document.addEventListener(type, onInput, { capture: true, passive: true });
  window.addEventListener('blur', () => {
    blurred = true;
    update();
  });
  window.addEventListener('focus', () => {
    blurred = false;
    update();
  });
  document.addEventListener('visibilitychange', update);
  update();
  return { armed };
}
