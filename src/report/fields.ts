import type { FieldChange, ResourceChange } from '../model.js';

const CRD_SCHEMA = /^spec\.versions\[(\d+)\]\.schema\.openAPIV3Schema(?=\.|\[|$)/;

export interface DisplayedFields {
  fields: FieldChange[];
  /** One line per collapsed group: what a reader needs instead of hundreds of schema paths. */
  notes: string[];
}

/**
 * The field changes to show a reader. A CRD's schema changes are counted per version, not listed: the crd-*
 * findings classify them (breaking, risky, safe), and the JSON report keeps every one.
 */
export function displayFields(change: ResourceChange): DisplayedFields {
  const kind = (change.head ?? change.base)?.ref.kind;
  if (kind !== 'CustomResourceDefinition') return { fields: change.fields, notes: [] };
  const fields: FieldChange[] = [];
  const counts = new Map<string, number>();
  for (const field of change.fields) {
    const match = CRD_SCHEMA.exec(field.path);
    if (!match) fields.push(field);
    else counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  }
  const notes = [...counts].map(
    ([path, count]) =>
      `${path}: ${count} schema field${count === 1 ? '' : 's'} changed (classified by the crd-* finding; all in the JSON report)`,
  );
  return { fields, notes };
}
