import { describe, expect, it } from 'vitest';
import {
  MAX_URL_LENGTH,
  candidateDomains,
  hostFromUrl,
  normaliseHost,
  normaliseVisitedHost,
  readHostName,
} from '../../src/core/host.ts';

describe('normaliseHost', () => {
  it.each([
    ['leakbase.la', 'leakbase.la'],
    ['WWW.LeakBase.LA.', 'www.leakbase.la'],
    ['bücher.example', 'xn--bcher-kva.example'],
    ['XN--BCHER-KVA.example', 'xn--bcher-kva.example'],
    ['5socks.net', '5socks.net'],
  ])('%s → %s', (input, host) => {
    expect(normaliseHost(input)).toEqual({ ok: true, host });
  });

  it.each([
    ['', 'empty host'],
    ['.', 'empty host'],
    ['leakbase.la/path', 'not a bare host name'],
    ['user@leakbase.la', 'not a bare host name'],
    ['leakbase.la:8080', 'not a bare host name'],
    ['lea kbase.la', 'not a bare host name'],
    ['-leakbase.la', 'not a valid host name'],
    ['leak_base.la', 'not a valid host name'],
    ['a..b', 'not a valid host name'],
    ['127.0.0.1', 'an IP address, not a host name'],
    ['1.2.3.4.5', 'not a valid host name'],
    [`${'a'.repeat(64)}.la`, 'not a valid host name'],
    [`${'a.'.repeat(130)}la`, 'host is longer than 253 characters'],
  ])('rejects %j (%s)', (input, reason) => {
    expect(normaliseHost(input)).toEqual({ ok: false, reason });
  });
});

describe('hostFromUrl', () => {
  it.each([
    ['http://leakbase.la/', 'leakbase.la'],
    ['https://WWW.LeakBase.LA./forum?x=1#y', 'www.leakbase.la'],
    ['http://politie.nl@leakbase.la/', 'leakbase.la'],
    ['https://user:pass@forum.leakbase.la:8443/x', 'forum.leakbase.la'],
    ['http://bücher.example/', 'xn--bcher-kva.example'],
    ['HTTP://LEAKBASE.LA', 'leakbase.la'],
    // Hosts that DNS rules forbid but browsers load: read, not rejected.
    ['http://a_b.leakbase.bz/', 'a_b.leakbase.bz'],
    ['http://x-.leakbase.bz/', 'x-.leakbase.bz'],
    ['http://a..leakbase.bz/', 'a..leakbase.bz'],
    ['http://leakbase.bz../', 'leakbase.bz'],
    [`http://${'a'.repeat(64)}.la/`, `${'a'.repeat(64)}.la`],
  ])('%s → %s', (url, host) => {
    expect(hostFromUrl(url)).toEqual({ ok: true, host, webUrl: url });
  });

  it.each([
    ['view-source:http://leakbase.la/x', 'leakbase.la', 'http://leakbase.la/x'],
    ['blob:https://leakbase.la/0e6c3a1e', 'leakbase.la', 'https://leakbase.la/'],
    ['filesystem:http://a_b.leakbase.bz/temporary/x', 'a_b.leakbase.bz', 'http://a_b.leakbase.bz/'],
  ])('%s stands for %s (continue goes to %s)', (url, host, webUrl) => {
    expect(hostFromUrl(url)).toEqual({ ok: true, host, webUrl });
  });

  it.each([
    ['javascript:alert(1)', 'not a web page (javascript:)'],
    ['file:///etc/passwd', 'not a web page (file:)'],
    ['data:text/html,leakbase.la', 'not a web page (data:)'],
    ['about:blank', 'not a web page (about:)'],
    ['chrome-extension://abc/popup.html', 'not a web page (chrome-extension:)'],
    ['moz-extension://abc/popup.html', 'not a web page (moz-extension:)'],
    ['ftp://leakbase.la/', 'not a web page (ftp:)'],
    ['view-source:view-source:http://leakbase.la/', 'not a web page (view-source:)'],
    ['http://./', 'no host name'],
  ])('reads %j as a URL no listed host can have (%s)', (url, reason) => {
    expect(hostFromUrl(url)).toEqual({ ok: false, isUrl: true, reason });
  });

  it.each([
    ['http://[::1]/', '[::1]', 'an IP address: the list holds names only'],
    ['http://127.0.0.1/', '127.0.0.1', 'an IP address: the list holds names only'],
    ['http://0x7f.1/', '127.0.0.1', 'an IP address: the list holds names only'],
    ['view-source:http://127.0.0.1/', '127.0.0.1', 'an IP address: the list holds names only'],
    ['http://localhost:3000/', 'localhost', 'localhost: this computer, never on the list'],
    ['http://leakbase.la.localhost/', 'leakbase.la.localhost', 'localhost: this computer, never on the list'],
  ])('reads %j as a web page on %s, which the list cannot hold', (url, host, reason) => {
    expect(hostFromUrl(url)).toEqual({ ok: false, isUrl: true, host, reason });
  });

  it.each([
    ['not a url', 'not a URL'],
    ['', 'not a URL'],
    ['http://%zz/', 'not a URL'],
    ['http://leakbase.la:99999/', 'not a URL'],
    [`http://leakbase.la/${'x'.repeat(MAX_URL_LENGTH)}`, 'longer than any browser loads (2 MiB)'],
  ])('rejects %j (%s)', (url, reason) => {
    expect(hostFromUrl(url)).toEqual({ ok: false, isUrl: false, reason });
  });

  it('never throws on hostile input', () => {
    const inputs = [
      'http://' + 'a'.repeat(100_000) + '.la/',
      'http://\u0000/',
      'http://\uD800.la/',
      'https://%E0%A4%A.la/',
      `http://${'.'.repeat(300)}/`,
    ];
    for (const input of inputs) expect(() => hostFromUrl(input)).not.toThrow();
  });
});

describe('normaliseVisitedHost', () => {
  it.each([
    ['leakbase.la', 'leakbase.la'],
    ['leakbase.la.', 'leakbase.la'],
    ['leakbase.la...', 'leakbase.la'],
    ['...', ''],
    ['', ''],
    ['.leakbase.la', '.leakbase.la'],
    ['a%2Ab.leakbase.bz', 'a%2Ab.leakbase.bz'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseVisitedHost(input)).toBe(expected);
  });
});

describe('readHostName', () => {
  it.each([
    ['leakbase.la', 'leakbase.la'],
    ['A_B.LeakBase.bz.', 'a_b.leakbase.bz'],
    ['x-.leakbase.bz', 'x-.leakbase.bz'],
    ['bücher.example', 'xn--bcher-kva.example'],
  ])('%s → %s', (input, host) => {
    expect(readHostName(input)).toEqual({ ok: true, host });
  });
  it.each([
    ['', 'empty host'],
    ['leakbase.la/x', 'not a bare host name'],
    ['leakbase.la:8080', 'not a bare host name'],
    ['user@leakbase.la', 'not a bare host name'],
    ['lea kbase.la', 'not a URL'],
    ['127.0.0.1', 'an IP address: the list holds names only'],
    ['localhost', 'localhost: this computer, never on the list'],
  ])('rejects %j (%s)', (input, reason) => {
    expect(readHostName(input)).toEqual({ ok: false, reason });
  });
});

describe('candidateDomains', () => {
  it.each([
    ['a.b.leakbase.la', ['a.b.leakbase.la', 'b.leakbase.la', 'leakbase.la']],
    ['leakbase.la', ['leakbase.la']],
    ['la', []],
  ])('%s', (host, expected) => {
    expect(candidateDomains(host)).toEqual(expected);
  });
});
