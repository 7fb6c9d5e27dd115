// Validates one operation source file. Pure: the caller reads the file; this only looks at the parsed value.
// Every problem names the file, the field path and the reason, e.g.
//   leakbase.json: domains[2].history[0].evidence: must not be empty
import { CONFIDENCES, STATUSES } from '../core/dataset-types.ts';
import { normaliseHost } from '../core/host.ts';
import { SOURCE_ID } from './source-document.ts';
import {
  Problems,
  checkArray,
  checkDate,
  checkEnum,
  checkKeys,
  checkLang,
  checkLocalized,
  checkString,
  checkUrl,
  isObject,
} from './validate-fields.ts';

const OPERATION_KEYS = [
  'id',
  'platform',
  'kind',
  'summary',
  'operationName',
  'dates',
  'agencies',
  'countries',
  'numbers',
  'seized',
  'policeMessages',
  'advice',
  'sources',
  'domains',
] as const;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function checkEvidence(p: Problems, path: string, value: unknown): void {
  if (!isObject(value)) {
    p.add(path, 'evidence must be an object');
    return;
  }
  checkKeys(p, path, value, ['source', 'quote', 'lang']);
  if (typeof value.source !== 'string' || !SOURCE_ID.test(value.source))
    p.add(`${path}.source`, 'must be the id of a source document (src/data/sources/<id>.txt)');
  checkString(p, `${path}.quote`, value.quote);
  if (value.lang !== undefined) checkLang(p, `${path}.lang`, value.lang);
}

function checkDomain(p: Problems, path: string, value: unknown): void {
  if (!isObject(value)) {
    p.add(path, 'domain entry must be an object');
    return;
  }
  checkKeys(p, path, value, ['domain', 'confidence', 'history', 'lastChecked', 'reviewBy', 'alsoListedBy']);
  if (value.alsoListedBy !== undefined) {
    const also = value.alsoListedBy;
    if (!isObject(also) || typeof also.operation !== 'string' || !ID.test(also.operation))
      p.add(`${path}.alsoListedBy.operation`, 'must name the other operation by its id');
    else checkLocalized(p, `${path}.alsoListedBy.reason`, also.reason);
  }
  const name = value.domain;
  if (typeof name !== 'string') {
    p.add(`${path}.domain`, 'missing domain');
  } else {
    const normal = normaliseHost(name);
    if (!normal.ok) p.add(`${path}.domain`, `"${name}" is not a valid host name (${normal.reason})`);
    else if (normal.host !== name) p.add(`${path}.domain`, `"${name}" is not canonical; write "${normal.host}"`);
    else if (!name.includes('.')) p.add(`${path}.domain`, `"${name}" is a single-label name`);
  }
  checkEnum(p, `${path}.confidence`, value.confidence, CONFIDENCES);
  checkDate(p, `${path}.lastChecked`, value.lastChecked);
  checkDate(p, `${path}.reviewBy`, value.reviewBy);
  if (!checkArray(p, `${path}.history`, value.history, 1)) return;
  let previous = '';
  value.history.forEach((step, i) => {
    const at = `${path}.history[${i}]`;
    if (!isObject(step)) {
      p.add(at, 'history step must be an object');
      return;
    }
    checkKeys(p, at, step, ['date', 'status', 'evidence', 'note']);
    if (checkDate(p, `${at}.date`, step.date, true)) {
      if (step.date < previous) p.add(`${at}.date`, 'history must be in date order, oldest first');
      previous = step.date;
    }
    checkEnum(p, `${at}.status`, step.status, STATUSES);
    if (step.note !== undefined) checkLocalized(p, `${at}.note`, step.note);
    if (!Array.isArray(step.evidence) || step.evidence.length === 0) {
      p.add(`${at}.evidence`, 'no evidence: every step needs a source that names the domain');
      return;
    }
    step.evidence.forEach((e, j) => checkEvidence(p, `${at}.evidence[${j}]`, e));
    if (typeof name === 'string') {
      step.evidence.forEach((e, j) => {
        if (isObject(e) && typeof e.quote === 'string' && !quoteNamesDomain(e.quote, name)) {
          p.add(`${at}.evidence[${j}].quote`, `the quote does not name ${name}`);
        }
      });
    }
  });
}

/** Sources often defang names ("leakbase[.]la") or capitalise them; the quote must still name this exact domain. */
function quoteNamesDomain(quote: string, domain: string): boolean {
  const plain = quote.toLowerCase().replaceAll('[.]', '.').replaceAll('(.)', '.');
  const escaped = domain.replaceAll('.', '\\.');
  return new RegExp(`(^|[^a-z0-9.-])${escaped}($|[^a-z0-9-])`).test(plain);
}

function checkPoliceMessage(p: Problems, path: string, value: unknown): void {
  if (!isObject(value)) {
    p.add(path, 'police message must be an object');
    return;
  }
  checkKeys(p, path, value, ['text', 'lang', 'kind', 'source', 'verbatim', 'translations']);
  if (typeof value.verbatim !== 'boolean')
    p.add(
      `${path}.verbatim`,
      "must be true (read in the authority's own text) or false (as another publisher quotes it)",
    );
  checkString(p, `${path}.text`, value.text);
  checkLang(p, `${path}.lang`, value.lang);
  checkLocalized(p, `${path}.kind`, value.kind);
  checkEvidence(p, `${path}.source`, value.source);
  if (!isObject(value.translations)) {
    p.add(`${path}.translations`, 'missing translations');
    return;
  }
  // A quote needs our translation into every UI language it was not published in.
  for (const lang of ['nl', 'en'] as const) {
    if (lang !== value.lang) checkString(p, `${path}.translations.${lang}`, value.translations[lang]);
  }
}

function checkSource(p: Problems, path: string, value: unknown): void {
  if (typeof value !== 'string' || !SOURCE_ID.test(value))
    p.add(path, 'must be the id of a source document (src/data/sources/<id>.txt)');
}

function checkAdvice(p: Problems, path: string, value: unknown): void {
  if (!isObject(value)) {
    p.add(path, 'advice must be an object');
    return;
  }
  checkLocalized(p, `${path}.audience`, value.audience);
  if (!checkArray(p, `${path}.items`, value.items, 1)) return;
  value.items.forEach((item, i) => {
    const at = `${path}.items[${i}]`;
    if (!isObject(item)) return p.add(at, 'advice item must be an object');
    checkLocalized(p, `${at}.text`, item.text);
    if (item.link !== undefined) {
      if (!isObject(item.link)) return p.add(`${at}.link`, 'link must be an object');
      checkUrl(p, `${at}.link.url`, item.link.url);
      checkLocalized(p, `${at}.link.label`, item.link.label);
    }
  });
}

/**
 * Problems in one operation file; an empty list means it may ship.
 * `fileName` is the file's base name: it must be `<id>.json`.
 */
export function validateOperation(fileName: string, value: unknown): string[] {
  const p = new Problems(fileName);
  if (!isObject(value)) {
    p.add('(top level)', 'must be a JSON object');
    return p.list;
  }
  checkKeys(p, '', value, OPERATION_KEYS);
  for (const key of OPERATION_KEYS) if (!(key in value)) p.add(key, 'missing field');
  if (typeof value.id !== 'string' || !ID.test(value.id)) p.add('id', 'must be a kebab-case id');
  else if (fileName !== `${value.id}.json`) p.add('id', `file name must be ${value.id}.json`);
  checkLocalized(p, 'platform', value.platform);
  checkLocalized(p, 'kind', value.kind);
  checkLocalized(p, 'summary', value.summary);
  if (value.operationName !== null) checkString(p, 'operationName', value.operationName);
  if (isObject(value.dates)) {
    const from = checkDate(p, 'dates.from', value.dates.from, true);
    const to = checkDate(p, 'dates.to', value.dates.to, true);
    if (from && to && (value.dates.to as string) < (value.dates.from as string))
      p.add('dates.to', 'is before dates.from');
  } else {
    p.add('dates', 'must be { from, to }');
  }
  if (checkArray(p, 'agencies', value.agencies, 1))
    value.agencies.forEach((a, i) => checkLocalized(p, `agencies[${i}]`, a));
  if (checkArray(p, 'countries', value.countries)) {
    value.countries.forEach((c, i) => {
      if (typeof c !== 'string' || !/^[A-Z]{2}$/.test(c)) p.add(`countries[${i}]`, 'not an ISO 3166 country code');
    });
  }
  if (checkArray(p, 'numbers', value.numbers)) {
    value.numbers.forEach((n, i) => {
      if (!isObject(n)) return p.add(`numbers[${i}]`, 'must be an object');
      checkKeys(p, `numbers[${i}]`, n, ['label', 'value', 'by']);
      checkLocalized(p, `numbers[${i}].label`, n.label);
      checkLocalized(p, `numbers[${i}].value`, n.value);
      if (n.by !== undefined) checkEvidence(p, `numbers[${i}].by`, n.by);
    });
  }
  if (checkArray(p, 'seized', value.seized)) value.seized.forEach((s, i) => checkLocalized(p, `seized[${i}]`, s));
  if (checkArray(p, 'policeMessages', value.policeMessages)) {
    value.policeMessages.forEach((m, i) => checkPoliceMessage(p, `policeMessages[${i}]`, m));
  }
  if (checkArray(p, 'advice', value.advice)) value.advice.forEach((a, i) => checkAdvice(p, `advice[${i}]`, a));
  if (checkArray(p, 'sources', value.sources, 1)) value.sources.forEach((s, i) => checkSource(p, `sources[${i}]`, s));
  if (checkArray(p, 'domains', value.domains)) {
    value.domains.forEach((d, i) => checkDomain(p, `domains[${i}]`, d));
    const names = value.domains.map((d) => (isObject(d) ? d.domain : undefined));
    names.forEach((n, i) => {
      if (typeof n === 'string' && names.indexOf(n) !== i) p.add(`domains[${i}].domain`, `duplicate domain ${n}`);
    });
  }
  return p.list;
}
