// A minimal ZIP writer (deflate, no encryption, no zip64) for the store packages, so packaging needs
// no system zip tool. Entries are sorted and timestamps fixed, so the same folder gives the same bytes.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateRawSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

// 1980-01-01 00:00, the earliest DOS date: fixed so builds are reproducible.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

interface EntryFields {
  crc: number;
  compressedSize: number;
  size: number;
  nameLength: number;
}

/** The fields a local header and its central directory entry share, in the same order: version needed,
 * flags, method, time, date, CRC, sizes and name length. */
function writeEntryFields(buffer: Buffer, at: number, fields: EntryFields): void {
  buffer.writeUInt16LE(20, at); // version needed to extract
  buffer.writeUInt16LE(0x0800, at + 2); // UTF-8 names
  buffer.writeUInt16LE(8, at + 4); // deflate
  buffer.writeUInt16LE(DOS_TIME, at + 6);
  buffer.writeUInt16LE(DOS_DATE, at + 8);
  buffer.writeUInt32LE(fields.crc, at + 10);
  buffer.writeUInt32LE(fields.compressedSize, at + 14);
  buffer.writeUInt32LE(fields.size, at + 18);
  buffer.writeUInt16LE(fields.nameLength, at + 22);
}

export function zip(files: { path: string; data: Uint8Array }[]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const name = Buffer.from(file.path, 'utf8');
    const compressed = deflateRawSync(file.data, { level: 9 });
    const fields = {
      crc: crc32(file.data),
      compressedSize: compressed.length,
      size: file.data.length,
      nameLength: name.length,
    };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(header, 4, fields);
    local.push(header, name, compressed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // version made by
    writeEntryFields(entry, 6, fields);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += header.length + name.length + compressed.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}

/** Every file under a folder. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** A built extension folder as a store package: every file but Vite's own notes in `.vite/`, with '/' paths. */
export function zipBuild(dir: string): Buffer {
  return zip(
    filesUnder(dir)
      .filter((f) => !relative(dir, f).startsWith('.vite'))
      .map((f) => ({ path: relative(dir, f).split('\\').join('/'), data: readFileSync(f) })),
  );
}
