import AjvModule from 'ajv';
import type { ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// Under NodeNext the default import is the CommonJS module object; the class is its `default`.
const Ajv = AjvModule.default;

/** The parts of GitHub's OpenAPI 3.0 description that request validation reads. */
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

type Schema = Record<string, unknown>;

interface Operation {
  operationId: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: Schema }> };
}

interface Description {
  paths: Record<string, Record<string, Operation>>;
  components: { parameters: Record<string, Parameter>; schemas: Record<string, Schema> };
}

interface Route {
  template: string;
  pattern: RegExp;
  names: string[];
  literals: number;
  methods: Record<string, Operation>;
}

export interface MatchedOperation {
  operationId: string;
  template: string;
  params: Record<string, string>;
}

export type ValidationResult = { ok: true; operation: MatchedOperation } | { ok: false; error: string };

const require = createRequire(import.meta.url);
const HTTP_METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'];

/**
 * Validates requests against GitHub's REST API description from `@octokit/openapi`: the operation must exist
 * for the method and path, path and query parameters must be declared and well typed, and the JSON body must
 * match the operation's request body schema, with no properties the schema does not declare.
 */
export class OpenApiValidator {
  private readonly description: Description;
  private readonly routes: Route[];
  private readonly ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  private readonly bodyValidators = new Map<string, ValidateFunction>();

  constructor() {
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    this.description = JSON.parse(readFileSync(file, 'utf8')) as Description;
    this.ajv.addSchema({ components: this.description.components }, 'github');
    this.routes = Object.entries(this.description.paths).map(([template, item]) => {
      const names: string[] = [];
      const segments = template.split('/').map((segment) => {
        const name = /^\{([^}]+)\}$/.exec(segment)?.[1];
        if (name === undefined) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(name);
        return '([^/]+)';
      });
      const methods: Record<string, Operation> = {};
      for (const method of HTTP_METHODS) if (item[method]) methods[method] = item[method];
      return {
        template,
        pattern: new RegExp(`^${segments.join('/')}$`),
        names,
        literals: template.split('/').length - names.length,
        methods,
      };
    });
  }

  validate(method: string, pathname: string, query: URLSearchParams, body: unknown): ValidationResult {
    const candidates = this.routes
      .map((route) => ({ route, match: route.pattern.exec(pathname) }))
      .filter((entry): entry is { route: Route; match: RegExpExecArray } => entry.match !== null)
      .sort((a, b) => b.route.literals - a.route.literals);
    const found = candidates[0];
    if (!found) return { ok: false, error: `no operation for path ${pathname}` };
    const operation = found.route.methods[method.toLowerCase()];
    if (!operation) return { ok: false, error: `${method} is not an operation of ${found.route.template}` };

    const params: Record<string, string> = {};
    found.route.names.forEach((name, index) => {
      params[name] = decodeURIComponent(found.match[index + 1] ?? '');
    });
    const declared = (operation.parameters ?? []).map((parameter) => this.resolveParameter(parameter));
    for (const parameter of declared.filter((p) => p.in === 'path')) {
      const error = checkScalar(parameter, params[parameter.name]);
      if (error) return { ok: false, error };
    }
    const queryParameters = new Map(declared.filter((p) => p.in === 'query').map((p) => [p.name, p]));
    for (const name of new Set(query.keys())) {
      const parameter = queryParameters.get(name);
      if (!parameter) return { ok: false, error: `query parameter '${name}' is not declared` };
      const error = checkScalar(parameter, query.get(name) ?? undefined);
      if (error) return { ok: false, error };
    }
    for (const parameter of queryParameters.values()) {
      if (parameter.required && !query.has(parameter.name)) {
        return { ok: false, error: `query parameter '${parameter.name}' is required` };
      }
    }

    const key = `${method.toLowerCase()} ${found.route.template}`;
    const schema = operation.requestBody?.content['application/json']?.schema;
    if (body === undefined) {
      if (operation.requestBody?.required) return { ok: false, error: `${key} requires a JSON body` };
    } else if (!schema) {
      return { ok: false, error: `${key} takes no request body` };
    } else {
      let validator = this.bodyValidators.get(key);
      if (!validator) {
        validator = this.ajv.compile(strictSchema(schema) as Record<string, unknown>);
        this.bodyValidators.set(key, validator);
      }
      if (!validator(body)) {
        const errors = (validator.errors ?? [])
          .map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`)
          .join('; ');
        return { ok: false, error: `${key} body does not match the schema: ${errors}` };
      }
    }
    return {
      ok: true,
      operation: { operationId: operation.operationId, template: found.route.template, params },
    };
  }

  private resolveParameter(parameter: Parameter | { $ref: string }): Parameter {
    if (!('$ref' in parameter)) return parameter;
    const name = parameter.$ref.replace('#/components/parameters/', '');
    const resolved = this.description.components.parameters[name];
    if (!resolved) throw new Error(`unresolved parameter ${parameter.$ref}`);
    return resolved;
  }
}

function checkScalar(parameter: Parameter, value: string | undefined): string | undefined {
  if (value === undefined || value === '') {
    return parameter.required ? `parameter '${parameter.name}' is required` : undefined;
  }
  const schema = parameter.schema ?? {};
  if (schema.type === 'integer' && !/^-?\d+$/.test(value)) {
    return `parameter '${parameter.name}' must be an integer, got '${value}'`;
  }
  if (schema.type === 'boolean' && value !== 'true' && value !== 'false') {
    return `parameter '${parameter.name}' must be a boolean, got '${value}'`;
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    return `parameter '${parameter.name}' must be one of ${schema.enum.join(', ')}, got '${value}'`;
  }
  return undefined;
}

/**
 * The operation's body schema with references into the loaded description, and with undeclared properties
 * refused (GitHub ignores them; a client sending them has a bug).
 */
function strictSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(strictSchema);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string') out[key] = value.replace(/^#/, 'github#');
    else if (key === 'properties' && typeof value === 'object' && value !== null) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, strictSchema(sub)]));
    } else out[key] = strictSchema(value);
  }
  const combined = ['allOf', 'anyOf', 'oneOf'].some((keyword) => keyword in out);
  if (out.properties && !('additionalProperties' in out) && !combined) out.additionalProperties = false;
  return out;
}
