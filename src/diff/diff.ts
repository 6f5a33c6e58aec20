import type { FieldChange, Resource, ResourceChange } from '../model.js';
import { isSecret, maskSecretValue } from './mask.js';

/**
 * Pairs base and head resources by group/kind/namespace/name and reports what changed.
 * An apiVersion change within a group is a modification (the key leaves the version out).
 */
export function diffResources(base: readonly Resource[], head: readonly Resource[]): ResourceChange[] {
  const baseByKey = new Map(base.map((resource) => [resource.key, resource]));
  const changes: ResourceChange[] = [];
  const seen = new Set<string>();
  for (const after of head) {
    if (seen.has(after.key)) continue;
    seen.add(after.key);
    const before = baseByKey.get(after.key);
    if (!before) {
      changes.push({ key: after.key, type: 'added', head: after, fields: [] });
      continue;
    }
    const fields = diffObjects(
      before.object,
      after.object,
      isSecret(after.object) || isSecret(before.object),
    );
    changes.push({
      key: after.key,
      type: fields.length > 0 ? 'modified' : 'unchanged',
      base: before,
      head: after,
      fields,
    });
  }
  for (const before of base) {
    if (seen.has(before.key)) continue;
    seen.add(before.key);
    changes.push({ key: before.key, type: 'removed', base: before, fields: [] });
  }
  return changes;
}

/** Field-level differences; Secret `data`/`stringData` values are replaced by masks before they leave here. */
export function diffObjects(before: unknown, after: unknown, secret: boolean): FieldChange[] {
  const changes: FieldChange[] = [];
  walk(before, after, '', secret, changes);
  return changes;
}

function walk(before: unknown, after: unknown, path: string, secret: boolean, out: FieldChange[]): void {
  if (deepEqual(before, after)) return;
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of [...keys].sort()) {
      walk(before[key], after[key], joinKey(path, key), secret, out);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    for (let i = 0; i < length; i++) walk(before[i], after[i], `${path}[${i}]`, secret, out);
    return;
  }
  const show = (value: unknown) => (secret && isSecretValuePath(path) ? maskSecretValue(value) : value);
  if (before === undefined) out.push({ path, type: 'added', after: show(after) });
  else if (after === undefined) out.push({ path, type: 'removed', before: show(before) });
  else out.push({ path, type: 'changed', before: show(before), after: show(after) });
}

/** `data.password`, `stringData.x`, the whole `data` map, or a last-applied annotation that repeats them. */
function isSecretValuePath(path: string): boolean {
  return /^(data|stringData)(\.|\[|$)/.test(path) || path.includes('last-applied-configuration');
}

function joinKey(path: string, key: string): string {
  const segment = /^[A-Za-z_$][\w$-]*$/.test(key) ? key : JSON.stringify(key);
  if (path === '') return segment;
  return segment.startsWith('"') ? `${path}[${segment}]` : `${path}.${segment}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    return a instanceof Date && b instanceof Date
      ? a.getTime() === b.getTime()
      : Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  const aKeys = Object.keys(a);
  const bObject = b as Record<string, unknown>;
  return (
    aKeys.length === Object.keys(bObject).length &&
    aKeys.every(
      (key) => Object.hasOwn(bObject, key) && deepEqual((a as Record<string, unknown>)[key], bObject[key]),
    )
  );
}
