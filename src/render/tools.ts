import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { delimiter, dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TOOL_NAME } from '../meta.js';

/** How to run kustomize: the standalone binary (`kustomize build DIR`) or kubectl (`kubectl kustomize DIR`). */
export interface KustomizeTool {
  path: string;
  mode: 'kustomize' | 'kubectl';
}

export interface Tools {
  helm?: string;
  kustomize?: KustomizeTool;
  /** Why a tool is missing, for the render-error message. */
  missing: { helm?: string; kustomize?: string };
}

export interface ToolOptions {
  helmPath?: string;
  kubectlPath?: string;
  kustomizePath?: string;
  /** Defaults to process.env.PATH. */
  searchPath?: string;
}

/**
 * Finds helm and kustomize: a path given as an option (CLI flag or action input) wins, then the project's own
 * `.tools/bin` (present in a development checkout, from `npm run setup-tools`), then PATH. Never from the
 * repository under review: a PR must not choose what runs.
 */
export function findTools(options: ToolOptions): Tools {
  const tools: Tools = { missing: {} };
  const search = (name: string) =>
    ownToolsBin(name) ?? onPath(name, options.searchPath ?? process.env.PATH ?? '');
  if (options.helmPath) {
    if (isExecutable(options.helmPath)) tools.helm = resolve(options.helmPath);
    else tools.missing.helm = `helm not found at ${options.helmPath}`;
  } else {
    const helm = search('helm');
    if (helm) tools.helm = helm;
    else tools.missing.helm = 'helm is not installed (not on PATH): install it or pass --helm PATH';
  }
  if (options.kustomizePath) {
    if (isExecutable(options.kustomizePath))
      tools.kustomize = { path: resolve(options.kustomizePath), mode: 'kustomize' };
    else tools.missing.kustomize = `kustomize not found at ${options.kustomizePath}`;
  } else if (options.kubectlPath) {
    if (isExecutable(options.kubectlPath))
      tools.kustomize = { path: resolve(options.kubectlPath), mode: 'kubectl' };
    else tools.missing.kustomize = `kubectl not found at ${options.kubectlPath}`;
  } else {
    const kubectl = search('kubectl');
    const kustomize = kubectl ? undefined : search('kustomize');
    if (kubectl) tools.kustomize = { path: kubectl, mode: 'kubectl' };
    else if (kustomize) tools.kustomize = { path: kustomize, mode: 'kustomize' };
    else
      tools.missing.kustomize =
        'neither kubectl nor kustomize is installed (not on PATH): install one or pass --kubectl PATH';
  }
  return tools;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function onPath(name: string, searchPath: string): string | undefined {
  for (const dir of searchPath.split(delimiter)) {
    if (dir === '' || !isAbsolute(dir)) continue;
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

let ownRoot: string | null | undefined;

/** `.tools/bin/<name>` next to this tool's own package.json (src/, lib/ or dist/ are one or two levels down). */
function ownToolsBin(name: string): string | undefined {
  if (ownRoot === undefined) ownRoot = findOwnRoot();
  if (!ownRoot) return undefined;
  const candidate = join(ownRoot, '.tools', 'bin', name);
  return isExecutable(candidate) ? candidate : undefined;
}

function findOwnRoot(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let level = 0; level < 4; level++) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === TOOL_NAME) return dir;
      } catch {
        // not ours
      }
    }
    dir = dirname(dir);
  }
  return null;
}
