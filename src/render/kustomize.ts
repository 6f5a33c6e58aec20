import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isSeq, parseDocument } from 'yaml';
import { joinRepoPath } from '../collect/paths.js';
import type { KustomizeSpec, Location, RenderTarget } from '../collect/targets.js';
import type { RenderEnv, SideEnv, SideRender } from './context.js';
import { runTool } from './exec.js';
import { parseRenderedOutput } from './output.js';

/**
 * `kubectl kustomize DIR` (or `kustomize build DIR`) with the root-only load restrictor and no plugins: no
 * `--enable-alpha-plugins`, no `--enable-exec`, no `--enable-helm`. Origin annotations are asked for (and
 * taken out again) so each resource is traced to the repo file it came from.
 */
export async function renderKustomize(
  target: RenderTarget,
  spec: KustomizeSpec,
  side: SideEnv,
  env: RenderEnv,
): Promise<SideRender> {
  const tool = env.tools.kustomize;
  if (!tool) {
    return {
      ok: false,
      failure: { kind: 'tool-missing', message: env.tools.missing.kustomize ?? 'kustomize is not installed' },
    };
  }
  const info = side.index.kustomizations.get(spec.path);
  if (!info) {
    return {
      ok: false,
      failure: { kind: 'blocked', message: `no kustomization in '${spec.path || '.'}'`, at: target.anchor },
    };
  }
  const native = await requestOrigins(info.file, side);
  const dir = spec.path === '' ? '.' : `./${spec.path}`;
  const args =
    tool.mode === 'kubectl'
      ? ['kustomize', dir, '--load-restrictor', 'LoadRestrictionsRootOnly']
      : ['build', dir, '--load-restrictor', 'LoadRestrictionsRootOnly'];
  const run = await env.limit(() =>
    runTool(tool.path, args, { cwd: side.workspace.dir, env: env.sandbox.env(), timeoutMs: env.timeoutMs }),
  );
  const at: Location = locateKustomizeError(run.stderr, side) ?? { file: info.file, line: 1 };
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
  const parsed = parseRenderedOutput(run.stdout, {
    tool: 'kustomize',
    target: target.label,
    stripOrigin: !native,
    sourceToRepo: (origin) => {
      const path = joinRepoPath(spec.path, origin);
      return path !== undefined && side.index.tree.files.has(path) ? path : undefined;
    },
  });
  return { ok: true, resources: parsed.resources, problems: parsed.problems };
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
