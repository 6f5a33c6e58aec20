import type { RuleMeta } from './types.js';

/**
 * Reported by the pipeline itself when a Helm chart, Kustomize overlay or release that the change affects
 * cannot be rendered (helm's or kustomize's own message, on the file it is about); not a per-resource check.
 */
export const renderErrorMeta: RuleMeta = {
  id: 'render-error',
  description:
    'A Helm chart, Kustomize overlay, Argo CD Application or Flux HelmRelease that the change affects cannot be rendered.',
  category: 'rendering',
  defaultSeverity: 'error',
};
