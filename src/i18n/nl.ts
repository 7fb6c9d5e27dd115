// Nederlandse UI-teksten, per deel van de UI in nl/; dezelfde sleutels en {placeholders} als en.
import type { MessageKey } from './en.ts';
import { card } from './nl/card.ts';
import { kinds } from './nl/kinds.ts';
import { common } from './nl/common.ts';
import { catalogue } from './nl/catalogue.ts';
import { options } from './nl/options.ts';
import { popup } from './nl/popup.ts';
import { warning } from './nl/warning.ts';
import { welcome } from './nl/welcome.ts';

export const nl: Record<MessageKey, string> = {
  ...common,
  ...card,
  ...kinds,
  ...popup,
  ...warning,
  ...options,
  ...catalogue,
  ...welcome,
};
