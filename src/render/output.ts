// Turns what helm and kustomize print into resources: one per YAML document, keyed from a quick scan of the
// document's head, and parsed in full only when something reads the object (a diff of a changed document, a
// rule). A chart bump of a few templates does not pay for parsing megabytes of unchanged CRDs.
import { parseDocument } from 'yaml';
import type { KubeObject, Resource, ResourceRef } from '../model.js';
import { parseManifestFile, ignoredRulesIn } from '../parse/parse.js';
import { resourceKey } from '../parse/resource-key.js';
import type { RemoteSource } from './remote.js';
import { KUBERNETES_YAML } from '../parse/yaml-options.js';

/** A resource rendered for one target, with the text it came from. */
export interface RenderedResource extends Resource {
  rendered: { target: string; template?: string };
  /** The document as the tool printed it: equal texts are equal objects. */
  text: string;
  /** The repo file that produced it (a local chart's template, a kustomize origin), when there is one. */
  sourcePath?: string;
  /** A kustomize remote resource it came from, and the entry in the repo that names it. */
  remote?: RemoteSource;
}

export interface ParsedOutput {
  resources: RenderedResource[];
  problems: string[];
}

const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';
const DOCUMENT_SEPARATOR = /^---[ \t]*(?:#.*)?$/m;

export interface OutputOptions {
  tool: 'helm' | 'kustomize';
  target: string;
  /** The template path as helm prints it (`web/templates/x.yaml`) -> the repo path, when the chart is in the repo. */
  sourceToRepo?: (source: string) => string | undefined;
  /** Strip kustomize origin annotations (added by the review, not by the kustomization). */
  stripOrigin?: boolean;
  /**
   * A kustomize origin path in a fetched remote resource -> how to name it (`github.com/o/r/path?ref=v1`) and
   * the kustomization entry that brought it in.
   */
  remoteOrigin?: (origin: string) => { label: string; source?: RemoteSource } | undefined;
}

export function parseRenderedOutput(output: string, options: OutputOptions): ParsedOutput {
  const resources: RenderedResource[] = [];
  const problems: string[] = [];
  let lastSource: string | undefined;
  const documents = output.split(DOCUMENT_SEPARATOR);
  documents.forEach((text, index) => {
    if (text.trim() === '') return;
    let source: string | undefined;
    if (options.tool === 'helm') {
      const match = /^# Source: (.+)$/m.exec(text);
      // A file with several documents (crds/*.yaml) names its source only once.
      source = match ? match[1]!.trim() : lastSource;
      lastSource = source;
    }
    if (!/^[A-Za-z"'{]/m.test(text)) return; // comments only
    const json = jsonDocument(text);
    if (json) {
      resources.push(lazyResource(text, json.header, source, options, json.object));
      return;
    }
    const header = scanHeader(text);
    if (header === 'skip') return;
    if (header) {
      resources.push(lazyResource(text, header, source, options));
      return;
    }
    // Lists, flow style, anchors: the full parser decides.
    const parsed = parseManifestFile(`rendered-${index}.yaml`, text);
    for (const problem of parsed.problems) problems.push(problem.message);
    for (const resource of parsed.resources) {
      resources.push(eagerResource(resource, text, source, options));
    }
  });
  return { resources, problems };
}

function templateInfo(
  source: string | undefined,
  options: OutputOptions,
  text: string,
): { template: string | undefined; sourcePath: string | undefined; remote?: RemoteSource | undefined } {
  if (options.tool === 'helm') {
    const sourcePath = source ? options.sourceToRepo?.(source) : undefined;
    return { template: source, sourcePath };
  }
  const origin = originPath(text);
  const remote = origin ? options.remoteOrigin?.(origin) : undefined;
  if (remote) return { template: remote.label, sourcePath: undefined, remote: remote.source };
  return {
    template: origin ? (options.sourceToRepo?.(origin) ?? origin) : undefined,
    sourcePath: origin ? options.sourceToRepo?.(origin) : undefined,
  };
}

/** A document written as JSON (a CRD file copied into a chart often is): JSON.parse is much faster than YAML. */
function jsonDocument(text: string): { header: Header; object: KubeObject } | undefined {
  const start = firstContentIndex(text);
  if (text[start] !== '{') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text.slice(start));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const object = value as KubeObject;
  const name = object.metadata?.name;
  const namespace = object.metadata?.namespace;
  if (typeof object.apiVersion !== 'string' || typeof object.kind !== 'string' || typeof name !== 'string') {
    return undefined;
  }
  if (object.kind.endsWith('List')) return undefined;
  return {
    header: {
      apiVersion: object.apiVersion,
      kind: object.kind,
      name,
      ...(typeof namespace === 'string' && namespace ? { namespace } : {}),
    },
    object,
  };
}

/** Where the first character that is not blank or in a comment line is. */
function firstContentIndex(text: string): number {
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text[i] !== '#') return i;
    const newline = text.indexOf('\n', i);
    if (newline === -1) return text.length;
    i = newline + 1;
  }
}

function lazyResource(
  text: string,
  header: Header,
  source: string | undefined,
  options: OutputOptions,
  parsed?: KubeObject,
): RenderedResource {
  const ref: ResourceRef = {
    apiVersion: header.apiVersion,
    kind: header.kind,
    name: header.name,
    ...(header.namespace ? { namespace: header.namespace } : {}),
  };
  const { template, sourcePath, remote } = templateInfo(source, options, text);
  let object: KubeObject | undefined = parsed;
  if (object && options.stripOrigin) stripOriginAnnotation(object);
  const resource: RenderedResource = {
    key: resourceKey(ref),
    ref,
    get object(): KubeObject {
      if (!object) {
        object = loadObject(text, ref);
        if (options.stripOrigin) stripOriginAnnotation(object);
      }
      return object;
    },
    file: '',
    line: 1,
    endLine: 1,
    lineOf: () => 1,
    ignoredRules: ignoredRulesIn(text),
    rendered: { target: options.target, ...(template ? { template } : {}) },
    text,
    ...(sourcePath ? { sourcePath } : {}),
    ...(remote ? { remote } : {}),
  };
  return hideText(resource);
}

/** The raw text (a Secret's data, too) stays out of anything that serialises the resource. */
function hideText(resource: RenderedResource): RenderedResource {
  Object.defineProperty(resource, 'text', { enumerable: false });
  return resource;
}

function eagerResource(
  parsed: Resource,
  text: string,
  source: string | undefined,
  options: OutputOptions,
): RenderedResource {
  if (options.stripOrigin) stripOriginAnnotation(parsed.object);
  const { template, sourcePath, remote } = templateInfo(source, options, text);
  return hideText({
    ...parsed,
    file: '',
    line: 1,
    endLine: 1,
    lineOf: () => 1,
    rendered: { target: options.target, ...(template ? { template } : {}) },
    text: parsed.listItem ? `${text}\0${parsed.key}` : text,
    ...(sourcePath ? { sourcePath } : {}),
    ...(remote ? { remote } : {}),
  });
}

function loadObject(text: string, ref: ResourceRef): KubeObject {
  try {
    const value = parseDocument(text, { ...KUBERNETES_YAML, uniqueKeys: false }).toJS({
      maxAliasCount: 1000,
    }) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as KubeObject;
  } catch {
    // helm and kustomize print valid YAML; keep the identity if a document is odd anyway
  }
  return {
    apiVersion: ref.apiVersion,
    kind: ref.kind,
    metadata: { name: ref.name, ...(ref.namespace ? { namespace: ref.namespace } : {}) },
  };
}

function stripOriginAnnotation(object: KubeObject): void {
  const annotations = object.metadata?.annotations;
  if (!annotations || !(ORIGIN_ANNOTATION in annotations)) return;
  delete annotations[ORIGIN_ANNOTATION];
  if (Object.keys(annotations).length === 0) delete object.metadata!.annotations;
}

/** The `path:` (or `configuredIn:`) of a kustomize origin annotation, relative to the kustomization. */
function originPath(text: string): string | undefined {
  const match = /config\.kubernetes\.io\/origin: \|[^\n]*\n((?:[ \t]+[^\n]*\n?)+)/.exec(text);
  if (!match) return undefined;
  const body = match[1]!;
  if (/^\s+repo:/m.test(body)) return undefined; // a remote base
  return /^\s+path: (.+)$/m.exec(body)?.[1]?.trim() ?? /^\s+configuredIn: (.+)$/m.exec(body)?.[1]?.trim();
}

interface Header {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
}

const TOP_KEY = /^([A-Za-z_][\w.-]*):(?:[ \t]+(.*?))?[ \t]*$/;
const NESTED_KEY = /^[ \t]+([A-Za-z_][\w.-]*):(?:[ \t]+(.*?))?[ \t]*$/;

/**
 * apiVersion, kind, name and namespace from the block-style YAML helm and kustomize print; undefined when the
 * document is anything else (the full parser handles it), 'skip' when it holds no object.
 */
export function scanHeader(text: string): Header | 'skip' | undefined {
  let apiVersion: string | undefined;
  let kind: string | undefined;
  let name: string | undefined;
  let namespace: string | undefined;
  let inMetadata = false;
  let metadataIndent = -1;
  let sawKey = false;
  // Line by line from the top, without splitting the whole document: the head of a CRD is a few lines.
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    start = end + 1;
    if (line.trim() === '' || /^\s*#/.test(line)) continue;
    if (!/^\s/.test(line)) {
      // The head is known once metadata is over: the rest (a CRD's schema) is left to the parser.
      if (inMetadata && apiVersion && kind && name) break;
      inMetadata = false;
      const match = TOP_KEY.exec(line);
      if (!match) return undefined;
      sawKey = true;
      const [, key, value] = match;
      if (key === 'apiVersion' || key === 'kind') {
        const scalar = plainScalar(value);
        if (scalar === undefined) return undefined;
        if (key === 'apiVersion') apiVersion = scalar;
        else kind = scalar;
      } else if (key === 'metadata') {
        if (value !== undefined && value !== '') return undefined;
        inMetadata = true;
        metadataIndent = -1;
      } else if (key === 'items') {
        return undefined;
      } else if (value !== undefined && /^[&*!]/.test(value)) {
        return undefined;
      }
      continue;
    }
    if (!inMetadata) continue;
    const indent = line.length - line.trimStart().length;
    if (metadataIndent === -1) metadataIndent = indent;
    if (indent !== metadataIndent) continue;
    const match = NESTED_KEY.exec(line);
    if (!match) return undefined;
    const [, key, value] = match;
    if (key === 'name' || key === 'namespace') {
      const scalar = plainScalar(value);
      if (scalar === undefined) return undefined;
      if (key === 'name') name = scalar;
      else namespace = scalar;
    }
  }
  if (!sawKey) return 'skip';
  if (!apiVersion || !kind || !name || kind.endsWith('List')) return undefined;
  return { apiVersion, kind, name, ...(namespace ? { namespace } : {}) };
}

/** A scalar whose string value is certain without a YAML parser; undefined otherwise. */
function plainScalar(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const double = /^"([^"\\]*)"(?:\s+#.*)?$/.exec(value);
  if (double) return double[1];
  const single = /^'([^']*)'(?:\s+#.*)?$/.exec(value);
  if (single) return single[1];
  const plain = value.replace(/\s+#.*$/, '');
  if (!/^[A-Za-z0-9_./-][A-Za-z0-9_./:@+-]*$/.test(plain)) return undefined;
  // YAML 1.1 reads these as numbers, booleans or null, not strings.
  if (
    /^([-+]?[\d._]+([eE][-+]?\d+)?|0x[\da-fA-F]+|0o?[0-7]+|true|false|yes|no|on|off|y|n|null|~)$/i.test(plain)
  ) {
    return undefined;
  }
  if (plain.includes(': ') || plain.endsWith(':')) return undefined;
  return plain;
}
