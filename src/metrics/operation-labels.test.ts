import { describe, expect, it } from "vitest";
import {
  ANONYMOUS_OPERATION,
  MAX_OPERATION_LABEL_LENGTH,
  OTHER_OPERATION,
  operationLabels,
} from "./operation-labels.ts";

describe("operation labels", () => {
  it("keep the known client operations and the first few other names, then say other", () => {
    const label = operationLabels(["ActorPage"], 2);
    expect(label("ActorPage")).toBe("ActorPage");
    expect(label(undefined)).toBe(ANONYMOUS_OPERATION);
    expect(label("First")).toBe("First");
    expect(label("Second")).toBe("Second");
    expect(label("Third")).toBe(OTHER_OPERATION);
    expect(label("First")).toBe("First");
    expect(label("ActorPage")).toBe("ActorPage");
  });

  it("cut long names to a fixed length", () => {
    const label = operationLabels([]);
    expect(label("x".repeat(5000))).toBe("x".repeat(MAX_OPERATION_LABEL_LENGTH));
  });

  it("give at most known + limit + 2 values however many names arrive", () => {
    const label = operationLabels(["A", "B"], 20);
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) seen.add(label(`Op${Math.random().toString(36).slice(2)}`));
    seen.add(label("A"));
    seen.add(label(null));
    expect(seen.size).toBeLessThanOrEqual(2 + 20 + 2);
  });
});
