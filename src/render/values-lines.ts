// Which changed values line a rendered resource depends on: the dotted key path of each changed line of a
// values file, matched against the `.Values.x.y` references in the resource's template.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import type { ChangedFile } from '../model.js';

export interface ValuesLine {
  file: string;
  line: number;
  /** `cron.enabled`. */
  path: string;
}

/** The key path of every added line of a changed values file (the enclosing key for lines inside a value). */
export function changedValuesLines(file: ChangedFile, text: string): ValuesLine[] {
  const keys = keyLines(text);
  if (keys.length === 0) return [];
  const lines: ValuesLine[] = [];
  for (const hunk of file.hunks) {
    for (const line of hunk.addedLines) {
      let found: { line: number; path: string } | undefined;
      for (const key of keys) {
        if (key.line > line) break;
        found = key;
      }
      if (found) lines.push({ file: file.path, line, path: found.path });
    }
  }
  return lines;
}

function keyLines(text: string): { line: number; path: string }[] {
  return scanBlockKeys(text) ?? parsedKeyLines(text);
}

/** Every key's line and dotted path, from the YAML parser: any YAML at all. */
export function parsedKeyLines(text: string): { line: number; path: string }[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  if (doc.errors.length > 0) return [];
  const out: { line: number; path: string }[] = [];
  const visit = (node: unknown, path: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const child = path ? `${path}.${key}` : key;
        out.push({ line: lineCounter.linePos((pair.key as Node).range?.[0] ?? 0).line, path: child });
        visit(pair.value, child);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item, path);
    }
  };
  visit(doc.contents, '');
  return out.sort((a, b) => a.line - b.line);
}

const KEY_LINE = /^( *)((?:- +)*)("[^"\\]*"|'[^']*'|[A-Za-z_/][\w./-]*):(?: +(.*))?$/;
const SEQUENCE_ITEM = /^( *)- *(.*)$/;
const BLOCK_SCALAR = /^[|>][-+0-9]*(?: +#.*)?$/;
/** Plain keys the YAML parser would read as something other than their text. */
const NOT_A_STRING_KEY = /^(true|false|null|~|yes|no|on|off|y|n)$/i;

/**
 * The same answer as the parser for values files written the usual way (block maps and sequences, plain
 * or simply quoted keys, one-line scalars, block scalars), in a fraction of the time a cold YAML parser
 * takes; undefined for anything else (flow collections with keys, anchors, tags, multi-line quoted or plain
 * scalars, documents), which the parser reads.
 */
export function scanBlockKeys(text: string): { line: number; path: string }[] | undefined {
  const out: { line: number; path: string }[] = [];
  const open: { indent: number; path: string }[] = [];
  let blockScalarIndent = -1;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    const indent = line.length - line.trimStart().length;
    if (blockScalarIndent >= 0) {
      if (line.trim() === '' || indent > blockScalarIndent) continue;
      blockScalarIndent = -1;
    }
    const content = line.trim();
    if (content === '' || content.startsWith('#')) continue;
    if (line.includes('\t') || /^(---|\.\.\.)(\s|$)/.test(line)) return undefined;
    const key = KEY_LINE.exec(line);
    if (!key) {
      // A sequence item that is a one-line scalar; anything else is left to the parser.
      const item = SEQUENCE_ITEM.exec(line);
      if (!item || item[2] === '' || !isOneLineScalar(item[2]!)) return undefined;
      if (BLOCK_SCALAR.test(item[2]!)) blockScalarIndent = item[1]!.length;
      continue;
    }
    const [, spaces = '', dashes = '', rawKey = '', rest = ''] = key;
    if (dashes.length > 0 && dashes.trim() !== '-') return undefined; // `- - a: 1`
    const column = spaces.length + dashes.length;
    const name = rawKey.startsWith('"') || rawKey.startsWith("'") ? rawKey.slice(1, -1) : rawKey;
    if (name === rawKey && (NOT_A_STRING_KEY.test(name) || /^[-+.\d]/.test(name))) return undefined;
    const value = rest.replace(/(^| +)#.*$/, '').trim();
    if (value !== '' && !isOneLineScalar(value)) return undefined;
    while (open.length > 0 && open[open.length - 1]!.indent >= column) open.pop();
    const parent = open[open.length - 1]?.path ?? '';
    const path = parent ? `${parent}.${name}` : name;
    out.push({ line: i + 1, path });
    if (value === '') open.push({ indent: column, path });
    else if (BLOCK_SCALAR.test(value)) blockScalarIndent = column;
  }
  return out;
}

/** A value that ends on its own line and holds no key: a plain or quoted scalar, `[]`, `{}`, `[a, b]`. */
function isOneLineScalar(value: string): boolean {
  if (/^[&*!?%@`]/.test(value)) return false; // anchors, aliases, tags, complex keys, reserved
  if (value.startsWith('"')) return /^"(?:[^"\\]|\\.)*"$/.test(value);
  if (value.startsWith("'")) return /^'(?:[^']|'')*'$/.test(value);
  if (value.startsWith('[') || value.startsWith('{')) {
    const unquoted = value.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, 'x');
    return /^(\[[^[\]{}:"'#]*\]|\{ *\})$/.test(unquoted);
  }
  return !value.includes(': ') && !value.endsWith(':');
}

const VALUES_REFERENCE = /\.Values((?:\.[A-Za-z_][\w-]*)+)/g;

/**
 * `.Values.a.b` references of a template file (as helm names it: `chart/templates/x.yaml`) in a chart on disk,
 * kept in `templateCache` (one per run: many resources come from one template).
 */
export function templateValueRefs(
  chartDir: string,
  template: string,
  templateCache: Map<string, string[]>,
): string[] {
  const slash = template.indexOf('/');
  // Only templates read values: a chart's crds/ files are printed as they are.
  if (slash === -1 || !template.includes('/templates/')) return [];
  const key = `${chartDir}\0${template}`;
  let refs = templateCache.get(key);
  if (!refs) {
    const path = join(chartDir, template.slice(slash + 1));
    let text = '';
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      // a template of a packaged subchart: not on disk
    }
    refs = [...new Set([...text.matchAll(VALUES_REFERENCE)].map((match) => match[1]!.slice(1)))];
    templateCache.set(key, refs);
  }
  return refs;
}

/** The first changed values line whose key the template reads (or reads a part or a parent of). */
export function lineForTemplate(
  lines: readonly ValuesLine[],
  refs: readonly string[],
): ValuesLine | undefined {
  return lines.find((line) =>
    refs.some(
      (ref) => ref === line.path || line.path.startsWith(`${ref}.`) || ref.startsWith(`${line.path}.`),
    ),
  );
}
