// Whether the extension still has host access to the listed domains. Users can take it away
// (Firefox: a toggle in about:addons; Chromium: site access "on click"); without it no listed
// page is visible to the extension, so it must say so instead of staying silent.
import browser from './browser.ts';

export function listedOrigins(): string[] {
  const manifest = browser.runtime.getManifest() as { host_permissions?: string[] };
  return manifest.host_permissions ?? [];
}

export async function hasHostAccess(): Promise<boolean> {
  const origins = listedOrigins();
  if (origins.length === 0) return true;
  return browser.permissions.contains({ origins });
}

export async function requestHostAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: listedOrigins() });
}
