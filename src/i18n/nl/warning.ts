// Nederlandse UI-teksten: de warning-pagina.
import type { warning as en } from '../en/warning.ts';

export const warning: Record<keyof typeof en, string> = {
};
