import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';

// Under NodeNext the default import is the CommonJS module object; the class is its `default`.
const Ajv = AjvDraft04.default;

const schemaPath = new URL(
  '../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json',
  import.meta.url,
);

/** A validator for the official SARIF 2.1.0 JSON schema. */
export function sarifValidator() {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  // The schema's language pattern `^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$` is invalid with the `u` flag.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  // No ajv-formats here: check the URI formats the schema uses by parsing them.
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///') && !/\s/.test(value));
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  return ajv.compile(schema);
}
