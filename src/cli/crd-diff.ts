// `kube-pr-review crd-diff OLD NEW`: compare two CRD sets (files or directories) without a cluster.
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compareCrdSets } from '../crd/compare.js';
import { loadCrdPath } from '../crd/load.js';
import { renderCrdDiffJson, renderCrdDiffMarkdown, renderCrdDiffText } from '../crd/report.js';
import { UserError, errorMessage } from '../errors.js';
import { TOOL_NAME } from '../meta.js';
import { FAIL_ON_LEVELS } from '../model.js';
import type { FailOn } from '../model.js';
import { exceedsFailOn } from '../report/summary.js';
import type { CliIo } from './main.js';

export const CRD_DIFF_USAGE = `Usage:
  ${TOOL_NAME} crd-diff OLD NEW [options]   compare two CRD sets: what upgrading from OLD to NEW does

OLD and NEW are CRD files (multi-document YAML or JSON) or directories (their .yaml/.yml/.json files,
not subdirectories), e.g. the crds/ folder of two releases. CRDs are matched by metadata.name.

Options:
  --format text|markdown|json            (default: text)
  --fail-on error|warning|notice|never   exit 1 when a change is at or above this (default: error);
                                         breaking = error, risky = warning, safe = notice
  --no-color                             plain text output
  -h, --help

Exit codes: 0 no change at or above --fail-on, 1 changes at or above it, 2 usage or input error.`;

const FORMATS = ['text', 'markdown', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** Runs `crd-diff` with the arguments after the command name; returns the exit code (errors throw). */
export async function runCrdDiff(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.stdout.write(`${CRD_DIFF_USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 2)
    throw new UserError(
      `crd-diff takes two paths, OLD and NEW, got ${positionals.length}\n${CRD_DIFF_USAGE}`,
    );
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format))
    throw new UserError(`--format must be one of ${FORMATS.join(', ')}, got '${format}'`);
  const failOn = (values['fail-on'] ?? 'error') as FailOn;
  if (!FAIL_ON_LEVELS.includes(failOn))
    throw new UserError(`--fail-on must be one of ${FAIL_ON_LEVELS.join(', ')}, got '${failOn}'`);

  const [oldArg, newArg] = positionals as [string, string];
  const [oldSet, newSet] = await Promise.all([
    loadCrdPath(resolve(io.cwd, oldArg), { relativeTo: io.cwd }),
    loadCrdPath(resolve(io.cwd, newArg), { relativeTo: io.cwd }),
  ]);
  for (const warning of [...oldSet.warnings, ...newSet.warnings]) {
    io.stderr.write(`${TOOL_NAME}: warning: ${warning}\n`);
  }
  const result = compareCrdSets(oldSet.crds, newSet.crds);
  const labels = { old: display(io.cwd, oldArg), new: display(io.cwd, newArg) };
  switch (format) {
    case 'json':
      io.stdout.write(`${JSON.stringify(renderCrdDiffJson(result), null, 2)}\n`);
      break;
    case 'markdown':
      io.stdout.write(renderCrdDiffMarkdown(result, labels));
      break;
    case 'text': {
      const color = !values['no-color'] && !!io.stdout.isTTY && !io.env.NO_COLOR;
      io.stdout.write(renderCrdDiffText(result, labels, color));
      break;
    }
  }
  const summary = {
    error: result.summary.breaking,
    warning: result.summary.risky,
    notice: result.summary.safe,
  };
  return exceedsFailOn(summary, failOn) ? 1 : 0;
}

function display(cwd: string, path: string): string {
  const rel = relative(cwd, resolve(cwd, path));
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        'fail-on': { type: 'string' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UserError(`${errorMessage(error)}\n${CRD_DIFF_USAGE}`);
  }
}
