import { readdirSync } from "node:fs";
import path from "node:path";
import { compileErrors, validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { populations, serviceTypes } from "@/lib/taxonomy";

const apiDir = path.resolve(import.meta.dirname, "../../app/api/v1");

/** Every route file under app/api/v1, as the URL path it serves ([slug] → {slug}). */
function routePaths(dir = apiDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routePaths(full);
    if (entry.name !== "route.ts") return [];
    return ["/api/v1/" + path.relative(apiDir, dir).replace(/\[(\w+)\]/g, "{$1}")];
  });
}

describe("the OpenAPI document", () => {
  const document = openApiDocument();

  it("is a valid OpenAPI 3.1 description", async () => {
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
    expect(document.openapi).toBe("3.1.0");
  });

  it("describes every API route, and no route that does not exist", () => {
    const routes = routePaths().sort();
    expect(routes.length).toBeGreaterThanOrEqual(8);
    expect(Object.keys(document.paths).sort()).toEqual(routes);
  });

  it("lists the taxonomy's values as the filter enums", () => {
    const parameters = document.paths["/api/v1/offices"].get.parameters as { name: string; schema: { enum?: string[] } }[];
    expect(parameters.find((p) => p.name === "service")?.schema.enum).toEqual(serviceTypes);
    expect(parameters.find((p) => p.name === "population")?.schema.enum).toEqual(populations);
    expect(parameters.map((p) => p.name)).toEqual(["q", "state", "city", "service", "population", "language", "open", "page", "lang"]);
  });

  it("says a confidential address has no street", () => {
    const address = JSON.stringify(document.components.schemas.Address);
    expect(address).toContain('"const":true');
    const confidential = (document.components.schemas.Address as { oneOf: { properties: Record<string, unknown> }[] }).oneOf[0]!;
    expect(Object.keys(confidential.properties)).toEqual(["confidential", "country"]);
  });
});
