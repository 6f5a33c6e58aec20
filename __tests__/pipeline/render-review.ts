// What the rendering tests share: a review of two commits of a temp repo with the real helm and kubectl, and
// the rendered changes of its report in a form an assertion can read.
import { EMPTY_CONFIG, resolveOptions } from '../../src/config/config.js';
import type { RawOptions, RepoConfig } from '../../src/config/config.js';
import type { Report } from '../../src/model.js';
import { runReview, silentLogger } from '../../src/pipeline.js';
import type { TempRepo } from '../helpers/git-repo.js';
import { HELM, KUBECTL } from '../render/helm-repo.js';

/** The review of `repo.commits[from]..repo.commits[to]` against Kubernetes 1.29. */
export const reviewCommits = (
  repo: TempRepo,
  config: RepoConfig = EMPTY_CONFIG,
  raw: RawOptions = {},
  from = 0,
  to = 1,
): Promise<Report> =>
  runReview(
    { repo: repo.dir, base: repo.commits[from]!, head: repo.commits[to]! },
    resolveOptions({ kubernetesVersion: '1.29', helm: HELM, kubectl: KUBECTL, ...raw }, config, '1.36'),
    silentLogger,
  );

/** `type key: path=after, ...` of every rendered change, by target. */
export function renderedValues(report: Report): Record<string, string[]> {
  return renderedBy(report, (fields) =>
    fields.length ? `: ${fields.map((f) => `${f.path}=${JSON.stringify(f.after)}`).join(', ')}` : '',
  );
}

/** `type key: path, ...` of every rendered change, by target. */
export function renderedPaths(report: Report): Record<string, string[]> {
  return renderedBy(report, (fields) => `: ${fields.map((f) => f.path).join(', ')}`);
}

function renderedBy(
  report: Report,
  fieldsText: (fields: Report['changes'][number]['resources'][number]['fields']) => string,
): Record<string, string[]> {
  return Object.fromEntries(
    report.changes
      .filter((group) => group.target !== undefined)
      .map((group) => [
        group.target!,
        group.resources.map((change) => `${change.type} ${change.key}${fieldsText(change.fields)}`),
      ]),
  );
}
