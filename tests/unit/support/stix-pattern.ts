// A checker for the STIX Patterning language (STIX 2.1, OASIS Standard, section 9 "STIX Patterning"), written
// from the specification's text and its ANTLR grammar's rules (no ANTLR runtime or grammar file is in the npm
// registry, and code fetched from GitHub may not be committed here). It accepts exactly the patterns that grammar
// accepts, and adds the specification's rule that the comparison expressions of one observation expression
// joined by AND name one object type. It returns the parsed comparisons, so a test can read values back.

type TokenKind =
  | 'Timestamp'
  | 'Hex'
  | 'Binary'
  | 'String'
  | 'Int'
  | 'Float'
  | 'Bool'
  | 'Keyword'
  | 'Ident'
  | 'IdentHyphen'
  | 'Op'
  | 'Punct'
  | 'EOF';
interface Token {
  kind: TokenKind;
  text: string;
  at: number;
}

const KEYWORDS = new Set([
  'AND',
  'OR',
  'NOT',
  'FOLLOWEDBY',
  'LIKE',
  'MATCHES',
  'ISSUPERSET',
  'ISSUBSET',
  'EXISTS',
  'LAST',
  'IN',
  'START',
  'STOP',
  'SECONDS',
  'WITHIN',
  'REPEATS',
  'TIMES',
]);
// oxlint-disable-next-line no-control-regex -- the grammar's white space includes control characters
const WS = /[ \t\r\n\u000B\u000C\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/y;
// Literal forms, tried longest-first where two could start alike (as a maximal-munch lexer does).
const LEXEMES: [TokenKind, RegExp][] = [
  ['Timestamp', /t'\d{4}-(0[1-9]|1[012])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?Z'/y],
  ['Hex', /h'([A-Fa-f0-9]{2})*'/y],
  ['Binary', /b'([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{4}|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2}==)'/y],
  ['String', /'([^'\\]|\\'|\\\\)*'/y],
  ['Float', /[+-]?\d*\.\d+/y],
  ['Int', /[+-]?(0|[1-9]\d*)/y],
  ['Ident', /[a-zA-Z_][a-zA-Z0-9_-]*/y],
  ['Op', /==|=|!=|<>|<=|>=|<|>/y],
  ['Punct', /[[\]():.,*]/y],
];

export class PatternError extends Error {}

function lex(pattern: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (;;) {
    for (;;) {
      WS.lastIndex = at;
      if (WS.exec(pattern)) at = WS.lastIndex;
      else if (pattern.startsWith('/*', at)) {
        const end = pattern.indexOf('*/', at + 2);
        if (end < 0) throw new PatternError(`unclosed comment at ${at}`);
        at = end + 2;
      } else if (pattern.startsWith('//', at)) {
        const end = pattern.slice(at).search(/[\r\n]/);
        at = end < 0 ? pattern.length : at + end;
      } else break;
    }
    if (at >= pattern.length) return [...tokens, { kind: 'EOF', text: '', at }];
    let best: Token | null = null;
    for (const [kind, re] of LEXEMES) {
      re.lastIndex = at;
      const m = re.exec(pattern);
      if (m && (!best || m[0].length > best.text.length)) best = { kind, text: m[0], at };
    }
    if (!best) throw new PatternError(`unexpected character "${pattern[at]}" at ${at}`);
    if (best.kind === 'Ident') {
      if (best.text === 'true' || best.text === 'false') best.kind = 'Bool';
      else if (KEYWORDS.has(best.text)) best.kind = 'Keyword';
      else if (best.text.includes('-')) best.kind = 'IdentHyphen';
    }
    tokens.push(best);
    at += best.text.length;
  }
}

export interface Comparison {
  objectType: string;
  path: string[];
  operator: string;
  negated: boolean;
  value: string | string[] | null;
}

const ORDERABLE: TokenKind[] = ['Int', 'Float', 'String', 'Binary', 'Hex', 'Timestamp'];

/** The text of a StringLiteral token: quotes removed, \' and \\ unescaped. */
export function stringValue(literal: string): string {
  return literal.slice(1, -1).replace(/\\(['\\])/g, '$1');
}

/**
 * Parses a pattern; throws PatternError with the position when it is not valid STIX 2.1 patterning.
 * @example checkPattern("[domain-name:value = 'leakbase.la']") // [{ objectType: 'domain-name', path: ['value'], operator: '=', … }]
 */
export function checkPattern(pattern: string): Comparison[] {
  const tokens = lex(pattern);
  let i = 0;
  const comparisons: Comparison[] = [];
  const peek = () => tokens[i];
  const is = (kind: TokenKind, text?: string) => peek().kind === kind && (text === undefined || peek().text === text);
  const fail = (what: string): never => {
    throw new PatternError(`expected ${what} at ${peek().at}, found "${peek().text || 'end'}"`);
  };
  const take = (kind: TokenKind, text?: string) => (is(kind, text) ? tokens[i++] : fail(text ?? kind));

  function qualifiers(): void {
    for (;;) {
      if (is('Keyword', 'START')) {
        i++;
        take('Timestamp');
        take('Keyword', 'STOP');
        take('Timestamp');
      } else if (is('Keyword', 'WITHIN')) {
        i++;
        if ((is('Int') || is('Float')) && !peek().text.startsWith('-')) i++;
        else fail('a positive number');
        take('Keyword', 'SECONDS');
      } else if (is('Keyword', 'REPEATS')) {
        i++;
        if (is('Int') && !peek().text.startsWith('-')) i++;
        else fail('a positive integer');
        take('Keyword', 'TIMES');
      } else return;
    }
  }
  function observationExpressions(): void {
    observationOr();
    while (is('Keyword', 'FOLLOWEDBY')) {
      i++;
      observationOr();
    }
  }
  function observationOr(): void {
    observationAnd();
    while (is('Keyword', 'OR')) {
      i++;
      observationAnd();
    }
  }
  function observationAnd(): void {
    observation();
    while (is('Keyword', 'AND')) {
      i++;
      observation();
    }
  }
  function observation(): void {
    if (is('Punct', '[')) {
      i++;
      const types = comparisonOr();
      take('Punct', ']');
      if (types.size > 1)
        throw new PatternError(
          `one observation expression compares several object types (${[...types].join(', ')}); section 9 allows one`,
        );
    } else if (is('Punct', '(')) {
      i++;
      observationExpressions();
      take('Punct', ')');
    } else fail('"[" or "("');
    qualifiers();
  }
  /** The object types of an OR of ANDs: each AND group must name one type (the spec's rule); OR may mix. */
  function comparisonOr(): Set<string> {
    const all = new Set<string>();
    const first = comparisonAnd();
    first.forEach((t) => all.add(t));
    let mixed = first.size > 1;
    while (is('Keyword', 'OR')) {
      i++;
      const next = comparisonAnd();
      next.forEach((t) => all.add(t));
      mixed ||= next.size > 1;
    }
    return mixed ? all : new Set(all.size ? [[...all][0]] : []);
  }
  function comparisonAnd(): Set<string> {
    const types = new Set<string>(propTest());
    while (is('Keyword', 'AND')) {
      i++;
      propTest().forEach((t) => types.add(t));
    }
    return types;
  }
  function propTest(): string[] {
    if (is('Punct', '(')) {
      i++;
      const types = comparisonOr();
      take('Punct', ')');
      return [...types];
    }
    if (is('Keyword', 'NOT') && tokens[i + 1]?.text === 'EXISTS') i++;
    if (is('Keyword', 'EXISTS')) {
      i++;
      const { objectType, path } = objectPath();
      comparisons.push({ objectType, path, operator: 'EXISTS', negated: false, value: null });
      return [objectType];
    }
    const { objectType, path } = objectPath();
    const negated = is('Keyword', 'NOT') ? (i++, true) : false;
    const op = peek();
    let value: string | string[];
    if (op.kind === 'Op' && ['=', '==', '!=', '<>'].includes(op.text)) {
      i++;
      if (![...ORDERABLE, 'Bool'].includes(peek().kind)) fail('a literal');
      value = tokens[i++].text;
    } else if (op.kind === 'Op') {
      i++;
      if (!ORDERABLE.includes(peek().kind)) fail('an orderable literal');
      value = tokens[i++].text;
    } else if (is('Keyword', 'IN')) {
      i++;
      take('Punct', '(');
      value = [];
      if (!is('Punct', ')')) {
        do {
          if (![...ORDERABLE, 'Bool'].includes(peek().kind)) fail('a literal');
          value.push(tokens[i++].text);
        } while (is('Punct', ',') && (i++, true));
      }
      take('Punct', ')');
    } else if (is('Keyword') && ['LIKE', 'MATCHES', 'ISSUBSET', 'ISSUPERSET'].includes(op.text)) {
      i++;
      value = take('String').text;
    } else return fail('a comparison operator');
    comparisons.push({ objectType, path, operator: op.text, negated, value });
    return [objectType];
  }
  function objectPath(): { objectType: string; path: string[] } {
    if (!is('Ident') && !is('IdentHyphen')) fail('an object type');
    const objectType = tokens[i++].text;
    take('Punct', ':');
    const path: string[] = [];
    if (is('Ident') || is('String')) path.push(tokens[i++].text);
    else fail('a property name');
    for (;;) {
      if (is('Punct', '.')) {
        i++;
        if (is('Ident') || is('String')) path.push(tokens[i++].text);
        else fail('a property name');
      } else if (
        is('Punct', '[') &&
        (tokens[i + 1].kind === 'Int' || tokens[i + 1].text === '*') &&
        tokens[i + 2].text === ']'
      ) {
        path.push(`[${tokens[i + 1].text}]`);
        i += 3;
      } else return { objectType, path };
    }
  }

  observationExpressions();
  take('EOF');
  return comparisons;
}
