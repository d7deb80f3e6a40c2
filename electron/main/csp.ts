export interface PolicyOptions {
  /** The city server the person chose in Settings (or `npm start` passed); its origin is the only one reached. */
  cityServerUrl: string;
  /** The Vite dev server while developing: its websocket carries hot reloads. */
  devServerUrl?: string | undefined;
}

/** The http(s) origin of an address, or undefined for anything else. */
export function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Content-Security-Policy main sets on the app's pages. Stricter than the meta tag of
 * renderer/index.html (which must also serve the web platform, where the city server is not
 * known in advance): connections and images reach only the app itself and the configured
 * city server. `data:` and `blob:` images are local (photos kept offline), never remote.
 */
export function contentSecurityPolicy({ cityServerUrl, devServerUrl }: PolicyOptions): string {
  const city = originOf(cityServerUrl);
  const dev = originOf(devServerUrl);
  const devSocket = dev ? dev.replace(/^http/, 'ws') : undefined;
  const sources = (...list: Array<string | undefined>) => list.filter((item) => item !== undefined).join(' ');
  return [
    "default-src 'self'",
    // libheif (iPhone photos, in the photo worker) is WebAssembly: compiling it needs
    // 'wasm-unsafe-eval', which admits no JavaScript eval.
    "script-src 'self' 'wasm-unsafe-eval'",
    // MUI's CSS-in-JS writes style elements at run time.
    "style-src 'self' 'unsafe-inline'",
    `img-src ${sources("'self'", 'data:', 'blob:', city)}`,
    `connect-src ${sources("'self'", city, devSocket)}`,
    "worker-src 'self' blob:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export interface HeadersDetails {
  url: string;
  responseHeaders?: Record<string, string[]>;
}

/** The part of `session.webRequest` the policy is set through. */
export interface HeadersHook {
  onHeadersReceived(
    listener: (
      details: HeadersDetails,
      callback: (response: { responseHeaders: Record<string, string[]> }) => void,
    ) => void,
  ): void;
}

export interface CspHeaderOptions {
  /** Only the app's own pages and scripts get the header; the city API's answers pass as they are. */
  isAppUrl: (url: string) => boolean;
  /** Read on every response, so a changed city server applies from the next page load. */
  policy: () => string;
}

export function installCspHeader(webRequest: HeadersHook, options: CspHeaderOptions): void {
  webRequest.onHeadersReceived((details, callback) => {
    const received = details.responseHeaders ?? {};
    if (!options.isAppUrl(details.url)) {
      callback({ responseHeaders: received });
      return;
    }
    // One policy, ours: a dev server's own header would otherwise be enforced beside it.
    const others = Object.entries(received).filter(
      ([name]) => name.toLowerCase() !== 'content-security-policy',
    );
    callback({
      responseHeaders: { ...Object.fromEntries(others), 'Content-Security-Policy': [options.policy()] },
    });
  });
}
