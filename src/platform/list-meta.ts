// What the popup and the warning page say about the list itself (date, version, counts, what changed), without
// loading its domains (src/generated/list-meta.json).
import meta from '@generated/list-meta.json';
import type { ListMeta } from '../core/bundle-layout.ts';

export const listMeta = meta as unknown as ListMeta;
export const domainCount = listMeta.domainCount;
export const operationCount = listMeta.operations.length;
