import { describe, expect, it } from "vitest";
import { directionOf, languageName } from "./text.ts";

describe("the direction of a statement's text", () => {
  it("is right to left for Persian and Arabic script languages, left to right otherwise", () => {
    expect(directionOf("fa")).toBe("rtl");
    expect(directionOf("fa-IR")).toBe("rtl");
    expect(directionOf("ar")).toBe("rtl");
    expect(directionOf("en")).toBe("ltr");
    expect(directionOf("de")).toBe("ltr");
  });

  it("names the language in English for the translation's label", () => {
    expect(languageName("fa")).toBe("Persian");
  });
});
