// One line of the command-line checker's output, built from one input. Pure, so it is unit-tested
// with the same matcher the extension uses.
import { checkUrl, type Matcher } from './matcher.ts';

export type CheckLine =
  | { input: string; host: string; match: { domain: string; operation: string; status: string; confidence: string } | null }
  | { input: string; error: string };

/**
 * Accepts an http(s) URL, or a bare host name (read as http://host/) for convenience.
 * @example checkLine(m, 'https://forum.leakbase.la/x') // { input, host: 'forum.leakbase.la', match: { domain: 'leakbase.la', … } }
 */
export function checkLine(matcher: Matcher, input: string): CheckLine {
  const trimmed = input.trim();
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed);
  const url = hasScheme ? trimmed : `http://${trimmed}`;
  if (!hasScheme && !/^[^/?#@:\s\\]+\.?$/.test(trimmed)) return { input, error: 'not a URL' };
  const result = checkUrl(matcher, url);
  if (!result.ok) return { input, error: result.reason };
  const { match } = result;
  return {
    input,
    host: result.host,
    match: match && { domain: match.domain, operation: match.operation, status: match.status, confidence: match.confidence },
  };
}
