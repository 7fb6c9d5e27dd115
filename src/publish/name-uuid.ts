// Name-based UUIDs (RFC 9562 version 5, SHA-1), so every export gives an object the same id in every run:
// STIX and MISP consumers update an object by its id, and a rebuilt release must be byte-identical.
// Pure: SHA-1 is written out here because src/core may not import node:crypto.

const utf8 = new TextEncoder();

/** SHA-1 of the bytes (FIPS 180-4). Only for name-based ids, never for security. */
export function sha1(bytes: Uint8Array): Uint8Array {
  const bitLength = bytes.length * 8;
  const padded = new Uint8Array(((bytes.length + 9 + 63) >> 6) << 6);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 2 ** 32));
  view.setUint32(padded.length - 4, bitLength >>> 0);
  let [h0, h1, h2, h3, h4] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Uint32Array(80);
  const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    let [a, b, c, d, e] = [h0, h1, h2, h3, h4];
    for (let i = 0; i < 80; i++) {
      const [f, k] =
        i < 20
          ? [(b & c) | (~b & d), 0x5a827999]
          : i < 40
            ? [b ^ c ^ d, 0x6ed9eba1]
            : i < 60
              ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
              : [b ^ c ^ d, 0xca62c1d6];
      const t = (rotl(a, 5) + f + e + k + w[i]) >>> 0;
      [e, d, c, b, a] = [d, c, rotl(b, 30) >>> 0, a, t];
    }
    [h0, h1, h2, h3, h4] = [(h0 + a) >>> 0, (h1 + b) >>> 0, (h2 + c) >>> 0, (h3 + d) >>> 0, (h4 + e) >>> 0];
  }
  const out = new Uint8Array(20);
  const outView = new DataView(out.buffer);
  [h0, h1, h2, h3, h4].forEach((h, i) => outView.setUint32(i * 4, h));
  return out;
}

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

function parseUuid(uuid: string): Uint8Array {
  const digits = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(digits)) throw new Error(`not a UUID: ${uuid}`);
  return Uint8Array.from(digits.match(/../g)!.map((pair) => parseInt(pair, 16)));
}

/**
 * The version-5 UUID of `name` in `namespace`.
 * @example uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org') // '886313e1-3b8a-5372-9b90-0c9aee199e5d'
 */
export function uuidV5(namespace: string, name: string): string {
  const ns = parseUuid(namespace);
  const nameBytes = utf8.encode(name);
  const input = new Uint8Array(ns.length + nameBytes.length);
  input.set(ns);
  input.set(nameBytes, ns.length);
  const hash = sha1(input).slice(0, 16);
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const h = hex(hash);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Takedown Alert's own namespace for its name-based ids (a fixed random UUID, chosen once; never change it,
 * or every consumer sees every object as new).
 */
export const TAKEDOWN_ALERT_NAMESPACE = '3f0c9a52-6d1e-4b7a-9c85-2e41d7a0b6f3';

/** @example exportUuid('indicator:leakbase.la') // the same UUID in every run */
export function exportUuid(name: string): string {
  return uuidV5(TAKEDOWN_ALERT_NAMESPACE, name);
}
