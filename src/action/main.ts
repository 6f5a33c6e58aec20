import * as core from '@actions/core';
import * as github from '@actions/github';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { RawOptions, RepoConfig, ReviewOptions } from '../config/config.js';
import {
  DEFAULT_CONFIG_FILE,
  EMPTY_CONFIG,
  parseRepoConfig,
  resolveOptions,
  splitList,
} from '../config/config.js';
import { NEWEST_KNOWN_RELEASE } from '../data/api-lifecycle.js';
import { UserError, errorMessage } from '../errors.js';
import type { GitHubApi } from '../github/api.js';
import { createGitHubApi } from '../github/api.js';
import type { PublishResult } from '../github/publish.js';
import { publishToPullRequest } from '../github/publish.js';
import { readBlobs, readTextAt } from '../git/git.js';
import { HOMEPAGE, TOOL_NAME, TOOL_VERSION } from '../meta.js';
import type { Report } from '../model.js';
import type { Logger } from '../pipeline.js';
import { runAudit, runReview } from '../pipeline.js';
import { ANNOTATIONS_PER_LEVEL, renderAnnotations } from '../report/annotations.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { DEFAULT_INSTANCE } from '../report/review-comments.js';
import { renderSarif } from '../report/sarif.js';
import { exceedsFailOn } from '../report/summary.js';
import { RULE_IDS, RULE_METAS } from '../rules/index.js';
import type { RunTarget } from './event.js';
import { readOnlyReason, targetFromEvent } from './event.js';
import { ensureCommits } from './history.js';

/** GitHub refuses a step summary above 1 MiB (bytes); keep some room for other steps' notes. */
const JOB_SUMMARY_MAX_BYTES = 1000 * 1000;
const FORK_DOCS = `${HOMEPAGE}/blob/main/docs/github.md#fork-pull-requests`;
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** The inputs that decide what is posted to a pull request. */
interface PublishSettings {
  token: string;
  instance: string;
  postReview: boolean;
  postComment: boolean;
  /** Review this pull request (a `workflow_run` or `workflow_dispatch` run). */
  pullRequest?: number;
}

export async function runAction(): Promise<void> {
  try {
    const settings = readPublishSettings();
    const api = lazyApi(settings.token);
    const target = await resolveTarget(settings, api);
    const { report, options } = await review(target, settings.token);
    await publishAll(report, target, settings, api);
    gate(report, options);
  } catch (error) {
    const message = error instanceof UserError ? error.message : `internal error: ${errorMessage(error)}`;
    core.setOutput('conclusion', 'action-error');
    core.setFailed(`${TOOL_NAME} could not complete the review: ${message}`);
  }
}

function readPublishSettings(): PublishSettings {
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);
  const instance = core.getInput('comment-id') || DEFAULT_INSTANCE;
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(instance)) {
    throw new UserError(
      `'comment-id' must be letters, digits, '.', '_' or '-' (at most 64), got '${instance.slice(0, 80)}'`,
    );
  }
  const pullRequestInput = core.getInput('pull-request');
  if (pullRequestInput && !/^[1-9]\d{0,9}$/.test(pullRequestInput)) {
    throw new UserError(
      `'pull-request' must be a pull request number, got '${pullRequestInput.slice(0, 80)}'`,
    );
  }
  return {
    token,
    instance,
    postReview: booleanInput('post-review', true),
    postComment: booleanInput('post-comment', true),
    ...(pullRequestInput && { pullRequest: Number(pullRequestInput) }),
  };
}

function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new UserError(`'${name}' must be true or false, got '${value.slice(0, 80)}'`);
}

/** The API client, made on first use: audits and push runs never talk to GitHub. */
function lazyApi(token: string): () => GitHubApi {
  let api: GitHubApi | undefined;
  return () => {
    if (!token) throw new UserError(`'github-token' is empty`);
    api ??= createGitHubApi(token, github.context.repo, {
      ...(process.env.GITHUB_API_URL && { baseUrl: process.env.GITHUB_API_URL }),
      onRetry: (message) => core.info(message),
    });
    return api;
  };
}

/** What to review: from the event, or the pull request named by the `pull-request` input. */
async function resolveTarget(settings: PublishSettings, api: () => GitHubApi): Promise<RunTarget> {
  const { eventName, payload, sha } = github.context;
  if (settings.pullRequest === undefined || PULL_REQUEST_EVENTS.has(eventName)) {
    return targetFromEvent(eventName, payload, sha);
  }
  const number = settings.pullRequest;
  try {
    const pr = await api().getPullRequest(number);
    return {
      mode: 'review',
      base: pr.baseSha,
      head: pr.headSha,
      pullRequest: number,
      description: `pull request #${number} (${eventName})`,
    };
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`could not read pull request #${number}: ${errorMessage(error)}`);
  }
}

async function review(target: RunTarget, token: string): Promise<{ report: Report; options: ReviewOptions }> {
  const workspace = workspaceDir();
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
      ...binaryInputs(),
      // Kustomize remote resources are read through the API this run talks to, with its token.
      ...(token ? { githubToken: token } : {}),
      ...(process.env.GITHUB_API_URL ? { githubApiUrl: process.env.GITHUB_API_URL } : {}),
    },
    config,
    NEWEST_KNOWN_RELEASE,
  );
  const report =
    target.mode === 'review'
      ? await runReview({ repo: workspace, base: target.base, head: target.head }, options, logger)
      : await runAudit(
          { root: workspace, paths: [], render: options.render?.enabled !== false },
          options,
          logger,
        );
  return { report, options };
}

function workspaceDir(): string {
  return resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
}

/** Where helm and kubectl come from: inputs only, never the repo's config file (a PR must not pick a binary). */
function binaryInputs(): Pick<RawOptions, 'helm' | 'kubectl' | 'kustomize' | 'render'> {
  const helm = core.getInput('helm-path');
  const kubectl = core.getInput('kubectl-path');
  const kustomize = core.getInput('kustomize-path');
  return {
    ...(helm ? { helm } : {}),
    ...(kubectl ? { kubectl } : {}),
    ...(kustomize ? { kustomize } : {}),
    ...(core.getInput('render') === 'false' ? { render: false } : {}),
  };
}

/** The config input names a file in the workspace; in a review the default file is read from the head commit. */
async function loadConfig(workspace: string, target: RunTarget): Promise<RepoConfig> {
  const input = core.getInput('config');
  const path = input || DEFAULT_CONFIG_FILE;
  const text = await readTextAt(workspace, target.head, path);
  if (text === undefined) {
    if (input) throw new UserError(`config file '${input}' not found at ${target.head.slice(0, 12)}`);
    return EMPTY_CONFIG;
  }
  return parseRepoConfig(text, path, RULE_IDS);
}

/**
 * Every channel, in an order that survives GitHub failing: report files first, then the pull request
 * (which never throws), then annotations and the job summary, which say what happened to the pull request.
 */
async function publishAll(
  report: Report,
  target: RunTarget,
  settings: PublishSettings,
  api: () => GitHubApi,
): Promise<PublishResult | undefined> {
  const outputDir = join(process.env.RUNNER_TEMP ?? tmpdir(), TOOL_NAME);
  await mkdir(outputDir, { recursive: true });
  const jsonPath = join(outputDir, 'report.json');
  const sarifPath = join(outputDir, 'report.sarif');
  await writeFile(jsonPath, `${JSON.stringify(renderJson(report), null, 2)}\n`);
  const sarif = renderSarif(report, RULE_METAS, { toolVersion: TOOL_VERSION, informationUri: HOMEPAGE });
  await writeFile(sarifPath, `${JSON.stringify(sarif, null, 2)}\n`);
  core.setOutput('findings', report.findings.length);
  core.setOutput('errors', report.summary.error);
  core.setOutput('warnings', report.summary.warning);
  core.setOutput('notices', report.summary.notice);
  core.setOutput('report-json', jsonPath);
  core.setOutput('sarif', sarifPath);

  const published =
    target.mode === 'review' && target.pullRequest !== undefined
      ? await publishPullRequest(report, target.pullRequest, settings, api)
      : undefined;
  const notes = publishNotes(published, target);

  // One error annotation stays free for the gate's message, one warning for a publishing problem.
  const annotations = renderAnnotations(report.findings, {
    perLevel: { error: ANNOTATIONS_PER_LEVEL - 1, warning: ANNOTATIONS_PER_LEVEL - 1 },
  });
  for (const annotation of annotations) {
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
  if (published && published.status !== 'posted' && published.status !== 'skipped') {
    core.warning(notes.join(' '), { title: TOOL_NAME });
  } else {
    for (const note of notes) core.info(note);
  }

  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary
      .addRaw(
        renderMarkdown(report, { maxLength: JOB_SUMMARY_MAX_BYTES, maxBytes: JOB_SUMMARY_MAX_BYTES, notes }),
      )
      .write();
  }
  core.setOutput('comment-url', published?.commentUrl ?? '');
  core.setOutput('review-comments', published?.reviewComments ?? 0);
  core.setOutput('publish-status', published?.status ?? 'skipped');
  return published;
}

async function publishPullRequest(
  report: Report,
  number: number,
  settings: PublishSettings,
  api: () => GitHubApi,
): Promise<PublishResult> {
  const empty = { reviewComments: 0, inline: new Set<string>() };
  if (!settings.postReview && !settings.postComment) {
    return { ...empty, status: 'skipped', problems: [] };
  }
  const reason = readOnlyReason(github.context.eventName, github.context.payload, github.context.actor);
  if (reason)
    return {
      ...empty,
      status: 'read-only',
      problems: [`Nothing was posted to the pull request: ${reason}.`],
    };
  const head = report.head;
  if (!head) return { ...empty, status: 'skipped', problems: ['The review has no head commit.'] };
  try {
    const headLines = await readHeadLines(report, head);
    const { owner, repo } = github.context.repo;
    const server = (process.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    return await publishToPullRequest(api(), {
      report,
      pullRequest: number,
      headSha: head,
      instance: settings.instance,
      postReview: settings.postReview,
      postComment: settings.postComment,
      headLines: (path) => headLines.get(path),
      fullReportUrl: `${server}/${owner}/${repo}/pull/${number}/checks`,
      log: (message) => core.info(message),
    });
  } catch (error) {
    // A bug or an empty token must not cost the other channels: report it and go on.
    return {
      ...empty,
      status: 'failed',
      problems: [`Could not post to the pull request: ${errorMessage(error)}.`],
    };
  }
}

/** The head-side text of files with a fix, so a suggestion keeps the line's indentation. */
async function readHeadLines(report: Report, head: string): Promise<Map<string, string[]>> {
  const paths = [...new Set(report.findings.filter((finding) => finding.fix).map((finding) => finding.file))];
  const lines = new Map<string, string[]>();
  if (paths.length === 0) return lines;
  const blobs = await readBlobs(workspaceDir(), head, paths).catch(
    () => new Map<string, Buffer | undefined>(),
  );
  for (const [path, blob] of blobs) if (blob) lines.set(path, blob.toString('utf8').split('\n'));
  return lines;
}

function publishNotes(published: PublishResult | undefined, target: RunTarget): string[] {
  if (!published) return [];
  const number = target.mode === 'review' ? target.pullRequest : undefined;
  switch (published.status) {
    case 'posted': {
      const parts = [`💬 Posted to pull request #${number ?? '?'}`];
      if (published.commentUrl) parts.push(`: [summary comment](${published.commentUrl})`);
      if (published.reviewComments > 0) {
        parts.push(
          `, ${published.reviewComments} new inline comment${published.reviewComments === 1 ? '' : 's'}`,
        );
      }
      return [`${parts.join('')}.`, ...published.problems];
    }
    case 'read-only':
      return [
        ...published.problems,
        `⚠️ The findings are in the annotations and this job summary instead; the check's result is not affected. To get review comments on pull requests from forks, see ${FORK_DOCS}.`,
      ];
    case 'failed':
      return [
        ...published.problems,
        '⚠️ Every finding is in the annotations (up to 10 per level), this job summary and the JSON and SARIF reports.',
      ];
    case 'skipped':
      return published.problems;
  }
}

/** The gate: findings at or above fail-on fail the job; publishing problems never do. */
function gate(report: Report, options: ReviewOptions): void {
  const failed = exceedsFailOn(report.summary, options.failOn);
  core.setOutput('conclusion', failed ? 'failure' : 'success');
  if (failed) {
    process.exitCode = 1;
    core.setFailed(
      `${TOOL_NAME}: ${report.summary.error} errors, ${report.summary.warning} warnings, ${report.summary.notice} notices (fail-on: ${options.failOn})`,
    );
  }
}
