// English UI strings, one file per part of the UI under en/. Dataset text (operations, advice, quotes)
// lives in the dataset, not here. Placeholders are written {name}; nl must have the same keys and
// placeholders (tests/unit/i18n.test.ts checks).
import { card } from './en/card.ts';
import { kinds } from './en/kinds.ts';
import { common } from './en/common.ts';
import { catalogue } from './en/catalogue.ts';
import { options } from './en/options.ts';
import { popup } from './en/popup.ts';
import { warning } from './en/warning.ts';
import { welcome } from './en/welcome.ts';

export const en = { ...common, ...card, ...kinds, ...popup, ...warning, ...options, ...catalogue, ...welcome } as const;

export type MessageKey = keyof typeof en;
