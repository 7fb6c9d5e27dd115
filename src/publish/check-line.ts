// One line of the command-line checker's output, built from one input. Pure, so it is unit-tested
// with the same reader and matcher the extension uses.
import { checkUrl, type Matcher } from '../core/matcher.ts';

export type CheckLine =
  /** A URL: `host` when it has one to look up; `reason` says why `match` is null when the host cannot be listed. */
  | {
      input: string;
      host?: string;
      match: { domain: string; operation: string; status: string; confidence: string } | null;
      reason?: string;
    }
  /** Text that is not a URL (the only case that makes the checker exit with status 2). */
  | { input: string; error: string };

/** A bare host name, with a port or not, and nothing else: read as http://input/. */
const BARE_HOST = /^[^/?#@:\\\s]+(?::[0-9]*)?$/;

/**
 * Accepts any URL, or a bare host name (read as http://host/) for convenience. Every URL gets an
 * answer; a URL whose host cannot be on the list (an IP address, localhost, a scheme that shows no web
 * page) gets `match: null` and a reason.
 * @example checkLine(m, 'https://forum.leakbase.la/x') // { input, host: 'forum.leakbase.la', match: { domain: 'leakbase.la', … } }
 * @example checkLine(m, 'http://127.0.0.1/') // { input, host: '127.0.0.1', match: null, reason: 'an IP address: the list holds names only' }
 */
export function checkLine(matcher: Matcher, input: string): CheckLine {
  const trimmed = input.trim();
  // `leakbase.la:8080` would otherwise read as a URL with the scheme "leakbase.la:".
  const url = BARE_HOST.test(trimmed) ? `http://${trimmed}/` : trimmed;
  const result = checkUrl(matcher, url);
  if (result.ok) {
    const { match } = result;
    return {
      input,
      host: result.host,
      match: match && {
        domain: match.domain,
        operation: match.operation,
        status: match.status,
        confidence: match.confidence,
      },
    };
  }
  if (!result.isUrl) return { input, error: result.reason };
  return result.host === undefined
    ? { input, match: null, reason: result.reason }
    : { input, host: result.host, match: null, reason: result.reason };
}

/** The most characters of an input the checker writes back: an input of any length is answered, not repeated. */
export const MAX_ECHO = 2000;

/**
 * What the checker writes back of an input: all of it up to MAX_ECHO characters, else the start, an ellipsis and
 * the input's full length.
 * @param length the input's full length (a line read with bounded memory may have been cut)
 * @example echoInput('x'.repeat(5000)) // { input: 'xxx…(2000)…', inputLength: 5000 }
 */
export function echoInput(input: string, length = input.length): { input: string; inputLength?: number } {
  return length <= MAX_ECHO ? { input } : { input: `${input.slice(0, MAX_ECHO)}…`, inputLength: length };
}
