// Nederlandse UI-teksten: de waarschuwingspagina.
import type { warning as en } from '../en/warning.ts';

export const warning: Record<keyof typeof en, string> = {
  warningTitle: 'Waarschuwing: {host}',
  warningHeading: 'Stop: deze site hoorde bij een platform dat de politie uit de lucht haalde',
  warningHeadingUnconfirmed: 'Pas op: deze site is mogelijk een doorstart of namaak van een platform dat de politie uit de lucht haalde',
  warningLead: 'Je stond op het punt {host} te bezoeken. Deze site staat op de lijst bij {platform}: {kind}.',
  warningStopped: 'Takedown Alert hield de pagina tegen voordat die laadde: je browser heeft deze site nog niets gevraagd.',
  warningAddress: 'Volledig adres',
  warningSentFrom: 'Je werd hierheen gestuurd vanaf {host}.',
  actionGoBack: 'Ga terug',
  actionContinue: 'Toch naar de site',
  actionDontWarn: 'Waarschuw me niet meer voor deze site',
  continueConfirm: 'Dit domein is niet bevestigd in beslag genomen. Een doorstart of namaak kan een val zijn: die kan je inloggegevens stelen of je apparaat besmetten. Toch doorgaan?',
  actionContinueAnyway: 'Ja, toch doorgaan',
  actionStay: 'Nee, hier blijven',
  continueNote: '"Toch naar de site" laat {host} alleen deze browsersessie door. "Waarschuw me niet meer" geldt tot je het in de instellingen weghaalt.',
  bypassForbidden: 'Je beheerder staat niet toe dat je doorgaat naar deze site.',
  neutralHeading: 'Niets om voor te waarschuwen',
  neutralBody: 'Deze pagina is geopend zonder het adres van een site op de lijst, dus Takedown Alert heeft hier niets te melden.',
  linkSettings: 'Instellingen',
  linkCatalogue: 'Alle acties en domeinen',
};
