// Firefox keeps its session (open windows and tabs) in "mozlz4" files: a magic header, the
// decompressed size, then one LZ4 block. The tests read it to know when a tab has been saved.

const MAGIC = 'mozLz40\0';

/** Decompresses a mozlz4 file's bytes (LZ4 block format, no frame). */
export function decodeMozLz4(data: Buffer): string {
  if (data.subarray(0, 8).toString('latin1') !== MAGIC) throw new Error('not a mozlz4 file');
  const size = data.readUInt32LE(8);
  const src = data.subarray(12);
  const out = Buffer.alloc(size);
  let i = 0;
  let o = 0;
  const length = (base: number) => {
    let n = base;
    if (base === 15) {
      let b: number;
      do {
        b = src[i++]!;
        n += b;
      } while (b === 255);
    }
    return n;
  };
  while (i < src.length) {
    const token = src[i++]!;
    const literals = length(token >> 4);
    src.copy(out, o, i, i + literals);
    i += literals;
    o += literals;
    if (i >= src.length) break;
    const offset = src[i]! | (src[i + 1]! << 8);
    i += 2;
    const matchLength = length(token & 15) + 4;
    // Byte by byte: a match may overlap the bytes it is copying.
    for (let k = 0; k < matchLength; k++, o++) out[o] = out[o - offset]!;
  }
  return out.subarray(0, o).toString('utf8');
}

/** The URLs of the open tabs in a Firefox session file (the current entry of each tab). */
export function sessionTabUrls(data: Buffer): string[] {
  const session = JSON.parse(decodeMozLz4(data)) as {
    windows?: { tabs?: { entries?: { url?: string }[]; index?: number }[] }[];
  };
  return (session.windows ?? []).flatMap((w) =>
    (w.tabs ?? []).map((t) => t.entries?.[(t.index ?? t.entries.length) - 1]?.url ?? ''),
  );
}
