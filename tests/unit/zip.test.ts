import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, zip } from '../../src/tools/zip.ts';

describe('zip', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789')).toString(16)).toBe('cbf43926');
  });

  it('writes entries that read back byte for byte, sorted, with a valid central directory', () => {
    const files = [
      { path: 'b/two.txt', data: Buffer.from('two') },
      { path: 'a.json', data: Buffer.from('{"x":1}'.repeat(50)) },
    ];
    const archive = zip(files);
    expect(archive.readUInt32LE(archive.length - 22)).toBe(0x06054b50);
    expect(archive.readUInt16LE(archive.length - 12)).toBe(2);
    const read: Record<string, string> = {};
    let offset = 0;
    while (archive.readUInt32LE(offset) === 0x04034b50) {
      const size = archive.readUInt32LE(offset + 18);
      const nameLength = archive.readUInt16LE(offset + 26);
      const name = archive.subarray(offset + 30, offset + 30 + nameLength).toString('utf8');
      const data = inflateRawSync(archive.subarray(offset + 30 + nameLength, offset + 30 + nameLength + size));
      expect(crc32(data)).toBe(archive.readUInt32LE(offset + 14));
      read[name] = data.toString('utf8');
      offset += 30 + nameLength + size;
    }
    expect(Object.keys(read)).toEqual(['a.json', 'b/two.txt']);
    expect(read['b/two.txt']).toBe('two');
    expect(zip(files).equals(archive)).toBe(true);
  });
});
