import { createHash } from 'node:crypto';
import type { IgnoreEntry, ReviewOptions } from '../config/config.js';
import { ruleHelpUri } from '../meta.js';
import type { Finding, ParseProblem, Resource, ResourceChange } from '../model.js';
import { parseErrorMeta } from '../rules/parse-error.js';
import type { Rule, RuleContext, RuleReport } from '../rules/types.js';
import { globToRegExp, nameMatches } from '../util/glob.js';

/** A resource to check, with the change that brought it (reviews) or none (audits, scope `files`/`all`). */
export interface CheckSubject {
  resource: Resource;
  change?: ResourceChange;
}

export function checkResources(
  subjects: Iterable<CheckSubject>,
  rules: readonly Rule[],
  options: ReviewOptions,
): Finding[] {
  const enabled = rules.filter((rule) => options.rules[rule.meta.id]?.enabled !== false);
  const ignore = compileIgnores(options.ignore);
  const findings: Finding[] = [];
  for (const { resource, change } of subjects) {
    const context: RuleContext = {
      kubernetesVersion: options.kubernetesVersion,
      upgradeVersion: options.upgradeVersion,
      ...(change ? { change } : {}),
    };
    for (const rule of enabled) {
      const id = rule.meta.id;
      if (resource.ignoredRules.has(id) || resource.ignoredRules.has('*') || ignore(id, resource)) continue;
      const report = (found: RuleReport) => findings.push(toFinding(rule, resource, found, options));
      try {
        rule.check(resource, context, report);
      } catch (error) {
        findings.push({
          ruleId: id,
          severity: 'error',
          message: `internal error in rule ${id}: ${(error as Error).message}`,
          file: resource.file,
          line: resource.line,
          resource: resource.ref,
          helpUri: ruleHelpUri(id),
          fingerprint: fingerprint([id, resource.file, resource.key, 'internal-error']),
        });
      }
    }
  }
  return findings;
}

export function parseProblemFindings(problems: Iterable<ParseProblem>, options: ReviewOptions): Finding[] {
  const setting = options.rules[parseErrorMeta.id];
  if (setting?.enabled === false) return [];
  const ignore = compileIgnores(options.ignore);
  const findings: Finding[] = [];
  for (const problem of problems) {
    if (ignore(parseErrorMeta.id, undefined, problem.file)) continue;
    findings.push({
      ruleId: parseErrorMeta.id,
      severity: setting?.severity ?? parseErrorMeta.defaultSeverity,
      message: problem.message,
      file: problem.file,
      line: problem.line,
      helpUri: ruleHelpUri(parseErrorMeta.id),
      fingerprint: fingerprint([parseErrorMeta.id, problem.file, problem.message.replace(/\d+/g, '#')]),
    });
  }
  return findings;
}

function toFinding(rule: Rule, resource: Resource, found: RuleReport, options: ReviewOptions): Finding {
  const id = rule.meta.id;
  const line = found.path ? resource.lineOf(found.path) : resource.line;
  return {
    ruleId: id,
    severity: options.rules[id]?.severity ?? found.severity ?? rule.meta.defaultSeverity,
    message: found.message,
    file: resource.file,
    line,
    resource: resource.ref,
    helpUri: ruleHelpUri(id),
    fingerprint: fingerprint([id, resource.file, resource.key, found.key ?? '']),
    ...(found.fix ? { fix: found.fix } : {}),
  };
}

/** Stable when lines move: built from what the finding is about, never from where it is. */
export function fingerprint(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 20);
}

type IgnoreTest = (ruleId: string, resource: Resource | undefined, file?: string) => boolean;

function compileIgnores(entries: readonly IgnoreEntry[]): IgnoreTest {
  if (entries.length === 0) return () => false;
  const compiled = entries.map((entry) => ({ ...entry, pathPattern: entry.path ? globToRegExp(entry.path) : undefined }));
  return (ruleId, resource, file) =>
    compiled.some((entry) => {
      if (entry.rules && !entry.rules.includes(ruleId)) return false;
      const path = resource?.file ?? file ?? '';
      if (entry.pathPattern && !entry.pathPattern.test(path)) return false;
      if (entry.kind !== undefined || entry.name !== undefined || entry.namespace !== undefined) {
        if (!resource) return false;
        if (entry.kind !== undefined && entry.kind !== resource.ref.kind) return false;
        if (entry.name !== undefined && !nameMatches(entry.name, resource.ref.name)) return false;
        if (entry.namespace !== undefined && !nameMatches(entry.namespace, resource.ref.namespace ?? '')) return false;
      }
      return true;
    });
}
