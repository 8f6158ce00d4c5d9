/** Fill `{name}` placeholders of a message template. */
export function render(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : whole));
}

/**
 * Code-unit order: the same on every machine, and it does not load ICU's collator, which
 * `localeCompare` does at a cost felt in start-up.
 */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
