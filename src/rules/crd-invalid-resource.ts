import { MAX_SCHEMA_FINDINGS, customResourceProblems, schemaProblem } from '../crd/check-resource.js';
import { findVersion } from '../crd/crd.js';
import { CRD_KINDS, crdIndexOf, findCrdFor, groupKind } from '../crd/crd-index.js';
import { validateCustomResource } from '../crd/validate.js';
import type { KubeObject, Resource } from '../model.js';
import { apiGroup, apiVersionOnly } from '../parse/resource-key.js';
import type { RepoLookup, Rule, RuleReport } from './types.js';
import { isRecord } from '../util/objects.js';

export const crdInvalidResourceRule: Rule = {
  meta: {
    id: 'crd-invalid-resource',
    description:
      'A custom resource does not match the CRD in the repo: its apiVersion is not served, or a field breaks the schema.',
    category: 'crd',
    defaultSeverity: 'error',
    lookupKinds: CRD_KINDS,
  },
  async check(resource, context, report) {
    const found = await findCrdFor(resource, context.repo);
    if (!found) return;
    const problems = customResourceProblems(resource, found);
    for (const problem of problems) report(problem);
    const reported = new Set(
      problems.map((problem) => sameError(problem.path, problem.key.split('|').pop() ?? '')),
    );
    await checkApplicationTemplate(resource, context.repo, (finding) => {
      if (!reported.has(sameError(finding.path ?? [], finding.key?.split('|').pop() ?? ''))) report(finding);
    });
  },
};

/**
 * An Argo CD ApplicationSet stamps out Applications from `spec.template`: the template is checked as the
 * Application it becomes, against the Application CRD (values with `{{ }}` placeholders are not judged). A
 * `templatePatch` can add any field, so a patched template is left alone.
 */
async function checkApplicationTemplate(
  resource: Resource,
  repo: RepoLookup,
  report: (finding: RuleReport) => void,
): Promise<void> {
  const { apiVersion, kind } = resource.ref;
  if (kind !== 'ApplicationSet' || apiGroup(apiVersion) !== 'argoproj.io') return;
  const spec = resource.object.spec;
  if (!isRecord(spec) || !isRecord(spec.template) || spec.templatePatch !== undefined) return;
  const application = crdIndexOf(await repo.resourcesOfKind(CRD_KINDS)).byGroupKind.get(
    groupKind('argoproj.io', 'Application'),
  );
  const version = application && findVersion(application.crd, apiVersionOnly(apiVersion));
  if (!application || !version?.served) return;
  const template = spec.template;
  const generated: KubeObject = {
    apiVersion,
    kind: 'Application',
    metadata: isRecord(template.metadata) ? template.metadata : {},
    ...(template.spec !== undefined ? { spec: template.spec } : {}),
  };
  for (const error of validateCustomResource(generated, version, { maxErrors: MAX_SCHEMA_FINDINGS })) {
    const problem = schemaProblem(error, application.crd, version);
    report({
      ...problem,
      message: `spec.template (the Application it generates): ${problem.message}`,
      path: ['spec', 'template', ...error.path],
      key: `template|${problem.key}`,
    });
  }
}

/** The ApplicationSet's own schema often repeats the Application's: one finding per field and constraint. */
function sameError(path: readonly (string | number)[], constraint: string): string {
  return `${JSON.stringify(path)}|${constraint}`;
}
