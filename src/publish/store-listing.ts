// What the stores ask for besides the zips, made at release time: the listing text (nl and en), the permission
// justifications (Chrome Web Store's privacy tab; addons.mozilla.org's reviewer notes) and a privacy policy page
// made from the README's promises (its "What it never does" section, in English and Dutch). Pure.
import type { CompiledDataset } from '../core/dataset-types.ts';

export type ListingLanguage = 'en' | 'nl';

export interface ListingFacts {
  version: string;
  dataset: CompiledDataset;
  /** The manifest's permissions and optional permissions, to check the justifications cover each. */
  permissions: readonly string[];
  optionalPermissions: readonly string[];
  /** The one-line store summary per language (the manifest's localised description). */
  summary: Record<ListingLanguage, string>;
}

export interface Promises {
  en: string[];
  nl: string[];
}

const NEVER_HEADING = '## What it never does';
const NL_HEADING = '### Wat het nooit doet';

/** The bullets of a Markdown list (continuation lines indented), joined into one line each. */
function bullets(markdown: string): string[] {
  const items: string[] = [];
  for (const line of markdown.split('\n')) {
    if (line.startsWith('- ')) items.push(line.slice(2).trim());
    else if (/^\s{2,}\S/.test(line) && items.length > 0) items[items.length - 1] += ` ${line.trim()}`;
  }
  return items;
}

/**
 * The README's promises: the bullets under "What it never does", English first, then those under its Dutch
 * subheading. Throws when the section is missing or the two lists differ in length (a promise left untranslated).
 */
export function promisesFromReadme(readme: string): Promises {
  const start = readme.indexOf(`\n${NEVER_HEADING}\n`);
  if (start < 0) throw new Error(`README.md: no "${NEVER_HEADING}" section for the privacy policy`);
  const rest = readme.slice(start + NEVER_HEADING.length + 2);
  const end = rest.search(/\n## /);
  const body = end < 0 ? rest : rest.slice(0, end);
  const split = body.indexOf(`${NL_HEADING}\n`);
  if (split < 0) throw new Error(`README.md: "${NEVER_HEADING}" has no "${NL_HEADING}" subsection`);
  const promises = { en: bullets(body.slice(0, split)), nl: bullets(body.slice(split)) };
  if (promises.en.length === 0) throw new Error(`README.md: "${NEVER_HEADING}" lists no promises`);
  if (promises.en.length !== promises.nl.length) {
    throw new Error(
      `README.md: ${promises.en.length} promises in English but ${promises.nl.length} in Dutch; translate each one`,
    );
  }
  return promises;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Markdown's `code` and **bold**, the only inline marks the promises use, as HTML (after escaping). */
const inline = (text: string) =>
  escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
const plain = (text: string) => text.replace(/`([^`]+)`/g, '$1').replace(/\*\*([^*]+)\*\*/g, '$1');

const POLICY_TEXT = {
  en: {
    title: 'Takedown Alert: privacy policy',
    intro:
      "Takedown Alert collects no data. It has no server: it checks the site you are on against a list inside the extension, on your device. These are its promises, the same as in the project's README:",
    stored:
      'What stays on your device: your settings (language, warning level, sites you chose to allow), which permission questions you answered, and, for the browser session only, the sites you let through once and the one listed page the popup saw stopped. Removing the extension removes them.',
    version: 'This policy belongs to version',
  },
  nl: {
    title: 'Takedown Alert: privacybeleid',
    intro:
      'Takedown Alert verzamelt geen gegevens. Er is geen server: de extensie vergelijkt de site waarop je bent met een lijst in de extensie zelf, op je eigen apparaat. Dit zijn de beloften, dezelfde als in de README van het project:',
    stored:
      'Wat op je apparaat blijft: je instellingen (taal, waarschuwingsniveau, sites die je toch wilde bezoeken), welke vragen om toestemming je beantwoordde en, alleen zolang de browser openstaat, de sites die je één keer doorliet en de ene vermelde pagina die de pop-up tegengehouden zag. Als je de extensie verwijdert, verdwijnt dat ook.',
    version: 'Dit beleid hoort bij versie',
  },
} as const;

/** The privacy policy page (both languages on one page; no script, no outside resources). */
export function privacyPolicyHtml(promises: Promises, version: string): string {
  const part = (lang: ListingLanguage) => {
    const t = POLICY_TEXT[lang];
    return [
      `<section lang="${lang}">`,
      `<h1>${escapeHtml(t.title)}</h1>`,
      `<p>${escapeHtml(t.intro)}</p>`,
      '<ul>',
      ...promises[lang].map((p) => `<li>${inline(p)}</li>`),
      '</ul>',
      `<p>${escapeHtml(t.stored)}</p>`,
      `<p>${escapeHtml(t.version)} ${escapeHtml(version)}.</p>`,
      '</section>',
    ].join('\n');
  };
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<title>Takedown Alert: privacy policy / privacybeleid</title>',
    '<style>body{font:16px/1.5 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem}@media (prefers-color-scheme:dark){body{background:#1b1b1d;color:#ececec}}section+section{border-top:1px solid #888;margin-top:2rem}</style>',
    '</head>',
    '<body>',
    part('en'),
    part('nl'),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

interface Justification {
  permission: string;
  optional: boolean;
  en: string;
  /** What the browsers show for it, measured (tests/e2e/install-dialog.e2e.test.ts); absent: nothing. */
  dialog?: (domains: number) => string;
}

/** Why each permission is asked for, as the Chrome Web Store's privacy tab wants it (one text per permission). */
const JUSTIFICATIONS: readonly Justification[] = [
  {
    permission: 'storage',
    optional: false,
    en: "Keeps the user's settings (language, warning level, allowed sites) and which permission questions the user answered; for the browser session only, the sites let through once and the one listed page the popup saw stopped. Nothing leaves the device.",
  },
  {
    permission: 'declarativeNetRequest',
    optional: false,
    en: "The browser itself stops a page of a listed domain before any request is sent, from the moment of install and without any site access (the browser then shows its own error page); with access to the listed domains it shows the extension's warning page instead. Lets through sites the user chose to visit. The rules name only listed domains; the extension never sees traffic.",
    dialog: () => 'Chrome and Firefox at install: "Block content on any page".',
  },
  {
    permission: 'activeTab',
    optional: false,
    en: 'When the user clicks the toolbar button (or presses its shortcut), the popup may read the address of that one tab, to say whether it is a listed site, also one the browser stopped before the user granted any access. Nothing is kept.',
  },
  {
    permission: 'scripting',
    optional: false,
    en: 'Registers the small notice shown on pages of listed domains that get a notice rather than a full-page warning. Registered only for the listed domains the user granted; it runs on no other site.',
  },
  {
    permission: 'history',
    optional: true,
    en: 'Optional, asked only when the user clicks "Have I been there?" in the catalogue: looks up the listed domains in the local history once, on the device, and gives the permission back right after.',
  },
  {
    permission: 'host permissions (optional, one per listed domain)',
    optional: true,
    en: 'Optional, offered on the welcome page at install, in the popup and on the options page, and after an update that lists new domains for those. The confirmed listed domains are stopped without it; access to exactly the listed domains lets the extension show its own warning page, notices and toolbar marks there and nowhere else: it cannot see the address of any other site by itself.',
    dialog: (domains) =>
      `Chrome when asked: "Read and change your data on a number of websites"; Firefox: "Takedown Alert requests additional settings. New permissions: Access your data for sites in ${domains} domains".`,
  },
];

const DESCRIPTION = {
  en: (f: ListingFacts, ops: number, domains: number) => `${f.summary.en}

Police take down criminal platforms: forums where stolen data is traded, criminal proxy services, booters, crypto mixers, malware shops. Their domains then show a police banner, lapse, or come back as relaunches and copycats. Takedown Alert tells you when the site you are on is one of them: what happened, who says so, and what to do, for example when your own data may have been traded there.

- A confirmed listed page is stopped before it loads, from the moment of install; one click adds a full-page warning there, a short notice on other listed pages, and the toolbar button and its popup describe any listed page.
- The police's own words, quoted exactly with their source; our translations are marked as ours.
- Every domain is on the list because a source names it: official statements and reports, with their date, quote and confidence.
- A catalogue of every operation, with an optional check of your own history, on your device.
- Dutch and English.

What it never does: it sends nothing anywhere, loads no remote code, keeps no statistics, and by itself sees only the addresses of listed sites. The list is inside the extension; an update brings a new list.

This release: list ${f.version}, ${ops} police operations, ${domains} domains.`,
  nl: (f: ListingFacts, ops: number, domains: number) => `${f.summary.nl}

De politie haalt criminele platforms uit de lucht: fora waar gestolen gegevens worden verhandeld, criminele proxydiensten, booters, cryptomixers, winkels voor malware. Hun domeinen tonen daarna een politiebanner, verlopen, of komen terug als doorstart of namaak. Takedown Alert laat je weten als de site waarop je bent daar een van is: wat er gebeurde, wie dat zegt en wat je nu kunt doen, bijvoorbeeld als jouw gegevens daar verhandeld kunnen zijn.

- Een bevestigde site van de lijst wordt tegengehouden voordat die wordt geladen, vanaf de installatie; met één klik komt daar een waarschuwing over de hele pagina bij, een korte melding op andere vermelde sites, en vertellen de knop in de werkbalk en de pop-up over elke vermelde site.
- De woorden van de politie letterlijk geciteerd, met de bron; onze vertalingen staan als de onze aangegeven.
- Elk domein staat op de lijst omdat een bron het noemt: officiële berichten en nieuwsberichten, met datum, citaat en betrouwbaarheid.
- Een overzicht van alle operaties, met een controle van je eigen geschiedenis als je dat wilt, op je eigen apparaat.
- Nederlands en Engels.

Wat het nooit doet: het stuurt niets weg, laadt geen code van buiten, houdt geen statistieken bij en ziet uit zichzelf alleen de adressen van vermelde sites. De lijst zit in de extensie; een update brengt een nieuwe lijst.

Deze versie: lijst ${f.version}, ${ops} politieoperaties, ${domains} domeinen.`,
} as const;

/** The store description in one language. */
export function storeDescription(facts: ListingFacts, lang: ListingLanguage): string {
  const ops = facts.dataset.operations.length;
  const domains = Object.keys(facts.dataset.domains).length;
  return `${DESCRIPTION[lang](facts, ops, domains)}\n`;
}

/**
 * The permission justifications, checked against the manifest: a permission without a justification, or a
 * justification for a permission the manifest no longer asks for, is an error.
 */
export function permissionJustifications(facts: ListingFacts, promises: Promises): string {
  const known = new Set(JUSTIFICATIONS.map((j) => j.permission));
  const missing = [...facts.permissions, ...facts.optionalPermissions].filter((p) => !known.has(p));
  if (missing.length > 0) throw new Error(`store listing: no justification for permission(s) ${missing.join(', ')}`);
  const declared = new Set([...facts.permissions, ...facts.optionalPermissions]);
  const stale = JUSTIFICATIONS.filter(
    (j) => !j.permission.startsWith('host permissions') && !declared.has(j.permission),
  ).map((j) => j.permission);
  if (stale.length > 0)
    throw new Error(
      `store listing: justification for permission(s) the manifest does not ask for: ${stale.join(', ')}`,
    );
  return [
    `# Takedown Alert ${facts.version}: permissions and data, for the store forms`,
    '',
    '## Single purpose (Chrome Web Store)',
    '',
    'Warns the user when the site they visit is the domain of a criminal platform that police have seized or taken down, and explains what happened and what to do.',
    '',
    '## Permission justifications',
    '',
    ...JUSTIFICATIONS.map(
      (j) =>
        `- **${j.permission}**${j.optional ? ' (optional)' : ''}: ${j.en}${j.dialog ? ` The browsers show: ${j.dialog(Object.keys(facts.dataset.domains).length)}` : ''}`,
    ),
    '',
    '## Remote code',
    '',
    "No. Every script is in the package; the content security policy allows only the extension's own scripts.",
    '',
    '## Data usage',
    '',
    'The extension collects and transmits no user data of any kind (Chrome: none of the data types apply; Firefox: `data_collection_permissions` is `none`).',
    '',
    ...promises.en.map((p) => `- ${plain(p)}`),
    '',
    '## Notes for the addons.mozilla.org reviewer',
    '',
    'The source is built with `npm ci && npm run build` (Node 20); the Firefox package is `dist/firefox`. The list of domains is compiled at build time from `src/data/` and bundled; the extension makes no network request.',
    '',
  ].join('\n');
}
