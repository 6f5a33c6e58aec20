import { isScalar, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { repoPath } from '../collect/paths.js';
import { normalizeRepoUrl } from '../collect/repo-identity.js';
import { parseYamlWithLines } from '../collect/yaml-data.js';
import { DEFAULT_IGNORE_FIELDS, NO_IGNORED_FIELDS, compileFieldMatcher } from '../diff/ignore-fields.js';
import type { FieldMatcher } from '../diff/ignore-fields.js';
import { UserError } from '../errors.js';
import type { KubeVersion } from '../kube-version.js';
import { compareVersions, formatVersion, nextMinor, parseKubeVersion } from '../kube-version.js';
import type { FailOn, Scope, Severity } from '../model.js';
import { FAIL_ON_LEVELS, SCOPES, SEVERITIES } from '../model.js';
import { PathFilter } from '../util/glob.js';
import { isRecord } from '../util/objects.js';

export const DEFAULT_CONFIG_FILE = '.kube-pr-review.yaml';

export interface RuleSetting {
  enabled: boolean;
  severity?: Severity;
}

/** Skips findings: every given field must match (globs on name, namespace and path). */
export interface IgnoreEntry {
  rules?: string[];
  kind?: string;
  name?: string;
  namespace?: string;
  path?: string;
}

/** A Helm release declared in the config file, rendered like an Argo CD Application. */
export interface ReleaseConfig {
  name: string;
  namespace?: string;
  /** A chart directory in the repo; with `repo`, the chart's name there; or an `oci://` reference. */
  chart: string;
  /** An HTTP(S) Helm repository (`index.yaml` + packages) or an `oci://` registry path. */
  repo?: string;
  version?: string;
  /** Repo paths, merged in order. */
  valuesFiles: string[];
  values?: Record<string, unknown>;
  /** Lines in the config file, for findings. */
  line: number;
  endLine?: number;
  chartLine?: number;
  versionLine?: number;
  valuesLine?: number;
  valuesFileLines: number[];
}

/** How changes are rendered; see docs/rendering.md. */
export interface RenderConfig {
  enabled?: boolean;
  timeoutSeconds?: number;
  /** Extra API versions for `.Capabilities.APIVersions` (CRDs installed in the cluster). */
  apiVersions?: string[];
  /** URLs Argo CD and Flux sources use for this repository, besides its git remotes. */
  repoURLs?: string[];
}

export interface DiffConfig {
  ignoreFields: string[];
  defaultIgnoreFields: boolean;
}

/** The repo's `.kube-pr-review.yaml`, validated. */
export interface RepoConfig {
  kubernetesVersion?: KubeVersion;
  upgradeVersion?: KubeVersion;
  failOn?: FailOn;
  scope?: Scope;
  paths: string[];
  exclude: string[];
  rules: Record<string, RuleSetting>;
  ignore: IgnoreEntry[];
  releases?: ReleaseConfig[];
  render?: RenderConfig;
  diff?: DiffConfig;
}

/** Options as given on the command line or as action inputs: strings, empty when not set. */
export interface RawOptions {
  kubernetesVersion?: string;
  upgradeVersion?: string;
  scope?: string;
  failOn?: string;
  paths?: string[];
  exclude?: string[];
  /** Binaries for rendering (never read from the repo's config: the PR must not choose what runs). */
  helm?: string;
  kubectl?: string;
  kustomize?: string;
  /** false: no rendering at all. */
  render?: boolean;
  /** GitHub API access for kustomize remote resources (never read from the repo's config). */
  githubToken?: string;
  githubApiUrl?: string;
}

export const DEFAULT_RENDER_TIMEOUT_SECONDS = 120;

/** Rendering settings after inputs and config are merged. */
export interface RenderSettings {
  enabled: boolean;
  timeoutMs: number;
  apiVersions: string[];
  helmPath?: string;
  kubectlPath?: string;
  kustomizePath?: string;
  /** Releases declared in the config file (the head commit's). */
  releases: ReleaseConfig[];
  /** URLs Argo CD and Flux sources use for this repository, besides its git remotes. */
  repoURLs: string[];
}

/** Everything a run needs to know, after inputs, config file and defaults are merged. */
export interface ReviewOptions {
  kubernetesVersion: KubeVersion;
  upgradeVersion: KubeVersion;
  scope: Scope;
  failOn: FailOn;
  pathFilter: PathFilter;
  rules: Record<string, RuleSetting>;
  ignore: IgnoreEntry[];
  /** Rendering of Helm charts, Kustomize overlays and Argo CD/Flux releases (defaults when absent). */
  render?: RenderSettings;
  /** Fields left out of resource diffs. */
  ignoreFields?: FieldMatcher;
  /** Where kustomize remote resources are read: the GitHub REST API, with this token when there is one. */
  github?: GitHubAccess;
}

/** From the CLI flags or the action's inputs only: the pull request must not choose where a token goes. */
export interface GitHubAccess {
  /** `GITHUB_API_URL`, default https://api.github.com. */
  apiUrl: string;
  token?: string;
}

export const EMPTY_CONFIG: RepoConfig = { paths: [], exclude: [], rules: {}, ignore: [] };

const TOP_LEVEL_KEYS = [
  'kubernetesVersion',
  'upgradeVersion',
  'failOn',
  'scope',
  'paths',
  'exclude',
  'rules',
  'ignore',
  'releases',
  'render',
  'diff',
];
const RELEASE_KEYS = ['name', 'namespace', 'chart', 'repo', 'version', 'valuesFiles', 'values'];
const RENDER_KEYS = ['enabled', 'timeoutSeconds', 'apiVersions', 'repoURLs'];
const DIFF_KEYS = ['ignoreFields', 'defaultIgnoreFields'];
const IGNORE_KEYS = ['rules', 'kind', 'name', 'namespace', 'path'];

export function parseRepoConfig(text: string, source: string, knownRules: readonly string[]): RepoConfig {
  let data: unknown;
  let document: Document.Parsed;
  try {
    document = parseDocument(text);
    if (document.errors[0]) throw document.errors[0];
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new UserError(`${source}: invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  // `kubernetesVersion: 1.30` is the number 1.3 to YAML: read versions as they are written.
  const written = (key: string): unknown => {
    const node = document.get(key, true);
    if (isScalar(node) && typeof node.value === 'number' && node.source) return node.source;
    return (data as Record<string, unknown>)[key];
  };
  if (data === null || data === undefined) return { ...EMPTY_CONFIG };
  const fail = (message: string): never => {
    throw new UserError(`${source}: ${message}`);
  };
  if (!isRecord(data)) return fail('must be a YAML mapping');
  for (const key of Object.keys(data)) {
    if (!TOP_LEVEL_KEYS.includes(key))
      fail(`unknown key '${key}' (known keys: ${TOP_LEVEL_KEYS.join(', ')})`);
  }
  const config: RepoConfig = { ...EMPTY_CONFIG, paths: [], exclude: [], rules: {}, ignore: [] };
  if (data.kubernetesVersion !== undefined) {
    config.kubernetesVersion = versionField(written('kubernetesVersion'), 'kubernetesVersion', fail);
  }
  if (data.upgradeVersion !== undefined) {
    config.upgradeVersion = versionField(written('upgradeVersion'), 'upgradeVersion', fail);
  }
  if (data.failOn !== undefined) config.failOn = enumField(data.failOn, 'failOn', FAIL_ON_LEVELS, fail);
  if (data.scope !== undefined) config.scope = enumField(data.scope, 'scope', SCOPES, fail);
  config.paths = stringList(data.paths, 'paths', fail);
  config.exclude = stringList(data.exclude, 'exclude', fail);

  if (data.rules !== undefined) {
    if (!isRecord(data.rules)) fail(`'rules' must map rule ids to off, on, error, warning or notice`);
    for (const [id, value] of Object.entries(data.rules as Record<string, unknown>)) {
      if (!knownRules.includes(id))
        fail(`unknown rule '${id}' in 'rules' (known rules: ${knownRules.join(', ')})`);
      config.rules[id] = ruleSetting(value, id, fail);
    }
  }
  if (data.ignore !== undefined) {
    if (!Array.isArray(data.ignore)) fail(`'ignore' must be a list of {rules, kind, name, namespace, path}`);
    (data.ignore as unknown[]).forEach((entry, index) => {
      const where = `ignore[${index}]`;
      if (!isRecord(entry)) return fail(`${where} must be a mapping`);
      for (const key of Object.keys(entry)) {
        if (!IGNORE_KEYS.includes(key))
          fail(`unknown key '${key}' in ${where} (known keys: ${IGNORE_KEYS.join(', ')})`);
      }
      const ignore: IgnoreEntry = {};
      if (entry.rules !== undefined) {
        ignore.rules = stringList(entry.rules, `${where}.rules`, fail);
        for (const id of ignore.rules)
          if (!knownRules.includes(id)) fail(`unknown rule '${id}' in ${where}.rules`);
      }
      for (const key of ['kind', 'name', 'namespace', 'path'] as const) {
        if (entry[key] === undefined) continue;
        if (typeof entry[key] !== 'string') fail(`${where}.${key} must be a string`);
        ignore[key] = entry[key] as string;
      }
      if (Object.keys(ignore).length === 0) fail(`${where} is empty: it would ignore everything`);
      config.ignore.push(ignore);
    });
  }
  if (data.releases !== undefined) config.releases = parseReleases(data.releases, text, fail);
  if (data.render !== undefined) config.render = parseRender(data.render, fail);
  if (data.diff !== undefined) config.diff = parseDiff(data.diff, fail);
  return config;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function parseReleases(value: unknown, text: string, fail: (message: string) => never): ReleaseConfig[] {
  if (!Array.isArray(value)) {
    return fail(`'releases' must be a list of {name, chart, repo, version, namespace, valuesFiles, values}`);
  }
  const lines = parseYamlWithLines(text);
  const lineOf = (...path: (string | number)[]) => lines?.lineOf(['releases', ...path]) ?? 1;
  const names = new Set<string>();
  return value.map((entry: unknown, index): ReleaseConfig => {
    const where = `releases[${index}]`;
    if (!isRecord(entry)) return fail(`${where} must be a mapping`);
    for (const key of Object.keys(entry)) {
      if (!RELEASE_KEYS.includes(key))
        fail(`unknown key '${key}' in ${where} (known keys: ${RELEASE_KEYS.join(', ')})`);
    }
    const name = entry.name;
    if (typeof name !== 'string' || !DNS_LABEL.test(name) || name.length > 53) {
      fail(
        `${where}.name must be a release name (lowercase letters, digits and '-', at most 53), got '${String(name)}'`,
      );
    }
    if (names.has(name as string)) fail(`${where}.name '${String(name)}' is declared twice`);
    names.add(name as string);
    if (typeof entry.chart !== 'string' || entry.chart === '')
      fail(`${where}.chart must be a chart path or name`);
    const release: ReleaseConfig = {
      name: name as string,
      chart: entry.chart as string,
      valuesFiles: [],
      line: lineOf(index),
      endLine: lines ? Math.max(lineOf(index), ...Object.keys(entry).map((key) => lineOf(index, key))) : 1,
      chartLine: lineOf(index, 'chart'),
      valuesFileLines: [],
    };
    if (entry.namespace !== undefined) {
      if (typeof entry.namespace !== 'string' || !DNS_LABEL.test(entry.namespace))
        fail(`${where}.namespace must be a namespace name, got '${String(entry.namespace)}'`);
      release.namespace = entry.namespace as string;
    }
    if (entry.repo !== undefined) {
      if (typeof entry.repo !== 'string' || !/^(https?|oci):\/\/[^\s]+$/.test(entry.repo))
        fail(`${where}.repo must be an http://, https:// or oci:// URL, got '${String(entry.repo)}'`);
      release.repo = entry.repo as string;
    }
    if (entry.version !== undefined) {
      if (typeof entry.version !== 'string' && typeof entry.version !== 'number')
        fail(`${where}.version must be a chart version like '1.2.3'`);
      release.version = String(entry.version);
      release.versionLine = lineOf(index, 'version');
    }
    const remote = release.repo !== undefined || release.chart.startsWith('oci://');
    if (remote && release.version === undefined) {
      fail(
        `${where}.version is required for a chart from a repository (a review must render a fixed version)`,
      );
    }
    if (!remote) {
      const path = repoPath(release.chart);
      if (path === undefined || /^[a-z][a-z0-9+.-]*:\/\//i.test(release.chart)) {
        fail(
          `${where}.chart '${release.chart}' must be a directory inside the repository, or a chart name with 'repo'`,
        );
      }
      release.chart = path as string;
    }
    stringList(entry.valuesFiles, `${where}.valuesFiles`, fail).forEach((file, i) => {
      const path = repoPath(file);
      if (path === undefined || path === '')
        fail(`${where}.valuesFiles[${i}] '${file}' is outside the repository`);
      release.valuesFiles.push(path as string);
      release.valuesFileLines.push(lineOf(index, 'valuesFiles', i));
    });
    if (entry.values !== undefined) {
      if (!isRecord(entry.values)) fail(`${where}.values must be a mapping of Helm values`);
      release.values = entry.values as Record<string, unknown>;
      release.valuesLine = lineOf(index, 'values');
    }
    return release;
  });
}

function parseRender(value: unknown, fail: (message: string) => never): RenderConfig {
  if (!isRecord(value)) return fail(`'render' must be a mapping (keys: ${RENDER_KEYS.join(', ')})`);
  for (const key of Object.keys(value)) {
    if (!RENDER_KEYS.includes(key))
      fail(`unknown key '${key}' in render (known keys: ${RENDER_KEYS.join(', ')})`);
  }
  const render: RenderConfig = {};
  if (value.enabled !== undefined) {
    if (typeof value.enabled !== 'boolean') fail(`render.enabled must be true or false`);
    render.enabled = value.enabled as boolean;
  }
  if (value.timeoutSeconds !== undefined) {
    const seconds = value.timeoutSeconds;
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0 || seconds > 3600)
      fail(`render.timeoutSeconds must be a number of seconds between 1 and 3600, got '${String(seconds)}'`);
    render.timeoutSeconds = seconds as number;
  }
  if (value.apiVersions !== undefined) {
    render.apiVersions = stringList(value.apiVersions, 'render.apiVersions', fail);
    for (const version of render.apiVersions) {
      if (!/^([a-z0-9.-]+\/)?v[0-9a-z]+(\/[A-Za-z]+)?$/.test(version))
        fail(`render.apiVersions: '${version}' is not an API version like 'monitoring.coreos.com/v1'`);
    }
  }
  if (value.repoURLs !== undefined) {
    render.repoURLs = stringList(value.repoURLs, 'render.repoURLs', fail);
    for (const url of render.repoURLs) {
      if (normalizeRepoUrl(url) === undefined)
        fail(`render.repoURLs: '${url}' is not a git URL like 'https://github.com/org/repo.git'`);
    }
  }
  return render;
}

function parseDiff(value: unknown, fail: (message: string) => never): DiffConfig {
  if (!isRecord(value)) return fail(`'diff' must be a mapping (keys: ${DIFF_KEYS.join(', ')})`);
  for (const key of Object.keys(value)) {
    if (!DIFF_KEYS.includes(key)) fail(`unknown key '${key}' in diff (known keys: ${DIFF_KEYS.join(', ')})`);
  }
  const diff: DiffConfig = {
    ignoreFields: stringList(value.ignoreFields, 'diff.ignoreFields', fail),
    defaultIgnoreFields: true,
  };
  if (value.defaultIgnoreFields !== undefined) {
    if (typeof value.defaultIgnoreFields !== 'boolean')
      fail(`diff.defaultIgnoreFields must be true or false`);
    diff.defaultIgnoreFields = value.defaultIgnoreFields as boolean;
  }
  try {
    compileFieldMatcher(diff.ignoreFields);
  } catch (error) {
    fail(`diff.ignoreFields: ${(error as Error).message}`);
  }
  return diff;
}

/** The fields diffs leave out: the defaults (unless turned off) and the config's own. */
export function ignoredFields(config: RepoConfig): FieldMatcher {
  const patterns = [
    ...(config.diff?.defaultIgnoreFields === false ? [] : DEFAULT_IGNORE_FIELDS),
    ...(config.diff?.ignoreFields ?? []),
  ];
  return patterns.length === 0 ? NO_IGNORED_FIELDS : compileFieldMatcher(patterns);
}

/** Inputs and flags win over the config file, which wins over the defaults. */
export function resolveOptions(
  raw: RawOptions,
  config: RepoConfig,
  newestKnownRelease: string,
): ReviewOptions {
  const kubernetesVersion = raw.kubernetesVersion
    ? versionField(raw.kubernetesVersion, 'kubernetes-version', failInput)
    : (config.kubernetesVersion ?? parseKubeVersion(newestKnownRelease)!);
  const upgradeVersion = raw.upgradeVersion
    ? versionField(raw.upgradeVersion, 'upgrade-version', failInput)
    : (config.upgradeVersion ?? nextMinor(kubernetesVersion));
  if (compareVersions(upgradeVersion, kubernetesVersion) < 0) {
    failInput(
      `upgrade-version ${formatVersion(upgradeVersion)} is older than kubernetes-version ${formatVersion(kubernetesVersion)}`,
    );
  }
  return {
    kubernetesVersion,
    upgradeVersion,
    scope: raw.scope ? enumField(raw.scope, 'scope', SCOPES, failInput) : (config.scope ?? 'changed'),
    failOn: raw.failOn
      ? enumField(raw.failOn, 'fail-on', FAIL_ON_LEVELS, failInput)
      : (config.failOn ?? 'error'),
    pathFilter: new PathFilter(
      [...config.paths, ...(raw.paths ?? [])],
      [...config.exclude, ...(raw.exclude ?? [])],
    ),
    rules: config.rules,
    ignore: config.ignore,
    render: {
      enabled: raw.render !== false && config.render?.enabled !== false,
      timeoutMs: (config.render?.timeoutSeconds ?? DEFAULT_RENDER_TIMEOUT_SECONDS) * 1000,
      apiVersions: config.render?.apiVersions ?? [],
      ...(raw.helm ? { helmPath: raw.helm } : {}),
      ...(raw.kubectl ? { kubectlPath: raw.kubectl } : {}),
      ...(raw.kustomize ? { kustomizePath: raw.kustomize } : {}),
      releases: config.releases ?? [],
      repoURLs: config.render?.repoURLs ?? [],
    },
    ignoreFields: ignoredFields(config),
    github: {
      apiUrl: githubApiUrl(raw.githubApiUrl),
      ...(raw.githubToken ? { token: raw.githubToken } : {}),
    },
  };
}

function githubApiUrl(value: string | undefined): string {
  if (!value) return 'https://api.github.com';
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    failInput(`the GitHub API URL must be an http(s) URL, got '${value.slice(0, 80)}'`);
  return value.replace(/\/+$/, '');
}

function failInput(message: string): never {
  throw new UserError(message);
}

function versionField(value: unknown, name: string, fail: (message: string) => never): KubeVersion {
  const version =
    typeof value === 'string' || typeof value === 'number' ? parseKubeVersion(String(value)) : undefined;
  if (!version || version.major !== 1) {
    return fail(`'${name}' must be a Kubernetes minor version like '1.33', got '${String(value)}'`);
  }
  return version;
}

function enumField<T extends string>(
  value: unknown,
  name: string,
  allowed: readonly T[],
  fail: (message: string) => never,
): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    return fail(`'${name}' must be one of ${allowed.join(', ')}, got '${String(value)}'`);
  }
  return value as T;
}

function stringList(value: unknown, name: string, fail: (message: string) => never): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    return fail(`'${name}' must be a list of strings`);
  }
  return value as string[];
}

function ruleSetting(value: unknown, id: string, fail: (message: string) => never): RuleSetting {
  if (value === false || value === 'off') return { enabled: false };
  if (value === true || value === 'on') return { enabled: true };
  if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)) {
    return { enabled: true, severity: value as Severity };
  }
  if (isRecord(value)) {
    const setting: RuleSetting = { enabled: value.enabled !== false };
    if (value.severity !== undefined)
      setting.severity = enumField(value.severity, `rules.${id}.severity`, SEVERITIES, fail);
    return setting;
  }
  return fail(`rules.${id} must be off, on, error, warning or notice, got '${String(value)}'`);
}

/** Splits a multi-line or comma-separated input into items. */
export function splitList(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
