// Nederlandse UI-teksten: de welkomstpagina, één keer geopend bij de installatie.
import type { welcome as en } from '../en/welcome.ts';

export const welcome: Record<keyof typeof en, string> = {
  welcomeHeading: 'Welkom bij Takedown Alert',
  welcomeIntro:
    'Takedown Alert waarschuwt je als je het adres bezoekt van een crimineel platform dat de politie uit de lucht heeft gehaald, zoals een forum waar gestolen gegevens werden verhandeld. Je leest wat er gebeurde, wie dat zegt en wat je kunt doen.',
  welcomeStepHeading: 'Volledige uitleg tonen in plaats van de foutmelding van je browser?',
  welcomeStepDone: 'De volledige waarschuwingen staan aan',
  welcomeAlready:
    'Takedown Alert beschermt je nu al: je browser houdt elke site van de lijst waarvan vaststaat dat de politie hem uit de lucht heeft gehaald, en elke mogelijke namaaksite, tegen voordat die wordt geladen. Zonder jouw toestemming toont je browser daar alleen een eigen kort bericht.',
  welcomeUpgrade:
    'Met jouw toestemming toont Takedown Alert in plaats daarvan een eigen pagina: wat de site was, wat er gebeurde, wie dat zegt en wat je kunt doen. Op de andere sites van de lijst verschijnt dan een korte melding.',
  welcomeAllowButton: 'Ja, toon de volledige uitleg',
  welcomeSkip:
    'Sla je dit over, dan worden de bevestigde sites nog steeds tegengehouden, met het bericht van je browser, en worden sites die alleen een melding krijgen niet gemarkeerd. Je kunt dit altijd nog wijzigen bij Instellingen.',
  welcomeDeclined:
    'Je hebt het niet toegestaan. De bevestigde sites van de lijst worden nog steeds tegengehouden; je browser toont daar dan een eigen kort bericht.',
  welcomeGranted: 'Klaar: Takedown Alert toont nu op elke site van de lijst een eigen waarschuwing.',
  welcomePinHeading: 'Houd de knop in zicht',
  welcomePinChrome:
    'Chrome verstopt nieuwe extensies in het puzzelstukmenu in de werkbalk. Klik op het puzzelstuk en daarna op de punaise naast Takedown Alert. Op een site van de lijst krijgt de knop dan een kleur en een teken.',
  welcomePinFirefox:
    'Firefox zet de knop van Takedown Alert in de werkbalk. Heb je hem verplaatst, klik dan met de rechtermuisknop op de werkbalk, kies "Werkbalk aanpassen…" en sleep hem terug. Op een site van de lijst krijgt de knop een kleur en een teken.',
  welcomeDoesHeading: 'Wat Takedown Alert doet',
  welcomeDoes1:
    'Takedown Alert houdt een site tegen voordat die wordt geladen als vaststaat dat de politie hem uit de lucht heeft gehaald, of als het mogelijk namaak is. Je ziet dan een pagina die zegt wat er gebeurde en wat je kunt doen.',
  welcomeDoes2:
    'Heb je de sites van de lijst toegestaan, dan krijgt een vroeger adres van een platform, of een site waarvan de inbeslagname nog niet bevestigd is, een korte melding op de pagina, en markeert de knop in de werkbalk elke site van de lijst.',
  welcomeDoes3:
    'Bij elke vermelding staan de bronnen: teksten van de politie, letterlijk geciteerd, en de nieuwsberichten die het adres noemen.',
  welcomeCatalogue: 'Bekijk elke operatie en elk domein op de lijst',
};
