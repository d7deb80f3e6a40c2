import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, installCspHeader, originOf, type HeadersHook } from './csp';

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));

function fakeWebRequest() {
  let listener: Parameters<HeadersHook['onHeadersReceived']>[0] | undefined;
  const hook: HeadersHook = { onHeadersReceived: (next) => void (listener = next) };
  const respond = (url: string, responseHeaders?: Record<string, string[]>) => {
    let answered: Record<string, string[]> | undefined;
    listener?.({ url, ...(responseHeaders ? { responseHeaders } : {}) }, (response) => {
      answered = response.responseHeaders;
    });
    return answered;
  };
  return { hook, respond };
}

describe('the content security policy', () => {
  it('lets the page connect to and load images from itself and the configured city server only', () => {
    const policy = contentSecurityPolicy({ cityServerUrl: 'https://city.example:8443/api/v1' });
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self' https://city.example:8443");
    expect(directive(policy, 'img-src')).toBe("img-src 'self' data: blob: https://city.example:8443");
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    // 'wasm-unsafe-eval' compiles WebAssembly (libheif) and nothing else; JavaScript eval stays shut.
    expect(policy).not.toMatch(/https:(?!\/\/city)|\*|'unsafe-eval'/);
  });

  it('admits the dev server websocket only while developing', () => {
    const policy = contentSecurityPolicy({
      cityServerUrl: 'http://127.0.0.1:4311',
      devServerUrl: 'http://localhost:5173/',
    });
    expect(directive(policy, 'connect-src')).toBe(
      "connect-src 'self' http://127.0.0.1:4311 ws://localhost:5173",
    );
  });

  it('falls back to the app alone for a city address that is not http(s)', () => {
    const policy = contentSecurityPolicy({ cityServerUrl: 'javascript:alert(1)' });
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self'");
  });
});

describe('the origin of a city server address', () => {
  it('ignores path and trailing slash, so saving the same server does not reload the page', () => {
    expect(originOf('http://127.0.0.1:4311/')).toBe(originOf('http://127.0.0.1:4311'));
    expect(originOf('https://city.example/api')).toBe('https://city.example');
    expect(originOf('file:///etc')).toBeUndefined();
    expect(originOf(undefined)).toBeUndefined();
  });
});

describe('the CSP header', () => {
  it('is set on the app pages, replacing any other, with the policy of the moment', () => {
    const { hook, respond } = fakeWebRequest();
    let city = 'http://127.0.0.1:4311';
    installCspHeader(hook, {
      isAppUrl: (url) => url.startsWith('file://'),
      policy: () => contentSecurityPolicy({ cityServerUrl: city }),
    });
    const first = respond('file:///opt/gorod-desk/resources/app.asar/out/renderer/index.html', {
      'content-security-policy': ['default-src *'],
      'Content-Type': ['text/html'],
    });
    expect(first?.['content-security-policy']).toBeUndefined();
    expect(first?.['Content-Type']).toEqual(['text/html']);
    expect(first?.['Content-Security-Policy']?.[0]).toContain("connect-src 'self' http://127.0.0.1:4311");
    city = 'https://city.example';
    const afterChange = respond('file:///opt/gorod-desk/resources/app.asar/out/renderer/index.html');
    expect(afterChange?.['Content-Security-Policy']?.[0]).toContain(
      "connect-src 'self' https://city.example;",
    );
  });

  it('leaves the city API answers alone', () => {
    const { hook, respond } = fakeWebRequest();
    installCspHeader(hook, {
      isAppUrl: (url) => url.startsWith('file://'),
      policy: () => "default-src 'none'",
    });
    expect(respond('http://127.0.0.1:4311/api/v1/changes', { 'Content-Type': ['application/json'] })).toEqual(
      {
        'Content-Type': ['application/json'],
      },
    );
  });
});
