// The list as a MISP feed (the layout MISP's "Add feed" reads, as PyMISP's feed generator writes it): a
// manifest.json, one event file per operation with a domain attribute per listed domain and the sources as
// link attributes, and hashes.csv (the MD5 of every attribute value with its event's uuid, which MISP uses to
// cache and correlate a feed without loading every event).
import { createHash } from 'node:crypto';
import type { CompiledDataset, Operation } from '../core/dataset-types.ts';
import { asUri, evidenceOf, fullDay, keyStep, oneLine, sourceText } from './export-evidence.ts';
import { isBlocked, selectOperations, type ExportOptions } from './export-selection.ts';
import { LIST_HOMEPAGE, LIST_LICENCE } from '../pipeline/list-version.ts';
import { exportUuid } from './name-uuid.ts';

export interface ExportFile {
  /** Path relative to the release folder, with '/' between folders. */
  name: string;
  content: string;
}

/** The organisation that creates the events (MISP's Orgc), the same uuid in every release. */
export const MISP_ORG = { name: 'Takedown Alert', uuid: exportUuid('misp:org:takedown-alert') };

interface MispTag {
  name: string;
  colour: string;
  local: boolean;
  relationship_type: string;
}
const tag = (name: string, colour: string): MispTag => ({ name, colour, local: false, relationship_type: '' });
/** A machine-tag value in double quotes (MISP taxonomy syntax) cannot itself hold a double quote. */
const value = (text: string) => oneLine(text).replace(/"/g, "'");

/** Event tags: TLP (MISP's tlp taxonomy), the takedown itself, the kind of platform and the operation. */
function eventTags(op: Operation): MispTag[] {
  return [
    tag('tlp:clear', '#ffffff'),
    tag('takedown-alert:event="law-enforcement-takedown"', '#8b0000'),
    tag(`takedown-alert:platform-kind="${value(op.kind.en)}"`, '#004f89'),
    tag(`takedown-alert:operation="${value(op.id)}"`, '#555555'),
  ];
}

const unixTime = (day: string) => String(Date.parse(`${fullDay(day)}T00:00:00Z`) / 1000);

/**
 * The feed's files: manifest.json, hashes.csv and <event uuid>.json, in that order.
 * @example formatMisp(dataset, options).map((f) => f.name) // ['manifest.json', 'hashes.csv', '1c2f….json', …]
 */
export function formatMisp(dataset: CompiledDataset, options: ExportOptions): ExportFile[] {
  const timestamp = unixTime(dataset.date);
  const manifest: Record<string, unknown> = {};
  const hashes: string[] = [];
  const events: ExportFile[] = [];
  for (const op of selectOperations(dataset, options)) {
    const uuid = exportUuid(`misp:event:${op.id}`);
    const dates = op.dates.from === op.dates.to ? op.dates.from : `${op.dates.from} to ${op.dates.to}`;
    // The RFC asks for at most 256 characters and no new lines.
    const info = oneLine(
      `Takedown of ${op.platform.en}${op.operationName ? ` (${op.operationName})` : ''}, ${dates}: ${op.kind.en}`,
    ).slice(0, 256);
    const tags = eventTags(op);
    const attributes: Record<string, unknown>[] = [];
    for (const entry of op.domains) {
      const now = entry.history[entry.history.length - 1];
      const step = keyStep(entry);
      attributes.push({
        uuid: exportUuid(`misp:attribute:domain:${entry.domain}`),
        type: 'domain',
        category: 'Network activity',
        value: entry.domain,
        // Actionable unless the platform no longer holds the name (see RELEASED_STATUSES).
        to_ids: isBlocked({ status: now.status }, options),
        comment: oneLine(
          `${now.status} ${now.date}${step === now ? '' : `, ${step.status} ${step.date}`}; confidence ${entry.confidence}; last checked ${entry.lastChecked}. Evidence: ${evidenceOf(
            entry,
          )
            .map(({ step: s, evidence: e }) => `${s.status}: "${e.quote}" ${sourceText(e)}`)
            .join(' | ')}`,
        ),
        timestamp,
        first_seen: `${fullDay(entry.history[0].date)}T00:00:00.000000+00:00`,
        deleted: false,
        disable_correlation: false,
        Tag: [
          tag(`takedown-alert:status="${now.status}"`, '#b35900'),
          tag(`takedown-alert:confidence="${entry.confidence}"`, '#2e7d32'),
        ],
      });
    }
    const links = new Map<string, string>();
    for (const s of op.sources) links.set(asUri(s.url), oneLine(`${s.title}. ${sourceText(s)}`));
    for (const entry of op.domains) {
      for (const { evidence: e } of evidenceOf(entry))
        if (!links.has(asUri(e.url))) links.set(asUri(e.url), sourceText(e));
    }
    for (const [url, comment] of links) {
      attributes.push({
        uuid: exportUuid(`misp:attribute:link:${op.id}:${url}`),
        type: 'link',
        category: 'External analysis',
        value: url,
        to_ids: false,
        comment,
        timestamp,
        deleted: false,
        disable_correlation: false,
      });
    }
    attributes.push({
      uuid: exportUuid(`misp:attribute:licence:${op.id}`),
      type: 'text',
      category: 'Other',
      value: oneLine(`Takedown Alert list, ${LIST_LICENCE}. ${LIST_HOMEPAGE}`),
      to_ids: false,
      comment: 'Licence of this feed',
      timestamp,
      deleted: false,
      disable_correlation: true,
    });
    const meta = { info, date: fullDay(op.dates.from), analysis: '2', threat_level_id: '4', timestamp };
    const event = {
      Event: {
        uuid,
        ...meta,
        publish_timestamp: timestamp,
        published: true,
        extends_uuid: '',
        Orgc: MISP_ORG,
        Tag: tags,
        Attribute: attributes,
      },
    };
    manifest[uuid] = { Orgc: MISP_ORG, Tag: tags, ...meta };
    for (const a of attributes)
      hashes.push(
        `${createHash('md5')
          .update(a.value as string, 'utf8')
          .digest('hex')},${uuid}`,
      );
    events.push({ name: `${uuid}.json`, content: `${JSON.stringify(event, null, 2)}\n` });
  }
  return [
    { name: 'manifest.json', content: `${JSON.stringify(manifest, null, 2)}\n` },
    { name: 'hashes.csv', content: hashes.length ? `${hashes.join('\n')}\n` : '' },
    ...events,
  ];
}
