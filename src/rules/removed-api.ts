import {
  entryApiVersion,
  findIntroduction,
  findLifecycle,
  isDeprecatedAt,
  isRemovedAt,
  isUnreleased,
  tableVersion,
} from '../data/api-lifecycle.js';
import type { ApiLifecycle, ApiReplacement } from '../data/api-lifecycle.js';
import { atLeast, compareVersions, formatVersion } from '../kube-version.js';
import type { KubeVersion } from '../kube-version.js';
import type { LineFix, Resource } from '../model.js';
import type { Rule, RuleContext, RuleReport } from './types.js';

export const removedApiRule: Rule = {
  meta: {
    id: 'removed-api',
    description:
      'The apiVersion and kind are not served by the target Kubernetes version: removed, or not yet available.',
    category: 'deprecation',
    defaultSeverity: 'error',
  },
  check(resource, context, report) {
    const entry = findLifecycle(resource.ref.apiVersion, resource.ref.kind);
    if (!entry?.removedIn || !isRemovedAt(entry, context.kubernetesVersion)) {
      reportNotServedYet(resource, context, report);
      return;
    }
    const advice = migrationAdvice(resource, entry, context);
    report({
      message:
        `${describeApi(entry)} is no longer served as of Kubernetes ${entry.removedIn} ` +
        `(target ${formatVersion(context.kubernetesVersion)}). ${advice.text}`,
      path: ['apiVersion'],
      key: 'removed',
      ...(advice.fix ? { fix: advice.fix } : {}),
    });
  },
};

/** An API newer than the cluster: written for a later release than the one it will be applied to. */
function reportNotServedYet(
  resource: Resource,
  context: RuleContext,
  report: (finding: RuleReport) => void,
): void {
  const { apiVersion, kind } = resource.ref;
  const introduction = findIntroduction(apiVersion, kind);
  if (!introduction || atLeast(context.kubernetesVersion, tableVersion(introduction.availableIn))) return;
  const target = formatVersion(context.kubernetesVersion);
  const served = introduction.replaces
    .filter((older) => !isRemovedAt(older, context.kubernetesVersion))
    .map((older) => entryApiVersion(older));
  const instead =
    served.length > 0
      ? `Until the cluster is upgraded, ${target} serves ${kind} as ${[...new Set(served)].join(' or ')}.`
      : `Upgrade the cluster first.`;
  report({
    message:
      `${apiVersion} ${kind} is not served yet by Kubernetes ${target}: it is available from ` +
      `${introduction.availableIn}. ${instead}`,
    path: ['apiVersion'],
    key: 'not-served-yet',
  });
}

export interface MigrationAdvice {
  /** What to use instead, the field changes it needs and behaviour changes, as sentences. */
  text: string;
  /** Present when changing the apiVersion line alone is a complete, safe fix at the current version. */
  fix?: LineFix;
}

export function describeApi(entry: ApiLifecycle): string {
  return `${entryApiVersion(entry)} ${entry.kind}`;
}

/** "removed in 1.25", or "removed in 1.38 (planned)" for a release that is not out yet. */
export function removalPhrase(removedIn: string): string {
  return `removed in ${removedIn}${isUnreleased(removedIn) ? ' (planned)' : ''}`;
}

export function laterVersion(a: KubeVersion, b: KubeVersion): KubeVersion {
  return compareVersions(a, b) >= 0 ? a : b;
}

/** Shared by removed-api and deprecated-api: the replacement to use now, and whether a one-line fix is safe. */
export function migrationAdvice(
  resource: Resource,
  entry: ApiLifecycle,
  context: RuleContext,
): MigrationAdvice {
  const current = context.kubernetesVersion;
  const later = laterVersion(current, context.upgradeVersion);
  const kind = resource.ref.kind;
  const durable = entry.replacement;
  if (!durable) return { text: `No replacement: ${entry.noReplacement ?? 'none is defined'}.` };

  // The replacement can itself be gone by then (extensions/v1beta1 -> policy/v1beta1 PodSecurityPolicy).
  const durableLifecycle = findLifecycle(durable.apiVersion, kind);
  if (durableLifecycle && isRemovedAt(durableLifecycle, later)) {
    const next = migrationAdvice(resource, durableLifecycle, context);
    const removal = removalPhrase(durableLifecycle.removedIn ?? '');
    return { text: `Its replacement ${durable.apiVersion} is itself ${removal}. ${next.text}` };
  }

  const sentences: string[] = [];
  let target: ApiReplacement = durable;
  let migration = entry.migration;
  let notes = entry.notes ?? [];
  let targetServed = true;
  if (isServed(durable, kind, current)) {
    sentences.push(`Use ${durable.apiVersion} (available since ${durable.availableIn}).`);
  } else {
    const interim = entry.interim?.find((step) => isServed(step, kind, current));
    if (interim) {
      sentences.push(
        `Use ${durable.apiVersion} once the cluster runs ${durable.availableIn} or later; ` +
          `${formatVersion(current)} does not serve it, so use ${interim.apiVersion} (available since ${interim.availableIn}) until then.`,
      );
      target = interim;
      migration = interim.migration;
      notes = [];
    } else {
      sentences.push(
        `Use ${durable.apiVersion} (available from ${durable.availableIn}, not served by ${formatVersion(current)}).`,
      );
      targetServed = false;
    }
  }

  const targetLifecycle = findLifecycle(target.apiVersion, kind);
  const targetRemoved = targetLifecycle !== undefined && isRemovedAt(targetLifecycle, later);
  if (targetLifecycle?.removedIn && targetRemoved) {
    sentences.push(`${target.apiVersion} is itself ${removalPhrase(targetLifecycle.removedIn)}.`);
  } else if (targetLifecycle?.deprecatedIn && isDeprecatedAt(targetLifecycle, later)) {
    const removal = targetLifecycle.removedIn ? `, ${removalPhrase(targetLifecycle.removedIn)}` : '';
    sentences.push(
      `${target.apiVersion} is itself deprecated since ${targetLifecycle.deprecatedIn}${removal}.`,
    );
  }
  if (migration.length > 0) sentences.push(`Changes needed: ${migration.join('; ')}.`);
  if (notes.length > 0) sentences.push(`Behaviour changes: ${notes.join('; ')}.`);

  const text = sentences.join(' ');
  const apiVersionOnly = targetServed && !targetRemoved && migration.length === 0;
  if (!apiVersionOnly || !canRewriteApiVersionLine(resource)) return { text };
  return {
    text,
    fix: {
      line: resource.lineOf(['apiVersion']),
      replacement: `apiVersion: ${target.apiVersion}`,
      description: `Change apiVersion to ${target.apiVersion}`,
    },
  };
}

function isServed(replacement: ApiReplacement, kind: string, version: KubeVersion): boolean {
  if (!atLeast(version, tableVersion(replacement.availableIn))) return false;
  const lifecycle = findLifecycle(replacement.apiVersion, kind);
  return lifecycle === undefined || !isRemovedAt(lifecycle, version);
}

/**
 * The fix replaces the whole line with `apiVersion: <new>`, which is only right for a top-level YAML
 * object: JSON lines look different, and objects inside a `kind: List` are indented in a sequence.
 */
function canRewriteApiVersionLine(resource: Resource): boolean {
  return resource.listItem !== true && !resource.file.toLowerCase().endsWith('.json');
}
