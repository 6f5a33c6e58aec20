import { createHash } from 'node:crypto';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isSeq, parseDocument, stringify } from 'yaml';
import { applyEdits } from '../collect/argo-kustomize.js';
import { joinRepoPath } from '../collect/paths.js';
import type { KustomizationEdits, KustomizeSpec, Location, RenderTarget } from '../collect/targets.js';
import { isRecord } from '../util/objects.js';
import { parseYamlWithLines } from '../collect/yaml-data.js';
import { newSideEnv } from './context.js';
import type { RenderEnv, RenderFailure, SideEnv, SideRender } from './context.js';
import { runTool } from './exec.js';
import { kubeVersionFlag, pullChart } from './helm.js';
import { parseRenderedOutput } from './output.js';
import type { RemoteResolution } from './remote.js';

/**
 * kustomize never fetches: remote entries are local copies by the time it runs, and git and HTTP(S) are
 * turned off for anything left (a proxy that does not exist, no git transport but local files).
 */
const NO_FETCHING: NodeJS.ProcessEnv = {
  GIT_ALLOW_PROTOCOL: 'file',
  HTTP_PROXY: 'http://127.0.0.1:9',
  HTTPS_PROXY: 'http://127.0.0.1:9',
  http_proxy: 'http://127.0.0.1:9',
  https_proxy: 'http://127.0.0.1:9',
  NO_PROXY: '',
  no_proxy: '',
};

/**
 * `kubectl kustomize DIR` (or `kustomize build DIR`) with the root-only load restrictor and no plugins: no
 * `--enable-alpha-plugins`, no `--enable-exec`. `--enable-helm` only for `helmCharts`, with charts made local
 * beforehand and helm behind the sandbox's adapter (which runs `helm template` and nothing else). Origin
 * annotations are asked for (and taken out again) so each resource is traced to the repo file it came from.
 */
export async function renderKustomize(
  target: RenderTarget,
  spec: KustomizeSpec,
  repoSide: SideEnv,
  env: RenderEnv,
): Promise<SideRender> {
  const tool = env.tools.kustomize;
  if (!tool) {
    return {
      ok: false,
      failure: { kind: 'tool-missing', message: env.tools.missing.kustomize ?? 'kustomize is not installed' },
    };
  }
  const info = repoSide.index.kustomizations.get(spec.path);
  if (!info) {
    return {
      ok: false,
      failure: { kind: 'blocked', message: `no kustomization in '${spec.path || '.'}'`, at: target.anchor },
    };
  }
  // Edits (an Argo CD source's kustomize options) go into a copy of this target's own: others share the side's.
  const side = spec.edits ? await editedCopy(target, repoSide, env) : repoSide;
  if (spec.edits) {
    const failure = await writeEdits(join(side.workspace.dir, info.file), spec.edits, target);
    if (failure) return { ok: false, failure };
  }
  // The kustomizations it builds, the components an Application adds included.
  const remote = await resolveRemotes(target.inputDirs, side, env);
  if (remote) return { ok: false, failure: remote };
  const charts = await prepareHelmCharts(target.inputDirs, side, env);
  if (charts.failure) return { ok: false, failure: charts.failure };
  const native = await requestOrigins(info.file, side);
  const dir = spec.path === '' ? '.' : `./${spec.path}`;
  const args =
    tool.mode === 'kubectl'
      ? ['kustomize', dir, '--load-restrictor', 'LoadRestrictionsRootOnly']
      : ['build', dir, '--load-restrictor', 'LoadRestrictionsRootOnly'];
  if (charts.used) {
    args.push('--enable-helm', '--helm-command', env.sandbox.kustomizeHelm(env.tools.helm!));
    args.push('--helm-kube-version', kubeVersionFlag(env.kubeVersion));
    for (const version of env.apiVersions) args.push('--helm-api-versions', version);
  }
  const run = await env.limit(() =>
    runTool(tool.path, args, {
      cwd: side.workspace.dir,
      env: { ...env.sandbox.env(), ...NO_FETCHING },
      timeoutMs: env.timeoutMs,
    }),
  );
  // An error that names no file: with the Application's edits in play, most likely theirs.
  const at: Location =
    locateKustomizeError(run.stderr, side) ?? (spec.edits ? target.anchor : { file: info.file, line: 1 });
  if (run.timedOut) {
    return {
      ok: false,
      failure: { kind: 'timeout', message: `kustomize timed out after ${env.timeoutMs / 1000}s`, at },
    };
  }
  if (run.code !== 0 || run.tooLarge) {
    return {
      ok: false,
      failure: { kind: 'failed', message: run.stderr || `kustomize exited with ${run.code}`, at },
    };
  }
  const root = join(side.workspace.dir, spec.path);
  const parsed = parseRenderedOutput(run.stdout, {
    tool: 'kustomize',
    target: target.label,
    stripOrigin: !native,
    sourceToRepo: (origin) => {
      const path = joinRepoPath(spec.path, origin);
      return path !== undefined && side.index.tree.files.has(path) ? path : undefined;
    },
    remoteOrigin: (origin) => {
      const found = env.remote.originOf(resolve(root, origin));
      if (!found) return undefined;
      // The entry whose path holds the file (two entries may use one repository at one ref), else the first.
      const sources = side.remoteSources.get(found.copy) ?? [];
      const source =
        sources.find((candidate) => found.location.startsWith(`${candidate.location}/`)) ?? sources[0];
      return { label: found.label, ...(source && { source }) };
    },
  });
  return { ok: true, resources: parsed.resources, problems: parsed.problems };
}

/** The side's files this target reads, in a directory of its own, with caches of its own. */
async function editedCopy(target: RenderTarget, side: SideEnv, env: RenderEnv): Promise<SideEnv> {
  const id = createHash('sha256').update(target.id).digest('hex').slice(0, 12);
  const copy = newSideEnv(side.side, side.index, env.sandbox.dir(side.side, 'edited', id), side.inlineDir);
  await copy.workspace.materialize(target.inputDirs, target.inputFiles); // link problems are the side's, reported there
  return copy;
}

async function writeEdits(
  path: string,
  edits: KustomizationEdits,
  target: RenderTarget,
): Promise<RenderFailure | undefined> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  // Read as collection read it (YAML 1.1, aliases bounded).
  const data = text === undefined ? undefined : parseYamlWithLines(text)?.data;
  if (!isRecord(data)) {
    return {
      kind: 'blocked',
      message: "the kustomization could not be read to apply the Application's kustomize options",
      at: target.anchor,
    };
  }
  await writeFile(path, stringify(applyEdits(data, edits)));
  return undefined;
}

/**
 * Fetches the remote resources of every kustomization the overlay builds on (once per side and file) and
 * rewrites them to the local copies; the first failure blocks the render, on the line of the entry.
 */
async function resolveRemotes(
  dirs: readonly string[],
  side: SideEnv,
  env: RenderEnv,
): Promise<RenderFailure | undefined> {
  const pending: Promise<RemoteResolution>[] = [];
  for (const member of dirs) {
    const info = side.index.kustomizations.get(member);
    if (!info || info.remote.length === 0) continue;
    let resolution = side.remoteResolutions.get(info.file);
    if (!resolution) {
      resolution = env.remote
        .resolveKustomization(join(side.workspace.dir, info.file), info.file, info.remote)
        .then((outcome) => {
          if (outcome.ok) {
            for (const [copy, sources] of outcome.sources)
              side.remoteSources.set(copy, [...(side.remoteSources.get(copy) ?? []), ...sources]);
          }
          return outcome;
        })
        .catch((error: unknown): RemoteResolution => ({
          ok: false,
          message: `the remote resources of ${info.file} could not be prepared: ${error instanceof Error ? error.message : String(error)}`,
          at: { file: info.file, line: info.remote[0]!.line },
        }));
      side.remoteResolutions.set(info.file, resolution);
    }
    pending.push(resolution);
  }
  for (const outcome of await Promise.all(pending)) {
    if (!outcome.ok) return { kind: 'blocked', message: outcome.message, at: outcome.at };
  }
  return undefined;
}

/**
 * The `helmCharts` of the overlay and what it builds on, made local before kustomize runs: each chart from a
 * repository is pulled once per run (as `helm pull`, from an HTTP(S) repository or an OCI registry) and
 * copied to where kustomize looks for it, `<chartHome>/<name>-<version>/<name>`, unless the repository keeps
 * it there already. kustomize itself never pulls.
 */
async function prepareHelmCharts(
  dirs: readonly string[],
  side: SideEnv,
  env: RenderEnv,
): Promise<{ used: boolean; failure?: RenderFailure }> {
  const pending: Promise<RenderFailure | undefined>[] = [];
  let used = false;
  for (const member of dirs) {
    const info = side.index.kustomizations.get(member);
    for (const chart of info?.helmCharts ?? []) {
      used = true;
      if (!env.tools.helm) {
        return {
          used,
          failure: { kind: 'tool-missing', message: env.tools.missing.helm ?? 'helm is not installed' },
        };
      }
      const home = chart.version ? `${info!.chartHome}/${chart.name}-${chart.version}` : info!.chartHome;
      const destination = `${home}/${chart.name}`;
      if (side.index.tree.dirs.has(destination)) continue; // kept in chartHome by the repository
      if (!chart.repo) {
        return {
          used,
          failure: {
            kind: 'blocked',
            message: `helmCharts '${chart.name}' names no repo, and the repository keeps no chart at ${destination}`,
            at: { file: info!.file, line: chart.line },
          },
        };
      }
      let copied = side.helmChartCopies.get(destination);
      if (!copied) {
        const at: Location = { file: info!.file, line: chart.versionLine ?? chart.line };
        copied = pullChart(
          chart.repo.startsWith('oci://')
            ? {
                type: 'oci',
                ref: `${chart.repo.replace(/\/+$/, '')}/${chart.name}`,
                version: chart.version ?? '',
              }
            : { type: 'repo', repoURL: chart.repo, chart: chart.name, version: chart.version ?? '' },
          env,
        ).then(async (pulled): Promise<RenderFailure | undefined> => {
          if ('failure' in pulled) return { kind: 'failed', message: pulled.failure, at };
          await cp(pulled.dir, join(side.workspace.dir, destination), { recursive: true });
          return undefined;
        });
        side.helmChartCopies.set(destination, copied);
      }
      pending.push(copied);
    }
  }
  const failure = (await Promise.all(pending)).find((outcome) => outcome !== undefined);
  return failure ? { used, failure } : { used };
}

/**
 * Adds `buildMetadata: [originAnnotations]` to the materialised copy of the kustomization (never the repo's).
 * Returns true when the kustomization asked for them itself, so they are part of its real output.
 */
function requestOrigins(file: string, side: SideEnv): Promise<boolean> {
  let pending = side.kustomizeOrigins.get(file);
  if (!pending) {
    pending = (async () => {
      const path = join(side.workspace.dir, file);
      const text = await readFile(path, 'utf8').catch(() => undefined);
      if (text === undefined) return false;
      const doc = parseDocument(text);
      if (doc.errors.length > 0 || !doc.contents) return false;
      const current = doc.get('buildMetadata');
      if (
        isSeq(current) &&
        current.items.some((item) => String((item as { value?: unknown }).value) === 'originAnnotations')
      ) {
        return true;
      }
      const items = isSeq(current) ? current.items.map((item) => (item as { value?: unknown }).value) : [];
      doc.set('buildMetadata', [...items, 'originAnnotations']);
      await writeFile(path, doc.toString());
      return false;
    })();
    side.kustomizeOrigins.set(file, pending);
  }
  return pending;
}

/**
 * The repo file kustomize's message is about (it prints absolute paths of the materialised copy): a
 * kustomization it names, else any file it names.
 */
function locateKustomizeError(stderr: string, side: SideEnv): Location | undefined {
  const prefix = `${side.workspace.dir}/`;
  const paths = [...stderr.matchAll(/(\/[^\s'":]+)/g)]
    .map((match) => match[1]!)
    .filter((absolute) => absolute.startsWith(prefix))
    .map((absolute) => absolute.slice(prefix.length).replace(/\/$/, ''));
  for (const path of paths) {
    for (const name of ['kustomization.yaml', 'kustomization.yml', 'Kustomization']) {
      const file = path.endsWith(`/${name}`) || path === name ? path : `${path}/${name}`;
      if (side.index.tree.files.has(file)) return { file, line: 1 };
    }
  }
  const file = paths.find((path) => side.index.tree.files.has(path));
  return file ? { file, line: 1 } : undefined;
}
