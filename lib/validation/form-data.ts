/**
 * Turns form fields named like `name.es` or `phones.0.raw` into nested
 * objects and arrays, so one zod schema can validate a whole form.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    const parts = name.split(".");
    let node: Record<string, unknown> | unknown[] = root;
    parts.forEach((part, index) => {
      const key: string | number = /^\d{1,3}$/.test(part) ? Number(part) : part;
      const last = index === parts.length - 1;
      const container = node as Record<string | number, unknown>;
      if (last) {
        // Repeated names (checkbox groups) collect into a list.
        const existing = container[key];
        container[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
        return;
      }
      const nextIsIndex = /^\d{1,3}$/.test(parts[index + 1]!);
      container[key] ??= nextIsIndex ? [] : {};
      node = container[key] as Record<string, unknown> | unknown[];
    });
  }
  return root;
}
