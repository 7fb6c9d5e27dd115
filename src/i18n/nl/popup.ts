// Nederlandse UI-teksten: de popup.
import type { popup as en } from '../en/popup.ts';

export const popup: Record<keyof typeof en, string> = {
  notListedHeading: 'Deze site staat niet op de lijst',
  notListedBody: 'Takedown Alert waarschuwt voor {domains} domeinen van {operations} politieoperaties. De adressen van andere sites ziet de extensie niet, dus over deze site kan ze niets meer zeggen.',
  notWebHeading: 'Hier valt niets te controleren',
  notWebBody: 'Takedown Alert kijkt alleen naar webpagina\'s (http en https).',
  popupStopped: 'Takedown Alert heeft {host} tegengehouden voordat de site laadde.',
  actionLeave: 'Verlaat deze site',
  alwaysWarn: 'Hier altijd volledig waarschuwen',
  listChanged: 'De lijst is bijgewerkt ({date}); nieuwe domeinen: {added}.',
  listChangedLink: 'Bekijk wat er nieuw is',
  linkCatalogueShort: 'Alle operaties',
  linkSettingsShort: 'Instellingen',
};
