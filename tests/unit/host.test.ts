import { describe, expect, it } from 'vitest';
import { candidateDomains, hostFromUrl, normaliseHost } from '../../src/core/host.ts';

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
  ])('%s → %s', (url, host) => {
    expect(hostFromUrl(url)).toEqual({ ok: true, host });
  });

  it.each([
    ['not a url', 'not a URL'],
    ['', 'not a URL'],
    ['javascript:alert(1)', 'not an http or https URL (javascript:)'],
    ['file:///etc/passwd', 'not an http or https URL (file:)'],
    ['data:text/html,leakbase.la', 'not an http or https URL (data:)'],
    ['about:blank', 'not an http or https URL (about:)'],
    ['chrome-extension://abc/popup.html', 'not an http or https URL (chrome-extension:)'],
    ['moz-extension://abc/popup.html', 'not an http or https URL (moz-extension:)'],
    ['ftp://leakbase.la/', 'not an http or https URL (ftp:)'],
    ['http://[::1]/', 'an IP address, not a host name'],
    ['http://127.0.0.1/', 'an IP address, not a host name'],
    ['http://0x7f.1/', 'an IP address, not a host name'],
    ['http://%zz/', 'not a URL'],
  ])('rejects %j (%s)', (url, reason) => {
    expect(hostFromUrl(url)).toEqual({ ok: false, reason });
  });

  it('never throws on hostile input', () => {
    const inputs = ['http://' + 'a'.repeat(100_000) + '.la/', 'http://\u0000/', 'http://\uD800.la/', 'https://%E0%A4%A.la/', `http://${'.'.repeat(300)}/`];
    for (const input of inputs) expect(() => hostFromUrl(input)).not.toThrow();
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
