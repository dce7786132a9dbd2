/**
 * Fact values to and from the driver, keeping Neo4j's types: an integer stays an INTEGER
 * (not a FLOAT), a date a DATE, so the graph holds what the seed file wrote.
 */
import neo4j from "neo4j-driver";
import type { FactValue } from "./facts.ts";

export function toDriverValue(value: FactValue): unknown {
  switch (value.type) {
    case "integer":
      return neo4j.int(value.value.toString());
    case "date": {
      const [year, month, day] = value.value.split("-").map(Number) as [number, number, number];
      return new neo4j.types.Date(year, month, day);
    }
    case "list":
      return value.items.map(toDriverValue);
    default:
      return value.value;
  }
}

/** A property value read from Neo4j; undefined for null and for types seeds never write. */
export function fromDriverValue(value: unknown): FactValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return { type: "string", value };
  if (typeof value === "boolean") return { type: "boolean", value };
  if (typeof value === "number") return { type: "float", value };
  if (neo4j.isInt(value)) return { type: "integer", value: BigInt(value.toString()) };
  if (neo4j.isDate(value)) return { type: "date", value: value.toString() };
  if (Array.isArray(value)) {
    const items = value
      .map(fromDriverValue)
      .filter((item): item is FactValue => item !== undefined);
    return { type: "list", items };
  }
  return undefined;
}
