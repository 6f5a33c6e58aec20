// Structural comparison of two CRD sets: what an upgrade from OLD to NEW does to the API and to the custom
// resources stored in the cluster. One pass over both schemas at once, no copies: the largest real pair
// (Argo CD's ApplicationSet CRD, over 1 MB of YAML) compares in a fraction of the time it takes to parse.
import type { FieldPath } from '../model.js';
import { asSchema, findVersion, storageVersion } from './crd.js';
import type { Crd, CrdVersion, Schema } from './crd.js';
import { isRecord } from '../util/objects.js';

export const CHANGE_CLASSES = ['breaking', 'risky', 'safe'] as const;
export type ChangeClass = (typeof CHANGE_CLASSES)[number];

/** Every kind of change, with its class. The ids are stable: JSON output and docs use them. */
export const CHANGE_KINDS = {
  // breaking: existing objects, stored data or clients stop working, or the CRD update is rejected
  'crd-removed': 'breaking',
  'version-removed': 'breaking',
  'storage-version-removed': 'breaking',
  'version-unserved': 'breaking',
  'scope-changed': 'breaking',
  'group-changed': 'breaking',
  'kind-changed': 'breaking',
  'plural-changed': 'breaking',
  'field-removed': 'breaking',
  'type-changed': 'breaking',
  'format-changed': 'breaking',
  'field-required': 'breaking',
  'enum-values-removed': 'breaking',
  'enum-added': 'breaking',
  'preserve-unknown-fields-removed': 'breaking',
  // risky: valid today, may fail or behave differently after the upgrade
  'validation-tightened': 'risky',
  'cel-rule-added': 'risky',
  'cel-rule-changed': 'risky',
  'storage-version-changed': 'risky',
  'version-deprecated': 'risky',
  'default-added': 'risky',
  'default-changed': 'risky',
  'default-removed': 'risky',
  'list-type-changed': 'risky',
  'subresources-changed': 'risky',
  'conversion-changed': 'risky',
  'other-change': 'risky',
  // safe: additive or relaxing
  'crd-added': 'safe',
  'version-added': 'safe',
  'version-served': 'safe',
  'version-undeprecated': 'safe',
  'field-added': 'safe',
  'validation-relaxed': 'safe',
  'description-changed': 'safe',
  'printer-columns-changed': 'safe',
  'names-changed': 'safe',
} as const satisfies Record<string, ChangeClass>;
export type CrdChangeKind = keyof typeof CHANGE_KINDS;

/** `[*]` in a path: every item of a list; `.*`: every value of a map. */
export const ANY_ITEM: unique symbol = Symbol('[*]');
export const ANY_VALUE: unique symbol = Symbol('.*');
export type DataSegment = string | typeof ANY_ITEM | typeof ANY_VALUE;

export interface CrdChange {
  /** metadata.name of the CRD. */
  crd: string;
  /** The CRD version the change is in; '' for changes of the whole CRD. */
  version: string;
  /** The field of the custom resource (`.spec.foo[*].bar`, `.` for the root); '' when not about a field. */
  path: string;
  change: CrdChangeKind;
  /** The kind's class (CHANGE_KINDS), except that breaking changes under `.status` are risky. */
  class: ChangeClass;
  message: string;
  /** The field as segments, to find it in custom resources. */
  segments: readonly DataSegment[];
  /** Where the change is in the new CRD object (nearest existing node), for line numbers; absent when removed. */
  newPath?: FieldPath;
  /** Where it was in the old CRD object. */
  oldPath?: FieldPath;
}

export interface CrdComparison {
  crd: string;
  old?: Crd;
  new?: Crd;
  changes: CrdChange[];
}

export interface CompareResult {
  /** One entry per CRD name in either set, sorted by name. */
  crds: CrdComparison[];
  /** Every change, sorted by CRD, class, version and path. */
  changes: CrdChange[];
  summary: Record<ChangeClass, number>;
}

export const CLASS_RANK: Readonly<Record<ChangeClass, number>> = { breaking: 0, risky: 1, safe: 2 };

/** Compares two CRD sets, matched by metadata.name. */
export function compareCrdSets(oldCrds: readonly Crd[], newCrds: readonly Crd[]): CompareResult {
  const olds = new Map(oldCrds.map((crd) => [crd.name, crd]));
  const news = new Map(newCrds.map((crd) => [crd.name, crd]));
  const names = [...new Set([...olds.keys(), ...news.keys()])].sort(compareText);
  const crds = names.map((name) => compareCrds(olds.get(name), news.get(name)));
  const changes = crds.flatMap((comparison) => comparison.changes);
  return { crds, changes, summary: summarizeChanges(changes) };
}

export function summarizeChanges(changes: readonly CrdChange[]): Record<ChangeClass, number> {
  const summary: Record<ChangeClass, number> = { breaking: 0, risky: 0, safe: 0 };
  for (const change of changes) summary[change.class]++;
  return summary;
}

/** The most severe class among the changes; undefined when there are none. */
export function worstClass(changes: readonly Pick<CrdChange, 'class'>[]): ChangeClass | undefined {
  let worst: ChangeClass | undefined;
  for (const change of changes) {
    if (worst === undefined || CLASS_RANK[change.class] < CLASS_RANK[worst]) worst = change.class;
  }
  return worst;
}

/** Compares one CRD at two points; either side may be missing (added or removed). */
export function compareCrds(oldCrd: Crd | undefined, newCrd: Crd | undefined): CrdComparison {
  const name = (newCrd ?? oldCrd)?.name ?? '';
  const out = new Collector(name);
  if (!oldCrd && newCrd) {
    out.add('crd-added', '', undefined, `CRD added (${describeKind(newCrd)})`, { newPath: [] });
  } else if (oldCrd && !newCrd) {
    out.add(
      'crd-removed',
      '',
      undefined,
      `CRD removed: if it is deleted from the cluster, every ${oldCrd.kind} in every namespace is deleted with it`,
      { oldPath: [] },
    );
  } else if (oldCrd && newCrd) {
    compareIdentity(oldCrd, newCrd, out);
    compareVersions(oldCrd, newCrd, out);
  }
  out.changes.sort(compareChanges);
  return {
    crd: name,
    ...(oldCrd ? { old: oldCrd } : {}),
    ...(newCrd ? { new: newCrd } : {}),
    changes: out.changes,
  };
}

function describeKind(crd: Crd): string {
  const versions = crd.versions.map((version) => version.name).join(', ');
  return `${crd.group} ${crd.kind}, ${crd.scope}, versions ${versions || 'none'}`;
}

export function compareChanges(a: CrdChange, b: CrdChange): number {
  return (
    compareText(a.crd, b.crd) ||
    CLASS_RANK[a.class] - CLASS_RANK[b.class] ||
    compareText(a.version, b.version) ||
    compareText(a.path, b.path) ||
    compareText(a.change, b.change) ||
    compareText(a.message, b.message)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

class Collector {
  readonly changes: CrdChange[] = [];
  constructor(readonly crd: string) {}

  add(
    change: CrdChangeKind,
    version: string,
    segments: readonly DataSegment[] | undefined,
    message: string,
    where: { newPath?: FieldPath; oldPath?: FieldPath },
  ): void {
    let changeClass: ChangeClass = CHANGE_KINDS[change];
    // .status is written by the controller that ships with the CRD, not by manifests: a risk, not a break.
    if (changeClass === 'breaking' && segments?.[0] === 'status') {
      changeClass = 'risky';
      message +=
        ' (in .status, which the controller writes: a risk for the controller, not for your manifests)';
    }
    this.changes.push({
      crd: this.crd,
      version,
      path: segments === undefined ? '' : formatDataPath(segments),
      change,
      class: changeClass,
      message,
      segments: segments ?? [],
      ...(where.newPath ? { newPath: where.newPath } : {}),
      ...(where.oldPath ? { oldPath: where.oldPath } : {}),
    });
  }
}

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/** `.spec.rules[*].host`; `.` for the root. */
export function formatDataPath(segments: readonly DataSegment[]): string {
  if (segments.length === 0) return '.';
  let text = '';
  for (const segment of segments) {
    if (segment === ANY_ITEM) text += '[*]';
    else if (segment === ANY_VALUE) text += '.*';
    else text += PLAIN_KEY.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
  }
  return text;
}

// ---- the CRD as a whole ----

function compareIdentity(oldCrd: Crd, newCrd: Crd, out: Collector): void {
  const identity = (
    kind: CrdChangeKind,
    label: string,
    before: string,
    after: string,
    path: FieldPath,
    why: string,
  ) => {
    if (before !== after)
      out.add(kind, '', undefined, `${label} changed from ${quote(before)} to ${quote(after)}: ${why}`, {
        newPath: path,
        oldPath: path,
      });
  };
  const immutable =
    'the API server rejects this update; the CRD must be deleted and re-created, which deletes every custom resource of it';
  identity('scope-changed', 'scope', oldCrd.scope, newCrd.scope, ['spec', 'scope'], immutable);
  identity('group-changed', 'group', oldCrd.group, newCrd.group, ['spec', 'group'], immutable);
  identity('kind-changed', 'kind', oldCrd.kind, newCrd.kind, ['spec', 'names', 'kind'], immutable);
  identity('plural-changed', 'plural', oldCrd.plural, newCrd.plural, ['spec', 'names', 'plural'], immutable);

  const names: string[] = [];
  const listChange = (label: string, before: readonly string[], after: readonly string[]) => {
    const removed = before.filter((item) => !after.includes(item));
    const added = after.filter((item) => !before.includes(item));
    if (removed.length > 0) names.push(`${label} removed: ${removed.join(', ')}`);
    if (added.length > 0) names.push(`${label} added: ${added.join(', ')}`);
  };
  if ((oldCrd.singular ?? '') !== (newCrd.singular ?? ''))
    names.push(`singular ${quote(oldCrd.singular ?? '')} -> ${quote(newCrd.singular ?? '')}`);
  if ((oldCrd.listKind ?? '') !== (newCrd.listKind ?? ''))
    names.push(`listKind ${quote(oldCrd.listKind ?? '')} -> ${quote(newCrd.listKind ?? '')}`);
  listChange('short names', oldCrd.shortNames, newCrd.shortNames);
  listChange('categories', oldCrd.categories, newCrd.categories);
  if (names.length > 0)
    out.add('names-changed', '', undefined, `names changed: ${names.join('; ')}`, {
      newPath: ['spec', 'names'],
      oldPath: ['spec', 'names'],
    });

  if (oldCrd.preserveUnknownFields && !newCrd.preserveUnknownFields) {
    out.add(
      'preserve-unknown-fields-removed',
      '',
      undefined,
      'spec.preserveUnknownFields is now false: fields not in the schema are pruned from every object on its next write',
      { newPath: ['spec'], oldPath: ['spec', 'preserveUnknownFields'] },
    );
  } else if (!oldCrd.preserveUnknownFields && newCrd.preserveUnknownFields) {
    out.add(
      'validation-relaxed',
      '',
      undefined,
      'spec.preserveUnknownFields is now true: unknown fields are kept',
      {
        newPath: ['spec', 'preserveUnknownFields'],
      },
    );
  }
  if (!deepEqual(oldCrd.conversion, newCrd.conversion)) {
    out.add(
      'conversion-changed',
      '',
      undefined,
      `conversion changed (${describeConversion(oldCrd.conversion)} -> ${describeConversion(newCrd.conversion)}): reads and writes at a non-storage version go through it`,
      { newPath: ['spec', 'conversion'], oldPath: ['spec', 'conversion'] },
    );
  }
}

function describeConversion(conversion: unknown): string {
  if (!isRecord(conversion)) return 'None';
  return typeof conversion.strategy === 'string' ? conversion.strategy : 'None';
}

// ---- versions ----

function compareVersions(oldCrd: Crd, newCrd: Crd, out: Collector): void {
  const oldStorage = storageVersion(oldCrd);
  const newStorage = storageVersion(newCrd);
  for (const oldVersion of oldCrd.versions) {
    const newVersion = findVersion(newCrd, oldVersion.name);
    if (!newVersion) {
      removedVersion(oldCrd, oldVersion, newCrd, out);
      continue;
    }
    compareVersion(oldVersion, newVersion, out);
  }
  for (const newVersion of newCrd.versions) {
    if (findVersion(oldCrd, newVersion.name)) continue;
    const flags = [newVersion.served ? 'served' : 'not served', newVersion.storage ? 'storage' : ''];
    out.add(
      'version-added',
      newVersion.name,
      undefined,
      `version ${newVersion.name} added (${flags.filter(Boolean).join(', ')})`,
      {
        newPath: newVersion.path,
      },
    );
  }
  if (oldStorage && newStorage && oldStorage.name !== newStorage.name) {
    out.add(
      'storage-version-changed',
      newStorage.name,
      undefined,
      `storage version moves from ${oldStorage.name} to ${newStorage.name}: objects already stored stay at ${oldStorage.name} until rewritten (no automatic migration), and ${oldStorage.name} stays in status.storedVersions`,
      { newPath: [...newStorage.path, 'storage'], oldPath: [...oldStorage.path, 'storage'] },
    );
  }
}

function removedVersion(oldCrd: Crd, version: CrdVersion, newCrd: Crd, out: Collector): void {
  const stored = version.storage || oldCrd.storedVersions.includes(version.name);
  const where = { newPath: ['spec', 'versions'] as FieldPath, oldPath: version.path };
  if (stored) {
    out.add(
      'storage-version-removed',
      version.name,
      undefined,
      `version ${version.name} removed, and it was the storage version: objects stored at it remain in etcd and ${version.name} is in status.storedVersions, so the API server rejects the new CRD until storage is migrated and status.storedVersions no longer lists ${version.name}`,
      where,
    );
    return;
  }
  const served = version.served
    ? `clients and manifests using ${newCrd.group}/${version.name} get "no matches for kind ${newCrd.kind}"`
    : 'it was not served; if it was ever the storage version, objects stored at it block the update until migrated';
  out.add('version-removed', version.name, undefined, `version ${version.name} removed: ${served}`, where);
}

function compareVersion(oldVersion: CrdVersion, newVersion: CrdVersion, out: Collector): void {
  const name = newVersion.name;
  const where = (key: string) => ({ newPath: [...newVersion.path, key], oldPath: [...oldVersion.path, key] });
  if (oldVersion.served && !newVersion.served) {
    out.add(
      'version-unserved',
      name,
      undefined,
      `version ${name} is no longer served: clients and manifests using it get "no matches for kind"`,
      where('served'),
    );
  } else if (!oldVersion.served && newVersion.served) {
    out.add('version-served', name, undefined, `version ${name} is served again`, where('served'));
  }
  if (!oldVersion.deprecated && newVersion.deprecated) {
    const warning = newVersion.deprecationWarning ? `: "${newVersion.deprecationWarning}"` : '';
    out.add(
      'version-deprecated',
      name,
      undefined,
      `version ${name} is now deprecated${warning}; every request to it returns a warning, and a later release may remove it`,
      where('deprecated'),
    );
  } else if (oldVersion.deprecated && !newVersion.deprecated) {
    out.add(
      'version-undeprecated',
      name,
      undefined,
      `version ${name} is no longer deprecated`,
      where('deprecated'),
    );
  } else if (
    oldVersion.deprecated &&
    (oldVersion.deprecationWarning ?? '') !== (newVersion.deprecationWarning ?? '')
  ) {
    out.add(
      'description-changed',
      name,
      undefined,
      `deprecation warning of ${name} changed`,
      where('deprecationWarning'),
    );
  }
  if (!deepEqual(oldVersion.printerColumns, newVersion.printerColumns)) {
    out.add(
      'printer-columns-changed',
      name,
      undefined,
      `printer columns changed (kubectl get output)`,
      where('additionalPrinterColumns'),
    );
  }
  if (!deepEqual(oldVersion.subresources, newVersion.subresources)) {
    out.add(
      'subresources-changed',
      name,
      undefined,
      `subresources changed (${describeSubresources(oldVersion.subresources)} -> ${describeSubresources(newVersion.subresources)}): with a status subresource, writes to the main resource ignore status and the reverse`,
      where('subresources'),
    );
  }
  const extraKeys = new Set([...Object.keys(oldVersion.extra), ...Object.keys(newVersion.extra)]);
  for (const key of [...extraKeys].sort()) {
    if (!deepEqual(oldVersion.extra[key], newVersion.extra[key]))
      out.add('other-change', name, undefined, `${key} changed in version ${name}`, where(key));
  }

  const oldSchema = oldVersion.schema;
  const newSchema = newVersion.schema;
  if (oldSchema && newSchema) {
    new SchemaComparer(out, name).compare(oldSchema, newSchema, {
      segments: [],
      oldPath: oldVersion.schemaPath,
      newPath: newVersion.schemaPath,
    });
  } else if (!oldSchema && newSchema) {
    out.add(
      'validation-tightened',
      name,
      [],
      `a schema is added to ${name}: objects are validated and unknown fields pruned`,
      {
        newPath: newVersion.schemaPath,
      },
    );
  } else if (oldSchema && !newSchema) {
    out.add('validation-relaxed', name, [], `the schema of ${name} is removed: no validation`, {
      newPath: newVersion.path,
      oldPath: oldVersion.schemaPath,
    });
  }
}

function describeSubresources(subresources: unknown): string {
  if (!isRecord(subresources)) return 'none';
  const keys = Object.keys(subresources).sort();
  return keys.length > 0 ? keys.join(', ') : 'none';
}

// ---- schemas ----

/** A node's place: the field in the custom resource, and the schema node in each CRD. Paths are shared, never copied. */
interface Place {
  segments: readonly DataSegment[];
  oldPath: FieldPath;
  newPath: FieldPath;
}

/** Keywords the comparer understands; any other difference is reported as `other-change` (fail closed). */
const HANDLED = new Set([
  'type',
  'format',
  'description',
  'title',
  'example',
  'externalDocs',
  'enum',
  'default',
  'nullable',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'x-kubernetes-preserve-unknown-fields',
  'x-kubernetes-int-or-string',
  'x-kubernetes-validations',
  'x-kubernetes-list-type',
  'x-kubernetes-list-map-keys',
  'x-kubernetes-map-type',
]);

const LOWER_BOUNDS = ['minimum', 'minLength', 'minItems', 'minProperties'] as const;
const UPPER_BOUNDS = ['maximum', 'maxLength', 'maxItems', 'maxProperties'] as const;
const DESCRIPTIVE = ['description', 'title', 'example', 'externalDocs'] as const;
const WIDENING_FORMATS: Readonly<Record<string, string>> = { int32: 'int64', float: 'double' };

/** The node's type: `int-or-string` for x-kubernetes-int-or-string, undefined when untyped. */
export function schemaType(schema: Schema): string | undefined {
  if (schema['x-kubernetes-int-or-string'] === true) return 'int-or-string';
  return typeof schema.type === 'string' ? schema.type : undefined;
}

class SchemaComparer {
  constructor(
    private readonly out: Collector,
    private readonly version: string,
  ) {}

  private add(
    kind: CrdChangeKind,
    place: Place,
    message: string,
    key?: string,
    side: 'both' | 'old' = 'both',
  ) {
    const newPath = key && side === 'both' ? [...place.newPath, key] : place.newPath;
    const oldPath = key ? [...place.oldPath, key] : place.oldPath;
    this.out.add(kind, this.version, place.segments, message, { newPath, oldPath });
  }

  compare(o: Schema, n: Schema, place: Place): void {
    if (o === n) return;
    const oldPreserve = o['x-kubernetes-preserve-unknown-fields'] === true;
    const newPreserve = n['x-kubernetes-preserve-unknown-fields'] === true;
    if (oldPreserve && !newPreserve) {
      this.add(
        'preserve-unknown-fields-removed',
        place,
        'x-kubernetes-preserve-unknown-fields removed: fields not in the schema here are pruned on the next write (data loss)',
        'x-kubernetes-preserve-unknown-fields',
        'old',
      );
    } else if (!oldPreserve && newPreserve) {
      this.add(
        'validation-relaxed',
        place,
        'x-kubernetes-preserve-unknown-fields added: unknown fields are kept',
        'x-kubernetes-preserve-unknown-fields',
      );
    }

    if (!this.compareType(o, n, place)) return;
    this.compareFormat(o, n, place);
    this.compareDescriptive(o, n, place);
    this.compareEnum(o, n, place);
    this.compareDefault(o, n, place);
    this.compareBounds(o, n, place);
    this.compareCel(o, n, place);
    this.compareListTypes(o, n, place);
    this.compareRequired(o, n, place, newPreserve);
    this.compareProperties(o, n, place, newPreserve);
    this.compareAdditionalProperties(o, n, place, oldPreserve, newPreserve);
    this.compareItems(o, n, place);
    this.compareCombinators(o, n, place);
    for (const key of Object.keys(o))
      if (!HANDLED.has(key) && !deepEqual(o[key], n[key])) this.other(key, place);
    for (const key of Object.keys(n)) if (!HANDLED.has(key) && !(key in o)) this.other(key, place);
  }

  private other(key: string, place: Place) {
    this.add('other-change', place, `${key} changed`, key);
  }

  /** False when the types are incompatible: nothing below is compared then. */
  private compareType(o: Schema, n: Schema, place: Place): boolean {
    const before = schemaType(o);
    const after = schemaType(n);
    if (before === after) return true;
    const key = 'type';
    if (after === undefined) {
      this.add('validation-relaxed', place, `type ${before} removed: any value is accepted`, key);
      return true;
    }
    if (before === undefined) {
      this.add(
        'type-changed',
        place,
        `type set to ${after} where any value was accepted: other values are rejected`,
        key,
      );
      return after === 'object' || after === 'array';
    }
    if (
      (before === 'integer' && after === 'number') ||
      ((before === 'integer' || before === 'string') && after === 'int-or-string')
    ) {
      this.add('validation-relaxed', place, `type widened from ${before} to ${after}`, key);
      return true;
    }
    this.add(
      'type-changed',
      place,
      `type changed from ${before} to ${after}: existing values are invalid`,
      key,
    );
    return false;
  }

  private compareFormat(o: Schema, n: Schema, place: Place) {
    const before = typeof o.format === 'string' ? o.format : undefined;
    const after = typeof n.format === 'string' ? n.format : undefined;
    if (before === after) return;
    if (after === undefined) {
      this.add('validation-relaxed', place, `format ${before} removed`, 'format', 'old');
    } else if (before !== undefined && WIDENING_FORMATS[before] === after) {
      this.add('validation-relaxed', place, `format widened from ${before} to ${after}`, 'format');
    } else if (before === undefined) {
      this.add('format-changed', place, `format ${after} added`, 'format');
    } else {
      this.add('format-changed', place, `format changed from ${before} to ${after}`, 'format');
    }
  }

  private compareDescriptive(o: Schema, n: Schema, place: Place) {
    const changed = DESCRIPTIVE.filter((key) => !deepEqual(o[key], n[key]));
    if (changed.length === 0) return;
    const key = changed[0]!;
    this.add('description-changed', place, `${changed.join(', ')} changed`, key in n ? key : undefined);
  }

  private compareEnum(o: Schema, n: Schema, place: Place) {
    const before = Array.isArray(o.enum) ? o.enum : undefined;
    const after = Array.isArray(n.enum) ? n.enum : undefined;
    if (!before && !after) return;
    if (!before && after) {
      this.add(
        'enum-added',
        place,
        `enum added (${formatValues(after)}): any other value is rejected`,
        'enum',
      );
      return;
    }
    if (before && !after) {
      this.add('validation-relaxed', place, `enum removed: any value is accepted`, 'enum', 'old');
      return;
    }
    const afterKeys = new Set(after!.map((value) => JSON.stringify(value)));
    const beforeKeys = new Set(before!.map((value) => JSON.stringify(value)));
    const removed = before!.filter((value) => !afterKeys.has(JSON.stringify(value)));
    const added = after!.filter((value) => !beforeKeys.has(JSON.stringify(value)));
    if (removed.length > 0)
      this.add(
        'enum-values-removed',
        place,
        `enum values removed: ${formatValues(removed)}: objects using them are invalid`,
        'enum',
      );
    if (added.length > 0)
      this.add('validation-relaxed', place, `enum values added: ${formatValues(added)}`, 'enum');
  }

  private compareDefault(o: Schema, n: Schema, place: Place) {
    const had = 'default' in o;
    const has = 'default' in n;
    if (!had && !has) return;
    if (!had) {
      this.add(
        'default-added',
        place,
        `default ${formatValue(n.default)} added: applied to existing objects when read`,
        'default',
      );
    } else if (!has) {
      this.add(
        'default-removed',
        place,
        `default ${formatValue(o.default)} removed: objects without the field no longer get it`,
        'default',
        'old',
      );
    } else if (!deepEqual(o.default, n.default)) {
      this.add(
        'default-changed',
        place,
        `default changed from ${formatValue(o.default)} to ${formatValue(n.default)}: existing objects without the field read the new value`,
        'default',
      );
    }
  }

  private compareBounds(o: Schema, n: Schema, place: Place) {
    const tightened: string[] = [];
    const relaxed: string[] = [];
    let tightKey: string | undefined;
    const num = (schema: Schema, key: string) =>
      typeof schema[key] === 'number' ? (schema[key] as number) : undefined;
    for (const key of LOWER_BOUNDS) {
      const before = num(o, key);
      const after = num(n, key);
      if (before === after) continue;
      if (after !== undefined && (before === undefined || after > before)) {
        tightened.push(
          before === undefined ? `${key} ${after} added` : `${key} raised from ${before} to ${after}`,
        );
        tightKey ??= key;
      } else {
        relaxed.push(after === undefined ? `${key} removed` : `${key} lowered from ${before} to ${after}`);
      }
    }
    for (const key of UPPER_BOUNDS) {
      const before = num(o, key);
      const after = num(n, key);
      if (before === after) continue;
      if (after !== undefined && (before === undefined || after < before)) {
        tightened.push(
          before === undefined ? `${key} ${after} added` : `${key} lowered from ${before} to ${after}`,
        );
        tightKey ??= key;
      } else {
        relaxed.push(after === undefined ? `${key} removed` : `${key} raised from ${before} to ${after}`);
      }
    }
    for (const key of ['exclusiveMinimum', 'exclusiveMaximum', 'uniqueItems', 'nullable'] as const) {
      const before = o[key] === true;
      const after = n[key] === true;
      if (before === after) continue;
      // nullable works the other way round: dropping it tightens
      const tighter = key === 'nullable' ? before : after;
      const text = `${key} ${after ? 'added' : 'removed'}${key === 'nullable' && before ? ': null values are dropped' : ''}`;
      if (tighter) {
        tightened.push(text);
        tightKey ??= key;
      } else relaxed.push(text);
    }
    const beforeMultiple = num(o, 'multipleOf');
    const afterMultiple = num(n, 'multipleOf');
    if (beforeMultiple !== afterMultiple) {
      if (afterMultiple === undefined) relaxed.push('multipleOf removed');
      else {
        tightened.push(`multipleOf ${afterMultiple}`);
        tightKey ??= 'multipleOf';
      }
    }
    const beforePattern = typeof o.pattern === 'string' ? o.pattern : undefined;
    const afterPattern = typeof n.pattern === 'string' ? n.pattern : undefined;
    if (beforePattern !== afterPattern) {
      if (afterPattern === undefined) relaxed.push(`pattern ${JSON.stringify(beforePattern)} removed`);
      else {
        tightened.push(
          beforePattern === undefined
            ? `pattern ${JSON.stringify(afterPattern)} added`
            : `pattern changed from ${JSON.stringify(beforePattern)} to ${JSON.stringify(afterPattern)}`,
        );
        tightKey ??= 'pattern';
      }
    }
    if (tightened.length > 0)
      this.add(
        'validation-tightened',
        place,
        `validation tightened: ${tightened.join('; ')}: objects outside it fail their next change`,
        tightKey,
      );
    if (relaxed.length > 0)
      this.add('validation-relaxed', place, `validation relaxed: ${relaxed.join('; ')}`);
  }

  private compareCel(o: Schema, n: Schema, place: Place) {
    const before = celRules(o);
    const after = celRules(n);
    if (before.length === 0 && after.length === 0) return;
    const key = 'x-kubernetes-validations';
    const beforeByRule = new Map(before.map((rule) => [rule.rule, rule]));
    const afterByRule = new Map(after.map((rule) => [rule.rule, rule]));
    const added = after.filter((rule) => !beforeByRule.has(rule.rule));
    const removed = before.filter((rule) => !afterByRule.has(rule.rule));
    for (const rule of after) {
      const old = beforeByRule.get(rule.rule);
      if (!old) continue;
      if (old.optionalOldSelf !== rule.optionalOldSelf) {
        this.add(
          'cel-rule-changed',
          place,
          `CEL rule ${JSON.stringify(rule.rule)}: optionalOldSelf changed`,
          key,
        );
      } else if (!deepEqual(old.raw, rule.raw)) {
        this.add(
          'description-changed',
          place,
          `CEL rule ${JSON.stringify(rule.rule)}: message or reason changed`,
          key,
        );
      }
    }
    const pairs = Math.min(added.length, removed.length);
    for (let index = 0; index < pairs; index++) {
      this.add(
        'cel-rule-changed',
        place,
        `CEL rule changed from ${JSON.stringify(removed[index]!.rule)} to ${JSON.stringify(added[index]!.rule)}${transition(added[index]!.rule)}`,
        key,
      );
    }
    for (const rule of added.slice(pairs))
      this.add(
        'cel-rule-added',
        place,
        `CEL rule added: ${JSON.stringify(rule.rule)}${transition(rule.rule)}`,
        key,
      );
    for (const rule of removed.slice(pairs))
      this.add('validation-relaxed', place, `CEL rule removed: ${JSON.stringify(rule.rule)}`, key, 'old');
  }

  private compareListTypes(o: Schema, n: Schema, place: Place) {
    for (const key of [
      'x-kubernetes-list-type',
      'x-kubernetes-list-map-keys',
      'x-kubernetes-map-type',
    ] as const) {
      if (deepEqual(o[key], n[key])) continue;
      this.add(
        'list-type-changed',
        place,
        `${key} changed from ${formatValue(o[key])} to ${formatValue(n[key])}: server-side apply merges this field differently, and list-type checks are not ratcheted`,
        key in n ? key : undefined,
      );
    }
  }

  private compareRequired(o: Schema, n: Schema, place: Place, newPreserve: boolean) {
    const before = new Set(stringList(o.required));
    const after = stringList(n.required);
    const properties = asSchema(n.properties);
    after.forEach((name, index) => {
      if (before.has(name)) return;
      const property = properties ? asSchema(properties[name]) : undefined;
      const defaulted = property && 'default' in property ? ' (it has a default, applied when missing)' : '';
      this.out.add(
        'field-required',
        this.version,
        [...place.segments, name],
        `field is now required${defaulted}: objects without it are rejected on their next write (required is never ratcheted)`,
        { newPath: [...place.newPath, 'required', index], oldPath: place.oldPath },
      );
    });
    const afterSet = new Set(after);
    const oldProperties = asSchema(o.properties);
    for (const name of before) {
      if (afterSet.has(name)) continue;
      // a removed field is reported as removed, not as no longer required
      if (oldProperties && name in oldProperties && !(properties && name in properties) && !newPreserve)
        continue;
      this.out.add(
        'validation-relaxed',
        this.version,
        [...place.segments, name],
        'field is no longer required',
        {
          newPath: properties && name in properties ? [...place.newPath, 'properties', name] : place.newPath,
          oldPath: [...place.oldPath, 'required'],
        },
      );
    }
  }

  private compareProperties(o: Schema, n: Schema, place: Place, newPreserve: boolean) {
    const before = asSchema(o.properties);
    const after = asSchema(n.properties);
    if (!before && !after) return;
    const oldBase = [...place.oldPath, 'properties'];
    const newBase = [...place.newPath, 'properties'];
    if (before) {
      for (const name of Object.keys(before)) {
        const oldChild = asSchema(before[name]);
        if (!oldChild) continue;
        const newChild = after ? asSchema(after[name]) : undefined;
        const segments = [...place.segments, name];
        if (!newChild) {
          if (newPreserve) {
            this.out.add(
              'validation-relaxed',
              this.version,
              segments,
              'field no longer in the schema; x-kubernetes-preserve-unknown-fields keeps its data, unvalidated',
              { newPath: place.newPath, oldPath: [...oldBase, name] },
            );
          } else {
            this.out.add(
              'field-removed',
              this.version,
              segments,
              'field removed: its data is pruned from each object on the next write, and kubectl (strict field validation) rejects manifests that set it',
              { newPath: after ? newBase : place.newPath, oldPath: [...oldBase, name] },
            );
          }
          continue;
        }
        this.compare(oldChild, newChild, {
          segments,
          oldPath: [...oldBase, name],
          newPath: [...newBase, name],
        });
      }
    }
    if (after) {
      for (const name of Object.keys(after)) {
        if (before && name in before) continue;
        const newChild = asSchema(after[name]);
        if (!newChild) continue;
        const type = schemaType(newChild);
        this.out.add(
          'field-added',
          this.version,
          [...place.segments, name],
          `field added${type ? ` (${type})` : ''}`,
          {
            newPath: [...newBase, name],
          },
        );
      }
    }
  }

  private compareAdditionalProperties(
    o: Schema,
    n: Schema,
    place: Place,
    oldPreserve: boolean,
    newPreserve: boolean,
  ) {
    const before = o.additionalProperties;
    const after = n.additionalProperties;
    if (before === undefined && after === undefined) return;
    const oldSchema = asSchema(before);
    const newSchema = asSchema(after);
    const segments: DataSegment[] = [...place.segments, ANY_VALUE];
    const key = 'additionalProperties';
    if (oldSchema && newSchema) {
      this.compare(oldSchema, newSchema, {
        segments,
        oldPath: [...place.oldPath, key],
        newPath: [...place.newPath, key],
      });
    } else if (oldSchema || before === true) {
      if (newSchema || after === true) return;
      if (newPreserve) {
        this.out.add(
          'validation-relaxed',
          this.version,
          segments,
          'map values no longer in the schema; kept unvalidated',
          {
            newPath: place.newPath,
            oldPath: [...place.oldPath, key],
          },
        );
      } else {
        this.out.add(
          'field-removed',
          this.version,
          segments,
          'map entries are no longer allowed: they are pruned on the next write',
          {
            newPath: place.newPath,
            oldPath: [...place.oldPath, key],
          },
        );
      }
    } else if (newSchema || after === true) {
      if (oldPreserve) {
        this.out.add('validation-tightened', this.version, segments, 'map values are now validated', {
          newPath: [...place.newPath, key],
          oldPath: place.oldPath,
        });
      } else {
        this.out.add('field-added', this.version, segments, 'map entries are now allowed', {
          newPath: [...place.newPath, key],
        });
      }
    } else if (!deepEqual(before, after)) {
      this.other(key, place);
    }
  }

  private compareItems(o: Schema, n: Schema, place: Place) {
    if (o.items === undefined && n.items === undefined) return;
    const oldItems = asSchema(o.items);
    const newItems = asSchema(n.items);
    if (oldItems && newItems) {
      this.compare(oldItems, newItems, {
        segments: [...place.segments, ANY_ITEM],
        oldPath: [...place.oldPath, 'items'],
        newPath: [...place.newPath, 'items'],
      });
    } else if (!deepEqual(o.items, n.items)) {
      if (!newItems && n.items === undefined)
        this.add('validation-relaxed', place, 'items schema removed: any list item is accepted', undefined);
      else this.other('items', place);
    }
  }

  private compareCombinators(o: Schema, n: Schema, place: Place) {
    for (const key of ['allOf', 'anyOf', 'oneOf', 'not'] as const) {
      const before = typeOnlyAlternatives(o, key) ? undefined : o[key];
      const after = typeOnlyAlternatives(n, key) ? undefined : n[key];
      if (deepEqual(before, after)) continue;
      if (before === undefined) {
        this.add(
          'validation-tightened',
          place,
          `${key} constraint added: objects that do not satisfy it fail their next change`,
          key,
        );
        continue;
      }
      if (after === undefined) {
        this.add('validation-relaxed', place, `${key} constraint removed`, key, 'old');
        continue;
      }
      if (Array.isArray(before) && Array.isArray(after) && (key === 'allOf' || key === 'anyOf')) {
        const beforeSet = new Set(before.map((item) => JSON.stringify(item)));
        const afterSet = new Set(after.map((item) => JSON.stringify(item)));
        const onlyAdded = [...beforeSet].every((item) => afterSet.has(item));
        const onlyRemoved = [...afterSet].every((item) => beforeSet.has(item));
        // allOf: more branches is tighter; anyOf: more alternatives is looser
        if (onlyAdded || onlyRemoved) {
          const tighter = key === 'allOf' ? onlyAdded : onlyRemoved;
          const verb = onlyAdded ? 'added to' : 'removed from';
          if (tighter)
            this.add(
              'validation-tightened',
              place,
              `alternatives ${verb} ${key}: objects that do not satisfy it fail their next change`,
              key,
            );
          else this.add('validation-relaxed', place, `alternatives ${verb} ${key}`, key);
          continue;
        }
      }
      this.add(
        'validation-tightened',
        place,
        `${key} constraint changed: objects that do not satisfy it fail their next change`,
        key,
      );
    }
  }
}

/** The anyOf [{type: integer}, {type: string}] that goes with x-kubernetes-int-or-string: part of the type. */
function typeOnlyAlternatives(schema: Schema, key: string): boolean {
  if (key !== 'anyOf' || schema['x-kubernetes-int-or-string'] !== true) return false;
  const alternatives = schema.anyOf;
  return (
    Array.isArray(alternatives) &&
    alternatives.every((item) => isRecord(item) && Object.keys(item).every((k) => k === 'type'))
  );
}

interface CelRule {
  rule: string;
  optionalOldSelf: boolean;
  raw: unknown;
}

function celRules(schema: Schema): CelRule[] {
  const rules = schema['x-kubernetes-validations'];
  if (!Array.isArray(rules)) return [];
  const out: CelRule[] = [];
  for (const rule of rules) {
    if (isRecord(rule) && typeof rule.rule === 'string')
      out.push({ rule: rule.rule, optionalOldSelf: rule.optionalOldSelf === true, raw: rule });
  }
  return out;
}

function transition(rule: string): string {
  return /\boldSelf\b/.test(rule) ? ' (a transition rule: never ratcheted)' : '';
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function quote(text: string): string {
  return JSON.stringify(text);
}

const VALUE_MAX = 80;

export function formatValue(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > VALUE_MAX ? `${text.slice(0, VALUE_MAX - 1)}…` : text;
}

function formatValues(values: readonly unknown[]): string {
  return values.map((value) => formatValue(value)).join(', ');
}

/** Structural equality of plain data (YAML/JSON values). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return a instanceof Date || b instanceof Date ? String(a) === String(b) : false;
  }
  if (a instanceof Date || b instanceof Date) return String(a) === String(b);
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) if (!deepEqual(a[index], b[index])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(y, key) || !deepEqual(x[key], y[key])) return false;
  }
  return true;
}
