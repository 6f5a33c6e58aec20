import { LineCounter, isMap, isPair, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import type { FieldPath, KubeObject, ParsedFile, ParseProblem, Resource } from '../model.js';
import { resourceKey } from './resource-key.js';
import { KUBERNETES_YAML } from './yaml-options.js';

/** Files above this size are not parsed: the largest real CRD bundles are a few MiB. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** yaml's guard against "billion laughs" alias expansion. */
const MAX_ALIAS_COUNT = 1000;

const IGNORE_MARKER = 'kube-pr-review:';
const IGNORE_COMMENT = /#\s*kube-pr-review:\s*ignore\b([^\n]*)/g;

/** Files that hold YAML but never Kubernetes objects, by name. */
const NON_RESOURCE_FILE =
  /(^|\/)(Chart\.ya?ml|Chart\.lock|values[^/]*\.ya?ml|kustomization\.ya?ml|Kustomization|\.kube-pr-review\.ya?ml|\.pre-commit-config\.ya?ml|docker-compose[^/]*\.ya?ml|compose\.ya?ml|mkdocs\.ya?ml)$/;
const CI_FILE = /(^|\/)\.github\/|(^|\/)\.gitlab-ci\.ya?ml$/;
const HELM_TEMPLATE_DIR = /(^|\/)templates\//;

/** API groups whose objects configure tools rather than the cluster. */
const TOOL_CONFIG_API = /^(kustomize\.config\.k8s\.io|config\.kubernetes\.io|kpt\.dev)\//;

export function isManifestPath(path: string): boolean {
  return /\.(ya?ml|json)$/i.test(path);
}

export function parseManifestFile(file: string, text: string): ParsedFile {
  const result: ParsedFile = { file, kind: 'empty', resources: [], problems: [] };
  if (NON_RESOURCE_FILE.test(file) || CI_FILE.test(file)) {
    result.kind = 'other';
    return result;
  }
  if (text.length > MAX_FILE_BYTES) {
    return broken(result, 1, `file is too large to review (${text.length} bytes, limit ${MAX_FILE_BYTES})`);
  }
  if (text.includes('\0')) {
    return broken(result, 1, 'file is binary (contains NUL bytes), not YAML');
  }
  if (file.toLowerCase().endsWith('.json') && !(text.includes('"apiVersion"') && text.includes('"kind"'))) {
    result.kind = 'other';
    return result;
  }
  const isTemplate = text.includes('{{');
  if (isTemplate && HELM_TEMPLATE_DIR.test(file)) {
    result.kind = 'template';
    return result;
  }

  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { ...KUBERNETES_YAML, lineCounter, uniqueKeys: true });
  const documents = Array.isArray(docs) ? docs : [];
  const hasIgnoreComments = text.includes(IGNORE_MARKER);
  let sawOther = false;

  for (const [docIndex, doc] of documents.entries()) {
    if (doc.errors.length > 0) {
      if (isTemplate) {
        result.kind = 'template';
        return { ...result, resources: [], problems: [] };
      }
      const error = doc.errors[0]!;
      const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
      result.problems.push({ file, line, message: `invalid YAML: ${firstLine(error.message)}` });
      continue;
    }
    const contents = doc.contents;
    if (contents === null || (isScalar(contents) && contents.value === null)) continue;
    if (!isMap(contents) || !looksLikeKubernetes(contents)) {
      sawOther = true;
      continue;
    }
    let object: unknown;
    try {
      object = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      result.problems.push({
        file,
        line: lineOf(lineCounter, contents),
        message: `YAML could not be loaded: ${firstLine(error instanceof Error ? error.message : String(error))}`,
      });
      continue;
    }
    const documentStart = docIndex === 0 ? 0 : (documents[docIndex - 1]?.range[2] ?? 0);
    const ignoredRules = hasIgnoreComments
      ? ignoredRulesIn(text.slice(documentStart, doc.range[2]))
      : EMPTY_SET;
    const kubeObject = object as KubeObject;
    if (TOOL_CONFIG_API.test(kubeObject.apiVersion)) {
      sawOther = true;
      continue;
    }
    const items = listItems(kubeObject, contents);
    if (items) {
      items.forEach(({ object: item, node }, itemIndex) =>
        result.resources.push(
          makeResource(file, item, node, lineCounter, ignoredRules, `${docIndex}.${itemIndex}`, true),
        ),
      );
    } else {
      result.resources.push(
        makeResource(file, kubeObject, contents, lineCounter, ignoredRules, `${docIndex}`),
      );
    }
  }

  if (result.problems.length > 0) result.kind = 'broken';
  else if (result.resources.length > 0) result.kind = 'kubernetes';
  else if (sawOther) result.kind = 'other';
  return result;
}

const EMPTY_SET: ReadonlySet<string> = new Set();

function broken(result: ParsedFile, line: number, message: string): ParsedFile {
  result.kind = 'broken';
  result.problems.push({ file: result.file, line, message } satisfies ParseProblem);
  return result;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

function looksLikeKubernetes(map: YAMLMap): boolean {
  const apiVersion = map.get('apiVersion');
  const kind = map.get('kind');
  return typeof apiVersion === 'string' && typeof kind === 'string' && apiVersion !== '' && kind !== '';
}

/** `kind: List` and `*List` objects carry their resources in `items`. */
function listItems(object: KubeObject, node: YAMLMap): { object: KubeObject; node: YAMLMap }[] | undefined {
  if (!object.kind.endsWith('List') || !Array.isArray(object.items)) return undefined;
  const itemsNode = node.get('items', true);
  if (!isSeq(itemsNode)) return undefined;
  const items: { object: KubeObject; node: YAMLMap }[] = [];
  object.items.forEach((item: unknown, index) => {
    const itemNode = itemsNode.items[index];
    if (isMap(itemNode) && looksLikeKubernetes(itemNode))
      items.push({ object: item as KubeObject, node: itemNode });
  });
  return items;
}

function makeResource(
  file: string,
  object: KubeObject,
  node: YAMLMap,
  lineCounter: LineCounter,
  ignoredRules: ReadonlySet<string>,
  position: string,
  listItem = false,
): Resource {
  const metadata = typeof object.metadata === 'object' && object.metadata !== null ? object.metadata : {};
  const name = typeof metadata.name === 'string' ? metadata.name : `(unnamed #${position} in ${file})`;
  const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : undefined;
  const ref = { apiVersion: object.apiVersion, kind: object.kind, name, ...(namespace ? { namespace } : {}) };
  const range = node.range ?? [0, 0, 0];
  return {
    key: resourceKey(ref),
    ref,
    object,
    file,
    line: lineCounter.linePos(range[0]).line,
    endLine: lineCounter.linePos(Math.max(range[0], range[1] - 1)).line,
    lineOf: (path: FieldPath) => lineOfPath(node, path, lineCounter),
    ignoredRules,
    ...(listItem ? { listItem } : {}),
  };
}

function lineOf(lineCounter: LineCounter, node: Node | null): number {
  return lineCounter.linePos(node?.range?.[0] ?? 0).line;
}

/** 1-based line of the key or item at `path` under `root`, or of its nearest existing ancestor. */
export function lineOfPath(root: unknown, path: FieldPath, lineCounter: LineCounter): number {
  let node: unknown = root;
  let line = lineOf(lineCounter, root as Node | null);
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && item.key.value === segment,
      );
      if (!pair) break;
      line = lineOf(lineCounter, pair.key as Node);
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (!item) break;
      line = lineOf(lineCounter, item as Node);
      node = item;
    } else {
      break;
    }
  }
  return line;
}

/** Comments anywhere in a document (or just before it) switch rules off for its objects. */
export function ignoredRulesIn(documentText: string): ReadonlySet<string> {
  if (!documentText.includes(IGNORE_MARKER)) return EMPTY_SET;
  const rules = new Set<string>();
  for (const match of documentText.matchAll(IGNORE_COMMENT)) {
    const ids = (match[1] ?? '').split(/[\s,]+/).filter((id) => /^[a-z0-9-]+$/.test(id));
    if (ids.length === 0) rules.add('*');
    ids.forEach((id) => rules.add(id));
  }
  return rules;
}
