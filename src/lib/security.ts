/**
 * The Content-Security-Policy, one definition for the pages' meta tag and the hosts' header
 * files. Scripts only from our own origin (no 'unsafe-inline'); WebAssembly for the search index;
 * inline styles, which Astro uses for small stylesheets and the theme colour variables.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
} as const;

/** Directives a <meta> policy may not carry, added in the header files only. */
export const HEADER_ONLY_DIRECTIVES = { 'frame-ancestors': ["'none'"] } as const;

const serialise = (d: Record<string, readonly string[]>) =>
  Object.entries(d)
    .map(([k, v]) => `${k} ${v.join(' ')}`)
    .join('; ');

export const cspMeta = () => serialise(CSP_DIRECTIVES);
export const cspHeader = () => serialise({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES });

/** Security headers for hosts that honour a headers file (Netlify, Cloudflare Pages). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': cspHeader(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
