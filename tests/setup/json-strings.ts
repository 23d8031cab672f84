/**
 * Every string in a JSON value with the path that leads to it ("es.Home.title"),
 * for tests that read all the texts of messages or seed files. With `onlyKey`,
 * only strings stored under that key (e.g. "es" in localised seed texts).
 */
export function* jsonStrings(value: unknown, path: string, onlyKey?: string): Generator<[string, string]> {
  if (typeof value === "string") {
    if (!onlyKey || path.endsWith(`.${onlyKey}`)) yield [path, value];
  } else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) yield* jsonStrings(child, `${path}.${key}`, onlyKey);
  }
}
