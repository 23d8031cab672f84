import { describe, expect, it } from "vitest";
import { ApiError, checkPlaces, parseApiQuery, parseReferralSlugs } from "@/lib/api/query";

const parse = (query: string, options?: Parameters<typeof parseApiQuery>[1]) =>
  parseApiQuery(new URL(`http://x/api/v1/offices?${query}`), options ?? { filters: true });

function rejected(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected an ApiError");
}

describe("API query parameters", () => {
  it("accept the directory's filters, with Spanish as the default language", () => {
    expect(parse("city=tapachula&service=shelter&open=1&page=2&q=albergue")).toEqual({
      lang: "es",
      filters: { city: "tapachula", service: "shelter", open: "1", page: 2, q: "albergue" },
    });
    expect(parse("lang=en").lang).toBe("en");
    // An empty field, as an HTML form sends it, means "any".
    expect(parse("city=&service=").filters).toEqual({ page: 1 });
  });

  it.each([
    ["citty=tapachula", "citty", 400],
    ["service=lawyers", "service", 400],
    ["population=%3Cscript%3E", "population", 400],
    ["page=0", "page", 400],
    ["page=abc", "page", 400],
    ["lang=de", "lang", 400],
    ["city=a&city=b", "city", 400],
    [`q=${"a".repeat(101)}`, "q", 400],
  ])("refuse %s and name %s", (query, parameter, status) => {
    const error = rejected(() => parse(query));
    expect(error.status).toBe(status);
    expect(error.parameter).toBe(parameter);
    expect(error.message).toContain(parameter);
  });

  it("refuse filters where a route takes none, and page where it does not page", () => {
    expect(rejected(() => parse("city=tapachula", {})).parameter).toBe("city");
    expect(rejected(() => parse("page=2", { filters: true, paged: false })).parameter).toBe("page");
  });

  it("refuse a well-formed place that has no offices", () => {
    const places = [{ slug: "chiapas", cities: [{ slug: "tapachula" }] }];
    expect(() => checkPlaces({ page: 1, state: "chiapas", city: "tapachula" }, places)).not.toThrow();
    expect(rejected(() => checkPlaces({ page: 1, city: "atlantis" }, places)).parameter).toBe("city");
  });

  it("read a referral list of at most eight well-formed slugs, without repeats", () => {
    expect(parseReferralSlugs(["a-b", "c", "a-b"])).toEqual(["a-b", "c"]);
    expect(rejected(() => parseReferralSlugs(["ok", "Not OK"])).parameter).toBe("o");
    expect(rejected(() => parseReferralSlugs(Array.from({ length: 11 }, (_, i) => `office-${i}`))).parameter).toBe("o");
  });
});
