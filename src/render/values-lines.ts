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

const VALUES_REFERENCE = /\.Values((?:\.[A-Za-z_][\w-]*)+)/g;
const templateCache = new Map<string, string[]>();

/** `.Values.a.b` references of a template file (as helm names it: `chart/templates/x.yaml`) in a chart on disk. */
export function templateValueRefs(chartDir: string, template: string): string[] {
  const slash = template.indexOf('/');
  if (slash === -1) return [];
  const path = join(chartDir, template.slice(slash + 1));
  let refs = templateCache.get(path);
  if (!refs) {
    let text = '';
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      // a template of a packaged subchart: not on disk
    }
    refs = [...new Set([...text.matchAll(VALUES_REFERENCE)].map((match) => match[1]!.slice(1)))];
    templateCache.set(path, refs);
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
