// Nederlandse UI-teksten: de options-pagina.
import type { options as en } from '../en/options.ts';

export const options: Record<keyof typeof en, string> = {
};
