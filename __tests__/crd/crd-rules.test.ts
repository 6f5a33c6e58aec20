import { describe, expect, it } from '@jest/globals';
import { crdInvalidResourceRule } from '../../src/rules/crd-invalid-resource.js';
import { deprecatedApiRule } from '../../src/rules/deprecated-api.js';
import { checkAsyncFixture, fixtureNames, parse, runAsyncRule } from './crd-fixture.js';

const widgetCrd = (versions: string) =>
  [
    'apiVersion: apiextensions.k8s.io/v1',
    'kind: CustomResourceDefinition',
    'metadata:',
    '  name: widgets.example.com',
    'spec:',
    '  group: example.com',
    '  names: { kind: Widget, plural: widgets }',
    '  scope: Namespaced',
    '  versions:',
    versions,
    '',
  ].join('\n');
const v1 = `    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              properties:
                size: { type: integer }`;
const deprecatedBeta = `    - name: v1beta1
      served: true
      storage: false
      deprecated: true
      deprecationWarning: example.com/v1beta1 Widget is deprecated; use example.com/v1
      schema:
        openAPIV3Schema: { type: object, x-kubernetes-preserve-unknown-fields: true }`;

describe('crd-invalid-resource fixtures', () => {
  it.each(fixtureNames('crd-invalid-resource'))('%s: reports exactly the marked lines', async (name) => {
    const { expected, actual } = await checkAsyncFixture(crdInvalidResourceRule, name);
    expect(expected.length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  });
});

describe('crd-invalid-resource', () => {
  it('names the field, the constraint and the CRD version', async () => {
    const crds = parse('crds/widgets.yaml', widgetCrd(v1));
    const found = await runAsyncRule(
      crdInvalidResourceRule,
      'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: big\n',
      crds,
    );
    expect(found.map((f) => [f.line, f.message])).toEqual([
      [6, '.spec.size: must be an integer, got string [type; CRD widgets.example.com v1]'],
    ]);
    expect(found[0]!.key).toBe('.spec.size|type');
  });

  it('an apiVersion the CRD does not serve, with a fix when the served version accepts the object', async () => {
    const crds = parse('crds/widgets.yaml', widgetCrd(v1));
    const [finding] = await runAsyncRule(
      crdInvalidResourceRule,
      'apiVersion: example.com/v1beta1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: 1\n',
      crds,
    );
    expect(finding!.message).toContain(
      'example.com/v1beta1 is not a version of CRD widgets.example.com (crds/widgets.yaml:1)',
    );
    expect(finding!.message).toContain('Served: example.com/v1.');
    expect(finding!.fix).toEqual({
      line: 1,
      replacement: 'apiVersion: example.com/v1',
      description: 'Change apiVersion to example.com/v1',
    });
  });

  it('caps the findings per resource and counts the rest', async () => {
    const crds = parse('crds/widgets.yaml', widgetCrd(v1));
    const spec = Array.from({ length: 14 }, (_, i) => `  f${i}: ${i}`).join('\n');
    const found = await runAsyncRule(
      crdInvalidResourceRule,
      `apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n${spec}\n`,
      crds,
    );
    expect(found).toHaveLength(11);
    expect(found[10]!.message).toBe('4 more schema errors against widgets.example.com v1');
  });

  it('does not read the repo for built-in APIs', async () => {
    let reads = 0;
    const [resource] = parse('a.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n');
    const context = {
      kubernetesVersion: { major: 1, minor: 33 },
      upgradeVersion: { major: 1, minor: 34 },
      repo: { resourcesOfKind: () => (reads++, Promise.resolve([])) },
    };
    await crdInvalidResourceRule.check(resource!, context, () => {});
    await deprecatedApiRule.check(resource!, context, () => {});
    expect(reads).toBe(0);
  });
});

describe('deprecated-api for custom resources', () => {
  it('reports a version its CRD marks deprecated, with the warning and a fix', async () => {
    const crds = parse('crds/widgets.yaml', widgetCrd(`${v1}\n${deprecatedBeta}`));
    const found = await runAsyncRule(
      deprecatedApiRule,
      'apiVersion: example.com/v1beta1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: 1\n',
      crds,
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('notice');
    expect(found[0]!.line).toBe(1);
    expect(found[0]!.message).toContain('"example.com/v1beta1 Widget is deprecated; use example.com/v1"');
    expect(found[0]!.message).toContain('Use example.com/v1 (the storage version).');
    expect(found[0]!.fix?.replacement).toBe('apiVersion: example.com/v1');
  });

  it('no fix when the object does not fit the replacement version, and nothing for served versions', async () => {
    const crds = parse('crds/widgets.yaml', widgetCrd(`${v1}\n${deprecatedBeta}`));
    const found = await runAsyncRule(
      deprecatedApiRule,
      'apiVersion: example.com/v1beta1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  colour: red\n---\napiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: x\n',
      crds,
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.fix).toBeUndefined();
  });
});

describe('crd-invalid-resource for ApplicationSet templates', () => {
  const applicationCrd = [
    'apiVersion: apiextensions.k8s.io/v1',
    'kind: CustomResourceDefinition',
    'metadata:',
    '  name: applications.argoproj.io',
    'spec:',
    '  group: argoproj.io',
    '  names: { kind: Application, plural: applications }',
    '  scope: Namespaced',
    '  versions:',
    '    - name: v1alpha1',
    '      served: true',
    '      storage: true',
    '      schema:',
    '        openAPIV3Schema:',
    '          type: object',
    '          properties:',
    '            spec:',
    '              type: object',
    '              required: [destination, project]',
    '              properties:',
    '                project: { type: string }',
    '                destination: { type: object, properties: { server: { type: string } } }',
    '                source:',
    '                  type: object',
    '                  properties:',
    '                    path: { type: string, minLength: 1, pattern: "^.{2,}|[^./]$" }',
    '',
  ].join('\n');
  const applicationSetCrd = [
    'apiVersion: apiextensions.k8s.io/v1',
    'kind: CustomResourceDefinition',
    'metadata:',
    '  name: applicationsets.argoproj.io',
    'spec:',
    '  group: argoproj.io',
    '  names: { kind: ApplicationSet, plural: applicationsets }',
    '  scope: Namespaced',
    '  versions:',
    '    - name: v1alpha1',
    '      served: true',
    '      storage: true',
    '      schema:',
    '        openAPIV3Schema: { type: object, x-kubernetes-preserve-unknown-fields: true }',
    '',
  ].join('\n');
  const crds = [...parse('crds/app.yaml', applicationCrd), ...parse('crds/appset.yaml', applicationSetCrd)];
  const appSet = (templateSpec: string, extra = '') =>
    [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: ApplicationSet',
      'metadata:',
      '  name: guestbook',
      'spec:',
      '  generators: [{list: {elements: [{cluster: a}]}}]',
      extra,
      '  template:',
      '    metadata:',
      "      name: '{{cluster}}-guestbook'",
      '    spec:',
      templateSpec,
      '',
    ]
      .filter((line) => line !== '')
      .join('\n');

  it('checks the template as the Application it generates', async () => {
    const found = await runAsyncRule(
      crdInvalidResourceRule,
      appSet("      project: default\n      source:\n        path: '.'"),
      crds,
    );
    expect(found.map((f) => [f.line, f.message])).toEqual([
      [
        10,
        expect.stringMatching(
          /^spec\.template \(the Application it generates\): \.spec\.destination: .*required/,
        ),
      ],
      [13, expect.stringMatching(/^spec\.template \(the Application it generates\): \.spec\.source\.path: /)],
    ]);
  });

  it('leaves valid templates, placeholders and patched templates alone', async () => {
    const valid =
      "      project: default\n      destination: {server: '{{server}}'}\n      source:\n        path: '{{path}}'";
    expect(await runAsyncRule(crdInvalidResourceRule, appSet(valid), crds)).toEqual([]);
    const patched = appSet('      project: default', '  templatePatch: \'{"spec": {}}\'');
    expect(await runAsyncRule(crdInvalidResourceRule, patched, crds)).toEqual([]);
    // without the Application CRD in the repo there is nothing to check against
    expect(
      await runAsyncRule(crdInvalidResourceRule, appSet('      project: default'), crds.slice(1)),
    ).toEqual([]);
  });
});
