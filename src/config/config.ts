import { parse as parseYaml } from 'yaml';
import { UserError } from '../errors.js';
import type { KubeVersion } from '../kube-version.js';
import { compareVersions, formatVersion, nextMinor, parseKubeVersion } from '../kube-version.js';
import type { FailOn, Scope, Severity } from '../model.js';
import { FAIL_ON_LEVELS, SCOPES, SEVERITIES } from '../model.js';
import { PathFilter } from '../util/glob.js';

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
}

/** Options as given on the command line or as action inputs: strings, empty when not set. */
export interface RawOptions {
  kubernetesVersion?: string;
  upgradeVersion?: string;
  scope?: string;
  failOn?: string;
  paths?: string[];
  exclude?: string[];
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
];
const IGNORE_KEYS = ['rules', 'kind', 'name', 'namespace', 'path'];

export function parseRepoConfig(text: string, source: string, knownRules: readonly string[]): RepoConfig {
  let data: unknown;
  try {
    data = parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    throw new UserError(`${source}: invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
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
    config.kubernetesVersion = versionField(data.kubernetesVersion, 'kubernetesVersion', fail);
  }
  if (data.upgradeVersion !== undefined) {
    config.upgradeVersion = versionField(data.upgradeVersion, 'upgradeVersion', fail);
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
  return config;
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
  };
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Splits a multi-line or comma-separated input into items. */
export function splitList(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
