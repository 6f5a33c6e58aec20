import { LineCounter, parseDocument } from 'yaml';
import type { FieldPath } from '../model.js';
import { lineOfPath } from '../parse/parse.js';
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
  return { data, lineOf: (path) => lineOfPath(doc.contents, path, lineCounter) };
}
