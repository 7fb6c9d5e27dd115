// Nederlandse UI-teksten: de soorten vermelding, overal gelijk verwoord: titel van de knop, popup,
// waarschuwingspagina, melding op de pagina en catalogus.
import type { kinds as en } from '../en/kinds.ts';

export const kinds: Record<keyof typeof en, string> = {
  kindTakedown: 'Uit de lucht gehaald door de politie',
  kindReported: 'Uit de lucht gehaald door de politie; dit adres niet bevestigd',
  kindRelaunch: 'Mogelijk een doorstart of namaak',
  kindFormer: 'Vroeger adres van het platform',
  kindReleased: 'Niet meer van het platform',
  titleTakedown: 'Takedown Alert: de politie heeft {host} uit de lucht gehaald ({platform})',
  titleReported:
    'Takedown Alert: {host} was een adres van {platform}, dat de politie uit de lucht heeft gehaald; of juist dit adres in beslag is genomen, is niet bevestigd',
  titleRelaunch: 'Takedown Alert: {host} is mogelijk namaak van {platform}. Log hier niet in',
  titleFormer: 'Takedown Alert: {host} werd gebruikt door {platform}; wie dit adres nu beheert, is niet bekend',
  titleReleased: 'Takedown Alert: {host} was van {platform}; de naam is nu van iemand anders',
  headingTakedown: 'De politie heeft {platform} uit de lucht gehaald',
  headingReported: 'Dit adres hoorde bij {platform}, dat de politie uit de lucht heeft gehaald',
  headingRelaunch: 'Dit kan een val zijn: mogelijk namaak van {platform}',
  headingFormer: 'Dit adres werd gebruikt door {platform}, dat de politie uit de lucht heeft gehaald',
  headingReleased: 'Dit adres was van {platform}; de naam is nu van iemand anders',
  leadTakedown: '{host} was het adres van {platform}, {kind}.',
  leadReported:
    '{host} was een adres van {platform}, {kind}. Dat de politie het platform uit de lucht heeft gehaald, staat vast. Of ze juist dit adres in beslag heeft genomen, niet.',
  leadRelaunch:
    '{host} verscheen nadat de politie {platform}, {kind}, uit de lucht had gehaald. Niemand weet zeker wie de site beheert: het kan een doorstart zijn, maar ook namaak die inloggegevens verzamelt.',
  leadFormer:
    '{platform}, {kind}, gebruikte {host} voordat de politie het platform uit de lucht haalde. Wie dit adres nu beheert, is niet bekend.',
  leadReleased:
    '{platform}, {kind}, gebruikte {host}. De inbeslagname is voorbij en iemand anders heeft de naam geregistreerd. Deze site is waarschijnlijk niet het platform.',
  doFirstRelaunch: 'Log hier niet in en vul hier geen e-mailadres of wachtwoord in.',
  whoWhen: 'Wie ingreep en wanneer: {agency}, {month}.',
  certainTakedownOfficial: 'Voor dit adres bevestigd door een officiële bron: {publishers}.',
  certainTakedownReports: 'Voor dit adres bevestigd door onafhankelijke nieuwsberichten: {publishers}.',
  certainReportedOne: 'Dat de politie juist dit adres in beslag nam, is gemeld maar niet bevestigd: {publishers}.',
  certainReportedWeak:
    'Dat de politie juist dit adres in beslag nam, staat alleen in een lijst uit de community of in een bron die we niet konden lezen: {publishers}.',
  certainRelaunchStrong: 'Als mogelijke doorstart of namaak genoemd door {publishers}.',
  certainRelaunchOne: 'Als mogelijke doorstart of namaak genoemd, niet bevestigd, door {publishers}.',
  certainRelaunchWeak:
    'Als mogelijke doorstart of namaak alleen genoemd in een lijst uit de community of in een bron die we niet konden lezen: {publishers}.',
  certainFormerStrong: 'Dat {platform} dit adres gebruikte, is bevestigd door {publishers}.',
  certainFormerOne: 'Dat {platform} dit adres gebruikte, is gemeld maar niet bevestigd: {publishers}.',
  certainFormerWeak:
    'Dat {platform} dit adres gebruikte, staat alleen in een lijst uit de community of in een bron die we niet konden lezen: {publishers}.',
  confirmedHigh: 'Bevestigd door een officiële bron of door twee onafhankelijke nieuwsberichten die we hebben gelezen.',
  confirmedMedium: 'Niet bevestigd: alleen één nieuwsbericht dat we hebben gelezen, noemt dit adres.',
  confirmedLow:
    'Niet bevestigd: alleen een lijst uit de community of bronnen die we niet konden lezen, noemen dit adres.',
  noticeSender: 'Takedown Alert — niet de politie',
  noticeMore: 'Wat er gebeurde',
  noticeMoreNote: 'Opent de pagina van Takedown Alert over {platform} in een nieuw tabblad.',
  noticeDismiss: 'Sluiten',
  noticeLabel: 'Takedown Alert',
};
