// Nederlandse UI-teksten: de instellingenpagina.
import type { options as en } from '../en/options.ts';

export const options: Record<keyof typeof en, string> = {
  optionsTitle: 'Instellingen van Takedown Alert',
  warningLevelHeading: 'Wanneer een waarschuwing over de hele pagina verschijnt',
  levelAll: 'Voor elk domein op de lijst, ook oudere en onbevestigde',
  levelConfirmed: 'Alleen voor bevestigde inbeslagnames (aanbevolen)',
  levelBadge: 'Nooit: alleen het teken op de knop en de popup',
  levelLocked: 'Je beheerder heeft dit ingesteld.',
  exceptionsHeading: 'Sites die je hebt toegestaan',
  exceptionsEmpty: 'Geen. Kies je bij een waarschuwing "Waarschuw me niet meer", dan verschijnt de site hier.',
  exceptionsForbidden: 'Je beheerder staat geen uitzonderingen toe; de sites hieronder worden niet doorgelaten.',
  removeException: 'Weghalen',
  removeExceptionLabel: '{host} weghalen',
  accessHeading: 'Toegang tot de sites op de lijst',
  accessOk: 'Takedown Alert heeft toegang tot de sites op de lijst en kan je ervoor waarschuwen.',
  permissionsHeading: 'Toestemmingen, en waarom',
  permHosts: 'Toegang tot alleen de sites op de lijst: de browser vertelt de extensie het adres van een tabblad alleen als daarin zo\'n site openstaat, dus over andere sites die je bezoekt leert ze niets. Zo kan de waarschuwing ook verschijnen voordat zo\'n site laadt.',
  permDnr: 'Blokkeerregels (declarativeNetRequest): de browser zelf vervangt een pagina op de lijst door de waarschuwing; de extensie leest je verkeer niet.',
  permStorage: 'Opslag: je instellingen, en wat elk open tabblad toont (alleen voor deze browsersessie).',
  permHistory: 'Browsegeschiedenis (optioneel; alleen gevraagd als je in de catalogus de controle "Ben ik daar geweest?" start, en daar ook terug te geven): één keer op je eigen apparaat gebruikt om eerdere bezoeken aan sites op de lijst te zoeken.',
  neverHeading: 'Wat Takedown Alert nooit doet',
  never1: 'Ze verstuurt niets: geen opzoekingen, geen lijsten downloaden, geen statistieken, geen foutrapporten.',
  never2: 'Ze ziet of bewaart de adressen niet van sites die niet op de lijst staan.',
  never3: 'Ze laadt geen code van internet; de lijst zit in de extensie.',
  never4: 'Ze waarschuwt niet op een naam of een deel van een naam: alleen op de precieze domeinen op de lijst en hun subdomeinen.',
  saved: 'Opgeslagen.',
};
