import { customResourceProblems } from '../crd/check-resource.js';
import { CRD_KINDS, findCrdFor } from '../crd/crd-index.js';
import type { Rule } from './types.js';

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
    for (const problem of customResourceProblems(resource, found)) report(problem);
  },
};
