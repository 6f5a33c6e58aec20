import { describe, expect, it } from '@jest/globals';
import { displayFields } from '../../src/report/fields.js';
import { renderText } from '../../src/report/text.js';
import { makeReport, modified } from './report-fixture.js';

const crd = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  name: 'widgets.example.com',
};
const schemaField = (i: number) => ({
  path: `spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.f${i}`,
  type: 'added' as const,
  after: { type: 'string' },
});

describe('displayFields', () => {
  it('counts CRD schema changes per version instead of listing them', () => {
    const change = modified(crd, 'crds.yaml', [
      ...Array.from({ length: 40 }, (_, i) => schemaField(i)),
      { path: 'metadata.labels.version', type: 'changed', before: '1', after: '2' },
    ]);
    const shown = displayFields(change);
    expect(shown.fields.map((f) => f.path)).toEqual(['metadata.labels.version']);
    expect(shown.notes).toEqual([
      'spec.versions[0].schema.openAPIV3Schema: 40 schema fields changed (classified by the crd-* finding; all in the JSON report)',
    ]);
    const text = renderText(
      makeReport({ changes: [{ file: 'crds.yaml', status: 'modified', resources: [change] }] }),
      {
        color: false,
      },
    );
    expect(text).toContain('40 schema fields changed');
    expect(text).not.toContain('properties.f39');
  });

  it('shows every field of other kinds', () => {
    const change = modified({ apiVersion: 'v1', kind: 'ConfigMap', name: 'c' }, 'c.yaml', [schemaField(1)]);
    expect(displayFields(change)).toEqual({ fields: change.fields, notes: [] });
  });
});
