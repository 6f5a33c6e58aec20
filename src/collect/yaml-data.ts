import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import type { FieldPath } from '../model.js';
import { KUBERNETES_YAML } from '../parse/yaml-options.js';

/** A scalar as a string (numbers and booleans too: `version: 1.2` is a string to Helm). */
export function asString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export interface YamlWithLines {
  data: unknown;
  /** 1-based line of the key or item at `path`, or of its nearest existing ancestor. */
  lineOf(path: FieldPath): number;
}

/** One YAML document with the line of every key; undefined when it does not parse. */
export function parseYamlWithLines(text: string): YamlWithLines | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...KUBERNETES_YAML, lineCounter, uniqueKeys: false });
  if (doc.errors.length > 0) return undefined;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return undefined;
  }
  const lineAt = (node: unknown) => lineCounter.linePos((node as Node | null)?.range?.[0] ?? 0).line;
  return {
    data,
    lineOf(path) {
      let node: unknown = doc.contents;
      let line = lineAt(node);
      for (const segment of path) {
        if (isMap(node)) {
          const pair = node.items.find(
            (item) => isPair(item) && isScalar(item.key) && item.key.value === segment,
          );
          if (!pair) break;
          line = lineAt(pair.key);
          node = pair.value;
        } else if (isSeq(node) && typeof segment === 'number') {
          const item = node.items[segment];
          if (!item) break;
          line = lineAt(item);
          node = item;
        } else {
          break;
        }
      }
      return line;
    },
  };
}
