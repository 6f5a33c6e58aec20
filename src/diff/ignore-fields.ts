import type { FieldPath } from '../model.js';

/**
 * Fields left out of resource diffs (noise control), written as the diff prints paths:
 * `metadata.labels["helm.sh/chart"]`, `spec.template.metadata.annotations["checksum/*"]`.
 * `*` inside a key matches any characters, a `*` segment or `[*]` matches one key or index, and `**`
 * matches any number of segments (`**.labels["helm.sh/chart"]` at any depth).
 */
export const DEFAULT_IGNORE_FIELDS: readonly string[] = [
  '**.labels["helm.sh/chart"]',
  '**.labels.chart',
  '**.labels["app.kubernetes.io/version"]',
  '**.annotations["checksum/*"]',
];

type Token =
  | { kind: 'key'; pattern: RegExp }
  | { kind: 'index'; index: number | undefined }
  | { kind: 'any' }
  | { kind: 'globstar' };

export interface FieldMatcher {
  readonly patterns: readonly string[];
  /** True when the field at `path` (or an ancestor of it) is ignored. */
  matches(path: FieldPath): boolean;
}

/** Parses the patterns; throws an Error naming the first bad pattern. */
export function compileFieldMatcher(patterns: readonly string[]): FieldMatcher {
  const compiled = patterns.map((pattern) => {
    const tokens = parsePattern(pattern);
    if (typeof tokens === 'string') throw new Error(`'${pattern}' ${tokens}`);
    return tokens;
  });
  return {
    patterns,
    matches: (path) => compiled.some((tokens) => matchTokens(tokens, 0, path, 0)),
  };
}

export const NO_IGNORED_FIELDS: FieldMatcher = { patterns: [], matches: () => false };

function parsePattern(pattern: string): Token[] | string {
  const tokens: Token[] = [];
  let i = 0;
  const text = pattern.trim();
  if (text === '') return 'is empty';
  while (i < text.length) {
    const char = text[i]!;
    if (char === '.') {
      if (i === 0 || text[i + 1] === '.' || i === text.length - 1) return `has an empty segment at ${i + 1}`;
      i++;
      continue;
    }
    if (char === '[') {
      const close = findClose(text, i);
      if (close === -1) return `has an unclosed '[' at ${i + 1}`;
      const inner = text.slice(i + 1, close).trim();
      i = close + 1;
      if (inner === '*') tokens.push({ kind: 'index', index: undefined });
      else if (/^\d+$/.test(inner)) tokens.push({ kind: 'index', index: Number(inner) });
      else if (/^(".*"|'.*')$/.test(inner))
        tokens.push({ kind: 'key', pattern: globPattern(unquote(inner)) });
      else return `has '[${inner}]': use [N], [*] or ["key"]`;
      continue;
    }
    let end = i;
    while (end < text.length && text[end] !== '.' && text[end] !== '[') end++;
    const segment = text.slice(i, end);
    i = end;
    if (segment === '**') tokens.push({ kind: 'globstar' });
    else if (segment === '*') tokens.push({ kind: 'any' });
    else tokens.push({ kind: 'key', pattern: globPattern(segment) });
  }
  return tokens;
}

function findClose(text: string, open: number): number {
  const quote = text[open + 1];
  if (quote === '"' || quote === "'") {
    const end = text.indexOf(quote, open + 2);
    return end === -1 || text[end + 1] !== ']' ? -1 : end + 1;
  }
  return text.indexOf(']', open);
}

function unquote(text: string): string {
  return text.slice(1, -1);
}

function globPattern(glob: string): RegExp {
  const source = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`);
}

function matchTokens(tokens: readonly Token[], t: number, path: FieldPath, p: number): boolean {
  if (t === tokens.length) return true; // a matched prefix ignores the whole subtree
  const token = tokens[t]!;
  if (token.kind === 'globstar') {
    for (let skip = p; skip <= path.length; skip++) {
      if (matchTokens(tokens, t + 1, path, skip)) return true;
    }
    return false;
  }
  if (p === path.length) return false;
  const segment = path[p]!;
  switch (token.kind) {
    case 'any':
      break;
    case 'index':
      if (typeof segment !== 'number' || (token.index !== undefined && token.index !== segment)) return false;
      break;
    case 'key':
      if (typeof segment !== 'string' || !token.pattern.test(segment)) return false;
      break;
  }
  return matchTokens(tokens, t + 1, path, p + 1);
}
