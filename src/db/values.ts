/**
 * Converts Neo4j driver values to plain JSON-friendly values at the boundary, so nothing
 * above the database layer deals with Integer, Date or Node objects.
 */
import neo4j from "neo4j-driver";

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export function toPlain(value: unknown): Plain {
  // The common cases first: a page's rows are thousands of strings, numbers, lists and maps
  // (Cypher map projections), and each check of a driver type below is a property lookup:
  // checked first, they made converting a hub's page several times slower
  // (bench/scale/README.md, "Measurements behind choices in the code").
  switch (typeof value) {
    case "string":
    case "number":
    case "boolean":
      return value;
    case "bigint":
      return Number(value);
    case "undefined":
      return null;
    case "object":
      break;
    default:
      return String(value);
  }
  if (value === null) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (Object.getPrototypeOf(value) === Object.prototype) {
    // for…in, not Object.entries: no array per key (a third of the time for that page). A
    // plain object has no inherited enumerable keys.
    const source = value as Record<string, unknown>;
    const map: { [key: string]: Plain } = {};
    for (const key in source) map[key] = toPlain(source[key]);
    return map;
  }
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (neo4j.isNode(value)) return toPlain(value.properties);
  if (neo4j.isRelationship(value))
    return { type: value.type, ...(toPlain(value.properties) as object) };
  if (neo4j.isPath(value)) return value.segments.map((segment) => toPlain(segment.relationship));
  if (isTemporal(value)) return String(value);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPlain(item)]));
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
