/**
 * A record's form values as the browser posts them ("name.es", "phones.0.raw",
 * "citations.0.excerpt"): the inverse of lib/validation/form-data.ts, for tests
 * that save through a form's own schema without a browser.
 */
export function formData(values: unknown, prefix = "", data = new FormData()): FormData {
  if (Array.isArray(values)) values.forEach((item, index) => formData(item, `${prefix}.${index}`, data));
  else if (values && typeof values === "object") for (const [key, value] of Object.entries(values)) formData(value, prefix ? `${prefix}.${key}` : key, data);
  else if (values !== null && values !== undefined && values !== false) data.append(prefix, values === true ? "on" : String(values));
  return data;
}
