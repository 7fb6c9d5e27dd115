// Nederlandse UI-teksten: de catalogus.
import type { catalogue as en } from '../en/catalogue.ts';

export const catalogue: Record<keyof typeof en, string> = {
  catalogueTitle: 'Catalogus van platforms die de politie uit de lucht haalde',
  catalogueIntro:
    'Elke politieoperatie en elk domein op de lijst, met het bewijs en de bronnen. Plak een adres om te zien of, en als wat, het op de lijst staat.',
  searchLabel: 'Zoek, of plak een adres',
  filterKind: 'Soort',
  filterAll: 'Alle',
  filterNew: 'Alleen nieuw in deze lijst ({count, number})',
  flatViewLabel: 'Alle domeinen in één tabel',
  confidenceShortHigh: 'Hoog',
  confidenceShortMedium: 'Gemiddeld',
  confidenceShortLow: 'Laag',
  resultCount:
    '{shown, number} van de {total, plural, one {# operatie} other {# operaties}} getoond, met {domains, plural, one {# domein} other {# domeinen}}.',
  resultNone: 'Niets gevonden. Probeer een kortere zoekterm, of zet de filters op Alle.',
  addressListed: '{host} valt onder {domain}, vermeld bij {platform}: {kind}.',
  addressUnlisted: '{host} staat niet op de lijst.',
  summaryDomains: 'Domeinen:',
  noDomainShort: 'Geen domein op de lijst',
  noDomainListed:
    'Er staat geen domein van dit platform op de lijst, omdat geen bron die we konden lezen er een noemt. Takedown Alert kan er niet voor waarschuwen, maar het advies hieronder geldt nog steeds.',
  domainsTable: 'Domeinen van {platform}',
  flatCaption: 'Alle getoonde domeinen ({count, number})',
  columnDomain: 'Domein',
  columnPlatform: 'Platform',
  columnKind: 'Soort',
  columnShown: 'Hoe het getoond wordt',
  shownPage: 'Volledige pagina',
  shownNotice: 'Melding op de pagina',
  shownBadge: 'Alleen de knop in de werkbalk',
  newLabel: '(nieuw)',
  newSince: 'Nieuw in deze lijst sinds versie {since}: {count, plural, one {# domein} other {# domeinen}}.',
  visitsHeading: 'Ben ik daar geweest?',
  visitsJump: 'Ben ik daar geweest? Zoek in de geschiedenis van deze browser naar domeinen op de lijst',
  visitsIntro:
    'Zoek in de eigen geschiedenis van deze browser naar eerdere bezoeken aan de domeinen op de lijst. De controle gebeurt helemaal op dit apparaat en verstuurt niets. Je browser vraagt eerst of Takedown Alert je geschiedenis mag lezen; dat vraagt hij pas als je op de knop klikt.',
  visitsButton: 'Controleer mijn browsegeschiedenis',
  visitsWaiting: 'Wachten op je antwoord op de vraag van de browser…',
  visitsDenied: 'Je hebt geen toestemming gegeven, dus er is niets gecontroleerd.',
  visitsSearching: 'De geschiedenis van deze browser wordt doorzocht…',
  visitsFailed: 'De controle is niet gelukt: {reason}',
  visitsNone: 'In de geschiedenis van deze browser staan geen bezoeken aan domeinen op de lijst.',
  visitsFound: 'Domeinen op de lijst in de geschiedenis van deze browser: {count, number}.',
  visitsHit: 'Je bezocht {domain} ({platform}).',
  visitsDates: 'Eerste bezoek: {first}. Laatste bezoek: {last}. Bezoeken: {visits, number}.',
  visitsHosts: 'Bezochte adressen: {hosts}',
  visitsNotKept:
    'Van deze controle is niets bewaard: de uitkomst staat alleen op deze pagina en is weg als je haar sluit of opnieuw laadt.',
  visitsPermissionHeld:
    'Takedown Alert mag de geschiedenis van deze browser nog lezen. Dat doet het alleen als je op de knop hierboven klikt.',
  visitsGiveBack: 'Geef de toestemming terug',
  visitsGivenBack: 'Toestemming teruggegeven: Takedown Alert kan de geschiedenis van deze browser niet meer lezen.',
};
