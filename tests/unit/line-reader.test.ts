import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { boundedLines, type Line } from '../../src/tools/line-reader.ts';

async function lines(chunks: string[], keep: number): Promise<Line[]> {
  const out: Line[] = [];
  for await (const line of boundedLines(Readable.from(chunks.map((c) => Buffer.from(c))), keep)) out.push(line);
  return out;
}

describe('boundedLines', () => {
  it('splits on LF and CRLF, across chunk boundaries, with or without a final line break', async () => {
    expect(await lines(['a\nbb', 'b\r', '\nc'], 100)).toEqual([
      { text: 'a', length: 1 },
      { text: 'bbb', length: 3 },
      { text: 'c', length: 1 },
    ]);
    expect(await lines(['a\n', '\n'], 100)).toEqual([
      { text: 'a', length: 1 },
      { text: '', length: 0 },
    ]);
    expect(await lines([], 100)).toEqual([]);
  });
  it('keeps at most `keep` characters of a line and counts the rest', async () => {
    expect(await lines(['abcdef', 'ghij\nxy\n'], 4)).toEqual([
      { text: 'abcd', length: 10 },
      { text: 'xy', length: 2 },
    ]);
  });
  it('reads UTF-8 split inside a character', async () => {
    const bytes = Buffer.from('é\n');
    const out: Line[] = [];
    for await (const line of boundedLines(Readable.from([bytes.subarray(0, 1), bytes.subarray(1)]), 10)) out.push(line);
    expect(out).toEqual([{ text: 'é', length: 1 }]);
  });
});
