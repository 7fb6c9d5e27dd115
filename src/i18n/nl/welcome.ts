// Nederlandse UI-teksten: de welkomstpagina, één keer geopend bij de installatie.
import type { welcome as en } from '../en/welcome.ts';

export const welcome: Record<keyof typeof en, string> = {
  welcomeHeading: 'Welkom bij Takedown Alert',
  welcomeIntro: 'Takedown Alert waarschuwt je als je het adres bezoekt van een crimineel platform dat de politie uit de lucht heeft gehaald, zoals een forum waar gestolen gegevens werden verhandeld. Je leest wat er gebeurde, wie dat zegt en wat je kunt doen.',
  welcomeStepHeading: 'Eén stap: sta waarschuwingen toe',
  welcomeGranted: 'Klaar: Takedown Alert kan je voor elke site op de lijst waarschuwen ({count}).',
  welcomePinHeading: 'Houd de knop in zicht',
  welcomePinChrome: 'Chrome verstopt nieuwe extensies in het puzzelstukmenu in de werkbalk. Klik op het puzzelstuk en daarna op de punaise naast Takedown Alert: de knop krijgt dan een kleur en een teken op een site van de lijst.',
  welcomePinFirefox: 'Firefox zet de knop van Takedown Alert in de werkbalk. Heb je hem verplaatst, klik dan met de rechtermuisknop op de werkbalk, kies "Werkbalk aanpassen…" en sleep hem terug: de knop krijgt een kleur en een teken op een site van de lijst.',
  welcomeDoesHeading: 'Wat het doet',
  welcomeDoes1: 'Een site die bevestigd uit de lucht is gehaald, of die mogelijk namaak is, wordt tegengehouden voordat de pagina laadt. Je ziet dan een waarschuwing die zegt wat er gebeurde en wat je kunt doen.',
  welcomeDoes2: 'Een vroeger adres van een platform krijgt een kleine melding op de pagina; de knop in de werkbalk markeert elke site van de lijst.',
  welcomeDoes3: 'Bij elke vermelding staan de bronnen: teksten van de politie, letterlijk geciteerd, en de berichten die het adres noemen.',
  welcomeCatalogue: 'Bekijk elke operatie en elk domein op de lijst',
};
