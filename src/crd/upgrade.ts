// The verdict on a CRD upgrade: counts, the changes that matter, the custom resources they hit, and advice.
// Independent of where the CRDs came from (files edited in the repo, a chart at two versions, a remote base).
import type { FieldPath, Resource } from '../model.js';
import { apiGroup, apiVersionOnly, describeResource } from '../parse/resource-key.js';
import { findVersion, isCrdObject } from './crd.js';
import type { Crd } from './crd.js';
import { ANY_ITEM, ANY_VALUE, CLASS_RANK, summarizeChanges, worstClass } from './compare.js';
import type { ChangeClass, CrdChange, CrdChangeKind, CrdComparison, DataSegment } from './compare.js';
import { knownToolForGroup, LAST_APPLIED_LIMIT_BYTES } from './known-tools.js';
import { formatFieldPath, validateCustomResource } from './validate.js';
import type { SchemaError } from './validate.js';

/** A custom resource that the upgrade breaks or puts at risk. */
export interface AffectedResource {
  resource: Resource;
  class: Exclude<ChangeClass, 'safe'>;
  /** Why, one short phrase each. */
  reasons: string[];
  /** The field to point at. */
  path: FieldPath;
  /** Errors against the new schema that the old schema did not have. */
  newErrors: SchemaError[];
  /** False when the only hits are about the version the object uses (deprecation): no finding of its own. */
  ownFinding: boolean;
}

export interface UpgradeAssessment {
  crd: string;
  summary: Record<ChangeClass, number>;
  /** undefined: no difference at all. */
  worst?: ChangeClass;
  /** Custom resources of this CRD among those given. */
  resources: number;
  affected: AffectedResource[];
  /** Size of the new CRD as JSON (what client-side apply stores in an annotation). */
  sizeBytes: number;
  advice: string[];
}

export const UPGRADE_ADVICE: Readonly<Record<ChangeClass | 'none', string>> = {
  none: 'No CRD difference: upgrading the CRDs in place is safe for every instance and custom resource that shares them.',
  safe: 'Only additive or relaxing changes: safe to apply in place. Apply the CRDs before (or with) the controller that uses the new fields, or the API server prunes them.',
  risky:
    'Can be applied in place once the affected resources are checked. CRDs are cluster-wide: every instance that shares them changes together. Apply with server-side apply (kubectl apply --server-side --force-conflicts).',
  breaking:
    'Not safe to upgrade in place: CRDs are cluster-wide, so every instance and every custom resource of these kinds in the cluster is hit at once. Migrate the affected resources (and any stored version) first, or upgrade on a new cluster (blue/green) and move the workloads over. Apply with server-side apply (kubectl apply --server-side --force-conflicts).',
};

const IDENTITY_ADVICE =
  'The CRD identity changes (scope, group, kind or plural): the API server rejects the update, and deleting and re-creating the CRD deletes every custom resource of it. Back them up and restore them, or use a new cluster.';
const TIGHTENED_ADVICE =
  'Tightened validation rejects the next change of an object that violates it (unchanged objects are kept by validation ratcheting from Kubernetes 1.30; CEL transition rules never are), and the same object created anew, in another instance or cluster.';
const DEFAULT_ADVICE =
  'Default changes show on existing objects that omit the field as soon as the CRD is applied.';
const VALUE_ADVICE =
  'Fix the values whose type, format or allowed values change in every object before the upgrade.';

/** What to do about each kind of change that needs action, in order of severity. */
const KIND_ADVICE: Readonly<Partial<Record<CrdChangeKind, string>>> = {
  'scope-changed': IDENTITY_ADVICE,
  'group-changed': IDENTITY_ADVICE,
  'kind-changed': IDENTITY_ADVICE,
  'plural-changed': IDENTITY_ADVICE,
  'storage-version-removed':
    'Before applying these CRDs, migrate the stored objects to the new storage version (kube-storage-version-migrator, or read and write back every object) and remove the old version from status.storedVersions.',
  'version-removed': 'Move every manifest and client to a served version first.',
  'version-unserved': 'Move every manifest and client to a served version first.',
  'field-removed':
    'Remove the removed fields from your manifests first: afterwards kubectl apply rejects them (strict field validation) and their data is pruned.',
  'field-required':
    'Set the newly required fields on every object first: the next update of an object without them fails.',
  'type-changed': VALUE_ADVICE,
  'format-changed': VALUE_ADVICE,
  'enum-values-removed': VALUE_ADVICE,
  'enum-added': VALUE_ADVICE,
  'preserve-unknown-fields-removed':
    'Fields not in the schema are pruned on the next write where x-kubernetes-preserve-unknown-fields is gone: move any data kept there first.',
  'storage-version-changed':
    'Objects already stored stay at the old storage version until rewritten: rewrite them (kube-storage-version-migrator, or read and write back every object) before a later release removes that version.',
  'version-deprecated': 'Move manifests to the new version (deprecated-api flags those in this repo).',
  'validation-tightened': TIGHTENED_ADVICE,
  'cel-rule-added': TIGHTENED_ADVICE,
  'cel-rule-changed': TIGHTENED_ADVICE,
  'default-added': DEFAULT_ADVICE,
  'default-changed': DEFAULT_ADVICE,
  'default-removed': DEFAULT_ADVICE,
  'list-type-changed':
    'List and map types change how server-side apply merges those fields: several field managers on one list may now conflict.',
};

/** The actions the changes call for, each once. */
export function changeAdvice(changes: readonly CrdChange[]): string[] {
  const advice: string[] = [];
  for (const change of [...changes].sort((a, b) => CLASS_RANK[a.class] - CLASS_RANK[b.class])) {
    const text = KIND_ADVICE[change.change];
    if (text && change.class !== 'safe' && !advice.includes(text)) advice.push(text);
  }
  return advice;
}

/** Assesses one CRD's change against the custom resources that use it (e.g. the repo at head). */
export function assessCrdChange(
  comparison: CrdComparison,
  resources: readonly Resource[],
): UpgradeAssessment {
  const crd = comparison.new ?? comparison.old;
  const summary = summarizeChanges(comparison.changes);
  const worst = worstClass(comparison.changes);
  const sizeBytes = comparison.new ? Buffer.byteLength(JSON.stringify(comparison.new.object)) : 0;
  const ofKind = crd ? customResourcesOf(crd, resources) : [];
  const affected: AffectedResource[] = [];
  if (worst === 'breaking' || worst === 'risky') {
    for (const resource of ofKind) {
      const found = affectedBy(resource, comparison);
      if (found) affected.push(found);
    }
  }
  const advice = [UPGRADE_ADVICE[worst ?? 'none'], ...changeAdvice(comparison.changes)];
  if (comparison.new && sizeBytes > LAST_APPLIED_LIMIT_BYTES && comparison.changes.length > 0) {
    advice.push(
      `The CRD is ${sizeBytes} bytes as JSON, over the ${LAST_APPLIED_LIMIT_BYTES}-byte limit of the last-applied-configuration annotation that client-side kubectl apply writes: apply it server-side.`,
    );
  }
  if (crd && comparison.changes.length > 0) {
    const tool = knownToolForGroup(crd.group);
    if (tool) advice.push(...tool.facts(crd, sizeBytes));
  }
  return {
    crd: comparison.crd,
    summary,
    ...(worst ? { worst } : {}),
    resources: ofKind.length,
    affected,
    sizeBytes,
    advice,
  };
}

export function customResourcesOf(crd: Crd, resources: readonly Resource[]): Resource[] {
  return resources.filter(
    (resource) =>
      resource.ref.kind === crd.kind &&
      apiGroup(resource.ref.apiVersion) === crd.group &&
      !isCrdObject(resource.object),
  );
}

/** How the change hits one custom resource, if it does. */
export function affectedBy(resource: Resource, comparison: CrdComparison): AffectedResource | undefined {
  const versionName = apiVersionOnly(resource.ref.apiVersion);
  const reasons: string[] = [];
  let worst: Exclude<ChangeClass, 'safe'> | undefined;
  let path: FieldPath | undefined;
  let ownFinding = false;
  const hit = (changeClass: ChangeClass, reason: string, at: FieldPath, own = true) => {
    if (changeClass === 'safe') return;
    if (!reasons.includes(reason)) reasons.push(reason);
    if (worst !== 'breaking') worst = changeClass;
    if (own || changeClass === 'breaking') ownFinding = true;
    path ??= at;
  };

  // First what the new schema rejects that the old one accepted: the most concrete reasons.
  let newErrors: SchemaError[] = [];
  const oldVersion = comparison.old ? findVersion(comparison.old, versionName) : undefined;
  const newVersion = comparison.new ? findVersion(comparison.new, versionName) : undefined;
  if (newVersion?.served) {
    const before = new Set(
      oldVersion
        ? validateCustomResource(resource.object, oldVersion).map(
            (error) => `${error.field}|${error.constraint}`,
          )
        : [],
    );
    newErrors = validateCustomResource(resource.object, newVersion).filter(
      (error) => !before.has(`${error.field}|${error.constraint}`),
    );
    for (const error of newErrors) hit('breaking', `${error.field}: ${error.constraint}`, error.path);
  }
  const failing = new Set(newErrors.map((error) => error.field));

  for (const change of comparison.changes) {
    if (change.class === 'safe') continue;
    if (change.version === '') {
      if (change.change !== 'conversion-changed')
        hit(change.class, change.message.split(/[:;]/)[0]!, ['apiVersion']);
      continue;
    }
    if (change.version !== versionName) continue;
    if (change.path === '') {
      if (change.change !== 'storage-version-changed' && change.change !== 'subresources-changed')
        hit(
          change.class,
          change.message.split(/[:;]/)[0]!,
          ['apiVersion'],
          change.change !== 'version-deprecated',
        );
      continue;
    }
    // field changes: the resource is hit when it sets the field (a missing required field is an error above)
    if (change.change === 'field-required') continue;
    const at = firstValueAt(resource.object, change.segments);
    if (at && !failing.has(formatFieldPath(at))) hit(change.class, `${change.path}: ${change.change}`, at);
  }
  if (!worst) return undefined;
  return { resource, class: worst, reasons, path: path ?? [], newErrors, ownFinding };
}

/** Constraints the API server ratchets (Kubernetes 1.30+): an unchanged invalid value is kept on update. */
const RATCHETED = new Set([
  'type',
  'enum',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
  'multipleOf',
  'format',
  'uniqueItems',
]);

/** One sentence on what the change does to a custom resource. */
export function affectedMessage(hit: AffectedResource, crd: string, where: string): string {
  const subject = describeResource(hit.resource.ref);
  const list =
    hit.newErrors.length > 0
      ? hit.newErrors.map((error) => `${error.field}: ${error.message} [${error.constraint}]`)
      : hit.reasons;
  const reasons = list.slice(0, 4).join('; ') + (list.length > 4 ? `; and ${list.length - 4} more` : '');
  if (hit.newErrors.length === 0)
    return `${subject} is ${hit.class === 'breaking' ? 'broken' : 'put at risk'} by the change to CRD ${crd} (${where}): ${reasons}.`;
  const ratcheted = hit.newErrors.every((error) => RATCHETED.has(error.constraint));
  const when = ratcheted
    ? ' It keeps working while unchanged (validation ratcheting, Kubernetes 1.30+), but changing these fields, or creating it anew (another instance or cluster), is rejected.'
    : ' Its next update is rejected.';
  return `${subject} no longer validates against CRD ${crd} as changed in ${where}: ${reasons}.${when}`;
}

/** The first place in `value` that the data path reaches, with real indexes and keys; undefined if none. */
export function firstValueAt(value: unknown, segments: readonly DataSegment[]): FieldPath | undefined {
  const walk = (node: unknown, index: number, at: (string | number)[]): FieldPath | undefined => {
    if (index === segments.length) return node === undefined ? undefined : at;
    const segment = segments[index]!;
    if (segment === ANY_ITEM) {
      if (!Array.isArray(node)) return undefined;
      for (let i = 0; i < node.length; i++) {
        const found = walk(node[i], index + 1, [...at, i]);
        if (found) return found;
      }
      return undefined;
    }
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    const record = node as Record<string, unknown>;
    if (segment === ANY_VALUE) {
      for (const key of Object.keys(record)) {
        const found = walk(record[key], index + 1, [...at, key]);
        if (found) return found;
      }
      return undefined;
    }
    if (!Object.prototype.hasOwnProperty.call(record, segment)) return undefined;
    return walk(record[segment], index + 1, [...at, segment]);
  };
  return walk(value, 0, []);
}

// ---- messages ----

const LISTED_CHANGES = 3;
const LISTED_RESOURCES = 3;

export function countsText(summary: Record<ChangeClass, number>): string {
  return `${summary.breaking} breaking, ${summary.risky} risky, ${summary.safe} safe change${summary.safe === 1 ? '' : 's'}`;
}

function changeText(change: CrdChange): string {
  const where = [change.version, change.path].filter(Boolean).join(' ');
  return `${where ? `${where}: ` : ''}${change.message}`;
}

/**
 * One paragraph: "CRD x: N breaking, M risky, K safe changes between X and Y. Breaking: ... In this repo: ...
 * <advice>". `between` names the two sides ("argo-cd v3.1.0 and v3.2.0", "base and head").
 */
export function upgradeMessage(
  comparison: CrdComparison,
  assessment: UpgradeAssessment,
  between: string,
): string {
  const parts: string[] = [];
  if (!assessment.worst) {
    parts.push(`CRD ${comparison.crd}: no CRD difference between ${between}.`);
  } else {
    parts.push(`CRD ${comparison.crd}: ${countsText(assessment.summary)} between ${between}.`);
    for (const changeClass of ['breaking', 'risky'] as const) {
      const listed = comparison.changes.filter((change) => change.class === changeClass);
      if (listed.length === 0) continue;
      const shown = listed.slice(0, LISTED_CHANGES).map(changeText).join('; ');
      const more = listed.length > LISTED_CHANGES ? ` (and ${listed.length - LISTED_CHANGES} more)` : '';
      parts.push(`${changeClass === 'breaking' ? 'Breaking' : 'Risky'}: ${shown}${more}.`);
    }
    if (assessment.worst !== 'safe' && comparison.new) {
      const kind = comparison.new.kind;
      if (assessment.resources === 0) {
        parts.push(`No ${kind} in this repo uses it (check the other clusters' and instances' resources).`);
      } else if (assessment.affected.length === 0) {
        parts.push(`None of the ${assessment.resources} ${kind} resources in this repo is affected.`);
      } else {
        const shown = assessment.affected
          .slice(0, LISTED_RESOURCES)
          .map(
            (hit) =>
              `${describeResource(hit.resource.ref)} (${hit.resource.file}:${hit.resource.lineOf(hit.path)}: ${hit.reasons.slice(0, 2).join('; ')})`,
          )
          .join('; ');
        const more =
          assessment.affected.length > LISTED_RESOURCES
            ? ` and ${assessment.affected.length - LISTED_RESOURCES} more`
            : '';
        parts.push(
          `In this repo ${assessment.affected.length} of ${assessment.resources} ${kind} resources are affected: ${shown}${more}.`,
        );
      }
    }
  }
  parts.push(...assessment.advice);
  return parts.join(' ');
}
