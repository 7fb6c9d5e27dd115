// The list as a STIX 2.1 bundle for threat-intelligence platforms (OpenCTI, MISP's STIX import, TAXII
// servers): one indicator per domain, one infrastructure object per operation, the agencies as identities,
// and every source as an external reference. Ids and timestamps come from names and the list date, so the
// same list always gives the same bytes.
import type { CompiledDataset, Confidence, Evidence, Source } from '../core/dataset-types.ts';
import { asUri, fullDay, keyStep, oneLine, verificationText } from './export-evidence.ts';
import { describeOptions, isBlocked, selectOperations, type ExportOptions } from './export-selection.ts';
import { LIST_HOMEPAGE, LIST_LICENCE } from '../pipeline/list-version.ts';
import { exportUuid } from './name-uuid.ts';

/**
 * Our confidence on STIX's 0–100 scale, by the "None / Low / Med / High" scale of STIX 2.1 Appendix A
 * (Confidence Scales): Low → 15, Med → 50, High → 85, the values that scale gives for a conversion to STIX,
 * and the values a consumer converts back to the same word (1–29 low, 30–69 medium, 70–100 high).
 */
export const STIX_CONFIDENCE: Record<Confidence, number> = { high: 85, medium: 50, low: 15 };

/** TLP:WHITE as STIX 2.1 predefines it (section 7.2.1.4): everyone may share the list. */
export const TLP_WHITE = {
  type: 'marking-definition',
  spec_version: '2.1',
  id: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
  created: '2017-01-20T00:00:00.000Z',
  definition_type: 'tlp',
  name: 'TLP:WHITE',
  definition: { tlp: 'white' },
} as const;

type StixObject = { type: string; id: string } & Record<string, unknown>;

const id = (type: string, name: string) => `${type}--${exportUuid(`stix:${type}:${name}`)}`;
const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
const timestamp = (day: string) => `${fullDay(day)}T00:00:00.000Z`;

function nextDay(day: string): string {
  const d = new Date(`${fullDay(day)}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function sourceReference(s: Pick<Source, 'publisher' | 'url' | 'date' | 'kind' | 'verification'> & { title?: string }) {
  return {
    source_name: s.publisher,
    url: asUri(s.url),
    description: oneLine(
      `${s.title ? `${s.title}. ` : ''}Published by ${s.publisher} (${s.kind} source) on ${s.date}; ${verificationText(s.verification)}.`,
    ),
  };
}

function evidenceReference(status: string, stepDate: string, e: Evidence) {
  return {
    ...sourceReference(e),
    description: oneLine(
      `${status} ${stepDate}: "${e.quote}" (${e.lang}). Published by ${e.publisher} (${e.kind} source) on ${e.date}; ${verificationText(e.verification)}.`,
    ),
  };
}

/**
 * A STIX 2.1 bundle (JSON text, two-space indented).
 * @example JSON.parse(formatStix(dataset, options, '2026.11.25')).objects.filter((o) => o.type === 'indicator').length // one per domain
 */
export function formatStix(dataset: CompiledDataset, options: ExportOptions, version: string): string {
  const created = timestamp(dataset.date);
  const producer = id('identity', 'takedown-alert');
  const statement = {
    type: 'marking-definition',
    spec_version: '2.1',
    id: id('marking-definition', 'licence'),
    created,
    created_by_ref: producer,
    definition_type: 'statement',
    definition: { statement: `Takedown Alert list ${version}, ${LIST_LICENCE}. ${LIST_HOMEPAGE}` },
  };
  const common = (type: string, name: string) => ({
    type,
    spec_version: '2.1',
    id: id(type, name),
    created_by_ref: producer,
    created,
    modified: created,
    object_marking_refs: [TLP_WHITE.id, statement.id],
  });

  const operations = selectOperations(dataset, options);
  const agencies = new Map<string, StixObject>();
  const objects: StixObject[] = [];
  for (const op of operations) {
    const dates = op.dates.from === op.dates.to ? op.dates.from : `${op.dates.from} to ${op.dates.to}`;
    const infrastructure = {
      ...common('infrastructure', op.id),
      name: op.platform.en,
      description: oneLine(
        `${sentence(op.kind.en)}. ${op.summary.en} Takedown: ${op.operationName ? `${op.operationName}, ` : ''}${dates}, by ${op.agencies.map((a) => a.en).join('; ')}.`,
      ),
      labels: [oneLine(op.kind.en), 'law-enforcement-takedown'],
      external_references: [
        { source_name: 'takedown-alert', external_id: op.id, description: 'Takedown Alert operation id' },
        ...op.sources.map((s) => sourceReference(s)),
      ],
    };
    objects.push(infrastructure);
    for (const agency of op.agencies) {
      const identity = agencies.get(agency.en) ?? {
        ...common('identity', `agency:${agency.en}`),
        name: agency.en,
        identity_class: 'organization',
        ...(agency.nl !== agency.en ? { description: `Dutch: ${agency.nl}` } : {}),
      };
      agencies.set(agency.en, identity);
      objects.push({
        ...common('relationship', `${op.id}:taken-down-by:${agency.en}`),
        relationship_type: 'related-to',
        description: oneLine(
          `${op.platform.en} was taken down by ${agency.en} (${op.operationName ?? op.id}, ${dates}).`,
        ),
        source_ref: infrastructure.id,
        target_ref: identity.id,
      });
    }
    for (const entry of op.domains) {
      const step = keyStep(entry);
      const now = entry.history[entry.history.length - 1];
      const validFrom = timestamp(step.date);
      // A domain the platform no longer holds stays in the bundle as history, but is no longer a valid
      // indicator from the day it lapsed or was registered again (unless --released include).
      const released = !isBlocked({ status: now.status }, options);
      const until = released ? (fullDay(now.date) > fullDay(step.date) ? fullDay(now.date) : nextDay(step.date)) : null;
      const indicator = {
        ...common('indicator', entry.domain),
        name: entry.domain,
        description: oneLine(
          `Domain of ${op.platform.en} (${op.kind.en}); ${now.status} ${now.date}${step === now ? '' : `, ${step.status} ${step.date}`}; confidence ${entry.confidence}; operation ${op.id}${op.operationName ? ` (${op.operationName})` : ''}. Last checked ${entry.lastChecked}. Subdomains are the platform's too.`,
        ),
        indicator_types: ['malicious-activity'],
        pattern: `[domain-name:value = '${entry.domain}']`,
        pattern_type: 'stix',
        pattern_version: '2.1',
        valid_from: validFrom,
        ...(until ? { valid_until: timestamp(until) } : {}),
        confidence: STIX_CONFIDENCE[entry.confidence],
        labels: [oneLine(op.kind.en), `status:${now.status}`],
        external_references: [...entry.history]
          .reverse()
          .flatMap((s) => s.evidence.map((e) => evidenceReference(s.status, s.date, e))),
      };
      objects.push(indicator, {
        ...common('relationship', `${entry.domain}:indicates:${op.id}`),
        relationship_type: 'indicates',
        source_ref: indicator.id,
        target_ref: infrastructure.id,
      });
    }
  }

  const producerIdentity = {
    type: 'identity',
    spec_version: '2.1',
    id: producer,
    created,
    modified: created,
    name: 'Takedown Alert',
    description:
      'Domains of criminal platforms that police or prosecutors seized or took down, each with its dated, sourced evidence.',
    identity_class: 'organization',
    contact_information: LIST_HOMEPAGE,
  };
  const byName = (a: StixObject, b: StixObject) => ((a.name as string) < (b.name as string) ? -1 : 1);
  const bundle = {
    type: 'bundle',
    id: `bundle--${exportUuid(`stix:bundle:${version}:${describeOptions(options)}`)}`,
    objects: [TLP_WHITE, statement, producerIdentity, ...[...agencies.values()].sort(byName), ...objects],
  };
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
