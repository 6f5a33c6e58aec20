// The Applications an Argo CD ApplicationSet generates, where the repository alone says what they are: list
// generators, git directory and file generators over this repository, and matrix and merge generators of
// those, with selectors and `values`, as the ApplicationSet controller computes them. Cluster, pull request,
// SCM provider, plugin and cluster decision generators depend on the live system and are left out.
import { parse } from 'yaml';
import { KUBERNETES_YAML } from '../parse/yaml-options.js';
import type { Resource } from '../model.js';
import type { AppDeclaration } from './argo.js';
import type { DeclarationContext } from './index-side.js';
import { baseName, dirOf } from './paths.js';
import { asString } from './yaml-data.js';
import { asList, asRecord, isRecord } from '../util/objects.js';
import { escapeRegExp } from '../util/glob.js';

/** One parameter set: flat names (`path.basename`, `cluster.name`) as both template styles look them up. */
type Params = Record<string, string>;

interface Generated {
  params: Params;
  /** Repo files the parameters were read from (a files generator's config.json). */
  files: string[];
}

interface GeneratorContext extends DeclarationContext {
  goTemplate: boolean;
}

/** Why a generator's parameters cannot be known from the repository. */
class Unknowable extends Error {}

export async function applicationSet(
  resource: Resource,
  context: DeclarationContext,
): Promise<AppDeclaration[]> {
  const spec = asRecord(resource.object.spec);
  const template = asRecord(spec.template);
  const setNs = resource.ref.namespace ?? '';
  const label = `ApplicationSet ${setNs ? `${setNs}/` : ''}${resource.ref.name}`;
  if (typeof spec.templatePatch === 'string' && spec.templatePatch.trim() !== '') {
    context.note(`${label}: templatePatch is a Go template of its own: the Applications are not rendered`);
    return [];
  }
  const generatorContext: GeneratorContext = { ...context, goTemplate: spec.goTemplate === true };
  const sets: Generated[] = [];
  if (!hasPlaceholder(template)) {
    sets.push({ params: {}, files: [] });
  } else {
    for (const generator of asList(spec.generators)) {
      try {
        sets.push(...(await generate(asRecord(generator), generatorContext)));
      } catch (error) {
        if (!(error instanceof Unknowable)) throw error;
        context.note(`${label}: ${error.message}`);
      }
    }
  }
  const apps: AppDeclaration[] = [];
  const names = new Set<string>();
  for (const { params, files } of sets) {
    const state = { unresolved: false };
    const filled = asRecord(substitute(template, params, state));
    const name = asString(asRecord(filled.metadata).name);
    if (state.unresolved || !name) {
      context.note(`${label}: a template with placeholders the repository does not fill is not rendered`);
      continue;
    }
    if (names.has(name)) {
      // The controller refuses the set; the first of them stands for what it would have been.
      context.note(`${label}: two generated Applications are named ${name}: the first one is rendered`);
      continue;
    }
    names.add(name);
    apps.push({
      id: `ApplicationSet:${setNs}/${resource.ref.name}/${name}`,
      label: `Application ${name} (${label})`,
      name,
      spec: asRecord(filled.spec),
      lineOf: (path) =>
        path[0] === 'spec'
          ? resource.lineOf(['spec', 'template', 'spec', ...path.slice(1)])
          : resource.lineOf(['spec', 'template', ...path]),
      file: resource.file,
      declared: { start: resource.line, end: resource.endLine },
      inputFiles: files,
    });
  }
  return apps;
}

async function generate(generator: Record<string, unknown>, context: GeneratorContext): Promise<Generated[]> {
  // A generator is one key naming its kind (`list`, `git`...), with `selector` beside it.
  const kind = Object.keys(generator).find((key) => key !== 'selector' && key !== 'values') ?? 'unknown';
  const body = asRecord(generator[kind]);
  let sets: Generated[];
  if (kind === 'list') sets = listParams(body);
  else if (kind === 'git') sets = await gitParams(body, context);
  else if (kind === 'matrix') sets = await matrixParams(body, context);
  else if (kind === 'merge') sets = await mergeParams(body, context);
  else {
    throw new Unknowable(
      `the ${kind} generator depends on the live system: its Applications are not rendered`,
    );
  }
  if (isRecord(body.values)) sets = sets.map((set) => withValues(set, asRecord(body.values), context));
  if (isRecord(generator.selector))
    sets = sets.filter((set) => selects(asRecord(generator.selector), set.params));
  return sets;
}

function listParams(list: Record<string, unknown>): Generated[] {
  if (!Array.isArray(list.elements)) {
    throw new Unknowable('a list generator without elements (elementsYaml) is not rendered');
  }
  return list.elements.map((element) => ({ params: flatten(asRecord(element)), files: [] }));
}

/** The `path` patterns of a git generator's `directories` or `files` entries, split by `exclude: true`. */
function includedAndExcluded(entries: unknown[]): { include: string[]; exclude: string[] } {
  const records = entries.map(asRecord);
  const paths = (excluded: boolean) =>
    records
      .filter((entry) => (entry.exclude === true) === excluded)
      .map((entry) => asString(entry.path) ?? '');
  return { include: paths(false), exclude: paths(true) };
}

async function gitParams(git: Record<string, unknown>, context: GeneratorContext): Promise<Generated[]> {
  const repoURL = asString(git.repoURL) ?? '';
  if (!context.identity.includes(repoURL)) {
    throw new Unknowable(
      `the git generator reads ${repoURL}, not this repository: its Applications are not rendered`,
    );
  }
  const prefix = asString(git.pathParamPrefix) ?? '';
  const key = (name: string) => (prefix ? `${prefix}.${name}` : name);
  const { tree } = context.index;
  if (Array.isArray(git.directories)) {
    const { include, exclude } = includedAndExcluded(git.directories);
    const dirs = [...tree.dirs]
      .filter((dir) => dir !== '' && !dir.split('/').some((part) => part.startsWith('.')))
      .filter((dir) => include.some((p) => pathMatch(p, dir)) && !exclude.some((p) => pathMatch(p, dir)))
      .sort();
    return dirs.map((dir) => ({ params: pathParams(dir, undefined, key, context.goTemplate), files: [] }));
  }
  if (Array.isArray(git.files)) {
    const { include, exclude } = includedAndExcluded(git.files);
    const files = [...tree.files.keys()]
      .filter(
        (file) => include.some((p) => pathspecMatch(p, file)) && !exclude.some((p) => pathspecMatch(p, file)),
      )
      .sort();
    const texts = await tree.readText(files);
    const sets: Generated[] = [];
    for (const file of files) {
      for (const content of fileObjects(texts.get(file) ?? '', file)) {
        const params = {
          ...flatten(content),
          ...pathParams(dirOf(file) || '.', baseName(file), key, context.goTemplate),
        };
        sets.push({ params, files: [file] });
      }
    }
    return sets;
  }
  throw new Unknowable('a git generator with neither directories nor files is not rendered');
}

/** The objects a files generator reads from one file: a mapping, or each mapping of a list. */
function fileObjects(text: string, file: string): Record<string, unknown>[] {
  let data: unknown;
  try {
    data = parse(text, { ...KUBERNETES_YAML, maxAliasCount: 100 }); // as Argo CD reads it (sigs.k8s.io/yaml)
  } catch (error) {
    throw new Unknowable(
      `the git files generator cannot read ${file}: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  if (data === null || data === undefined) return [{}];
  if (isRecord(data)) return [data];
  if (Array.isArray(data) && data.every(isRecord)) return data;
  throw new Unknowable(
    `the git files generator reads ${file}, which is neither a mapping nor a list of them`,
  );
}

/** `path`, `path.basename`... for a directory (or a file's directory), in the template style in use. */
function pathParams(
  dir: string,
  filename: string | undefined,
  key: (name: string) => string,
  goTemplate: boolean,
) {
  const params: Params = {};
  const segments = dir.split('/');
  params[key(goTemplate ? 'path.path' : 'path')] = dir;
  params[key('path.basename')] = segments[segments.length - 1]!;
  params[key('path.basenameNormalized')] = sanitizeName(segments[segments.length - 1]!);
  if (filename !== undefined) {
    params[key('path.filename')] = filename;
    params[key('path.filenameNormalized')] = sanitizeName(filename);
  }
  segments.forEach((segment, i) => {
    if (segment === '') return;
    params[key(goTemplate ? `path.segments.${i}` : `path[${i}]`)] = segment;
  });
  return params;
}

async function matrixParams(
  matrix: Record<string, unknown>,
  context: GeneratorContext,
): Promise<Generated[]> {
  const children = asList(matrix.generators).map(asRecord);
  if (children.length !== 2) throw new Unknowable('a matrix generator needs exactly two generators');
  const out: Generated[] = [];
  for (const first of await generate(children[0]!, context)) {
    // The second generator may use the first one's parameters in its own fields.
    const state = { unresolved: false };
    const second = asRecord(substitute(children[1], first.params, state));
    for (const set of await generate(second, context)) {
      const params = combine(first.params, set.params, context.goTemplate);
      out.push({ params, files: [...first.files, ...set.files] });
    }
  }
  return out;
}

/** goTemplate: the first generator's value wins; otherwise the same key with two values is an error. */
function combine(first: Params, second: Params, goTemplate: boolean): Params {
  if (!goTemplate) {
    for (const [name, value] of Object.entries(second)) {
      if (name in first && first[name] !== value) {
        throw new Unknowable(
          `the matrix generator finds ${name} twice with different values (the controller fails)`,
        );
      }
    }
  }
  return { ...second, ...first };
}

async function mergeParams(merge: Record<string, unknown>, context: GeneratorContext): Promise<Generated[]> {
  const keys = asList(merge.mergeKeys)
    .map(asString)
    .filter((key): key is string => !!key);
  const children = asList(merge.generators).map(asRecord);
  if (keys.length === 0 || children.length < 2) {
    throw new Unknowable('a merge generator needs mergeKeys and at least two generators');
  }
  const identity = (params: Params) => JSON.stringify(keys.map((key) => params[key] ?? null));
  const base = await generate(children[0]!, context);
  for (const child of children.slice(1)) {
    const byKey = new Map((await generate(child, context)).map((set) => [identity(set.params), set]));
    for (const [i, set] of base.entries()) {
      const match = byKey.get(identity(set.params));
      if (match)
        base[i] = { params: { ...set.params, ...match.params }, files: [...set.files, ...match.files] };
    }
  }
  return base;
}

/** A generator's `values`: each templated with that generator's parameters, as `values.<name>`. */
function withValues(set: Generated, values: Record<string, unknown>, context: GeneratorContext): Generated {
  const params = { ...set.params };
  for (const [name, value] of Object.entries(values)) {
    const state = { unresolved: false };
    const rendered = substitute(asString(value) ?? '', set.params, state) as string;
    if (state.unresolved && context.goTemplate) continue; // left out: the template then stays unresolved
    params[`values.${name}`] = rendered;
  }
  return { ...set, params };
}

/** A label selector (matchLabels, matchExpressions) over a parameter set. */
function selects(selector: Record<string, unknown>, params: Params): boolean {
  for (const [name, value] of Object.entries(asRecord(selector.matchLabels))) {
    if (params[name] !== asString(value)) return false;
  }
  for (const raw of asList(selector.matchExpressions)) {
    const expression = asRecord(raw);
    const name = asString(expression.key) ?? '';
    const values = asList(expression.values).map(asString);
    const present = name in params;
    switch (asString(expression.operator)) {
      case 'In':
        if (!present || !values.includes(params[name])) return false;
        break;
      case 'NotIn':
        if (present && values.includes(params[name])) return false;
        break;
      case 'Exists':
        if (!present) return false;
        break;
      case 'DoesNotExist':
        if (present) return false;
        break;
      default:
        throw new Unknowable(`a selector operator '${asString(expression.operator) ?? ''}' is not known`);
    }
  }
  return true;
}

/** Argo CD's name normalisation: lowercase, DNS characters only, at most 253, no leading or trailing - and . */
export function sanitizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^-a-z0-9.]/g, '-')
    .slice(0, 253)
    .replace(/^[-.]+|[-.]+$/g, '');
}

/** Go's path.Match: `*` and `?` stay within a path segment; `[...]` classes. */
export function pathMatch(pattern: string, path: string): boolean {
  return globExpression(pattern, '[^/]').test(path);
}

/**
 * A git pathspec, as `git ls-files -- <pattern>` reads it (the files generator's default): wildcards match
 * across `/`, and a pattern without wildcards names a file or a directory of files.
 */
export function pathspecMatch(pattern: string, path: string): boolean {
  const spec = pattern.replace(/^\/+/, '');
  if (!/[*?[]/.test(spec)) return path === spec || path.startsWith(`${spec.replace(/\/+$/, '')}/`);
  return globExpression(spec, '.').test(path);
}

function globExpression(pattern: string, any: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '*') source += `${any}*`;
    else if (char === '?') source += any;
    else if (char === '\\' && i + 1 < pattern.length) source += escapeRegExp(pattern[++i]!);
    else if (char === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end === -1) return /(?!)/; // a class left open matches nothing (Go: ErrBadPattern)
      const body = pattern.slice(i + 1, end);
      const negated = body.startsWith('^') || body.startsWith('!');
      source += `[${negated ? `^${body.slice(1)}` : body}]`;
      i = end;
    } else source += escapeRegExp(char);
  }
  return new RegExp(`^${source}$`);
}

// ---- templates ----

/** `{{name}}`, `{{ .a.b }}`, and `{{ index .path.segments 1 }}`: the lookups both template styles share. */
const PLACEHOLDER = /\{\{\s*(?:index\s+\.([A-Za-z0-9_.-]+)\s+(\d+)|\.?([A-Za-z0-9_.[\]-]+))\s*\}\}/g;

export function hasPlaceholder(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('{{');
  if (Array.isArray(value)) return value.some(hasPlaceholder);
  if (isRecord(value))
    return Object.entries(value).some(([key, item]) => key.includes('{{') || hasPlaceholder(item));
  return false;
}

export function substitute(value: unknown, params: Params, state: { unresolved: boolean }): unknown {
  if (typeof value === 'string') {
    const result = value.replace(PLACEHOLDER, (match, list?: string, index?: string, name?: string) => {
      const param = params[list !== undefined ? `${list}.${index}` : name!];
      if (param === undefined) state.unresolved = true;
      return param ?? match;
    });
    if (result.includes('{{')) state.unresolved = true;
    return result;
  }
  if (Array.isArray(value)) return value.map((item) => substitute(item, params, state));
  if (isRecord(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        substitute(key, params, state) as string,
        substitute(item, params, state),
      ]),
    );
  }
  return value;
}

/** `{a: {b: 'x'}, l: [1]}` -> `{'a.b': 'x', 'l.0': '1'}`: nested values by dotted name, as both styles read them. */
function flatten(value: Record<string, unknown> | unknown[], prefix = '', out: Params = {}): Params {
  const entries = Array.isArray(value)
    ? value.map((item, i) => [String(i), item] as const)
    : Object.entries(value);
  for (const [key, item] of entries) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (isRecord(item) || Array.isArray(item)) flatten(item, name, out);
    else if (item === null || item === undefined) out[name] = '';
    else out[name] = typeof item === 'string' ? item : String(item);
  }
  return out;
}
