import { describe, expect, it } from '@jest/globals';
import { diffResources } from '../../src/diff/diff.js';
import { parseManifestFile } from '../../src/parse/parse.js';
import { displayFields } from '../../src/report/fields.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { makeReport, modified } from './report-fixture.js';

const crd = (properties: string, label: string) =>
  [
    'apiVersion: apiextensions.k8s.io/v1',
    'kind: CustomResourceDefinition',
    'metadata:',
    '  name: widgets.example.com',
    `  labels: {version: "${label}"}`,
    'spec:',
    '  group: example.com',
    '  names: {kind: Widget, plural: widgets}',
    '  scope: Namespaced',
    '  versions:',
    '    - name: v1',
    '      served: true',
    '      storage: true',
    '      schema:',
    '        openAPIV3Schema:',
    '          type: object',
    '          properties:',
    '            spec:',
    '              type: object',
    `              properties: {${properties}}`,
    '',
  ].join('\n');

function crdChange(before: string, after: string) {
  const [change] = diffResources(
    parseManifestFile('crds.yaml', crd(before, '1')).resources,
    parseManifestFile('crds.yaml', crd(after, '2')).resources,
  );
  return change!;
}

describe('displayFields', () => {
  it("shows a CRD's classified changes instead of its schema paths", () => {
    const change = crdChange(
      'size: {type: integer}, color: {type: string}',
      'size: {type: string}, shape: {type: string}',
    );
    const shown = displayFields(change);
    expect(shown.fields.map((field) => field.path)).toEqual(['metadata.labels.version']);
    expect(shown.notes).toEqual([
      expect.stringMatching(/^breaking v1 \.spec\.color: /),
      expect.stringMatching(/^breaking v1 \.spec\.size: /),
      expect.stringMatching(/^safe v1 \.spec\.shape: /),
    ]);
    const report = makeReport({ changes: [{ file: 'crds.yaml', status: 'modified', resources: [change] }] });
    const text = renderText(report, { color: false });
    expect(text).toContain('breaking v1 .spec.color');
    expect(text).not.toContain('openAPIV3Schema.properties');
    expect(renderMarkdown(report)).toContain('  safe v1 .spec.shape: ');
  });

  it('shows every field of other kinds', () => {
    const change = modified({ apiVersion: 'v1', kind: 'ConfigMap', name: 'c' }, 'c.yaml', [
      { path: 'data.a', type: 'changed', before: '1', after: '2' },
    ]);
    expect(displayFields(change)).toEqual({ fields: change.fields, notes: [] });
  });
});
