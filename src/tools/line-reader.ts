// Lines of a stream, read with bounded memory: a line is kept up to `keep` characters (what is left of a longer line
// is counted, not kept), so standard input of any size, with lines of any length, costs at most about `keep`
// characters and one chunk. Node only (the checker's standard input).
import type { Readable } from 'node:stream';

export interface Line {
  /** The line's first `keep` characters at most (without its line break). */
  text: string;
  /** The line's full length in characters. */
  length: number;
}

/** @example for await (const line of boundedLines(process.stdin, 1024)) … */
export async function* boundedLines(stream: Readable, keep: number): AsyncGenerator<Line> {
  stream.setEncoding('utf8');
  let kept = '';
  let length = 0;
  const end = (): Line => {
    // A CRLF line break: the CR belongs to the break, not to the line.
    const cr = length <= keep && kept.endsWith('\r');
    const line = { text: cr ? kept.slice(0, -1) : kept, length: cr ? length - 1 : length };
    kept = '';
    length = 0;
    return line;
  };
  for await (const chunk of stream as AsyncIterable<string>) {
    let from = 0;
    for (let at = chunk.indexOf('\n'); ; at = chunk.indexOf('\n', from)) {
      const piece = at === -1 ? chunk.slice(from) : chunk.slice(from, at);
      if (kept.length < keep) kept += piece.slice(0, keep - kept.length);
      length += piece.length;
      if (at === -1) break;
      yield end();
      from = at + 1;
    }
  }
  if (length > 0 || kept !== '') yield end();
}
