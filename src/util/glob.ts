/**
 * Gitignore-style globs for repo paths: `*` within a segment, `**` across segments, `?`, `{a,b}`.
 * A pattern without a slash matches the file name anywhere (`*.yaml`); a trailing `/` matches a whole folder.
 */
export function globToRegExp(pattern: string): RegExp {
  let glob = pattern.trim().replace(/^\.\//, '');
  if (glob.endsWith('/')) glob += '**';
  const anchored = glob.includes('/');
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!;
    if (char === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        source += slashAfter ? '(?:.*/)?' : '.*';
        i += slashAfter ? 2 : 1;
      } else {
        source += '[^/]*';
      }
    } else if (char === '?') {
      source += '[^/]';
    } else if (char === '{') {
      const close = glob.indexOf('}', i);
      if (close === -1) {
        source += '\\{';
        continue;
      }
      const options = glob
        .slice(i + 1, close)
        .split(',')
        .map(escapeRegExp);
      source += `(?:${options.join('|')})`;
      i = close;
    } else {
      source += escapeRegExp(char);
    }
  }
  return new RegExp(anchored ? `^${source}(?:/.*)?$` : `(?:^|/)${source}(?:/.*)?$`);
}

/** `text` matched literally inside a regular expression (JavaScript, or POSIX ERE for names without `/`). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export class PathFilter {
  private readonly include: RegExp[];
  private readonly exclude: RegExp[];

  constructor(include: readonly string[], exclude: readonly string[]) {
    this.include = include.filter((p) => p.trim() !== '').map(globToRegExp);
    this.exclude = exclude.filter((p) => p.trim() !== '').map(globToRegExp);
  }

  matches(path: string): boolean {
    if (this.include.length > 0 && !this.include.some((re) => re.test(path))) return false;
    return !this.exclude.some((re) => re.test(path));
  }
}

/** Glob match on a plain name (resource names, namespaces): `*` and `?` only. */
export function nameMatches(pattern: string, value: string): boolean {
  const source = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : escapeRegExp(c)))
    .join('');
  return new RegExp(`^${source}$`).test(value);
}
