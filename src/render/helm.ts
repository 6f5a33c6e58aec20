import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ChartInfo } from '../collect/charts.js';
import { joinRepoPath } from '../collect/paths.js';
import type { ChartSource, HelmSpec, Location, RenderTarget } from '../collect/targets.js';
import type { RenderEnv, RenderFailure, SideEnv, SideRender } from './context.js';
import { runTool } from './exec.js';
import { parseRenderedOutput } from './output.js';

/**
 * `helm template` with the review's Kubernetes version, CRDs included and test hooks left out, from the
 * materialised repository (the working directory, so helm's messages name repo paths). Never a post-renderer;
 * plugins are off in the sandbox's environment.
 */
export async function renderHelm(
  target: RenderTarget,
  spec: HelmSpec,
  side: SideEnv,
  env: RenderEnv,
): Promise<SideRender> {
  const helm = env.tools.helm;
  if (!helm) return failed('tool-missing', env.tools.missing.helm ?? 'helm is not installed');
  const fail = (message: string, at?: Location, kind: RenderFailure['kind'] = 'failed'): SideRender =>
    failed(kind, message, at);

  let chartArg: string;
  let chartDir: string;
  let localChart: ChartInfo | undefined;
  if (spec.chart.type === 'path') {
    localChart = side.index.charts.get(spec.chart.path);
    if (!localChart) return fail(`no Chart.yaml in '${spec.chart.path || '.'}'`, target.anchor, 'blocked');
    chartArg = spec.chart.path === '' ? '.' : `./${spec.chart.path}`;
    chartDir = join(side.workspace.dir, spec.chart.path);
    const dependencies = await ensureDependencies(localChart, side, env);
    if (dependencies) return { ok: false, failure: dependencies };
  } else {
    const pulled = await pullChart(spec.chart, env);
    if ('failure' in pulled) return fail(pulled.failure, target.versionAt ?? target.anchor);
    chartArg = pulled.dir;
    chartDir = pulled.dir;
  }

  const args = ['template', spec.releaseName, chartArg, '--namespace', spec.namespace, '--skip-tests'];
  args.push('--kube-version', kubeVersionFlag(spec.kubeVersion ?? env.kubeVersion));
  if (spec.includeCrds) args.push('--include-crds');
  for (const version of new Set([...env.apiVersions, ...spec.apiVersions]))
    args.push('--api-versions', version);

  const inline = new Map<string, Location>();
  for (const file of spec.valuesFiles) {
    if (file.inChart) {
      const path = joinRepoPath('', file.path);
      if (path === undefined || !existsSync(join(chartDir, path))) {
        if (file.optional) continue;
        return fail(`values file '${file.path}' is not in the chart`, file.at);
      }
      args.push('--values', join(chartDir, path));
    } else {
      if (!side.index.tree.files.has(file.path)) {
        if (file.optional) continue;
        return fail(`values file '${file.path}' does not exist at this commit`, file.at);
      }
      args.push('--values', `./${file.path}`);
    }
  }
  const id = createHash('sha256').update(target.id).digest('hex').slice(0, 12);
  for (const [i, values] of spec.inlineValues.entries()) {
    const path = join(side.inlineDir, `${id}-${i}.yaml`);
    await writeFile(path, values.text);
    inline.set(path, values.at);
    args.push('--values', path);
  }
  for (const value of spec.set) {
    args.push(value.string ? '--set-string' : '--set', `${value.name}=${escapeSetValue(value.value)}`);
  }
  for (const file of spec.setFiles) {
    if (!side.index.tree.files.has(file.path))
      return fail(`file '${file.path}' does not exist at this commit`, file.at);
    args.push('--set-file', `${file.name}=./${file.path}`);
  }

  const run = await env.limit(() =>
    runTool(helm, args, { cwd: side.workspace.dir, env: env.sandbox.env(), timeoutMs: env.timeoutMs }),
  );
  if (run.timedOut)
    return fail(`helm template timed out after ${env.timeoutMs / 1000}s`, target.anchor, 'timeout');
  if (run.tooLarge) return fail('helm template printed more than 256 MiB', target.anchor);
  if (run.code !== 0) {
    return fail(
      run.stderr || `helm exited with ${run.code}`,
      locateHelmError(run.stderr, target, spec, localChart, side, inline),
    );
  }
  const parsed = parseRenderedOutput(run.stdout, {
    tool: 'helm',
    target: target.label,
    ...(localChart
      ? { sourceToRepo: memoize((source: string) => templateRepoPath(source, localChart, side)) }
      : {}),
  });
  return { ok: true, resources: parsed.resources, problems: parsed.problems, chartDir };
}

/** Many resources come from one template: its repo path is worked out once. */
function memoize<T>(compute: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (!known.has(key)) known.set(key, compute(key));
    return known.get(key)!;
  };
}

function failed(kind: RenderFailure['kind'], message: string, at?: Location): SideRender {
  return { ok: false, failure: { kind, message, ...(at ? { at } : {}) } };
}

export function kubeVersionFlag(version: string): string {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(version);
  return match ? `v${match[1]}.${match[2]}.${match[3] ?? '0'}` : version;
}

/** helm splits --set on commas and reads backslashes: keep a value whole. */
function escapeSetValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,');
}

/** `web/templates/deployment.yaml` (as helm prints it) -> the template's repo path, when it is in the repo. */
function templateRepoPath(source: string, chart: ChartInfo, side: SideEnv): string | undefined {
  const slash = source.indexOf('/');
  if (slash === -1) return undefined;
  const path = joinRepoPath(chart.dir, source.slice(slash + 1));
  return path !== undefined && side.index.tree.files.has(path) ? path : undefined;
}

const TEMPLATE_IN_MESSAGE =
  /([\w.-]+(?:\/charts\/[\w.-]+)*\/(?:templates|crds)\/[^\s:()"]+?)(?::(\d+))?(?=[\s:()"]|$)/;
const VALUES_IN_MESSAGE = /(?:failed to parse|cannot load|open) ([^\s:]+):/;
const YAML_LINE = /yaml: line (\d+)/;

/** The repo line helm's message is about: a template of a chart in the repo, a values file, or the declaration. */
function locateHelmError(
  stderr: string,
  target: RenderTarget,
  spec: HelmSpec,
  chart: ChartInfo | undefined,
  side: SideEnv,
  inline: ReadonlyMap<string, Location>,
): Location {
  const yamlLine = Number(YAML_LINE.exec(stderr)?.[1] ?? 0);
  const values = VALUES_IN_MESSAGE.exec(stderr)?.[1];
  if (values !== undefined) {
    const inlineAt = inline.get(values);
    if (inlineAt) return { file: inlineAt.file, line: inlineAt.line + Math.max(0, yamlLine) };
    const path = values.replace(/^\.\//, '');
    if (spec.valuesFiles.some((file) => !file.inChart && file.path === path)) {
      return { file: path, line: Math.max(1, yamlLine) };
    }
    if (chart && (path === 'values.yaml' || path === `${chart.dir}/values.yaml`)) {
      return { file: chart.dir ? `${chart.dir}/values.yaml` : 'values.yaml', line: Math.max(1, yamlLine) };
    }
  }
  if (chart) {
    const template = TEMPLATE_IN_MESSAGE.exec(stderr);
    if (template) {
      const path = templateRepoPath(template[1]!, chart, side);
      if (path) return { file: path, line: /YAML parse error/.test(stderr) ? 1 : Number(template[2] ?? 1) };
    }
    if (/Chart\.yaml|Chart\.lock|dependenc|kubeVersion/.test(stderr)) return { file: chart.file, line: 1 };
    if (target.anchor.file === chart.file) return target.anchor;
  }
  if (/kubeVersion|not found in .* repository|version/.test(stderr) && target.versionAt)
    return target.versionAt;
  return target.anchor;
}

/**
 * `helm dependency build` for a chart in the repo whose dependencies are not vendored in its charts/
 * directory. Remote dependencies are fetched once per run: a side that declares the same ones (and the same
 * Chart.lock) gets a copy of the packages the other side's build downloaded.
 */
async function ensureDependencies(
  chart: ChartInfo,
  side: SideEnv,
  env: RenderEnv,
): Promise<RenderFailure | undefined> {
  const missing = chart.dependencies.filter((dependency) => !isVendored(chart.dir, dependency.name, side));
  if (missing.length === 0) return undefined;
  let pending = side.dependencyBuilds.get(chart.dir);
  if (!pending) {
    pending = buildDependencies(chart, missing, side, env);
    side.dependencyBuilds.set(chart.dir, pending);
  }
  return pending;
}

async function buildDependencies(
  chart: ChartInfo,
  missing: readonly ChartInfo['dependencies'][number][],
  side: SideEnv,
  env: RenderEnv,
): Promise<RenderFailure | undefined> {
  const chartsDir = join(side.workspace.dir, chart.dir, 'charts');
  const remoteOnly = chart.dependencies.every((dependency) => dependency.localDir === undefined);
  const lock = chart.dir === '' ? 'Chart.lock' : `${chart.dir}/Chart.lock`;
  const key = remoteOnly
    ? JSON.stringify([
        chart.dependencies.map((d) => [d.name, d.version, d.repository]),
        (await side.index.tree.readText([lock])).get(lock) ?? '',
      ])
    : undefined;
  const cached = key !== undefined ? env.dependencies.get(key) : undefined;
  if (cached) {
    const packages = await cached;
    if (packages) {
      await mkdir(chartsDir, { recursive: true });
      await Promise.all(packages.map((file) => copyFile(file, join(chartsDir, basename(file)))));
      return undefined;
    }
  }
  let resolveShared: (packages: string[] | undefined) => void = () => {};
  if (key !== undefined && !cached) {
    env.dependencies.set(key, new Promise((resolve) => (resolveShared = resolve)));
  }
  const helm = env.tools.helm!;
  const before = new Set(await readdir(chartsDir).catch(() => [] as string[]));
  const run = await env.serial(() =>
    env.limit(() =>
      runTool(helm, ['dependency', 'build', chart.dir === '' ? '.' : `./${chart.dir}`], {
        cwd: side.workspace.dir,
        env: env.sandbox.env(),
        timeoutMs: env.timeoutMs,
      }),
    ),
  );
  if (run.code === 0 && !run.timedOut) {
    const built = (await readdir(chartsDir).catch(() => [] as string[])).filter(
      (name) => name.endsWith('.tgz') && !before.has(name),
    );
    resolveShared(built.map((name) => join(chartsDir, name)));
    return undefined;
  }
  resolveShared(undefined);
  return {
    kind: run.timedOut ? 'timeout' : 'failed',
    message: run.timedOut
      ? `helm dependency build timed out after ${env.timeoutMs / 1000}s`
      : run.stderr || `helm dependency build exited with ${run.code}`,
    at: { file: chart.file, line: missing[0]!.line },
  };
}

function isVendored(dir: string, name: string, side: SideEnv): boolean {
  const charts = dir === '' ? 'charts/' : `${dir}/charts/`;
  for (const path of side.index.tree.files.keys()) {
    if (!path.startsWith(charts)) continue;
    const rest = path.slice(charts.length);
    if (
      rest === `${name}/Chart.yaml` ||
      (rest.startsWith(`${name}-`) && rest.endsWith('.tgz') && !rest.includes('/'))
    ) {
      return true;
    }
  }
  return false;
}

/** Pulls a remote chart once per run (`helm pull --untar`), from an HTTP(S) Helm repository or an OCI registry. */
export function pullChart(chart: Exclude<ChartSource, { type: 'path' }>, env: RenderEnv) {
  const key =
    chart.type === 'repo'
      ? `repo ${chart.repoURL} ${chart.chart} ${chart.version}`
      : `oci ${chart.ref} ${chart.version}`;
  let pending = env.charts.get(key);
  if (!pending) {
    pending = (async () => {
      const helm = env.tools.helm!;
      const dest = join(env.sandbox.charts, createHash('sha256').update(key).digest('hex').slice(0, 16));
      await mkdir(dest, { recursive: true });
      const args =
        chart.type === 'repo' ? ['pull', chart.chart, '--repo', chart.repoURL] : ['pull', chart.ref];
      if (chart.version !== '') args.push('--version', chart.version);
      args.push('--untar', '--untardir', dest);
      const run = await env.serial(() =>
        env.limit(() => runTool(helm, args, { cwd: dest, env: env.sandbox.env(), timeoutMs: env.timeoutMs })),
      );
      if (run.timedOut) return { failure: `helm pull timed out after ${env.timeoutMs / 1000}s` };
      if (run.code !== 0) return { failure: run.stderr || `helm pull exited with ${run.code}` };
      const entries = await readdir(dest, { withFileTypes: true });
      const dir = entries.find((entry) => entry.isDirectory());
      return dir ? { dir: join(dest, dir.name) } : { failure: `helm pull left no chart in ${dest}` };
    })();
    env.charts.set(key, pending);
  }
  return pending;
}
