// Nederlandse UI-teksten: de popup.
import type { popup as en } from '../en/popup.ts';

export const popup: Record<keyof typeof en, string> = {
  notListedHeading: 'Deze site staat niet op de lijst',
  notListedBody:
    'Takedown Alert waarschuwt voor {domains, plural, one {# domein} other {# domeinen}} van {operations, plural, one {# politieoperatie} other {# politieoperaties}}; deze site hoort daar niet bij. Dat betekent niet dat de site veilig is.',
  unknownHeading: 'Takedown Alert kan het adres van dit tabblad niet zien',
  unknownBody:
    'Takedown Alert ziet het adres van een tabblad alleen op een site van de lijst waarvoor je toestemming hebt gegeven, of als je op de knop klikt. Daarom kan Takedown Alert niet zeggen of deze site op de lijst staat.',
  notWebHeading: 'Hier valt niets te controleren',
  notWebBody: "Takedown Alert kijkt alleen naar webpagina's (http en https).",
  popupStopped: 'Takedown Alert heeft {host} tegengehouden voordat de site werd geladen.',
  popupStoppedByBrowser:
    'Je browser heeft deze pagina op verzoek van Takedown Alert tegengehouden voordat die werd geladen, en toonde een eigen kort bericht in plaats van deze uitleg.',
  popupShowWarning: 'Toon hier de volledige waarschuwing',
  actionLeave: 'Verlaat deze site',
  alwaysWarn: 'Waarschuw me hier altijd met een volledige pagina',
  hideNotice: 'Toon de melding op deze site niet meer',
  listChanged: 'De lijst is bijgewerkt ({date}); nieuwe domeinen: {added, number}.',
  listChangedLink: 'Bekijk wat er nieuw is',
  linkCatalogueShort: 'Alle operaties',
  linkSettingsShort: 'Instellingen',
};
