// The platform's check service (Check je hack, Have I Been Pwned…): the first advice item with a link, and the
// reader it is for. The notice carries it, so a victim on a listed page needs no second click to find it. Pure.
import type { Localized, Operation } from './dataset-types.ts';

export interface CheckService {
  audience: Localized;
  url: string;
  label: Localized;
}

/** @example checkService(leakbase) // { audience: { en: 'Could your data…' }, url: 'https://www.politie.nl/…', … } */
export function checkService(op: Pick<Operation, 'advice'>): CheckService | null {
  for (const group of op.advice) {
    const link = group.items.find((item) => item.link)?.link;
    if (link) return { audience: group.audience, url: link.url, label: link.label };
  }
  return null;
}
