/**
 * Lookups of what an author wrote (a language, a currency, a key, an enum value) in the plain
 * objects that hold our vocabularies. `table[name]` would find what every object inherits —
 * `constructor`, `toString`, `__proto__` — and hand a function to code that expects a string
 * or a record; these find only the object's own keys.
 */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export function hasOwn(table: object, key: string): boolean {
  return Object.hasOwn(table, key);
}
