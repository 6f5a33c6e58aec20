import { describe, expect, it } from '@jest/globals';
import {
  CHANGE_KINDS,
  compareCrdSets,
  compareCrds,
  formatDataPath,
  ANY_ITEM,
  ANY_VALUE,
} from '../../src/crd/compare.js';
import type { CrdChange, CrdChangeKind } from '../../src/crd/compare.js';
import { toCrd } from '../../src/crd/crd.js';
import { crd, crdObject, specSchema } from './crd-builder.js';
import type { CrdSpec, SchemaNode } from './crd-builder.js';

function diff(before: CrdSpec, after: CrdSpec): CrdChange[] {
  return compareCrds(crd(before), crd(after)).changes;
}

/** `kind path class` of every change. */
function kinds(changes: readonly CrdChange[]): string[] {
  return changes.map((change) => `${change.change} ${change.path || '-'} ${change.class}`);
}

function fields(
  before: Record<string, SchemaNode>,
  after: Record<string, SchemaNode>,
  extra: [SchemaNode, SchemaNode] = [{}, {}],
) {
  return kinds(diff({ schema: specSchema(before, extra[0]) }, { schema: specSchema(after, extra[1]) }));
}

const str = { type: 'string' };
const int = { type: 'integer' };

describe('compareCrdSets', () => {
  it('says plainly when there is no difference, whatever the key order', () => {
    const a = crdObject({ schema: specSchema({ replicas: { type: 'integer', minimum: 0 }, name: str }) });
    const b = JSON.parse(JSON.stringify(a)) as Record<string, unknown>;
    // reorder keys: same data
    const spec = b.spec as Record<string, unknown>;
    b.spec = Object.fromEntries(Object.entries(spec).reverse());
    const result = compareCrdSets([toCrd(a)!], [toCrd(b)!]);
    expect(result.changes).toEqual([]);
    expect(result.summary).toEqual({ breaking: 0, risky: 0, safe: 0 });
    expect(result.crds.map((c) => c.crd)).toEqual(['widgets.example.com']);
  });

  it('matches CRDs by name: added and removed CRDs', () => {
    const widgets = crd();
    const gadgets = crd({ plural: 'gadgets', kind: 'Gadget' });
    const result = compareCrdSets([widgets], [gadgets]);
    expect(kinds(result.changes)).toEqual(['crd-added - safe', 'crd-removed - breaking']);
    expect(result.changes.map((c) => c.crd)).toEqual(['gadgets.example.com', 'widgets.example.com']);
    expect(result.summary).toEqual({ breaking: 1, risky: 0, safe: 1 });
  });

  it('gives every kind a fixed class', () => {
    const classes = new Set(Object.values(CHANGE_KINDS));
    expect([...classes].sort()).toEqual(['breaking', 'risky', 'safe']);
  });
});

describe('CRD identity and versions', () => {
  it.each([
    ['scope-changed', { scope: 'Cluster' }],
    ['group-changed', { group: 'other.example.com', name: 'widgets.example.com' }],
    ['kind-changed', { kind: 'Gizmo' }],
    ['plural-changed', { plural: 'gizmos', name: 'widgets.example.com' }],
  ] as [CrdChangeKind, CrdSpec][])('%s is breaking', (kind, after) => {
    expect(kinds(diff({}, after))).toContain(`${kind} - breaking`);
    expect(kinds(diff(after, after))).toEqual([]);
  });

  it('short names and categories are safe name changes', () => {
    expect(kinds(diff({ shortNames: ['wd'] }, { shortNames: ['wd', 'wdg'] }))).toEqual([
      'names-changed - safe',
    ]);
  });

  it('a served version removed is breaking; a stored one says so', () => {
    const two = {
      versions: [
        { name: 'v1', storage: false },
        { name: 'v2', storage: true },
      ],
    };
    const one = { versions: [{ name: 'v2', storage: true }] };
    expect(kinds(diff(two, one))).toEqual(['version-removed - breaking']);
    expect(diff(two, one)[0]!.version).toBe('v1');

    // v1 was the storage version: objects are stored at it
    const stored = {
      versions: [
        { name: 'v1', storage: true },
        { name: 'v2', storage: false },
      ],
    };
    expect(kinds(diff(stored, one))).toEqual([
      'storage-version-removed - breaking',
      'storage-version-changed - risky',
    ]);
    // status.storedVersions counts too, when the file has it
    const listed = { ...two, status: { storedVersions: ['v1', 'v2'] } };
    expect(kinds(diff(listed, one))).toEqual(['storage-version-removed - breaking']);
  });

  it('served, storage and deprecation flags', () => {
    const base = {
      versions: [
        { name: 'v1', storage: false },
        { name: 'v2', storage: true },
      ],
    };
    const unserved = {
      versions: [
        { name: 'v1', storage: false, served: false },
        { name: 'v2', storage: true },
      ],
    };
    expect(kinds(diff(base, unserved))).toEqual(['version-unserved - breaking']);
    expect(kinds(diff(unserved, base))).toEqual(['version-served - safe']);

    const moved = {
      versions: [
        { name: 'v1', storage: true },
        { name: 'v2', storage: false },
      ],
    };
    expect(kinds(diff(moved, base))).toEqual(['storage-version-changed - risky']);
    expect(diff(moved, base)[0]!.version).toBe('v2');

    const deprecated = {
      versions: [
        { name: 'v1', storage: false, deprecated: true, deprecationWarning: 'use v2' },
        { name: 'v2', storage: true },
      ],
    };
    const change = diff(base, deprecated);
    expect(kinds(change)).toEqual(['version-deprecated - risky']);
    expect(change[0]!.message).toContain('"use v2"');
    expect(kinds(diff(deprecated, base))).toEqual(['version-undeprecated - safe']);
    expect(kinds(diff(base, { versions: [...base.versions, { name: 'v3', storage: false }] }))).toEqual([
      'version-added - safe',
    ]);
  });

  it('printer columns are safe, subresources and conversion risky, unknown version keys risky', () => {
    const columns = {
      versions: [
        {
          name: 'v1',
          additionalPrinterColumns: [{ name: 'AGE', type: 'date', jsonPath: '.metadata.creationTimestamp' }],
        },
      ],
    };
    expect(kinds(diff({}, columns))).toEqual(['printer-columns-changed - safe']);
    expect(kinds(diff({}, { versions: [{ name: 'v1', subresources: { status: {} } }] }))).toEqual([
      'subresources-changed - risky',
    ]);
    expect(
      kinds(diff({}, { versions: [{ name: 'v1', selectableFields: [{ jsonPath: '.spec.color' }] }] })),
    ).toEqual(['other-change - risky']);
    expect(
      kinds(
        diff(
          {},
          { spec: { conversion: { strategy: 'Webhook', webhook: { conversionReviewVersions: ['v1'] } } } },
        ),
      ),
    ).toEqual(['conversion-changed - risky']);
    expect(
      kinds(
        diff({ spec: { conversion: { strategy: 'None' } } }, { spec: { conversion: { strategy: 'None' } } }),
      ),
    ).toEqual([]);
  });

  it('spec.preserveUnknownFields true -> false prunes unknown fields (v1beta1 -> v1 migrations)', () => {
    expect(kinds(diff({ spec: { preserveUnknownFields: true } }, {}))).toEqual([
      'preserve-unknown-fields-removed - breaking',
    ]);
    expect(kinds(diff({}, { spec: { preserveUnknownFields: true } }))).toEqual(['validation-relaxed - safe']);
  });

  it('reads v1beta1 CRDs with one top-level schema', () => {
    const schema = specSchema({ size: int });
    const v1beta1 = toCrd({
      apiVersion: 'apiextensions.k8s.io/v1beta1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'widgets.example.com' },
      spec: {
        group: 'example.com',
        names: { kind: 'Widget', plural: 'widgets', singular: 'widget', listKind: 'WidgetList' },
        scope: 'Namespaced',
        version: 'v1',
        preserveUnknownFields: false,
        validation: { openAPIV3Schema: schema },
      },
    })!;
    expect(v1beta1.versions.map((v) => [v.name, v.served, v.storage, v.schema === schema])).toEqual([
      ['v1', true, true, true],
    ]);
    expect(kinds(compareCrds(v1beta1, crd({ schema })).changes)).toEqual([]);
  });
});

describe('schema changes', () => {
  it('field removed is breaking; added is safe; paths follow the custom resource', () => {
    expect(fields({ size: int, color: str }, { size: int })).toEqual(['field-removed .spec.color breaking']);
    expect(fields({ size: int }, { size: int, color: str })).toEqual(['field-added .spec.color safe']);
    expect(fields({ size: int }, { size: int })).toEqual([]);
  });

  it('a field removed under x-kubernetes-preserve-unknown-fields keeps its data: relaxed', () => {
    expect(
      fields({ size: int, color: str }, { size: int }, [
        {},
        { 'x-kubernetes-preserve-unknown-fields': true },
      ]),
    ).toEqual(['validation-relaxed .spec safe', 'validation-relaxed .spec.color safe']);
  });

  it('type changes: narrowing breaks, widening relaxes', () => {
    expect(fields({ size: str }, { size: int })).toEqual(['type-changed .spec.size breaking']);
    expect(fields({ size: int }, { size: { type: 'number' } })).toEqual([
      'validation-relaxed .spec.size safe',
    ]);
    const intOrString = {
      'x-kubernetes-int-or-string': true,
      anyOf: [{ type: 'integer' }, { type: 'string' }],
    };
    expect(fields({ port: int }, { port: intOrString })).toEqual(['validation-relaxed .spec.port safe']);
    expect(fields({ port: intOrString }, { port: str })).toEqual(['type-changed .spec.port breaking']);
    expect(fields({ port: intOrString }, { port: intOrString })).toEqual([]);
    // an untyped (preserve-unknown-fields) node that gets a type
    expect(
      fields({ raw: { 'x-kubernetes-preserve-unknown-fields': true } }, { raw: { type: 'object' } }),
    ).toEqual(['preserve-unknown-fields-removed .spec.raw breaking', 'type-changed .spec.raw breaking']);
  });

  it('an incompatible type change is reported once, not for every child', () => {
    expect(fields({ box: { type: 'object', properties: { a: str } } }, { box: str })).toEqual([
      'type-changed .spec.box breaking',
    ]);
  });

  it('format: added or changed breaks, widened or removed relaxes', () => {
    expect(fields({ n: int }, { n: { type: 'integer', format: 'int32' } })).toEqual([
      'format-changed .spec.n breaking',
    ]);
    expect(
      fields({ n: { type: 'string', format: 'date' } }, { n: { type: 'string', format: 'date-time' } }),
    ).toEqual(['format-changed .spec.n breaking']);
    expect(
      fields({ n: { type: 'integer', format: 'int32' } }, { n: { type: 'integer', format: 'int64' } }),
    ).toEqual(['validation-relaxed .spec.n safe']);
    expect(fields({ n: { type: 'integer', format: 'int32' } }, { n: int })).toEqual([
      'validation-relaxed .spec.n safe',
    ]);
  });

  it('newly required fields break, except inside a new optional parent', () => {
    expect(fields({ size: int }, { size: int }, [{}, { required: ['size'] }])).toEqual([
      'field-required .spec.size breaking',
    ]);
    // new field, required at once
    expect(fields({}, { size: int }, [{}, { required: ['size'] }])).toEqual([
      'field-required .spec.size breaking',
      'field-added .spec.size safe',
    ]);
    // required inside a new optional object: only the object is new
    expect(fields({}, { box: { type: 'object', required: ['a'], properties: { a: str } } })).toEqual([
      'field-added .spec.box safe',
    ]);
    expect(fields({ size: int }, { size: int }, [{ required: ['size'] }, {}])).toEqual([
      'validation-relaxed .spec.size safe',
    ]);
  });

  it('enums: added or narrowed breaks, widened or dropped relaxes', () => {
    const colors = (...values: string[]) => ({ type: 'string', enum: values });
    expect(fields({ c: str }, { c: colors('red') })).toEqual(['enum-added .spec.c breaking']);
    const narrowed = diff(
      { schema: specSchema({ c: colors('red', 'blue') }) },
      { schema: specSchema({ c: colors('red') }) },
    );
    expect(kinds(narrowed)).toEqual(['enum-values-removed .spec.c breaking']);
    expect(narrowed[0]!.message).toContain('"blue"');
    expect(fields({ c: colors('red') }, { c: colors('red', 'blue') })).toEqual([
      'validation-relaxed .spec.c safe',
    ]);
    expect(fields({ c: colors('red') }, { c: str })).toEqual(['validation-relaxed .spec.c safe']);
    expect(fields({ c: colors('red', 'blue') }, { c: colors('blue', 'red') })).toEqual([]);
  });

  it('x-kubernetes-preserve-unknown-fields removed breaks (data pruned), added relaxes', () => {
    const open = { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };
    expect(fields({ extra: open }, { extra: { type: 'object' } })).toEqual([
      'preserve-unknown-fields-removed .spec.extra breaking',
    ]);
    expect(fields({ extra: { type: 'object' } }, { extra: open })).toEqual([
      'validation-relaxed .spec.extra safe',
    ]);
  });

  it.each([
    ['maxLength added', str, { type: 'string', maxLength: 63 }],
    ['maxLength lowered', { type: 'string', maxLength: 253 }, { type: 'string', maxLength: 63 }],
    ['minLength added', str, { type: 'string', minLength: 1 }],
    ['minimum raised', { type: 'integer', minimum: 0 }, { type: 'integer', minimum: 1 }],
    ['maximum added', int, { type: 'integer', maximum: 10 }],
    [
      'exclusiveMinimum',
      { type: 'integer', minimum: 0 },
      { type: 'integer', minimum: 0, exclusiveMinimum: true },
    ],
    ['multipleOf', int, { type: 'integer', multipleOf: 2 }],
    ['minItems added', { type: 'array', items: str }, { type: 'array', items: str, minItems: 1 }],
    [
      'maxItems lowered',
      { type: 'array', items: str, maxItems: 5 },
      { type: 'array', items: str, maxItems: 3 },
    ],
    ['uniqueItems', { type: 'array', items: str }, { type: 'array', items: str, uniqueItems: true }],
    [
      'maxProperties',
      { type: 'object', additionalProperties: str },
      { type: 'object', additionalProperties: str, maxProperties: 3 },
    ],
    ['pattern added', str, { type: 'string', pattern: '^[a-z]+$' }],
    ['nullable removed', { type: 'string', nullable: true }, str],
  ])('validation tightened: %s is risky; the reverse relaxes', (_name, before, after) => {
    expect(fields({ f: before }, { f: after })).toEqual(['validation-tightened .spec.f risky']);
    expect(fields({ f: after }, { f: before })).toEqual(['validation-relaxed .spec.f safe']);
  });

  it('a changed pattern is tightened both ways (it may reject values the old one took)', () => {
    const before = { type: 'string', pattern: '^[a-z]+$' };
    const after = { type: 'string', pattern: '^[a-z]{2,}$' };
    expect(fields({ f: before }, { f: after })).toEqual(['validation-tightened .spec.f risky']);
    expect(fields({ f: after }, { f: before })).toEqual(['validation-tightened .spec.f risky']);
  });

  it('a schema added to a version tightens, removed relaxes', () => {
    expect(kinds(diff({ versions: [{ name: 'v1', schema: null }] }, {}))).toEqual([
      'validation-tightened . risky',
    ]);
    expect(kinds(diff({}, { versions: [{ name: 'v1', schema: null }] }))).toEqual([
      'validation-relaxed . safe',
    ]);
  });

  it('CEL rules: added or changed is risky, removed relaxes, a new message is a description', () => {
    const rule = (text: string, message = 'm') => ({ 'x-kubernetes-validations': [{ rule: text, message }] });
    expect(fields({ size: int }, { size: int }, [{}, rule('self.size > 0')])).toEqual([
      'cel-rule-added .spec risky',
    ]);
    expect(fields({ size: int }, { size: int }, [rule('self.size > 0'), rule('self.size > 1')])).toEqual([
      'cel-rule-changed .spec risky',
    ]);
    expect(fields({ size: int }, { size: int }, [rule('self.size > 0'), {}])).toEqual([
      'validation-relaxed .spec safe',
    ]);
    expect(
      fields({ size: int }, { size: int }, [rule('self.size > 0', 'a'), rule('self.size > 0', 'b')]),
    ).toEqual(['description-changed .spec safe']);
    const transition = diff(
      { schema: specSchema({ size: int }) },
      { schema: specSchema({ size: int }, rule('self.size >= oldSelf.size')) },
    );
    expect(transition[0]!.message).toContain('transition rule');
  });

  it('defaults added, changed or removed are risky', () => {
    expect(fields({ n: int }, { n: { type: 'integer', default: 1 } })).toEqual([
      'default-added .spec.n risky',
    ]);
    expect(fields({ n: { type: 'integer', default: 1 } }, { n: { type: 'integer', default: 2 } })).toEqual([
      'default-changed .spec.n risky',
    ]);
    expect(fields({ n: { type: 'integer', default: 1 } }, { n: int })).toEqual([
      'default-removed .spec.n risky',
    ]);
    expect(
      fields({ n: { type: 'object', default: { a: 1 } } }, { n: { type: 'object', default: { a: 1 } } }),
    ).toEqual([]);
  });

  it('list and map types are risky', () => {
    const list = { type: 'array', items: str };
    expect(fields({ l: list }, { l: { ...list, 'x-kubernetes-list-type': 'set' } })).toEqual([
      'list-type-changed .spec.l risky',
    ]);
    expect(
      fields({ m: { type: 'object' } }, { m: { type: 'object', 'x-kubernetes-map-type': 'atomic' } }),
    ).toEqual(['list-type-changed .spec.m risky']);
    const map = {
      type: 'array',
      items: { type: 'object', properties: { name: str } },
      'x-kubernetes-list-type': 'map',
    };
    expect(
      fields(
        { l: { ...map, 'x-kubernetes-list-map-keys': ['name'] } },
        { l: { ...map, 'x-kubernetes-list-map-keys': ['name', 'port'] } },
      ),
    ).toEqual(['list-type-changed .spec.l risky']);
  });

  it('descriptions are safe', () => {
    expect(fields({ n: { ...int, description: 'a' } }, { n: { ...int, description: 'b' } })).toEqual([
      'description-changed .spec.n safe',
    ]);
  });

  it('walks items, additionalProperties, and reports unknown keywords as other-change', () => {
    const list = (item: SchemaNode) => ({ type: 'array', items: { type: 'object', properties: item } });
    expect(fields({ rules: list({ host: str, port: int }) }, { rules: list({ host: str }) })).toEqual([
      'field-removed .spec.rules[*].port breaking',
    ]);
    const map = (value: SchemaNode) => ({ type: 'object', additionalProperties: value });
    expect(fields({ labels: map(str) }, { labels: map(int) })).toEqual([
      'type-changed .spec.labels.* breaking',
    ]);
    expect(fields({ labels: map(str) }, { labels: { type: 'object' } })).toEqual([
      'field-removed .spec.labels.* breaking',
    ]);
    expect(fields({ labels: { type: 'object' } }, { labels: map(str) })).toEqual([
      'field-added .spec.labels.* safe',
    ]);
    expect(
      fields({ o: { type: 'object' } }, { o: { type: 'object', 'x-kubernetes-embedded-resource': true } }),
    ).toEqual(['other-change .spec.o risky']);
  });

  it('allOf, anyOf and oneOf: added tightens, removed relaxes; alternatives move either way', () => {
    const one = (...names: string[]) => names.map((name) => ({ required: [name] }));
    const props = { a: str, b: str, c: str };
    expect(fields(props, props, [{}, { oneOf: one('a', 'b') }])).toEqual([
      'validation-tightened .spec risky',
    ]);
    expect(fields(props, props, [{ oneOf: one('a', 'b') }, {}])).toEqual(['validation-relaxed .spec safe']);
    expect(fields(props, props, [{ anyOf: one('a', 'b') }, { anyOf: one('a', 'b', 'c') }])).toEqual([
      'validation-relaxed .spec safe',
    ]);
    expect(fields(props, props, [{ anyOf: one('a', 'b') }, { anyOf: one('a') }])).toEqual([
      'validation-tightened .spec risky',
    ]);
    expect(fields(props, props, [{ allOf: one('a') }, { allOf: one('a', 'b') }])).toEqual([
      'validation-tightened .spec risky',
    ]);
    expect(fields(props, props, [{ oneOf: one('a', 'b') }, { oneOf: one('a', 'c') }])).toEqual([
      'validation-tightened .spec risky',
    ]);
  });

  it('a breaking change under .status is a risk for the controller, not a break', () => {
    const before = specSchema({});
    const after = JSON.parse(JSON.stringify(before)) as {
      properties: { status: { properties: Record<string, unknown> } };
    };
    delete after.properties.status.properties.phase;
    const changes = diff({ schema: before }, { schema: after as SchemaNode });
    expect(kinds(changes)).toEqual(['field-removed .status.phase risky']);
    expect(changes[0]!.message).toContain('controller');
  });

  it('points at the change in the new CRD object, for line numbers', () => {
    const [change] = diff(
      { schema: specSchema({ n: int }) },
      { schema: specSchema({ n: { ...int, maximum: 3 } }) },
    );
    expect(change!.newPath).toEqual([
      'spec',
      'versions',
      0,
      'schema',
      'openAPIV3Schema',
      'properties',
      'spec',
      'properties',
      'n',
      'maximum',
    ]);
  });
});

describe('formatDataPath', () => {
  it('writes list items, map values and odd keys', () => {
    expect(formatDataPath([])).toBe('.');
    expect(formatDataPath(['spec', 'rules', ANY_ITEM, 'host'])).toBe('.spec.rules[*].host');
    expect(formatDataPath(['metadata', 'labels', ANY_VALUE])).toBe('.metadata.labels.*');
    expect(formatDataPath(['spec', 'a.b/c'])).toBe('.spec["a.b/c"]');
  });
});
