// Validates a custom resource against a CRD version's structural schema, as the API server would on write:
// required fields, types (int-or-string, nullable), enums, patterns, bounds, list types and unknown fields.
// Not evaluated: CEL rules (x-kubernetes-validations) and string formats other than integer ranges.
import type { FieldPath, KubeObject } from '../model.js';
import { asSchema } from './crd.js';
import type { CrdVersion, Schema } from './crd.js';
import { deepEqual, formatValue, schemaType } from './compare.js';
import { isRecord } from '../util/objects.js';

export interface SchemaError {
  /** Where the problem is in the object (the parent object for a missing required field's key). */
  path: FieldPath;
  /** `.spec.rules[0].host`. */
  field: string;
  /** The schema keyword that failed: `required`, `type`, `enum`, `pattern`, `maxLength`, `unknown-field`, ... */
  constraint: string;
  message: string;
}

export interface ValidateOptions {
  /** Stop after this many errors (default 50). */
  maxErrors?: number;
}

const DEFAULT_MAX_ERRORS = 50;
const ROOT_FIELDS = new Set(['apiVersion', 'kind', 'metadata']);
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Validates a custom resource (the whole object) against one version of its CRD. */
export function validateCustomResource(
  object: KubeObject,
  version: CrdVersion,
  options: ValidateOptions = {},
): SchemaError[] {
  const validator = new Validator(options.maxErrors ?? DEFAULT_MAX_ERRORS);
  validator.metadata(object.metadata, version.schema);
  if (version.schema) validator.validate(object, version.schema, [], true);
  return validator.errors;
}

/** Validates any value against a schema node (structural: unknown fields are errors). */
export function validateValue(value: unknown, schema: Schema, options: ValidateOptions = {}): SchemaError[] {
  const validator = new Validator(options.maxErrors ?? DEFAULT_MAX_ERRORS);
  validator.validate(value, schema, [], true);
  return validator.errors;
}

export function formatFieldPath(path: FieldPath): string {
  if (path.length === 0) return '.';
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += /^[A-Za-z_$][\w$-]*$/.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
  }
  return text;
}

class Validator {
  readonly errors: SchemaError[] = [];
  constructor(private readonly max: number) {}

  private full(): boolean {
    return this.errors.length >= this.max;
  }

  private error(path: FieldPath, constraint: string, message: string): void {
    if (this.full()) return;
    this.errors.push({ path, field: formatFieldPath(path), constraint, message });
  }

  /** metadata: only name and generateName are checked, as the API server does for custom resources. */
  metadata(metadata: unknown, root: Schema | undefined): void {
    if (!isRecord(metadata)) {
      this.error(['metadata'], 'required', 'metadata.name is required');
      return;
    }
    const schema = root ? asSchema(asSchema(root.properties)?.metadata) : undefined;
    const properties = schema ? asSchema(schema.properties) : undefined;
    for (const key of ['name', 'generateName'] as const) {
      const value = metadata[key];
      if (value === undefined || value === null) continue;
      const path = ['metadata', key];
      if (typeof value !== 'string') {
        this.error(path, 'type', `must be a string, got ${describeType(value)}`);
        continue;
      }
      const own = properties ? asSchema(properties[key]) : undefined;
      if (own) this.validate(value, own, path, false);
      if (key === 'name' && !isTemplated(value)) {
        if (value.length > 253)
          this.error(path, 'maxLength', 'must be no more than 253 characters (DNS subdomain)');
        else if (!DNS_SUBDOMAIN.test(value))
          this.error(
            path,
            'pattern',
            `${JSON.stringify(value)} is not a valid name: lowercase letters, digits, '-' and '.', starting and ending with a letter or digit (DNS subdomain)`,
          );
      }
    }
    if (metadata.name === undefined && metadata.generateName === undefined)
      this.error(['metadata'], 'required', 'metadata.name is required');
  }

  /** `structural`: the node defines the shape (unknown fields are errors); false inside allOf/anyOf/oneOf/not. */
  validate(value: unknown, schema: Schema, path: FieldPath, structural: boolean): void {
    if (this.full()) return;
    if (value === null) {
      if (schema.nullable !== true && structural) this.error(path, 'nullable', 'must not be null');
      return;
    }
    const type = schemaType(schema);
    if (type !== undefined && !hasType(value, type)) {
      this.error(path, 'type', `must be ${article(type)}, got ${describeType(value)}`);
      return;
    }
    if (Array.isArray(schema.enum) && !schema.enum.some((allowed) => deepEqual(allowed, value))) {
      this.error(
        path,
        'enum',
        `unsupported value ${formatValue(value)}: supported values: ${schema.enum.map((item) => formatValue(item)).join(', ')}`,
      );
    }
    if (typeof value === 'string') this.string(value, schema, path);
    else if (typeof value === 'number') this.number(value, schema, path);
    else if (Array.isArray(value)) this.array(value, schema, path, structural);
    else if (isRecord(value) && !(value instanceof Date)) this.object(value, schema, path, structural);
    this.combinators(value, schema, path);
  }

  private string(value: string, schema: Schema, path: FieldPath): void {
    if (isTemplated(value)) return; // an ApplicationSet or Helm placeholder: checked once rendered
    const length =
      typeof schema.minLength === 'number' || typeof schema.maxLength === 'number' ? [...value].length : 0;
    if (typeof schema.minLength === 'number' && length < schema.minLength)
      this.error(path, 'minLength', `must be at least ${schema.minLength} characters long, is ${length}`);
    if (typeof schema.maxLength === 'number' && length > schema.maxLength)
      this.error(path, 'maxLength', `must be at most ${schema.maxLength} characters long, is ${length}`);
    if (typeof schema.pattern === 'string') {
      const pattern = compilePattern(schema.pattern);
      if (pattern && !pattern.test(value))
        this.error(
          path,
          'pattern',
          `${formatValue(value)} does not match the pattern ${JSON.stringify(schema.pattern)}`,
        );
    }
  }

  private number(value: number, schema: Schema, path: FieldPath): void {
    const { minimum, maximum, multipleOf, format } = schema;
    if (typeof minimum === 'number') {
      const exclusive = schema.exclusiveMinimum === true;
      if (exclusive ? value <= minimum : value < minimum)
        this.error(
          path,
          'minimum',
          `must be ${exclusive ? 'greater than' : 'at least'} ${minimum}, is ${value}`,
        );
    }
    if (typeof maximum === 'number') {
      const exclusive = schema.exclusiveMaximum === true;
      if (exclusive ? value >= maximum : value > maximum)
        this.error(path, 'maximum', `must be ${exclusive ? 'less than' : 'at most'} ${maximum}, is ${value}`);
    }
    if (typeof multipleOf === 'number' && multipleOf > 0 && !Number.isInteger(value / multipleOf))
      this.error(path, 'multipleOf', `must be a multiple of ${multipleOf}, is ${value}`);
    if (format === 'int32' && Number.isInteger(value) && (value < -2147483648 || value > 2147483647))
      this.error(path, 'format', `${value} is out of the int32 range`);
  }

  private array(value: unknown[], schema: Schema, path: FieldPath, structural: boolean): void {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems)
      this.error(path, 'minItems', `must have at least ${schema.minItems} items, has ${value.length}`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
      this.error(path, 'maxItems', `must have at most ${schema.maxItems} items, has ${value.length}`);
    const listType = schema['x-kubernetes-list-type'];
    if (schema.uniqueItems === true || listType === 'set') {
      const duplicate = firstDuplicate(value, (item) => item);
      if (duplicate !== undefined)
        this.error(
          [...path, duplicate],
          listType === 'set' ? 'x-kubernetes-list-type' : 'uniqueItems',
          'duplicate item: items must be unique',
        );
    }
    const keys = schema['x-kubernetes-list-map-keys'];
    if (listType === 'map' && Array.isArray(keys)) {
      const duplicate = firstDuplicate(value, (item) =>
        keys.map((key) => (isRecord(item) && typeof key === 'string' ? item[key] : undefined)),
      );
      if (duplicate !== undefined)
        this.error(
          [...path, duplicate],
          'x-kubernetes-list-map-keys',
          `duplicate entry for key ${keys.map(String).join(', ')}: entries must be unique`,
        );
    }
    const items = asSchema(schema.items);
    if (!items) return;
    value.forEach((item, index) => this.validate(item, items, [...path, index], structural));
  }

  private object(value: Record<string, unknown>, schema: Schema, path: FieldPath, structural: boolean): void {
    const count = Object.keys(value).length;
    if (typeof schema.minProperties === 'number' && count < schema.minProperties)
      this.error(path, 'minProperties', `must have at least ${schema.minProperties} entries, has ${count}`);
    if (typeof schema.maxProperties === 'number' && count > schema.maxProperties)
      this.error(path, 'maxProperties', `must have at most ${schema.maxProperties} entries, has ${count}`);
    const properties = asSchema(schema.properties);
    if (Array.isArray(schema.required)) {
      for (const name of schema.required) {
        if (typeof name !== 'string') continue;
        const present = value[name];
        const nullable = properties ? asSchema(properties[name])?.nullable === true : false;
        if (present === undefined || (present === null && !nullable))
          this.error([...path, name], 'required', 'required field is missing');
      }
    }
    const additional = asSchema(schema.additionalProperties);
    const preserve =
      schema['x-kubernetes-preserve-unknown-fields'] === true || schema.additionalProperties === true;
    const embedded = schema['x-kubernetes-embedded-resource'] === true;
    const root = path.length === 0;
    for (const [key, child] of Object.entries(value)) {
      if (root && key === 'metadata') continue; // checked by metadata()
      const property = properties ? asSchema(properties[key]) : undefined;
      if (property) {
        if (child === null && property.nullable !== true) continue; // pruned by the API server
        this.validate(child, property, [...path, key], structural);
      } else if (additional) {
        if (child === null && additional.nullable !== true) continue;
        this.validate(child, additional, [...path, key], structural);
      } else if (structural && !preserve && !((root || embedded) && ROOT_FIELDS.has(key))) {
        this.error(
          [...path, key],
          'unknown-field',
          'unknown field: not in the CRD schema (the API server drops it; kubectl apply rejects it with strict field validation)',
        );
      }
      if (this.full()) return;
    }
  }

  private combinators(value: unknown, schema: Schema, path: FieldPath): void {
    const branch = (sub: unknown): SchemaError[] => {
      const nested = new Validator(1);
      const subSchema = asSchema(sub);
      if (subSchema) nested.validate(value, subSchema, path, false);
      return nested.errors;
    };
    if (Array.isArray(schema.allOf)) {
      for (const sub of schema.allOf) {
        const failed = branch(sub)[0];
        if (failed) {
          this.error(failed.path, failed.constraint, `${failed.message} (allOf)`);
          break;
        }
      }
    }
    const intOrString = schema['x-kubernetes-int-or-string'] === true;
    if (Array.isArray(schema.anyOf) && !intOrString) {
      const failures = schema.anyOf.map(branch);
      if (failures.length > 0 && failures.every((errors) => errors.length > 0)) {
        const first = failures[0]![0]!;
        this.error(
          path,
          'anyOf',
          `matches none of the ${failures.length} anyOf alternatives (first: ${first.field} ${first.message})`,
        );
      }
    }
    if (Array.isArray(schema.oneOf)) {
      const matches = schema.oneOf.filter((sub) => branch(sub).length === 0).length;
      if (matches !== 1)
        this.error(
          path,
          'oneOf',
          `must match exactly one of the ${schema.oneOf.length} oneOf alternatives, matches ${matches}`,
        );
    }
    if (isRecord(schema.not) && branch(schema.not).length === 0)
      this.error(path, 'not', 'matches a schema it must not match (not)');
  }
}

/** Helm or ApplicationSet placeholders are not values yet. */
function isTemplated(value: string): boolean {
  return value.includes('{{');
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'int-or-string':
      return typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value));
    case 'string':
      return typeof value === 'string' || value instanceof Date;
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isRecord(value) && !(value instanceof Date);
    default:
      return true;
  }
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'timestamp';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value === 'object' ? 'object' : typeof value;
}

function article(type: string): string {
  if (type === 'int-or-string') return 'an integer or a string';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function firstDuplicate(items: readonly unknown[], key: (item: unknown) => unknown): number | undefined {
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    const text = JSON.stringify(key(item));
    if (seen.has(text)) return index;
    seen.add(text);
  }
  return undefined;
}

const PATTERNS = new Map<string, RegExp | null>();

/** POSIX classes inside brackets, as RE2 reads them (ASCII). */
const POSIX_CLASSES: Readonly<Record<string, string>> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  lower: 'a-z',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

/**
 * The API server uses Go regular expressions (RE2). Most CRD patterns mean the same in JavaScript; a leading
 * `(?i)` becomes the `i` flag, `\z` becomes `$`, POSIX classes become ranges, and a pattern JavaScript cannot
 * compile is not checked.
 */
export function compilePattern(pattern: string): RegExp | undefined {
  let compiled = PATTERNS.get(pattern);
  if (compiled === undefined) {
    let source = pattern;
    let flags = '';
    const inline = /^\(\?([ims]+)\)/.exec(source);
    if (inline) {
      flags = [...new Set(inline[1]!.split(''))].join('');
      source = source.slice(inline[0].length);
    }
    source = source.replace(/\\z/g, '$');
    let unknownClass = false;
    source = source.replace(/\[:(\^?)([a-z]+):\]/g, (_match, negate: string, name: string) => {
      const range = POSIX_CLASSES[name];
      if (range === undefined || negate) unknownClass = true;
      return range ?? '';
    });
    compiled = unknownClass ? null : (tryRegExp(source, `${flags}u`) ?? tryRegExp(source, flags) ?? null);
    PATTERNS.set(pattern, compiled);
  }
  return compiled ?? undefined;
}

function tryRegExp(source: string, flags: string): RegExp | undefined {
  try {
    return new RegExp(source, flags);
  } catch {
    return undefined;
  }
}
