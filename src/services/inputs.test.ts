import { describe, expect, it } from "vitest";
import { InvalidInputError } from "./ids.ts";
import { cappedList, freeText, MAX_LIST_LENGTH, MAX_TEXT_LENGTH, searchText } from "./inputs.ts";

function refusal(run: () => unknown): InvalidInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  throw new Error("expected an InvalidInputError");
}

describe("free text", () => {
  it("accepts text up to the limit and refuses longer text, naming the argument and the limit", () => {
    expect(freeText("x".repeat(MAX_TEXT_LENGTH), "search")).toHaveLength(MAX_TEXT_LENGTH);
    const error = refusal(() => freeText("x".repeat(90_000), "search"));
    expect(error.argument).toBe("search");
    expect(error.message).toBe(`search: at most ${MAX_TEXT_LENGTH} characters, got 90000`);
  });

  it("removes zero-width and direction marks and composes to NFC", () => {
    expect(freeText("Za\u200Brif", "text")).toBe("Zarif");
    expect(freeText("\u202Eظریف\u202C\u200F", "text")).toBe("ظریف");
    expect(freeText("\uFEFFCrocker\u2060", "text")).toBe("Crocker");
    expect(freeText("e\u0301", "text")).toBe("\u00e9");
  });

  it("keeps the zero-width non-joiner, which separates the parts of a Persian word", () => {
    expect(freeText("می\u200Cخواهم", "text")).toBe("می\u200Cخواهم");
  });
});

describe("search text", () => {
  it("is null when blank: no filter", () => {
    expect(searchText(null, "search")).toBeNull();
    expect(searchText("  \u200B ", "search")).toBeNull();
  });

  it.each(["*", "?!", "~", '""', "(*)"])(
    "refuses %j, which has characters but nothing to search for",
    (text) => {
      const error = refusal(() => searchText(text, "text"));
      expect(error.argument).toBe("text");
      expect(error.message).toMatch(/nothing searchable/);
    },
  );

  it("passes text with a letter or digit through, normalized", () => {
    expect(searchText("Za\u200Brif*", "search")).toBe("Zarif*");
    expect(searchText("2007", "search")).toBe("2007");
  });
});

describe("input lists", () => {
  it("accepts up to the limit, treats null as empty, refuses more with the argument and the limit", () => {
    expect(cappedList(null, "filter.participants")).toEqual([]);
    expect(cappedList(Array(MAX_LIST_LENGTH).fill("a"), "filter.participants")).toHaveLength(
      MAX_LIST_LENGTH,
    );
    const error = refusal(() => cappedList(Array(6000).fill("a"), "filter.participants"));
    expect(error.argument).toBe("filter.participants");
    expect(error.message).toBe(`filter.participants: at most ${MAX_LIST_LENGTH} items, got 6000`);
  });
});
