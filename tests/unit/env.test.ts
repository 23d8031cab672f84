import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("defaults to the embedded database", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DATA_DIR).toBe(".data/pglite");
    expect(env.SITE_URL).toBe("http://localhost:3000");
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("names the variable and the fix when a value is wrong", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://localhost/x" })).toThrow(/DATABASE_URL: must start with postgresql:\/\//);
    expect(() => parseEnv({ SITE_URL: "not a url" })).toThrow(/SITE_URL/);
  });

  it("reads the API rate limit as whole positive numbers", () => {
    expect(parseEnv({})).toMatchObject({ API_RATE_LIMIT: 120, API_RATE_LIMIT_WINDOW_SECONDS: 60 });
    expect(parseEnv({ API_RATE_LIMIT: "5", API_RATE_LIMIT_WINDOW_SECONDS: "10" })).toMatchObject({ API_RATE_LIMIT: 5, API_RATE_LIMIT_WINDOW_SECONDS: 10 });
    expect(() => parseEnv({ API_RATE_LIMIT: "0" })).toThrow(/API_RATE_LIMIT/);
    expect(() => parseEnv({ API_RATE_LIMIT_WINDOW_SECONDS: "ten" })).toThrow(/API_RATE_LIMIT_WINDOW_SECONDS/);
  });
});
