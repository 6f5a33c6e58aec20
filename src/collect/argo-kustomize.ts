// An Argo CD source's `kustomize` options (images, name prefix and suffix, namespace, labels, annotations,
// replicas, patches, components): Argo CD runs `kustomize edit` with them before it builds, so the review does
// the same to its copy of the kustomization.
import { asList, asRecord, isRecord } from '../util/objects.js';
import type { KustomizationEdits } from './targets.js';
import { asString } from './yaml-data.js';

/** The edits a source's `kustomize` block asks for; undefined when it asks for none. */
export function kustomizationEdits(options: unknown): KustomizationEdits | undefined {
  if (!isRecord(options)) return undefined;
  const strings = (value: unknown) =>
    Object.fromEntries(
      Object.entries(asRecord(value)).flatMap(([key, raw]) => {
        const text = asString(raw);
        return text === undefined ? [] : [[key, text]];
      }),
    );
  const edits: KustomizationEdits = {
    images: asList(options.images).flatMap((image) => {
      const spec = asString(image);
      return spec ? [imageEdit(spec)] : [];
    }),
    commonLabels: strings(options.commonLabels),
    labelsWithoutSelector: options.labelWithoutSelector === true,
    commonAnnotations: strings(options.commonAnnotations),
    replicas: asList(options.replicas).flatMap((raw) => {
      const entry = asRecord(raw);
      const name = asString(entry.name);
      const count = Number(asString(entry.count));
      return name && Number.isInteger(count) ? [{ name, count }] : [];
    }),
    patches: asList(options.patches).filter(isRecord),
    components: asList(options.components).flatMap((raw) => {
      const path = asString(raw);
      return path ? [path] : [];
    }),
  };
  for (const field of ['namePrefix', 'nameSuffix', 'namespace'] as const) {
    const value = asString(options[field]);
    if (value) edits[field] = value;
  }
  const empty =
    edits.namePrefix === undefined &&
    edits.nameSuffix === undefined &&
    edits.namespace === undefined &&
    edits.images.length === 0 &&
    Object.keys(edits.commonLabels).length === 0 &&
    Object.keys(edits.commonAnnotations).length === 0 &&
    edits.replicas.length === 0 &&
    edits.patches.length === 0 &&
    edits.components.length === 0;
  return empty ? undefined : edits;
}

/** `[old=]new[:tag|@digest]`, as `kustomize edit set image` reads it. */
export function imageEdit(spec: string): KustomizationEdits['images'][number] {
  const equals = spec.indexOf('=');
  const image = equals === -1 ? spec : spec.slice(equals + 1);
  let newName = image;
  let newTag: string | undefined;
  let digest: string | undefined;
  const at = image.indexOf('@');
  if (at !== -1) {
    newName = image.slice(0, at);
    digest = image.slice(at + 1);
  } else {
    const colon = image.lastIndexOf(':');
    // A colon before the last slash is a registry port, not a tag.
    if (colon > image.lastIndexOf('/')) {
      newName = image.slice(0, colon);
      newTag = image.slice(colon + 1);
    }
  }
  const name = equals === -1 ? newName : spec.slice(0, equals);
  return {
    name,
    ...(newName !== name ? { newName } : {}),
    ...(newTag !== undefined ? { newTag } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
}

/** The kustomization (as data) with the edits merged in, as `kustomize edit` would leave it. */
export function applyEdits(
  kustomization: Record<string, unknown>,
  edits: KustomizationEdits,
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...kustomization };
  if (edits.namePrefix !== undefined) result.namePrefix = edits.namePrefix;
  if (edits.nameSuffix !== undefined) result.nameSuffix = edits.nameSuffix;
  if (edits.namespace !== undefined) result.namespace = edits.namespace;
  if (edits.images.length > 0) {
    const images = asList(result.images).map((entry) => ({ ...asRecord(entry) }));
    for (const edit of edits.images) {
      const existing = images.find((entry) => entry.name === edit.name);
      const entry = existing ?? { name: edit.name };
      if (edit.newName !== undefined) entry.newName = edit.newName;
      if (edit.newTag !== undefined) {
        entry.newTag = edit.newTag;
        delete entry.digest;
      }
      if (edit.digest !== undefined) {
        entry.digest = edit.digest;
        delete entry.newTag;
      }
      if (!existing) images.push(entry);
    }
    result.images = images;
  }
  if (Object.keys(edits.commonLabels).length > 0) {
    if (edits.labelsWithoutSelector) {
      result.labels = [...asList(result.labels), { pairs: edits.commonLabels, includeSelectors: false }];
    } else {
      result.commonLabels = { ...asRecord(result.commonLabels), ...edits.commonLabels };
    }
  }
  if (Object.keys(edits.commonAnnotations).length > 0) {
    result.commonAnnotations = { ...asRecord(result.commonAnnotations), ...edits.commonAnnotations };
  }
  if (edits.replicas.length > 0) {
    const replicas = asList(result.replicas).map((entry) => ({ ...asRecord(entry) }));
    for (const edit of edits.replicas) {
      const existing = replicas.find((entry) => entry.name === edit.name);
      if (existing) existing.count = edit.count;
      else replicas.push({ name: edit.name, count: edit.count });
    }
    result.replicas = replicas;
  }
  if (edits.patches.length > 0) result.patches = [...asList(result.patches), ...edits.patches];
  if (edits.components.length > 0) result.components = [...asList(result.components), ...edits.components];
  return result;
}
