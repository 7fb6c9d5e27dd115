// Nederlandse UI-teksten: gedeeld door alle pagina's en de knop in de werkbalk.
import type { common as en } from '../en/common.ts';

export const common: Record<keyof typeof en, string> = {
  extName: 'Takedown Alert',
  languageLabel: 'Taal',
  languageAuto: 'Zoals de browser',
  languageNl: 'Nederlands',
  languageEn: 'English',
  listInfo: 'Lijst van {date}: {operations} acties, {domains} domeinen.',
  listOld: 'Deze lijst is ouder dan 90 dagen ({date}). Werk de extensie bij voor nieuwere informatie.',
  privacyNote: 'Gecontroleerd op je eigen apparaat. Takedown Alert verstuurt niets.',
  openLinkNote: 'opent in een nieuw tabblad',
  badgeTitleListed: 'Takedown Alert: {host} staat op de lijst ({platform}: {status})',
  badgeTitleClean: 'Takedown Alert: deze site staat niet op de lijst',
  permissionMissing: 'Takedown Alert kan de sites op de lijst niet zien: de toegang is uitgezet. Zonder die toegang verschijnt geen waarschuwing.',
  permissionGrant: 'Toegang tot de sites op de lijst geven',
};
