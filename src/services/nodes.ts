/**
 * Lookups a client asks for (a node by id, a country by code, articles after an id), the
 * search box, and the shortest connection between two actors: their arguments checked here,
 * in the order a client's mistakes are reported.
 */

import type { NodeLabel } from "../data/ids.ts";
import type { DataLayer } from "../data/index.ts";
import {
  type ConnectionEnds,
  DEFAULT_ALTERNATIVES,
  DEFAULT_MAX_HOPS,
  MAX_ALTERNATIVES,
  MAX_HOPS,
  type WeakLink,
} from "../data/paths.ts";
import type { NodeRecord } from "../data/records.ts";
import { InvalidInputError } from "./errors.ts";
import { ACTOR_LABELS, expectLabel, labelOf } from "./ids.ts";
import { searchText } from "./inputs.ts";
import { pageArgs } from "./pagination.ts";

type Typename = NodeRecord["__typename"];

export function nodeServices(data: DataLayer) {
  return {
    /** Any node by id; null when none has it. */
    anyById: async (id: string) => {
      labelOf(id);
      return data.anyById(id);
    },
    /** A node of one label by id; null when none has it; BAD_USER_INPUT for another label's id. */
    byId: async <T extends Typename>(id: string, typename: T & NodeLabel) => {
      expectLabel(id, [typename]);
      return data.byId(id, typename);
    },
    /** A country by its ISO 3166-1 alpha-3 code, any case. */
    countryByCode: async (code: string) => {
      if (!/^[A-Za-z]{3}$/.test(code)) {
        throw new InvalidInputError(
          "code",
          `code: "${code.slice(0, 20)}" is not an ISO 3166-1 alpha-3 code such as IRN`,
        );
      }
      return data.countryByCode(code.toUpperCase());
    },
    articles: (first: number | null | undefined, after: string | null | undefined) => {
      if (after) expectLabel(after, ["Article"], "after");
      return data.articles(pageArgs(first, null).first, after ?? null);
    },
    search: async (text: string, first: number | null | undefined) => {
      const limit = pageArgs(first, null).first;
      const normalized = searchText(text, "text");
      return normalized ? data.search(normalized, limit) : [];
    },
    shortestConnection: async (from: string, to: string, maxHops: number | null | undefined) =>
      data.shortestConnection(connectionEnds(from, to, maxHops)),
    /** Every shortest connection (ties), up to `first`, optionally without weak links. */
    shortestConnections: async (
      from: string,
      to: string,
      maxHops: number | null | undefined,
      first: number | null | undefined,
      without: readonly WeakLink[] | null | undefined,
    ) => {
      const ends = connectionEnds(from, to, maxHops);
      const count = first ?? DEFAULT_ALTERNATIVES;
      if (!Number.isInteger(count) || count < 1 || count > MAX_ALTERNATIVES) {
        throw new InvalidInputError(
          "first",
          `first: must be between 1 and ${MAX_ALTERNATIVES}, got ${count}`,
        );
      }
      return data.shortestConnections(ends, count, without ?? []);
    },
  };
}

/** Both ends checked (ids of actors) and the bound within 1..MAX_HOPS, in that order. */
function connectionEnds(
  from: string,
  to: string,
  maxHops: number | null | undefined,
): ConnectionEnds {
  const hops = maxHops ?? DEFAULT_MAX_HOPS;
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) {
    throw new InvalidInputError(
      "maxHops",
      `maxHops: must be between 1 and ${MAX_HOPS}, got ${hops}`,
    );
  }
  const fromLabel = expectLabel(from, ACTOR_LABELS, "from");
  const toLabel = expectLabel(to, ACTOR_LABELS, "to");
  return { from, fromLabel, to, toLabel, hops };
}
