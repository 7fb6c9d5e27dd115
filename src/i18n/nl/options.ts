// Nederlandse UI-teksten: de instellingen.
import type { options as en } from '../en/options.ts';

export const options: Record<keyof typeof en, string> = {
  optionsTitle: 'Instellingen van Takedown Alert',
  settingsReset:
    'Sommige instellingen waren onleesbaar en staan weer op de standaardwaarde: {settings}. De andere instellingen zijn niet veranderd.',
  settingLanguage: 'taal',
  settingLevel: 'hoe je gewaarschuwd wordt',
  settingAllowed: 'sites die je doorlaat',
  settingAlways: 'sites met altijd een volledige pagina',
  settingDismissed: 'meldingen die je hebt gesloten',
  accessHeading: 'Toegang tot de sites op de lijst',
  accessOk: 'Takedown Alert kan je voor elke site op de lijst waarschuwen ({count, number}).',
  accessPartial:
    'Takedown Alert kan je voor {granted, number} van de {total, plural, one {# site} other {# sites}} op de lijst waarschuwen.',
  accessMissingList: 'Sites waarvoor Takedown Alert je niet kan waarschuwen ({count, number})',
  accessExplain:
    'Je hebt alleen toegang gegeven tot de sites op de lijst. Zet je die toegang uit in de extensie-instellingen van je browser, dan houdt je browser de bevestigde sites nog steeds tegen, maar kan Takedown Alert daar geen eigen waarschuwing meer tonen.',
  warningLevelHeading: 'Hoe je gewaarschuwd wordt',
  levelRecommendedName: 'Aanbevolen',
  levelRecommended:
    'Een volledige pagina bij bevestigde inbeslagnames en mogelijke namaak, een kleine melding op de pagina bij niet-bevestigde inbeslagnames en vroegere adressen.',
  levelAllName: 'Streng',
  levelAll:
    'Een volledige pagina bij elke site op de lijst, een kleine melding bij namen die nu van iemand anders zijn.',
  levelBadgeName: 'Stil',
  levelBadge: 'Alleen de knop in de werkbalk: nooit een volledige pagina of een melding.',
  levelLocked: 'Je beheerder heeft dit ingesteld.',
  exceptionsHeading: 'Minder waarschuwing op deze sites',
  exceptionsForbidden: 'Je beheerder staat geen uitzonderingen toe; de sites hieronder worden niet doorgelaten.',
  allowedHeading: '‘Waarschuw me niet meer’',
  exceptionsEmpty: 'Geen. Kies je bij een waarschuwing ‘Waarschuw me niet meer’, dan komt de site hier te staan.',
  sessionHeading: 'Tot je de browser sluit (‘Toch naar de site’)',
  sessionEmpty: 'Geen.',
  alwaysHeading: 'Altijd een volledige pagina op deze sites',
  alwaysEmpty: 'Geen. Kies in de popup ‘Waarschuw me hier altijd met een volledige pagina’ om een site toe te voegen.',
  dismissedHeading: 'Meldingen die je hebt gesloten',
  dismissedEmpty: 'Geen. Haal je hier een site weg, dan komt de melding terug.',
  removeException: 'Verwijderen',
  removeExceptionLabel: '{host} verwijderen',
  permissionsHeading: 'Toestemmingen en waarom',
  permHosts:
    "Alleen toegang tot de sites op de lijst (optioneel, één klik): Takedown Alert toont dan een eigen waarschuwing in plaats van het bericht van de browser, een melding op de andere sites van de lijst en een teken op de knop. De browser laat Takedown Alert het adres van een tabblad alleen zien als daarin zo'n site openstaat, dus over de andere sites die je bezoekt, komt Takedown Alert niets te weten.",
  permDnr:
    'Blokkeerregels (declarativeNetRequest; de browser noemt dit "Content op elke pagina blokkeren"): de browser zelf houdt de bevestigde sites van de lijst tegen, ook voordat je iets hebt toegestaan, en toont met toegang de waarschuwing. De regels noemen alleen sites van de lijst, en Takedown Alert leest je verkeer niet.',
  permActiveTab:
    'Het tabblad waarin je op de knop klikt (activeTab): klik je op de knop van Takedown Alert, dan laat de browser het adres van dat ene tabblad zien, zodat de popup kan zeggen of de site op de lijst staat. Er wordt niets bewaard.',
  permScripting:
    'Scripts op sites van de lijst (scripting): een klein script draait alleen op de sites van de lijst die je hebt toegestaan, om de knop in de werkbalk te markeren en een melding te tonen. Op andere sites draait geen code van Takedown Alert.',
  permStorage: 'Opslag: je instellingen en de sites die je doorlaat.',
  permHistory:
    'Browsegeschiedenis (optioneel, alleen gevraagd als je in de catalogus de controle "Ben ik daar geweest?" start, en daar terug te geven): één keer gebruikt, op je eigen apparaat, om vroegere bezoeken aan sites op de lijst te vinden.',
  neverHeading: 'Wat Takedown Alert nooit doet',
  never1:
    'Takedown Alert verstuurt niets: geen opzoekingen, geen lijsten downloaden, geen statistieken, geen foutmeldingen.',
  never2:
    'Takedown Alert ziet de adressen niet van sites die niet op de lijst staan (behalve dat van het ene tabblad waarin je op de knop klikt) en bewaart geen enkel adres.',
  never3: 'Takedown Alert laadt geen code van internet; de lijst zit in de extensie zelf.',
  never4:
    'Takedown Alert waarschuwt niet op een naam of een deel van een naam: alleen op de precieze domeinen van de lijst en hun subdomeinen.',
  aboutHeading: 'Over Takedown Alert, voor beheerders',
  aboutVersion: 'Versie',
  aboutListDate: 'Datum van de lijst',
  aboutCounts: 'Op de lijst',
  aboutCountsValue:
    '{operations, plural, one {# operatie} other {# operaties}}, {domains, plural, one {# domein} other {# domeinen}}',
  aboutId: 'Extensie-id',
  aboutPolicy: 'Geldend beleid',
  aboutNoPolicy: 'geen',
  saved: 'Opgeslagen.',
};
