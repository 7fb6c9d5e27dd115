// The domain index bundled into every part of the extension (src/generated/index.json, written by
// npm run dataset): small, and the same size whatever the operations' texts are.
import index from '@generated/index.json';
import type { BundledIndex } from '../core/bundle-layout.ts';
import type { Language } from '../core/dataset-types.ts';
import { createMatcher } from '../core/matcher.ts';

export const bundled = index as unknown as BundledIndex;
export const matcher = createMatcher(bundled.domains);
export const domainCount = Object.keys(bundled.domains).length;
export const operationCount = bundled.operations.length;

/** The platform's name in the UI language, or the operation id when the index does not know it. */
export function platformName(operation: string, lang: Language): string {
  return bundled.platforms[operation]?.name[lang] ?? operation;
}

/** What kind of platform it was ("forum trading stolen data"), or '' when the index does not know. */
export function platformKind(operation: string, lang: Language): string {
  return bundled.platforms[operation]?.kind[lang] ?? '';
}
