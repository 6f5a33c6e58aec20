import { describe, expect, it } from '@jest/globals';
import { compilePattern, validateCustomResource, validateValue } from '../../src/crd/validate.js';
import type { KubeObject } from '../../src/model.js';
import { crd, specSchema } from './crd-builder.js';
import type { SchemaNode } from './crd-builder.js';

const str = { type: 'string' };
const int = { type: 'integer' };

function errors(spec: unknown, properties: Record<string, SchemaNode>, extra: SchemaNode = {}): string[] {
  const version = crd({ schema: specSchema(properties, extra) }).versions[0]!;
  const object: KubeObject = { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' }, spec };
  return validateCustomResource(object, version).map((e) => `${e.field} ${e.constraint}`);
}

describe('validateCustomResource', () => {
  it('accepts a valid object', () => {
    expect(errors({ size: 3, color: 'red' }, { size: int, color: str })).toEqual([]);
  });

  it('required fields, by path', () => {
    expect(errors({}, { size: int }, { required: ['size'] })).toEqual(['.spec.size required']);
    // null is pruned for a non-nullable field, so it is missing
    expect(errors({ size: null }, { size: int }, { required: ['size'] })).toEqual(['.spec.size required']);
    expect(errors({ size: null }, { size: { ...int, nullable: true } }, { required: ['size'] })).toEqual([]);
  });

  it('types, int-or-string and nullable', () => {
    expect(errors({ size: 'big' }, { size: int })).toEqual(['.spec.size type']);
    expect(errors({ size: 1.5 }, { size: int })).toEqual(['.spec.size type']);
    expect(errors({ size: 1.5 }, { size: { type: 'number' } })).toEqual([]);
    expect(errors({ on: 'yes please' }, { on: { type: 'boolean' } })).toEqual(['.spec.on type']);
    const port = { 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] };
    expect(errors({ port: 80 }, { port })).toEqual([]);
    expect(errors({ port: 'http' }, { port })).toEqual([]);
    expect(errors({ port: true }, { port })).toEqual(['.spec.port type']);
    expect(errors({ list: [null] }, { list: { type: 'array', items: str } })).toEqual([
      '.spec.list[0] nullable',
    ]);
    expect(errors({ list: 'a' }, { list: { type: 'array', items: str } })).toEqual(['.spec.list type']);
  });

  it('enum, pattern, lengths and bounds', () => {
    expect(errors({ c: 'green' }, { c: { type: 'string', enum: ['red', 'blue'] } })).toEqual([
      '.spec.c enum',
    ]);
    expect(errors({ c: 'Red' }, { c: { type: 'string', pattern: '^[a-z]+$' } })).toEqual(['.spec.c pattern']);
    expect(errors({ c: '' }, { c: { type: 'string', minLength: 1 } })).toEqual(['.spec.c minLength']);
    expect(errors({ c: 'ééé' }, { c: { type: 'string', maxLength: 3 } })).toEqual([]);
    expect(errors({ c: 'abcd' }, { c: { type: 'string', maxLength: 3 } })).toEqual(['.spec.c maxLength']);
    expect(errors({ n: 0 }, { n: { type: 'integer', minimum: 1 } })).toEqual(['.spec.n minimum']);
    expect(errors({ n: 1 }, { n: { type: 'integer', minimum: 1, exclusiveMinimum: true } })).toEqual([
      '.spec.n minimum',
    ]);
    expect(errors({ n: 11 }, { n: { type: 'integer', maximum: 10 } })).toEqual(['.spec.n maximum']);
    expect(errors({ n: 3 }, { n: { type: 'integer', multipleOf: 2 } })).toEqual(['.spec.n multipleOf']);
    expect(errors({ n: 2 ** 31 }, { n: { type: 'integer', format: 'int32' } })).toEqual(['.spec.n format']);
    expect(errors({ l: [] }, { l: { type: 'array', items: str, minItems: 1 } })).toEqual([
      '.spec.l minItems',
    ]);
    expect(errors({ l: ['a', 'b'] }, { l: { type: 'array', items: str, maxItems: 1 } })).toEqual([
      '.spec.l maxItems',
    ]);
    expect(
      errors(
        { m: { a: 'x', b: 'y' } },
        { m: { type: 'object', additionalProperties: str, maxProperties: 1 } },
      ),
    ).toEqual(['.spec.m maxProperties']);
  });

  it('list types: set and map keys must be unique', () => {
    expect(
      errors({ l: ['a', 'a'] }, { l: { type: 'array', items: str, 'x-kubernetes-list-type': 'set' } }),
    ).toEqual(['.spec.l[1] x-kubernetes-list-type']);
    const map = {
      type: 'array',
      items: { type: 'object', properties: { name: str, v: int } },
      'x-kubernetes-list-type': 'map',
      'x-kubernetes-list-map-keys': ['name'],
    };
    expect(
      errors(
        {
          l: [
            { name: 'a', v: 1 },
            { name: 'a', v: 2 },
          ],
        },
        { l: map },
      ),
    ).toEqual(['.spec.l[1] x-kubernetes-list-map-keys']);
    expect(
      errors(
        {
          l: [
            { name: 'a', v: 1 },
            { name: 'b', v: 1 },
          ],
        },
        { l: map },
      ),
    ).toEqual([]);
  });

  it('unknown fields, except where unknown fields are preserved or a map allows any key', () => {
    expect(errors({ foo: 'bar' }, { size: int })).toEqual(['.spec.foo unknown-field']);
    expect(errors({ foo: 'bar' }, { size: int }, { 'x-kubernetes-preserve-unknown-fields': true })).toEqual(
      [],
    );
    expect(errors({ labels: { a: 'b' } }, { labels: { type: 'object', additionalProperties: str } })).toEqual(
      [],
    );
    expect(errors({ labels: { a: 1 } }, { labels: { type: 'object', additionalProperties: str } })).toEqual([
      '.spec.labels.a type',
    ]);
    // an object with no properties and no preserve-unknown-fields prunes everything
    expect(errors({ box: { a: 1 } }, { box: { type: 'object' } })).toEqual(['.spec.box.a unknown-field']);
    // embedded resources carry apiVersion, kind and metadata implicitly
    const embedded = {
      type: 'object',
      'x-kubernetes-embedded-resource': true,
      properties: { spec: { type: 'object' } },
    };
    expect(
      errors({ tpl: { apiVersion: 'v1', kind: 'Pod', metadata: {}, spec: {} } }, { tpl: embedded }),
    ).toEqual([]);
  });

  it('a top-level field outside the schema is unknown; apiVersion, kind and metadata never are', () => {
    const version = crd({ schema: specSchema({}) }).versions[0]!;
    const object = {
      apiVersion: 'example.com/v1',
      kind: 'Widget',
      metadata: { name: 'w' },
      spec: {},
      data: 1,
    };
    expect(validateCustomResource(object, version).map((e) => e.field)).toEqual(['.data']);
  });

  it('metadata: only name and generateName', () => {
    const version = crd({ schema: specSchema({}) }).versions[0]!;
    const check = (metadata: unknown) =>
      validateCustomResource(
        { apiVersion: 'example.com/v1', kind: 'Widget', metadata } as KubeObject,
        version,
      ).map((e) => `${e.field} ${e.constraint}`);
    expect(check({ name: 'ok.name-1', labels: { any: 'thing' }, annotations: { x: 'y' } })).toEqual([]);
    expect(check({ name: 'Not_OK' })).toEqual(['.metadata.name pattern']);
    expect(check({ generateName: 'w-' })).toEqual([]);
    expect(check({ labels: {} })).toEqual(['.metadata required']);
    expect(check({ name: '{{ .Values.name }}' })).toEqual([]);
  });

  it('allOf, anyOf, oneOf and not', () => {
    const props = { a: str, b: str };
    expect(errors({}, props, { anyOf: [{ required: ['a'] }, { required: ['b'] }] })).toEqual(['.spec anyOf']);
    expect(errors({ b: 'x' }, props, { anyOf: [{ required: ['a'] }, { required: ['b'] }] })).toEqual([]);
    expect(errors({ a: 'x', b: 'y' }, props, { oneOf: [{ required: ['a'] }, { required: ['b'] }] })).toEqual([
      '.spec oneOf',
    ]);
    expect(errors({ a: 'x' }, props, { oneOf: [{ required: ['a'] }, { required: ['b'] }] })).toEqual([]);
    expect(errors({ a: 'x' }, props, { allOf: [{ required: ['a'] }, { required: ['b'] }] })).toEqual([
      '.spec.b required',
    ]);
    expect(errors({ a: 'x' }, props, { not: { required: ['a'] } })).toEqual(['.spec not']);
    // value validations inside a branch apply to the field
    expect(errors({ a: 'toolong' }, props, { allOf: [{ properties: { a: { maxLength: 3 } } }] })).toEqual([
      '.spec.a maxLength',
    ]);
  });

  it('skips templated strings (ApplicationSet and Helm placeholders)', () => {
    expect(errors({ c: '{{ .color }}' }, { c: { type: 'string', enum: ['red'] } })).toEqual(['.spec.c enum']);
    expect(
      errors({ c: '{{path.basename}}' }, { c: { type: 'string', pattern: '^[a-z]+$', maxLength: 3 } }),
    ).toEqual([]);
  });

  it('stops at maxErrors', () => {
    const schema = specSchema({});
    const spec = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}`, i]));
    expect(validateValue({ spec }, schema, { maxErrors: 5 })).toHaveLength(5);
  });
});

describe('compilePattern', () => {
  it('reads Go (RE2) patterns as JavaScript, and skips what it cannot compile', () => {
    expect(compilePattern('^[a-z]+$')?.test('abc')).toBe(true);
    expect(compilePattern('(?i)^abc$')?.test('ABC')).toBe(true);
    expect(compilePattern('^abc\\z')?.test('abc')).toBe(true);
    expect(compilePattern('^[[:alpha:][:digit:]-]+$')?.test('ab-9')).toBe(true);
    expect(compilePattern('^[[:alpha:]]+$')?.test('a]')).toBe(false);
    expect(compilePattern('^(?P<name>x)$')).toBeUndefined();
  });
});
