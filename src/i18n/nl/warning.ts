// Nederlandse UI-teksten: de waarschuwingspagina.
import type { warning as en } from '../en/warning.ts';

export const warning: Record<keyof typeof en, string> = {
  warningTitle: 'Waarschuwing: {host}',
  warningStopped:
    'Takedown Alert heeft de pagina tegengehouden voordat die werd geladen. Er is niets naar deze site gestuurd.',
  warningAddress: 'Volledig adres',
  warningSentFrom: 'Je kwam hier via {host}.',
  actionGoBack: 'Ga terug',
  actionCloseTab: 'Sluit dit tabblad',
  moreOptions: 'Meer opties',
  policyPending: 'Instellingen van je beheerder worden gecontroleerd…',
  actionContinue: 'Toch naar de site',
  actionDontWarn: 'Waarschuw me niet meer voor deze site',
  continueConfirm:
    "Deze site is mogelijk een doorstart of namaak. Zo'n site kan je inloggegevens stelen of je apparaat besmetten. Wil je toch doorgaan?",
  continueConfirmPermanent:
    'Takedown Alert waarschuwt je dan niet meer voor {host}, tot je de site weghaalt bij Instellingen. Doorgaan?',
  actionContinueAnyway: 'Ja, toch doorgaan',
  actionStay: 'Nee, hier blijven',
  continueNote:
    'Kies je ‘Toch naar de site’, dan laat Takedown Alert {host} door tot je de browser sluit. ‘Waarschuw me niet meer’ geldt tot je de site weghaalt bij Instellingen.',
  bypassForbidden: 'Je beheerder staat niet toe dat je naar deze site doorgaat.',
  supportLink: 'Neem contact op met je helpdesk',
  warningOpenedByPage:
    'Deze pagina is geopend door een andere pagina, niet door een bezoek aan de site. Daarom kun je hier niet doorgaan naar de site.',
  neutralHeading: 'Niets om voor te waarschuwen',
  neutralBody:
    'Deze pagina is geopend zonder het adres van een site op de lijst, dus Takedown Alert heeft hier niets te melden.',
};
