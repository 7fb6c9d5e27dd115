// Nederlandse UI-teksten: gedeeld door alle pagina's en de knop in de werkbalk.
import type { common as en } from '../en/common.ts';

export const common: Record<keyof typeof en, string> = {
  extName: 'Takedown Alert',
  languageLabel: 'Taal',
  languageAuto: 'Zoals de browser',
  languageNl: 'Nederlands',
  languageEn: 'English',
  listInfo:
    'Lijst van {date}: {operations, plural, one {# operatie} other {# operaties}}, {domains, plural, one {# domein} other {# domeinen}}.',
  listOld: 'Deze lijst is ouder dan 90 dagen ({date}). Werk de extensie bij voor nieuwere informatie.',
  privacyNote: 'Alles gebeurt op je eigen apparaat. Takedown Alert verstuurt niets.',
  openLinkNote: 'opent in een nieuw tabblad',
  notPolice: 'Takedown Alert is een onafhankelijk project. Wij zijn niet de politie en spreken niet namens de politie.',
  reportWrong: 'Meld een fout in de lijst',
  titleAsk:
    'Takedown Alert houdt bevestigde sites van de lijst tegen. Klik om de volledige waarschuwingen aan te zetten',
  titleAskNew:
    'Takedown Alert: er staan nieuwe sites op de lijst. Klik om er de volledige waarschuwingen voor aan te zetten',
  titleAccessOff: 'Takedown Alert houdt bevestigde sites van de lijst tegen; de volledige waarschuwingen staan uit',
  accessOffHeading: 'De volledige waarschuwingen staan uit',
  accessOffBody:
    'Je browser houdt nu al elke site van de lijst tegen waarvan vaststaat dat de politie hem uit de lucht heeft gehaald, en elke mogelijke namaaksite. Maar hij toont daar alleen een eigen kort bericht, en de andere sites van de lijst krijgen geen melding.',
  accessNewHeading: 'Er staan nieuwe sites op de lijst',
  accessNewBody:
    'De lijst is bijgewerkt. Je browser houdt de nieuwe bevestigde sites al tegen, met een eigen kort bericht. Sta ze toe om ook daar de volledige waarschuwing van Takedown Alert te krijgen.',
  accessSomeOffBody:
    'Voor sommige sites van de lijst staan de volledige waarschuwingen uit, omdat je ze niet hebt toegestaan. Je browser houdt de bevestigde sites nog steeds tegen, met een eigen kort bericht.',
  accessOffShort:
    'Je browser houdt bevestigde sites van de lijst en mogelijke namaaksites al tegen, maar met een eigen kort bericht in plaats van de uitleg van Takedown Alert.',
  browserMessageChrome: 'Chrome toont: "Deze pagina is geblokkeerd door een extensie".',
  browserMessageFirefox: 'Firefox opent de pagina gewoon niet.',
  accessButton: 'Volledige waarschuwingen aanzetten',
  notCoveredNoAccess:
    'Zonder jouw toestemming worden sites van de lijst die alleen een melding krijgen (nog niet bevestigde inbeslagnames, vroegere adressen) niet gemarkeerd.',
  accessNewButton: 'Nieuwe sites toestaan',
  dialogChrome:
    'Chrome vraagt dan om deze toestemming: "Je gegevens lezen en wijzigen op een aantal websites". Dat zijn alleen de sites op de lijst, en geen enkele andere site.',
  dialogFirefox:
    'Firefox vraagt dan om deze toestemming: "Uw gegevens voor websites in {count, plural, one {# domein} other {# domeinen}} benaderen". Dat zijn alleen de sites op de lijst, en geen enkele andere site.',
  whatToDoHeading: 'Wat je nu het beste kunt doen',
  curiousAudience: 'Alleen nieuwsgierig?',
  curiousTakedown: 'Er is hier niets meer te zien. Verlaat de site.',
  curiousFormer: 'Wie deze site nu beheert, weten we niet. Vul er niets in.',
  curiousReleased: 'De naam is nu van iemand anders. Over de site die er nu staat, zegt de lijst niets.',
  curiousRelaunch: 'Verlaat de site. Download er niets en log er niet in.',
  readEverything: 'Alles lezen: wat er gebeurde, de woorden van de politie, het bewijs en de bronnen',
  linkCatalogue: 'Alle operaties en domeinen',
  linkSettings: 'Instellingen',
};
