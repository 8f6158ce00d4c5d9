/** The JSON Schema validators compiled at build time (scripts/build-schemas.js). */
import { rootUrl } from '../lexicon/package-root.js';

export interface SchemaError {
  instancePath: string;
  schemaPath?: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export type Validate = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

export async function loadValidator(name: 'proposal' | 'config'): Promise<Validate> {
  const module = (await import(rootUrl(`dist/schemas/${name}.validate.js`).href)) as { default: Validate };
  return module.default;
}
