// Remote kustomize bases for the tests: cut-down Argo CD and aws-load-balancer-controller CRDs at two versions
// each, as a GitHub repository would hold them (served by GitHubServer.addContents).
import { yaml } from '../helpers/git-repo.js';

/** A small CRD with one served and stored version, `spec` properties as given (YAML at 16 spaces). */
export function crd(group: string, plural: string, kind: string, specProperties: string): string {
  return [
    'apiVersion: apiextensions.k8s.io/v1',
    'kind: CustomResourceDefinition',
    'metadata:',
    `  name: ${plural}.${group}`,
    'spec:',
    `  group: ${group}`,
    `  names: {kind: ${kind}, listKind: ${kind}List, plural: ${plural}, singular: ${kind.toLowerCase()}}`,
    '  scope: Namespaced',
    '  versions:',
    '    - name: v1alpha1',
    '      served: true',
    '      storage: true',
    '      schema:',
    '        openAPIV3Schema:',
    '          type: object',
    '          properties:',
    '            spec:',
    '              type: object',
    '              properties:',
    specProperties.replace(/\n$/, ''),
    '',
  ].join('\n');
}

/** Argo CD's Application CRD, cut down: v3.2 tightens the hydrator's sync path and adds a field. */
export function applicationCrd(version: '3.1' | '3.2'): string {
  const path =
    version === '3.1'
      ? '                        path: {type: string}'
      : "                        path: {type: string, minLength: 1, pattern: '^.{2,}|[^./]$'}";
  return crd(
    'argoproj.io',
    'applications',
    'Application',
    [
      '                project: {type: string}',
      '                sourceHydrator:',
      '                  type: object',
      '                  properties:',
      '                    syncSource:',
      '                      type: object',
      '                      properties:',
      path,
      '                        targetBranch: {type: string}',
      ...(version === '3.2' ? ['                    hydrateTo: {type: object}'] : []),
    ].join('\n'),
  );
}

export const appProjectCrd = crd(
  'argoproj.io',
  'appprojects',
  'AppProject',
  '                description: {type: string}\n',
);

export function argoCd(version: '3.1' | '3.2'): Record<string, string> {
  return {
    'manifests/crds/kustomization.yaml': yaml`
      apiVersion: kustomize.config.k8s.io/v1beta1
      kind: Kustomization
      resources:
        - application-crd.yaml
        - appproject-crd.yaml
    `,
    'manifests/crds/application-crd.yaml': applicationCrd(version),
    'manifests/crds/appproject-crd.yaml': appProjectCrd,
    // Not needed by manifests/crds: never fetched.
    'manifests/install.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata: {name: argocd}\n',
    'README.md': '# Argo CD\n',
  };
}

/** aws-load-balancer-controller's TargetGroupBinding CRD, cut down: v2.13.4 drops a field (breaking). */
export function lbcCrds(withIpAddressType: boolean): Record<string, string> {
  return {
    'helm/aws-load-balancer-controller/crds/crds.yaml': crd(
      'elbv2.k8s.aws',
      'targetgroupbindings',
      'TargetGroupBinding',
      [
        '                targetGroupARN: {type: string}',
        ...(withIpAddressType ? ['                ipAddressType: {type: string}'] : []),
      ].join('\n'),
    ),
  };
}

export const kustomization = (...resources: string[]) =>
  [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'resources:',
    ...resources.map((resource) => `  - ${resource}`),
    '',
  ].join('\n');

/** An Application in the repo that the tightened schema still accepts. */
export const guestbook = yaml`
  apiVersion: argoproj.io/v1alpha1
  kind: Application
  metadata:
    name: guestbook
    namespace: argocd
  spec:
    project: default
    sourceHydrator:
      syncSource:
        path: envs/guestbook
        targetBranch: env/prod
`;
