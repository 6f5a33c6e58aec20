import { createHash } from 'node:crypto';
import type { IgnoreEntry, ReviewOptions } from '../config/config.js';
import { errorMessage } from '../errors.js';
import { ruleHelpUri } from '../meta.js';
import type { Finding, ParseProblem, Resource, ResourceChange, ResourceRef } from '../model.js';
import type { AnalysisInput, Analyzer, AnalyzerReport } from './analyzer.js';
import { parseErrorMeta } from '../rules/parse-error.js';
import type { RepoLookup, Rule, RuleContext, RuleReport } from '../rules/types.js';
import { globToRegExp, nameMatches } from '../util/glob.js';

/** A resource to check, with the change that brought it (reviews) or none (audits, scope `files`/`all`). */
export interface CheckSubject {
  resource: Resource;
  change?: ResourceChange;
}

/**
 * Runs the rules over resources as they come. A rule that waits for a repo lookup does not hold up the others:
 * its check finishes in `finish()`, which an audit calls after its single pass over the files.
 */
export class ResourceChecker {
  private readonly enabled: readonly Rule[];
  private readonly ignore: IgnoreTest;
  private readonly findings: Finding[] = [];
  private readonly pending: Promise<void>[] = [];

  constructor(
    rules: readonly Rule[],
    private readonly options: ReviewOptions,
    private readonly repo: RepoLookup,
  ) {
    this.enabled = rules.filter((rule) => options.rules[rule.meta.id]?.enabled !== false);
    this.ignore = compileIgnores(options.ignore);
  }

  check(subjects: Iterable<CheckSubject>): void {
    const { options } = this;
    for (const { resource, change } of subjects) {
      const context: RuleContext = {
        kubernetesVersion: options.kubernetesVersion,
        upgradeVersion: options.upgradeVersion,
        repo: this.repo,
        ...(change ? { change } : {}),
      };
      for (const rule of this.enabled) {
        const id = rule.meta.id;
        if (resource.ignoredRules.has(id) || resource.ignoredRules.has('*') || this.ignore(id, resource))
          continue;
        const report = (found: RuleReport) => this.findings.push(toFinding(rule, resource, found, options));
        try {
          const pending = rule.check(resource, context, report);
          if (pending)
            this.pending.push(pending.catch((error: unknown) => this.internalError(rule, resource, error)));
        } catch (error) {
          this.internalError(rule, resource, error);
        }
      }
    }
  }

  async finish(): Promise<Finding[]> {
    await Promise.all(this.pending);
    return this.findings;
  }

  private internalError(rule: Rule, resource: Resource, error: unknown): void {
    const id = rule.meta.id;
    this.findings.push({
      ruleId: id,
      severity: 'error',
      message: `internal error in rule ${id}: ${errorMessage(error)}`,
      file: resource.file,
      line: resource.line,
      resource: resource.ref,
      helpUri: ruleHelpUri(id),
      fingerprint: fingerprint([id, resource.file, resource.key, 'internal-error']),
    });
  }
}

export async function checkResources(
  subjects: Iterable<CheckSubject>,
  rules: readonly Rule[],
  options: ReviewOptions,
  repo: RepoLookup,
): Promise<Finding[]> {
  const checker = new ResourceChecker(rules, options, repo);
  checker.check(subjects);
  return checker.finish();
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

/** Runs whole-change analyzers; their findings get the same settings, ignores and fingerprints as rule findings. */
export async function runAnalyzers(
  analyzers: readonly Analyzer[],
  input: AnalysisInput,
  resourcesByRef: (ref: ResourceRef, file: string) => Resource | undefined,
): Promise<Finding[]> {
  const { options } = input;
  const ignore = compileIgnores(options.ignore);
  const findings: Finding[] = [];
  for (const analyzer of analyzers) {
    const enabled = new Set(
      analyzer.metas.filter((meta) => options.rules[meta.id]?.enabled !== false).map((meta) => meta.id),
    );
    if (enabled.size === 0) continue;
    const defaults = new Map(analyzer.metas.map((meta) => [meta.id, meta.defaultSeverity]));
    const report = (found: AnalyzerReport) => {
      if (!enabled.has(found.ruleId)) return;
      const resource =
        found.subject ?? (found.resource ? resourcesByRef(found.resource, found.file) : undefined);
      if (resource && (resource.ignoredRules.has(found.ruleId) || resource.ignoredRules.has('*'))) return;
      if (ignore(found.ruleId, resource, found.file)) return;
      findings.push({
        ruleId: found.ruleId,
        severity:
          options.rules[found.ruleId]?.severity ?? found.severity ?? defaults.get(found.ruleId) ?? 'error',
        message: found.message,
        file: found.file,
        line: found.line,
        ...(found.endLine ? { endLine: found.endLine } : {}),
        ...(found.resource ? { resource: found.resource } : {}),
        helpUri: ruleHelpUri(found.ruleId),
        fingerprint: fingerprint([found.ruleId, found.file, found.key]),
        ...(found.fix ? { fix: found.fix } : {}),
      });
    };
    try {
      await analyzer.analyze(input, report);
    } catch (error) {
      const id = analyzer.metas[0]?.id ?? 'analyzer';
      findings.push({
        ruleId: id,
        severity: 'error',
        message: `internal error in ${id}: ${errorMessage(error)}`,
        file: input.changedFiles[0]?.path ?? '.',
        line: 1,
        helpUri: ruleHelpUri(id),
        fingerprint: fingerprint([id, 'internal-error']),
      });
    }
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
  const compiled = entries.map((entry) => ({
    ...entry,
    pathPattern: entry.path ? globToRegExp(entry.path) : undefined,
  }));
  return (ruleId, resource, file) =>
    compiled.some((entry) => {
      if (entry.rules && !entry.rules.includes(ruleId)) return false;
      const path = resource?.file ?? file ?? '';
      if (entry.pathPattern && !entry.pathPattern.test(path)) return false;
      if (entry.kind !== undefined || entry.name !== undefined || entry.namespace !== undefined) {
        if (!resource) return false;
        if (entry.kind !== undefined && entry.kind !== resource.ref.kind) return false;
        if (entry.name !== undefined && !nameMatches(entry.name, resource.ref.name)) return false;
        if (entry.namespace !== undefined && !nameMatches(entry.namespace, resource.ref.namespace ?? ''))
          return false;
      }
      return true;
    });
}
