import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { HELM, closeServer } from './helm-repo.js';
import type { ChartFiles } from './helm-repo.js';

export interface OciRegistry {
  /** `127.0.0.1:PORT`: the registry host, as Argo CD writes it (no scheme). */
  host: string;
  /** The CA certificate that signed the registry's certificate: give it to helm as SSL_CERT_FILE. */
  caFile: string;
  /** Request lines so far (`GET /v2/charts/web/manifests/1.0.0`). */
  requests: string[];
  close(): Promise<void>;
}

const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const HELM_CONFIG = 'application/vnd.cncf.helm.config.v1+json';
const HELM_LAYER = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';

/**
 * An OCI registry on 127.0.0.1 over HTTPS (a certificate made for the run by openssl), holding charts
 * packaged with the real `helm package` under `<repository>/<chart name>:<version>`, laid out as Helm
 * pushes them: a manifest with the chart's metadata as config and the package as the one layer. It serves
 * what `helm pull oci://...` reads: /v2/, manifests, blobs and tag lists.
 */
export async function serveOciRegistry(repository: string, charts: ChartFiles[]): Promise<OciRegistry> {
  const temp = mkdtempSync(join(tmpdir(), 'kpr-oci-'));
  const key = join(temp, 'key.pem');
  const caFile = join(temp, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      caFile,
    ],
    { stdio: 'ignore' },
  );

  const blobs = new Map<string, Buffer>();
  const manifests = new Map<string, { body: Buffer; digest: string }>();
  const tags = new Map<string, string[]>();
  const store = (data: Buffer) => {
    const digest = `sha256:${createHash('sha256').update(data).digest('hex')}`;
    blobs.set(digest, data);
    return { digest, size: data.length };
  };
  const env = { PATH: process.env.PATH ?? '', HOME: temp, HELM_CONFIG_HOME: join(temp, 'config') };
  charts.forEach((files, index) => {
    const chartDir = join(temp, `src-${index}`, 'chart');
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(chartDir, path)), { recursive: true });
      writeFileSync(join(chartDir, path), text);
    }
    const out = join(temp, `pkg-${index}`);
    execFileSync(HELM, ['package', chartDir, '--destination', out], { env, stdio: 'pipe' });
    const metadata = parse(files['Chart.yaml']!) as { name: string; version: string };
    const config = store(Buffer.from(JSON.stringify(metadata)));
    const layer = store(readFileSync(join(out, readdirSync(out)[0]!)));
    const body = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MANIFEST,
        config: { mediaType: HELM_CONFIG, ...config },
        layers: [{ mediaType: HELM_LAYER, ...layer }],
      }),
    );
    const name = `${repository}/${metadata.name}`;
    const digest = store(body).digest;
    manifests.set(`${name}:${metadata.version}`, { body, digest });
    manifests.set(`${name}:${digest}`, { body, digest });
    tags.set(name, [...(tags.get(name) ?? []), metadata.version]);
  });

  const requests: string[] = [];
  const server = createServer({ key: readFileSync(key), cert: readFileSync(caFile) }, (request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    requests.push(`${request.method} ${path}`);
    const send = (status: number, body: Buffer, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'Content-Length': String(body.length), ...headers });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (path === '/v2/' || path === '/v2') {
      send(200, Buffer.from('{}'), { 'Docker-Distribution-API-Version': 'registry/2.0' });
      return;
    }
    const match = /^\/v2\/(.+)\/(manifests|blobs|tags)\/(.+)$/.exec(path);
    if (!match) return send(404, Buffer.from('{"errors":[{"code":"NAME_UNKNOWN"}]}'));
    const [, name, kind, reference] = match as unknown as [string, string, string, string];
    if (kind === 'tags' && reference === 'list') {
      if (!tags.has(name)) return send(404, Buffer.from('{"errors":[{"code":"NAME_UNKNOWN"}]}'));
      return send(200, Buffer.from(JSON.stringify({ name, tags: tags.get(name) })), {
        'Content-Type': 'application/json',
      });
    }
    if (kind === 'manifests') {
      const manifest = manifests.get(`${name}:${reference}`);
      if (!manifest) return send(404, Buffer.from('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}'));
      return send(200, manifest.body, { 'Content-Type': MANIFEST, 'Docker-Content-Digest': manifest.digest });
    }
    const blob = blobs.get(reference);
    if (kind !== 'blobs' || !blob) return send(404, Buffer.from('{"errors":[{"code":"BLOB_UNKNOWN"}]}'));
    send(200, blob, { 'Content-Type': 'application/octet-stream', 'Docker-Content-Digest': reference });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    caFile,
    requests,
    close: () => closeServer(server, temp),
  };
}
