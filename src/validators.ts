/** The JSON Schema validators compiled at build time (scripts/build-schemas.js). */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export type Validate = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

export async function loadValidator(name: 'proposal' | 'config'): Promise<Validate> {
  const module = (await import(new URL(`../schemas/${name}.validate.js`, import.meta.url).href)) as { default: Validate };
  return module.default;
}
