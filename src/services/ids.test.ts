import { describe, expect, it } from "vitest";
import { PROTOTYPE_KEYS } from "../../test/support/hostile.ts";
import { InvalidInputError, LABEL_BY_PREFIX, labelOf } from "./ids.ts";

describe("id prefixes", () => {
  it("map every known prefix to its label", () => {
    for (const [prefix, label] of Object.entries(LABEL_BY_PREFIX))
      expect(labelOf(`${prefix}:x`)).toBe(label);
  });

  it.each(PROTOTYPE_KEYS)(
    "refuse the built-in %s as a prefix, without showing any JavaScript",
    (key) => {
      let failure: unknown;
      try {
        labelOf(`${key}:x`);
      } catch (error) {
        failure = error;
      }
      expect(failure).toBeInstanceOf(InvalidInputError);
      expect((failure as Error).message).not.toMatch(/function|native code/);
    },
  );
});
