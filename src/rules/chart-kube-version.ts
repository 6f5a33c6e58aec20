import type { Analyzer } from '../engine/analyzer.js';
import { formatVersion } from '../kube-version.js';
import type { KubeVersion } from '../kube-version.js';
import type { RuleMeta } from './types.js';
import { ignoredInText, topLevelValue } from './workload.js';

export const chartKubeVersionMeta: RuleMeta = {
  id: 'chart-kube-version',
  description: "A Helm chart's kubeVersion constraint excludes the target Kubernetes version.",
  category: 'upgradability',
  defaultSeverity: 'error',
};

const CHART_FILE = /(^|\/)Chart\.yaml$/;
const CONFIG_FILE = /(^|\/)\.kube-pr-review\.ya?ml$/;

/**
 * Chart.yaml holds no Kubernetes object, so this is a whole-change check: the changed and added
 * Chart.yaml files in a review; every Chart.yaml in an audit, for scope `all`, and when the change moves
 * the target version in the config file (when the run gives `headFiles`).
 */
export const chartKubeVersionAnalyzer: Analyzer = {
  metas: [chartKubeVersionMeta],
  async analyze(input, report) {
    const paths = new Set<string>();
    for (const file of input.changedFiles) {
      if (file.status !== 'deleted' && CHART_FILE.test(file.path)) paths.add(file.path);
    }
    const everyChart =
      input.mode === 'audit' ||
      input.options.scope === 'all' ||
      input.changedFiles.some((file) => CONFIG_FILE.test(file.path));
    if (everyChart && input.headFiles) {
      for (const path of await input.headFiles()) if (CHART_FILE.test(path)) paths.add(path);
    }
    const { kubernetesVersion, upgradeVersion } = input.options;
    for (const path of [...paths].sort()) {
      const text = await input.readFile('head', path);
      if (text === undefined || ignoredInText(text, chartKubeVersionMeta.id)) continue;
      const kubeVersion = topLevelValue(text, 'kubeVersion');
      if (!kubeVersion || kubeVersion.value === null || kubeVersion.value === '') continue;
      const constraintText = String(kubeVersion.value);
      const name = topLevelValue(text, 'name')?.value;
      const chart = typeof name === 'string' ? `Chart '${name}'` : 'The chart';
      const at = { ruleId: chartKubeVersionMeta.id, file: path, line: kubeVersion.line, key: 'kubeVersion' };
      const constraint = parseConstraint(constraintText);
      if (!constraint) {
        report({
          ...at,
          message:
            `${chart} has kubeVersion '${constraintText}', which is not a semver constraint Helm can read: ` +
            'helm install and upgrade refuse the chart. Write it like `>= 1.25.0-0 < 1.34.0-0`.',
        });
        continue;
      }
      const target = formatVersion(kubernetesVersion);
      if (!allowsMinor(constraint, kubernetesVersion)) {
        report({
          ...at,
          message:
            `${chart} requires kubeVersion '${constraintText}', which excludes Kubernetes ${target} (the target): ` +
            `helm install and upgrade fail with "incompatible with Kubernetes". Use a chart version that ` +
            `supports ${target}, or widen kubeVersion if you maintain the chart.`,
        });
      } else if (!allowsMinor(constraint, upgradeVersion)) {
        const upgrade = formatVersion(upgradeVersion);
        report({
          ...at,
          severity: 'warning',
          message:
            `${chart} requires kubeVersion '${constraintText}', which accepts ${target} but excludes ` +
            `${upgrade} (the upgrade target): after the upgrade, helm upgrade fails with "incompatible with ` +
            `Kubernetes". Move to a chart version that supports ${upgrade} before upgrading the cluster.`,
        });
      }
    }
  },
};

// ---- Helm's kubeVersion constraints (Masterminds semver v3), evaluated for release versions ----

type Operator = '' | '=' | '!=' | '>' | '<' | '>=' | '=>' | '<=' | '=<' | '~' | '~>' | '^';

export interface Comparator {
  operator: Operator;
  major: number;
  minor: number;
  patch: number;
  /** The constraint's version has a pre-release part (`1.22.0-0`): it sorts just below the release. */
  prerelease: boolean;
  /** `1`, `1.x`, `*`: the minor (and patch) is a wildcard. */
  minorDirty: boolean;
  /** `1.2`, `1.2.x`: the patch is a wildcard. */
  patchDirty: boolean;
  /** Some part is a wildcard (including `*` for the major). */
  dirty: boolean;
}

/** OR-ed groups of AND-ed comparators. */
export type Constraint = Comparator[][];

const VERSION =
  'v?([0-9xX*]+)(\\.[0-9xX*]+)?(\\.[0-9xX*]+)?(-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?';
const OPERATOR = '(!=|>=|=>|<=|=<|~>|>|<|=|~|\\^)?';
const RANGE = new RegExp(
  `\\s*(${VERSION.replace(/\((?!\?)/g, '(?:')})\\s+-\\s+(${VERSION.replace(/\((?!\?)/g, '(?:')})\\s*`,
  'g',
);
const VALID_GROUP = new RegExp(
  `^\\s*${OPERATOR}\\s*${VERSION}\\s*((\\s+|,\\s*)${OPERATOR}\\s*${VERSION}\\s*)*$`,
);
const COMPARATOR = new RegExp(`${OPERATOR}\\s*${VERSION}`, 'g');

const isWildcard = (part: string | undefined) => part === 'x' || part === 'X' || part === '*';

/** Parses a constraint as Helm does; undefined when Helm would reject it. */
export function parseConstraint(text: string): Constraint | undefined {
  // `1.20 - 1.28` is `>= 1.20, <= 1.28`.
  const rewritten = text.replace(RANGE, (_match, low: string, high: string) => ` >= ${low}, <= ${high} `);
  const groups: Constraint = [];
  for (const group of rewritten.split('||')) {
    if (!VALID_GROUP.test(group)) return undefined;
    const comparators: Comparator[] = [];
    for (const match of group.matchAll(COMPARATOR)) {
      const comparator = toComparator(match);
      if (!comparator) return undefined;
      comparators.push(comparator);
    }
    groups.push(comparators);
  }
  return groups;
}

function toComparator(match: RegExpMatchArray): Comparator | undefined {
  const operator = (match[1] ?? '') as Operator;
  const [majorText, minorPart, patchPart, prerelease] = [match[2], match[3], match[4], match[5]];
  const minorText = minorPart?.slice(1);
  const patchText = patchPart?.slice(1);
  const comparator: Comparator = {
    operator,
    major: 0,
    minor: 0,
    patch: 0,
    prerelease: prerelease !== undefined,
    minorDirty: false,
    patchDirty: false,
    dirty: false,
  };
  if (majorText === undefined || isWildcard(majorText)) {
    comparator.dirty = true;
    return comparator;
  }
  comparator.major = Number(majorText);
  if (minorText === undefined || isWildcard(minorText)) {
    comparator.dirty = comparator.minorDirty = true;
  } else {
    comparator.minor = Number(minorText);
    if (patchText === undefined || isWildcard(patchText)) comparator.dirty = comparator.patchDirty = true;
    else comparator.patch = Number(patchText);
  }
  const numbers = [comparator.major, comparator.minor, comparator.patch];
  return numbers.every(Number.isSafeInteger) ? comparator : undefined;
}

interface Release {
  major: number;
  minor: number;
  patch: number;
}

/** Release `v` against the comparator's version; a pre-release sorts just below its release. */
function compare(v: Release, c: Comparator): number {
  return v.major - c.major || v.minor - c.minor || v.patch - c.patch || (c.prerelease ? 1 : 0);
}

/** One comparator, as Masterminds semver v3 checks a release version (no pre-release of its own). */
function satisfies(v: Release, c: Comparator): boolean {
  switch (c.operator) {
    case '':
    case '=':
      return c.dirty ? tilde(v, c) : compare(v, c) === 0;
    case '!=':
      if (!c.dirty) return compare(v, c) !== 0;
      if (c.major !== v.major) return true;
      if (c.minorDirty) return false;
      if (c.minor !== v.minor) return true;
      return c.prerelease;
    case '>':
      if (!c.dirty) return compare(v, c) > 0;
      if (v.major !== c.major) return v.major > c.major;
      if (c.minorDirty) return false;
      if (c.patchDirty) return v.minor > c.minor;
      return compare(v, c) > 0;
    case '<':
      return compare(v, c) < 0;
    case '>=':
    case '=>':
      return compare(v, c) >= 0;
    case '<=':
    case '=<':
      if (!c.dirty) return compare(v, c) <= 0;
      if (v.major > c.major) return false;
      return !(v.major === c.major && v.minor > c.minor && !c.minorDirty);
    case '~':
    case '~>':
      return tilde(v, c);
    case '^':
      if (compare(v, c) < 0) return false;
      if (c.major > 0 || c.minorDirty) return v.major === c.major;
      // ^0.y.z only accepts 0.y.*; a Kubernetes version always has major 1.
      return v.major === 0 && v.minor === c.minor;
  }
}

function tilde(v: Release, c: Comparator): boolean {
  if (compare(v, c) < 0) return false;
  if (c.major === 0 && c.minor === 0 && c.patch === 0 && !c.minorDirty && !c.patchDirty) return true;
  if (v.major !== c.major) return false;
  return c.minorDirty || v.minor === c.minor;
}

/**
 * True when some release of the minor version (1.29.0, 1.29.1, ...) satisfies the constraint. A
 * comparator changes its answer only around the patch it names, so a few patches decide it exactly.
 */
export function allowsMinor(constraint: Constraint, version: KubeVersion): boolean {
  const patches = new Set([0, Number.MAX_SAFE_INTEGER]);
  for (const group of constraint) {
    for (const c of group) {
      if (c.major !== version.major || c.minor !== version.minor) continue;
      for (const patch of [c.patch - 1, c.patch, c.patch + 1]) if (patch >= 0) patches.add(patch);
    }
  }
  return [...patches].some((patch) =>
    constraint.some((group) => group.every((c) => satisfies({ ...version, patch }, c))),
  );
}
