/**
 * Which addresses content may hold. Links go to other sites over http(s) or stay within the site;
 * images are files of the site itself. Every other scheme is refused however it is written: the
 * address is read as a browser would (character references are already decoded by the Markdown
 * parser; white space and controls dropped, percent-escapes decoded, case folded) before its
 * scheme is looked at. Address fields (a source's `url`) hold absolute http(s) addresses with no
 * character that BibTeX, RIS or HTML would need to escape.
 */

/** Percent-escapes decoded until nothing changes (an escape may hide another). */
function decodePercent(s: string): string {
  let out = s;
  for (let i = 0; i < 5; i++) {
    const next = out.replace(/%([0-9a-f]{2})/gi, (_, h: string) =>
      String.fromCharCode(parseInt(h, 16)),
    );
    if (next === out) break;
    out = next;
  }
  return out;
}

/** The address as a browser resolves its scheme: no white space or controls, escapes decoded. */
function normalised(url: string): string {
  return decodePercent(url)
    .replace(
      // eslint-disable-next-line no-control-regex -- the point: controls are dropped
      /[\u0000-\u0020\u007F-\u00A0\u1680\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]/gu,
      '',
    )
    .replace(/&(?:colon|#0*58|#x0*3a);?/gi, ':')
    .toLowerCase();
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/;

/** Why `url`, a Markdown link's or image's destination, is refused; undefined when it is fine. */
export function linkProblem(url: string, kind: 'link' | 'image'): string | undefined {
  const plain = normalised(url);
  const scheme = SCHEME.exec(plain)?.[1] ?? (/^[^/?#]*:/.test(plain) ? 'an unknown' : undefined);
  const shown = JSON.stringify(url.slice(0, 60));
  if (/[\\]/.test(url) || /^[/\\]{2}/.test(plain)) {
    return `${kind} ${shown} is not allowed: write an in-site path ("/themes/ttp/") or a full https:// address`;
  }
  if (kind === 'image') {
    if (scheme !== undefined || !url.startsWith('/')) {
      return `image ${shown} is not a file of the site: images must be in-site paths ("/images/map.png")`;
    }
    return undefined;
  }
  if (scheme === undefined) return undefined;
  if (scheme !== 'http' && scheme !== 'https') {
    return `link ${shown} uses the scheme "${scheme}:": only https:// and http:// links, or in-site paths, are allowed`;
  }
  return addressProblem(url, 'link');
}

/** Characters an address may hold as it is: none that BibTeX, RIS or HTML would escape. */
const SAFE = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;

/** Why `url` is not an absolute http(s) address safe to print anywhere; undefined when it is. */
export function addressProblem(url: string, what = 'address'): string | undefined {
  if (!SAFE.test(url)) {
    const bad = [...url].find((c) => !SAFE.test(c)) ?? '';
    const code = `U+${(bad.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    return `${what} has a character that must be percent-encoded (${code}): encode it as %XX`;
  }
  if (/%(?![0-9a-f]{2})/i.test(url)) return `${what} has a "%" that is not a %XX escape`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `${what} is not a valid absolute address`;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return `${what} must be an https:// or http:// address`;
  }
  if (!/^[a-z][a-z]*:\/\/[^/?#]/i.test(url) || !parsed.hostname.includes('.')) {
    return `${what} must name a host: "https://example.org/..."`;
  }
  if (parsed.username || parsed.password) return `${what} must not carry a user name or password`;
  return undefined;
}
