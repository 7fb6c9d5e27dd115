// Small field checkers for the dataset validator. Each returns nothing and records a problem at a field path,
// so one pass reports every problem in a file instead of stopping at the first.
import { LANGUAGES } from '../core/dataset-types.ts';

export class Problems {
  readonly list: string[] = [];
  constructor(private readonly file: string) {}
  add(path: string, reason: string): void {
    this.list.push(`${this.file}: ${path}: ${reason}`);
  }
}

type Obj = Record<string, unknown>;

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function checkString(p: Problems, path: string, value: unknown): value is string {
  if (typeof value !== 'string' || value.trim() === '') {
    p.add(path, 'missing or empty text');
    return false;
  }
  if (value !== value.trim()) p.add(path, 'text has leading or trailing white space');
  return true;
}

export function checkLocalized(p: Problems, path: string, value: unknown): void {
  if (!isObject(value)) {
    p.add(path, `missing text; expected { ${LANGUAGES.join(', ')} }`);
    return;
  }
  for (const lang of LANGUAGES) {
    if (typeof value[lang] !== 'string' || (value[lang] as string).trim() === '') {
      p.add(`${path}.${lang}`, `missing translation (${lang})`);
    }
  }
  for (const key of Object.keys(value)) {
    if (!(LANGUAGES as readonly string[]).includes(key)) p.add(`${path}.${key}`, 'unknown language');
  }
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** An ISO date; `YYYY-MM` is accepted where `partial` says the day may be unknown. */
export function checkDate(p: Problems, path: string, value: unknown, partial = false): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value) || (!partial && value.length !== 10)) {
    p.add(path, partial ? 'not a date (YYYY-MM-DD or YYYY-MM)' : 'not a date (YYYY-MM-DD)');
    return false;
  }
  return true;
}

export function checkEnum<T extends string>(
  p: Problems,
  path: string,
  value: unknown,
  allowed: readonly T[],
): value is T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    p.add(path, `must be one of ${allowed.join(', ')}`);
    return false;
  }
  return true;
}

export function checkUrl(p: Problems, path: string, value: unknown): void {
  if (!checkString(p, path, value)) return;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    p.add(path, 'not a URL');
    return;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') p.add(path, 'URL must be https or http');
}

export function checkLang(p: Problems, path: string, value: unknown): void {
  if (typeof value !== 'string' || !/^[a-z]{2}$/.test(value))
    p.add(path, 'not a language code (two lower-case letters)');
}

export function checkArray(p: Problems, path: string, value: unknown, minLength = 0): value is unknown[] {
  if (!Array.isArray(value)) {
    p.add(path, 'must be a list');
    return false;
  }
  if (value.length < minLength)
    p.add(path, minLength === 1 ? 'must not be empty' : `needs at least ${minLength} entries`);
  return true;
}

export function checkKeys(p: Problems, path: string, value: Obj, allowed: readonly string[]): void {
  for (const key of Object.keys(value))
    if (!allowed.includes(key)) p.add(`${path}.${key}`.replace(/^\./, ''), 'unknown field');
}
