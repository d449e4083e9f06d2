import type { PageLocation } from './site-adapter';

/**
 * Whether a page address falls under an extension match pattern (`https://host/path*`), read
 * the way the browser reads the manifest's `matches`: the scheme and host exactly (`*.` allows
 * subdomains), the path as a glob where `*` is any run of characters. The query and fragment
 * never count, as in the browser.
 */
export function matchesPattern(pattern: string, location: PageLocation): boolean {
  const parsed = /^(https?|\*):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!parsed) return false;
  const [, scheme = '', host = '', path = ''] = parsed;
  const protocol = location.protocol.replace(/:$/, '');
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  if (!hostMatches(host, location.hostname)) return false;
  return globToRegExp(path).test(location.pathname);
}

function hostMatches(patternHost: string, hostname: string): boolean {
  if (patternHost === '*') return true;
  if (patternHost.startsWith('*.')) {
    const domain = patternHost.slice(2);
    return hostname === domain || hostname.endsWith(`.${domain}`);
  }
  return hostname === patternHost;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`);
}

export function matchesAnyPattern(patterns: readonly string[], location: PageLocation): boolean {
  return patterns.some((pattern) => matchesPattern(pattern, location));
}
