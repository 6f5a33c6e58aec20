import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { ROOT } from '../helpers/run-dist.js';

export const HELM = join(ROOT, '.tools', 'bin', 'helm');
export const KUBECTL = join(ROOT, '.tools', 'bin', 'kubectl');

/** Chart files by path inside the chart directory: `{'Chart.yaml': ..., 'templates/cm.yaml': ...}`. */
export type ChartFiles = Record<string, string>;

export interface HelmRepoServer {
  url: string;
  /** Paths requested so far (`/index.yaml`, `/web-1.0.0.tgz`). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A static Helm repository on 127.0.0.1: the charts are packaged with the real `helm package` and indexed
 * with `helm repo index`, then served by node:http on a random port.
 */
export async function serveHelmRepo(charts: ChartFiles[]): Promise<HelmRepoServer> {
  const temp = mkdtempSync(join(tmpdir(), 'kpr-helm-repo-'));
  const repoDir = join(temp, 'repo');
  mkdirSync(repoDir);
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: temp,
    HELM_CONFIG_HOME: join(temp, 'config'),
    HELM_CACHE_HOME: join(temp, 'cache'),
    HELM_DATA_HOME: join(temp, 'data'),
  };
  charts.forEach((files, index) => {
    const chartDir = join(temp, `src-${index}`, 'chart');
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(chartDir, path)), { recursive: true });
      writeFileSync(join(chartDir, path), text);
    }
    execFileSync(HELM, ['package', chartDir, '--destination', repoDir], { env, stdio: 'pipe' });
  });
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent((request.url ?? '/').split('?')[0]!));
    requests.push(path);
    const file = join(repoDir, path);
    if (!file.startsWith(repoDir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200);
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  execFileSync(HELM, ['repo', 'index', repoDir, '--url', url], { env, stdio: 'pipe' });
  return {
    url,
    requests,
    close: () => closeServer(server, temp),
  };
}

/** A small application chart: a ConfigMap and a Deployment driven by values. */
export function webChart(
  options: { name?: string; version?: string; extraTemplates?: ChartFiles } = {},
): ChartFiles {
  const name = options.name ?? 'web';
  return {
    'Chart.yaml': `apiVersion: v2\nname: ${name}\nversion: ${options.version ?? '1.0.0'}\nappVersion: "1.0"\n`,
    'values.yaml': 'replicas: 1\nimage: nginx:1.27\ngreeting: hello\n',
    'templates/configmap.yaml': [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: {{ .Release.Name }}-config',
      '  labels:',
      '    helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}',
      'data:',
      '  greeting: {{ .Values.greeting | quote }}',
      '',
    ].join('\n'),
    'templates/deployment.yaml': [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: {{ .Release.Name }}',
      '  labels:',
      '    helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}',
      'spec:',
      '  replicas: {{ .Values.replicas }}',
      '  selector: {matchLabels: {app: {{ .Release.Name }}}}',
      '  template:',
      '    metadata:',
      '      labels: {app: {{ .Release.Name }}}',
      '    spec:',
      '      containers:',
      '        - name: app',
      '          image: {{ .Values.image }}',
      '',
    ].join('\n'),
    ...options.extraTemplates,
  };
}

/** Prefixes every path of a chart with its directory in the repo. */
export function inDir(dir: string, files: ChartFiles): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([path, text]) => [`${dir}/${path}`, text]));
}

/** Stops a test server (its clients' keep-alive connections too) and removes its files. */
export function closeServer(server: Server, temp: string): Promise<void> {
  return new Promise<void>((resolve) => {
    server.close(() => {
      rmSync(temp, { recursive: true, force: true });
      resolve();
    });
    server.closeAllConnections();
  });
}
