/**
 * The cost model on a small schema, one rule of the cost directives at a time.
 */
import { buildSchema, getIntrospectionQuery, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { measureCost } from "./measure.ts";

const schema = buildSchema(`
  directive @cost(weight: Int!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION

  type Query {
    item: Item
    items: [Item!]! @listSize(assumedSize: 5)
    page(first: Int, last: Int): ItemConnection!
      @listSize(slicingArguments: ["first", "last"], sizedFields: ["edges"], assumedSize: 20, requireOneSlicingArgument: false)
    top(first: Int): [Item!]! @listSize(slicingArguments: ["first"], assumedSize: 10, requireOneSlicingArgument: false)
    either: Either
    expensive(q: String @cost(weight: 7)): Item @cost(weight: 50)
    heavy: Heavy
    unannotated: [Item!]!
  }
  type Item {
    id: ID!
    name: String!
    tags: [String!]! @listSize(assumedSize: 3)
    parts: [Part!]! @listSize(assumedSize: 4)
  }
  type Part { name: String! }
  type Heavy @cost(weight: 9) { name: String! }
  type ItemConnection { edges: [ItemEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type ItemEdge { cursor: String! node: Item! }
  type PageInfo { hasNextPage: Boolean! }
  union Either = Item | Heavy
`);

function cost(query: string, variables?: Record<string, unknown>): number | undefined {
  return measureCost({ schema, document: parse(query), variables });
}

describe("the cost of a query", () => {
  it("counts objects, not scalars: an object is 1, its scalar fields and scalar lists 0", () => {
    expect(cost("{ item { id name tags } }")).toBe(1);
    expect(cost("{ __typename item { __typename } }")).toBe(1);
  });

  it("multiplies a list by its assumed size, level by level", () => {
    expect(cost("{ items { id } }")).toBe(5);
    expect(cost("{ items { parts { name } } }")).toBe(5 * (1 + 4));
  });

  it("sizes a connection's edges by `first`, and counts pageInfo once", () => {
    expect(
      cost(
        "{ page(first: 3) { totalCount pageInfo { hasNextPage } edges { cursor node { id } } } }",
      ),
    ).toBe(1 + 1 + 3 * (1 + 1));
  });

  it("costs the same whether `first` is written in, passed as a variable or defaulted in the operation", () => {
    const selection = "{ edges { node { parts { name } } } }";
    const written = cost(`{ page(first: 3) ${selection} }`);
    expect(written).toBe(1 + 3 * (1 + 1 + 4));
    expect(cost(`query ($n: Int) { page(first: $n) ${selection} }`, { n: 3 })).toBe(written);
    expect(cost(`query ($n: Int = 3) { page(first: $n) ${selection} }`)).toBe(written);
    expect(cost(`query ($n: Int) { top(first: $n) { id } }`, { n: 3 })).toBe(
      cost("{ top(first: 3) { id } }"),
    );
  });

  it("uses the assumed size (the server's default page) when `first` is omitted or null", () => {
    expect(cost("{ page { edges { node { id } } } }")).toBe(1 + 20 * 2);
    expect(cost("query ($n: Int) { page(first: $n) { edges { node { id } } } }")).toBe(1 + 20 * 2);
    expect(cost("{ top { id } }")).toBe(10);
  });

  it("takes the largest of several slicing arguments and never a negative size", () => {
    expect(cost("{ page(first: 2, last: 5) { edges { node { id } } } }")).toBe(1 + 5 * 2);
    expect(cost("{ top(first: -5) { id } }")).toBe(0);
  });

  it("finds the sized edges through fragments, with each use at its own size", () => {
    const fragment = "fragment E on ItemConnection { edges { node { id } } }";
    expect(cost(`{ page(first: 3) { ...E } } ${fragment}`)).toBe(1 + 3 * 2);
    expect(cost("{ page(first: 3) { ... on ItemConnection { edges { node { id } } } } }")).toBe(
      1 + 3 * 2,
    );
    expect(cost(`{ a: page(first: 3) { ...E } b: page(first: 10) { ...E } } ${fragment}`)).toBe(
      1 + 3 * 2 + (1 + 10 * 2),
    );
  });

  it("counts every alias: fifteen copies cost fifteen times one", () => {
    const one = cost("{ items { parts { name } } }") as number;
    const aliases = Array.from({ length: 15 }, (_, i) => `a${i}: items { parts { name } }`);
    expect(cost(`{ ${aliases.join(" ")} }`)).toBe(15 * one);
  });

  it("applies @cost weights of fields, types and passed arguments", () => {
    expect(cost("{ heavy { name } }")).toBe(9);
    expect(cost("{ expensive { id } }")).toBe(50);
    expect(cost('{ expensive(q: "x") { id } }')).toBe(57);
  });

  it("takes the dearest member of a union", () => {
    expect(cost("{ either { ... on Item { parts { name } } ... on Heavy { name } } }")).toBe(1 + 4);
  });

  it("leaves out what @skip and @include leave out", () => {
    expect(cost("{ items @skip(if: true) { id } item { id } }")).toBe(1);
    expect(cost("query ($on: Boolean!) { items @include(if: $on) { id } }", { on: false })).toBe(0);
  });

  it("sizes an unannotated list as the largest page, so forgetting @listSize is not free", () => {
    expect(cost("{ unannotated { id } }")).toBe(100);
  });

  it("does not charge introspection, which the schema bounds", () => {
    expect(cost(getIntrospectionQuery())).toBe(0);
  });

  it("gives no cost when the variables do not fit (execution reports that)", () => {
    expect(cost("query ($n: Int) { top(first: $n) { id } }", { n: "three" })).toBeUndefined();
  });

  it("puts a document whose fragment spreads multiply past the node budget beyond any limit", () => {
    // Each fragment spreads the next one twice: 2^14 copies of `items` from a short document.
    const fragments = Array.from(
      { length: 14 },
      (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    );
    const query = `{ ...F0 } ${fragments.join(" ")} fragment F14 on Query { items { id } }`;
    expect(cost(query)).toBe(Number.POSITIVE_INFINITY);
  });
});
