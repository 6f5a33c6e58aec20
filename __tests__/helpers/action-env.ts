import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACTION_BUNDLE, runNode } from './run-dist.js';
import type { RunResult } from './run-dist.js';

interface WebhookExamples {
  name: string;
  examples: Record<string, unknown>[];
}

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples') as WebhookExamples[];

/** A real webhook payload from @octokit/webhooks-examples, for the event (and action) given. */
export function webhookPayload(event: string, action?: string): Record<string, unknown> {
  const group = examples.find((entry) => entry.name === event);
  const example = group?.examples.find((item) => action === undefined || item.action === action);
  if (!example) throw new Error(`no webhook example for ${event} ${action ?? ''}`);
  return structuredClone(example);
}

/** The token the runs get unless a test gives another. */
export const TEST_TOKEN = 'ghs_notARealTokenButSecretAnyway';

export interface ActionRun extends RunResult {
  outputs: Record<string, string>;
  summary: string;
}

/** Starts dist/index.js as the runner does: INPUT_* env, event file, step summary and output files. */
export async function runAction(options: {
  workspace: string;
  eventName: string;
  payload: Record<string, unknown>;
  inputs?: Record<string, string>;
  sha?: string;
  /** Base URL of the GitHub API (a local GitHubServer); nothing listens at the default. */
  apiUrl?: string;
  /** GITHUB_ACTOR: who started the run. */
  actor?: string;
  env?: Record<string, string>;
}): Promise<ActionRun> {
  const temp = mkdtempSync(join(tmpdir(), 'kpr-runner-'));
  try {
    const eventPath = join(temp, 'event.json');
    const outputPath = join(temp, 'output');
    const summaryPath = join(temp, 'summary.md');
    writeFileSync(eventPath, JSON.stringify(options.payload));
    writeFileSync(outputPath, '');
    writeFileSync(summaryPath, '');
    const inputs = {
      'github-token': TEST_TOKEN,
      'fail-on': 'error',
      scope: 'changed',
      ...options.inputs,
    };
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_REPOSITORY: 'octo-org/gitops',
      GITHUB_SHA: options.sha ?? '',
      GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
      GITHUB_SERVER_URL: 'https://github.test',
      GITHUB_ACTOR: options.actor ?? 'octocat',
      RUNNER_TEMP: temp,
      ...options.env,
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    const result = await runNode(ACTION_BUNDLE, [], { cwd: options.workspace, env });
    const outputs = parseOutputs(readFileSync(outputPath, 'utf8'));
    const files: Record<string, string> = {};
    for (const key of ['report-json', 'sarif']) {
      if (outputs[key]) files[`${key}:content`] = readFileSync(outputs[key], 'utf8');
    }
    return { ...result, outputs: { ...outputs, ...files }, summary: readFileSync(summaryPath, 'utf8') };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** The `name<<delimiter` format that @actions/core writes to GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}
