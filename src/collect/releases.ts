// Releases declared in `.kube-pr-review.yaml`: a chart (in the repo, or in a Helm repository) with values files.
import type { ReleaseConfig } from '../config/config.js';
import { chartVersionAt, remoteChart } from './argo.js';
import type { SideIndex } from './index-side.js';
import { emptyHelmSpec, helmTarget } from './index-side.js';
import type { ChartSource, Location, RenderTarget, TargetProblem } from './targets.js';

export function releaseTarget(
  release: ReleaseConfig,
  configFile: string,
  index: SideIndex,
  consumed: Set<string>,
): RenderTarget {
  const at = (line: number): Location => ({ file: configFile, line });
  const problems: TargetProblem[] = [];
  let chart: ChartSource;
  let versionAt: Location | undefined;
  if (release.repo !== undefined) {
    chart = remoteChart(release.repo, release.chart, release.version ?? '')!;
    versionAt = at(release.versionLine ?? release.line);
  } else if (release.chart.startsWith('oci://')) {
    chart = { type: 'oci', ref: release.chart, version: release.version ?? '' };
    versionAt = at(release.versionLine ?? release.line);
  } else {
    chart = { type: 'path', path: release.chart };
    consumed.add(release.chart);
    versionAt = chartVersionAt(release.chart, index);
    if (!index.charts.has(release.chart)) {
      problems.push({
        message: `release ${release.name}: '${release.chart}' is not a chart directory (no Chart.yaml) at this commit`,
        at: at(release.chartLine ?? release.line),
        severity: 'error',
      });
    }
  }
  const spec = emptyHelmSpec(chart, release.name, release.namespace ?? 'default');
  release.valuesFiles.forEach((path, i) =>
    spec.valuesFiles.push({ path, at: at(release.valuesFileLines[i] ?? release.line) }),
  );
  if (release.values !== undefined) {
    spec.inlineValues.push({
      text: JSON.stringify(release.values),
      at: at(release.valuesLine ?? release.line),
    });
  }
  return helmTarget(
    {
      id: `release:${release.name}`,
      label: `release ${release.name}`,
      anchor: at(release.line),
      declared: { start: release.line, end: release.endLine ?? release.line },
      ...(versionAt ? { versionAt } : {}),
    },
    spec,
    index,
    problems,
  );
}
