import { describe, expect, it } from "vitest";
import { parseLegalBody } from "@/lib/legal-body";

describe("parseLegalBody", () => {
  it("splits paragraphs on blank lines and joins wrapped lines", () => {
    expect(parseLegalBody("First line\ncontinues.\n\nSecond.")).toEqual([
      { kind: "paragraph", text: "First line continues." },
      { kind: "paragraph", text: "Second." },
    ]);
  });

  it("turns consecutive '- ' lines into a list, also right after a paragraph", () => {
    expect(parseLegalBody("You need:\n- a passport\n- a photo\n\nThen apply.")).toEqual([
      { kind: "paragraph", text: "You need:" },
      { kind: "list", items: ["a passport", "a photo"] },
      { kind: "paragraph", text: "Then apply." },
    ]);
  });

  it("keeps markup as text", () => {
    expect(parseLegalBody("<script>alert(1)</script>")).toEqual([{ kind: "paragraph", text: "<script>alert(1)</script>" }]);
  });
});
