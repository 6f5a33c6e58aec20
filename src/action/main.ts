import * as core from '@actions/core';
import * as github from '@actions/github';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { RepoConfig } from '../config/config.js';
import {
  DEFAULT_CONFIG_FILE,
  EMPTY_CONFIG,
  parseRepoConfig,
  resolveOptions,
  splitList,
} from '../config/config.js';
import { NEWEST_KNOWN_RELEASE } from '../data/api-lifecycle.js';
import { UserError, errorMessage } from '../errors.js';
import { git } from '../git/git.js';
import { HOMEPAGE, TOOL_NAME, TOOL_VERSION } from '../meta.js';
import type { Report } from '../model.js';
import type { Logger } from '../pipeline.js';
import { runAudit, runReview } from '../pipeline.js';
import { renderAnnotations } from '../report/annotations.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderSarif } from '../report/sarif.js';
import { exceedsFailOn } from '../report/summary.js';
import { RULE_IDS, RULE_METAS } from '../rules/index.js';
import type { RunTarget } from './event.js';
import { targetFromEvent } from './event.js';
import { ensureCommits } from './history.js';

/** GitHub refuses a step summary above 1 MiB. */
const JOB_SUMMARY_MAX_LENGTH = 1000 * 1000;

export async function runAction(): Promise<void> {
  try {
    const report = await review();
    await publish(report);
  } catch (error) {
    const message = error instanceof UserError ? error.message : `internal error: ${errorMessage(error)}`;
    core.setOutput('conclusion', 'action-error');
    core.setFailed(`${TOOL_NAME} could not complete the review: ${message}`);
  }
}

async function review(): Promise<Report> {
  const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const target = targetFromEvent(github.context.eventName, github.context.payload, github.context.sha);
  core.info(`${TOOL_NAME} ${TOOL_VERSION}: ${target.description}`);
  const logger: Logger = { info: (m) => core.info(m), warning: (m) => core.warning(m) };

  if (target.mode === 'review') await ensureCommits(workspace, target.base, target.head, logger);
  const config = await loadConfig(workspace, target);
  const options = resolveOptions(
    {
      kubernetesVersion: core.getInput('kubernetes-version'),
      upgradeVersion: core.getInput('upgrade-version'),
      scope: core.getInput('scope'),
      failOn: core.getInput('fail-on'),
      paths: splitList(core.getInput('paths')),
      exclude: splitList(core.getInput('exclude')),
    },
    config,
    NEWEST_KNOWN_RELEASE,
  );
  const report =
    target.mode === 'review'
      ? await runReview({ repo: workspace, base: target.base, head: target.head }, options, logger)
      : await runAudit({ root: workspace, paths: [] }, options, logger);
  core.setOutput('conclusion', exceedsFailOn(report.summary, options.failOn) ? 'failure' : 'success');
  if (exceedsFailOn(report.summary, options.failOn)) {
    process.exitCode = 1;
    core.setFailed(
      `${TOOL_NAME}: ${report.summary.error} errors, ${report.summary.warning} warnings, ${report.summary.notice} notices (fail-on: ${options.failOn})`,
    );
  }
  return report;
}

/** The config input names a file in the workspace; in a review the default file is read from the head commit. */
async function loadConfig(workspace: string, target: RunTarget): Promise<RepoConfig> {
  const input = core.getInput('config');
  const path = input || DEFAULT_CONFIG_FILE;
  let text: string | undefined;
  try {
    text = await git(workspace, ['show', `${target.head}:${path}`]);
  } catch {
    text = undefined;
  }
  if (text === undefined) {
    if (input) throw new UserError(`config file '${input}' not found at ${target.head.slice(0, 12)}`);
    return EMPTY_CONFIG;
  }
  return parseRepoConfig(text, path, RULE_IDS);
}

async function publish(report: Report): Promise<void> {
  const outputDir = join(process.env.RUNNER_TEMP ?? tmpdir(), TOOL_NAME);
  await mkdir(outputDir, { recursive: true });
  const jsonPath = join(outputDir, 'report.json');
  const sarifPath = join(outputDir, 'report.sarif');
  await writeFile(jsonPath, `${JSON.stringify(renderJson(report), null, 2)}\n`);
  const sarif = renderSarif(report, RULE_METAS, { toolVersion: TOOL_VERSION, informationUri: HOMEPAGE });
  await writeFile(sarifPath, `${JSON.stringify(sarif, null, 2)}\n`);

  for (const annotation of renderAnnotations(report.findings)) {
    const properties = annotation.file
      ? {
          title: annotation.title,
          file: annotation.file,
          startLine: annotation.startLine,
          ...(annotation.endLine ? { endLine: annotation.endLine } : {}),
        }
      : { title: annotation.title };
    core[annotation.level](annotation.message, properties);
  }

  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(renderMarkdown(report, { maxLength: JOB_SUMMARY_MAX_LENGTH })).write();
  }
  core.setOutput('findings', report.findings.length);
  core.setOutput('errors', report.summary.error);
  core.setOutput('warnings', report.summary.warning);
  core.setOutput('notices', report.summary.notice);
  core.setOutput('report-json', jsonPath);
  core.setOutput('sarif', sarifPath);
}
