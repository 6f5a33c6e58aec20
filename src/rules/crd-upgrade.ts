// The CRD upgrade analysis over a whole change: each CRD the change edits is compared between base and head,
// with one verdict per CRD, findings on the custom resources it breaks, and the controller/CRD skew check.
import { compareCrds, deepEqual } from '../crd/compare.js';
import type { ChangeClass, CrdComparison } from '../crd/compare.js';
import { isCrdObject, toCrd } from '../crd/crd.js';
import { CRD_KINDS, crdIndexOf } from '../crd/crd-index.js';
import { knownToolForGroup, knownToolForImage, parseImage, parseSemVer } from '../crd/known-tools.js';
import type { KnownTool } from '../crd/known-tools.js';
import { affectedMessage, assessCrdChange, upgradeMessage } from '../crd/upgrade.js';
import type { AnalysisInput, Analyzer, AnalyzerReport } from '../engine/analyzer.js';
import type { FieldPath, Resource, ResourceChange } from '../model.js';
import type { RemoteSource } from '../render/remote.js';
import type { RuleMeta } from './types.js';
import { parseChart } from '../collect/charts.js';
import type { ChartInfo } from '../collect/charts.js';
import { containersOf, podSpecOf } from './workload.js';

export const crdBreakingChangeMeta: RuleMeta = {
  id: 'crd-breaking-change',
  description:
    'A CRD change breaks stored data, clients or custom resources: a CRD, version or field removed, a type changed, a field newly required, an enum narrowed.',
  category: 'crd',
  defaultSeverity: 'error',
};

export const crdRiskyChangeMeta: RuleMeta = {
  id: 'crd-risky-change',
  description:
    'A CRD change may fail some custom resources (tightened validation, CEL rules, defaults, storage version), or a controller is upgraded without its CRDs.',
  category: 'crd',
  defaultSeverity: 'warning',
};

export const crdChangeMeta: RuleMeta = {
  id: 'crd-change',
  description:
    'A CRD changes only in safe ways (fields, versions or CRDs added, validation relaxed, descriptions), or does not differ at all.',
  category: 'crd',
  defaultSeverity: 'notice',
};

const RULE_OF_CLASS: Readonly<Record<ChangeClass, string>> = {
  breaking: crdBreakingChangeMeta.id,
  risky: crdRiskyChangeMeta.id,
  safe: crdChangeMeta.id,
};

export const crdUpgradeAnalyzer: Analyzer = {
  metas: [crdBreakingChangeMeta, crdRiskyChangeMeta, crdChangeMeta],
  async analyze(input, report) {
    if (input.mode !== 'review') return;
    const changedTools = new Set<string>();
    const bumps = imageBumps(input.changes);
    const base = crdsByName(input.baseResources);
    const head = crdsByName(input.headResources);
    const names = [...new Set([...base.keys(), ...head.keys()])].sort();
    for (const name of names) {
      const oldResource = base.get(name);
      let newResource = head.get(name);
      // removed from the changed files but still defined elsewhere in the repo
      if (!newResource)
        newResource = crdIndexOf(await input.repo.resourcesOfKind(CRD_KINDS)).byName.get(name)?.resource;
      if (oldResource && newResource && deepEqual(oldResource.object, newResource.object)) continue;
      const comparison = compareCrds(
        oldResource ? toCrd(oldResource.object) : undefined,
        newResource ? toCrd(newResource.object) : undefined,
      );
      const crd = comparison.new ?? comparison.old;
      if (!crd) continue;
      const tool = knownToolForGroup(crd.group);
      if (tool) changedTools.add(tool.id);
      const bump = tool ? bumps.find((candidate) => candidate.tool === tool) : undefined;
      const sides =
        remoteRefs(oldResource, newResource) ??
        (bump
          ? `${tool!.name} ${bump.from} and ${bump.to} (image tags)`
          : ((await chartVersions(input, (newResource ?? oldResource)!.file)) ??
            between(oldResource, newResource)));
      await reportCrdChange(input, comparison, oldResource, newResource, tool, sides, report);
    }
    await reportControllerSkew(input, bumps, changedTools, report);
    reportUnchangedCrds(input, report);
  },
};

/**
 * A chart bump whose CRDs render the same at both versions: the safe case the upgrade advice depends on, so it
 * is said plainly, on the version line.
 */
function reportUnchangedCrds(input: AnalysisInput, report: (finding: AnalyzerReport) => void): void {
  for (const bump of input.chartBumps ?? []) {
    if (bump.changedCrds > 0 || bump.unchangedCrds.length === 0) continue;
    const count = bump.unchangedCrds.length;
    report({
      ruleId: crdChangeMeta.id,
      message:
        `No CRD difference between ${bump.chart} ${bump.from} and ${bump.to} (${bump.target}): its ` +
        `${count} CRD${count === 1 ? '' : 's'} (${bump.unchangedCrds.join(', ')}) render the same at both versions. ` +
        'Upgrading in place leaves every custom resource of every instance in the cluster as it is.',
      file: bump.file,
      line: bump.line,
      key: `no-crd-difference/${bump.target}/${bump.from}/${bump.to}`,
    });
  }
}

function crdsByName(resources: readonly Resource[]): Map<string, Resource> {
  const byName = new Map<string, Resource>();
  for (const resource of resources) {
    if (!isCrdObject(resource.object)) continue;
    const name = resource.object.metadata?.name;
    if (typeof name === 'string' && !byName.has(name)) byName.set(name, resource);
  }
  return byName;
}

async function reportCrdChange(
  input: AnalysisInput,
  comparison: CrdComparison,
  oldResource: Resource | undefined,
  newResource: Resource | undefined,
  tool: KnownTool | undefined,
  sides: string,
  report: (finding: AnalyzerReport) => void,
): Promise<void> {
  const crd = comparison.new ?? comparison.old;
  const repoResources = crd ? await input.repo.resourcesOfKind([crd.kind]) : [];
  const assessment = assessCrdChange(comparison, repoResources);
  const at = newResource ?? oldResource!;
  const note = tool?.id === 'aws-load-balancer-controller' ? undefined : await helmCrdsNote(input, at.file);
  if (note && comparison.changes.length > 0) assessment.advice.push(note);
  const worst = assessment.worst ?? 'safe';
  const message = upgradeMessage(comparison, assessment, sides);
  const first = comparison.changes.find((change) => change.newPath);
  const line = newResource
    ? first?.newPath
      ? newResource.lineOf(first.newPath)
      : newResource.line
    : oldResource!.line;
  report({
    ruleId: RULE_OF_CLASS[worst],
    message,
    file: at.file,
    line,
    resource: at.ref,
    key: `crd/${comparison.crd}`,
  });

  // Custom resources the crd-invalid-resource rule does not look at in this review (files the change does not touch).
  const checked = checkedByRules(input);
  const where = `${at.file}:${at.line}`;
  for (const hit of assessment.affected) {
    const ruleId = RULE_OF_CLASS[hit.class];
    if (!hit.ownFinding || checked(hit.resource)) continue;
    report({
      ruleId,
      message: affectedMessage(hit, comparison.crd, where),
      file: hit.resource.file,
      line: hit.resource.lineOf(hit.path),
      resource: hit.resource.ref,
      subject: hit.resource,
      key: `affected/${comparison.crd}/${hit.resource.key}`,
    });
  }
}

/** The resources that the resource rules (crd-invalid-resource) check in this review, by scope. */
function checkedByRules(input: AnalysisInput): (resource: Resource) => boolean {
  const scope = input.options.scope;
  if (scope === 'all') return () => true;
  if (scope === 'files') {
    const files = new Set(input.headResources);
    return (resource) => files.has(resource);
  }
  const changed = new Set(
    input.changes
      .filter((change) => change.type === 'added' || change.type === 'modified')
      .map((change) => change.head)
      .filter((resource): resource is Resource => resource !== undefined),
  );
  return (resource) => changed.has(resource);
}

const VERSION_LABELS = ['app.kubernetes.io/version', 'helm.sh/chart'];

/**
 * "v3.1.16 and v3.2.12 (kustomize remote resource github.com/argoproj/argo-cd/manifests/crds)": the CRD was
 * rendered from a kustomize remote resource whose `?ref=` (or raw URL ref) the change moves.
 */
function remoteRefs(
  oldResource: Resource | undefined,
  newResource: Resource | undefined,
): string | undefined {
  const before = remoteOf(oldResource);
  const after = remoteOf(newResource);
  if (!before || !after || before.ref === after.ref) return undefined;
  const ref = (value: string | undefined) => value ?? 'the default branch';
  const where =
    before.location === after.location
      ? `kustomize remote resource ${after.location}`
      : `kustomize remote resources ${before.location} and ${after.location}`;
  return `${ref(before.ref)} and ${ref(after.ref)} (${where})`;
}

/** Rendered resources from a kustomize remote resource say where it was (see RenderedResource). */
function remoteOf(resource: Resource | undefined): RemoteSource | undefined {
  return (resource as { remote?: RemoteSource } | undefined)?.remote;
}

/** "argo-cd-7.8.0 and argo-cd-7.8.1" from labels, else the files, else "base and head". */
function between(oldResource: Resource | undefined, newResource: Resource | undefined): string {
  if (oldResource && newResource) {
    for (const label of VERSION_LABELS) {
      const before = oldResource.object.metadata?.labels?.[label];
      const after = newResource.object.metadata?.labels?.[label];
      if (typeof before === 'string' && typeof after === 'string' && before !== after)
        return `${before} and ${after}`;
    }
    if (oldResource.file !== newResource.file)
      return `${oldResource.file} (base) and ${newResource.file} (head)`;
  }
  return 'base and head';
}

/** The chart a CRD file belongs to (`<chart>/crds/…` or `<chart>/templates/…`), and its version at each side. */
async function chartVersions(input: AnalysisInput, file: string): Promise<string | undefined> {
  const match = /^(.*\/)?(?:crds|templates)\//.exec(file);
  if (!match) return undefined;
  const chartFile = `${match[1] ?? ''}Chart.yaml`;
  const read = async (side: 'base' | 'head') => {
    const text = await input.readFile(side, chartFile);
    return text === undefined ? undefined : parseChart(chartFile, text);
  };
  const [before, after] = await Promise.all([read('base'), read('head')]);
  if (!before || !after || before.version === '' || before.version === after.version) return undefined;
  const app = (chart: ChartInfo) => (chart.appVersion ? ` (app ${chart.appVersion})` : '');
  return `chart ${after.name} ${before.version}${app(before)} and ${after.version}${app(after)}`;
}

/** A CRD file in a chart's crds/ directory: Helm installs it once and never upgrades it. */
async function helmCrdsNote(input: AnalysisInput, file: string): Promise<string | undefined> {
  const match = /^(.*\/)?crds\//.exec(file);
  if (!match) return undefined;
  const chartDir = match[1] ?? '';
  if ((await input.readFile('head', `${chartDir}Chart.yaml`)) === undefined) return undefined;
  return `${file} is in the crds/ directory of the Helm chart ${chartDir || '.'}: helm install creates these CRDs but helm upgrade never changes them (apply them yourself); Argo CD applies them on sync, Flux only with upgrade.crds: CreateReplace.`;
}

// ---- controller/CRD skew ----

interface ImageBump {
  tool: KnownTool;
  resource: Resource;
  path: FieldPath;
  repository: string;
  from: string;
  to: string;
}

/** The images of a workload's containers, by container, with the path of each `image:` field. */
function containerImages(resource: Resource): Map<string, { image: string; path: FieldPath }> {
  const images = new Map<string, { image: string; path: FieldPath }>();
  const pod = podSpecOf(resource);
  if (!pod) return images;
  for (const ref of containersOf(pod, ['initContainer', 'container'])) {
    const image = ref.container.image;
    if (typeof image === 'string')
      images.set(`${ref.kind}/${ref.name}`, { image, path: [...ref.path, 'image'] });
  }
  return images;
}

export function imageBumps(changes: readonly ResourceChange[]): ImageBump[] {
  const bumps: ImageBump[] = [];
  for (const change of changes) {
    if (change.type !== 'modified' || !change.base || !change.head) continue;
    const before = containerImages(change.base);
    if (before.size === 0) continue;
    for (const [name, after] of containerImages(change.head)) {
      const old = before.get(name);
      if (!old || old.image === after.image) continue;
      const oldImage = parseImage(old.image);
      const newImage = parseImage(after.image);
      const tool = knownToolForImage(newImage.repository);
      if (!tool || !knownToolForImage(oldImage.repository) || !oldImage.tag || !newImage.tag) continue;
      if (oldImage.tag === newImage.tag) continue;
      bumps.push({
        tool,
        resource: change.head,
        path: after.path,
        repository: newImage.repository,
        from: oldImage.tag,
        to: newImage.tag,
      });
    }
  }
  return bumps;
}

async function reportControllerSkew(
  input: AnalysisInput,
  bumps: readonly ImageBump[],
  changedTools: ReadonlySet<string>,
  report: (finding: AnalyzerReport) => void,
): Promise<void> {
  const byTool = new Map<string, ImageBump[]>();
  for (const bump of bumps) {
    if (changedTools.has(bump.tool.id)) continue;
    const list = byTool.get(bump.tool.id) ?? [];
    list.push(bump);
    byTool.set(bump.tool.id, list);
  }
  for (const list of byTool.values()) {
    const first = list[0]!;
    const { tool } = first;
    const from = parseSemVer(first.from);
    const to = parseSemVer(first.to);
    const patchOnly =
      from !== undefined && to !== undefined && from.major === to.major && from.minor === to.minor;
    const workloads = new Set(list.map((bump) => bump.resource.key)).size;
    const index = crdIndexOf(await input.repo.resourcesOfKind(CRD_KINDS));
    const inRepo = [...index.byName.values()].filter((entry) => tool.groups.includes(entry.crd.group));
    const repoNote =
      inRepo.length > 0
        ? ` The ${tool.name} CRDs in this repo (${[...new Set(inRepo.map((entry) => entry.resource.file))].join(', ')}) are unchanged.`
        : '';
    const message = patchOnly
      ? `${tool.name} moves from ${first.from} to ${first.to} (${workloads} workload${workloads === 1 ? '' : 's'}) with no CRD change: patch releases usually keep their CRDs, but check (kube-pr-review crd-diff) and upgrade them with the controller if they differ: ${tool.upgradeCommand(first.to)}.${repoNote}`
      : `${tool.name} moves from ${first.from} to ${first.to} (${workloads} workload${workloads === 1 ? '' : 's'}) but its CRDs do not change here: the new controller would run against the old CRDs, and the API server drops the fields they do not know (controller/CRD skew). Upgrade the CRDs with the controller: ${tool.upgradeCommand(first.to)}.${repoNote}`;
    report({
      ruleId: patchOnly ? crdChangeMeta.id : crdRiskyChangeMeta.id,
      message,
      file: first.resource.file,
      line: first.resource.lineOf(first.path),
      resource: first.resource.ref,
      key: `skew/${tool.id}`,
    });
  }
}
