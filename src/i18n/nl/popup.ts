// Nederlandse UI-teksten: de popup.
import type { popup as en } from '../en/popup.ts';

export const popup: Record<keyof typeof en, string> = {
  listedHeading: 'Let op: deze site hoorde bij een platform dat de politie uit de lucht haalde',
  listedLead: 'Je bent op {host}. Deze site staat op de lijst bij {platform}: {kind}.',
  listedVia: 'Domein op de lijst: {domain}',
  notListedHeading: 'Deze site staat niet op de lijst',
  notListedBody: 'Takedown Alert kent {operations} politieacties en {domains} domeinen. De lijst is van {date}.',
  notWebHeading: 'Hier valt niets te controleren',
  notWebBody: 'Takedown Alert kijkt alleen naar webpagina\'s (http en https).',
  listedLeadWarned: 'Takedown Alert hield {host} tegen voordat de site laadde. Deze site staat op de lijst bij {platform}: {kind}.',
  linkCatalogueShort: 'Alle acties',
  linkSettingsShort: 'Instellingen',
};
