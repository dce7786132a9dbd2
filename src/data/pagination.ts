/**
 * Relay pagination: `first` defaults to 20 and may not exceed 100; cursors are opaque
 * (base64url of the row's sort key) and stable, because every list has a total order that
 * ends in the unique id. A client's page arguments are checked and decoded by
 * ../services/pagination.ts; pages reach this layer as PageArgs.
 */

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

export function encodeCursor(sortKey: string): string {
  return Buffer.from(`v1|${sortKey}`, "utf8").toString("base64url");
}
