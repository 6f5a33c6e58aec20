import { compareCrds } from '../crd/compare.js';
import { toCrd } from '../crd/crd.js';
import type { FieldChange, ResourceChange } from '../model.js';

const CRD_SCHEMA = /^spec\.versions\[(\d+)\]\.schema\.openAPIV3Schema(?=\.|\[|$)/;
/** A CRD can change in hundreds of places; past this the list ends with a count. */
const MAX_CRD_CHANGES = 60;

export interface DisplayedFields {
  fields: FieldChange[];
  /** Lines shown instead of raw fields: a CRD's classified changes. */
  notes: string[];
}

/**
 * The field changes to show a reader. A CRD's schema is shown as its classified changes (breaking, risky,
 * safe: the same comparison as the crd-* findings), not as hundreds of schema paths; the JSON report keeps
 * every raw field.
 */
export function displayFields(change: ResourceChange): DisplayedFields {
  // Reports render several times (each size budget, the comment and the job summary): compare a CRD once.
  let shown = displayed.get(change);
  if (!shown) {
    shown = computeDisplayFields(change);
    displayed.set(change, shown);
  }
  return shown;
}

const displayed = new WeakMap<ResourceChange, DisplayedFields>();

function computeDisplayFields(change: ResourceChange): DisplayedFields {
  const kind = (change.head ?? change.base)?.ref.kind;
  if (kind !== 'CustomResourceDefinition' || !change.base || !change.head)
    return { fields: change.fields, notes: [] };
  const fields = change.fields.filter((field) => !CRD_SCHEMA.test(field.path));
  if (fields.length === change.fields.length) return { fields, notes: [] };
  const comparison = compareCrds(toCrd(change.base.object), toCrd(change.head.object));
  const notes = comparison.changes
    .slice(0, MAX_CRD_CHANGES)
    .map(
      (crdChange) =>
        `${[crdChange.class, crdChange.version, crdChange.path].filter((part) => part !== '').join(' ')}: ${crdChange.message}`,
    );
  const more = comparison.changes.length - MAX_CRD_CHANGES;
  if (more > 0)
    notes.push(`… ${more} more CRD change${more === 1 ? '' : 's'} (all in the JSON report's fields)`);
  if (comparison.changes.length === 0) notes.push('schema: no difference that matters to custom resources');
  return { fields, notes };
}
