// What kube-pr-review knows about the CRDs of tools people upgrade often: where each release keeps its CRDs,
// how chart and app versions map, how the CRDs reach the cluster, and the traps of each.
import type { Crd } from './crd.js';

export type KnownToolId = 'argo-cd' | 'aws-load-balancer-controller';

export interface CrdSource {
  /** GitHub repository (owner/name). */
  repo: string;
  /** Files or directories at the tag, relative to the repo root. */
  paths: readonly string[];
  /** A kustomize remote base for `kubectl apply -k`, where one exists. */
  kustomize?: string;
}

export interface KnownTool {
  id: KnownToolId;
  name: string;
  /** API groups whose CRDs the tool ships. */
  groups: readonly string[];
  /** Matches the image repository (without tag) of the tool's controller. */
  image: RegExp;
  /** Where the CRDs of an app version (`v3.1.0`) live upstream. */
  crdSources(appVersion: string): CrdSource[];
  /** The app version of a chart version, when the mapping is a rule (undefined when it is not). */
  appVersionOfChart(chartVersion: string): string | undefined;
  /** The command that upgrades the CRDs to an app version. */
  upgradeCommand(appVersion: string): string;
  /** Facts worth saying whenever the tool's CRDs change. */
  facts(crd: Crd, sizeBytes: number): string[];
}

/** Client-side `kubectl apply` keeps the whole object in this annotation, limited to 256 KiB. */
export const LAST_APPLIED_LIMIT_BYTES = 262144;

interface SemVer {
  major: number;
  minor: number;
  patch: number;
}

export function parseSemVer(text: string): SemVer | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(text.trim());
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

export const ARGO_CD: KnownTool = {
  id: 'argo-cd',
  name: 'Argo CD',
  groups: ['argoproj.io'],
  image: /(^|\/)argoproj\/argocd$/,
  crdSources(appVersion) {
    const version = parseSemVer(appVersion);
    // Before v2.4 the ApplicationSet CRD was not in manifests/crds (v2.3 pulled it into install.yaml).
    if (version && version.major === 2 && version.minor < 4)
      return [{ repo: 'argoproj/argo-cd', paths: ['manifests/install.yaml'] }];
    return [
      {
        repo: 'argoproj/argo-cd',
        paths: [
          'manifests/crds/application-crd.yaml',
          'manifests/crds/applicationset-crd.yaml',
          'manifests/crds/appproject-crd.yaml',
        ],
        kustomize: `https://github.com/argoproj/argo-cd/manifests/crds?ref=${appVersion}`,
      },
    ];
  },
  // argo-helm's chart versions follow their own line; the chart's Chart.yaml appVersion tells.
  appVersionOfChart: () => undefined,
  upgradeCommand: (appVersion) =>
    `kubectl apply --server-side --force-conflicts -k "https://github.com/argoproj/argo-cd/manifests/crds?ref=${appVersion}"`,
  facts(crd, sizeBytes) {
    const facts = [
      'Argo CD CRDs are shared by every Argo CD instance in the cluster, namespaced installs included: upgrading them for one instance changes them for all.',
      'The argo-cd Helm chart (argo-helm, 5.2.0 and later) keeps its CRDs in templates/ and upgrades them with the release; Argo CD itself applies chart CRDs on sync.',
    ];
    if (crd.name === 'applicationsets.argoproj.io' && sizeBytes > LAST_APPLIED_LIMIT_BYTES) {
      facts.push(
        `The ApplicationSet CRD (${sizeBytes} bytes as JSON) exceeds the ${LAST_APPLIED_LIMIT_BYTES}-byte limit of client-side apply since v3.3 ("metadata.annotations: Too long"): apply it server-side, and give a self-managed Argo CD syncOptions: [ServerSideApply=true].`,
      );
    }
    return facts;
  },
};

export const AWS_LOAD_BALANCER_CONTROLLER: KnownTool = {
  id: 'aws-load-balancer-controller',
  name: 'AWS Load Balancer Controller',
  groups: ['elbv2.k8s.aws', 'gateway.k8s.aws', 'aga.k8s.aws'],
  image: /(^|\/)(eks\/|amazon\/)?aws-load-balancer-controller$/,
  crdSources(appVersion) {
    const version = parseSemVer(appVersion);
    const paths = ['helm/aws-load-balancer-controller/crds/crds.yaml'];
    const atLeast = (major: number, minor: number, patch = 0) =>
      version !== undefined && (version.major - major || version.minor - minor || version.patch - patch) >= 0;
    if (atLeast(2, 13, 4)) paths.push('helm/aws-load-balancer-controller/crds/gateway-crds.yaml');
    if (atLeast(2, 14, 1) && !atLeast(2, 17, 1))
      paths.push('helm/aws-load-balancer-controller/crds/aga-crds.yaml');
    return [
      {
        repo: 'kubernetes-sigs/aws-load-balancer-controller',
        paths,
        // the chart's crds/kustomization.yaml lists crds.yaml only: no Gateway CRDs this way
        kustomize: `github.com/kubernetes-sigs/aws-load-balancer-controller//helm/aws-load-balancer-controller/crds?ref=${appVersion}`,
      },
    ];
  },
  appVersionOfChart(chartVersion) {
    const version = parseSemVer(chartVersion);
    if (!version) return undefined;
    if (version.major === 1) return `v2.${version.minor}.${version.patch}`;
    if (version.major >= 3) return `v${version.major}.${version.minor}.${version.patch}`;
    return undefined;
  },
  upgradeCommand: (appVersion) =>
    `kubectl apply --server-side -f https://raw.githubusercontent.com/kubernetes-sigs/aws-load-balancer-controller/${appVersion}/helm/aws-load-balancer-controller/crds/crds.yaml` +
    ` (and gateway-crds.yaml when you use the Gateway API)`,
  facts(crd) {
    const facts = [
      'The aws-load-balancer-controller chart keeps its CRDs in crds/: `helm install` creates them, `helm upgrade` never upgrades them (apply them yourself); Argo CD applies them on sync, Flux only with upgrade.crds: CreateReplace.',
      "The chart's crds/kustomization.yaml lists crds.yaml only: a kustomize install leaves out the Gateway CRDs (gateway-crds.yaml).",
    ];
    if (crd.name === 'ingressclassparams.elbv2.k8s.aws')
      facts.push(
        'IngressClassParams is cluster-scoped and shared by every IngressClass and ALB group: a change reaches every ALB in the cluster.',
      );
    return facts;
  },
};

export const KNOWN_TOOLS: readonly KnownTool[] = [ARGO_CD, AWS_LOAD_BALANCER_CONTROLLER];

export function knownToolForGroup(group: string): KnownTool | undefined {
  return KNOWN_TOOLS.find((tool) => tool.groups.includes(group));
}

export function knownToolForImage(repository: string): KnownTool | undefined {
  return KNOWN_TOOLS.find((tool) => tool.image.test(repository));
}

export interface ImageRef {
  repository: string;
  tag?: string;
  digest?: string;
}

/** `quay.io/argoproj/argocd:v3.1.0@sha256:…` -> repository, tag and digest. */
export function parseImage(image: string): ImageRef {
  let rest = image.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const colon = rest.lastIndexOf(':');
  const slash = rest.lastIndexOf('/');
  if (colon > slash) {
    return { repository: rest.slice(0, colon), tag: rest.slice(colon + 1), ...(digest ? { digest } : {}) };
  }
  return { repository: rest, ...(digest ? { digest } : {}) };
}
