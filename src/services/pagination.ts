/** A client's page arguments (`first`, `after`), checked and decoded into the data layer's PageArgs. */
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageArgs } from "../data/pagination.ts";
import { InvalidInputError } from "./errors.ts";

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
