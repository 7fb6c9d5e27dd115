// Nederlandse UI-teksten: de catalogue-pagina.
import type { catalogue as en } from '../en/catalogue.ts';

export const catalogue: Record<keyof typeof en, string> = {
};
