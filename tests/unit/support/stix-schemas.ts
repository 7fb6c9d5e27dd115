// The OASIS STIX 2.1 JSON schemas (oasis-open/cti-stix2-json-schemas), compiled with ajv. The copy comes from the
// npm registry: the stixview package (BSD-3-Clause) ships them unchanged in src/stix2-schemas; all 56 files are
// byte-identical to the OASIS repository at commit 77f248ca123f6f9051fe2c32f4e442c502ee7a8f (24 July 2020).
// For the objects we emit (bundle, identity, indicator, infrastructure, relationship, marking-definition) the
// later OASIS commits only add the `extensions` property and move the schemas to draft 2020-12.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { domainToASCII } from 'node:url';
import { dirname, join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
export const STIX_SCHEMA_DIR = join(dirname(require.resolve('stixview/package.json')), 'src', 'stix2-schemas');
export const STIX_SCHEMA_PACKAGE = JSON.parse(
  readFileSync(join(dirname(require.resolve('stixview/package.json')), 'package.json'), 'utf8'),
) as { name: string; version: string };

const BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/';

function schemaFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? schemaFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : [],
  );
}

/** Every schema file, added by its own $id so the relative $refs resolve as in the OASIS repository. */
function loadAjv(): Ajv {
  // strict: false because the OASIS schemas use keywords ajv's strict mode rejects (for example a "description"
  // next to "$ref"); that is their style, not an error in them. unicodeRegExp: false because their patterns
  // escape "-" outside a class (core.json's type pattern), which ECMA-262 allows except under the /u flag ajv
  // uses by default; JSON Schema patterns are ECMA-262 expressions, so this reads them as written.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  // ajv-formats has no idn-hostname (JSON Schema's internationalised host name, RFC 5890): check the name's
  // ASCII form (punycode) as a hostname, which is what RFC 5890 defines it by.
  const hostname = ajv.formats.hostname as RegExp;
  ajv.addFormat('idn-hostname', (name: string) => {
    const ascii = domainToASCII(name);
    return ascii !== '' && hostname.test(ascii);
  });
  for (const file of schemaFiles(STIX_SCHEMA_DIR)) ajv.addSchema(JSON.parse(readFileSync(file, 'utf8')) as object);
  return ajv;
}

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

/** The validator for one schema, by its path under schemas/ (for example 'common/bundle.json'). */
export function stixValidator(path: string): ValidateFunction {
  ajv ??= loadAjv();
  let validate = compiled.get(path);
  if (!validate) {
    validate = ajv.getSchema(`${BASE}${path}`);
    if (!validate) throw new Error(`no STIX schema ${path} in ${STIX_SCHEMA_DIR}`);
    compiled.set(path, validate);
  }
  return validate;
}

/** The schema each object type is checked against on its own (the bundle schema only says "one of them"). */
export const STIX_TYPE_SCHEMAS: Record<string, string> = {
  identity: 'sdos/identity.json',
  indicator: 'sdos/indicator.json',
  infrastructure: 'sdos/infrastructure.json',
  relationship: 'sros/relationship.json',
  'marking-definition': 'common/marking-definition.json',
};

export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
    .join('\n');
}
