// A custom resource checked against its CRD: shared by crd-invalid-resource, deprecated-api and the
// CRD upgrade analysis.
import type { FieldPath, LineFix, Resource } from '../model.js';
import { apiGroup, apiVersionOnly } from '../parse/resource-key.js';
import { findVersion, preferredVersion, servedVersionNames } from './crd.js';
import type { Crd, CrdVersion } from './crd.js';
import { findCrdFor } from './crd-index.js';
import type { IndexedCrd } from './crd-index.js';
import type { RepoLookup, RuleReport } from '../rules/types.js';
import { validateCustomResource } from './validate.js';
import type { SchemaError } from './validate.js';

export interface ResourceProblem {
  message: string;
  path: FieldPath;
  /** Stable part of the fingerprint. */
  key: string;
  fix?: LineFix;
}

/** At most this many schema errors become findings per resource; the rest are counted in one more. */
export const MAX_SCHEMA_FINDINGS = 10;
const ERROR_LIMIT = 50;

export function describeCrdVersion(crd: Crd, version: string): string {
  return `${crd.name} ${version}`;
}

function where(found: IndexedCrd): string {
  return `${found.resource.file}:${found.resource.line}`;
}

/** The schema errors of a resource against the version it names, or the version problem. */
export function customResourceProblems(resource: Resource, found: IndexedCrd): ResourceProblem[] {
  const { crd } = found;
  const versionName = apiVersionOnly(resource.ref.apiVersion);
  const version = findVersion(crd, versionName);
  if (!version || !version.served) {
    const served = servedVersionNames(crd);
    const reason = version ? 'is not served by' : 'is not a version of';
    const fix = versionFix(resource, crd);
    return [
      {
        message:
          `${resource.ref.apiVersion} ${reason} CRD ${crd.name} (${where(found)}): the API server answers ` +
          `"no matches for kind ${resource.ref.kind}". Served: ${served.length > 0 ? served.map((name) => `${crd.group}/${name}`).join(', ') : 'none'}.`,
        path: ['apiVersion'],
        key: 'version',
        ...(fix ? { fix } : {}),
      },
    ];
  }
  const errors = validateCustomResource(resource.object, version, { maxErrors: ERROR_LIMIT });
  const problems = errors.slice(0, MAX_SCHEMA_FINDINGS).map((error) => schemaProblem(error, crd, version));
  if (errors.length > MAX_SCHEMA_FINDINGS) {
    const more = errors.length - MAX_SCHEMA_FINDINGS;
    problems.push({
      message: `${more}${errors.length >= ERROR_LIMIT ? ' or more' : ''} more schema error${more === 1 ? '' : 's'} against ${describeCrdVersion(crd, version.name)}`,
      path: [],
      key: 'more-errors',
    });
  }
  return problems;
}

export function schemaProblem(error: SchemaError, crd: Crd, version: CrdVersion): ResourceProblem {
  return {
    message: `${error.field}: ${error.message} [${error.constraint}; CRD ${describeCrdVersion(crd, version.name)}]`,
    path: error.path,
    key: `${error.field}|${error.constraint}`,
  };
}

/** A one-line apiVersion fix, when the preferred version exists and the object validates against it as is. */
export function versionFix(resource: Resource, crd: Crd): LineFix | undefined {
  const target = preferredVersion(crd);
  if (!target || target.name === apiVersionOnly(resource.ref.apiVersion)) return undefined;
  if (resource.listItem === true || resource.file.toLowerCase().endsWith('.json')) return undefined;
  if (validateCustomResource(resource.object, target, { maxErrors: 1 }).length > 0) return undefined;
  const apiVersion = `${apiGroup(resource.ref.apiVersion)}/${target.name}`;
  return {
    line: resource.lineOf(['apiVersion']),
    replacement: `apiVersion: ${apiVersion}`,
    description: `Change apiVersion to ${apiVersion}`,
  };
}

/** The deprecated-api finding for a custom resource whose version its CRD marks deprecated. */
export function crdDeprecation(resource: Resource, found: IndexedCrd): ResourceProblem | undefined {
  const { crd } = found;
  const version = findVersion(crd, apiVersionOnly(resource.ref.apiVersion));
  if (!version?.deprecated || !version.served) return undefined;
  const target = preferredVersion(crd);
  const warning = version.deprecationWarning
    ? `"${version.deprecationWarning}"`
    : `${resource.ref.apiVersion} ${resource.ref.kind} is deprecated`;
  const replacement =
    target && target.name !== version.name
      ? ` Use ${crd.group}/${target.name}${target.storage ? ' (the storage version)' : ''}.`
      : '';
  const fix = versionFix(resource, crd);
  return {
    message: `${warning} (CRD ${crd.name}, ${where(found)}): every request at this version returns a warning, and a later release may remove it.${replacement}`,
    path: ['apiVersion'],
    key: 'crd-deprecated',
    ...(fix ? { fix } : {}),
  };
}

/** deprecated-api for custom resources: the CRD at head marks the resource's version deprecated. */
export async function checkCrdDeprecation(
  resource: Resource,
  repo: RepoLookup,
  report: (finding: RuleReport) => void,
): Promise<void> {
  const found = await findCrdFor(resource, repo);
  const problem = found ? crdDeprecation(resource, found) : undefined;
  if (problem) report({ ...problem, severity: 'notice' });
}
