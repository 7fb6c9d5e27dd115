// Nederlandse UI-teksten: de soorten vermelding, overal gelijk verwoord: titel van de knop, popup,
// waarschuwingspagina, melding op de pagina en catalogus.
import type { kinds as en } from '../en/kinds.ts';

export const kinds: Record<keyof typeof en, string> = {
  kindTakedown: 'Uit de lucht gehaald door de politie',
  kindRelaunch: 'Mogelijk een doorstart of namaak',
  kindFormer: 'Vroeger adres van het platform',
  kindReleased: 'Niet meer van het platform',
  titleTakedown: 'Takedown Alert: de politie heeft {host} uit de lucht gehaald ({platform})',
  titleRelaunch: 'Takedown Alert: {host} is mogelijk namaak van {platform}. Log hier niet in',
  titleFormer: 'Takedown Alert: {host} was een adres van {platform}; wie het nu beheert, is niet bekend',
  titleReleased: 'Takedown Alert: {host} was van {platform}; iemand anders heeft het nu',
  headingTakedown: 'De politie heeft {platform} uit de lucht gehaald',
  headingRelaunch: 'Dit kan een val zijn: mogelijk namaak van {platform}',
  headingFormer: 'Dit was een adres van {platform}, dat de politie uit de lucht haalde',
  headingReleased: 'Dit adres was van {platform}; iemand anders heeft het nu',
  leadTakedown: '{host} hoorde bij {platform}: {kind}. De politie heeft het uit de lucht gehaald.',
  leadRelaunch:
    '{host} dook op nadat de politie {platform} uit de lucht had gehaald ({kind}). Wie de site beheert, is niet bevestigd: het kan een doorstart zijn, of namaak die inloggegevens verzamelt.',
  leadFormer:
    '{platform} ({kind}) gebruikte {host} voordat de politie het platform uit de lucht haalde. Wie dit adres nu beheert, is niet bekend.',
  leadReleased:
    '{platform} ({kind}) gebruikte {host}. De inbeslagname is voorbij en iemand anders heeft de naam geregistreerd; deze site is waarschijnlijk niet het platform.',
  doFirstRelaunch: 'Log hier niet in en vul hier geen e-mailadres of wachtwoord in.',
  confirmedHigh: 'Bevestigd: een officiële bron, of twee onafhankelijke berichten die we gelezen hebben, zeggen dit.',
  confirmedMedium: 'Niet bevestigd: één bericht dat we gelezen hebben, zegt dit.',
  confirmedLow: 'Niet bevestigd: alleen een lijst uit de community, of bronnen die we niet konden lezen, zeggen dit.',
  noticeMore: 'Wat er gebeurde',
  noticeDismiss: 'Sluiten',
  noticeLabel: 'Takedown Alert',
};
