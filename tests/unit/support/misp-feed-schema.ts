// The MISP feed our export writes, as JSON Schemas (draft-07, checked with ajv). MISP publishes no schema for
// feeds in any npm package, so these are written here from MISP's own specifications:
// - the MISP core format, Internet-Draft draft-dulaunoy-misp-core-format-18 (MISP/misp-rfc, misp-core-format/raw.md):
//   its sections "Event" ("Event Attributes", "Event Objects": Org and Orgc), "Attribute" ("Attribute
//   Attributes", with the table of valid category-type combinations) and "Tag"; the MUST fields are required below;
// - the feed layout as MISP's Python library writes it (PyMISP MISPEvent.to_feed and .manifest, and its feed
//   generator's hashes.csv): a feed event carries no instance-local fields (id, org_id, orgc_id, event_id,
//   attribute_count, distribution, sharing_group_id), because the importing MISP assigns them; Orgc holds name and
//   uuid; a tag holds name, colour, local and relationship_type; hashes.csv holds "md5(value),event uuid".

const uuid = { type: 'string', pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$' };
const unixTime = { type: 'string', pattern: '^[0-9]+$' };
const isoDate = { type: 'string', pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' };

/** "Tag": name MUST be present; colour is an RGB value. */
const tag = {
  type: 'object',
  required: ['name', 'colour'],
  properties: {
    name: { type: 'string', minLength: 1 },
    colour: { type: 'string', pattern: '^#[0-9a-fA-F]{6}$' },
    local: { type: 'boolean' },
    relationship_type: { type: 'string' },
    exportable: { type: 'boolean' },
  },
  additionalProperties: false,
};

/** "Event Objects", Orgc: the organisation's uuid and name. */
const orgc = {
  type: 'object',
  required: ['uuid', 'name'],
  properties: { uuid, name: { type: 'string', minLength: 1 } },
  additionalProperties: false,
};

/**
 * "Attribute Attributes", type: the valid types of the categories this export uses, as the draft's table lists them.
 * A category outside this table fails the check, so a new one has to be added here from the draft first.
 */
export const MISP_CATEGORY_TYPES: Record<string, string[]> = {
  'Network activity': [
    'ip-src',
    'ip-dst',
    'ip-dst|port',
    'ip-src|port',
    'port',
    'hostname',
    'domain',
    'domain|ip',
    'mac-address',
    'mac-eui-64',
    'email',
    'email-dst',
    'email-src',
    'eppn',
    'url',
    'uri',
    'user-agent',
    'http-method',
    'AS',
    'snort',
    'pattern-in-file',
    'filename-pattern',
    'stix2-pattern',
    'pattern-in-traffic',
    'attachment',
    'comment',
    'text',
    'x509-fingerprint-md5',
    'x509-fingerprint-sha1',
    'x509-fingerprint-sha256',
    'ja3-fingerprint-md5',
    'jarm-fingerprint',
    'hassh-md5',
    'hasshserver-md5',
    'other',
    'hex',
    'cookie',
    'hostname|port',
    'bro',
    'zeek',
    'anonymised',
    'community-id',
    'email-subject',
    'favicon-mmh3',
    'dkim',
    'dkim-signature',
    'ssh-fingerprint',
    'dom-hash',
    'onion-address',
  ],
  'External analysis': [
    'md5',
    'sha1',
    'sha256',
    'sha3-224',
    'sha3-256',
    'sha3-384',
    'sha3-512',
    'filename',
    'filename|md5',
    'filename|sha1',
    'filename|sha256',
    'filename|sha3-224',
    'filename|sha3-256',
    'filename|sha3-384',
    'filename|sha3-512',
    'ip-src',
    'ip-dst',
    'ip-dst|port',
    'ip-src|port',
    'mac-address',
    'mac-eui-64',
    'hostname',
    'domain',
    'domain|ip',
    'url',
    'user-agent',
    'regkey',
    'regkey|value',
    'AS',
    'snort',
    'bro',
    'zeek',
    'pattern-in-file',
    'pattern-in-traffic',
    'pattern-in-memory',
    'filename-pattern',
    'vulnerability',
    'cpe',
    'weakness',
    'attachment',
    'malware-sample',
    'link',
    'comment',
    'text',
    'x509-fingerprint-sha1',
    'x509-fingerprint-md5',
    'x509-fingerprint-sha256',
    'ja3-fingerprint-md5',
    'jarm-fingerprint',
    'hassh-md5',
    'hasshserver-md5',
    'github-repository',
    'other',
    'cortex',
    'anonymised',
    'community-id',
    'dom-hash',
    'onion-address',
  ],
  Other: [
    'comment',
    'text',
    'other',
    'size-in-bytes',
    'counter',
    'integer',
    'datetime',
    'cpe',
    'port',
    'float',
    'hex',
    'phone-number',
    'boolean',
    'anonymised',
    'pgp-public-key',
    'pgp-private-key',
    'uuid',
  ],
};

/** "Attribute Attributes": uuid, type, category, to_ids, timestamp, deleted and value MUST be present. */
const attribute = {
  type: 'object',
  required: ['uuid', 'type', 'category', 'value', 'to_ids', 'timestamp', 'deleted'],
  properties: {
    uuid,
    type: { type: 'string' },
    category: { enum: Object.keys(MISP_CATEGORY_TYPES) },
    value: { type: 'string', minLength: 1 },
    to_ids: { type: 'boolean' },
    timestamp: unixTime,
    deleted: { type: 'boolean' },
    disable_correlation: { type: 'boolean' },
    comment: { type: 'string' },
    // "an ISO 8601 datetime up to the micro-second with time zone support"
    first_seen: {
      type: 'string',
      pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,6})?(Z|[+-][0-9]{2}:[0-9]{2})$',
    },
    last_seen: { type: 'string' },
    Tag: { type: 'array', items: tag },
  },
  additionalProperties: false,
  allOf: Object.entries(MISP_CATEGORY_TYPES).map(([category, types]) => ({
    if: { properties: { category: { const: category } } },
    // oxlint-disable-next-line unicorn/no-thenable -- JSON Schema's if/then keyword, not a promise
    then: { properties: { type: { enum: types } } },
  })),
};

/** "Event Attributes", in feed form (see the note at the top). */
export const MISP_FEED_EVENT_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['Event'],
  additionalProperties: false,
  properties: {
    Event: {
      type: 'object',
      required: [
        'uuid',
        'info',
        'date',
        'published',
        'timestamp',
        'publish_timestamp',
        'threat_level_id',
        'analysis',
        'Orgc',
        'Attribute',
      ],
      properties: {
        uuid,
        // "SHOULD NOT be bigger than 256 characters and SHOULD NOT include new-lines"
        info: { type: 'string', minLength: 1, maxLength: 256, pattern: '^[^\\n\\r]*$' },
        date: isoDate,
        published: { type: 'boolean' },
        timestamp: unixTime,
        publish_timestamp: unixTime,
        threat_level_id: { enum: ['1', '2', '3', '4'] },
        analysis: { enum: ['0', '1', '2'] },
        extends_uuid: { anyOf: [uuid, { const: '' }] },
        Orgc: orgc,
        Tag: { type: 'array', items: tag },
        Attribute: { type: 'array', minItems: 1, items: attribute },
      },
      additionalProperties: false,
    },
  },
} as const;

/** manifest.json: event uuid → the event's Orgc, Tag, info, date, analysis, threat_level_id and timestamp. */
export const MISP_MANIFEST_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  minProperties: 1,
  propertyNames: uuid,
  additionalProperties: {
    type: 'object',
    required: ['Orgc', 'Tag', 'info', 'date', 'analysis', 'threat_level_id', 'timestamp'],
    properties: {
      Orgc: orgc,
      Tag: { type: 'array', items: tag },
      info: { type: 'string', minLength: 1, maxLength: 256 },
      date: isoDate,
      analysis: { enum: ['0', '1', '2'] },
      threat_level_id: { enum: ['1', '2', '3', '4'] },
      timestamp: unixTime,
    },
    additionalProperties: false,
  },
} as const;
