import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { RawOptions, RepoConfig, ReviewOptions } from '../config/config.js';
import { DEFAULT_CONFIG_FILE, EMPTY_CONFIG, parseRepoConfig, resolveOptions } from '../config/config.js';
import { NEWEST_KNOWN_RELEASE } from '../data/api-lifecycle.js';
import { UserError, errorMessage } from '../errors.js';
import { runCrdDiff } from './crd-diff.js';
import { readTextAt } from '../git/git.js';
import { TOOL_NAME, TOOL_VERSION, HOMEPAGE } from '../meta.js';
import type { Logger } from '../pipeline.js';
import { runAudit, runReview } from '../pipeline.js';
import type { Report } from '../model.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderSarif } from '../report/sarif.js';
import { exceedsFailOn } from '../report/summary.js';
import { renderText } from '../report/text.js';
import { RULE_IDS, RULE_METAS } from '../rules/index.js';

export const USAGE = `Usage:
  ${TOOL_NAME} review [--repo DIR] --base REF [--head REF] [options]   review a change
  ${TOOL_NAME} audit [PATH...] [options]                               audit files/trees as they are
  ${TOOL_NAME} crd-diff OLD NEW [--format text|markdown|json] [--fail-on ...]   compare CRD sets (crd-diff --help)

Options:
  --kubernetes-version X.Y   the cluster's version (default: config file, else ${NEWEST_KNOWN_RELEASE})
  --upgrade-version X.Y      the next upgrade target (default: one minor above)
  --scope changed|files|all  what a review checks (default: changed)
  --config FILE              config file (default: ${DEFAULT_CONFIG_FILE} in the repo)
  --paths GLOBS              only these paths (comma-separated globs)
  --exclude GLOBS            skip these paths (comma-separated globs)
  --helm PATH, --kubectl PATH, --kustomize PATH   binaries that render charts and overlays (default: PATH)
  --no-render                do not render Helm charts, Kustomize overlays and Argo CD/Flux releases
  --render                   audit: also render every chart, overlay and release at HEAD (a git checkout)
  --github-token TOKEN       token for reading kustomize remote resources from GitHub (default: $GITHUB_TOKEN)
  --github-api-url URL       the GitHub REST API they are read from (default: $GITHUB_API_URL, else https://api.github.com)
  --format text|markdown|json|sarif   (default: text)
  --output FILE              write the report to FILE instead of stdout
  --fail-on error|warning|notice|never   exit 1 when a finding is at or above this (default: error)
  --no-color                 plain text output
  -h, --help, --version

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 usage or internal error.`;

const FORMATS = ['text', 'markdown', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
}

/** Runs the CLI and returns its exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    const message = error instanceof UserError ? error.message : `internal error: ${errorMessage(error)}`;
    io.stderr.write(`${TOOL_NAME}: ${message}\n`);
    if (!(error instanceof UserError) && io.env.KUBE_PR_REVIEW_DEBUG && error instanceof Error) {
      io.stderr.write(`${error.stack ?? ''}\n`);
    }
    return 2;
  }
}

async function run(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === 'crd-diff') return runCrdDiff(argv.slice(1), io);
  const { values, positionals } = parseCliArgs(argv);
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${TOOL_VERSION}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (command !== 'review' && command !== 'audit') {
    throw new UserError(command ? `unknown command '${command}'\n${USAGE}` : USAGE);
  }
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format))
    throw new UserError(`--format must be one of ${FORMATS.join(', ')}, got '${format}'`);

  const repo = resolve(io.cwd, values.repo ?? '.');
  const raw: RawOptions = {
    ...(values['kubernetes-version'] ? { kubernetesVersion: values['kubernetes-version'] } : {}),
    ...(values['upgrade-version'] ? { upgradeVersion: values['upgrade-version'] } : {}),
    ...(values.scope ? { scope: values.scope } : {}),
    ...(values['fail-on'] ? { failOn: values['fail-on'] } : {}),
    paths: splitGlobs(values.paths),
    exclude: splitGlobs(values.exclude),
    ...(values.helm ? { helm: resolve(io.cwd, values.helm) } : {}),
    ...(values.kubectl ? { kubectl: resolve(io.cwd, values.kubectl) } : {}),
    ...(values.kustomize ? { kustomize: resolve(io.cwd, values.kustomize) } : {}),
    ...(values['no-render'] ? { render: false } : {}),
    ...githubAccess(values['github-token'], values['github-api-url'], io.env),
  };
  const logger = cliLogger(io);

  let report: Report;
  let options: ReviewOptions;
  if (command === 'review') {
    if (rest.length > 0) throw new UserError(`review takes no positional arguments, got '${rest.join(' ')}'`);
    if (!values.base) throw new UserError('review needs --base REF');
    const head = values.head ?? 'HEAD';
    const config = await loadConfig(values.config ? resolve(io.cwd, values.config) : undefined, () =>
      readTextAt(repo, head, DEFAULT_CONFIG_FILE),
    );
    options = resolveOptions(raw, config, NEWEST_KNOWN_RELEASE);
    report = await runReview({ repo, base: values.base, head }, options, logger);
  } else {
    if (values.base || values.head) throw new UserError('audit takes no --base/--head: use review');
    const root = values.repo ? repo : io.cwd;
    const config = await loadConfig(values.config ? resolve(io.cwd, values.config) : undefined, () =>
      readFile(resolve(root, DEFAULT_CONFIG_FILE), 'utf8').catch(() => undefined),
    );
    options = resolveOptions(raw, config, NEWEST_KNOWN_RELEASE);
    report = await runAudit(
      { root, paths: rest.map((path) => resolve(io.cwd, path)), render: values.render === true },
      options,
      logger,
    );
  }
  if (io.stderr.isTTY) io.stderr.write('\r\x1b[K');

  const color =
    format === 'text' && !values.output && !values['no-color'] && !!io.stdout.isTTY && !io.env.NO_COLOR;
  const output = formatReport(report, format, color);
  if (values.output) await writeFile(resolve(io.cwd, values.output), output);
  else io.stdout.write(output);
  return exceedsFailOn(report.summary, options.failOn) ? 1 : 0;
}

export function formatReport(report: Report, format: Format, color: boolean): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(renderJson(report), null, 2)}\n`;
    case 'sarif':
      return `${JSON.stringify(renderSarif(report, RULE_METAS, { toolVersion: TOOL_VERSION, informationUri: HOMEPAGE }), null, 2)}\n`;
    case 'markdown':
      return `${renderMarkdown(report)}\n`;
    case 'text':
      return `${renderText(report, { color })}\n`;
  }
}

function parseCliArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        repo: { type: 'string' },
        base: { type: 'string' },
        head: { type: 'string' },
        'kubernetes-version': { type: 'string' },
        'upgrade-version': { type: 'string' },
        scope: { type: 'string' },
        config: { type: 'string' },
        paths: { type: 'string' },
        exclude: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        'no-color': { type: 'boolean' },
        helm: { type: 'string' },
        kubectl: { type: 'string' },
        kustomize: { type: 'string' },
        'no-render': { type: 'boolean' },
        render: { type: 'boolean' },
        'github-token': { type: 'string' },
        'github-api-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UserError(`${errorMessage(error)}\n${USAGE}`);
  }
}

/** The token and API URL for kustomize remote resources: flags, else the environment. */
function githubAccess(
  token: string | undefined,
  apiUrl: string | undefined,
  env: Record<string, string | undefined>,
): Pick<RawOptions, 'githubToken' | 'githubApiUrl'> {
  const githubToken = token || env.GITHUB_TOKEN;
  const githubApiUrl = apiUrl || env.GITHUB_API_URL;
  return { ...(githubToken && { githubToken }), ...(githubApiUrl && { githubApiUrl }) };
}

function splitGlobs(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** An explicit --config must exist; the default file is optional. */
async function loadConfig(
  explicitPath: string | undefined,
  readDefault: () => Promise<string | undefined>,
): Promise<RepoConfig> {
  if (explicitPath) {
    const text = await readFile(explicitPath, 'utf8').catch(() => {
      throw new UserError(`cannot read config file ${explicitPath}`);
    });
    return parseRepoConfig(text, explicitPath, RULE_IDS);
  }
  const text = await readDefault();
  return text === undefined ? EMPTY_CONFIG : parseRepoConfig(text, DEFAULT_CONFIG_FILE, RULE_IDS);
}

function cliLogger(io: CliIo): Logger {
  return {
    info: () => {},
    warning: (message) => io.stderr.write(`${TOOL_NAME}: warning: ${message}\n`),
    progress: (done, total) => {
      if (io.stderr.isTTY) io.stderr.write(`\r\x1b[Kreading files: ${done}/${total}`);
    },
  };
}
