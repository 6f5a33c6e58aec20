import type { FieldChange, FieldPath, Resource, ResourceChange } from '../model.js';
import type { FieldMatcher } from './ignore-fields.js';
import { isSecret, maskSecretValue } from './mask.js';
import { resourceKey } from '../parse/resource-key.js';

export interface DiffOptions {
  /** Fields left out of the comparison (noise control): a resource that differs only there is unchanged. */
  ignoreFields?: FieldMatcher;
  /** A cheap proof that two resources are equal (identical rendered text), checked before any field. */
  identical?(base: Resource, head: Resource): boolean;
  /**
   * Pair a removed and an added ConfigMap or Secret whose names differ only in kustomize's content-hash suffix
   * (`web-values-k772f2b96t`): one generated object whose content changed, not two.
   */
  pairGeneratedNames?: boolean;
}

/** kustomize's name suffix for generated ConfigMaps and Secrets: 10 characters of its hash alphabet. */
const GENERATED_SUFFIX = /^(.+)-[2456789bcdfghkmt]{10}$/;
const GENERATED_KINDS = new Set(['ConfigMap', 'Secret']);

/**
 * Pairs base and head resources by group/kind/namespace/name and reports what changed.
 * An apiVersion change within a group is a modification (the key leaves the version out).
 */
export function diffResources(
  base: readonly Resource[],
  head: readonly Resource[],
  options: DiffOptions = {},
): ResourceChange[] {
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
    changes.push(compare(before, after, options));
  }
  for (const before of base) {
    if (seen.has(before.key)) continue;
    seen.add(before.key);
    changes.push({ key: before.key, type: 'removed', base: before, fields: [] });
  }
  return options.pairGeneratedNames ? pairGenerated(changes, options) : changes;
}

/** The change from `before` to `after` (keyed as `after`): modified when a field not ignored differs. */
function compare(before: Resource, after: Resource, options: DiffOptions): ResourceChange {
  const fields = options.identical?.(before, after)
    ? []
    : diffObjects(
        before.object,
        after.object,
        isSecret(after.object) || isSecret(before.object),
        options.ignoreFields,
      );
  return {
    key: after.key,
    type: fields.length > 0 ? 'modified' : 'unchanged',
    base: before,
    head: after,
    fields,
  };
}

/** Removed + added generated objects of one name (before its hash) become one change, where it was added. */
function pairGenerated(changes: ResourceChange[], options: DiffOptions): ResourceChange[] {
  const generatedName = (resource: Resource | undefined) => {
    if (!resource || !GENERATED_KINDS.has(resource.ref.kind)) return undefined;
    const stem = GENERATED_SUFFIX.exec(resource.ref.name)?.[1];
    return stem === undefined ? undefined : resourceKey({ ...resource.ref, name: stem });
  };
  const byStem = (type: 'added' | 'removed') => {
    const found = new Map<string, ResourceChange[]>();
    for (const change of changes) {
      const stem =
        change.type === type ? generatedName(type === 'added' ? change.head : change.base) : undefined;
      if (stem !== undefined) found.set(stem, [...(found.get(stem) ?? []), change]);
    }
    return found;
  };
  const added = byStem('added');
  const removed = byStem('removed');
  const replaced = new Map<ResourceChange, ResourceChange | undefined>();
  for (const [stem, [gone, ...moreGone]] of removed) {
    const [came, ...moreCame] = added.get(stem) ?? [];
    // Only one each: with several, which pairs with which is a guess.
    if (!gone || !came || moreGone.length > 0 || moreCame.length > 0) continue;
    replaced.set(came, compare(gone.base!, came.head!, options));
    replaced.set(gone, undefined);
  }
  if (replaced.size === 0) return changes;
  return changes.flatMap((change) => {
    if (!replaced.has(change)) return [change];
    const replacement = replaced.get(change);
    return replacement ? [replacement] : [];
  });
}

/** Field-level differences; Secret `data`/`stringData` values are replaced by masks before they leave here. */
export function diffObjects(
  before: unknown,
  after: unknown,
  secret: boolean,
  ignore?: FieldMatcher,
): FieldChange[] {
  const changes: FieldChange[] = [];
  walk(before, after, '', [], { secret, out: changes, ...(ignore ? { ignore } : {}) });
  return changes;
}

interface WalkState {
  secret: boolean;
  out: FieldChange[];
  ignore?: FieldMatcher;
}

function walk(before: unknown, after: unknown, path: string, segments: FieldPath, state: WalkState): void {
  if (deepEqual(before, after)) return;
  if (state.ignore && segments.length > 0 && state.ignore.matches(segments)) return;
  const { secret, out } = state;
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of [...keys].sort()) {
      walk(before[key], after[key], joinKey(path, key), [...segments, key], state);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    for (let i = 0; i < length; i++) walk(before[i], after[i], `${path}[${i}]`, [...segments, i], state);
    return;
  }
  if (state.ignore && (isPlainObject(before) || isPlainObject(after))) {
    // A map added or removed as a whole: what is left of it once ignored fields are taken out.
    const strip = (value: unknown) =>
      isPlainObject(value) ? stripIgnored(value, segments, state.ignore!) : value;
    before = strip(before);
    after = strip(after);
    if (deepEqual(before, after)) return;
    if (isPlainObject(before) && Object.keys(before).length === 0 && after === undefined) return;
    if (isPlainObject(after) && Object.keys(after).length === 0 && before === undefined) return;
  }
  const show = (value: unknown) => (secret && isSecretValuePath(path) ? maskSecretValue(value) : value);
  if (before === undefined) out.push({ path, type: 'added', after: show(after) });
  else if (after === undefined) out.push({ path, type: 'removed', before: show(before) });
  else out.push({ path, type: 'changed', before: show(before), after: show(after) });
}

function stripIgnored(value: Record<string, unknown>, segments: FieldPath, ignore: FieldMatcher): unknown {
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const path = [...segments, key];
    if (ignore.matches(path)) continue;
    copy[key] = isPlainObject(item) ? stripIgnored(item, path, ignore) : item;
  }
  return copy;
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
