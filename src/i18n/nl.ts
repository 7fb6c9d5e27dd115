// Nederlandse UI-teksten, per deel van de UI in nl/; dezelfde sleutels en {placeholders} als en.
import type { MessageKey } from './en.ts';
import { card } from './nl/card.ts';
import { common } from './nl/common.ts';
import { catalogue } from './nl/catalogue.ts';
import { options } from './nl/options.ts';
import { popup } from './nl/popup.ts';
import { warning } from './nl/warning.ts';

export const nl: Record<MessageKey, string> = { ...common, ...card, ...popup, ...warning, ...options, ...catalogue };
