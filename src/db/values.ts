/**
 * Converts Neo4j driver values to plain JSON-friendly values at the boundary, so nothing
 * above the database layer deals with Integer, Date or Node objects.
 */
import neo4j from "neo4j-driver";

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "boolean" || typeof value === "number" || typeof value === "string")
    return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isNode(value)) return toPlain(value.properties);
  if (neo4j.isRelationship(value))
    return { type: value.type, ...(toPlain(value.properties) as object) };
  if (neo4j.isPath(value)) return value.segments.map((segment) => toPlain(segment.relationship));
  if (isTemporal(value)) return String(value);
  if (typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPlain(item)]));
  }
  return String(value);
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  );
}

/** JavaScript numbers travel as floats; Cypher wants integers for LIMIT, slices and ranges. */
export function int(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(value);
}
