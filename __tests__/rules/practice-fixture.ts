import { staticLookup } from '../../src/collect/repo-lookup.js';
import { readFileSync } from 'node:fs';
import { EMPTY_CONFIG, parseRepoConfig, resolveOptions } from '../../src/config/config.js';
import type { ReviewOptions } from '../../src/config/config.js';
import type { AnalysisInput, Analyzer } from '../../src/engine/analyzer.js';
import { checkResources, runAnalyzers } from '../../src/engine/engine.js';
import type { ChangedFile, Finding, Resource, ResourceChange } from '../../src/model.js';
import { parseManifestFile } from '../../src/parse/parse.js';
import { RULE_IDS } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/types.js';

// Runs rules through the engine (async checks, `# kube-pr-review: ignore` comments, config severities and
// ignores), with the repo lookups seeing every object of the given files. The fixture format is
// rule-fixture.ts's: a `# kubernetes-version: X.Y` header and `# expect: <rule-id> [severity]` markers.

const FIXTURE_ROOT = new URL('../fixtures/rules/', import.meta.url);
const HEADER = /^#\s*kubernetes-version:\s*([\d.]+)(?:,\s*upgrade-version:\s*([\d.]+))?/m;
const MARKER = /#\s*expect:\s*([a-z0-9-]+)(?:\s+(error|warning|notice))?/;

export interface RunOptions {
  kubernetesVersion?: string;
  upgradeVersion?: string;
  /** `.kube-pr-review.yaml` text. */
  config?: string;
  /** Other files of the repo at head: the lookups see their objects, but they are not checked. */
  others?: Record<string, string>;
}

export function optionsFor(run: RunOptions = {}): ReviewOptions {
  return resolveOptions(
    {
      kubernetesVersion: run.kubernetesVersion ?? '1.33',
      ...(run.upgradeVersion ? { upgradeVersion: run.upgradeVersion } : {}),
    },
    run.config ? parseRepoConfig(run.config, '.kube-pr-review.yaml', RULE_IDS) : EMPTY_CONFIG,
    '1.36',
  );
}

export function parse(file: string, text: string): Resource[] {
  const parsed = parseManifestFile(file, text);
  if (parsed.problems.length > 0) throw new Error(`${file}: ${parsed.problems[0]?.message}`);
  return parsed.resources;
}

/** Checks every object of `text` (as file `file`) with `rule`, as an audit of that file would. */
export async function runPractice(
  rule: Rule,
  text: string,
  run: RunOptions = {},
  file = 'app.yaml',
): Promise<Finding[]> {
  const resources = parse(file, text);
  const others = Object.entries(run.others ?? {}).flatMap(([path, other]) => parse(path, other));
  const all = [...resources, ...others];
  return checkResources(
    resources.map((resource) => ({ resource })),
    [rule],
    optionsFor(run),
    staticLookup(all),
  );
}

/** Expected and actual findings of a fixture, as sorted `line severity` strings. */
export async function checkPracticeFixture(
  rule: Rule,
  name: string,
): Promise<{ expected: string[]; actual: string[] }> {
  const text = readFileSync(new URL(`${rule.meta.id}/${name}`, FIXTURE_ROOT), 'utf8');
  const header = HEADER.exec(text);
  if (!header?.[1]) throw new Error(`${name}: missing '# kubernetes-version: X.Y' header`);
  const expected: string[] = [];
  text.split('\n').forEach((line, index) => {
    const marker = MARKER.exec(line);
    if (marker?.[1] === rule.meta.id) expected.push(`${index + 1} ${marker[2] ?? rule.meta.defaultSeverity}`);
  });
  const run = { kubernetesVersion: header[1], ...(header[2] ? { upgradeVersion: header[2] } : {}) };
  const found = await runPractice(rule, text, run, `fixtures/${name}`);
  return { expected: expected.sort(), actual: found.map((f) => `${f.line} ${f.severity}`).sort() };
}

export interface AnalyzerRun {
  mode?: 'review' | 'audit';
  scope?: 'changed' | 'files' | 'all';
  kubernetesVersion?: string;
  upgradeVersion?: string;
  config?: string;
  /** Files at the base commit (reviews). */
  base?: Record<string, string>;
  /** Files at the head commit. */
  head: Record<string, string>;
  /** Whether the run lists the head tree (`headFiles`), as audits do. */
  listsTree?: boolean;
}

/**
 * Runs an analyzer through the engine on two in-memory commits: changed files, resource changes and
 * readFile are derived from `base` and `head` the way the pipeline derives them.
 */
export async function runAnalyzer(analyzer: Analyzer, run: AnalyzerRun): Promise<Finding[]> {
  const mode = run.mode ?? 'review';
  const base = mode === 'review' ? (run.base ?? {}) : {};
  const options = {
    ...optionsFor({
      ...(run.kubernetesVersion ? { kubernetesVersion: run.kubernetesVersion } : {}),
      ...(run.upgradeVersion ? { upgradeVersion: run.upgradeVersion } : {}),
      ...(run.config ? { config: run.config } : {}),
    }),
    ...(run.scope ? { scope: run.scope } : {}),
  };
  const changedFiles: ChangedFile[] = [];
  if (mode === 'review') {
    for (const path of new Set([...Object.keys(base), ...Object.keys(run.head)])) {
      const before = base[path];
      const after = run.head[path];
      if (before === after) continue;
      const status = before === undefined ? 'added' : after === undefined ? 'deleted' : 'modified';
      changedFiles.push({ path, oldPath: path, status, hunks: [] });
    }
  }
  const parseSide = (files: Record<string, string>, paths: string[]) =>
    paths.filter((path) => files[path] !== undefined).flatMap((path) => parse(path, files[path]!));
  const changedPaths = changedFiles.map((file) => file.path);
  const headResources = parseSide(run.head, mode === 'review' ? changedPaths : Object.keys(run.head));
  const baseResources = parseSide(base, changedPaths);
  const baseByKey = new Map(baseResources.map((resource) => [resource.key, resource]));
  const changes: ResourceChange[] = headResources.map((head) => {
    const before = baseByKey.get(head.key);
    const type = !before
      ? 'added'
      : JSON.stringify(before.object) === JSON.stringify(head.object)
        ? 'unchanged'
        : 'modified';
    return { key: head.key, type, ...(before ? { base: before } : {}), head, fields: [] };
  });
  const allHead = parseSide(run.head, Object.keys(run.head));
  const input: AnalysisInput = {
    mode,
    options,
    changedFiles,
    changes,
    baseResources,
    headResources,
    repo: staticLookup(allHead),
    readFile: (side, path) =>
      Promise.resolve(side === 'head' ? run.head[path] : mode === 'review' ? base[path] : undefined),
    ...(run.listsTree || mode === 'audit' ? { headFiles: () => Promise.resolve(Object.keys(run.head)) } : {}),
  };
  return runAnalyzers([analyzer], input, (ref, file) =>
    headResources.find(
      (resource) =>
        resource.file === file && resource.ref.kind === ref.kind && resource.ref.name === ref.name,
    ),
  );
}
