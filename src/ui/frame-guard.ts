// Extension pages act only as the top-level page of their tab. A website can load a web-accessible page
// (the warning page) in a frame and hide it under its own button; framed, our pages show a short text and
// nothing that can change a setting, an exception or a rule.

/** True when this page is inside a frame (or cannot tell, which is treated the same). */
export function isFramed(): boolean {
  try {
    return window.top !== window.self;
  } catch {
    return true;
  }
}

/**
 * Replaces the page with a plain sentence when it is framed; the caller then stops. The sentence is in both
 * languages because a framed page does not read the user's settings either.
 */
export function refuseWhenFramed(): boolean {
  if (!isFramed()) return false;
  const p = document.createElement('p');
  p.textContent =
    'Takedown Alert werkt niet binnen een andere pagina. · Takedown Alert does not work inside another page.';
  document.body.replaceChildren(p);
  return true;
}

/** Runs `action` only for a click the user made: a script-made click (element.click(), dispatchEvent) is ignored. */
export function onUserClick(element: HTMLElement, action: (event: MouseEvent) => void): void {
  element.addEventListener('click', (event) => {
    if (event.isTrusted) action(event);
  });
}
