/** The official SARIF 2.1.0 schema as a validator, for the tests that check SARIF output stays valid. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv4 from 'ajv-draft-04';
import { ROOT } from './ci-run.js';

export function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(ROOT, 'test/data/sarif-schema-2.1.0.json'), 'utf8')) as object;
  const ajv = new Ajv4({ allErrors: true, strict: false });
  // The schema's formats (RFC 3986 URIs, RFC 3339 date-times), checked strictly enough to catch
  // an unencoded space or a relative path where an absolute URI belongs.
  const uriChars = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/;
  ajv.addFormat('uri', (value: string) => uriChars.test(value) && /^[a-z][a-z0-9+.-]*:/i.test(value) && URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => uriChars.test(value) && URL.canParse(value, 'file:///base/'));
  ajv.addFormat('date-time', (value: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(value));
  return ajv.compile(schema);
}
