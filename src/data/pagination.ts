/**
 * Relay pagination: `first` defaults to 20 and may not exceed 100; cursors are opaque
 * (base64url of the row's sort key) and stable, because every list has a total order that
 * ends in the unique id.
 */
import { InvalidInputError } from "./ids.ts";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first: number;
  /** The decoded sort key to continue after, or null for the first page. */
  after: string | null;
  /** Whether the client asked for the list's total: counted only then. */
  count: boolean;
  /**
   * The fields the client selected on each item (`edges { node { … } }`), and one level
   * below them as `field.subfield` (e.g. `statements.topics`).
   */
  selected: string[];
}

export function pageArgs(
  first: number | null | undefined,
  after: string | null | undefined,
  count = false,
  selected: string[] = [],
): PageArgs {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new InvalidInputError(
      "first",
      `first: must be between 0 and ${MAX_PAGE_SIZE}, got ${size}`,
    );
  }
  return { first: size, after: after ? decodeCursor(after) : null, count, selected };
}

export function encodeCursor(sortKey: string): string {
  return Buffer.from(`v1|${sortKey}`, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): string {
  const decoded = /^[A-Za-z0-9_-]{1,1000}$/.test(cursor)
    ? Buffer.from(cursor, "base64url").toString("utf8")
    : "";
  if (!decoded.startsWith("v1|")) {
    throw new InvalidInputError(
      "after",
      "after: not a cursor from this API; pass a pageInfo.endCursor or edge cursor",
    );
  }
  return decoded.slice(3);
}
