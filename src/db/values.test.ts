import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { toPlain } from "./values.ts";

const { Node, Relationship, Path, PathSegment, Date: CypherDate, Point } = neo4j.types;

describe("toPlain", () => {
  it("keeps strings, numbers, booleans and null, and turns undefined into null", () => {
    expect(toPlain("تهران")).toBe("تهران");
    expect(toPlain(0)).toBe(0);
    expect(toPlain(false)).toBe(false);
    expect(toPlain(null)).toBeNull();
    expect(toPlain(undefined)).toBeNull();
    expect(toPlain(12n)).toBe(12);
  });

  it("converts driver values anywhere in nested lists and maps", () => {
    const person = new Node(neo4j.int(1), ["Person"], { id: "person:a", born: neo4j.int(1950) });
    const value = {
      count: neo4j.int(57_000),
      huge: neo4j.int("9007199254740993"),
      date: new CypherDate(2007, 5, 28),
      rows: [{ person, tags: ["a", neo4j.int(2)] }, [neo4j.int(3)]],
    };
    expect(toPlain(value)).toEqual({
      count: 57_000,
      // Past Number.MAX_SAFE_INTEGER a number would round: kept exact as a string.
      huge: "9007199254740993",
      date: "2007-05-28",
      rows: [{ person: { id: "person:a", born: 1950 }, tags: ["a", 2] }, [3]],
    });
  });

  it("turns a relationship into its type and properties, and a path into its relationships", () => {
    const a = new Node(neo4j.int(1), ["Person"], { id: "person:a" });
    const m = new Node(neo4j.int(2), ["Meeting"], { id: "meeting:m" });
    const took = new Relationship(neo4j.int(3), neo4j.int(1), neo4j.int(2), "PARTICIPATED_IN", {
      since: neo4j.int(2007),
    });
    expect(toPlain(took)).toEqual({ type: "PARTICIPATED_IN", since: 2007 });
    const path = new Path(a, m, [new PathSegment(a, took, m)]);
    expect(toPlain(path)).toEqual([{ type: "PARTICIPATED_IN", since: 2007 }]);
  });

  it("copies maps and lists rather than changing the driver's", () => {
    const inner = { n: neo4j.int(1) };
    const list = [inner];
    const plain = toPlain({ list }) as { list: Array<{ n: number }> };
    expect(plain.list[0]?.n).toBe(1);
    expect(neo4j.isInt(inner.n)).toBe(true);
    expect(plain.list).not.toBe(list);
  });

  it("keeps the fields of other driver structures (a point) as a plain map", () => {
    expect(toPlain(new Point(neo4j.int(4326), 51.4, 35.7))).toEqual({
      srid: 4326,
      x: 51.4,
      y: 35.7,
      z: null,
    });
  });
});
