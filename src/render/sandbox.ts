import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Environment variables passed through to helm and kustomize: proxies and CA bundles, nothing else. */
const PASSED_THROUGH = [
  'PATH',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'SYSTEMROOT',
  'GOMAXPROCS',
];

/**
 * A temp directory per run, holding everything the renderers read and write: the materialised files of each
 * side, remote charts, and empty homes for helm and kubectl, so no plugin, repository config, registry login
 * or kubeconfig of the machine is used.
 */
export class Sandbox {
  readonly root: string;
  readonly charts: string;
  private readonly envBase: NodeJS.ProcessEnv;
  /**
   * Threads each tool (helm and kubectl are Go programs) runs Go code on, unless the machine sets GOMAXPROCS:
   * renders side by side then share the CPUs instead of each scheduling one thread per CPU.
   */
  toolThreads: number | undefined;

  constructor(parent = tmpdir()) {
    this.root = mkdtempSync(join(parent, 'kube-pr-review-render-'));
    const dir = (...parts: string[]) => {
      const path = join(this.root, ...parts);
      mkdirSync(path, { recursive: true });
      return path;
    };
    this.charts = dir('charts');
    const home = dir('home');
    const kubeconfig = join(this.root, 'kubeconfig');
    writeFileSync(kubeconfig, 'apiVersion: v1\nkind: Config\n');
    this.envBase = {
      HOME: home,
      TMPDIR: dir('tmp'),
      LANG: 'C',
      LC_ALL: 'C',
      // helm: no plugins (they are programs), no post-renderers, no repositories or logins of the machine.
      HELM_PLUGINS: dir('helm', 'plugins'),
      HELM_NO_PLUGINS: '1',
      HELM_CONFIG_HOME: dir('helm', 'config'),
      HELM_CACHE_HOME: dir('helm', 'cache'),
      HELM_DATA_HOME: dir('helm', 'data'),
      HELM_REGISTRY_CONFIG: join(this.root, 'helm', 'config', 'registry.json'),
      HELM_REPOSITORY_CONFIG: join(this.root, 'helm', 'config', 'repositories.yaml'),
      HELM_REPOSITORY_CACHE: dir('helm', 'cache', 'repository'),
      // kubectl: an empty kubeconfig, so nothing ever talks to a cluster.
      KUBECONFIG: kubeconfig,
      XDG_CONFIG_HOME: dir('xdg', 'config'),
      XDG_CACHE_HOME: dir('xdg', 'cache'),
      XDG_DATA_HOME: dir('xdg', 'data'),
      // kustomize fetches remote bases with git: never prompt, never read the machine's git config.
      GIT_TERMINAL_PROMPT: '0',
      GIT_CONFIG_NOSYSTEM: '1',
    };
  }

  env(): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...this.envBase };
    if (this.toolThreads !== undefined) env.GOMAXPROCS = String(this.toolThreads);
    for (const name of PASSED_THROUGH) {
      const value = process.env[name];
      if (value !== undefined) env[name] = value;
    }
    return env;
  }

  /**
   * The helm that kustomize's `helmCharts` run: kustomize insists on helm 3 and pulls charts itself, so it
   * gets an adapter that answers the version check as helm 3 and runs only `helm template`, offline and
   * without plugins (the charts are local by then).
   */
  kustomizeHelm(helm: string): string {
    const path = join(this.root, 'bin', 'helm');
    if (!existsSync(path)) {
      mkdirSync(dirname(path), { recursive: true });
      const quoted = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;
      writeFileSync(
        path,
        [
          '#!/bin/sh',
          '# kube-pr-review: the helm kustomize runs for helmCharts.',
          'case "$1" in',
          '  version) echo "v3.99.0+kube-pr-review"; exit 0 ;;',
          '  template) ;;',
          `  *) echo "kube-pr-review: kustomize may only run 'helm template' here (charts are pulled beforehand)" >&2; exit 1 ;;`,
          'esac',
          `HELM_PLUGINS=${quoted(this.envBase.HELM_PLUGINS!)} HELM_NO_PLUGINS=1 exec ${quoted(helm)} "$@"`,
          '',
        ].join('\n'),
        { mode: 0o755 },
      );
    }
    return path;
  }

  /** A fresh directory under the sandbox. */
  dir(...parts: string[]): string {
    const path = join(this.root, ...parts);
    mkdirSync(path, { recursive: true });
    return path;
  }

  /** Removes the sandbox; the review goes on meanwhile (nothing reads it once the renders are compared). */
  cleanup(): Promise<void> {
    return rm(this.root, { recursive: true, force: true }).catch(() => {});
  }
}
